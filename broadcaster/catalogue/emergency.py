"""When the station's khẩn cấp segments air on a given day (their first airing and repeats)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from broadcaster.catalogue.levels import EMERGENCY, repeat_times
from broadcaster.catalogue.segments import validity_end
from broadcaster.models import Segment
from broadcaster.station import App


def emergency_airings_on(app: App, day: date) -> list[tuple[datetime, Segment]]:
    """(moment, segment) for every khẩn cấp airing due on ``day`` (station time), in order."""
    tz = app.settings.tz
    start = datetime.combine(day, time(0), tz)
    end = start + timedelta(days=1)
    found: list[tuple[datetime, Segment]] = []
    with app.db.transaction() as session:
        rows = session.scalars(
            select(Segment).where(
                Segment.level == EMERGENCY,
                Segment.emergency_at.is_not(None),
                Segment.emergency_at < end,
                Segment.emergency_at > start - timedelta(days=8),
                Segment.status != "retired",
            )
        ).all()
    for segment in rows:
        assert segment.emergency_at is not None
        times = repeat_times(
            segment.emergency_at,
            segment.repeat_every,
            segment.repeat_for,
            validity_end(segment, tz),
        )
        found.extend((t, segment) for t in times if start <= t < end)
    return sorted(found, key=lambda pair: (pair[0], pair[1].id))
