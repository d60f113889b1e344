"""Telephone and service numbers, read one digit at a time as an announcer gives them out.

Hotlines in any grouping (``0912 345 678``, ``0912.345.678``, ``(0239) 3.855.123``,
``+84 912 345 678``, ``1800 1567``, ``1900.9095``), the emergency and short service numbers
(``113``, ``114``, ``115``, ``111``, ``1022``) unless a counted noun shows they are a count
(«113 hộ»), and any digit group after a telephone word («gọi», «đường dây nóng», «SĐT»).
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import counted_after, phone_cue_before, word_after
from broadcaster.speech.textnorm.numbers import read_digits

# A count or a measure follows: «113 hộ», «115 ngày» are numbers, not phone numbers.
MEASURES = frozenset(
    [
        "ngày",
        "tháng",
        "năm",
        "tuần",
        "giờ",
        "phút",
        "nghìn",
        "triệu",
        "tỷ",
        "đồng",
        "km",
        "ha",
        "tấn",
    ]
)
SERVICE = ("111", "112", "113", "114", "115", "116", "1022", "1080", "1088", "18001567")
_G = r"[ .\-]?"
LONG = re.compile(
    r"(?<![\w.,])(?:"
    r"\+84[ .\-]?\(?0?\)?\d{2,3}(?:[ .\-]?\d){6,8}"  # +84 912 345 678
    r"|\(0\d{2,3}\)[ .\-]?\d(?:[ .\-]?\d){5,7}"  # (0239) 3.855.123
    r"|0\d{2,3}(?:[ .\-]?\d){6,8}"  # 0912 345 678, 0239.3855.123
    r"|1[89]00[ .\-]?\d{2,3}[ .\-]?\d{1,3}"  # 1800 1567, 1900.9095, 1900 1234 56
    r")(?![\w]|[.,]\d)"
)
SHORT = re.compile(rf"(?<![\w.,/])({'|'.join(SERVICE)})(?![\w/]|[.,]\d)")
AFTER_CUE = re.compile(r"(?<![\w.,/])(\d{3,5}(?:[ .\-]\d{2,5}){0,3})(?![\w/]|[.,]\d)")


def _digits(m: re.Match[str]) -> str:
    raw = m.group(0)
    words = read_digits(raw)
    return ("cộng " + words) if raw.startswith("+") else words


def read_phones(text: str) -> str:
    text = LONG.sub(_digits, text)

    def short(m: re.Match[str]) -> str:
        if counted_after(m.string, m.end()) or word_after(m.string, m.end()) in MEASURES:
            return m.group(0)
        return _digits(m)

    text = SHORT.sub(short, text)

    def cued(m: re.Match[str]) -> str:
        if phone_cue_before(m.string, m.start()) and not counted_after(m.string, m.end()):
            return _digits(m)
        return m.group(0)

    return AFTER_CUE.sub(cued, text)
