"""Abbreviations the table reads one way that often mean another, when no context rule of
``ambiguous`` decided from the words around them: each is read as the table reads it and
shown to the operator as a doubt («nhiều nghĩa»), unless a word before leaves no doubt
(«trường MN», «người LĐ») or the station wrote its own reading.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.abbreviations import builtin_table
from broadcaster.speech.textnorm.doubts import AMBIGUOUS, DoubtLog

# From the working corpus: each of CT, TT, BC, CA, CAQ, TTĐT, TTVH read another way by at
# least one annotator in five of its spans: «CT» a company, «TT» a paper or «trung tâm»; then
# HKH, TH, CP, BĐ, VT, UN in at least one of two of the spans the table reads: a school's or
# a company's letters, «Bình Định», a workshop's initials, a Lao plate; CV a breed's letters.
MANY_MEANINGS = frozenset(
    (
        *("KH", "BCH", "HD", "MN", "LĐ", "VH-TT", "CT", "TT", "BC", "CA", "CAQ", "TTĐT"),
        *("TTVH", "HKH", "TH", "CP", "BĐ", "VT", "UN", "CV"),
    )
)
# Words before one of them that leave no doubt: «trường MN», «người LĐ», «Lưu: VT».
_CLEAR_BEFORE = {
    "MN": ("trường", "bậc", "giáo viên"),
    "LĐ": ("người", "hợp đồng", "tai nạn"),
    "TH": ("trường", "bậc", "cấp"),
    "VT": ("lưu:", "lưu"),  # «Nơi nhận: … Lưu: VT»: the office's records
}
_MANY = re.compile(rf"(?<![\w\-/&.])({'|'.join(map(re.escape, MANY_MEANINGS))})(?![\w\-/&]|\.\w)")


_MANY_HINT = re.compile("|".join(map(re.escape, MANY_MEANINGS)))


def flag_many_meanings(text: str, mapping: dict[str, str], doubts: DoubtLog | None) -> str:
    """Note each abbreviation of ``MANY_MEANINGS`` still left, read as the station's table
    reads it; a station that wrote its own reading in its file has decided, no doubt."""
    if doubts is None or not _MANY_HINT.search(text) or not _MANY.search(text):
        return text
    builtin = builtin_table()

    def note(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in mapping or mapping[key] != builtin.get(key):
            return m.group(0)
        if any(m.string.startswith(k, m.start()) for k in mapping if k.startswith(f"{key} ")):
            return m.group(0)  # «LĐ online»: a longer entry of the table reads it
        if (
            m.string[max(0, m.start() - 200) : m.start()]
            .rstrip()
            .lower()
            .endswith(_CLEAR_BEFORE.get(key, ()))
        ):
            return m.group(0)
        return doubts.note(key, mapping[key], AMBIGUOUS)

    return _MANY.sub(note, text)
