"""How the console writes dates, times and durations: 24/11/2026, 06:00, 1:09."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jinja2 import Environment

from broadcaster.catalogue.dates import WEEKDAY_NAMES, format_date, format_duration
from broadcaster.catalogue.levels import LEVEL_LABELS, format_minutes
from broadcaster.catalogue.segments import STATUS_LABELS
from broadcaster.labels import EVENT_LABELS, OUTCOME_LABELS
from broadcaster.users import ROLE_LABELS


def install(env: Environment, tz: ZoneInfo) -> None:
    def local(moment: datetime) -> datetime:
        return moment.astimezone(tz) if moment.tzinfo else moment

    def day(value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = local(value).date()
        return format_date(value)

    def clock(value: datetime | time | None, seconds: bool = False) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = local(value).time()
        return value.strftime("%H:%M:%S" if seconds else "%H:%M")

    def when(value: datetime | None) -> str:
        if value is None:
            return ""
        return f"{clock(value)} {day(value)}"

    env.globals["timedelta"] = timedelta
    env.filters.update(
        day=day,
        clock=clock,
        when=when,
        dur=lambda s: format_duration(s or 0),
        weekday=lambda d: WEEKDAY_NAMES[d.weekday()],
        status=lambda s: STATUS_LABELS.get(s, s),
        level=lambda s: LEVEL_LABELS.get(s, s),
        minutes=lambda m: format_minutes(m) if m else "",
        outcome=lambda s: OUTCOME_LABELS.get(s, s),
        event=lambda s: EVENT_LABELS.get(s, s),
        role=lambda s: ROLE_LABELS.get(s, s),
    )
