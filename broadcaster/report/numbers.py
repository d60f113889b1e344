"""The monthly airtime report's numbers, from the airing log alone.

``month_rows`` reads the month's log in one query; ``build_report`` is a pure function
of those rows. Airtime is always ``actual_end - actual_start``, never the plan.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    DateTime,
    and_,
    case,
    distinct,
    func,
    select,
    text,
    type_coerce,
)

from broadcaster.catalogue.dates import format_date
from broadcaster.errors import ReportError
from broadcaster.models import Airing, Booking, Segment, Site, Slot, Zone
from broadcaster.station import App

WENT_OUT = ("aired", "partial", "preempted", "interrupted")
PROBLEMS = ("missed", "failed", "interrupted", "preempted", "partial")
OUTAGES = ("missed", "interrupted")


@dataclass(slots=True)
class Row:
    """One line of the airing log; times are naive, in the station's wall-clock time."""

    id: int
    scheduled: datetime
    start: datetime | None
    end: datetime | None
    slot: str
    title: str
    category: str
    kind: str
    segment_id: int | None
    outcome: str
    error: str
    duration: float | None = None  # as logged: a relay's real relayed seconds
    heard: str | None = None  # what the air-check recording showed (labels.HEARD_LABELS)
    heard_detail: str = ""
    zone: str = ""  # the zone it aired in, the site that aired it ("": the implicit one)
    site: str = ""

    @property
    def seconds(self) -> float:
        if self.outcome not in WENT_OUT or self.start is None or self.end is None:
            return 0.0
        span = max(0.0, (self.end - self.start).total_seconds())
        if self.kind == "relay" and self.duration is not None:
            return min(span, max(0.0, self.duration))  # the fallback is not relay airtime
        return span

    @property
    def day(self) -> date:
        return (self.start or self.scheduled).date()


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


@dataclass
class MonthReport:
    station: str
    commune: str
    district: str
    head: str
    year: int
    month: int
    first: date
    last: date
    made_on: date
    rows: list[Row]
    totals: Tally = field(default_factory=Tally)
    spoken_seconds: float = 0.0
    recorded_seconds: float = 0.0
    relayed_seconds: float = 0.0
    broadcast_days: int = 0
    slot_sessions: int = 0
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_slot: dict[str, Tally] = field(default_factory=dict)
    by_day: dict[date, Tally] = field(default_factory=dict)
    day_category_seconds: dict[date, dict[str, float]] = field(default_factory=dict)
    problems: list[Row] = field(default_factory=list)
    # Proof of airing: airings that went out, by what the monitor heard (None: unchecked),
    # and those not (or only partly) heard, with their evidence.
    heard: dict[str | None, int] = field(default_factory=dict)
    unheard: list[Row] = field(default_factory=list)
    never_aired: list[NeverAired] = field(default_factory=list)
    previous: Tally = field(default_factory=Tally)
    # A merged commune: who the report goes to, each zone's count (a bulletin aired in
    # four zones is one item, four airings) and each site's outages (rows that did not
    # go out because the site was down: missed or interrupted).
    receiver: str = ""
    by_zone: dict[str, Tally] = field(default_factory=dict)
    site_outages: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"tháng {self.month:02d}/{self.year}"

    @property
    def empty(self) -> bool:
        return not self.rows

    def share(self, seconds: float) -> float:
        return 100.0 * seconds / self.totals.seconds if self.totals.seconds else 0.0


