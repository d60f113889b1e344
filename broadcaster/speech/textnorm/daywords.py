"""The words of a day and month, and spans of days whose month is written once.

``date_words(5, 8, 2024)`` → «ngày năm tháng tám năm hai nghìn không trăm hai mươi tư». Spans:
the spring holiday ``30.4 - 1.5``, two days sharing a month ``(3 và 4-7)``, ``từ 2-2 đến
3-3-2026``, the second date of a span ``từ ngày 27-2 đến 15-3``, ``ngày 11 đến 13.10``, a dotted
date before its lunar date ``25.1 (20 tháng Chạp)``, days of Tết ``mùng 3-4 Tết``; a date after a
holiday's name (``ngày Quốc khánh 2/ 9``, ``ngày thành lập Hội … 20.10``) or in brackets after a
day (``ngày thi đấu đầu tiên (24.11)``), which says the day itself (``named_day``).
"""

from __future__ import annotations

import calendar
import itertools
import re

from broadcaster.speech.textnorm.context import (
    MEASURED_AFTER,
    after_bracket,
    counted_after,
    directly_before,
)
from broadcaster.speech.textnorm.numbers import SPOKEN_MONTH, month_name, read_int

# Words that already name the day: «đêm 12/10» is «đêm mười hai tháng mười», no «ngày».
DAY_WORDS = "ngày|mùng|mồng|đêm|sáng|trưa|chiều|tối|hôm|khuya"


