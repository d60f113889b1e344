"""The bulletin exchange format (JSON) of a source system, read into a checked value.

One file holds one bulletin; the fields are documented in ``docs/bulletin.schema.json``
and the README. Pure: no database, no files other than the text given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from broadcaster.catalogue.dates import parse_weekdays, weekdays_to_mask
from broadcaster.catalogue.levels import EMERGENCY, MAX_REPEAT_MINUTES, parse_level
from broadcaster.errors import InputError

FIELDS = {
    "format",
    "id",
    "source",
    "level",
    "title",
    "category",
    "text",
    "audio",
    "valid_from",
    "valid_to",
    "airings",
    "repeat",
    "notes",
}
FORMAT = "broadcaster-bulletin/1"


@dataclass(frozen=True)
class Airing:
    """A requested airing: a slot over dates (``at`` requests are resolved to slots later)."""

    slot: str | None
    dates: tuple[date, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    per_day: int = 1
    weekdays: str = "1111111"
    at: datetime | None = None


@dataclass(frozen=True)
class Bulletin:
    id: str
    source: str
    level: str
    title: str
    category: str
    text: str
    audio: str
    valid_from: datetime | None
    valid_to: datetime | None
    valid_to_is_date: bool
    airings: tuple[Airing, ...]
    repeat_every: int | None
    repeat_for: int | None
    notes: str


def _bad(message: str) -> InputError:
    return InputError(message)


def _text(data: dict[str, Any], key: str, required: bool, limit: int = 300) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise _bad(f"Thiếu trường «{key}».")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _bad(f"Trường «{key}» phải là chuỗi chữ không rỗng.")
    if len(value) > limit:
        raise _bad(f"Trường «{key}» dài quá {limit} ký tự.")
    if "\x00" in value:  # PostgreSQL cannot store it; never part of a real text
        raise _bad(f"Trường «{key}» chứa ký tự NUL (mã 0), không phải văn bản.")
    return value.strip()


def _moment(value: Any, key: str, tz: ZoneInfo, end: bool) -> tuple[datetime, bool]:
    """An ISO date or date-time; a date means its start (or, for an end, the next midnight)."""
    if not isinstance(value, str):
        raise _bad(f"Trường «{key}» phải là ngày giờ dạng ISO, ví dụ 2026-11-24T06:00:00+07:00.")
    try:
        if len(value.strip()) == 10:
            day = date.fromisoformat(value.strip())
            return datetime.combine(day + timedelta(days=1 if end else 0), time(0), tz), True
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise _bad(
            f"Trường «{key}» có giá trị «{value}» không phải ngày giờ ISO (ví dụ "
            "2026-11-24 hoặc 2026-11-24T06:00:00+07:00)."
        ) from exc
    return (moment if moment.tzinfo else moment.replace(tzinfo=tz)), False


def _day(value: Any, key: str) -> date:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise _bad(f"Trường «{key}» có ngày «{value}» không đúng dạng NĂM-THÁNG-NGÀY.") from exc


def _airing(row: Any, n: int, tz: ZoneInfo) -> Airing:
    where = f"airings[{n}]"
    if not isinstance(row, dict):
        raise _bad(f"Mục «{where}» phải là một đối tượng JSON.")
    if "at" in row:
        at, _ = _moment(row["at"], f"{where}.at", tz, end=False)
        return Airing(slot=row.get("slot"), at=at)
    slot = row.get("slot")
    if not isinstance(slot, str) or not slot.strip():
        raise _bad(f"Mục «{where}» cần «slot» (tên buổi phát) hoặc «at» (giờ phát).")
    per_day = row.get("per_day", 1)
    if not isinstance(per_day, int) or isinstance(per_day, bool):
        raise _bad(f"Trường «{where}.per_day» phải là số nguyên.")
    weekdays = weekdays_to_mask(parse_weekdays(str(row["days"]))) if "days" in row else "1111111"
    if "dates" in row:
        if not isinstance(row["dates"], list) or not row["dates"]:
            raise _bad(f"Trường «{where}.dates» phải là danh sách ngày.")
        days = tuple(_day(d, f"{where}.dates") for d in row["dates"])
        return Airing(slot=slot.strip(), dates=days, per_day=per_day, weekdays=weekdays)
    if "from" not in row:
        raise _bad(f"Mục «{where}» cần «dates» hoặc «from» (và «to»).")
    first = _day(row["from"], f"{where}.from")
    last = _day(row.get("to", row["from"]), f"{where}.to")
    return Airing(slot.strip(), (), first, last, per_day, weekdays)


def _minutes(value: Any, key: str) -> int:
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or not 1 <= value <= MAX_REPEAT_MINUTES
    ):
        raise _bad(f"Trường «{key}» phải là số phút từ 1 đến {MAX_REPEAT_MINUTES}.")
    return value


def parse_bulletin(raw: bytes, tz: ZoneInfo) -> Bulletin:
    """Read one bulletin file's bytes; :class:`InputError` says what is wrong (Vietnamese)."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _bad("Tệp không phải văn bản UTF-8.") from exc
    except json.JSONDecodeError as exc:
        raise _bad(f"Tệp không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}).") from exc
    except RecursionError as exc:
        raise _bad("Tệp JSON lồng nhau quá sâu, không phải một bản tin.") from exc
    if not isinstance(data, dict):
        raise _bad("Tệp phải chứa một bản tin (một đối tượng JSON {…}).")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise _bad(f"Có trường không biết: {', '.join(unknown)}.")
    if "format" in data and data["format"] != FORMAT:
        raise _bad(f"Định dạng «{data['format']}» không được hỗ trợ; cần «{FORMAT}».")
    level = parse_level(_text(data, "level", True, 32))
    text = _text(data, "text", False, 100_000)
    audio = _text(data, "audio", False, 1000)
    if not text and not audio:
        raise _bad("Bản tin cần «text» (nội dung để đọc) hoặc «audio» (tệp ghi âm), hoặc cả hai.")
    valid_from = valid_to = None
    to_is_date = False
    if data.get("valid_from") is not None:
        valid_from, _ = _moment(data["valid_from"], "valid_from", tz, end=False)
    if data.get("valid_to") is not None:
        valid_to, to_is_date = _moment(data["valid_to"], "valid_to", tz, end=True)
    if valid_from and valid_to and valid_to <= valid_from:
        raise _bad("Thời hạn sai: «valid_to» phải sau «valid_from».")
    rows = data.get("airings", [])
    if not isinstance(rows, list):
        raise _bad("Trường «airings» phải là danh sách các lượt phát.")
    airings = tuple(_airing(row, n, tz) for n, row in enumerate(rows))
    every = span = None
    repeat = data.get("repeat")
    if repeat is not None:
        if level != EMERGENCY:
            raise _bad("Chỉ bản tin khẩn cấp («level»: «khan-cap») mới có «repeat».")
        if not isinstance(repeat, dict) or "every_minutes" not in repeat:
            raise _bad("Trường «repeat» cần «every_minutes» (và «for_minutes»).")
        every = _minutes(repeat["every_minutes"], "repeat.every_minutes")
        if repeat.get("for_minutes") is not None:
            span = _minutes(repeat["for_minutes"], "repeat.for_minutes")
        elif valid_to is None:
            raise _bad("Bản tin nhắc lại cần «repeat.for_minutes» hoặc «valid_to».")
    return Bulletin(
        id=_text(data, "id", True, 200),
        source=_text(data, "source", True),
        level=level,
        title=_text(data, "title", True),
        category=_text(data, "category", True, 64),
        text=text,
        audio=audio,
        valid_from=valid_from,
        valid_to=valid_to,
        valid_to_is_date=to_is_date,
        airings=airings,
        repeat_every=every,
        repeat_for=span,
        notes=_text(data, "notes", False, 5000),
    )
