"""The three bulletin levels of Thông tư 39/2020/TT-BTTTT, quiet hours and emergency repeats.

Pure functions only: no database, no clock. ``thong-thuong`` airs where it is booked,
``uu-tien`` goes first in its slot, ``khan-cap`` airs at once and is repeated at the
times :func:`repeat_times` gives. During quiet hours (giờ yên tĩnh) nothing but
``khan-cap`` may sound.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from broadcaster.errors import InputError
from broadcaster.quiet_hours import QuietHours, parse_quiet_hours
from broadcaster.settings import Settings

LEVELS = ("thong-thuong", "uu-tien", "khan-cap")
LEVEL_LABELS = {"thong-thuong": "thông thường", "uu-tien": "ưu tiên", "khan-cap": "khẩn cấp"}
EMERGENCY = "khan-cap"
# Older names (the former normal/urgent priority) still accepted on input.
_ALIASES = {
    "normal": "thong-thuong",
    "thuong": "thong-thuong",
    "thong thuong": "thong-thuong",
    "urgent": "uu-tien",
    "uu tien": "uu-tien",
    "khan": "khan-cap",
    "khan cap": "khan-cap",
    "emergency": "khan-cap",
}
# A repeat schedule never runs longer than this, whatever the operator typed.
MAX_REPEAT_MINUTES = 7 * 24 * 60


def _plain(text: str) -> str:
    """Lower case, without Vietnamese diacritics («Khẩn cấp» → «khan cap»)."""
    text = text.strip().lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def parse_level(text: str) -> str:
    """A level code from its code, its Vietnamese label (with or without marks) or old name."""
    plain = _plain(text).replace("_", "-")
    code = plain if plain in LEVELS else _ALIASES.get(plain.replace("-", " "), "")
    if not code:
        raise InputError(
            f"Mức tin «{text}» không hợp lệ. Hãy chọn «thong-thuong» (thông thường), "
            "«uu-tien» (ưu tiên) hoặc «khan-cap» (khẩn cấp)."
        )
    return code


def level_label(code: str) -> str:
    return LEVEL_LABELS.get(code, code)


def level_rank(code: str) -> int:
    """Airing order inside a slot: khẩn cấp, then ưu tiên, then thông thường."""
    return {"khan-cap": 0, "uu-tien": 1}.get(code, 2)


_DURATION = re.compile(r"^(?:(\d+)\s*(?:h|g|giờ|gio))?\s*(?:(\d+)\s*(?:m|p|ph|phút|phut)?)?$")


def parse_minutes(text: str, what: str) -> int:
    """Minutes from «30», «30m», «30 phút», «3h», «3 giờ», «1h30»; positive, at most a week."""
    value = text.strip().lower()
    match = _DURATION.match(value) if value else None
    if match is None or not (match.group(1) or match.group(2)):
        raise InputError(
            f"{what} «{text}» không hợp lệ. Hãy ghi số phút (ví dụ 30) hoặc giờ (ví dụ 3h, 1h30)."
        )
    minutes = int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    if not 1 <= minutes <= MAX_REPEAT_MINUTES:
        raise InputError(f"{what} «{text}» phải từ 1 phút đến 7 ngày.")
    return minutes


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} giờ {rest} phút"
    return f"{hours} giờ" if hours else f"{rest} phút"


def check_repeat(
    level: str, every: int | None, span: int | None, has_end: bool, settings: Settings
) -> tuple[int | None, int | None]:
    """Validate a repeat request: only khẩn cấp repeats, a repeat comes to an end, and it
    stays within the station's limits (``emergency_repeat_*``). Without a span (the repeat
    ends with the validity) the span stored is the most the limits allow."""
    if every is None and span is None:
        return None, None
    if level != EMERGENCY:
        raise InputError(
            "Chỉ tin khẩn cấp mới được nhắc lại tự động. Hãy chọn mức tin «khẩn cấp», hoặc "
            "đặt lịch tin vào nhiều buổi phát."
        )
    if every is None:
        raise InputError("Hãy ghi «Nhắc lại mỗi» bao nhiêu phút, ví dụ 30.")
    if span is None and not has_end:
        raise InputError(
            "Tin khẩn cấp nhắc lại cần có lúc dừng: ghi «Nhắc lại trong» (ví dụ 3h) hoặc "
            "ngày hết hạn."
        )
    least = settings.emergency_repeat_min_minutes
    longest = settings.emergency_repeat_max_hours * 60
    most = settings.emergency_repeat_max_airings
    hint = " (giới hạn đổi được trong thiết lập của đài, mục emergency_repeat_…)"
    if every < least:
        raise InputError(
            f"Nhắc lại mỗi {format_minutes(every)} là quá dày: tin khẩn cấp nhắc lại cách "
            f"nhau ít nhất {format_minutes(least)}{hint}."
        )
    if span is None:
        span = min(longest, (most - 1) * every)
    if span > longest:
        raise InputError(
            f"Nhắc lại trong {format_minutes(span)} là quá lâu: tin khẩn cấp nhắc lại tối đa "
            f"{format_minutes(longest)}{hint}."
        )
    airings = span // every + 1
    if airings > most:
        raise InputError(
            f"Nhắc lại mỗi {format_minutes(every)} trong {format_minutes(span)} là {airings} "
            f"lần phát, quá giới hạn {most} lần{hint}. Hãy nhắc thưa hơn hoặc ngắn hơn."
        )
    return every, span


def repeat_times(
    anchor: datetime, every: int | None, span: int | None, until: datetime | None
) -> list[datetime]:
    """Every moment a khẩn cấp bulletin airs: at ``anchor``, then each ``every`` minutes
    for ``span`` minutes, never after ``until`` (the end of its validity)."""
    if until is not None and anchor >= until:
        return []
    times = [anchor]
    if not every:
        return times
    limits = [anchor + timedelta(minutes=span or MAX_REPEAT_MINUTES)]
    if until is not None:
        limits.append(until)
    last = min(limits)
    step = timedelta(minutes=every)
    moment = anchor + step
    while moment <= last and (until is None or moment < until):
        times.append(moment)
        moment += step
    return times


@dataclass(frozen=True)
class RepeatDecision:
    due: datetime | None  # the one airing to request now
    missed: list[datetime]  # past times that can no longer air


def judge_repeats(
    times: list[datetime], done: set[datetime], now: datetime, grace: timedelta
) -> RepeatDecision:
    """Which repeat airs now: the latest time that is due and within ``grace``; earlier
    undone ones (and any beyond grace) are missed, never aired late in a burst."""
    pending = [t for t in times if t <= now and t not in done]
    fresh = [t for t in pending if now - t <= grace]
    due = fresh[-1] if fresh else None
    return RepeatDecision(due, [t for t in pending if t != due])


def quiet_reason(what: str, quiet: QuietHours) -> str:
    """The Vietnamese refusal for something that would sound inside quiet hours."""
    return (
        f"{what} rơi vào giờ yên tĩnh {quiet.describe()}: trong giờ này chỉ được phát tin "
        "khẩn cấp. Hãy đổi giờ; nếu thật sự cần, người quản trị đổi «Giờ yên tĩnh» "
        "(quiet_hours) trong «Thiết lập đài»."
    )


def refuse_in_quiet(level: str, start: time, end: time, quiet: QuietHours | None) -> bool:
    """True when a non-khẩn-cấp item spanning ``[start, end)`` must not sound."""
    return quiet is not None and level != EMERGENCY and quiet.overlaps(start, end)


def station_quiet(settings: Settings) -> QuietHours | None:
    return parse_quiet_hours(settings.quiet_hours)


def check_slot_quiet(name: str, start: time, end: time, settings: Settings) -> None:
    """Refuse a slot that would sound inside quiet hours."""
    quiet = station_quiet(settings)
    if quiet is not None and quiet.overlaps(start, end):
        raise InputError(quiet_reason(f"Buổi «{name}» {start:%H:%M}–{end:%H:%M}", quiet))
