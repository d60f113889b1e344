"""Names of the highland peoples and places written with an apostrophe: «K'Ho», «H'Mông»,
«Đắk N'Teng», «Đắk R'Lấp», «J'rai», «B'Lao». The apostrophe marks a short unstressed
syllable before the name's own; an announcer says the consonant with a short «ơ» («Hơ Mông»,
«Nơ Teng», «Rơ Lấp», «Giơ rai»; «K» by its sound, «Cờ Nớ», «Cờ Ho»). Left alone, the
apostrophe is dropped and the consonant is a stray letter («H Mông»).

A name the abbreviation table lists with its apostrophe («M'gar» «Mơ Ga») is the table's.
"""

from __future__ import annotations

import re
from collections.abc import Container

# The consonant before the apostrophe as an announcer says it: «D» is the highland «đ»
# («D'Ran» «Đơ Ran»), «J» is «gi» («J'rai»), «K» is «c» («K'Nớ» «Cờ Nớ»), «S» is «x»
# («S'tiêng» «Xơ tiêng»).
_SAID = {
    "B": "Bơ",
    "C": "Cơ",
    "Ch": "Chơ",
    "D": "Đơ",
    "G": "Gơ",
    "H": "Hơ",
    "J": "Giơ",
    "K": "Cờ",
    "M": "Mơ",
    "N": "Nơ",
    "R": "Rơ",
    "S": "Xơ",
}
_APOSTROPHES = "'’‘`"
# The name after the apostrophe has two letters or more (not a point «B'C» of a figure)
HIGHLAND_NAME = re.compile(
    rf"(?<![\w{_APOSTROPHES}])(Ch|[BCDGHJKMNRS])[{_APOSTROPHES}]([^\W\d_]{{2,}})(?![\w{_APOSTROPHES}])"
)


def read_highland_names(text: str, table: Container[str]) -> str:
    """«người H'Mông» is «người Hơ Mông»; a listed name («M'gar», also typed «M’gar», «M'GAR»)
    is left for the table, with the table's apostrophe and letters."""
    if not any(a in text for a in _APOSTROPHES):
        return text

    def said(m: re.Match[str]) -> str:
        for listed in (f"{m.group(1)}'{m.group(2)}", f"{m.group(1)}'{m.group(2).lower()}"):
            if listed in table:
                return listed
        return f"{_SAID[m.group(1)]} {m.group(2)}"

    return HIGHLAND_NAME.sub(said, text)
