"""Blood groups, said as a blood bank's notice says them, in a line about blood groups only
(«nhóm máu», «máu hiếm», «máu O-» or the Rhesus factor in it; not «khu B-» in «Hiến máu tại
khu B-»):

- the Rhesus factor: ``Rh(-)``, ``Rh-``, ``O Rh (-)``, ``Rh(D) âm`` → «rê sút âm», «o rê sút
  âm», «rê sút dê âm» (the letters before it said, its sign «âm» or «dương»);
- a group and its sign: ``O-``, ``AB-``, ``A+`` → «o âm», «a bê âm», «a dương».

Runs before the layout rules, which would read the bracket of «Rh(-)» as an aside.
"""

from __future__ import annotations

import re

_GROUPS = {"O": "o", "A": "a", "B": "bê", "AB": "a bê"}
_SIGNS = {"-": "âm", "−": "âm", "–": "âm", "+": "dương", "D": "dê"}
# «Rh(-)», «Rh (–)», «Rh-», «Rh+», «Rh(D)», «RH(-)», after a group or alone
RHESUS = re.compile(
    r"(?<![\w\-])(?:(O|AB|A|B)\s?)?R[hH]\s?(?:\(\s*([+\-−–D])\s*\)|([+\-−–])(?![\w\-+]))?(?!\w)"
)
# «O-», «AB–», «A+»: a group and its sign, then a pause or the line's end (not «A-B», «B-52»)
GROUP_SIGN = re.compile(r"(?<![\w\-])(O|AB|A|B)([+\-−–])(?=[\s,.;:)]|$)")
# «nhóm máu», «máu hiếm», «máu O-», «máu nhóm B+», the Rhesus factor: a line about groups
_ABOUT_GROUPS = re.compile(
    r"(?i:nhóm máu|máu hiếm)|(?i:\b(?:máu|nhóm)\s+(?:nhóm\s+)?)(?:O|AB|A|B)\s?[+\-−–]"
    r"|\bR[hH]\b|\bR[hH]\s?[(+\-−–]"
)


def _rhesus(m: re.Match[str]) -> str:
    group = f"{_GROUPS[m.group(1)]} " if m.group(1) else ""
    sign = m.group(2) or m.group(3)
    return f"{group}rê sút" + (f" {_SIGNS[sign]}" if sign else "")


def read_blood_groups(text: str) -> str:
    if "máu" not in text.lower() or not _ABOUT_GROUPS.search(text):
        return text
    if "Rh" in text or "RH" in text:
        text = RHESUS.sub(_rhesus, text)
    if "-" in text or "+" in text or "−" in text or "–" in text:
        text = GROUP_SIGN.sub(lambda m: f"{_GROUPS[m.group(1)]} {_SIGNS[m.group(2)]}", text)
    return text
