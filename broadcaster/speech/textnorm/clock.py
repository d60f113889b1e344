"""Clock times: ``17h30``, ``6h00``, ``8h5``, ``15 giờ 00``, ``8 giờ 15'``, ``10:51``, ``7h-11h``,
``8.00 giờ``.

Zero minutes are not read («mười lăm giờ», «không giờ» for ``0 giờ 00 phút``); minutes written
with a mark or «phút» get «phút»; «7 giờ 30» stays as written («bảy giờ ba mươi»); a web
page's «SA»/«CH» after a time is «sáng»/«chiều», an English «PM» «chiều», «tối» or «trưa».
A dash after a clock time is «đến»; «24h/24h» is round the clock, not a time; «7 giờ 30-45
phút» is a span of minutes; an hour written ``g`` is read so before a day part (``15g cùng
ngày``), after «lúc» or «tính đến», or before another hour (``23g đến 5 giờ``, ``21g đến
21g15``); two hours both in ``g`` before a day's word or closing a clause a time's word opens
(``Từ 7g–11g, ngày 5/12``); else ``g`` is grams. Runs after the dates, which take «2h/21/7» first.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import directly_before
from broadcaster.speech.textnorm.numbers import SPOKEN_MONTH, read_int

_MINUTE_MARK = r"(?:\s*(?:'|’|′|p\b|ph\b|phút\b))"
# Two hours both written ``g``: «Từ 7g–11g, ngày 5/12», «Sáng 9g-10g, xã họp» — hours before a
# day's word, or closing a clause a time's word opens; grams elsewhere («Bón 5g–10g phân»,
# «Mỗi gói 10g–12g.»)
HOURS_IN_G = re.compile(
    r"(?<![\w.,/])(\d{1,2})\s?g\s*(?:[-–—]|đến)\s*(\d{1,2})\s?g(?!\w)"
    r"(?=\s*(?:([,.;)]|$)|(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|cùng|các|hằng|thứ)\b))"
)
_TIME_WORDS = frozenset(("từ", "lúc", "vào", "sáng", "trưa", "chiều", "tối", "đêm", "khoảng"))

_DAY_PART = r"(?:sáng|trưa|chiều|tối|đêm|khuya|hôm|ngày)\b"
GLUED = re.compile(
    rf"(?<![\w.,/])(\d{{1,2}})\s?(?:h|g(?=\d{{2}})"
    rf"|g(?=\s+(?:vào\s+|cùng\s+)?{_DAY_PART})|(?<=lúc \d)g"
    rf"|g(?=\s*(?:[-–—]|đến)\s*\d{{1,2}}\s*(?:(?:giờ|h)(?:\d{{2}})?|g\d{{2}})(?!\w))"
    rf"|(?<=lúc \d\d)g|(?<=tính đến \d\d)g(?!\s*/|\s*mỗi)"  # «tính đến 17g là»
    # «kết thúc 17g.», «Bắt đầu 8g, …»: an hour closing its clause (not «bắt đầu 5g dầu mỡ»)
    rf"|(?:(?<=(?i:kết thúc) \d)|(?<=(?i:kết thúc) \d\d)|(?<=(?i:bắt đầu) \d)"
    rf"|(?<=(?i:bắt đầu) \d\d))g(?=\s*(?:[.,;)]|$)))(\d{{1,2}})?"
    rf"(?:({_MINUTE_MARK})(\d{{1,2}})\s*(?:''|\"|″|’’))?({_MINUTE_MARK})?(?![\w])"
)  # «17h06'44''»: seconds after the minutes
# «7 giờ 30-45 phút»: an hour, then a span of minutes.
MINUTE_SPAN = re.compile(
    rf"(?<![\w.,])(\d{{1,2}})\s*(?:giờ|h)\s*(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})({_MINUTE_MARK})(?!\w)"
)
WORDED = re.compile(rf"(?<![\w.,])(\d{{1,2}})\s*giờ\s*(\d{{1,2}})({_MINUTE_MARK})?(?![\w/.,]\d|\w)")
# «20 giờ 30 - 21 giờ 30»: a dash after minutes written without «phút», before an hour.
WORDED_RANGE = re.compile(
    r"(?<![\w.,])(\d{1,2}\s*giờ\s*\d{1,2})\s*[-–—]\s*(?=\d{1,2}\s*(?:giờ|h)\b)"
)
# «7h-11h», «13h30' - 17h»: a dash after a clock time is «đến».
TIME_RANGE = re.compile(r"(?:(?<=giờ)|(?<=phút))\s*[-–—]\s*(?=[^\W_])")
# «7-9h sáng», «11-14h»: the unit follows only the second number of the range.
HOUR_SPAN = re.compile(r"(?<![\w.,/])(\d{1,2})\s*[-–—]\s*(?=\d{1,2}\s?(?:h|giờ)(?:\d{2})?(?!\w))")
# «từ 19 giờ ngày 20.10 - 7 giờ ngày 21.10»: a dash after a date just read, before an hour.
DATE_TO_HOUR = re.compile(
    rf"(\btháng {SPOKEN_MONTH})\s*[-–—]\s*(?=\d{{1,2}}\s?(?:h|giờ)(?:\d{{2}})?(?!\w))"
)
# «13:48», «15/11/2025 ,19:33» (a comma typed before it), «13:48Cháy» (a headline glued on).
COLON = re.compile(r"(?<![\w.:])(?<!\d,)(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:]|[a-zà-ỹđ]|[.,]\d)")


# «lúc 7.05 sáng», «từ 7.30 sáng đến 11.30 trưa»: an hour written with a dot, before the part
# of the day it falls in (a decimal is seldom followed by «sáng»)
_DOTTED = r"(?<![\w.,])(\d{1,2})\.([0-5]\d)"  # «7.05»: an hour and its minutes with a dot
_DAY_PART_AFTER = r"\s+(?:sáng|trưa|chiều|tối|đêm)\b"
DOTTED_HOUR = re.compile(rf"{_DOTTED}(?={_DAY_PART_AFTER})")
# «Đúng 8.00 giờ sáng», «lúc 7.30 giờ»: an hour with a dot, then «giờ», after a word that sets
# a time or before a part of the day (not a duration «làm thêm 1.50 giờ mỗi ngày»)
DOTTED_HOUR_WORD = re.compile(rf"{_DOTTED}\s+giờ\b(?=({_DAY_PART_AFTER})?)")


_AT_AN_HOUR = frozenset(("lúc", "khoảng", "từ", "đến", "tới"))
_SETS_AN_HOUR = _AT_AN_HOUR | {"đúng", "vào"}


def _dotted_hour_word(m: re.Match[str]) -> str:
    if not m[3] and directly_before(m.string, m.start()) not in _SETS_AN_HOUR:
        return m[0]
    return _hm(int(m[1]), int(m[2]), True) or m[0]


def _dotted_hour(m: re.Match[str]) -> str:
    """Minutes of 01–12 could be a month («20.11 tối», Teachers' Day): an hour then only after
    «lúc», «khoảng», «từ», «đến»."""
    minute = int(m.group(2))
    if 1 <= minute <= 12 and directly_before(m.string, m.start()) not in _AT_AN_HOUR:
        return m.group(0)
    return _hm(int(m.group(1)), minute, True) or m.group(0)


# «9:29 CH», «7:15 SA»: a web page's time with the Vietnamese AM/PM mark; «1:00 PM» in
# English: the part of the day its hour falls in; «6.30PM» typed with a dot.
HALF_DAY = re.compile(r"(?<![\d:])(\d{1,2})([:.]\d\d(?::\d\d)?)\s*(SA|CH|AM|PM|am|pm)\b")

_DOTTED_HALF_DAY = re.compile(r"\d\.\d\d\s*(?:AM|PM|am|pm)\b")  # what HALF_DAY needs without «:»


def _half_day(m: re.Match[str]) -> str:
    hour, mark = int(m.group(1)), m.group(3).upper()
    if m.group(2)[0] == "." and (mark in ("SA", "CH") or hour > 12 or int(m.group(2)[1:3]) > 59):
        return m.group(0)  # «6.30PM» only: a dotted hour of twelve, in English
    if mark == "SA":
        part = "sáng"
    elif mark == "CH":
        part = "chiều"
    elif mark == "AM":
        part = "đêm" if hour == 12 else "sáng"
    else:
        part = "trưa" if hour == 12 else "chiều" if hour < 6 else "tối"
    return f"{m.group(1)}:{m.group(2)[1:]} {part}"


def _hm(hour: int, minute: int, say_minute: bool) -> str | None:
    if hour > 24 or minute > 59:
        return None
    words = f"{read_int(hour)} giờ"
    if minute:
        words += f" {read_int(minute)}" + (" phút" if say_minute else "")
    return words


def _minute_span(m: re.Match[str]) -> str:
    hour, first, last = (int(g) for g in m.groups()[:3])
    if hour > 24 or not first < last <= 59:
        return m.group(0)
    return f"{read_int(hour)} giờ {read_int(first)} đến {read_int(last)} phút"


def _round_the_clock(m: re.Match[str]) -> str:
    """«24h/24h» → «… giờ trên … giờ»; «24/24h» says «giờ» once, where it is written."""
    first = read_int(int(m.group(1))) + (" giờ" if "h" in m.group(0).split("/")[0] else "")
    if m.group(2) != m.group(1) and m.group(0).endswith("g"):
        return m.group(0)  # «3/4g»: not the clock
    return f"{first} trên {read_int(int(m.group(2)))} giờ"


# «tổng đài hỗ trợ 24/7», «trực 24/7»: round the clock, not the 24th of July (read with the
# dates, before «24/7» becomes a date).
ROUND_THE_WEEK = re.compile(
    r"(?i)\b(trực|tổng đài|hỗ trợ|phục vụ|hoạt động|mở cửa|liên tục|túc trực|giám sát|trực tuyến"
    r"|online|làm việc|sẵn sàng|tiếp nhận|xuyên suốt|đường dây nóng|hotline|khách hàng|cấp cứu)"
    # a few words may come between («tiếp nhận thông tin sự cố thiên tai 24/7»), not a day's
    r"((?:\s+(?!ngày\b|sáng\b|trưa\b|chiều\b|tối\b|đêm\b|hôm\b|từ\b|đến\b)[^\W\d_]+){0,8})"
    r"\s+\(?\s*24\s*/\s*7(?![\w/]|[.,]\d)"
)
# «24 giờ trong ngày, 7 ngày trong tuần (24/7)», «7 ngày/tuần (24/7)»: the bracket gives the
# days their short form (not «đầu tuần (24/7)», a date)
DAYS_OF_THE_WEEK = re.compile(
    r"(?i)((?:\d|bảy|các)\s*ngày\s*(?:trong\s+|mỗi\s+|một\s+|/\s*)tuần)\s*\(\s*24\s*/\s*7(?=\s*\))"
)
# «24h/24h», «24/24h», «24/24g»: round the clock, hours out of hours — not a clock time.
ROUND_THE_CLOCK = re.compile(r"(?<![\w.,])(\d{1,2})\s?h?\s*/\s*(\d{1,2})\s?[hg](?![\w])")


# «9h30h»: the hour's letter typed again after the minutes
DOUBLED_H = re.compile(r"(?<![\w.,])(\d{1,2})h([0-5]\d)h(?!\w)")


def _hours_in_g(m: re.Match[str]) -> str:
    first, last = int(m.group(1)), int(m.group(2))
    if first > 24 or last > 24:
        return m.group(0)
    if m.group(3) is not None and directly_before(m.string, m.start()) not in _TIME_WORDS:
        return m.group(0)  # «Mỗi gói 10g–12g.»: grams
    return f"{read_int(first)} giờ đến {read_int(last)} giờ"


def read_times(text: str) -> str:
    if "g" in text:
        text = HOURS_IN_G.sub(_hours_in_g, text)
    text = ROUND_THE_CLOCK.sub(_round_the_clock, text)
    if "h" in text:
        text = DOUBLED_H.sub(r"\1h\2", text)
    if ":" in text or _DOTTED_HALF_DAY.search(text):
        text = HALF_DAY.sub(_half_day, text)

    def glued(m: re.Match[str]) -> str:
        said = _hm(int(m.group(1)), int(m.group(2) or 0), True)
        if said and m.group(4) and int(m.group(4)) < 60:
            return f"{said} {read_int(int(m.group(4)))} giây"
        return said or m.group(0)

    def worded(m: re.Match[str]) -> str:
        return _hm(int(m.group(1)), int(m.group(2)), bool(m.group(3))) or m.group(0)

    def colon(m: re.Match[str]) -> str:
        words = _hm(int(m.group(1)), int(m.group(2)), True)
        if words is None:
            return m.group(0)
        if m.group(3) and int(m.group(3)):
            words += f" {read_int(int(m.group(3)))} giây"
        return words + " "  # «13:48Cháy»: a headline glued on is a word of its own

    if "tháng" in text:
        text = DATE_TO_HOUR.sub(r"\1 đến ", text)
    text = HOUR_SPAN.sub(
        lambda m: f"{m.group(1)} đến " if int(m.group(1)) <= 24 else m.group(0), text
    )
    text = MINUTE_SPAN.sub(_minute_span, text)
    text = GLUED.sub(glued, text)
    text = WORDED_RANGE.sub(r"\1 đến ", text)
    text = WORDED.sub(worded, text)
    text = COLON.sub(colon, text)
    if "." in text:
        text = DOTTED_HOUR.sub(_dotted_hour, text)
        text = DOTTED_HOUR_WORD.sub(_dotted_hour_word, text)
    return TIME_RANGE.sub(" đến ", text)
