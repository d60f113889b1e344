"""The monthly airtime report's numbers, from the airing log alone.

``month_facts`` reads the bulk of the month (airings that simply went out) as small
tuples and ``month_rows`` the other lines as rows; ``build_report`` is a pure function
of both. Airtime is always ``actual_end - actual_start``, never the plan, computed by
the database in one expression (``airtime_sql``).
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Select,
    and_,
    case,
    distinct,
    func,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy import (
    cast as sql_cast,
)

from broadcaster.catalogue.dates import format_date
from broadcaster.errors import ReportError
from broadcaster.models import Airing, Booking, Segment, Site, Slot, Zone
from broadcaster.station import App

WENT_OUT = ("aired", "partial", "preempted", "interrupted")
PROBLEMS = ("missed", "failed", "interrupted", "preempted", "partial")
OUTAGES = ("missed", "interrupted")
UNHEARD = ("not-heard", "partly-heard")


@dataclass(slots=True)
class Row:
    """One line of the airing log; times are naive, in the station's wall-clock time.

    ``seconds`` is the airtime the database computed (:func:`airtime_sql`).
    """

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
    seconds: float = 0.0
    day: date = field(init=False)  # derived once: a month is a quarter of a million rows

    def __post_init__(self) -> None:
        self.day = (self.start or self.scheduled).date()


# What the numbers need of an airing that went out plainly (aired, heard or unchecked):
# (segment, category, kind, slot, zone, day, heard, seconds). A year of a merged commune's
# log is millions of rows: the bulk of a month is read as these tuples, not as Rows.
Fact = tuple[int | None, str, str, str, str, date, str | None, float]


def fact(row: Row) -> Fact:
    return (
        row.segment_id,
        row.category,
        row.kind,
        row.slot,
        row.zone,
        row.day,
        row.heard,
        row.seconds,
    )


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
    lines: int = 0  # the month's log lines (``rows`` holds them all when listed)

    @property
    def label(self) -> str:
        return f"tháng {self.month:02d}/{self.year}"

    @property
    def empty(self) -> bool:
        return not self.lines

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


class _Groups:
    """The went-out airings counted once per (category, kind, slot, zone, day): every
    grouping of the report is then a sum over a few thousand groups, not the rows."""

    def __init__(self, columns: list[list[Any]]) -> None:
        self.columns = columns
        self.segments, categories, kinds, slots, zones, days, _heard, seconds = columns
        combos = list(zip(categories, kinds, slots, zones, days, strict=True))
        self.count = Counter(combos)
        self.seconds = dict.fromkeys(self.count, 0.0)
        for combo, second in zip(combos, seconds, strict=True):
            self.seconds[combo] += second

    def tallies(self, *by: int) -> dict[Any, Tally]:
        """Airings, distinct items and airtime per value of the columns ``by`` (indexes
        into the fact: 1 category, 2 kind, 3 slot, 4 zone, 5 day; none: the whole month)."""
        at = [n - 1 for n in by]  # the same columns' places in a group's combo
        airings: Counter[Any] = Counter()
        total: dict[Any, float] = {}
        for combo, n in self.count.items():
            k = tuple(combo[i] for i in at)
            airings[k] += n
            total[k] = total.get(k, 0.0) + self.seconds[combo]
        pairs = set(zip(*(self.columns[n] for n in by), self.segments, strict=True))
        items = Counter(pair[:-1] for pair in pairs)
        plain = (lambda k: k[0]) if len(by) == 1 else (lambda k: k)
        return {plain(k): Tally(airings[k], items[k], round(total[k], 3)) for k in airings}


def build_report(
    meta: dict[str, str],
    year: int,
    month: int,
    today: date,
    plain: list[Fact],
    notable: list[Row],
    never_aired: list[NeverAired],
    previous: Tally,
) -> MonthReport:
    """All the report's numbers (pure): ``plain`` are the month's airings that simply
    went out, ``notable`` every other line (problems, not heard, not gone out)."""
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
        [],
        never_aired=never_aired,
        previous=previous,
        receiver=meta.get("receiver", ""),
        lines=len(plain) + len(notable),
    )
    went_out, problems, outages = set(WENT_OUT), set(PROBLEMS), set(OUTAGES)
    went = list(plain)
    for r in notable:
        if r.outcome in problems:
            report.problems.append(r)
        if r.site and r.outcome in outages:
            report.site_outages.setdefault(r.site, []).append(r)
        if r.outcome in went_out:
            went.append(fact(r))
            if r.heard in UNHEARD:
                report.unheard.append(r)
    # Column by column (a month of a merged commune is a quarter of a million airings).
    columns: list[tuple[Any, ...]] = list(zip(*went, strict=True)) or [()] * 8
    groups = _Groups([list(c) for c in columns])
    report.totals = groups.tallies().get((), Tally())
    by_kind = groups.tallies(2)
    report.spoken_seconds = by_kind.get("script", Tally()).seconds
    report.recorded_seconds = by_kind.get("recording", Tally()).seconds
    report.relayed_seconds = by_kind.get("relay", Tally()).seconds
    sessions = {(c[4], c[2]) for c, sec in groups.seconds.items() if sec > 0}
    report.broadcast_days = len({d for d, _slot in sessions})
    report.slot_sessions = len(sessions)
    per_day = groups.tallies(5, 1)
    for (d, category), tally in sorted(per_day.items(), key=lambda kv: kv[0][0]):
        report.day_category_seconds.setdefault(d, {})[category] = tally.seconds
    report.heard = dict(Counter(columns[6]))
    # Every group a line belongs to is listed, even when none of its airings went out.
    idle = [r for r in notable if r.outcome not in went_out]
    by_category = dict.fromkeys((r.category for r in idle), Tally())
    by_category.update(groups.tallies(1))
    report.by_category = dict(sorted(by_category.items(), key=lambda kv: -kv[1].seconds))
    by_slot = {r.slot: Tally() for r in idle} | groups.tallies(3)
    report.by_slot = {name: by_slot[name] for name in sorted(by_slot)}
    by_day = {r.day: Tally() for r in idle} | groups.tallies(5)
    report.by_day = {d: by_day[d] for d in sorted(by_day)}
    by_zone = {r.zone: Tally() for r in idle if r.zone} | groups.tallies(4)
    report.by_zone = {name: by_zone[name] for name in sorted(by_zone) if name}
    report.problems.sort(key=lambda r: (r.scheduled, r.id))
    report.unheard.sort(key=lambda r: (r.scheduled, r.id))
    for outs in report.site_outages.values():
        outs.sort(key=lambda r: (r.scheduled, r.id))
    return report


def _to_local(tz: ZoneInfo, start: datetime, end: datetime) -> Callable[[datetime], datetime]:
    """Naive UTC → naive station time; a plain shift when the offset is constant."""
    first, last = start.utcoffset(), (end - timedelta(seconds=1)).astimezone(tz).utcoffset()
    if first is not None and first == last:
        return lambda moment: moment + first
    return lambda moment: moment.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


def plain_airing() -> ColumnElement[bool]:
    """An airing that simply went out (aired, heard or not checked): the bulk of a log."""
    return and_(
        Airing.outcome == "aired",
        or_(Airing.heard.is_(None), Airing.heard.not_in(UNHEARD)),
    )


def month_rows(
    app: App,
    start: datetime,
    end: datetime,
    outcome: str | None = None,
    last: int | None = None,
    notable: bool = False,
) -> list[Row]:
    """The log between two instants, in one Core query (fast on a million rows).

    ``outcome`` keeps one outcome only; ``last`` keeps only the latest rows (a page);
    ``notable`` only the lines that are not plain airings (:func:`plain_airing`).
    """
    local = _to_local(app.settings.tz, start.astimezone(app.settings.tz), end)
    naive = DateTime()  # read as stored (UTC), skipping the aware conversion per value
    query = _joined(
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
            airtime_sql(app.db.engine.dialect.name),
        ),
        start,
        end,
    ).outerjoin(Site, Site.id == Airing.site_id)
    if outcome:
        query = query.where(Airing.outcome == outcome)
    if notable:
        query = query.where(~plain_airing())
    if last is not None:
        latest = query.order_by(Airing.scheduled_start.desc(), Airing.id.desc()).limit(last)
        query = select(latest.subquery()).order_by(text("2"), text("1"))
    else:
        query = query.order_by(Airing.scheduled_start, Airing.id)
    with app.db.engine.connect() as conn:
        found = conn.execute(query).all()  # in one fetch: a month is ~250,000 rows
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
            round(r[16] or 0.0, 3),
        )
        for r in found
    ]


def month_facts(app: App, start: datetime, end: datetime) -> list[Fact]:
    """The plain airings between two instants as :data:`Fact` tuples (the report's bulk),
    shaped by the database itself when the station's UTC offset is the same all month
    (always for Asia/Ho_Chi_Minh): a quarter of a million rows, no Python per row."""
    tz = app.settings.tz
    offset = start.astimezone(tz).utcoffset()
    steady = (
        offset is not None and offset == (end - timedelta(seconds=1)).astimezone(tz).utcoffset()
    )
    moment = type_coerce(func.coalesce(Airing.actual_start, Airing.scheduled_start), DateTime())
    dialect = app.db.engine.dialect.name
    query = _joined(
        select(
            Airing.segment_id,
            func.coalesce(Segment.category, "khac"),
            func.coalesce(Segment.kind, "script"),
            func.coalesce(Slot.name, "Phát ngay"),
            func.coalesce(Zone.name, ""),
            _local_day(dialect, moment, offset) if steady and offset is not None else moment,
            Airing.heard,
            func.coalesce(airtime_sql(dialect), 0.0),
        ),
        start,
        end,
    ).where(plain_airing())
    with app.db.engine.connect() as conn:
        found = conn.execute(query).all()
    if steady:
        return cast(list[Fact], found)
    local = _to_local(tz, start.astimezone(tz), end)
    return [(*r[:5], local(r[5]).date(), r[6], r[7]) for r in found]


def _local_day(dialect: str, moment: ColumnElement[Any], offset: timedelta) -> ColumnElement[Any]:
    """The station's calendar day of a stored (UTC) instant, at a fixed UTC offset."""
    seconds = int(offset.total_seconds())
    if dialect == "postgresql":
        return sql_cast(moment + func.make_interval(0, 0, 0, 0, 0, 0, seconds), Date)
    return type_coerce(func.date(moment, f"{seconds:+d} seconds"), Date)


def _joined(query: Select[*tuple[Any, ...]], start: datetime, end: datetime) -> Any:
    return (
        query.select_from(Airing)
        .outerjoin(Slot, Slot.id == Airing.slot_id)
        .outerjoin(Segment, Segment.id == Airing.segment_id)
        .outerjoin(Zone, Zone.id == Airing.zone_id)
        .where(Airing.scheduled_start >= start, Airing.scheduled_start < end)
    )


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
    least, greatest = (
        (func.least, func.greatest) if dialect == "postgresql" else (func.min, func.max)
    )
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


def monthly_report(app: App, year: int, month: int, listing: bool = True) -> MonthReport:
    """The month's numbers; with ``listing``, also every line of its log (for the files)."""
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
    # The smaller reads run on their own connections while this thread reads and counts
    # the bulk (the database works while Python counts).
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="report") as pool:
        notable = pool.submit(month_rows, app, start, end, notable=True)
        never = pool.submit(never_aired, app, first, last, start, end)
        previous = pool.submit(previous_tally, app, prev_start, prev_end)
        plain = month_facts(app, start, end)
        report = build_report(
            meta,
            year,
            month,
            today,
            plain,
            notable.result(),
            never.result(),
            previous.result(),
        )
    if listing:
        report.rows = month_rows(app, start, end)
    return report


def count_rows(app: App) -> int:
    with app.db.engine.connect() as conn:
        return int(conn.execute(select(func.count(Airing.id))).scalar() or 0)


def period_text(report: MonthReport) -> str:
    return f"từ {format_date(report.first)} đến {format_date(report.last)}"
