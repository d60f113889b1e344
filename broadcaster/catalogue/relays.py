"""Relay (tiếp âm) segments: checking the stream address and the planned length."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from broadcaster.errors import InputError

RELAY_SCHEMES = ("http", "https")
MAX_RELAY_SECONDS = 6 * 3600
_DURATION = re.compile(r"^(?:(\d+):)?(\d{1,3}):(\d{2})$|^(\d+)$")


@dataclass(frozen=True)
class RelayInput:
    url: str
    seconds: float | None  # None: until the slot ends
    until_slot_end: bool


def check_relay_url(url: str) -> str:
    """An HTTP(S) stream address: Icecast/SHOUTcast MP3, AAC, Opus or an HLS .m3u8."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in RELAY_SCHEMES or not parts.netloc:
        raise InputError(
            f"Địa chỉ tiếp âm «{url}» không hợp lệ. Hãy dùng địa chỉ luồng bắt đầu bằng "
            "http:// hoặc https://, ví dụ http://may-chu:8000/vov1 hoặc …/playlist.m3u8."
        )
    return text


def parse_relay_duration(text: str) -> float:
    """``30:00`` (phút:giây), ``1:00:00`` (giờ:phút:giây) or plain minutes (``30``)."""
    match = _DURATION.match(text.strip())
    if match is None:
        raise InputError(
            f"Thời lượng tiếp âm «{text}» không hiểu được. Hãy ghi phút:giây (ví dụ 30:00), "
            "giờ:phút:giây (1:00:00) hoặc số phút (30)."
        )
    if match.group(4) is not None:
        seconds = int(match.group(4)) * 60
    else:
        hours = int(match.group(1) or 0)
        minutes, secs = int(match.group(2)), int(match.group(3))
        if secs >= 60 or (match.group(1) is not None and minutes >= 60):
            raise InputError(f"Thời lượng tiếp âm «{text}» sai: phút và giây phải dưới 60.")
        seconds = hours * 3600 + minutes * 60 + secs
    if not 0 < seconds <= MAX_RELAY_SECONDS:
        raise InputError(f"Thời lượng tiếp âm «{text}» phải lớn hơn 0 và không quá 6 giờ.")
    return float(seconds)


def relay_input(url: str, duration: str | None, until_slot_end: bool) -> RelayInput:
    if (duration is None) == (not until_slot_end):
        raise InputError(
            "Tiếp âm cần đúng một trong hai: --duration THỜI_LƯỢNG (ví dụ 30:00) hoặc "
            "--until-slot-end (đến hết buổi phát)."
        )
    seconds = parse_relay_duration(duration) if duration is not None else None
    return RelayInput(check_relay_url(url), seconds, until_slot_end)
