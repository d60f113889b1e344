"""Dates typed short, written out in full before the date rules read them.

- A two-digit year: «27/10/17, 10:18» is 27 October 2017 (a year up to 40 is 20xx, later
  ones 19xx); the century is a guess, so the date is shown to the operator as a doubt.
- A date written month first, as in English: «09-24-2018», «6/28/2012 10:45 AM» (the second
  number cannot be a month); turned round, and shown as a doubt.
- A slash left at the end of a date with no year: «từ ngày 17/10/ đến 21/10/2023» is
  «17/10»; the page dropped the year or typed one slash too many.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.daywords import valid_day
from broadcaster.speech.textnorm.doubts import NUMBER, DoubtLog, watched

TWO_DIGIT_YEAR = re.compile(r"(?<![\w/.,\-])(\d{1,2})/(\d{1,2})/(\d{2})(?![\w/\-]|[.,]\d)")
TRAILING_SLASH = re.compile(r"(?<![\w/.,\-])(\d{1,2}/\d{1,2})/(?=\s+(?:đến|tới|[-–])\s|\s*[),;])")
MONTH_FIRST = re.compile(
    r"(?<![\w/.,\-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?![\w/\-]|[.,]\d)"
)
_DOCUMENT = re.compile(r"(?i)\b(?:số|ký hiệu|mã)\s*:?\s*$")


def _full_year(m: re.Match[str]) -> str:
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not valid_day(day, month) or _DOCUMENT.search(m.string[max(0, m.start() - 12) : m.start()]):
        return m.group(0)
    century = 2000 if year <= 40 else 1900
    return f"{m.group(1)}/{m.group(2)}/{century + year}"


def _day_first(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(3))
    if not (month <= 12 < day and valid_day(day, month)):
        return m.group(0)
    return f"{day}/{month}/{m.group(4)}"


# Cheap looks first (patterns that open on a digit are scanned fast).
_MONTH_FIRST_HINT = re.compile(r"\d[/-]\d\d?[/-](?:19|20)\d\d")
_SHORT_YEAR_HINT = re.compile(r"\d/\d\d?/\d\d(?!\d)")


def expand_short_dates(text: str, doubts: DoubtLog | None = None) -> str:
    if "/" not in text and "-" not in text:
        return text
    if _MONTH_FIRST_HINT.search(text):
        text = MONTH_FIRST.sub(watched(_day_first, doubts, NUMBER), text)
    if "/" not in text:
        return text
    if any(f"/{after}" in text for after in " ),;"):
        text = TRAILING_SLASH.sub(r"\1", text)
    if _SHORT_YEAR_HINT.search(text):
        text = TWO_DIGIT_YEAR.sub(watched(_full_year, doubts, NUMBER), text)
    return text
