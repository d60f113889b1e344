"""The daemon's side of the bulletin levels: quiet hours held at air time (defence in
depth behind the catalogue's refusals) and khẩn cấp airings turned into «play now»
requests, at once and at each repeat time.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime, timedelta

from sqlalchemy import select, text

from broadcaster.catalogue.emergency import LOOKBACK, anchored_emergencies
from broadcaster.catalogue.levels import (
    EMERGENCY,
    judge_repeats,
    quiet_reason,
    refuse_in_quiet,
    repeat_times,
    station_quiet,
)
from broadcaster.catalogue.planning import Entry
from broadcaster.catalogue.segments import validity_end
from broadcaster.commune.registry import zone_ids
from broadcaster.commune.targeting import target_zones
from broadcaster.models import PlayoutRequest, Segment, is_airable_status
from broadcaster.playout.airlog import AiringRef, log_not_aired
from broadcaster.playout.programme import Occurrence
from broadcaster.station import App
from broadcaster.wake import REQUESTS, announce

log = logging.getLogger(__name__)
# pg_advisory_xact_lock key serialising khẩn cấp scheduling across site daemons.
EMERGENCY_LOCK = int.from_bytes(b"bcemerge", "big", signed=True)


def split_quiet(
    app: App, entries: list[Entry], occ: Occurrence
) -> tuple[list[Entry], list[tuple[Entry, str]]]:
    """(entries that may air, [(entry, reason)] refused because the slot is in quiet hours)."""
    quiet = station_quiet(app.settings)
    if quiet is None:
        return entries, []
    start, end = app.local(occ.start).time(), app.local(occ.end).time()
    keep: list[Entry] = []
    refused: list[tuple[Entry, str]] = []
    for entry in entries:
        if refuse_in_quiet(entry.level, start, end, quiet):
            what = f"Tin «{entry.title}» trong buổi «{occ.name}» {start:%H:%M}–{end:%H:%M}"
            refused.append((entry, quiet_reason(what, quiet)))
        else:
            keep.append(entry)
    return keep, refused


def quiet_now(app: App) -> str:
    """The quiet hours («21:30–05:00») when it is inside them now, else ``""``."""
    quiet = station_quiet(app.settings)
    return quiet.describe() if quiet is not None and quiet.contains(app.local_now().time()) else ""


def quiet_refusal_now(app: App, level: str, title: str) -> str:
    """The reason a non-khẩn-cấp item may not sound right now, or ``""``."""
    quiet = station_quiet(app.settings)
    now = app.local_now().time()
    if quiet is None or level == EMERGENCY or not quiet.contains(now):
        return ""
    return quiet_reason(f"Tin «{title}» phát lúc {now:%H:%M}", quiet)


def pending_emergency(app: App, segment_id: int, grace: timedelta) -> datetime | None:
    """The khẩn cấp airing of this segment due now and not yet requested, if any."""
    now = app.now()
    with app.db.transaction() as session:
        segment = session.get(Segment, segment_id)
        if segment is None or segment.level != EMERGENCY or segment.emergency_at is None:
            return None
        times = repeat_times(
            segment.emergency_at,
            segment.repeat_every,
            segment.repeat_for,
            validity_end(segment, app.settings.tz),
        )
        done = {
            d
            for d in session.scalars(
                select(PlayoutRequest.due_at).where(PlayoutRequest.segment_id == segment_id)
            )
            if d is not None
        }
    return judge_repeats(times, done, now, grace).due


def schedule_emergencies(app: App, grace: timedelta) -> list[int]:
    """Request the khẩn cấp airings that are due now; log the ones too late as missed.

    Returns the ids of the new requests (the daemon's «play now» path airs them).
    """
    now = app.now()
    created: list[int] = []
    missed: list[tuple[int, datetime]] = []
    with app.db.transaction() as session:
        if session.get_bind().dialect.name == "postgresql":
            # Several site daemons share the database: one decides at a time.
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": EMERGENCY_LOCK})
        zones = target_zones([], zone_ids(session))  # khẩn cấp: every zone at once
        anchored = [
            (segment, times)
            for segment, times in anchored_emergencies(
                session, app.settings.tz, now - LOOKBACK, now
            )
            if is_airable_status(segment, app.settings.require_approval)
        ]
        segments = [segment for segment, _ in anchored]
        done: dict[int, set[datetime]] = {s.id: set() for s in segments}
        if segments:
            for segment_id, due_at in session.execute(
                select(PlayoutRequest.segment_id, PlayoutRequest.due_at).where(
                    PlayoutRequest.segment_id.in_(list(done)),
                    PlayoutRequest.due_at.is_not(None),
                )
            ):
                if due_at is not None:
                    done[segment_id].add(due_at)
        for segment, times in anchored:
            decision = judge_repeats(times, done[segment.id], now, grace)
            for moment in decision.missed:
                session.add(
                    PlayoutRequest(
                        segment_id=segment.id,
                        created_at=now,
                        taken_at=now,
                        done_at=now,
                        due_at=moment,
                        error="quá giờ",
                    )
                )
                missed.append((segment.id, moment))
            if decision.due is not None:
                for zone in zones:
                    request = PlayoutRequest(
                        segment_id=segment.id, created_at=now, due_at=decision.due, zone_id=zone
                    )
                    session.add(request)
                    session.flush()
                    created.append(request.id)
                announce(session, app.settings.home, REQUESTS)
                log.info("khẩn cấp segment %s due at %s: requested", segment.id, decision.due)
    for (segment_id, moment), zone in itertools.product(missed, zones):
        local = app.local(moment)
        log_not_aired(
            app,
            AiringRef(segment_id, None, None, moment, zone_id=zone),
            "missed",
            f"Lượt phát tin khẩn cấp lúc {local:%H:%M %d/%m/%Y} không phát được: phần mềm phát "
            "không chạy vào lúc đó (hoặc đã có lượt sau thay thế).",
        )
    return created


def next_emergency(app: App) -> datetime | None:
    """The next moment a khẩn cấp airing (first or repeat) falls due, if any: the daemon
    looks again then, not only when woken."""
    now = app.now()
    with app.db.transaction() as session:
        later = [
            moment
            for segment, times in anchored_emergencies(session, app.settings.tz, now - LOOKBACK)
            if is_airable_status(segment, app.settings.require_approval)
            for moment in times
            if moment > now
        ]
    return min(later, default=None)


def emergencies_waiting(app: App) -> list[Segment]:
    """Khẩn cấp segments still valid that wait for a leader's approval (shown in red)."""
    today = app.today()
    with app.db.transaction() as session:
        rows = session.scalars(
            select(Segment)
            .where(Segment.level == EMERGENCY, Segment.status == "draft")
            .where(Segment.valid_to.is_(None) | (Segment.valid_to >= today))
            .order_by(Segment.id)
        ).all()
        end_of = {s.id: validity_end(s, app.settings.tz) for s in rows}
    return [s for s in rows if (end_of[s.id] is None or end_of[s.id] > app.now())]  # type: ignore[operator]


def emergency_repeats(app: App) -> list[tuple[Segment, datetime]]:
    """Khẩn cấp segments on air now or later: (segment, its next airing time)."""
    now = app.now()
    with app.db.transaction() as session:
        anchored = anchored_emergencies(session, app.settings.tz, now - LOOKBACK)
    found: list[tuple[Segment, datetime]] = []
    for segment, times in anchored:
        later = [t for t in times if t > now]
        if later:
            found.append((segment, later[0]))
    return found
