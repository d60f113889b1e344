"""Dates in every written shape, and only where the context makes them dates.

``22/2/2023``, ``7.3.2025``, ``ngày 15-8``, ``ngày 7.3``, ``tháng 9-2024``, ``Quý II/2025``,
day ranges ``5-7/10/2024`` («ngày năm đến ngày bảy tháng mười năm …»), streets named after a
date (``đường 2/9`` → «đường Hai tháng Chín»), a month and a year without «tháng» (``Từ 8-2024
đến nay``), a number in a year (``đợt 3/2026`` → «đợt ba năm …»), a day and month with dots or
a dash after a word that names the day (``chiều 8.12``, ``Sáng 3-11``), two full dates joined by
a dash (``01/11/2024 - 31/12/2024`` → «… đến …»). A bare ``d/m`` is a date unless a counted noun
follows (``7/9 xã``) or a fraction word precedes (``đạt 4/5``, ``số 27/4``); those are left for
the fraction rule. Clock times are read in ``clock.py``.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.clock import DAYS_OF_THE_WEEK, ROUND_THE_WEEK
from broadcaster.speech.textnorm.context import (
    COUNT_NOUNS,
    DATE_CUES,
    FRACTION_CUES,
    NOT_COUNTED,
    PROPORTION_CUES,
    STREET_CUES,
    after_bracket,
    clause_before,
    counted_after,
    directly_before,
    has_dash,
    share_after,
    two_words_after,
    word_after,
    words_before,
)
from broadcaster.speech.textnorm.dashdates import read_dash_dates, read_day_span_dash, street_name
from broadcaster.speech.textnorm.daywords import (
    DAY_LIST,
    a_day_of_its_month,
    date_words,
    day_list,
    has_day_word,
    in_a_day,
    named_day,
    read_day_spans,
    valid_day,
)
from broadcaster.speech.textnorm.doubts import NUMBER, DoubtLog, watched
from broadcaster.speech.textnorm.numbers import month_name, read_int
from broadcaster.speech.textnorm.ratios import RANK_OUT_OF, read_rank
from broadcaster.speech.textnorm.unitnames import MEASURE_SYMBOLS
from broadcaster.speech.textnorm.years import (
    MONTH_DASH_YEAR,
    MONTH_YEAR,
    MONTH_YEAR_SPAN,
    MONTHS_OF_YEAR,
    MONTHS_T_YEAR,
    NUMBER_SLASH_YEAR,
    QUARTER,
    ROMAN_SLASH_YEAR,
    SEP,
    YEAR,
    YEAR_BRANCHES,
    YEAR_PAIR,
    YEAR_STEMS,
    month_dash_year,
    month_year,
    month_year_span,
    number_slash_year,
    quarter,
    roman_slash_year,
    year_pair,
)

_NOT_BEFORE = r"(?<![\w/.,])"
_NOT_AFTER = r"(?![\w/]|[.,]\d)"

DMY = re.compile(rf"{_NOT_BEFORE}(\d{{1,2}}){SEP}(\d{{1,2}}){SEP}({YEAR}){_NOT_AFTER}")
# 5-7/10/2024, 30/9-2/10/2024, 5 - 7/10
DAY_RANGE = re.compile(  # not the minutes of «12:05 - 04/10/2024»
    rf"{_NOT_BEFORE}(?<!\d:)(\d{{1,2}})(?:/(\d{{1,2}}))?\s*[-–—]\s*(\d{{1,2}})/(\d{{1,2}})"
    rf"(?:/({YEAR}))?{_NOT_AFTER}"
)
MONTH_RANGE = re.compile(r"(?i)\b(tháng)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\w/]|[.,]\d)")
# After a word that names the day: «ngày 15-8», «chiều 8.12», «hôm 12.3», «sáng 3-11» (not
# «tối 2-3 tiếng», a span of hours).
DAY_MONTH_AFTER_NGAY = re.compile(
    r"(?i)\b((?:hôm sau|ngày|mùng|mồng|sáng|trưa|chiều|tối|đêm|khuya|hôm|rạng sáng|lễ|dịp)"
    r"(?:\s+(?:nay|mai|qua|sớm))?)\s+(\d{1,2})"  # «sáng hôm sau 23.4», «sáng sớm 5-11»
    r"\s*[/.\-–]\s*(\d{1,2})(?![\w/]|[.,]\d|\s*(?:giờ|h|tiếng|phút|giây)\b)"
)
# «ngày 28.10 giờ miền đông Mỹ», «ngày 28/10 giờ Việt Nam»: a day and month in a time zone
_ZONE = (
    r"(?:miền|Việt Nam|VN|địa phương|GMT|UTC|quốc tế|Hà Nội|Mỹ|châu|Nhật|Tokyo|Bắc Kinh|Seoul"
    r"|Hàn Quốc|Úc|New York|Washington|London|Paris)"  # not «giờ Anh văn»
)
DAY_MONTH_IN_ZONE = re.compile(
    rf"(?i:\b(ngày))\s+(\d{{1,2}})\s*[/.\-–]\s*(\d{{1,2}})(?=\s*giờ\s+{_ZONE}\b)"
    rf"|(?i:\b(sáng|trưa|chiều|tối|đêm|rạng sáng|hôm))\s+(\d{{1,2}})\s*[/.]\s*(\d{{1,2}})"
    rf"(?=\s*giờ\s+{_ZONE}\b)"  # «tối 8-10 giờ Việt Nam» stays a span of hours
    rf"|(?i:\b(sáng|trưa|chiều|tối|đêm|rạng sáng|hôm))\s+(2[5-9]|3[01])\s*[-–]\s*(\d{{1,2}})"
    rf"(?=\s*giờ\s+{_ZONE}\b)"  # «tối 28-10 giờ Việt Nam»: no hour is 28, a date
)


# «Ngày thanh toán là 28.2.», «Cụ thể, ngày đăng ký cuối cùng … là 1.10»: a day named at the
# start of its clause (or after «và», «còn»), then its date with a dot after «là» (not «trong
# ngày giao dịch là 9.5», an amount on that day; not «Ngày công bình quân là 22.5», days)
NAMED_DAY_IS = re.compile(
    r"(?:^|(?<=[.;,!?(]\s)|(?<=\()|(?<= và )|(?<= còn ))"
    r"(?i:(ngày (?!công\b)[^.;:!?\d]{1,50}? là))\s+"
    r"(\d{1,2})\.(\d{1,2})"
    r"(?=[.,;)]?\s*$|[.,;)]\s|\s+(?:và|hoặc|đến|tới)\b|\s*\(|\s+[-–]\s)"  # not «là 5.5 triệu»
)


def _named_day_is(m: re.Match[str]) -> str:
    d, mo = int(m.group(2)), int(m.group(3))
    if not a_day_of_its_month(d, mo):
        return m.group(0)
    return f"{m.group(1)} {date_words(d, mo, None, say_day=False)}"


# «rạng sáng nay (2.9, giờ VN)», «hôm qua (6.1)»: the day «hôm nay», «sáng qua» names, in a
# bracket right after it — a date with a dot, not a decimal (not «năm nay (6.5, …)», a rate)
_DAY_WORDS_BEFORE = "|".join(
    f"(?<={part} {day} \\()"
    for part in ("hôm", "sáng", "trưa", "chiều", "tối", "đêm")
    for day in ("nay", "qua", "mai")
)
DAY_NAMED_IN_BRACKET = re.compile(
    rf"(?i:{_DAY_WORDS_BEFORE})(\d{{1,2}})\.(\d{{1,2}})(?=\s*(?:[,;)]|giờ\b))"
)


def _day_named(m: re.Match[str]) -> str:
    d, mo = int(m[1]), int(m[2])
    return date_words(d, mo, None, say_day=True) if a_day_of_its_month(d, mo) else m.group(0)


def _in_zone(m: re.Match[str]) -> str:
    groups = m.groups()  # three alternatives of three groups: the one that matched
    at = next(i for i in (0, 3, 6) if groups[i])
    word, day, month = groups[at : at + 3]
    d, mo = int(day), int(month)
    if not valid_day(d, mo):
        return m.group(0)
    return f"{word} {date_words(d, mo, None, say_day=False)}"


_DAY_AND_MONTH = re.compile(r"\d\s*[/.\-–]\s*\d")  # what DAY_MONTH_AFTER_NGAY needs, found fast
# A gauge reading's clock time and day: «lúc 2h/21/7» → «lúc hai giờ ngày hai mươi mốt …».
CLOCK_DATE = re.compile(
    r"(?<![\w.,/])(\d{1,2})\s?(?:h|giờ)\s*/\s*(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)"
)
# A day word glued to its number: «theo Reuters ngày1/2».
GLUED_DAY_WORD = re.compile(r"(?i)\b(ngày|tháng|năm)(?=\d)")
# The same with dashes and a year: «ngày 16 – 17-1-2021», «từ 30-12 - 2-1-2022» (the span's
# own dash an en dash or spaced, the date's hyphens), after a day word or a date's cue only (not
# «Thông báo số 12 – 15-3-2024»)
DAY_RANGE_DASHED = re.compile(  # not the minutes of «12:05 - 04-10-2024»
    rf"{_NOT_BEFORE}(?<!\d:)(\d{{1,2}})(?:-(\d{{1,2}}))?\s*(?:[–—]|\s-\s)\s*(\d{{1,2}})-(\d{{1,2}})-"
    rf"({YEAR}){_NOT_AFTER}"
)
# A word glued after a number or a date: «ngày 20tháng 6», «ngày 26/2/1998của».
GLUED_AFTER = re.compile(r"(?<=\d)(?=(?:ngày|tháng|năm)\b)|(?<=\d/\d{4})(?=[^\W\d_])")
# Two full dates joined by a dash «01/11/2024 - 31/12/2024» or a slash «22-12-1944/22-12-2023»
DMY_DASH = re.compile(
    r"(?<=\d{4})\s*(?:[-–—]|(?<=-\d{4})/(?=\d{1,2}-\d{1,2}-\d{4}))\s*"
    r"(?=\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?!\d))"
)
# A day range written with dots after a day word: «ngày 18.11 - 28.11», «từ ngày 21 - 23.5».
DAY_RANGE_DOT = re.compile(
    rf"{_NOT_BEFORE}(\d{{1,2}})(?:\.(\d{{1,2}}))?\s*[-–—]\s*(\d{{1,2}})\.(\d{{1,2}})"
    rf"(?:\.({YEAR}))?{_NOT_AFTER}"
)
# «mùng 3-4 tháng 10», «ngày 20-22 tháng 5»: two days, then their month in words.
DAYS_THEN_MONTH = re.compile(
    r"(?<![\w.,/\-])([1-9]|[12]\d|3[01])\s*[-–]\s*([1-9]|[12]\d|3[01])"
    r"(?=\s+tháng\s+(?:\d|[Gg]iêng|[Cc]hạp))"
)
# «băng tần C (6/4 GHz)», «ống 3/4 inch»: a pair or a share before a unit's symbol, no day
# (symbols that are also words or abbreviations — «ha», «tr», «CV» — left out)
_UNIT_AFTER = re.compile(
    r"\s?(?:"
    + "|".join(map(re.escape, sorted(MEASURE_SYMBOLS, key=len, reverse=True)))
    + r")(?!\w)"
)
DAY_MONTH = re.compile(rf"{_NOT_BEFORE}(\d{{1,2}})/(\d{{1,2}}){_NOT_AFTER}")
# «(16/4/Mậu Tuất)», «5-12-Canh Tý»: a lunar day and month, then the year by its stem and
# branch; a span of days before them «ngày 4 – 5-12-Canh Tý»
LUNAR_NAMED_YEAR = re.compile(
    rf"{_NOT_BEFORE}(?<!-)(?:(\d{{1,2}})\s*[-–]\s*)?(\d{{1,2}})([/\-])(\d{{1,2}})\3\s*"
    rf"(?=(?:{YEAR_STEMS})\s+(?i:{YEAR_BRANCHES})\b)"
)
# «công viên 23.9», «quảng trường 2.9»: a park or a square named after a day, dots typed
PARK_DOT = re.compile(
    r"(?i)\b((?:công viên|quảng trường)\s+)(\d{1,2})\.(\d{1,2})"
    r"(?![\w.,]\d|\w|\s*(?:(?:ha|héc|m|km|m2|mét|triệu|tỷ|nghìn)\b|%|m²))"  # not «2.5 ha»
)
# not «9 tháng 6 tháng 04 tháng»: a table's run of durations
MONTH_WORD = re.compile(r"(?i)\b(tháng)\s+0?(\d{1,2})(?![\w/]|[.,]\d|\s*[-–]\s*\d|\s+tháng\b)")
# «trong tháng 3 và 4», «tháng 11 hoặc 12 năm nay»: two months, «tư» the second one too
MONTH_PAIR = re.compile(
    r"(?i)\b(tháng)\s+0?(\d{1,2})\s+(và|hoặc)\s+0?(\d{1,2})(?![.,]\d)"
    r"(?=\s*[.,;:)]|\s*$|\s+(?:năm|âm lịch|dương lịch)\b|\s*\()"
)


def _month_pair(m: re.Match[str]) -> str:
    first, second = int(m.group(2)), int(m.group(4))
    if not (1 <= first <= 12 and 1 <= second <= 12):
        return m.group(0)
    return f"{m.group(1)} {month_name(first)} {m.group(3)} {month_name(second)}"


def _lunar_named_year(m: re.Match[str]) -> str:
    """«(16/4/Mậu Tuất)» → «ngày mười sáu tháng tư năm Mậu Tuất» («Ngày 15/7/Giáp Thìn»: the
    «ngày» already said)."""
    first, d, mo = m.group(1), int(m.group(2)), int(m.group(4))
    if not valid_day(d, mo) or (first and not int(first) < d):
        return m.group(0)
    say_day = not has_day_word(m.string, m.start())
    if first:
        return (
            f"{'ngày ' if say_day else ''}{read_int(int(first))} đến {date_words(d, mo, None)} năm "
        )
    return f"{date_words(d, mo, None, say_day)} năm "


def _park(m: re.Match[str]) -> str:
    day, month = int(m.group(2)), int(m.group(3))
    return m.group(1) + street_name(day, month) if valid_day(day, month) else m.group(0)


def _dmy(m: re.Match[str]) -> str:
    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not valid_day(d, mo):
        return m.group(0)
    return date_words(d, mo, y, not has_day_word(m.string, m.start()))


def _day_range(m: re.Match[str]) -> str:
    d1, d2, mo2 = int(m.group(1)), int(m.group(3)), int(m.group(4))
    mo1 = int(m.group(2)) if m.group(2) else mo2
    year = int(m.group(5)) if m.group(5) else None
    if not (valid_day(d1, mo1) and valid_day(d2, mo2)):
        return m.group(0)
    # «5-7/10» with no «ngày» and no year could be «5-7/10 xã»: a date after a cue, or a
    # span running forward (shown as a doubt: ``_guessed_range``), never before a count.
    before = directly_before(m.string, m.start())
    if _bare_range(m) and (
        counted_after(m.string, m.end())
        or before in FRACTION_CUES
        or (before not in DATE_CUES and d1 >= d2)
    ):
        return m.group(0)
    say_day = not has_day_word(m.string, m.start())
    first = date_words(d1, mo1, None, say_day) if m.group(2) else ("ngày " if say_day else "")
    if not m.group(2):
        first += read_int(d1)
    return f"{first} đến {date_words(d2, mo2, year)}"


def _day_range_dashed(m: re.Match[str]) -> str:
    cue = has_day_word(m.string, m.start()) or directly_before(m.string, m.start()) in DATE_CUES
    return _day_range(m) if cue else m.group(0)


def _bare_range(m: re.Match[str]) -> bool:
    return not m.group(2) and not m.group(5) and not has_day_word(m.string, m.start())


def _guessed_range(m: re.Match[str], _reading: str) -> bool:
    return _bare_range(m) and directly_before(m.string, m.start()) not in DATE_CUES


def _month_range(m: re.Match[str]) -> str:
    a, b = int(m.group(2)), int(m.group(3))
    if not (1 <= a <= 12 and 1 <= b <= 12):
        return m.group(0)
    return f"{m.group(1)} {month_name(a)} đến tháng {month_name(b)}"


def _after_ngay(m: re.Match[str]) -> str:
    d, mo = int(m.group(2)), int(m.group(3))
    if not valid_day(d, mo) or in_a_day(m.string, m.start(2)):
        return m.group(0)
    occasion = m.group(1).lower() in ("lễ", "dịp")  # «dịp 18/11» → «dịp ngày mười tám …»
    return f"{m.group(1)} {date_words(d, mo, None, say_day=occasion)}"


# Words just before «1/3» that make it a day: «sáng 1/3», «từ 1/3», «hôm 1/3».
_WHEN = frozenset(
    ("sáng", "trưa", "chiều", "tối", "đêm", "hôm", "từ", "đến", "tới", "ngày", "dịp", "lễ")
)


_DAYTIME = _WHEN - {"từ", "đến", "tới"}
_RATE_CLAUSE = re.compile(r"(?i)\b(?:t[ỷỉ] lệ|thị lực)\b")  # «thị lực 5/10»: sight in tenths


# A street's name, then a comma and the place it is in: what follows a house number (not a
# body's name: «15/3 Hội Cựu chiến binh, xã …» is a day) …
_ADDRESS_AFTER = re.compile(
    r"\s+(?:đường\s+)?(?!(?:Hội|Đoàn|Phòng|Trường|Ban|Công|UBND|Thôn|Chi|Sở|Bộ|Chủ|Ủy|Đảng)\b)"
    r"(?:[A-ZĐ][^\W\d_]*\s+){1,3}[A-ZĐ][^\W\d_]*,\s*"
    r"(?i:TP\.|thành phố|phường|P\.|quận|Q\.|xã|huyện|tỉnh|thị xã|TX\.)"
)
# … after a shop's name and a comma, «tại», «địa chỉ» or at a line's start (not a weekday)
_ADDRESS_BEFORE = re.compile(
    r"(?:(?<!\bThứ )(?<!\bthứ )(?<!\bChủ )(?<!\bchủ )\b[A-ZĐ][^\W\d_]*,|\btại|\bđịa chỉ:?|^)\s*$"
)


_DAY_OPENERS = frozenset(
    ("từ", "sau", "trước", "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm")
)
# «từ 5/10 đến 7/10 đại biểu»: the end of a span of days
_SPAN_OF_DAYS_BEFORE = re.compile(r"(?i)\btừ\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s+(?:đến|tới)\s*$")


_IF_FROM = re.compile(r"(?i)\b(?:có|nếu|khi|chỉ)\s+từ\s*$")


def _a_share_from(text: str, start: int) -> bool:
    """«có từ 2/3 đại biểu trở lên»: a share at least, not a day («Từ 1/6 đại biểu …»)."""
    return _IF_FROM.search(text, max(0, start - 12), start) is not None


def _day_month(m: re.Match[str]) -> str:
    d, mo = int(m.group(1)), int(m.group(2))
    if not valid_day(d, mo):
        return m.group(0)
    text, start = m.string, m.start()
    before = directly_before(text, start)
    if before in STREET_CUES:
        return street_name(d, mo)
    # «Từ 1/6 đại biểu HĐND sẽ giám sát»: a count follows, but a day opens the clause («chưa
    # đến 1/3 học sinh» is a share)
    day_opened = before in _DAY_OPENERS and not _a_share_from(text, start)
    counted = (
        counted_after(text, m.end())
        and not day_opened
        and not _SPAN_OF_DAYS_BEFORE.search(text, max(0, start - 30), start)
    )
    if before in FRACTION_CUES or (d <= mo and counted):
        return m.group(0)
    day_cue = before.lower() in DATE_CUES or {"thứ", "nhật", "lúc"} & set(
        words_before(text, start, 3)
    )
    if not day_cue and _UNIT_AFTER.match(text, m.end()):
        return m.group(0)  # «băng tần C (6/4 GHz)», «ống 3/4 inch»: a pair or a share
    if _ADDRESS_BEFORE.search(text, max(0, start - 24), start) and _ADDRESS_AFTER.match(
        text, m.end()
    ):
        return m.group(0)  # «Kim Ngân, 25/4 Nguyễn Hữu Cảnh, TP. Vũng Tàu»: a house number
    if before in PROPORTION_CUES and d < mo and (before != "ngập" or mo <= 4):
        # «giảm gần 1/4 so với …», «ngập 2/3»: a share, not 1 April («ngập 3/9» is a day)
        return m.group(0)
    clause = re.split(r"[.,;:!?]", text[:start])[-1]
    if d < mo and _RATE_CLAUSE.search(clause if before == "là" else clause[-20:]):
        return m.group(0)  # «Tỷ lệ mắc … là 1/5», «tỷ lệ tử vong 1/6»: a rate, one in …
    # «1/3 mặt cầu», «1/2 mái đê»: a share of a whole, unless a time word says it is a day
    # («tới 1/3 lượng khí»: «tới» is «up to» here; «sáng 1/3 mặt đường …» stays a day)
    close = words_before(text, start, 2)
    daytime = set(close) & _DAYTIME and " ".join(close) not in ("tối thiểu", "tối đa")
    if d < mo and share_after(text, m.end(), start) and not daytime:
        return m.group(0)
    if (  # a share is no more than whole
        d <= mo
        and word_after(text, m.end()) in COUNT_NOUNS
        and two_words_after(text, m.end()) not in NOT_COUNTED  # «1/12 vụ đông xuân»: a day
    ):
        return m.group(0)
    if mo == 12 and word_after(text, m.end()) == "tháng":  # «9/12 tháng trong năm»: months
        return m.group(0)
    if d <= mo and _counted_in_brackets(m):  # «100% phường trên địa bàn quận (8/8)»
        return m.group(0)
    return date_words(d, mo, None, not named_day(text, start))


def _counted_in_brackets(m: re.Match[str]) -> bool:
    """«100% phường trên địa bàn quận (8/8)»: how many of how many, alone in brackets after a
    share in per cent, with no time word before the bracket («trong dịp Quốc khánh (2/9)»)."""
    text, start = m.string, m.start()
    if not (after_bracket(text, start) and text[m.end() : m.end() + 2].lstrip().startswith(")")):
        return False
    if "%" not in clause_before(text, start, 80):
        return False
    return not set(words_before(text, start, 3)) & (_WHEN | {"thứ", "khánh", "tết", "tháng"})


def _forward(d1: int, m1: int, d2: int, m2: int) -> bool:
    """A span of days runs forward, or over the new year («25.12 - 2.1»)."""
    return (m1, d1) < (m2, d2) or (m1 == 12 and m2 == 1)


def _day_range_dot(m: re.Match[str]) -> str:
    """Dots as date marks only after a day word or a date cue: «1.5 - 2.5» alone is decimals;
    and only going forward in time: «chỉ số UV từ 2.5 - 5.4» is decimals (May to April)."""
    text, start = m.string, m.start()
    if m.group(2) and not _forward(int(m.group(1)), int(m.group(2)), *map(int, m.group(3, 4))):
        return m.group(0)
    full = bool(m.group(2) and m.group(5))  # «17.10 - 18.11.2021»: both months and a year
    if not (full or has_day_word(text, start) or directly_before(text, start) in DATE_CUES):
        # «(24 - 25.3)»: a bulletin's day span alone in brackets, a whole day first
        alone = after_bracket(text, start) and re.match(r"\s*\)", text[m.end() : m.end() + 3])
        d1, d2, mo = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if alone and not m.group(2) and d1 < d2 and valid_day(d2, mo):
            return f"ngày {read_int(d1)} đến {date_words(d2, mo, None)}"
        return m.group(0)
    return _day_range(m)


def _bare_date(m: re.Match[str], reading: str) -> bool:
    """«2/3» read as a date with no «ngày» before it could have been a fraction (not
    «18/11»: a fraction is seldom over one)."""
    if int(m.group(1)) >= int(m.group(2)) or reading[:1].isupper():  # «Hai tháng Chín»: a street
        return False
    return not has_day_word(m.string, m.start())


def _clock_date(m: re.Match[str]) -> str:
    h, d, mo = (int(g) for g in m.groups())
    if h > 24 or not valid_day(d, mo):
        return m.group(0)
    return f"{read_int(h)} giờ {date_words(d, mo, None)}"


def read_dates(text: str, doubts: DoubtLog | None = None) -> str:
    text = GLUED_DAY_WORD.sub(r"\1 ", text)
    text = GLUED_AFTER.sub(" ", text)
    if "/" in text:
        if "," in text:
            text = DAY_LIST.sub(day_list, text)
        text = RANK_OUT_OF.sub(read_rank, text)
        text = ROUND_THE_WEEK.sub(r"\1\2 hai mươi tư trên bảy", text)
        text = DAYS_OF_THE_WEEK.sub(r"\1 hai mươi tư trên bảy", text)
        text = CLOCK_DATE.sub(_clock_date, text)
    if "/" in text or "-" in text:  # before the dashed span: «ngày 4 – 5-12-Canh Tý»
        text = LUNAR_NAMED_YEAR.sub(_lunar_named_year, text)
    if has_dash(text):
        text = DAY_RANGE_DASHED.sub(_day_range_dashed, text)
        text = read_day_span_dash(text)
    text = read_day_spans(text)
    dash = has_dash(text)
    if dash and "tháng" in text:
        text = DAYS_THEN_MONTH.sub(
            lambda m: (
                f"{m.group(1)} đến {m.group(2)}"
                if int(m.group(1)) < int(m.group(2))
                else m.group(0)
            ),
            text,
        )
    if dash and ("." in text or "/" in text):
        text = MONTH_YEAR_SPAN.sub(month_year_span, text)
    if "háng" in text.lower():
        text = MONTH_YEAR.sub(month_year, text)
    if dash:
        text = DAY_RANGE.sub(watched(_day_range, doubts, NUMBER, _guessed_range), text)
        text = DAY_RANGE_DOT.sub(_day_range_dot, text)
        text = DMY_DASH.sub(" đến ", text)
    text = DMY.sub(_dmy, text)
    if " (" in text and "." in text:
        text = DAY_NAMED_IN_BRACKET.sub(_day_named, text)
    if "/" in text:
        text = YEAR_PAIR.sub(year_pair, text)
    if "uý" in text.lower() or "Q" in text:  # «quý II/2025», «Q3/2024»
        text = QUARTER.sub(quarter, text)
    text = MONTH_DASH_YEAR.sub(month_dash_year, text)
    if "T" in text:
        text = MONTHS_T_YEAR.sub(r"\1 tháng năm \2", text)
    if "/" in text:
        text = MONTHS_OF_YEAR.sub(r"\1 năm ", text)
        text = NUMBER_SLASH_YEAR.sub(number_slash_year, text)
        text = ROMAN_SLASH_YEAR.sub(roman_slash_year, text)
    if "háng" in text.lower():
        text = MONTH_RANGE.sub(_month_range, text)
    if _DAY_AND_MONTH.search(text):
        text = DAY_MONTH_AFTER_NGAY.sub(_after_ngay, text)
        if "giờ" in text:
            text = DAY_MONTH_IN_ZONE.sub(_in_zone, text)
        if " là " in text:
            text = NAMED_DAY_IS.sub(_named_day_is, text)
    text = read_dash_dates(text, doubts)
    if "." in text and ("ông viên" in text or "uảng trường" in text):
        text = PARK_DOT.sub(_park, text)
    if "/" in text:
        wholes: set[int] = set()  # «1/3 số ca …; 1/3 có thể …», «4/10 … và 7/10»: shares again

        def day_month(m: re.Match[str]) -> str:
            d, mo, start = int(m.group(1)), int(m.group(2)), m.start()
            again = d < mo and mo in wholes and directly_before(m.string, start) not in _WHEN
            if again and not has_day_word(m.string, start):
                return m.group(0)
            said = _day_month(m)
            if said == m.group(0) and d < mo:
                wholes.add(mo)
            return said

        text = DAY_MONTH.sub(watched(day_month, doubts, NUMBER, _bare_date), text)
    if " và " in text or " hoặc " in text:
        text = MONTH_PAIR.sub(_month_pair, text)
    return MONTH_WORD.sub(
        lambda m: (
            f"{m.group(1)} {month_name(int(m.group(2)))}"
            if 1 <= int(m.group(2)) <= 12
            else m.group(0)
        ),
        text,
    )
