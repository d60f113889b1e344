"""Segments made by the console itself: the recording of a live airing («Phát trực tiếp»)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from broadcaster.catalogue.segments import _event, _get, _store_recording
from broadcaster.models import Segment
from broadcaster.station import App

LIVE_CATEGORY = "thong-bao"


def live_title(started: datetime, speaker: str) -> str:
    """«Phát trực tiếp 06:12 — Nguyễn Văn A» (station time; pure)."""
    return f"Phát trực tiếp {started:%H:%M} — {speaker}".strip(" —")


def add_live_segment(app: App, speaker: str, level: str = "thong-thuong") -> Segment:
    """The segment a live airing is logged under; approved by the speaker who airs it.

    It has no audio until the airing ends and its recording is kept.
    """
    now = app.now()
    category = LIVE_CATEGORY if LIVE_CATEGORY in app.settings.categories else "khac"
    segment = Segment(
        title=live_title(app.local_now(), speaker)[: app.settings.title_max_chars],
        category=category,
        level=level,
        kind="recording",
        status="approved",
        approved_by=speaker,
        approved_at=now,
        source_name="phát trực tiếp từ bảng điều khiển",
        script_text="",
        notes="",
        created_at=now,
        updated_at=now,
        audio_stale=False,
    )
    with app.db.transaction() as session:
        session.add(segment)
        _event(session, segment, app, "created", "phát trực tiếp")
        session.flush()
    return segment


def keep_live_recording(app: App, segment_id: int, wav: Path) -> Segment:
    """Store what the speaker said as the segment's recording, so it can air again."""
    path, digest, duration = _store_recording(app, wav)
    with app.db.transaction() as session:
        segment = _get(session, segment_id)
        segment.recording_path = path
        segment.source_hash = digest
        segment.audio_duration = duration
        segment.audio_stale = True
        segment.updated_at = app.now()
        _event(session, segment, app, "edited", f"bản ghi phát trực tiếp {duration:.0f} giây")
        return segment
