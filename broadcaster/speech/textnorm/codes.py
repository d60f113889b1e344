"""Letter–digit codes and unknown acronyms, spelled with Vietnamese letter names.

``A05`` → «a không năm», ``PC07`` → «pê xê không bảy», ``Quốc lộ 1A`` → «Quốc lộ một a»,
``tổ 7B`` → «tổ bảy bê», ``H5N1`` → «hát năm en một». Letters that form a known abbreviation
are said instead (``QL1A`` → «Quốc lộ một a»); a digit run with a leading zero is read
digit by digit (``05`` → «không năm»), any other as a number. Always separated by spaces.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.doubts import ABBREVIATION, DoubtLog, watched
from broadcaster.speech.textnorm.doubts import CODE as GUESSED_CODE
from broadcaster.speech.textnorm.numbers import read_digits, read_int

LETTERS = {
    "A": "a",
    "Ă": "á",
    "Â": "ớ",
    "B": "bê",
    "C": "xê",
    "D": "dê",
    "Đ": "đê",
    "E": "e",
    "Ê": "ê",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em",
    "N": "en",
    "O": "o",
    "Ô": "ô",
    "Ơ": "ơ",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét",
    "T": "tê",
    "U": "u",
    "Ư": "ư",
    "V": "vê",
    "W": "vê kép",
    "X": "ích",
    "Y": "i dài",
    "Z": "dét",
}
_UP = "A-ZĐĂÂÊÔƠƯ"
CODE = re.compile(
    rf"(?<![\w\-.,])(?!0C\b)(?=[{_UP}0-9]*[{_UP}])(?=[{_UP}0-9]*\d)([{_UP}0-9]{{2,10}})(?![\w])"
)
# Vietnamese syllable shape; an all-caps word that is not one is an acronym to spell.
SYLLABLE = re.compile(
    r"(?i)(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?"
)
ACRONYM = re.compile(rf"(?<![\w\-/.&])([{_UP}]{{2,6}})(?![\w\-/&])")


def spell(letters: str) -> str:
    return " ".join(LETTERS.get(ch, ch) for ch in letters.upper())


def _digits(run: str) -> str:
    if run.startswith("0") or len(run) > 6:
        return read_digits(run)
    return read_int(int(run))


# Letter prefixes of codes that are read as words: roads and flood alarm levels.
PREFIXES = {
    "QL": "Quốc lộ",
    "TL": "Tỉnh lộ",
    "ĐT": "đường tỉnh",
    "HL": "Huyện lộ",
    "ĐH": "đường huyện",
    "BĐ": "báo động",
}


def _guessed(m: re.Match[str], _reading: str) -> bool:
    """A code is a guess unless it is short or starts with a road prefix: ``PC07``,
    ``H5N1`` and ``51F-007`` are doubtful, ``A05``, ``F0`` and ``QL1A`` are not."""
    runs = re.findall(rf"[{_UP}]+|\d+", m.group(1))
    letters = [r for r in runs if not r.isdigit()]
    if letters and letters[0] in PREFIXES:
        return False
    return len(runs) >= 3 or any(len(r) >= 2 for r in letters)


def read_codes(text: str, doubts: DoubtLog | None = None) -> str:
    """Letter–digit tokens: letter runs spelled (road prefixes said), digit runs read."""

    def code(m: re.Match[str]) -> str:
        words = []
        for run in re.findall(rf"[{_UP}]+|\d+", m.group(1)):
            if run.isdigit():
                words.append(_digits(run))
            else:
                words.append(PREFIXES.get(run) or spell(run))
        return " ".join(words)

    text = CODE.sub(watched(code, doubts, GUESSED_CODE, _guessed), text)
    # «Quốc lộ 1A», «tổ 7B», «Quốc lộ 14 B»: a number followed by one or two capital letters.
    return re.sub(
        rf"(?<![\w.,])(\d+)(?!V\b|W\b|C\b)([{_UP}]{{1,2}})(?![\w])",
        lambda m: f"{_digits(m.group(1))} {spell(m.group(2))}",
        text,
    )


INITIALS = re.compile(rf"(?<![\w.])((?:[{_UP}]\.){{1,4}}[{_UP}])\.?(?![\w])")


def spell_acronyms(text: str, doubts: DoubtLog | None = None) -> str:
    """An all-caps word left after abbreviation expansion, not a syllable: «ABC» → «a bê xê»;
    initials «H.N.T.» → «hát en tê». Each is an unknown abbreviation (a doubt)."""
    text = INITIALS.sub(
        watched(lambda m: spell(m.group(1).replace(".", "")), doubts, ABBREVIATION), text
    )
    return ACRONYM.sub(
        watched(
            lambda m: m.group(0) if SYLLABLE.fullmatch(m.group(1)) else spell(m.group(1)),
            doubts,
            ABBREVIATION,
        ),
        text,
    )
