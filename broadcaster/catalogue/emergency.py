"""When the station's khẩn cấp segments air (their first airing and repeats)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from broadcaster.catalogue.levels import EMERGENCY, repeat_times
from broadcaster.catalogue.segments import validity_end
from broadcaster.models import Segment
from broadcaster.station import App

# Older anchors cannot have a repeat left (a repeat schedule lasts at most a week).
LOOKBACK = timedelta(days=8)


def anchored_emergencies(
    session: Session, tz: ZoneInfo, since: datetime, until: datetime | None = None
) -> list[tuple[Segment, list[datetime]]]:
    """Khẩn cấp segments first aired in (``since``, ``until``], each with all its airing times."""
    query = select(Segment).where(
        Segment.level == EMERGENCY,
        Segment.emergency_at.is_not(None),
        Segment.emergency_at > since,
        Segment.status != "retired",
    )
    if until is not None:
        query = query.where(Segment.emergency_at <= until)
    found: list[tuple[Segment, list[datetime]]] = []
    for segment in session.scalars(query):
        assert segment.emergency_at is not None
        times = repeat_times(
            segment.emergency_at,
            segment.repeat_every,
            segment.repeat_for,
            validity_end(segment, tz),
        )
        found.append((segment, times))
    return found


def emergency_airings_on(app: App, day: date) -> list[tuple[datetime, Segment]]:
    """(moment, segment) for every khẩn cấp airing due on ``day`` (station time), in order."""
    tz = app.settings.tz
    start = datetime.combine(day, time(0), tz)
    end = start + timedelta(days=1)
    with app.db.transaction() as session:
        anchored = anchored_emergencies(session, tz, start - LOOKBACK, end)
    found = [(t, segment) for segment, times in anchored for t in times if start <= t < end]
    return sorted(found, key=lambda pair: (pair[0], pair[1].id))
