"""A day and a month joined by a dash, and the same shape as a span of numbers.

«ngày mai 2-9», «từ ngày 2 đến 6-9», «Sáng 3-11», «(9-2)»: a date, when a word before names
the day or the first number is larger than the second (a span runs upward); «đường 3-2» is a
street named after the day. Otherwise «5-9» is left for the range rule («năm đến chín»). When
nothing around it says which («giá vẫn là 5-9,», «từ 1-4.»: no count, no unit, no class or
route before it) the span is read as a range and shown to the operator as a doubt; the day a
clause names («Ngày khai giảng vẫn là 5-9.») is a date, shown as a doubt too.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import (
    STREET_CUES,
    clause_before,
    counted_after,
    directly_before,
    dose_after,
    word_after,
    words_before,
)
from broadcaster.speech.textnorm.daywords import (
    date_words,
    has_day_word,
    holiday_on,
    in_a_day,
    named_day,
    valid_day,
)
from broadcaster.speech.textnorm.doubts import NUMBER, DoubtLog, watched
from broadcaster.speech.textnorm.numbers import month_name, read_int

# «ngày mai 2-9», «từ ngày 2 đến 6-9»: d-m after a day word said a few words before.
DAY_MONTH_DASH = re.compile(
    r"(?<![\w/.,\-])(\d{1,2})-(\d{1,2})(?![\w/\-]|[.,]\d|\s*(?:%|mm|m\b|km|cm))"
)
# «Từ 18 đến 20-9»: a day range whose month follows only the second day.
FROM_DAY = re.compile(r"(?i)\btừ\s+(?:ngày\s+)?([1-9]|[12]\d|3[01])\s+(?:đến|tới)\s*$")
_MEASURE_AFTER = frozenset(
    [
        "giờ",
        "phút",
        "giây",  # «rời mắt khỏi đường 3-5 giây»: a span of seconds, no street's name
        "tiếng",
        "ngày",
        "đêm",
        "tuần",
        "tháng",
        "năm",
        "độ",
        "mét",
        "m",
        "cm",
        "mm",
        "km",
        "ha",
        "lần",
        "người",
        "hộ",
        "con",
        "tấn",
        "kg",
        "tuổi",
        "lít",
        "phần",
        "triệu",
        "nghìn",
    ]
)
LUNAR_AFTER = re.compile(r"\s*(?:âm lịch|âl)\b")
_DASH_CUES = frozenset({"mai", "nay", "qua", "đến", "tới", "ngày", "kia"})


def street_name(day: int, month: int) -> str:
    """«2/9» as a name: «Hai tháng Chín», «Ba mươi tháng Tư»."""
    day_words, month_words = read_int(day), month_name(month)
    return f"{day_words[0].upper()}{day_words[1:]} tháng {month_words[0].upper()}{month_words[1:]}"


# Words after which «12-3» is a name or a number, not a date: a class, a route, a score.
_NOT_DATE_BEFORE = frozenset(
    (
        *("lớp", "phòng", "tổ", "tuyến", "xe", "số", "lộ", "kênh", "ô", "lô", "khu", "ấp"),
        *("thôn", "đội", "ngõ", "ngách", "hẻm", "kiệt", "nhà", "tỷ", "tỉ", "thắng", "thua"),
        *("hòa", "bảng", "mã", "cấp", "mức", "vòng", "trận", "hiệp", "giải", "kỷ"),
    )
)


def _descending(m: re.Match[str]) -> bool:
    """«(9-2)», «26-2»: a range runs upward, so a larger day before a month is a date."""
    d, mo = int(m.group(1)), int(m.group(2))
    before = directly_before(m.string, m.start())
    return d > mo and before not in _NOT_DATE_BEFORE and not counted_after(m.string, m.end())


def _guessed(m: re.Match[str], reading: str) -> bool:
    """A date guessed from the order of the numbers alone or from the day its clause names, or
    a span that could be a date."""
    if " đến " in reading or _day_the_clause_names(m):
        return True
    if holiday_on(m.string, m.start(), int(m.group(1)), int(m.group(2))):
        return False  # «Tết Thiếu nhi 1-6»: the holiday's own day, no guess
    return _descending(m) and not has_day_word(m.string, m.start())


# A span with nothing after it but a stop: «vẫn là 5-9,», «(từ 1-4).», «Tết Thiếu nhi 1-6.»
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\"”]|\)(?!\w)|$)")  # not «(5-6)kg»
_SPAN_WORDS = frozenset(("tuổi", "đoạn", "khoảng", "cấp", "mức", "độ", "hạng", "tầng"))


# «Ngày khai giảng … vẫn là 5-9, giáo dục thường xuyên là 8-9»: a clause that opens on the
# name of a day («ngày» first, not «ngày mai», «ngày càng», «ngày hội») and gives it with
# «là», the next «là» after a comma too
_DAY_IS = re.compile(
    r"(?:^|,\s+)[Nn]gày (?!(?:mai|nay|càng|trước|sau|kia|hội|công|nắng|mưa)\b|\d)[^\d,;:]*\blà\s*"
    r"(?:\d{1,2}\s*-\s*\d{1,2}\s*,[^\d,;:]*\blà\s*)?$"
)


def _day_the_clause_names(m: re.Match[str]) -> bool:
    text, start = m.string, m.start()
    if not _CLAUSE_END.match(text, m.end()):
        return False
    return _DAY_IS.search(clause_before(text, start)) is not None


def _open_span(m: re.Match[str]) -> str:
    """«giá 2-2 có giá»: nothing says whether this is a date or a span of numbers; read as a
    span (as the range rule would) and noted as a doubt. A span that a count or a unit follows
    («5-8 giây»), or that an age, a stage or a level names, is no question; the day a clause
    names is a date, a doubt all the same («Ngày khai giảng vẫn là 5-9,»)."""
    before = directly_before(m.string, m.start())
    if before in _NOT_DATE_BEFORE or before in _SPAN_WORDS:
        return m.group(0)
    if before == "là" and _day_the_clause_names(m):
        return date_words(int(m.group(1)), int(m.group(2)), None)
    if m.group(1) != m.group(2) and not _CLAUSE_END.match(m.string, m.end()):
        return m.group(0)
    return f"{m.group(1)} đến {m.group(2)}"


# Party badges are given on four days a year, the batches named after them: «đợt 2-9»,
# «đợt 19-5», «đợt 3-2», «đợt 7-11» in a text on badges are days, not batches two to nine.
_BADGE_DAYS = frozenset(((3, 2), (19, 5), (2, 9), (7, 11)))


def _badge_batch(text: str, start: int, day: int, month: int) -> bool:
    return (
        (day, month) in _BADGE_DAYS
        and directly_before(text, start) == "đợt"
        and "huy hiệu" in text.lower()
    )


def _day_month_dash(m: re.Match[str]) -> str:
    d, mo = int(m.group(1)), int(m.group(2))
    text, start = m.string, m.start()
    recent = words_before(text, start, 4)
    if _badge_batch(text, start, d, mo):
        return date_words(d, mo, None, False)  # «đợt 2-9 năm nay», said without «ngày»
    if not valid_day(d, mo) or not recent:
        return m.group(0)
    after = word_after(text, m.end())
    # «Quốc khánh 2-9 năm nay»: the holiday's own day, then its year (not «1-6 tuổi»)
    if holiday_on(text, start, d, mo) and (
        after == "năm" or not (after in _MEASURE_AFTER or counted_after(text, m.end()))
    ):
        return date_words(d, mo, None, False)
    if after in _MEASURE_AFTER:
        return m.group(0)  # «sau ăn tối 3-10 giờ»: a span of hours
    if d < mo and dose_after(text, m.end()):
        return m.group(0)  # «5mg/ngày (1-8 viên)»: a span of tablets (not «Từ 15-8 liều»)
    if in_a_day(text, start):
        return m.group(0)
    if directly_before(text, start) in STREET_CUES:
        return street_name(d, mo)
    after_day = recent[-1] in _DASH_CUES and "ngày" in recent  # «từ ngày 2 đến 6-9»
    after_day = after_day or (
        bool(FROM_DAY.search(text[max(0, start - 24) : start]))
        and word_after(text, m.end()) not in _MEASURE_AFTER  # «từ 10 đến 11-12 giờ»
    )
    # «từ 1-4 đến 17 giờ ngày 18-4», «Từ 1-4, ngưng qua cầu»: a range cannot start a range;
    # «áp dụng từ 1-7», «có hiệu lực từ 1-7»: a rule starts on a day
    from_date = directly_before(text, start) == "từ" and (
        word_after(text, m.end()) in ("đến", "tới")
        or text[m.end() : m.end() + 1] == ","
        or recent[-2:-1] in (["dụng"], ["lực"])
    )
    named = named_day(text, start) or bool(LUNAR_AFTER.match(text, m.end()))  # «29-12 âm lịch»
    # «sáng mai 2-9»; «đến 14 giờ 18-5»: a day after an hour
    after_hour = bool(re.search(r"\d\s?(?:giờ|h)\s*$", text[max(0, start - 12) : start]))
    if not (
        after_day
        or from_date
        or named
        or after_hour
        or recent[-1] in ("mai", "nay", "qua", "kia")
        or _descending(m)
    ):
        return _open_span(m)
    if counted_after(text, m.end()):
        return m.group(0)
    return date_words(d, mo, None, not named)


# «tổ chức từ ngày 3 – 11-3»: from a day to a day and its month, the first day earlier.
# (not a count: «từ 6 - 11-12 tuổi», «2 - 3-4 lần»)
DAY_SPAN_DASH = re.compile(
    r"(?i)(\b(?:từ\s+)?ngày\s+|\btừ\s+)([1-9]|[12]\d|3[01])\s*[–—-]\s*"
    r"(?=([1-9]|[12]\d|3[01])-(?:[1-9]|1[0-2])(?![\w/\-]|[.,]\d)"
    r"(?!\s*(?:tuổi|tuần|lần|tấn|tạ|kg|ha|người|con|cây|giờ|phút|ngày|tháng|triệu|lít|bao|mm|cm|km|m"
    r"|%)(?!\w)))"
)


def _day_span(m: re.Match[str]) -> str:
    return f"{m.group(1)}{m.group(2)} đến " if int(m.group(2)) < int(m.group(3)) else m.group(0)


def read_day_span_dash(text: str) -> str:
    """Before the day spans, which would take «3 – 11» for a day and a month."""
    low = text.lower()
    if "ngày" in low or "từ" in low:
        return DAY_SPAN_DASH.sub(_day_span, text)
    return text


def read_dash_dates(text: str, doubts: DoubtLog | None = None) -> str:
    if "-" not in text:
        return text
    return DAY_MONTH_DASH.sub(watched(_day_month_dash, doubts, NUMBER, _guessed), text)
