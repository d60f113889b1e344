"""A month, a quarter or a count with its year, and two years joined.

``tháng 9-2024``, ``tháng 7-8/2016`` → «tháng chín năm …», ``Quý II/2025`` → «quý hai năm …»
(a list ``quý II, III/2020`` → «quý hai, quý ba năm …»),
``8-2024`` with no «tháng» → «tháng tám năm …», ``đợt 3/2026`` and ``lần 1-2025`` → «đợt ba
năm …» (a count in a year), ``2019/20`` → «hai nghìn không trăm mười chín đến …», ``4
tháng/2014`` → «bốn tháng năm …» (months counted in a year). Used by ``dates.read_dates``,
which decides the order.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import COUNTED_IN_YEAR, counted_after, directly_before
from broadcaster.speech.textnorm.numbers import month_name, read_int, roman_to_int

SEP = r"\s*[/.\-]\s*"
YEAR = r"\d{4}"

# «tháng 9/2024», «tháng 1 – 2017» (an en dash before a year: no month runs to a year)
MONTH_YEAR = re.compile(
    rf"(?i)\b(tháng)\s+(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?:{SEP}|\s*–\s*(?=(?:19|20)\d\d\b))"
    rf"({YEAR})\b"
)
# The ten stems and twelve branches that name a lunar year: «Nhâm Dần», «Canh Tý»
YEAR_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
YEAR_BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
# A report's quarter in capitals and its year: «Q3/2024», «Q3-2024», «Q2.2024», «Q3 2024»
# (the codes rule leaves it alone).
Q_QUARTER = r"(?-i:Q)(?=[1-4](?:\s*[/\-–.]\s*|\s)(?:19|20)\d\d\b)"
# «Quý II/2025», «quý tài chính I/2012», «Q3/2024»
# and a list of them: «quý II, III/2020», «quý I và II/2024» («quý hai, quý ba năm …»)
_QUARTER_NUMBER = r"(?:[IV]{1,3}|\d)"
QUARTER = re.compile(
    rf"(?i)\b(quý(?:\s+tài chính)?\s+|{Q_QUARTER})"
    rf"({_QUARTER_NUMBER}(?:(?<!Q\d)\s*(?:,|và)\s*{_QUARTER_NUMBER})*)"
    r"(?:\s*[/\-–.]\s*|(?<=Q\d)\s)(\d{4})\b"
)
_LISTED_QUARTER = re.compile(rf"(?i)(\s*(?:,|và)\s*)?({_QUARTER_NUMBER})")
# A month and a year without «tháng»: «Từ 8-2024 đến nay», «vào 11.2023».
MONTH_DASH_YEAR = re.compile(r"(?<![\w/.,\-])(\d{1,2})\s*[-.]\s*((?:19|20)\d\d)(?![\w/\-]|[.,]\d)")
# «4 tháng/2014», «trong 11 tháng/2025»: months counted in a year («bốn tháng năm …»).
MONTHS_OF_YEAR = re.compile(
    r"(?i)(?<![\w.,/])(\d{1,2}\s+tháng)\s*/\s*(?=(?:19|20)\d\d(?![\w/]|[.,]\d))"
)
# «LNST 9T2023», «6T/2024»: a report's first months of a year, «chín tháng năm …» (not a
# truck's «5T 2020», tonnes and a model year)
MONTHS_T_YEAR = re.compile(
    r"(?<![\w.,/\-])([1-9]|1[0-2])T(?:\s?/\s?)?((?:19|20)\d\d)(?![\w/\-]|[.,]\d)"
)
# «đợt 3/2026», «số 12/2024»: a number in a year; «từ 3/2026»: a month in a year.
NUMBER_SLASH_YEAR = re.compile(r"(?<![\w/.,\-])(\d{1,4})\s*/\s*((?:19|20)\d\d)(?![\w/\-]|[.,]\d)")
# «đợt I/2019», «khóa II/2024», «lần thứ VI/2022»: a count in Roman numerals in a year.
ROMAN_SLASH_YEAR = re.compile(
    r"(?i:\b(đợt|lần(?: thứ)?|khóa|kỳ(?: họp thứ)?|giai đoạn))\s+([IVX]{1,5})\s*/\s*"
    r"((?:19|20)\d\d)(?![\w/\-]|[.,]\d)"
)
# «thời hạn 10 năm (8.2019-7.2029)»: from one month of a year to another; «từ năm 1993 -
# 6/1998»: from a year to a month of a later year.
MONTH_YEAR_SPAN = re.compile(  # «tháng 9/2024-9/2026» says «tháng» once before each
    r"(?i:\btháng\s+)?(?<![\w/.,\-])(?:(\d{1,2})[./])?((?:19|20)\d\d)\s*[-–]\s*"
    r"(\d{1,2})[./]((?:19|20)\d\d)(?![\w/\-]|[.,]\d)"
)
# A crop or school year: «niên vụ 2022/23», «niên vụ 2023/2024» → «… hai mươi hai đến … hai
# mươi ba».
YEAR_PAIR = re.compile(r"(?<![\w/.,])((?:19|20)\d\d)\s*/\s*((?:19|20)?\d\d)(?![\w/]|[.,]\d)")


def month_year(m: re.Match[str]) -> str:
    mo, y = int(m.group(2)), int(m.group(4))
    last = int(m.group(3)) if m.group(3) else None
    if not 1 <= mo <= 12 or (last is not None and not 1 <= last <= 12):
        return m.group(0)
    words = f"{m.group(1)} {month_name(mo)}"
    if last is not None:
        words += f" đến tháng {month_name(last)}"
    return f"{words} năm {read_int(y)}"


def quarter(m: re.Match[str]) -> str:
    name = "quý" if m.group(1).lower() == "q" else m.group(1).rstrip()
    said = ""
    listed = _LISTED_QUARTER.findall(m.group(2))
    if len({number.isalpha() for _, number in listed}) > 1:
        return m.group(0)  # «quý IV và 1/2025»: a quarter, then a month of the year
    for joiner, number in listed:
        q = roman_to_int(number) if number.isalpha() else int(number)
        if not q or q > 4:
            return m.group(0)
        if said:  # each quarter of a list named again: «quý hai, quý ba»
            said += f" và quý {read_int(q)}" if "và" in joiner else f", quý {read_int(q)}"
        else:
            said = f"{name} {read_int(q)}"
    return f"{said} năm {read_int(int(m.group(3)))}"


# «trong 3 tháng 7, 8, 9-2021»: the last of a list of months that «tháng» opened
_MONTH_LIST_BEFORE = re.compile(r"(?i)\btháng\s+(?:\d{1,2},\s*){1,5}$")


def month_dash_year(m: re.Match[str]) -> str:
    month, year = int(m.group(1)), int(m.group(2))
    if directly_before(m.string, m.start()) in COUNTED_IN_YEAR:  # «lần 1-2025», «đợt 2-2024»
        return f"{read_int(month)} năm {read_int(year)}"
    if not 1 <= month <= 12:
        return m.group(0)
    listed = _MONTH_LIST_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    return f"{'' if listed else 'tháng '}{month_name(month)} năm {read_int(year)}"


def number_slash_year(m: re.Match[str]) -> str:
    number, year = int(m.group(1)), int(m.group(2))
    before = directly_before(m.string, m.start())
    if before == "lệ":  # «tỷ lệ 1/2000» is a scale, read as a fraction later
        return m.group(0)
    if before in COUNTED_IN_YEAR or (not 1 <= number <= 12 and number < 1000):
        # «Thông tư 05/2012»: «số năm năm …», not «năm năm …»
        said = "số năm" if number == 5 and before not in ("số", "thứ") else read_int(number)
        return f"{said} năm {read_int(year)}"
    if number > 12:  # «1005/2008» with no document named: which reading is unsure
        return m.group(0)
    return f"tháng {month_name(number)} năm {read_int(year)}"


def year_pair(m: re.Match[str]) -> str:
    first, last = int(m.group(1)), int(m.group(2))
    if (first + 1) % (100 if last < 100 else 10_000) != last or counted_after(m.string, m.end()):
        return m.group(0)
    return f"{read_int(first)} đến {read_int(first + 1)}"


def roman_slash_year(m: re.Match[str]) -> str:
    count = roman_to_int(m.group(2))
    if not count:
        return m.group(0)
    return f"{m.group(1)} {read_int(count)} năm {read_int(int(m.group(3)))}"


def month_year_span(m: re.Match[str]) -> str:
    last, since, until = int(m.group(3)), int(m.group(2)), int(m.group(4))
    if m.group(1) is None:  # a year alone first: «1993 - 6/1998»
        if not (1 <= last <= 12 and since < until):
            return m.group(0)
        return f"{read_int(since)} đến tháng {month_name(last)} năm {read_int(until)}"
    first = int(m.group(1))
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return m.group(0)
    return (
        f"tháng {month_name(first)} năm {read_int(since)} đến "
        f"tháng {month_name(last)} năm {read_int(until)}"
    )
