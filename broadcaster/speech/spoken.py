"""What a segment will say: the one place its spoken text (and its doubts) is computed.

The renderer, the console's «Máy sẽ đọc là», the script-length limit and the planning
estimate all ask here, with the same inputs — the script, the station's abbreviation file,
``read_links`` and the segment's own readings — so the preview, the limit, the estimate
and the audio always agree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from broadcaster.errors import InputError
from broadcaster.models import Segment
from broadcaster.settings import Settings
from broadcaster.speech.textnorm.normalize import Normalized, check_text

Readings = tuple[tuple[str, str], ...]


def parse_readings(raw: str) -> dict[str, str]:
    """A segment's stored readings (JSON object); an empty or damaged value is no override."""
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if str(k).strip() and str(v).strip()}


def dump_readings(readings: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(readings.items())), ensure_ascii=False) if readings else ""


def check_reading(span: str, reading: str) -> tuple[str, str]:
    """A span and its reading as the operator typed them: one line each, not empty."""
    span, reading = span.strip(), " ".join(reading.split())
    if (
        not span
        or not reading
        or "\n" in span
        or len(span) > 60
        or len(reading) > 200
        or not any(c.isalnum() for c in span)  # «.» would replace every full stop
    ):
        raise InputError(
            "Cần ghi chữ như trong kịch bản (một dòng, tối đa 60 ký tự, có chữ cái hoặc chữ số)"
            " và cách đọc "
            "(không để trống, tối đa 200 ký tự)."
        )
    if any(c.isdigit() for c in reading):
        raise InputError(
            f"Cách đọc «{reading}» còn chữ số. Hãy viết bằng chữ như phát thanh viên đọc "
            "(ví dụ «mùng sáu tháng một»)."
        )
    return span, reading


def _signature(path: Path) -> tuple[int, ...]:
    """The station file's version: a changed file gives a new spoken text."""
    try:
        stat = path.stat()
    except OSError:
        return ()
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


@lru_cache(maxsize=2048)
def _spoken(
    text: str, abbreviations: Path, signature: tuple[int, ...], links: bool, readings: Readings
) -> Normalized:
    del signature  # part of the cache key only
    return check_text(text, abbreviations, links=links, readings=dict(readings))


def spoken_for(
    text: str, settings: Settings, readings: Mapping[str, str] | None = None
) -> Normalized:
    """A script's spoken text under the station's settings (and a segment's readings)."""
    path = settings.abbreviations_path
    items = tuple(sorted((readings or {}).items()))
    return _spoken(text, path, _signature(path), settings.read_links, items)


def segment_spoken(segment: Segment, settings: Settings) -> Normalized:
    """What this segment will say (empty for a recording or a relay)."""
    if segment.kind != "script":
        return Normalized("")
    return spoken_for(segment.script_text, settings, parse_readings(segment.readings or ""))
