"""Pure playout decisions: which slot occurrences exist, whether one airs, what still fits.

No database, no clock: everything is passed in, so each rule is tested on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from broadcaster.catalogue.planning import Entry, PlannedEntry, fit_entries, slot_runs_on
from broadcaster.models import Slot


@dataclass(frozen=True)
class Occurrence:
    """One slot on one day."""

    slot_id: int
    name: str
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return f"{self.slot_id}@{self.start.isoformat()}"

    @property
    def day(self) -> date:
        return self.start.date()


def occurrences(
    slots: list[Slot], since: datetime, until: datetime, tz: ZoneInfo
) -> list[Occurrence]:
    """Every occurrence of the slots whose start lies in ``[since, until)``, in order."""
    found: list[Occurrence] = []
    day = since.astimezone(tz).date()
    last = until.astimezone(tz).date()
    while day <= last:
        for slot in slots:
            if slot.removed_at is None and slot_runs_on(slot, day):
                start = datetime.combine(day, slot.start_time, tz)
                if since <= start < until:
                    found.append(
                        Occurrence(
                            slot.id, slot.name, start, datetime.combine(day, slot.end_time, tz)
                        )
                    )
        day += timedelta(days=1)
    return sorted(found, key=lambda o: o.start)


@dataclass(frozen=True)
class Decision:
    """``air`` at ``start_at`` (maybe late), or ``missed`` with the operator-readable reason."""

    action: str
    start_at: datetime | None = None
    reason: str = ""


def judge_start(occ: Occurrence, now: datetime, grace: timedelta) -> Decision:
    if now <= occ.start:
        return Decision("air", occ.start)
    if now - occ.start <= grace and now < occ.end:
        return Decision("air", now)
    late = round((now - occ.start).total_seconds() / 60)
    return Decision(
        "missed",
        reason=(
            f"Không phát được buổi «{occ.name}» lúc {occ.start:%H:%M %d/%m/%Y}: máy tính hoặc "
            f"phần mềm không chạy (chạy lại muộn {late} phút, quá thời gian chờ)."
        ),
    )


def fit_from(
    entries: list[Entry], start_at: datetime, slot_end: datetime, gap: float
) -> tuple[list[PlannedEntry], list[Entry]]:
    """What airs when the programme starts at ``start_at``: (placed, airable left out)."""
    capacity = max(0.0, (slot_end - start_at).total_seconds())
    planned = fit_entries(entries, capacity, gap)
    placed = [p for p in planned if p.fits]
    left = [p.entry for p in planned if p.entry.airable and not p.fits]
    return placed, left


def carry_target(
    after: Occurrence, candidates: list[Occurrence], last_day: date | None
) -> Occurrence | None:
    """The first later occurrence on or before ``last_day`` (the booking's or segment's end)."""
    for occ in candidates:
        if occ.start > after.start and (last_day is None or occ.day <= last_day):
            return occ
    return None


def entry_key(entry: Entry) -> tuple[int | None, int]:
    """(booking, segment): how the log's rows and carries name an entry of a slot."""
    return (entry.booking_id or None, entry.segment_id)


def remaining(entries: list[Entry], done: Counter[tuple[int | None, int]]) -> list[Entry]:
    """The entries of a started slot that have no final row (nor carry) yet, in order."""
    left: list[Entry] = []
    budget = Counter(done)
    for entry in entries:
        key = entry_key(entry)
        if budget[key] > 0:
            budget[key] -= 1
        else:
            left.append(entry)
    return left


def resume_reason(occ: Occurrence, heard: datetime, now: datetime, tz: ZoneInfo) -> str:
    return (
        f"Phần mềm bị tắt giữa buổi «{occ.name}» {occ.start.astimezone(tz):%H:%M %d/%m/%Y} "
        f"(phát được đến {heard.astimezone(tz):%H:%M:%S}) và chạy lại lúc "
        f"{now.astimezone(tz):%H:%M:%S}, khi buổi đã hết hoặc đã quá thời gian chờ; "
        "tin này chưa được phát."
    )
