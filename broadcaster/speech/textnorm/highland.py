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
# («D'Ran» «Đơ Ran»), «J» is «gi» («J'rai»), «K» is «c» («K'Nớ» «Cờ Nớ»).
_SAID = {"B": "Bơ", "D": "Đơ", "H": "Hơ", "J": "Giơ", "K": "Cờ", "M": "Mơ", "N": "Nơ", "R": "Rơ"}
HIGHLAND_NAME = re.compile(r"(?<![\w'’])([BDHJKMNR])['’]([^\W\d_]+)(?![\w'’])")


def read_highland_names(text: str, table: Container[str]) -> str:
    """«người H'Mông» is «người Hơ Mông»; a listed name («M'gar») is left for the table."""
    if "'" not in text and "’" not in text:
        return text

    def said(m: re.Match[str]) -> str:
        if m.group(0) in table or m.group(0).replace("’", "'") in table:
            return m.group(0)
        return f"{_SAID[m.group(1)]} {m.group(2)}"

    return HIGHLAND_NAME.sub(said, text)
