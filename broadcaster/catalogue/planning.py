"""What airs when: the day's programme of each slot, decided by pure functions.

``order_entries`` puts khẩn cấp then ưu tiên segments first, then booking order, repeats
last;
``fit_entries`` decides what fits before the slot's end. ``plan_day`` only gathers
rows from the database and hands them to those two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from broadcaster.catalogue.bookings import booking_zones
from broadcaster.catalogue.dates import format_date
from broadcaster.catalogue.levels import level_rank
from broadcaster.catalogue.slots import slot_zones
from broadcaster.commune.targeting import ZoneScope, booking_in_zone, slot_in_zone
from broadcaster.models import Booking, Carryover, Segment, Slot, is_airable_status
from broadcaster.settings import Settings
from broadcaster.station import App

# The plan's word for a booking made after that day's slot was over (nothing owed to it).
BOOKED_AFTER_THE_SLOT = "đặt lịch sau khi buổi này đã kết thúc"

MIN_FILL_SECONDS = 10.0  # a relay «until the slot ends» needs at least this much
_WORD = re.compile(r"\w+", re.UNICODE)


def estimate_speech_seconds(spoken_text: str, syllables_per_minute: int) -> float:
    """Seconds a speaker needs for already-normalized text: syllables plus sentence pauses."""
    syllables = len(_WORD.findall(spoken_text))
    sentences = len(re.findall(r"[.!?;:\n]+", spoken_text))
    return round(syllables * 60.0 / max(1, syllables_per_minute) + sentences * 0.4, 1)


@dataclass(frozen=True)
class Entry:
    """One booked airing of a segment in a slot on a day (before fitting)."""

    booking_id: int
    segment_id: int
    title: str
    category: str
    level: str
    kind: str
    duration: float
    estimated: bool
    airable: bool
    warnings: tuple[str, ...] = ()
    per_day: int = 1
    repeat: int = 1
    carried: bool = False
    until: datetime | None = None  # exact end of validity (a bulletin's valid_to)
    fill: bool = False  # a relay «until the slot ends»: takes what is left of the slot
    # The fallback engine whose audio would air (a better one could not work): "" if none.
    fallback: str = ""


@dataclass(frozen=True)
class PlannedEntry:
    entry: Entry
    offset: float  # seconds after the slot's start
    fits: bool
    span: float | None = None  # the planned length when it differs from the entry's

    @property
    def length(self) -> float:
        return self.entry.duration if self.span is None else self.span


@dataclass
class SlotPlan:
    slot_id: int
    name: str
    start: datetime
    end: datetime
    entries: list[PlannedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def capacity(self) -> float:
        return (self.end - self.start).total_seconds()

    zone: str = ""  # the zone's name ("" : the implicit zone)

    @property
    def used(self) -> float:
        return programme_seconds(self.entries)

    @property
    def airing(self) -> list[PlannedEntry]:
        return [p for p in self.entries if p.fits]


@dataclass
class DayPlan:
    day: date
    slots: list[SlotPlan]


def programme_seconds(planned: list[PlannedEntry]) -> float:
    """How long a slot's fitted programme lasts, gaps included: THE slot length that
    ``plan``, ``status``, the console and the daemon's fitting all agree on."""
    return max((p.offset + p.length for p in planned if p.fits), default=0.0)


def order_entries(entries: list[Entry]) -> list[Entry]:
    """Khẩn cấp, then ưu tiên, then thông thường; within a level booking order; a booking's
    repeats come after every first airing of its level. Relays «until the slot ends» come
    last: they take whatever time is left."""
    rounds: list[Entry] = []
    for entry in entries:
        rounds.extend(
            entry if n == entry.repeat else replace(entry, repeat=n)
            for n in range(1, max(1, entry.per_day) + 1)
        )
    return sorted(rounds, key=lambda e: (e.fill, level_rank(e.level), e.repeat, e.booking_id))


def fit_entries(entries: list[Entry], capacity: float, gap: float) -> list[PlannedEntry]:
    """Place airable entries back to back with ``gap`` seconds between; first fit wins.

    An entry that cannot finish before the slot's end is not placed (``fits=False``);
    a later, shorter one may still be. Unairable entries are listed, never placed.
    """
    planned: list[PlannedEntry] = []
    cursor = 0.0
    for entry in entries:
        if not entry.airable:
            planned.append(PlannedEntry(entry, cursor, False))
            continue
        start = cursor if cursor == 0.0 else cursor + gap
        if entry.fill:
            rest = capacity - start
            fits = rest >= MIN_FILL_SECONDS
            planned.append(PlannedEntry(entry, start, fits, max(0.0, rest)))
            cursor = capacity if fits else cursor
            continue
        if start + entry.duration <= capacity + 1e-6:
            planned.append(PlannedEntry(entry, start, True))
            cursor = start + entry.duration
        else:
            planned.append(PlannedEntry(entry, start, False))
    return planned


def slot_runs_on(slot: Slot, day: date) -> bool:
    return (
        slot.weekdays[day.weekday()] == "1"
        and (slot.valid_from is None or slot.valid_from <= day)
        and (slot.valid_to is None or day <= slot.valid_to)
    )