def valid_day(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def a_day_of_its_month(day: int, month: int) -> bool:
    """A day that month has in some year (``valid_day`` lets «31/02/2025» be read as a date and
    shown as mistyped; a shape with a weaker cue needs the real day: «31.2» is no date). No year
    is known: a leap year's months, so 29 February may be."""
    return valid_day(day, month) and day <= calendar.monthrange(2024, month)[1]


def has_day_word(text: str, pos: int) -> bool:
    """«ngày» already said: right before, or before a list «các ngày 5, 6 và 7/10», «lễ 30-4 và
    1-5»."""
    head = text[max(0, pos - 40) : pos].lower()
    listed = r"(?:\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?\s*(?:,|và))*"
    if re.search(rf"(?:{DAY_WORDS}){listed}\s*\(?\s*$", head):
        return True
    if re.search(rf"\btháng {SPOKEN_MONTH}\s*(?:,|và)\s*$", head):
        return True  # a date just read: «ngày ba mươi tháng tư và 1-5»
    dm = r"\d{1,2}\s*[-/.]\s*\d{1,2}"
    return bool(re.search(rf"\b(?:lễ|dịp)\s*{dm}(?:\s*(?:,|và)\s*{dm})*\s*(?:,|và)\s*$", head))


def date_words(day: int, month: int, year: int | None, say_day: bool = True) -> str:
    words = ["ngày"] if say_day else []
    words += [read_int(day), "tháng", month_name(month)]
    if year is not None:
        words += ["năm", read_int(year)]
    return " ".join(words)


# A day and month with a dot, then its lunar date in brackets: «Từ 25.1 (20 tháng Chạp)».
DOT_DATE_LUNAR = re.compile(
    r"(?<![\w.,/])(\d{1,2})\.(\d{1,2})(?=\s*\(\s*(?:(?:ngày|mùng|mồng)\s+)?\d{1,2}"
    r"(?:\s+tháng\b|\s*[/.\-]\s*\d{1,2}\s*(?:âm lịch|ÂL|âl)))"
)
# Two days sharing a month: «(3 và 4-7)», «ngày 1 và 2/6» — not a count and a range.
DAYS_AND_DATE = re.compile(
    r"(?<![\w.,/])(\d{1,2})\s+và\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?"
    r"(?![\w/\-]|[.,]\d)"
)


def _days_and_date(m: re.Match[str]) -> str:
    d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
    text, start = m.string, m.start()
    bracketed = after_bracket(text, start)
    named = has_day_word(text, start)
    if not (bracketed or named) or not (d1 < d2 and valid_day(d2, mo)):
        return m.group(0)
    year = int(m.group(4)) if m.group(4) else None
    return ("" if named else "ngày ") + f"{read_int(d1)} và {date_words(d2, mo, year, False)}"


# «từ 2-2 đến 3-3-2026»: the first day and month of a span whose end is a full date.
FROM_DATE = re.compile(
    r"(?i)\b(từ)\s+(?:ngày\s+)?(\d{1,2})\s*[-.]\s*(\d{1,2})"
    r"(?=(\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}))"
)
# «độ lớn từ 2.7 đến 3.7», «chỉ số UV từ 2.5 đến 5.4», «hệ số từ 1.2»: magnitudes, indices
_MEASURED = re.compile(r"(?i)\b(?:độ lớn|cường độ|chỉ số|hệ số|richter)(?:\s+[^\W\d_]+){0,2}\s*$")


_PER_DAY = re.compile(r"(?i)\b(?:có|mỗi|hằng|hàng)\s+ngày\s+$")


def in_a_day(text: str, pos: int) -> bool:
    """«có ngày 2-3 trận», «mỗi ngày 2-3 lần»: what follows counts things in a day."""
    return _PER_DAY.search(text[max(0, pos - 14) : pos]) is not None


def _from_date(m: re.Match[str]) -> str:
    day, month = int(m.group(2)), int(m.group(3))
    if not valid_day(day, month):
        return m.group(0)
    # «từ 2.5 đến 3.1 ha»: the span's end, past the look-ahead group, is a quantity
    if "." in m.group(0) and _measured(m.string, m.start(), m.end() + len(m.group(4))):
        return m.group(0)
    return f"{m.group(1)} {date_words(day, month, None)}"


def _measured(text: str, start: int, end: int) -> bool:
    """An index or a magnitude named before ``start`` («chỉ số UV từ 10.5»), or a measure after
    ``end`` («2.5 ha»): the dotted number is a value, not a day and a month."""
    return bool(_MEASURED.search(text[max(0, start - 24) : start])) or bool(
        MEASURED_AFTER.match(text, end)
    )


# The end of a span after a day or a date just read: «từ ngày 27-2 đến 15-3», «ngày 11 đến
# 13.10» — a day and month, not a range or a decimal.
SPAN_END = re.compile(
    rf"(?i)\b((?:(?:ngày|tuần)\s+\d{{1,2}}|tháng\s+{SPOKEN_MONTH})\s+(?:đến|tới)\s+(?:hết\s+)?)"
    r"(ngày\s+)?"
    r"(\d{1,2})\s*[-.]\s*(\d{1,2})(?![\w/\-]|[.,]\d|\s*(?:%|giờ|h\b))"
)
# «từ 7.11 đến trước ngày 20.11», «đến 22.11 lùi lại», «Từ 1.7, mức lương …», «sau 2.9»: a
# dotted day and month after a word that opens or closes a span of time, in a line whose dots
# are dates or thousands (``DOTS_ARE_DATES``), or in any line when the span runs on to a time
# («từ 1.4 đến hết năm nay») or a rule takes effect («có hiệu lực từ 1.7»). Never a value that
# rises or falls («từ 5.5 lên 6.2»), a measure, a count.
DOTTED_SPAN_DAY = re.compile(
    r"(?i)\b(từ|đến(?: hết)?|tới|trước|sau)\s+(\d{1,2})\.(\d{1,2})"
    r"(?![\w/\-]|[.,]\d|\s*(?:[-–]\s*\d|giờ\b|h\b)"
    r"|\s+(?:đến|tới)\s+(?:(?:hơn|dưới|trên|gần|khoảng)\s+)?\d"  # a span's end: FROM_DATE
    r"|\s+(?:lên|xuống|trở\s+(?:lên|xuống))\b)"
)
_DOTTED_NUMBER = re.compile(r"\d\.\d")  # what DOTTED_SPAN_DAY needs, found fast
# «Từ chiều tối 30.9 và 1.10», «các ngày 23.9, 24.9 và 26.9»: a dotted day and month joined
# to a date (a day and month said, or dotted after a word for a day) by «và» or a comma, in a
# line whose dots are dates (``DOTS_ARE_DATES``)
AND_DOTTED_DAY = re.compile(
    rf"(?i)((?:\btháng\s+{SPOKEN_MONTH}|\b(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya)\s+"
    r"\d{1,2}\.\d{1,2})(?:\s+và\s+|(\s*,\s*)))"
    r"(\d{1,2})\.(\d{1,2})(?![\w/\-]|[.,]\d)"
)
# The rest of a list of dotted days: «, 24.9 và 26.9»
_MORE_DOTTED_DAYS = re.compile(r"(?:\s*(?:,|và)\s*\d{1,2}\.\d{1,2}(?![\w/\-]|[.,]\d))+")
# «sau 2.9 nhưng phải trước 15.9», «sau 30.4 năm nay»: after «sau», a day unless a length of
# time follows («sau 2.5 tháng thi công», «sau 1.5 tuần», «sau 10.5 giây»)
_LENGTH_AFTER_SAU = re.compile(
    r"\s*(?:tháng|tuần|ngày|năm(?! nay| tới| sau| trước)|giờ|phút|giây|tiếng|vòng|hiệp|vụ|mùa"
    r"|chu kỳ|lần|kỳ)\b"
)
_ON_TO_A_TIME = re.compile(r"(?i)\s+(?:(?:đến|tới)\s+(?:hết|nay|cuối)|trở đi)\b")
# «có hiệu lực từ 1.7», «áp dụng kể từ 15.3»: a rule taking effect on a day (not «hệ số …
# áp dụng từ 1.2», a coefficient); «được tổ chức từ 25.6», «triển khai từ 3.8»: an event
# begun on a day (not «diễn ra từ 7.05 sáng», a time of day)
_IN_FORCE = re.compile(
    r"(?i)\b(?:hiệu lực|thi hành|áp dụng|tổ chức|diễn ra|khai mạc|khởi tranh|triển khai"
    r"|thực hiện)\s+(?:kể\s+)?$"
)
_DAYTIME_AFTER = re.compile(r"(?i)\s*(?:sáng|trưa|chiều|tối|đêm|giờ|h)\b")
_RATE_IN_CLAUSE = re.compile(r"(?i)\b(?:hệ số|tỷ lệ|tỉ lệ|chỉ số)\b[^.,;:]*$")  # not «mức lương»
# A line that writes a full date or a named day with dots («15.12.2025», «30.9 năm 2024», «hôm
# 21.11») or groups thousands with dots («2.000 đồng»): its dots are no decimal points.
DOTS_ARE_DATES = re.compile(
    r"(?<![\w.,])\d{1,2}\.\d{1,2}(?:\.|\s+năm\s+)(?:19|20)\d\d(?!\d)"
    r"|(?i:\b(?:ngày|hôm|sáng|trưa|chiều|tối|đêm)\s+\d{1,2}\.\d{1,2}(?!\d|[.,]\d))"
    r"|(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d)"
)


def _dotted_span_day(m: re.Match[str], dated: bool) -> str:
    day, month = int(m.group(2)), int(m.group(3))
    in_force = _IN_FORCE.search(m.string[max(0, m.start() - 16) : m.start()]) and not (
        _RATE_IN_CLAUSE.search(m.string[max(0, m.start() - 80) : m.start()])
    )
    if in_force and _DAYTIME_AFTER.match(m.string, m.end()):
        in_force = None
    if not (dated or in_force or _ON_TO_A_TIME.match(m.string, m.end())):
        return m.group(0)
    if not valid_day(day, month) or counted_after(m.string, m.end()):
        return m.group(0)
    if m.group(1).lower() == "sau" and _LENGTH_AFTER_SAU.match(m.string, m.end()):
        return m.group(0)
    if _measured(m.string, m.start(), m.end()):
        return m.group(0)
    return f"{m.group(1)} {date_words(day, month, None)}"


# What may follow the last day of a comma list: a plain word, a stop (not «- 2 m», «MW»)
_A_DAY_ENDS = re.compile(r"\s+[a-zà-ỹđ]|\s*[.;:)]|\s*$")
_JOINED_DOTTED = re.compile(r"(?:,|và)\s*\d{1,2}\.\d")  # what AND_DOTTED_DAY needs, found fast


def _and_dotted_day(m: re.Match[str]) -> str:
    """A day joined to a date is a day, a count after it or not («Sáng 5.9 và 6.9 trạm y tế
    …»); after a comma, in a list of them or before a plain word («Chiều 15.8, 16.8 đoàn công
    tác»), not before a count, a span, a symbol («ngày 5.7, 9.5 điểm», «Ngày 20.9, 12.3 MW»);
    never a measure, nor a list that ends in one («ngày 12.5, 6.1 và 7.2 mm»)."""
    day, month = int(m.group(3)), int(m.group(4))
    if not valid_day(day, month):
        return m.group(0)
    end = m.end()
    more = _MORE_DOTTED_DAYS.match(m.string, end)
    last_after_comma = m.group(2) and not more
    if last_after_comma and (not _A_DAY_ENDS.match(m.string, end) or counted_after(m.string, end)):
        return m.group(0)
    if _measured(m.string, m.start(), more.end() if more else end):
        return m.group(0)
    return m.group(1) + date_words(day, month, None)


# The spring holiday: «30.4 - 1.5», «30/4-1/5» (Reunification Day and Labour Day).
HOLIDAY_SPAN = re.compile(r"(?<![\w.,/])30\s*[./-]\s*4\s*[-–]\s*1\s*[./-]\s*5(?![\w/]|[.,]\d)")
# Holidays with a day of their own, each with that day and whether its name alone is a
# holiday's wherever it stands: «Quốc khánh 2-9 năm nay», «Tết Thiếu nhi 1-6». Said just before
# its own day, the name makes the pair that day whatever follows («năm nay» is no count of
# years); before any other pair it does not («Quân đội nhân dân 2-3 năm», «phòng cháy chữa
# cháy 1-2 buổi»: those names are also plain words).
_OWN_DAYS: tuple[tuple[str, tuple[int, int], bool], ...] = (
    (r"quốc khánh", (2, 9), True),
    (r"(?:tết|quốc tế) thiếu nhi", (1, 6), True),
    (r"nhà giáo việt nam", (20, 11), True),
    (r"thầy thuốc việt nam", (27, 2), True),
    (r"phụ nữ việt nam", (20, 10), True),
    (r"quốc tế phụ nữ", (8, 3), True),
    (r"quốc tế lao động", (1, 5), True),
    (r"giải phóng miền nam", (30, 4), True),
    (r"thương binh[\s,–-]*liệt sĩ", (27, 7), True),
    (r"gia đình việt nam", (28, 6), True),
    (r"doanh nhân việt nam", (13, 10), True),
    (r"cách mạng tháng tám", (19, 8), True),
    (r"quân đội nhân dân(?: việt nam)?", (22, 12), False),
    (r"đại đoàn kết toàn dân tộc", (18, 11), False),
    (r"phòng cháy(?:,)? chữa cháy", (4, 10), False),
    (r"pháp luật việt nam", (9, 11), False),
    (r"chuyển đổi số quốc gia", (10, 10), False),
    (r"dân số việt nam", (26, 12), False),
    (r"người cao tuổi việt nam", (6, 6), False),
)
# The names said before each holiday's own day, by that day.
_OWN_DAY = {
    day: re.compile(rf"(?i)\b(?:{'|'.join(name for name, own, _ in _OWN_DAYS if own == day)})\s*$")
    for day in {own for _, own, _ in _OWN_DAYS}
}
# Holidays named before their day: «Ngày Quốc tế Lao động 1-5», «Quốc khánh 2/ 9», «ngày
# thành lập Hội Liên hiệp Phụ nữ Việt Nam 20.10», «ngày Quốc tế Người cao tuổi 1-10» (any
# «quốc tế …» first, as the days of its own above are of its kind).
_HOLIDAYS = "|".join(
    (
        r"quốc tế [^\W\d][^\d,.;:()]{2,30}",
        r"chiến thắng",
        r"thành lập [^\W\d][^\d,.;:()]{2,60}",
        *(name for name, _, alone in _OWN_DAYS if alone),
    )
)
HOLIDAY = re.compile(rf"(?i)(?:{_HOLIDAYS})\s*$")
HOLIDAY_DATE = re.compile(
    rf"(?i)\b((?:ngày|kỷ niệm)\s+(?:{_HOLIDAYS}))\s+(\d{{1,2}})\s*[/.\-–]\s*(\d{{1,2}})"
    r"(?![\w/\-]|[.,]\d)"
)
# «Trong ngày thi đấu đầu tiên (24.11)»: a day, then its date in brackets.
BRACKETED_DAY = re.compile(
    r"(?i)(\b(?:ngày|đến nay|hôm nay)\b[^\d()]{0,30}\(\s*)(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?=\s*\))"
)
# «14,15 và 16/4», «3,4,5/6», «25,26 và 27/01/2020»: days listed before their month, a comma
# with no space after it (three days, or two joined by «và»; «8,5/10» is a score)
DAY_LIST = re.compile(
    r"(?<![\w.,])(\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+)/(\d{1,2})(?!\d|/(?!\d{4}(?!\d)))"
)


def day_list(m: re.Match[str]) -> str:
    run = m.group(1)
    days = [int(d) for d in re.findall(r"\d+", run)]
    # two days by a bare comma («8,5/10» is a score) only the one after the other and after a
    # day's word: «Ngày 19,20/6/2017» (not «Mỗi ngày 2,5/10 tấn»)
    two_days = len(days) == 2 and days[1] == days[0] + 1 and days[1] >= 10
    listed = "và" in run or len(days) >= 3 or (two_days and has_day_word(m.string, m.start()))
    if not listed or not all(valid_day(d, int(m.group(2))) for d in days):
        return m.group(0)
    return re.sub(r",(?=\d)", ", ", m.group(0))


# Months sharing a year: «trong 3 tháng (7, 8, 9/2016)» — no day is named, so no date.
MONTHS_OF_A_YEAR = re.compile(
    r"(?<![\w.,/])(\d{1,2})((?:\s*(?:,|và|hoặc)\s*\d{1,2})+)\s*/\s*((?:19|20)\d\d)"
    r"(?![\w/\-]|[.,]\d)"
)


def _months_of_a_year(m: re.Match[str]) -> str:
    """«(7, 8, 9/2016)», «tháng 6, 7 và 8/2025»: the joining words kept, «tháng» said once."""
    months = [int(m.group(1)), *map(int, re.findall(r"\d+", m.group(2)))]
    if not all(1 <= n <= 12 for n in months) or has_day_word(m.string, m.start()):
        return m.group(0)
    if directly_before(m.string, m.start()) in ("thứ", "tuần", "số", "lần", "đợt", "kỳ"):
        return m.group(0)  # «tuần thứ 8 và 9/2023»: weeks, not months
    said = re.sub(r"\d+", lambda d: month_name(int(d.group(0))), m.group(1) + m.group(2))
    named = re.search(r"(?i)\btháng\s*$", m.string[max(0, m.start() - 8) : m.start()])
    return f"{'' if named else 'tháng '}{said} năm {read_int(int(m.group(3)))}"


# Two months of a year: «trong 2 tháng (7-8/2025)» — a month range, not «ngày 7 tháng 8».
MONTH_SPAN_OF_A_YEAR = re.compile(
    r"(?<![\w.,/\-])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\w/\-]|[.,]\d)"
)


def _month_span_of_a_year(m: re.Match[str]) -> str:
    first, last = int(m.group(1)), int(m.group(2))
    if not 1 <= first < last <= 12 or has_day_word(m.string, m.start()):
        return m.group(0)
    if directly_before(m.string, m.start()) in ("thứ", "tuần", "số", "lần", "đợt", "kỳ"):
        return m.group(0)
    named = re.search(r"(?i)\btháng\s*$", m.string[max(0, m.start() - 8) : m.start()])
    said = f"{month_name(first)} đến tháng {month_name(last)} năm {read_int(int(m.group(3)))}"
    return f"{'' if named else 'tháng '}{said}"


# Days of Tết: «ngày 3-4 Tết», «mùng 3-4 Tết» — two days, not a day and a month.
TET_DAYS = re.compile(r"(?i)\b(ngày|mùng|mồng)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?=\s+Tết\b)")
# «27,28 Tết», «13,14 và 15 tháng Ba»: days listed before a month in words or Tết, the comma
# no decimal (two days one after the other, or three and more going forward).
_DAY = r"(?:[1-9]|[12]\d|3[01])"
_MONTH_WORDS = "Giêng|Chạp|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Một"
DAYS_BEFORE_MONTH = re.compile(
    rf"(?<![\w.,])({_DAY},\s?{_DAY}(?:(?:,\s?|\s+và\s+){_DAY})*)"
    rf"(?=\s+(?:Tết\b|tháng\s+(?:\d|(?i:{_MONTH_WORDS})\b)))"
)


def _days_before_month(m: re.Match[str]) -> str:
    days = [int(d) for d in re.findall(r"\d+", m.group(1))]
    forward = all(a < b for a, b in itertools.pairwise(days))
    if not forward or (len(days) == 2 and days[1] != days[0] + 1):
        return m.group(0)
    return re.sub(r",\s?", ", ", m.group(1))


# «(10.3 âm lịch)»: a lunar day and month written with a dot, no decimal.
LUNAR_DOT = re.compile(  # not the end of a span («15.4 - 27.4 âm lịch»: the span rules)
    r"(?<![\w.,/\-–])(?<![-–] )(\d{1,2})\.(\d{1,2})(?=\s*(?:âm lịch|ÂL|âl)\b)"
)
# «(27-28.12 âm lịch)»: two lunar days of one month
LUNAR_DOT_DAYS = re.compile(
    r"(?<![\w.,/\-–])(\d{1,2})\s*[-–]\s*(\d{1,2})\.(\d{1,2})(?=\s*(?:âm lịch|ÂL|âl)\b)"
)


def _lunar_days(m: re.Match[str]) -> str:
    first, last, month = (int(g) for g in m.groups())
    if not (first < last and valid_day(last, month)):
        return m.group(0)
    return f"{read_int(first)} đến {date_words(last, month, None, say_day=False)}"


def _span_end(m: re.Match[str]) -> str:
    day, month = int(m.group(3)), int(m.group(4))
    if not valid_day(day, month) or counted_after(m.string, m.end()):
        return m.group(0)  # «từ 10 đến 11-12 tuổi»: a range of a count
    return m.group(1) + date_words(day, month, None)


def holiday_on(text: str, start: int, day: int, month: int) -> bool:
    """The holiday whose own day is ``day``/``month`` is named just before ``start``."""
    names = _OWN_DAY.get((day, month))
    return names is not None and names.search(text[max(0, start - 40) : start]) is not None


def named_day(text: str, start: int) -> bool:
    """A day word or a holiday's name is said before the date: no «ngày» is added."""
    return has_day_word(text, start) or bool(HOLIDAY.search(text[max(0, start - 60) : start]))


def _said_date(m: re.Match[str]) -> str:
    """The holiday's or the day's words, then the date without another «ngày»."""
    day, month = int(m.group(2)), int(m.group(3))
    if not valid_day(day, month):
        return m.group(0)
    return f"{m.group(1)} {date_words(day, month, None, say_day=False)}".replace("( ", "(")


def _day_and_month(m: re.Match[str], say_day: bool) -> str:
    """Groups 1 and 2 as a day and its month, when that day exists."""
    day, month = int(m.group(1)), int(m.group(2))
    return date_words(day, month, None, say_day) if valid_day(day, month) else m.group(0)


def read_day_spans(text: str) -> str:
    low = text.lower()  # the word triggers below look for nothing a rule here writes
    if "ngày" in low or "kỷ niệm" in low or " nay" in low:
        text = HOLIDAY_DATE.sub(_said_date, text)
        if "(" in text:
            text = BRACKETED_DAY.sub(_said_date, text)
    if "30" in text:
        text = HOLIDAY_SPAN.sub("ngày ba mươi tháng tư đến ngày một tháng năm", text)
    if " và " in text:
        text = DAYS_AND_DATE.sub(_days_and_date, text)
    if "," in text:
        text = MONTHS_OF_A_YEAR.sub(_months_of_a_year, text)
    if "/" in text and ("-" in text or "–" in text):
        text = MONTH_SPAN_OF_A_YEAR.sub(_month_span_of_a_year, text)
    text = FROM_DATE.sub(_from_date, text)
    if "đến" in text or "tới" in text:
        text = SPAN_END.sub(_span_end, text)
    if "." in text and _DOTTED_NUMBER.search(text):
        dated = DOTS_ARE_DATES.search(text) is not None
        text = DOTTED_SPAN_DAY.sub(lambda m: _dotted_span_day(m, dated), text)
        if dated and _JOINED_DOTTED.search(text):
            for _ in range(6):  # «23.9, 24.9 và 26.9»: each day joins the one just read
                before, text = text, AND_DOTTED_DAY.sub(_and_dotted_day, text)
                if text == before:
                    break
    if "(" in text:
        text = DOT_DATE_LUNAR.sub(lambda m: _day_and_month(m, say_day=True), text)
    if "Tết" in text:
        text = TET_DAYS.sub(
            lambda m: f"{m.group(1)} {read_int(int(m.group(2)))} đến {read_int(int(m.group(3)))}",
            text,
        )
    if "," in text and ("Tết" in text or "tháng" in low):
        text = DAYS_BEFORE_MONTH.sub(_days_before_month, text)
    if "âm lịch" in low or "âl" in low:
        text = LUNAR_DOT_DAYS.sub(_lunar_days, text)
        text = LUNAR_DOT.sub(lambda m: _day_and_month(m, say_day=False), text)
    return text
