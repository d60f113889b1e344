"""Fractions, ratios and house numbers: whatever «a/b» the date rule did not claim.

``7/9 xã`` → «bảy trên chín xã», ``đạt 4/5 tiêu chí`` → «đạt bốn trên năm tiêu chí»,
``số 27/4`` → «số hai mươi bảy trên bốn», ``tỷ lệ 1:500`` → «tỷ lệ một trên năm trăm».
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import NUM
from broadcaster.speech.textnorm.numbers import read_number_token

FRACTION = re.compile(rf"(?<![\w.,/])({NUM})\s*/\s*({NUM})(?:\s*/\s*({NUM}))?(?![\w/]|[.,]\d)")
SCALE = re.compile(rf"(?i)\b(tỷ lệ|tỉ lệ)\s+({NUM})\s*:\s*({NUM})\b")


def read_ratios(text: str) -> str:
    text = SCALE.sub(
        lambda m: (
            f"{m.group(1)} {read_number_token(m.group(2))} trên {read_number_token(m.group(3))}"
        ),
        text,
    )

    text = re.sub(rf"(?<![\w.,/])({NUM})\s*[-–]\s*(?=(?:{NUM})\s*/\s*\d)", r"\1 đến ", text)

    def fraction(m: re.Match[str]) -> str:
        parts = [p for p in m.groups() if p]
        return " trên ".join(read_number_token(p) for p in parts)

    return FRACTION.sub(fraction, text)
