"""Writing the airing log: the station's legal record of what went out, and when.

A row is opened when a segment starts to be heard and closed when it stops; while it
plays, its end is checkpointed, so a row left open by a power cut is closed on the next
start as ``interrupted`` with the duration that really went out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from broadcaster.models import Airing, Carryover, PlayoutRequest, SegmentEvent
from broadcaster.station import App


@dataclass(frozen=True)
class AiringRef:
    """What the log needs to know about one segment's airing."""

    segment_id: int
    slot_id: int | None
    booking_id: int | None
    scheduled_start: datetime
    engine: str | None = None
    audio_hash: str | None = None
    zone_id: int | None = None  # None: the implicit zone / site
    site_id: int | None = None


def _insert(app: App, ref: AiringRef, key: str | None = None, **fields: object) -> int:
    with app.db.transaction() as session:
        if key is not None:
            found = session.scalar(select(Airing.id).where(Airing.log_key == key))
            if found is not None:  # a replayed journal entry: already in the log
                return found
        row = Airing(
            log_key=key,
            segment_id=ref.segment_id,
            slot_id=ref.slot_id,
            booking_id=ref.booking_id,
            scheduled_start=ref.scheduled_start,
            engine=ref.engine,
            audio_hash=ref.audio_hash,
            zone_id=ref.zone_id,
            site_id=ref.site_id,
            created_at=app.now(),
            **fields,
        )
        session.add(row)
        session.flush()
        return row.id


def open_airing(app: App, ref: AiringRef, started: datetime, key: str | None = None) -> int:
    return _insert(
        app, ref, key, actual_start=started, actual_end=started, duration=0.0, outcome="open"
    )


def _row(session: Session, airing: int | str) -> Airing | None:
    if isinstance(airing, str):
        return session.scalar(select(Airing).where(Airing.log_key == airing))
    return session.get(Airing, airing)


def open_duration(started: datetime, heard_until: datetime) -> float:
    """An open row's length so far (what a crash would leave as ``interrupted``)."""
    return (heard_until - started).total_seconds()


def closing_duration(started: datetime, ended: datetime, duration: float | None) -> float:
    """A closed row's length: its span, or less when less went out (a relay's fallback)."""
    span = max(0.0, (ended - started).total_seconds())
    return span if duration is None else min(span, max(0.0, duration))


def checkpoint(app: App, airing: int | str, heard_until: datetime) -> None:
    with app.db.transaction() as session:
        row = _row(session, airing)
        if row is not None and row.outcome == "open" and row.actual_start is not None:
            row.actual_end = heard_until
            row.duration = open_duration(row.actual_start, heard_until)


def close_airing(
    app: App,
    airing: int | str,
    ended: datetime,
    outcome: str,
    error: str = "",
    duration: float | None = None,
    outputs: str | None = None,
) -> None:
    """Close a row; ``duration`` when less went out than the span (a relay's fallback)."""
    with app.db.transaction() as session:
        row = _row(session, airing)
        if row is None or row.actual_start is None:
            return
        row.actual_end = ended
        row.duration = closing_duration(row.actual_start, ended, duration)
        row.outcome = outcome
        row.error = error
        if outputs is not None:
            row.outputs = outputs


def log_not_aired(
    app: App, ref: AiringRef, outcome: str, error: str, key: str | None = None
) -> int:
    """A row for an airing that never started (``failed`` or ``missed``)."""
    return _insert(app, ref, key, duration=0.0, outcome=outcome, error=error)


def close_interrupted(app: App, site_id: int | None = None) -> list[int]:
    """Close every airing of this site left open by a crash, with what went out."""
    with app.db.transaction() as session:
        rows = session.scalars(
            select(Airing).where(Airing.outcome == "open", _same(Airing.site_id, site_id))
        ).all()
        for row in rows:
            row.outcome = "interrupted"
            if row.actual_start and row.actual_end:
                row.duration = (row.actual_end - row.actual_start).total_seconds()
            row.error = (
                "Phát bị gián đoạn (mất điện hoặc phần mềm bị tắt đột ngột); thời lượng là phần "
                "đã phát được."
            )
        return [r.id for r in rows]


@dataclass(frozen=True)
class SlotRecord:
    """What the log already holds for one slot occurrence."""

    done: Counter[tuple[int | None, int]]  # (booking, segment) -> final rows or carries
    last_heard: datetime | None  # the end of the last thing that went out

    @property
    def started(self) -> bool:
        return bool(self.done)


def _same(column: Any, value: int | None) -> Any:
    return column.is_(None) if value is None else column == value


def slot_record(
    app: App, slot_id: int, scheduled_start: datetime, zone_id: int | None = None
) -> SlotRecord:
    done: Counter[tuple[int | None, int]] = Counter()
    last: datetime | None = None
    with app.db.transaction() as session:
        rows = session.scalars(
            select(Airing).where(
                Airing.slot_id == slot_id,
                Airing.scheduled_start == scheduled_start,
                _same(Airing.zone_id, zone_id),
            )
        )
        for row in rows:
            if row.segment_id is not None:
                done[(row.booking_id, row.segment_id)] += 1
            if row.actual_end is not None and (last is None or row.actual_end > last):
                last = row.actual_end
        carries = session.scalars(
            select(Carryover).where(
                Carryover.from_slot_id == slot_id,
                Carryover.from_start == scheduled_start,
                _same(Carryover.zone_id, zone_id),
            )
        )
        for carry in carries:
            done[(carry.booking_id, carry.segment_id)] += 1
    return SlotRecord(done, last)


def record_carry(
    app: App,
    booking_id: int,
    segment_id: int,
    from_slot: tuple[int, datetime],
    to_slot: tuple[int, datetime],
    detail: str,
    zone_id: int | None = None,
) -> None:
    with app.db.transaction() as session:
        exists = session.scalar(
            select(func.count(Carryover.id)).where(
                Carryover.booking_id == booking_id,
                Carryover.segment_id == segment_id,
                Carryover.from_slot_id == from_slot[0],
                Carryover.from_start == from_slot[1],
                _same(Carryover.zone_id, zone_id),
            )
        )
        if exists:  # a replayed journal entry
            return
        session.add(
            Carryover(
                booking_id=booking_id,
                segment_id=segment_id,
                from_slot_id=from_slot[0],
                from_start=from_slot[1],
                to_slot_id=to_slot[0],
                to_start=to_slot[1],
                created_at=app.now(),
                zone_id=zone_id,
            )
        )
        session.add(
            SegmentEvent(segment_id=segment_id, at=app.now(), action="carried", detail=detail)
        )


def take_requests(app: App, zone_id: int | None = None) -> list[PlayoutRequest]:
    """The «play now» requests for this zone that no daemon has taken yet."""
    with app.db.transaction() as session:
        rows = list(
            session.scalars(
                select(PlayoutRequest)
                .where(PlayoutRequest.taken_at.is_(None), _same(PlayoutRequest.zone_id, zone_id))
                .order_by(PlayoutRequest.id)
            )
        )
        for row in rows:
            row.taken_at = app.now()
        return rows


def finish_request(app: App, request_id: int, airing: int | str | None, error: str = "") -> None:
    with app.db.transaction() as session:
        row = session.get(PlayoutRequest, request_id)
        if row is not None:
            found = _row(session, airing) if airing is not None else None
            row.done_at = app.now()
            row.airing_id = found.id if found else None
            row.error = error
