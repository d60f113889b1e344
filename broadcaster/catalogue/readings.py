"""«Đọc là…»: the operator fixes how a doubtful span is read, for the station or one segment.

For the station the span joins the station's abbreviation file (``viet-tat.tsv``) and every
script segment that contains it needs its audio made again; for one segment the reading is
kept in ``segment.readings`` (put in place before the normalizer's rules run).
"""

from __future__ import annotations

from sqlalchemy import select

from broadcaster.errors import ConflictError, InputError, NotFoundError
from broadcaster.models import Segment, SegmentEvent
from broadcaster.speech.spoken import check_reading, dump_readings, parse_readings
from broadcaster.speech.textnorm.station_abbrev import add_abbreviation
from broadcaster.station import App


def set_segment_reading(app: App, segment_id: int, span: str, reading: str) -> Segment:
    """This segment says ``span`` as ``reading``; its audio must be made again."""
    span, reading = check_reading(span, reading)
    with app.db.transaction() as session:
        segment = session.get(Segment, segment_id)
        if segment is None:
            raise NotFoundError(f"Không có tin bài số {segment_id}.")
        if segment.kind != "script":
            raise InputError(f"Tin bài số {segment_id} không phải kịch bản đọc.")
        if segment.status == "retired":
            raise ConflictError(f"Tin bài số {segment_id} đã ngừng phát, không sửa được nữa.")
        if span not in segment.script_text:
            raise InputError(f"Kịch bản tin bài số {segment_id} không có «{span}».")
        readings = parse_readings(segment.readings or "")
        readings[span] = reading
        segment.readings = dump_readings(readings)
        segment.audio_stale = True
        segment.updated_at = app.now()
        detail = f"đọc «{span}» là «{reading}»"
        if segment.status == "approved":  # what airs changed: approved again
            segment.status, segment.approved_by, segment.approved_at = "draft", None, None
            detail += ", cần duyệt lại"
        session.add(
            SegmentEvent(
                segment_id=segment.id,
                at=app.now(),
                action="edited",
                detail=detail,
                actor=app.actor,
            )
        )
        return segment


def set_station_reading(app: App, span: str, reading: str) -> int:
    """The whole station says ``span`` as ``reading`` (its abbreviation list); returns how
    many script segments contain it (their audio must be made again)."""
    span, reading = check_reading(span, reading)
    add_abbreviation(app.settings.abbreviations_path, span, reading)
    touched = 0
    with app.db.transaction() as session:
        for segment in session.scalars(
            select(Segment).where(Segment.kind == "script", Segment.status != "retired")
        ):
            if span in segment.script_text:
                segment.audio_stale = True
                touched += 1
    return touched
