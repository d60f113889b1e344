"""Clock times: ``17h30``, ``6h00``, ``15 giờ 00``, ``8 giờ 15'``, ``10:51``.

Zero minutes are not read («mười lăm giờ»); minutes written with a mark or «phút» get
«phút»; «7 giờ 30» stays as written («bảy giờ ba mươi»).
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.numbers import read_int

_MINUTE_MARK = r"(?:\s*(?:'|’|′|p\b|ph\b|phút\b))"
GLUED = re.compile(
    rf"(?<![\w.,/])(\d{{1,2}})\s?(?:h|g(?=\d{{2}}))(\d{{2}})?({_MINUTE_MARK})?(?![\w])"
)
WORDED = re.compile(rf"(?<![\w.,])(\d{{1,2}})\s+giờ\s+(\d{{1,2}})({_MINUTE_MARK})?(?![\w/.,]\d|\w)")
COLON = re.compile(r"(?<![\w.,:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\w:])")


def _hm(hour: int, minute: int, say_minute: bool) -> str | None:
    if hour > 24 or minute > 59:
        return None
    words = f"{read_int(hour)} giờ"
    if minute:
        words += f" {read_int(minute)}" + (" phút" if say_minute else "")
    return words


def read_times(text: str) -> str:
    def glued(m: re.Match[str]) -> str:
        return _hm(int(m.group(1)), int(m.group(2) or 0), True) or m.group(0)

    def worded(m: re.Match[str]) -> str:
        return _hm(int(m.group(1)), int(m.group(2)), bool(m.group(3))) or m.group(0)

    def colon(m: re.Match[str]) -> str:
        words = _hm(int(m.group(1)), int(m.group(2)), True)
        if words is None:
            return m.group(0)
        if m.group(3) and int(m.group(3)):
            words += f" {read_int(int(m.group(3)))} giây"
        return words

    text = GLUED.sub(glued, text)
    text = WORDED.sub(worded, text)
    return COLON.sub(colon, text)
