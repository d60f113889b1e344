"""The month's airings counted by the database: a merged commune's year is millions of
rows, a month a quarter of a million, and none of them needs to come into Python.

Airtime has one definition here (:func:`airtime_sql`). :func:`count_month` returns the
airings that went out grouped by (category, kind, slot, zone, station day, heard) with
their count and airtime (a few thousand groups), and the distinct items per category,
slot, zone and day, read on parallel connections. ``numbers.build_report`` makes every
figure of the report from these. The other sums the console and the report need (a
previous month's tally, a log page's total, the bookings that never went out) are here too:
every count of the airing log is made in this one module.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    and_,
    case,
    distinct,
    func,
    select,
    type_coerce,
)
from sqlalchemy import cast as sql_cast

from broadcaster.models import WENT_OUT, Airing, Booking, Segment, Slot, Zone
from broadcaster.station import App

# (category, kind, slot, zone, station day, heard, airings, airtime in seconds)
Group = tuple[str, str, str, str, date, str | None, int, float]
DIMENSIONS = ("category", "slot", "zone", "day")


@dataclass(frozen=True)
class Tally:
    airings: int = 0
    items: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class NeverAired:
    segment_id: int
    title: str
    slot: str
    date_from: date
    date_to: date


@dataclass(frozen=True)
class Counted:
    groups: list[Group]
    items: dict[str, dict[Any, int]]  # dimension (or "total") -> value -> distinct items


def _seconds_between(dialect: str) -> ColumnElement[Any]:
    """actual_end - actual_start in seconds, in the database's own arithmetic."""
    if dialect == "postgresql":
        return func.extract("epoch", Airing.actual_end - Airing.actual_start)
    return (func.julianday(Airing.actual_end) - func.julianday(Airing.actual_start)) * 86400.0


def airtime_sql(dialect: str) -> ColumnElement[Any]:
    """Seconds that went out, the one definition (a query that uses it joins ``Segment``):
    ``actual_end - actual_start`` of an airing that went out, never the plan; for a relay
    no more than the relayed seconds logged (the fallback is not relay airtime)."""
    span = _seconds_between(dialect)
    pg = dialect == "postgresql"
    least, greatest = (func.least, func.greatest) if pg else (func.min, func.max)
    went = and_(
        Airing.outcome.in_(WENT_OUT),
        Airing.actual_start.is_not(None),
        Airing.actual_end.is_not(None),
    )
    relay = and_(Segment.kind == "relay", Airing.duration.is_not(None))
    return case(
        (~went, 0.0),
        (relay, least(greatest(span, 0.0), greatest(Airing.duration, 0.0))),
        else_=greatest(span, 0.0),
    )


def offset_spans(tz: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, timedelta]]:
    """The station's UTC offsets between two instants: (naive UTC instant it starts, offset),
    one span for a zone without summer time, two around a change (looked for every 15 min)."""
    spans: list[tuple[datetime, timedelta]] = []
    moment = start.astimezone(UTC)
    while moment < end:
        offset = moment.astimezone(tz).utcoffset() or timedelta(0)
        if not spans or spans[-1][1] != offset:
            spans.append((moment.replace(tzinfo=None), offset))
        moment += timedelta(minutes=15)
    return spans


def local_day(
    dialect: str, moment: ColumnElement[Any], spans: list[tuple[datetime, timedelta]]
) -> ColumnElement[Any]:
    """The station's calendar day of a stored (naive UTC) instant."""

    def shifted(offset: timedelta) -> ColumnElement[Any]:
        seconds = int(offset.total_seconds())
        if dialect == "postgresql":
            return sql_cast(moment + func.make_interval(0, 0, 0, 0, 0, 0, seconds), Date)
        return type_coerce(func.date(moment, f"{seconds:+d} seconds"), Date)

    if len(spans) == 1:
        return shifted(spans[0][1])
    later = [(moment >= since, shifted(offset)) for since, offset in reversed(spans[1:])]
    return case(*later, else_=shifted(spans[0][1]))


