"""The station at a glance, for the console's dashboard: what is on air, what comes next
today, the day's problems and the warnings that need the operator's action.

``collect_warnings`` is a pure function of what ``overview`` read from the database.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from broadcaster.catalogue.planning import DayPlan, plan_days
from broadcaster.models import PROBLEM_OUTCOMES, Airing, Segment
from broadcaster.playout.control import daemon_running
from broadcaster.playout.journal import journal_warnings
from broadcaster.speech.batch import needs_audio
from broadcaster.station import App

DISK_LOW_BYTES = 2_000_000_000
DISK_LOW_SHARE = 0.05


@dataclass(frozen=True)
class OnAir:
    airing_id: int
    title: str
    slot: str
    started: datetime
    elapsed: float
    remaining: float | None


@dataclass(frozen=True)
class Coming:
    slot: str
    start: datetime
    titles: list[str]
    seconds: float


@dataclass
class Overview:
    alive: bool
    heartbeat_at: datetime | None
    on_air: list[OnAir]
    coming: list[Coming]
    problems: list[Airing]
    warnings: list[str] = field(default_factory=list)


def on_air(app: App) -> list[OnAir]:
    now = app.now()
    found: list[OnAir] = []
    with app.db.transaction() as session:
        rows = session.scalars(
            select(Airing)
            .options(joinedload(Airing.segment), joinedload(Airing.slot))
            .where(Airing.outcome == "open")
        ).all()
        for airing in rows:
            started = airing.actual_start or airing.scheduled_start
            elapsed = max(0.0, (now - started).total_seconds())
            length = airing.segment.audio_duration if airing.segment else None
            found.append(
                OnAir(
                    airing.id,
                    airing.segment.title if airing.segment else "?",
                    airing.slot.name if airing.slot else "Phát ngay",
                    started,
                    elapsed,
                    max(0.0, length - elapsed) if length else None,
                )
            )
    return found


def collect_warnings(
    plans: list[DayPlan],
    unrendered: list[str],
    disk_free: int | None,
    disk_total: int | None,
) -> list[str]:
    """Every warning of the coming plans, slots that overflow, audio still missing, disk."""
    found: list[str] = []
    for plan in plans:
        for slot in plan.slots:
            for warning in slot.warnings:
                found.append(f"{slot.name} {slot.start:%d/%m}: {warning}")
            for placed in slot.entries:
                for warning in placed.entry.warnings:
                    found.append(
                        f"{slot.name} {slot.start:%d/%m}: «{placed.entry.title}» {warning}"
                    )
    for title in unrendered:
        found.append(f"«{title}» chưa có âm thanh (bấm «Tạo âm thanh» ở trang tin bài).")
    low = (
        disk_free is not None
        and disk_total
        and (disk_free < DISK_LOW_BYTES or disk_free < disk_total * DISK_LOW_SHARE)
    )
    if low and disk_free is not None:
        found.append(f"Đĩa sắp đầy: chỉ còn {disk_free / 1e9:.1f} GB trống. Hãy xoá bớt tệp cũ.")
    return list(dict.fromkeys(found))


def _disk(home: Path) -> tuple[int | None, int | None]:
    try:
        usage = shutil.disk_usage(home)
    except OSError:
        return None, None
    return usage.free, usage.total


def overview(app: App) -> Overview:
    now = app.now()
    today = app.today()
    alive, beat, journal, _owner = daemon_running(app)
    plans = [
        DayPlan(plan.day, [s for s in plan.slots if s.end > now])
        for plan in plan_days(app, [today, today + timedelta(days=1)])
    ]
    coming = [
        Coming(
            slot.name,
            slot.start,
            [p.entry.title for p in slot.airing],
            slot.used,
        )
        for slot in plans[0].slots + plans[1].slots
        if slot.start > now
    ][:4]
    day_start = datetime.combine(today, time(0), app.settings.tz)
    booked = {p.entry.segment_id for plan in plans for slot in plan.slots for p in slot.airing}
    with app.db.transaction() as session:
        problems = list(
            session.scalars(
                select(Airing)
                .options(joinedload(Airing.segment), joinedload(Airing.slot))
                .where(
                    Airing.scheduled_start >= day_start,
                    Airing.scheduled_start < day_start + timedelta(days=1),
                    Airing.outcome.in_(PROBLEM_OUTCOMES),
                )
                .order_by(Airing.scheduled_start)
            )
        )
        segments = session.scalars(select(Segment).where(Segment.id.in_(booked))).all()
        unrendered = [s.title for s in segments if needs_audio(s)]
    free, total = _disk(app.settings.home)
    warnings = journal_warnings(journal)
    warnings += collect_warnings(plans, unrendered, free, total)
    return Overview(alive, beat, on_air(app), coming, problems, warnings)
