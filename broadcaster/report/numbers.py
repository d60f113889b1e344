"""The monthly airtime report's numbers, from the airing log alone.

``month_facts`` reads the bulk of the month (airings that simply went out) as small
tuples and ``month_rows`` the other lines as rows; ``build_report`` is a pure function
of both. Airtime is always ``actual_end - actual_start``, never the plan, computed by
the database in one expression (``airtime_sql``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Select,
    and_,
    func,
    or_,
    select,
    text,
    type_coerce,
)

from broadcaster.catalogue.dates import format_date
from broadcaster.errors import ReportError
from broadcaster.models import (
    OUTAGE_OUTCOMES,
    PROBLEM_OUTCOMES,
    WENT_OUT,
    Airing,
    Segment,
    Site,
    Slot,
    Zone,
)
from broadcaster.report.counts import (
    Counted,
    Group,
    NeverAired,
    Tally,
    airtime_sql,
    count_month,
    never_aired,
    previous_tally,
)
from broadcaster.station import App

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


def _tally(groups: list[Group], items: dict[Any, int], key: int) -> dict[Any, Tally]:
    """Airings, distinct items and airtime per value of the group's column ``key``."""
    airings: dict[Any, int] = {}
    seconds: dict[Any, float] = {}
    for group in groups:
        k = group[key]
        airings[k] = airings.get(k, 0) + group[6]
        seconds[k] = seconds.get(k, 0.0) + group[7]
    return {k: Tally(airings[k], items.get(k, 0), round(seconds[k], 3)) for k in airings}


def build_report(
    meta: dict[str, str],
    year: int,
    month: int,
    today: date,
    counted: Counted,
    notable: list[Row],
    never_aired: list[NeverAired],
    previous: Tally,
) -> MonthReport:
    """All the report's numbers (pure): ``counted`` are the airings that went out, counted
    by the database (``counts.count_month``), ``notable`` every line that is not a plain
    airing (problems, not heard, not gone out)."""
    first = date(year, month, 1)
    last = min(date(year, month, calendar.monthrange(year, month)[1]), today)
    groups = counted.groups
    went_out, problems, outages = set(WENT_OUT), set(PROBLEM_OUTCOMES), set(OUTAGE_OUTCOMES)
    idle = [r for r in notable if r.outcome not in went_out]
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
        lines=sum(g[6] for g in groups) + len(idle),
    )
    for r in notable:
        if r.outcome in problems:
            report.problems.append(r)
        if r.site and r.outcome in outages:
            report.site_outages.setdefault(r.site, []).append(r)
        if r.outcome in went_out and r.heard in UNHEARD:
            report.unheard.append(r)
    whole = counted.items.get("total", {}).get((), 0)
    report.totals = Tally(sum(g[6] for g in groups), whole, round(sum(g[7] for g in groups), 3))
    by_kind = _tally(groups, {}, 1)
    report.spoken_seconds = by_kind.get("script", Tally()).seconds
    report.recorded_seconds = by_kind.get("recording", Tally()).seconds
    report.relayed_seconds = by_kind.get("relay", Tally()).seconds
    sessions = {(g[4], g[2]) for g in groups if g[7] > 0}
    report.broadcast_days = len({d for d, _slot in sessions})
    report.slot_sessions = len(sessions)
    for g in sorted(groups, key=lambda g: g[4]):
        per_day = report.day_category_seconds.setdefault(g[4], {})
        per_day[g[0]] = per_day.get(g[0], 0.0) + g[7]
    for g in groups:
        report.heard[g[5]] = report.heard.get(g[5], 0) + g[6]
    # Every group a line belongs to is listed, even when none of its airings went out.
    items = counted.items
    by_category = dict.fromkeys((r.category for r in idle), Tally())
    by_category.update(_tally(groups, items.get("category", {}), 0))
    report.by_category = dict(sorted(by_category.items(), key=lambda kv: -kv[1].seconds))
    by_slot = {r.slot: Tally() for r in idle} | _tally(groups, items.get("slot", {}), 2)
    report.by_slot = {name: by_slot[name] for name in sorted(by_slot)}
    by_day = {r.day: Tally() for r in idle} | _tally(groups, items.get("day", {}), 4)
    report.by_day = {d: by_day[d] for d in sorted(by_day)}
    zones = _tally(groups, items.get("zone", {}), 3)
    by_zone = {r.zone: Tally() for r in idle if r.zone} | zones
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


def _joined(query: Select[*tuple[Any, ...]], start: datetime, end: datetime) -> Any:
    return (
        query.select_from(Airing)
        .outerjoin(Slot, Slot.id == Airing.slot_id)
        .outerjoin(Segment, Segment.id == Airing.segment_id)
        .outerjoin(Zone, Zone.id == Airing.zone_id)
        .where(Airing.scheduled_start >= start, Airing.scheduled_start < end)
    )


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
    # The database counts; the smaller reads run on their own connections meanwhile.
    with ThreadPoolExecutor(max_workers=8, thread_name_prefix="report") as pool:
        notable = pool.submit(month_rows, app, start, end, notable=True)
        never = pool.submit(never_aired, app, first, last, start, end)
        previous = pool.submit(previous_tally, app, prev_start, prev_end)
        counted = count_month(app, start, end, pool)
        report = build_report(
            meta,
            year,
            month,
            today,
            counted,
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
