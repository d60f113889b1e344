"""Parsing what the operator types: Vietnamese dates, clock times and weekday sets.

Pure functions; each raises :class:`InputError` with a message that says how to fix it.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from broadcaster.errors import InputError

WEEKDAY_NAMES = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
WEEKDAY_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
ALL_WEEKDAYS = frozenset(range(7))

_DAY_TOKENS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("t2", "th2", "thu2", "mon", "monday"),
        ("t3", "th3", "thu3", "tue", "tuesday"),
        ("t4", "th4", "thu4", "wed", "wednesday"),
        ("t5", "th5", "thu5", "thu", "thursday"),
        ("t6", "th6", "thu6", "fri", "friday"),
        ("t7", "th7", "thu7", "sat", "saturday"),
        ("cn", "chunhat", "sun", "sunday"),
    ]
):
    for _n in _names:
        _DAY_TOKENS[_n] = _i

# Dates the station works with: nothing before 2000 or after 2099 is a real airing date.
FIRST_YEAR = 2000
LAST_YEAR = 2099

_DATE_HINT = (
    "Hãy gõ ngày theo dạng ngày/tháng/năm (ví dụ 22/2/2023) hoặc năm-tháng-ngày (2023-02-22)."
)


def parse_date(text: str, today: date | None = None) -> date:
    """Accept ``22/2/2023``, ``22-02-2023``, ``2023-02-22``, and ``hôm nay``/``ngày mai``."""
    raw = text.strip()
    low = raw.lower()
    if today is not None:
        if low in {"hôm nay", "hom nay", "today"}:
            return today
        if low in {"ngày mai", "ngay mai", "tomorrow"}:
            return today + timedelta(days=1)
        if low in {"hôm qua", "hom qua", "yesterday"}:
            return today - timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", raw)
        if not m:
            raise InputError(f"Không hiểu ngày «{text}». {_DATE_HINT}")
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) != 4:
            raise InputError(
                f"Ngày «{text}» có năm viết tắt nên không rõ là năm nào. "
                "Hãy gõ năm đủ bốn chữ số, ví dụ 22/2/2023."
            )
    try:
        result = date(year, month, day)
    except ValueError as exc:
        raise InputError(
            f"Ngày «{text}» không có thật (tháng {month} không có ngày {day}, "
            f"hoặc không có tháng {month}). {_DATE_HINT}"
        ) from exc
    _check_year(year, text)
    return result


def _check_year(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(
            f"Năm {year} trong «{text}» nằm ngoài khoảng đài dùng được ({FIRST_YEAR}–{LAST_YEAR}). "
            "Hãy kiểm tra lại năm."
        )


def parse_month(text: str) -> tuple[int, int]:
    """Accept ``2026-11``, ``11/2026``; return (year, month)."""
    raw = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", raw) or re.fullmatch(r"(\d{1,2})/(\d{4})", raw)
    if not m:
        raise InputError(f"Không hiểu tháng «{text}». Hãy gõ dạng 2026-11 hoặc 11/2026.")
    a, b = (int(g) for g in m.groups())
    year, month = (a, b) if a > 12 else (b, a)
    if not 1 <= month <= 12:
        raise InputError(f"Tháng «{text}» không có thật. Hãy gõ dạng 2026-11 hoặc 11/2026.")
    _check_year(year, text)
    return year, month


def parse_time(text: str) -> time:
    """Accept ``06:00``, ``6:00``, ``6h``, ``17h30``, ``17:45:30``."""
    raw = text.strip().lower().replace(" ", "")
    m = re.fullmatch(r"(\d{1,2})(?:[:h](\d{2})?)?(?::(\d{2}))?", raw)
    if not m:
        raise InputError(f"Không hiểu giờ «{text}». Hãy gõ dạng giờ:phút, ví dụ 06:00 hoặc 17:45.")
    hour = int(m.group(1))
    minute = int(m.group(2) or 0)
    second = int(m.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InputError(f"Giờ «{text}» không có thật. Giờ từ 0 đến 23, phút từ 0 đến 59.")
    return time(hour, minute, second)


def parse_weekdays(text: str) -> frozenset[int]:
    """Parse ``t2-cn``, ``t2,t4,t6``, ``mon-sun``, ``hàng ngày``; Monday is 0."""
    raw = text.strip().lower()
    if raw in {"hàng ngày", "hang ngay", "hằng ngày", "daily", "all", "tất cả"}:
        return ALL_WEEKDAYS
    days: set[int] = set()
    for part in raw.replace(" ", "").split(","):
        if not part:
            continue
        ends = part.split("-")
        if len(ends) > 2 or any(e not in _DAY_TOKENS for e in ends):
            raise InputError(
                f"Không hiểu ngày trong tuần «{part}». Hãy dùng t2, t3, t4, t5, t6, t7, cn "
                "(hoặc mon…sun), ví dụ «t2-cn» hoặc «t2,t4,t6»."
            )
        first, last = _DAY_TOKENS[ends[0]], _DAY_TOKENS[ends[-1]]
        if last < first:
            raise InputError(
                f"Khoảng ngày «{part}» bị ngược. Hãy viết từ ngày đầu tuần đến cuối tuần, "
                "ví dụ «t2-t6»."
            )
        days.update(range(first, last + 1))
    if not days:
        raise InputError("Chưa chọn ngày nào trong tuần. Ví dụ: «t2-cn» hoặc «t2,t4,t6».")
    return frozenset(days)


def weekdays_to_mask(days: frozenset[int]) -> str:
    """Store weekdays as a 7-character mask, Monday first: ``1111100``."""
    return "".join("1" if i in days else "0" for i in range(7))


def mask_to_weekdays(mask: str) -> frozenset[int]:
    return frozenset(i for i, c in enumerate(mask) if c == "1")


def format_weekdays(mask: str) -> str:
    days = sorted(mask_to_weekdays(mask))
    if len(days) == 7:
        return "T2-CN"
    if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        return f"{WEEKDAY_SHORT[days[0]]}-{WEEKDAY_SHORT[days[-1]]}"
    return ",".join(WEEKDAY_SHORT[d] for d in days)


def format_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def format_duration(seconds: float) -> str:
    """``h:mm:ss`` (or ``m:ss`` under an hour)."""
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