def booking_runs_on(booking: Booking, day: date) -> bool:
    return (
        booking.cancelled_at is None
        and booking.date_from <= day <= booking.date_to
        and booking.weekdays[day.weekday()] == "1"
    )


def segment_duration(segment: Segment, settings: Settings) -> tuple[float, bool]:
    """(seconds, is_estimate): the rendered length when fresh, else an estimate from the
    segment's spoken text (``speech.spoken``, as the renderer will say it)."""
    if segment.kind == "relay":
        return segment.relay_seconds or 0.0, False
    if segment.audio_duration is not None and (
        segment.kind == "recording" or not segment.audio_stale
    ):
        return segment.audio_duration, False
    from broadcaster.speech.spoken import segment_spoken

    spoken = segment_spoken(segment, settings).text  # remembered: a day plan asks often
    return estimate_speech_seconds(spoken, settings.speech_rate_spm), True


def make_entry(booking: Booking, segment: Segment, day: date, app: App) -> Entry:
    warnings: list[str] = []
    if segment.status == "retired":
        warnings.append("tin đã ngừng phát")
    elif segment.status != "approved" and app.settings.require_approval:
        warnings.append("chưa được duyệt, sẽ không phát")
    if segment.valid_to and day > segment.valid_to:
        warnings.append(f"đã hết hạn từ {format_date(segment.valid_to)}, sẽ không phát")
    if segment.valid_from and day < segment.valid_from:
        warnings.append(f"chỉ phát từ {format_date(segment.valid_from)}")
    duration, estimated = segment_duration(segment, app.settings)
    in_validity = (segment.valid_to is None or day <= segment.valid_to) and (
        segment.valid_from is None or day >= segment.valid_from
    )
    return Entry(
        booking_id=booking.id,
        segment_id=segment.id,
        title=segment.title,
        category=segment.category,
        level=segment.level,
        kind=segment.kind,
        duration=duration,
        estimated=estimated,
        airable=is_airable_status(segment, app.settings.require_approval) and in_validity,
        warnings=tuple(warnings),
        per_day=booking.per_day,
        until=segment.valid_until,
        fill=segment.kind == "relay" and segment.relay_until_slot_end,
        fallback=fallback_engine(segment, app.settings),
    )


def fallback_engine(segment: Segment, settings: Settings) -> str:
    """The engine of the segment's fresh audio when it is a fallback one, else ""."""
    from broadcaster.speech.engines.registry import is_fallback

    if segment.kind != "script" or segment.audio_stale or not segment.audio_engine:
        return ""
    return (
        segment.audio_engine
        if is_fallback(segment.audio_engine, segment.category, settings)
        else ""
    )


def expire_at(entry: Entry, start: datetime, tz: ZoneInfo) -> Entry:
    """An entry whose validity ends (to the minute) before the slot starts does not air."""
    if entry.until is None or start < entry.until or not entry.airable:
        return entry
    local = entry.until.astimezone(tz)
    note = f"đã hết hạn lúc {local:%H:%M} {format_date(local.date())}, sẽ không phát"
    return replace(entry, airable=False, warnings=(*entry.warnings, note))


def plan_slot(slot: Slot, day: date, entries: list[Entry], app: App) -> SlotPlan:
    tz = app.settings.tz
    plan = SlotPlan(
        slot_id=slot.id,
        name=slot.name,
        start=datetime.combine(day, slot.start_time, tz),
        end=datetime.combine(day, slot.end_time, tz),
    )
    entries = [expire_at(e, plan.start, tz) for e in entries]
    plan.entries = fit_entries(order_entries(entries), plan.capacity, app.settings.segment_gap)
    left_out = [p for p in plan.entries if p.entry.airable and not p.fits]
    if left_out:
        need = sum(p.entry.duration for p in plan.entries if p.entry.airable)
        gaps = app.settings.segment_gap * max(
            0, len([p for p in plan.entries if p.entry.airable]) - 1
        )
        over = need + gaps - plan.capacity
        plan.warnings.append(
            f"Quá tải: cần {round(over)} giây nhiều hơn thời lượng buổi; "
            f"{len(left_out)} tin không kịp phát trong buổi này."
        )
    return plan


def late_booking(entry: Entry, booking: Booking, slot_ends: dict[int, datetime]) -> Entry:
    """Booked after that day's slot was over: nothing is owed to it (the daemon neither airs
    nor logs it), and the plan says so."""
    ended = slot_ends.get(booking.slot_id)
    if ended is None or booking.created_at < ended:
        return entry
    return replace(
        entry,
        airable=False,
        warnings=(*entry.warnings, BOOKED_AFTER_THE_SLOT),
    )


@dataclass(frozen=True)
class DayRows:
    """What the database holds for one day, read once for every zone: the slots that run,
    each booking's entry (zones aside), the carried entries, and the zone rows."""

    day: date
    slots: list[Slot]
    booked: list[tuple[int, int, Entry]]  # (booking id, slot id, entry)
    carried: list[tuple[int | None, int, Entry]]  # (zone id, slot id, entry)
    in_slot: dict[int, frozenset[int]]
    in_booking: dict[int, frozenset[int]]


