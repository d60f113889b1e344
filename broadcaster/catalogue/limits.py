"""Sane limits on what the operator may store: pure checks, each refusing with a Vietnamese message.

The limits a station may need to change are settings (``broadcaster.toml``):
``title_max_chars`` (≤ 300, the column), ``booking_max_days`` and ``script_max_minutes``
(a script's estimated speech time). Dates are kept within ``FIRST_YEAR``–``LAST_YEAR``
by the date parser (``catalogue.dates``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date

from broadcaster.catalogue.dates import format_date
from broadcaster.errors import InputError
from broadcaster.settings import Settings

TITLE_COLUMN = 300  # models.Segment.title
SLOT_NAME_COLUMN = 120  # models.Slot.name


def _control_chars(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]


def name_key(name: str) -> str:
    """What two names are compared by: composed Unicode (NFC), case folded, so «Buổi sáng»
    typed with combining marks is the same name as the precomposed one."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def check_name(text: str, what: str, max_chars: int, hint: str = "") -> str:
    """A one-line name for a table cell: trimmed, composed (NFC), not empty, no control
    characters, not too long."""
    name = unicodedata.normalize("NFC", text.strip())
    if not name:
        raise InputError(f"{what} không được để trống.")
    bad = _control_chars(name)
    if bad:
        kind = "xuống dòng" if any(c in "\r\n\u2028\u2029" for c in bad) else "ký tự điều khiển"
        raise InputError(
            f"{what} chỉ được có một dòng chữ, không chứa {kind} "
            f"(mã {', '.join(f'U+{ord(c):04X}' for c in sorted(set(bad)))}). Hãy gõ lại cho gọn."
        )
    if len(name) > max_chars:
        raise InputError(
            f"{what} dài {len(name)} ký tự, quá giới hạn {max_chars}. Hãy đặt tên ngắn gọn "
            f"hơn{hint}."
        )
    return name


def check_title(title: str, settings: Settings) -> str:
    return check_name(
        title,
        "Tên tin bài",
        min(settings.title_max_chars, TITLE_COLUMN),
        " (nội dung đầy đủ để trong kịch bản hoặc ghi chú)",
    )


def check_slot_name(name: str) -> str:
    return check_name(name, "Tên buổi phát", SLOT_NAME_COLUMN)


def check_span(date_from: date, date_to: date, settings: Settings) -> None:
    """A booking covers at most ``booking_max_days`` days."""
    days = (date_to - date_from).days + 1
    if days > settings.booking_max_days:
        raise InputError(
            f"Khoảng đặt lịch {format_date(date_from)} – {format_date(date_to)} dài {days} ngày, "
            f"quá giới hạn {settings.booking_max_days} ngày. Hãy đặt từng đợt ngắn hơn "
            "(giới hạn đổi được bằng booking_max_days trong broadcaster.toml)."
        )


def check_script_length(
    text: str, settings: Settings, readings: Mapping[str, str] | None = None
) -> float:
    """Refuse a script whose estimated speech time is over ``script_max_minutes``; return it.

    The time is that of the spoken text the renderer will say (``speech.spoken``)."""
    from broadcaster.catalogue.planning import estimate_speech_seconds
    from broadcaster.speech.spoken import spoken_for

    limit = settings.script_max_minutes * 60
    # The raw text already over the limit is refused without normalizing megabytes of it.
    seconds = estimate_speech_seconds(text, settings.speech_rate_spm)
    if seconds <= limit:
        spoken = spoken_for(text, settings, readings).text
        seconds = estimate_speech_seconds(spoken, settings.speech_rate_spm)
    if seconds > limit:
        raise InputError(
            f"Kịch bản đọc mất khoảng {seconds / 60:.0f} phút, quá giới hạn "
            f"{settings.script_max_minutes:g} phút cho một tin bài. Hãy chia thành nhiều tin bài "
            "(giới hạn đổi được bằng script_max_minutes trong broadcaster.toml)."
        )
    return seconds
