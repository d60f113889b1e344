"""Abbreviations with more than one meaning, decided by the words around them before the
table reads them: ``SN 1985`` is «sinh năm» before a year but ``SN 12`` is «số nhà»; ``TT``
before a place name is «thị trấn», elsewhere «thông tư»; ``CT UBND`` is «Chủ tịch», ``CT`` alone
«chỉ thị»; ``ĐT 0912…`` is «điện thoại», ``ĐT 605`` a provincial road («đường tỉnh»); ``Q. Chủ
tịch`` is «quyền», ``Q.1`` «quận»; ``BS`` before a licence plate is «biển số», elsewhere «bác
sĩ». Those the words around leave undecided are shown to the operator as doubts
(``manymeanings``). Run before the number rules (the plate rule first of all), which turn
the digits into words.

The rules live by theme — people and roles, places, bodies, other topics — and run in that
order; each is what a line must hold for it to match («KS», «VD|Vd|vd»: one of these; a
substring test is far cheaper than a pass of the pattern), the pattern, and its reading.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm import (
    ambiguous_bodies,
    ambiguous_people,
    ambiguous_places,
    ambiguous_topics,
)
from broadcaster.speech.textnorm.context import Rule
from broadcaster.speech.textnorm.initials import read_person_initials

RULES: tuple[Rule, ...] = (
    ambiguous_people.RULES
    + ambiguous_places.RULES
    + ambiguous_bodies.RULES
    + ambiguous_topics.RULES
)

_UNION = r"(?:[Cc]ông đoàn|CNVC|LĐLĐ|CĐCS|đoàn viên|người lao động|NLĐ|mái ấm)"

_NEEDS = tuple(tuple(needs.split("|")) for needs, _, _ in RULES)
# What some rule needs, in one pattern: a line holding none of these is left as it is (the
# titles stand for the rule that needs only a dot after one).
_AMBIGUOUS_HINT = re.compile(
    "|".join(sorted({re.escape(n) for needs in _NEEDS for n in needs if n != "."}, reverse=True))
    + f"|{ambiguous_people.TITLES}"
)


def resolve_ambiguous(text: str) -> str:
    text = read_person_initials(text)  # before «P.» is read «phường»
    if not _AMBIGUOUS_HINT.search(text):
        return text
    for (_, pattern, reading), needs in zip(RULES, _NEEDS, strict=True):
        if not any(need in text for need in needs):
            continue
        if reading == "CT_":
            text = pattern.sub(
                lambda m: "Phó Chủ tịch " if m.group(1) == "PCT" else "Chủ tịch ", text
            )
        elif reading == "CĐ_":
            if re.search(_UNION, text):
                text = pattern.sub("công đoàn", text)
        else:
            text = pattern.sub(reading, text)
    return text
