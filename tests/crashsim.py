"""A day of slots on an injected clock, with kill -9 crash points, against a real SQLite file.

The daemon's own code runs (fire, the airer, the log writer, the journal, recover and
catch-up); only time is simulated. A crash is faithful to kill -9: at the crash instant
the clock raises :class:`Crash` wherever the daemon is (waiting for a slot, mid-airing),
log writes still queued are thrown away, nothing is closed or flushed, the flock is
dropped as the kernel would; the restart builds a new App and Daemon on the same files.
Used by the property test and by ``bench/bench_faults.py``.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.models import Airing
from broadcaster.playout.airlog import slot_record
from broadcaster.playout.daemon import PREPARE_LEAD, Daemon, entries_for, upcoming
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.playout.programme import Occurrence, remaining
from broadcaster.settings import load_settings
from broadcaster.speech.render import Renderer
from broadcaster.station import App, init_station, open_station


class Crash(BaseException):
    """kill -9: raised by the clock at the crash instant, caught only by the simulator."""


class CrashingClock(FakeClock):
    def __init__(self, start: datetime) -> None:
        super().__init__(start)
        self.crash_at: datetime | None = None
        self.tick: object = None  # called every few simulated seconds (the heartbeat)
        self._next_tick = start

    def sleep(self, seconds: float) -> None:
        target = self.now() + timedelta(seconds=max(0.0, seconds))
        if self.crash_at is not None and target >= self.crash_at:
            self.advance(max(0.0, (self.crash_at - self.now()).total_seconds()))
            self.crash_at = None
            raise Crash
        self.advance(max(0.0, seconds))
        if self.tick is not None and self.now() >= self._next_tick:
            self._next_tick = self.now() + timedelta(seconds=5)
            self.tick()  # type: ignore[operator]


# A day of a commune station: (name, start, end, item lengths in seconds).
DAY = (
    ("Sáng sớm", time(5, 30), time(5, 45), (63, 20, 45)),
    ("Sáng", time(6, 30), time(6, 40), (90, 30, 30, 20)),
    ("Trưa", time(11, 0), time(11, 10), (45, 63)),
    ("Chiều", time(17, 0), time(17, 15), (120, 20, 40)),
    ("Tối", time(19, 0), time(19, 6), (30, 63, 25)),
    ("Khuya", time(21, 0), time(21, 4), (40, 40, 40, 40, 40)),
)


def tone_file(folder: Path, seconds: int) -> Path:
    path = folder / f"tone-{seconds}.wav"
    if not path.exists():
        synth = ["synth", str(seconds), "sine", "440"]
        command = ["sox", "-n", "-r", "16000", "-c", "1", str(path), *synth]
        subprocess.run(command, check=True, capture_output=True)
    return path


@dataclass
class DayResult:
    expected: int  # booked airings of the day
    rows: int  # final log rows of the day's slots (plus logged carries)
    duplicates: int
    missing: int
    open_rows: int
    crashes: int
    outcomes: Counter[str] = field(default_factory=Counter)


def build_station(home: Path, tones: Path, day: datetime) -> None:
    settings = load_settings(home, {"segment_gap": 1.0}, env={})
    clock = FakeClock(day)
    init_station(settings, clock)
    app = open_station(settings, clock)
    try:
        n = 0
        for name, start, end, lengths in DAY:
            add_slot(app, SlotSpec(name, start, end))
            for seconds in lengths:
                n += 1
                sid = add_segment(
                    app,
                    SegmentInput(
                        title=f"Tin {n}", category="khac", recording=tone_file(tones, seconds)
                    ),
                ).id
                approve_segment(app, sid, "A")
                book_segment(app, BookingRequest(sid, (name,), day.date(), day.date()))
        renderer = Renderer(app)
        for sid in range(1, n + 1):
            renderer.render_and_store(sid)
    finally:
        app.close()


class Simulator:
    def __init__(self, home: Path, day: datetime) -> None:
        self.home = home
        self.day = day
        self.clock = CrashingClock(day)
        self.daemon: Daemon | None = None
        self.app: App | None = None
        self.crashes = 0

    def boot(self) -> Daemon:
        settings = replace(load_settings(self.home, env={}), heartbeat_seconds=5)
        self.app = open_station(settings, self.clock)
        out = FileOutput(str(self.home / "air.wav"), settings.sample_rate, self.clock)
        daemon = Daemon(self.app, out)
        self.daemon = daemon
        self.clock.tick = daemon.heartbeat
        daemon.recover()
        return daemon

    def kill(self) -> None:
        """What kill -9 leaves behind: queued log writes lost, nothing closed, lock dropped."""
        assert self.daemon is not None and self.app is not None
        writer = self.daemon.airer.writer
        writer.drop_pending()
        writer.close()
        self.daemon.ownership.release()
        self.daemon.output.close()
        self.app.close()
        self.crashes += 1

    def drain(self, daemon: Daemon) -> None:
        while not daemon.airer._work.empty():
            _p, _s, programme = daemon.airer._work.get_nowait()
            daemon.airer.air(programme)
        daemon.airer.writer.flush()

    def run(self, crashes: list[tuple[float, float]]) -> None:
        """Air the day; ``crashes``: (seconds after the day's start, restart delay seconds)."""
        plan = sorted(crashes)
        daemon = self.boot()
        end = self.day + timedelta(days=1) - timedelta(minutes=1)
        while True:
            if plan and self.clock.crash_at is None:
                at, delay = plan[0]
                self.clock.crash_at = max(self.clock.now(), self.day + timedelta(seconds=at))
            try:
                self.step_until(daemon, end)
                if not plan:
                    return
                self.clock.sleep((end - self.clock.now()).total_seconds() + 60)  # idle crash
            except Crash:
                self.kill()
                _at, delay = plan.pop(0)
                self.clock.advance(delay)
                daemon = self.boot()
                continue
            return

    def step_until(self, daemon: Daemon, end: datetime) -> None:
        self.drain(daemon)
        while self.clock.now() < end:
            coming = [
                o
                for o in daemon.upcoming(self.clock.now(), end - self.clock.now())
                if o.key not in daemon.handled
            ]
            if not coming:
                return
            occ = coming[0]
            wait = (occ.start - PREPARE_LEAD - self.clock.now()).total_seconds()
            if wait > 0:
                self.clock.sleep(wait)
            daemon.resume(occ)
            self.drain(daemon)

    def check(self) -> DayResult:
        settings = load_settings(self.home, env={})
        app = open_station(settings, self.clock)
        try:
            slots = upcoming(app, self.day, timedelta(days=1) - timedelta(seconds=1))
            return _tally(app, slots, self.crashes)
        finally:
            app.close()


def _tally(app: App, slots: list[Occurrence], crashes: int) -> DayResult:
    expected = rows = duplicates = missing = 0
    for occ in slots:
        entries = entries_for(app, occ)
        record = slot_record(app, occ.slot_id, occ.start)
        expected += len(entries)
        rows += sum(record.done.values())
        missing += len(remaining(entries, record.done))
        wanted = Counter((e.booking_id or None, e.segment_id) for e in entries)
        duplicates += sum(max(0, n - wanted[k]) for k, n in record.done.items())
    with app.db.transaction() as session:
        open_rows = session.scalar(select(func.count(Airing.id)).where(Airing.outcome == "open"))
        grouped = session.execute(select(Airing.outcome, func.count()).group_by(Airing.outcome))
        outcomes = Counter({str(o): int(n) for o, n in grouped})
    return DayResult(expected, rows, duplicates, missing, open_rows or 0, crashes, outcomes)