def count_month(app: App, start: datetime, end: datetime, pool: Executor) -> Counted:
    """The airings that went out between two instants, counted by the database."""
    dialect = app.db.engine.dialect.name
    moment = type_coerce(func.coalesce(Airing.actual_start, Airing.scheduled_start), DateTime())
    columns: dict[str, ColumnElement[Any]] = {
        "category": func.coalesce(Segment.category, "khac"),
        "kind": func.coalesce(Segment.kind, "script"),
        "slot": func.coalesce(Slot.name, "Phát ngay"),
        "zone": func.coalesce(Zone.name, ""),
        "day": local_day(dialect, moment, offset_spans(app.settings.tz, start, end)),
    }

    def month(*selected: Any) -> Any:
        return (
            select(*selected)
            .select_from(Airing)
            .outerjoin(Slot, Slot.id == Airing.slot_id)
            .outerjoin(Segment, Segment.id == Airing.segment_id)
            .outerjoin(Zone, Zone.id == Airing.zone_id)
            .where(
                Airing.scheduled_start >= start,
                Airing.scheduled_start < end,
                Airing.outcome.in_(WENT_OUT),
            )
        )

    def read(query: Any) -> list[Any]:
        with app.db.engine.connect() as conn:
            return list(conn.execute(query).all())

    keys = [columns[name] for name in ("category", "kind", "slot", "zone", "day")]
    grouped = month(*keys, Airing.heard, func.count(), func.sum(airtime_sql(dialect)))
    grouped = grouped.group_by(*keys, Airing.heard)
    items = distinct(Airing.segment_id)
    asked = {
        name: pool.submit(read, month(columns[name], func.count(items)).group_by(columns[name]))
        for name in DIMENSIONS
    }
    total = pool.submit(read, month(func.count(items)))
    groups = [(*g[:6], int(g[6]), float(g[7] or 0.0)) for g in read(grouped)]
    found = {name: {r[0]: int(r[1]) for r in future.result()} for name, future in asked.items()}
    found["total"] = {(): int(total.result()[0][0])}
    return Counted(groups, found)


def previous_tally(app: App, start: datetime, end: datetime) -> Tally:
    """Airings, distinct items and airtime of another period, summed in the database."""
    query = (
        select(
            func.count(Airing.id),
            func.count(distinct(Airing.segment_id)),
            func.sum(airtime_sql(app.db.engine.dialect.name)),
        )
        .select_from(Airing)
        .outerjoin(Segment, Segment.id == Airing.segment_id)
        .where(
            Airing.scheduled_start >= start,
            Airing.scheduled_start < end,
            Airing.outcome.in_(WENT_OUT),
        )
    )
    with app.db.engine.connect() as conn:
        count, items, total = conn.execute(query).one()
    return Tally(int(count), int(items), round(float(total or 0.0), 3))


def log_summary(
    app: App, start: datetime, end: datetime, outcome: str | None = None
) -> tuple[int, float]:
    """(lines, airtime in seconds) of the log between two instants, summed in the database."""
    query = (
        select(func.count(Airing.id), func.sum(airtime_sql(app.db.engine.dialect.name)))
        .select_from(Airing)
        .outerjoin(Segment, Segment.id == Airing.segment_id)
        .where(Airing.scheduled_start >= start, Airing.scheduled_start < end)
    )
    if outcome:
        query = query.where(Airing.outcome == outcome)
    with app.db.engine.connect() as conn:
        count, total = conn.execute(query).one()
    return int(count), max(0.0, round(float(total or 0.0), 3))


def never_aired(
    app: App, first: date, last: date, start: datetime, end: datetime
) -> list[NeverAired]:
    """Bookings active in the month whose segment never went out in the month."""
    aired = (
        select(Airing.segment_id)
        .where(
            Airing.scheduled_start >= start,
            Airing.scheduled_start < end,
            Airing.outcome.in_(WENT_OUT),
        )
        .distinct()
    )
    query = (
        select(Booking.segment_id, Segment.title, Slot.name, Booking.date_from, Booking.date_to)
        .join(Segment, Segment.id == Booking.segment_id)
        .join(Slot, Slot.id == Booking.slot_id)
        .where(
            and_(
                Booking.date_from <= last,
                Booking.date_to >= first,
                Booking.cancelled_at.is_(None),
                Booking.segment_id.not_in(aired),
            )
        )
        .order_by(Booking.segment_id)
    )
    with app.db.engine.connect() as conn:
        return [NeverAired(*r) for r in conn.execute(query)]
