"""Names of papers and sites: web addresses typed without diacritics, and bylines.

A paper's byline or a source line names its site the way it is typed in a browser:
``Baohatinh.vn``, ``Chinhphu.vn``, ``thitructuyen.doanthanhnien.vn``. An announcer reads
the words back with their tones («báo Hà Tĩnh chấm vê en», «chính phủ chấm vê en»); read as
typed, ``baohatinh`` is one syllable no voice can say.

Each part of an address is cut into the fewest pieces that are words or names of the list
in ``data/ten-trang.txt`` (provinces and cities, the names of papers and portals and the
words they are made of), each put back with its diacritics. A part that cannot be cut
wholly into listed words is left to the rule that read it before; a part with no vowel
(``qdnd``, ``nld``) is spelled letter by letter.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.doubts import BYLINE as BYLINE_KIND
from broadcaster.speech.textnorm.doubts import DoubtLog
from broadcaster.speech.textnorm.numbers import read_digits
from broadcaster.speech.textnorm.syllables import without_marks

LIST_PATH = Path(__file__).resolve().parents[2] / "data" / "ten-trang.txt"
_LONGEST = 30  # characters: no listed name is longer without its diacritics
_VOWELS = frozenset("aeiouy")


def plain_key(phrase: str) -> str:
    """``Hà Tĩnh`` → ``hatinh``: lower case, no diacritics, no spaces or dashes."""
    return "".join(c for c in without_marks(phrase) if c.isalnum())


@cache
def _lexicon(path: Path = LIST_PATH) -> dict[str, str]:
    """Key without diacritics → the words as read; the first line with a key wins."""
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reading = line.partition("\t")
        reading = reading.strip() or " ".join(name.replace("-", " ").split())
        words.setdefault(plain_key(name), reading)
    return words


def read_site_label(label: str) -> str | None:
    """The words of one part of a web address, or ``None`` when it is not made of them.

    ``baohatinh`` → «báo Hà Tĩnh»; ``thitructuyen`` → «thi trực tuyến»; ``tongdai1022`` →
    «tổng đài một không hai hai»; ``vnexpress`` → None.
    Fewest pieces win, so ``thanhnien`` is «thanh niên», never «thanh» + «niên».
    """
    key = label.lower()
    if not key.isalnum() or not key.isascii():
        return None
    if not key.isalpha():  # «tongdai1022»: the words, then the digits one by one
        runs = re.findall(r"[a-z]+|\d+", key)
        said = [read_digits(r) if r.isdigit() else read_site_label(r) for r in runs]
        return None if None in said or key.isdigit() else " ".join(w for w in said if w)
    words = _lexicon()
    if key in words:
        return words[key]
    # best[i]: the fewest listed pieces that cover key[:i] (None: no way to cover it)
    best: list[list[str] | None] = [[]] + [None] * len(key)
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - _LONGEST), end):
            before, piece = best[start], words.get(key[start:end])
            if before is None or piece is None:
                continue
            current = best[end]
            if current is None or len(before) + 1 < len(current):
                best[end] = [*before, piece]
    found = best[len(key)]
    return " ".join(found) if found else None


def has_no_vowel(label: str) -> bool:
    """``qdnd``, ``nld``: letters an announcer can only spell."""
    return label.isalpha() and not (_VOWELS & set(label.lower()))


# A paper's byline opening a story copied from it: «TP - Ông …» (Tiền Phong), «TT - Ngày
# 15-10» (Tuổi Trẻ), «ND- Cuộc họp» (Nhân Dân). These papers' initials are also table words
# («thành phố», «thông tư», «nông dân»), which a byline never means: its letters are said,
# as the paper is called, and shown as a doubt (an announcer may rather leave it out).
PAPER_INITIALS = frozenset({"TP", "TT", "ND", "LĐ", "NLĐ", "VH", "CA"})
BYLINE = re.compile(r"(?:^|(?<=[.!?…]\s))([A-ZĐ]{2,3})\s?[-–]\s+(?=\d|[^\W\d_][^\W\d_A-ZĐ])")
# «Kinhtedothi - Ngày 5/5», «Giaothonghanoi - Cục …»: a site's name typed as in its address,
# opening a story; its words are said («Kinh tế đô thị»), shown as a byline's doubt.
GLUED_BYLINE = re.compile(
    r"(?:^|(?<=[.!?…]\s))([A-Z][a-z]{5,30})\s?[-–](?:\s+(?=\d|[^\W\d_])|(?=[^\W_]))"
)


def read_bylines(text: str, doubts: DoubtLog | None = None) -> str:
    """«TP - Ông Nguyễn …» → «tê pê, Ông Nguyễn …»; other capitals before a dash are left
    to the table («TP.HCM - Sáng nay», «PGS - TS.»)."""
    if "-" not in text and "–" not in text:
        return text

    def said_as(m: re.Match[str], said: str) -> str:
        """The paper's name said, then a pause; noted as a byline's doubt."""
        return f"{said if doubts is None else doubts.note(m.group(1), said, BYLINE_KIND)}, "

    def byline(m: re.Match[str]) -> str:
        if m.group(1) not in PAPER_INITIALS:
            return m.group(0)
        return said_as(m, spell(m.group(1), latin=True))

    def glued(m: re.Match[str]) -> str:
        words = read_site_label(m.group(1))
        if words is None or " " not in words:
            return m.group(0)
        return said_as(m, words[:1].upper() + words[1:])

    return GLUED_BYLINE.sub(glued, BYLINE.sub(byline, text))