def gather_days(app: App, days: Sequence[date]) -> list[DayRows]:
    """What the database holds for each of ``days``, in one read (the dashboard plans two
    days, a site's offline copy four): the bookings, slots and zones are loaded once."""
    if not days:
        return []
    first, last = min(days), max(days)
    tz = app.settings.tz
    with app.db.transaction() as session:
        all_slots = list(
            session.scalars(select(Slot).where(Slot.removed_at.is_(None)).order_by(Slot.start_time))
        )
        bookings = session.scalars(
            select(Booking)
            .options(joinedload(Booking.segment))
            .where(
                Booking.cancelled_at.is_(None),
                Booking.date_from <= last,
                Booking.date_to >= first,
            )
            .order_by(Booking.id)
        ).all()
        carries = list(
            session.scalars(
                select(Carryover)
                .where(
                    Carryover.to_start >= datetime.combine(first, time(0), tz),
                    Carryover.to_start < datetime.combine(last + timedelta(days=1), time(0), tz),
                )
                .order_by(Carryover.id)
            )
        )
        carried_bookings = {c.booking_id: session.get(Booking, c.booking_id) for c in carries}
        in_slot, in_booking = slot_zones(session), booking_zones(session)
        found = []
        for day in days:
            slots = [s for s in all_slots if slot_runs_on(s, day)]
            slot_ends = {s.id: datetime.combine(day, s.end_time, tz) for s in slots}
            booked = [
                (b.id, b.slot_id, late_booking(make_entry(b, b.segment, day, app), b, slot_ends))
                for b in bookings
                if b.date_from <= day <= b.date_to and booking_runs_on(b, day)
            ]
            day_start = datetime.combine(day, time(0), tz)
            carried: list[tuple[int | None, int, Entry]] = []
            for carry in carries:
                carried_booking = carried_bookings[carry.booking_id]
                if carried_booking is None or not (
                    day_start <= carry.to_start < day_start + timedelta(days=1)
                ):
                    continue
                entry = make_entry(carried_booking, carried_booking.segment, day, app)
                entry = replace(
                    entry,
                    per_day=1,
                    carried=True,
                    warnings=(*entry.warnings, "chuyển từ buổi trước (không kịp phát)"),
                )
                carried.append((carry.zone_id, carry.to_slot_id, entry))
            found.append(DayRows(day, slots, booked, carried, in_slot, in_booking))
        return found


def gather_day(app: App, day: date) -> DayRows:
    return gather_days(app, [day])[0]


def starting_from(rows: DayRows, moment: datetime, tz: ZoneInfo) -> DayRows:
    """The day's rows without the slots that started before ``moment`` (each slot is
    planned on its own, so the others' plans do not change)."""
    later = [s for s in rows.slots if datetime.combine(rows.day, s.start_time, tz) >= moment]
    return replace(rows, slots=later)


def zone_plan(rows: DayRows, zone: int | None, app: App) -> DayPlan:
    """One zone's day plan from the day's rows (no database): what airs where."""
    empty: frozenset[int] = frozenset()
    by_slot: dict[int, list[Entry]] = {}
    for booking_id, slot_id, entry in rows.booked:
        if booking_in_zone(
            rows.in_booking.get(booking_id, empty), rows.in_slot.get(slot_id, empty), zone
        ):
            by_slot.setdefault(slot_id, []).append(entry)
    for carry_zone, slot_id, entry in rows.carried:
        if carry_zone == zone:
            by_slot.setdefault(slot_id, []).append(entry)
    slots = [s for s in rows.slots if slot_in_zone(rows.in_slot.get(s.id, empty), zone)]
    return DayPlan(rows.day, [plan_slot(s, rows.day, by_slot.get(s.id, []), app) for s in slots])


def plan_day(app: App, day: date, zone: int | None = None) -> DayPlan:
    """The day's programme of one zone (``None``: the implicit zone, every slot)."""
    return zone_plan(gather_day(app, day), zone, app)


def plan_days(app: App, days: Sequence[date], zone: int | None = None) -> list[DayPlan]:
    """``plan_day`` for several days, from one read."""
    return [zone_plan(rows, zone, app) for rows in gather_days(app, days)]


def plan_zones(app: App, day: date, zones: list[ZoneScope]) -> list[tuple[ZoneScope, DayPlan]]:
    """What airs where: each zone's day plan (the implicit zone when there is none), from
    one read of the day."""
    return zones_of(gather_day(app, day), zones, app)


def plan_zones_days(
    app: App, days: Sequence[date], zones: list[ZoneScope]
) -> list[list[tuple[ZoneScope, DayPlan]]]:
    """``plan_zones`` for several days, from one read."""
    return [zones_of(rows, zones, app) for rows in gather_days(app, days)]


def zones_of(rows: DayRows, zones: list[ZoneScope], app: App) -> list[tuple[ZoneScope, DayPlan]]:
    found = []
    for scope in zones:
        plan = zone_plan(rows, scope.zone_id, app)
        for slot in plan.slots:
            slot.zone = scope.name
        found.append((scope, plan))
    return found