def month_bounds(year: int, month: int, tz: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(date(year, month, 1), time(0), tz)
    days = calendar.monthrange(year, month)[1]
    return start, start + timedelta(days=days)


def check_month(year: int, month: int, today: date) -> None:
    if (year, month) > (today.year, today.month):
        raise ReportError(
            f"Tháng {month:02d}/{year} chưa tới nên chưa có gì để báo cáo. Hãy chọn tháng này "
            "hoặc một tháng đã qua."
        )
    if year < 2000:
        raise ReportError(f"Năm {year} không hợp lệ. Hãy gõ tháng dạng 2026-11.")


def _tally(rows: list[Row]) -> Tally:
    went = [r for r in rows if r.outcome in WENT_OUT]
    return Tally(len(went), len({r.segment_id for r in went}), sum(r.seconds for r in went))


def build_report(
    meta: dict[str, str],
    year: int,
    month: int,
    today: date,
    rows: list[Row],
    never_aired: list[NeverAired],
    previous: Tally,
) -> MonthReport:
    """All the report's numbers from the month's log rows (pure)."""
    first = date(year, month, 1)
    last = min(date(year, month, calendar.monthrange(year, month)[1]), today)
    report = MonthReport(
        meta["station"],
        meta["commune"],
        meta["district"],
        meta["head"],
        year,
        month,
        first,
        last,
        today,
        rows,
        never_aired=never_aired,
        previous=previous,
    )
    went = [r for r in rows if r.outcome in WENT_OUT]
    report.totals = _tally(rows)
    report.spoken_seconds = sum(r.seconds for r in went if r.kind == "script")
    report.recorded_seconds = sum(r.seconds for r in went if r.kind == "recording")
    report.relayed_seconds = sum(r.seconds for r in went if r.kind == "relay")
    report.broadcast_days = len({r.day for r in went if r.seconds > 0})
    report.slot_sessions = len({(r.day, r.slot) for r in went if r.seconds > 0})
    by_category: dict[str, list[Row]] = defaultdict(list)
    by_slot: dict[str, list[Row]] = defaultdict(list)
    by_day: dict[date, list[Row]] = defaultdict(list)
    for r in rows:
        by_category[r.category].append(r)
        by_slot[r.slot].append(r)
        by_day[r.day].append(r)
    tallies = {code: _tally(group) for code, group in by_category.items()}
    report.by_category = dict(sorted(tallies.items(), key=lambda kv: -kv[1].seconds))
    report.by_slot = {name: _tally(by_slot[name]) for name in sorted(by_slot)}
    report.by_day = {day: _tally(by_day[day]) for day in sorted(by_day)}
    for r in went:
        per_day = report.day_category_seconds.setdefault(r.day, defaultdict(float))
        per_day[r.category] += r.seconds
    report.problems = [r for r in rows if r.outcome in PROBLEMS]
    for r in went:
        report.heard[r.heard] = report.heard.get(r.heard, 0) + 1
    report.unheard = [r for r in went if r.heard in ("not-heard", "partly-heard")]
    report.receiver = meta.get("receiver", "")
    by_zone: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.zone:
            by_zone[r.zone].append(r)
    report.by_zone = {name: _tally(by_zone[name]) for name in sorted(by_zone)}
    for r in rows:
        if r.site and r.outcome in OUTAGES:
            report.site_outages.setdefault(r.site, []).append(r)
    return report


def _to_local(tz: ZoneInfo, start: datetime, end: datetime) -> Callable[[datetime], datetime]:
    """Naive UTC → naive station time; a plain shift when the offset is constant."""
    first, last = start.utcoffset(), (end - timedelta(seconds=1)).astimezone(tz).utcoffset()
    if first is not None and first == last:
        return lambda moment: moment + first
    return lambda moment: moment.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


def month_rows(
    app: App,
    start: datetime,
    end: datetime,
    outcome: str | None = None,
    last: int | None = None,
) -> list[Row]:
    """The log between two instants, in one Core query (fast on a million rows).

    ``outcome`` keeps one outcome only; ``last`` keeps only the latest rows (a page).
    """
    local = _to_local(app.settings.tz, start.astimezone(app.settings.tz), end)
    naive = DateTime()  # read as stored (UTC), skipping the aware conversion per value
    query = (
        select(
            Airing.id,
            type_coerce(Airing.scheduled_start, naive),
            type_coerce(Airing.actual_start, naive),
            type_coerce(Airing.actual_end, naive),
            Airing.outcome,
            Airing.error,
            Airing.segment_id,
            Slot.name,
            Segment.title,
            Segment.category,
            Segment.kind,
            Airing.duration,
            Airing.heard,
            Airing.heard_detail,
            Zone.name,
            Site.name,
        )
        .select_from(Airing)
        .outerjoin(Slot, Slot.id == Airing.slot_id)
        .outerjoin(Segment, Segment.id == Airing.segment_id)
        .outerjoin(Zone, Zone.id == Airing.zone_id)
        .outerjoin(Site, Site.id == Airing.site_id)
        .where(Airing.scheduled_start >= start, Airing.scheduled_start < end)
    )
    if outcome:
        query = query.where(Airing.outcome == outcome)
    if last is not None:
        latest = query.order_by(Airing.scheduled_start.desc(), Airing.id.desc()).limit(last)
        query = select(latest.subquery()).order_by(text("2"), text("1"))
    else:
        query = query.order_by(Airing.scheduled_start, Airing.id)
    with app.db.engine.connect() as conn:
        return [
            Row(
                r[0],
                local(r[1]),
                local(r[2]) if r[2] else None,
                local(r[3]) if r[3] else None,
                r[7] or "Phát ngay",
                r[8] or "",
                r[9] or "khac",
                r[10] or "script",
                r[6],
                r[4],
                r[5] or "",
                r[11],
                r[12],
                r[13] or "",
                r[14] or "",
                r[15] or "",
            )
            for r in conn.execute(query)
        ]


def _seconds_between(dialect: str) -> ColumnElement[Any]:
    """actual_end - actual_start in seconds, in the database's own arithmetic."""
    if dialect == "postgresql":
        return func.extract("epoch", Airing.actual_end - Airing.actual_start)
    return (func.julianday(Airing.actual_end) - func.julianday(Airing.actual_start)) * 86400.0


def previous_tally(app: App, start: datetime, end: datetime) -> Tally:
    """Airings, distinct items and airtime of another period, summed in the database."""
    seconds = _seconds_between(app.db.engine.dialect.name)
    query = select(
        func.count(Airing.id), func.count(distinct(Airing.segment_id)), func.sum(seconds)
    ).where(
        Airing.scheduled_start >= start,
        Airing.scheduled_start < end,
        Airing.outcome.in_(WENT_OUT),
        Airing.actual_start.is_not(None),
        Airing.actual_end.is_not(None),
    )
    with app.db.engine.connect() as conn:
        count, items, total = conn.execute(query).one()
    return Tally(int(count), int(items), round(float(total or 0.0), 3))


def log_summary(
    app: App, start: datetime, end: datetime, outcome: str | None = None
) -> tuple[int, float]:
    """(lines, airtime in seconds) of the log between two instants, summed in the database."""
    seconds = _seconds_between(app.db.engine.dialect.name)
    went = Airing.outcome.in_(WENT_OUT) & Airing.actual_start.is_not(None)
    query = select(
        func.count(Airing.id),
        func.sum(case((went & Airing.actual_end.is_not(None), seconds), else_=0.0)),
    ).where(Airing.scheduled_start >= start, Airing.scheduled_start < end)
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


def monthly_report(app: App, year: int, month: int) -> MonthReport:
    today = app.today()
    check_month(year, month, today)
    tz = app.settings.tz
    start, end = month_bounds(year, month, tz)
    first = start.date()
    last = min((end - timedelta(days=1)).date(), today)
    prev_year, prev_month = (year, month - 1) if month > 1 else (year - 1, 12)
    prev_start, prev_end = month_bounds(prev_year, prev_month, tz)
    s = app.settings
    meta = {
        "station": s.station_name,
        "commune": s.commune,
        "district": s.district,
        "head": s.station_head,
        "receiver": s.report_receiver,
    }
    return build_report(
        meta,
        year,
        month,
        today,
        month_rows(app, start, end),
        never_aired(app, first, last, start, end),
        previous_tally(app, prev_start, prev_end),
    )


def count_rows(app: App) -> int:
    with app.db.engine.connect() as conn:
        return int(conn.execute(select(func.count(Airing.id))).scalar() or 0)


def period_text(report: MonthReport) -> str:
    return f"từ {format_date(report.first)} đến {format_date(report.last)}"
