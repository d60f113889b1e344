"""The airer and the daemon's decisions on an injected clock, with a real file output.

The file output paces itself by the fake clock, so a 30-second programme "plays"
instantly while every time in the log is what a real station would have logged.
"""

import hashlib
import subprocess
import wave
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import numpy as np
import pytest
from conftest import TZ
from sqlalchemy import select

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.planning import Entry, plan_day
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment, edit_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.errors import OutputError, TTSError
from broadcaster.models import Airing, Carryover, Segment, SegmentEvent
from broadcaster.playout.airer import Airer, Item, Programme
from broadcaster.playout.airlog import AiringRef, checkpoint, close_interrupted, open_airing
from broadcaster.playout.control import daemon_alive
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.playout.programme import Occurrence
from broadcaster.speech.render import Renderer
from broadcaster.station import App

RATE = 24000
SIX = datetime(2026, 11, 23, 6, 0, tzinfo=TZ)


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def airings(app: App) -> list[Airing]:
    with app.db.transaction() as session:
        return list(session.scalars(select(Airing).order_by(Airing.id)))


def new_segment(app: App, text: str = "Tin", level: str = "thong-thuong") -> int:
    seg = add_segment(
        app, SegmentInput(category="khac", level=level, script=script_from_text(text))
    )
    approve_segment(app, seg.id, "A")
    return seg.id


def item(app: App, seconds: float, occ: Occurrence | None) -> Item:
    sid = new_segment(app)
    e = Entry(
        booking_id=0,
        segment_id=sid,
        title="t",
        category="khac",
        level="thong-thuong",
        kind="script",
        duration=seconds,
        estimated=False,
        airable=True,
    )
    ref = AiringRef(sid, occ.slot_id if occ else None, None, occ.start if occ else SIX)
    return Item(e, ref, tone(seconds))


@pytest.fixture
def slot_occ(app: App) -> Occurrence:
    slot = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 30)))
    return Occurrence(slot.id, slot.name, SIX, SIX + timedelta(minutes=30))


@pytest.fixture
def out(app: App, clock: FakeClock, tmp_path: Path) -> FileOutput:
    return FileOutput(str(tmp_path / "air.wav"), RATE, clock)


def test_programme_airs_back_to_back_with_the_planned_gap(
    app: App, clock: FakeClock, out: FileOutput, slot_occ: Occurrence
) -> None:
    airer = Airer(app, out)
    airer.air(Programme(slot_occ, [item(app, 5, slot_occ), item(app, 3, slot_occ)], SIX))
    airer.writer.flush()
    rows = airings(app)
    assert [r.outcome for r in rows] == ["aired", "aired"]
    assert rows[0].actual_start == SIX
    assert rows[0].duration == pytest.approx(5.0)
    gap = (rows[1].actual_start - rows[0].actual_end).total_seconds()
    assert gap == pytest.approx(app.settings.segment_gap)
    assert rows[1].duration == pytest.approx(3.0)
    out.close()
    with wave.open(str(out.path)) as wav:
        assert wav.getnframes() == int((5 + 3 + app.settings.segment_gap) * RATE)


def test_play_now_preempts_then_the_slot_continues(
    app: App, clock: FakeClock, out: FileOutput, slot_occ: Occurrence
) -> None:
    airer = Airer(app, out)
    first, second = item(app, 10, slot_occ), item(app, 4, slot_occ)
    original = out.play

    def play_and_preempt(samples, **kw):  # type: ignore[no-untyped-def]
        progress = kw["progress"]

        def hook(started: datetime, frames: int) -> None:
            progress(started, frames)
            if frames >= 4 * RATE and airer.current and airer.current.occ:
                airer.preempt()  # an operator's «play now» arrives 4 s in

        return original(samples, **{**kw, "progress": hook})

    out.play = play_and_preempt  # type: ignore[method-assign]
    airer.air(Programme(slot_occ, [first, second], SIX))
    out.play = original  # type: ignore[method-assign]
    urgent = item(app, 2, None)
    airer.air(Programme(None, [urgent]))
    _prio, _seq, continuation = airer._work.get_nowait()
    airer.air(continuation)
    airer.writer.flush()
    rows = airings(app)
    assert [(r.segment_id, r.outcome) for r in rows] == [
        (first.entry.segment_id, "preempted"),
        (urgent.entry.segment_id, "aired"),
        (second.entry.segment_id, "aired"),
    ]
    assert rows[0].duration == pytest.approx(4.0 + app.settings.fade_ms / 1000, abs=0.03)
    assert rows[1].actual_start >= rows[0].actual_end
    assert rows[2].actual_start >= rows[1].actual_end


def test_play_now_during_the_lead_in_keeps_the_slot_on_time(
    app: App, clock: FakeClock, out: FileOutput, slot_occ: Occurrence
) -> None:
    airer = Airer(app, out)
    original_sleep = clock.sleep

    def sleep_then_preempt(seconds: float) -> None:
        original_sleep(seconds)
        if clock.now() >= SIX - timedelta(seconds=30) and airer.current is not None:
            airer.preempt()  # «play now» 30 s before the slot starts

    clock.sleep = sleep_then_preempt  # type: ignore[method-assign]
    airer.air(Programme(slot_occ, [item(app, 5, slot_occ)], SIX))
    clock.sleep = original_sleep  # type: ignore[method-assign]
    assert airings(app) == []  # nothing of the slot went out
    airer.air(Programme(None, [item(app, 2, None)]))
    _prio, _seq, continuation = airer._work.get_nowait()
    assert continuation.start_at == SIX
    airer.air(continuation)
    airer.writer.flush()
    rows = airings(app)
    assert [r.outcome for r in rows] == ["aired", "aired"]
    assert rows[1].actual_start == SIX  # the slot still started on the second


def test_output_failing_mid_airing_logs_partial_and_failed(
    app: App, clock: FakeClock, out: FileOutput, slot_occ: Occurrence
) -> None:
    original = out.play

    def unplugged(samples, **kw):  # type: ignore[no-untyped-def]
        progress = kw["progress"]

        def hook(started: datetime, frames: int) -> None:
            progress(started, frames)
            if frames >= 2 * RATE:
                raise OutputError("Thiết bị âm thanh «pulse» bị rút ra khi đang phát")

        return original(samples, **{**kw, "progress": hook})

    out.play = unplugged  # type: ignore[method-assign]
    airer = Airer(app, out)
    airer.air(Programme(slot_occ, [item(app, 5, slot_occ), item(app, 5, slot_occ)], SIX))
    airer.writer.flush()
    rows = airings(app)
    assert [r.outcome for r in rows] == ["partial", "failed"]
    assert "bị rút ra" in rows[0].error and "bị rút ra" in rows[1].error
    assert rows[0].duration == pytest.approx(2.0, abs=0.1)


def test_interrupted_airing_is_closed_with_what_went_out(
    app: App, clock: FakeClock, slot_occ: Occurrence
) -> None:
    sid = new_segment(app)
    row = open_airing(app, AiringRef(sid, slot_occ.slot_id, None, SIX), SIX)
    checkpoint(app, row, SIX + timedelta(seconds=12))
    assert close_interrupted(app) == [row]
    closed = airings(app)[0]
    assert closed.outcome == "interrupted" and closed.duration == pytest.approx(12.0)
    assert "mất điện" in closed.error


@pytest.fixture
def station(app: App, clock: FakeClock, tmp_path: Path) -> Daemon:
    """A station with espeak-ng only, a morning slot and two booked segments."""
    app.settings = replace(app.settings, tts_engines=("espeak-ng",), segment_gap=1.0)
    slot = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 1)))
    for text in ("Tin thứ nhất về lịch họp dân.", "Tin thứ hai về tiêm chủng."):
        sid = new_segment(app, text)
        book_segment(
            app, BookingRequest(sid, (slot.name,), SIX.date(), SIX.date() + timedelta(days=3))
        )
    return Daemon(app, FileOutput(str(tmp_path / "air.wav"), RATE, clock))


def the_occurrence(daemon: Daemon) -> Occurrence:
    return daemon.upcoming(SIX - timedelta(minutes=1), timedelta(minutes=2))[0]


def run_queue(daemon: Daemon) -> None:
    while not daemon.airer._work.empty():
        _p, _s, programme = daemon.airer._work.get_nowait()
        daemon.airer.air(programme)
    daemon.airer.writer.flush()


def test_fire_on_time_airs_the_booked_programme(station: Daemon, clock: FakeClock) -> None:
    clock.advance(3600 - 8)  # 05:59:52, the job's lead time before 06:00
    station.fire(the_occurrence(station))
    run_queue(station)
    rows = airings(station.app)
    assert [r.outcome for r in rows] == ["aired", "aired"]
    assert rows[0].actual_start == SIX and rows[0].engine == "espeak-ng"
    assert rows[0].audio_hash and len(rows[0].audio_hash) == 64


def test_fire_within_grace_airs_late_with_its_real_start(station: Daemon, clock: FakeClock) -> None:
    clock.advance(3600 + 20)  # 06:00:20
    station.fire(the_occurrence(station))
    run_queue(station)
    rows = airings(station.app)
    assert rows[0].scheduled_start == SIX
    assert rows[0].actual_start == SIX + timedelta(seconds=20)


def test_fire_after_grace_logs_missed_and_plays_nothing(station: Daemon, clock: FakeClock) -> None:
    clock.advance(3600 + 11 * 60)  # 06:11, the slot is long over
    station.fire(the_occurrence(station))
    assert station.airer._work.empty()
    station.airer.writer.flush()
    rows = airings(station.app)
    assert [r.outcome for r in rows] == ["missed", "missed"]
    assert rows[0].error.startswith("Không phát được buổi «Buổi sáng» lúc 06:00 23/11/2026")


def test_catch_up_after_outage_never_plays_old_slots_back_to_back(
    station: Daemon, clock: FakeClock
) -> None:
    clock.advance(3600 + 2 * 86400 + 60)  # two days later, 06:01: every slot since was missed
    station.catch_up(last_seen=SIX - timedelta(minutes=30))
    assert station.airer._work.empty()
    station.airer.writer.flush()
    rows = airings(station.app)
    assert {r.outcome for r in rows} == {"missed"}
    assert sorted({r.scheduled_start for r in rows}) == [SIX + timedelta(days=d) for d in range(3)]


def test_a_segment_that_cannot_fit_is_carried_to_the_next_slot(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    long = new_segment(app, "Một bản tin rất dài. " * 40)
    book_segment(
        app, BookingRequest(long, ("Buổi sáng",), SIX.date(), SIX.date() + timedelta(days=1))
    )
    clock.advance(3600 - 8)
    station.fire(the_occurrence(station))
    run_queue(station)
    with app.db.transaction() as session:
        carries = list(session.scalars(select(Carryover)))
        events = [
            e.detail
            for e in session.scalars(select(SegmentEvent).where(SegmentEvent.action == "carried"))
        ]
    assert [(c.segment_id, c.to_start) for c in carries] == [(long, SIX + timedelta(days=1))]
    assert "chuyển sang buổi «Buổi sáng» 06:00 24/11" in events[0]
    tomorrow = plan_day(app, SIX.date() + timedelta(days=1)).slots[0]
    assert any(p.entry.carried and p.entry.segment_id == long for p in tomorrow.entries)


def test_damaged_audio_is_rendered_again_before_its_airing(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    clock.advance(3600 - 8)
    occ = the_occurrence(station)
    first_id = station.entries_for(occ)[0].segment_id
    path = Path(station.renderer.render_and_store(first_id).path)
    good = path.read_bytes()
    path.write_bytes(np.random.default_rng(1).bytes(len(good)))  # damaged on disk
    assert station.needs_render([first_id]) == [first_id]
    station.fire(occ)
    run_queue(station)
    rows = airings(app)
    assert [r.outcome for r in rows] == ["aired", "aired"]
    assert path.read_bytes() == good  # the same speech, rendered again
    assert rows[0].audio_hash == hashlib.sha256(good).hexdigest()


def test_audio_that_cannot_be_repaired_fails_that_airing_and_the_next_one_airs(
    station: Daemon, clock: FakeClock, tmp_path: Path
) -> None:
    app = station.app
    clock.advance(3600 - 8)
    occ = the_occurrence(station)
    first_id = station.entries_for(occ)[0].segment_id
    for entry in station.entries_for(occ):
        station.renderer.render_and_store(entry.segment_id)
    station.renderer = Renderer(app, broken_engine)  # and no engine can speak now
    with app.db.transaction() as session:
        segment = session.get(Segment, first_id)
        assert segment is not None and segment.audio_path
        Path(segment.audio_path).write_bytes(b"\x00garbage" * 100)
    station.fire(occ)
    run_queue(station)
    rows = airings(app)
    assert [r.outcome for r in rows] == ["failed", "aired"]
    assert "Không bộ đọc nào đọc được" in rows[0].error


def broken_engine(name: str, settings: object) -> object:
    raise TTSError(f"{name} hỏng")


def test_a_replaced_recording_is_rendered_again_before_air(station: Daemon, tmp_path: Path) -> None:
    app = station.app
    first, second = tmp_path / "a.wav", tmp_path / "b.wav"
    for path, freq in ((first, "440"), (second, "660")):
        subprocess.run(
            ["sox", "-n", "-r", "24000", "-c", "1", str(path), "synth", "2", "sine", freq],
            check=True,
        )
    sid = add_segment(app, SegmentInput(category="tiep-song", recording=first)).id
    old = station.renderer.render_and_store(sid).path
    assert station.needs_render([sid]) == []
    edit_segment(app, sid, SegmentInput(recording=second))
    assert old.exists() and station.needs_render([sid]) == [sid]  # old file is still there
    station.ensure_rendered([sid])
    assert station.needs_render([sid]) == []
    with app.db.transaction() as session:
        segment = session.get(Segment, sid)
        assert segment is not None and segment.audio_path != str(old)


def test_empty_slot_airs_and_logs_nothing(app: App, clock: FakeClock, tmp_path: Path) -> None:
    add_slot(app, SlotSpec("Trống", time(6), time(6, 30)))
    daemon = Daemon(app, FileOutput(str(tmp_path / "a.wav"), RATE, clock))
    clock.advance(3600 - 8)
    daemon.fire(daemon.upcoming(SIX - timedelta(minutes=1), timedelta(minutes=2))[0])
    assert daemon.airer._work.empty() and airings(app) == []


def test_sync_keeps_one_job_per_upcoming_occurrence(station: Daemon, clock: FakeClock) -> None:
    station.sync()
    jobs = [j.id for j in station.scheduler.get_jobs() if j.id.startswith("air:")]
    assert len(jobs) == 1  # 06:00 today; tomorrow's is beyond the 24 h horizon from 05:00
    with station.app.db.transaction() as session:
        from broadcaster.models import Slot

        for slot in session.scalars(select(Slot)):
            slot.removed_at = clock.now()
    station.sync()
    assert [j for j in station.scheduler.get_jobs() if j.id.startswith("air:")] == []


def test_a_cleanly_stopped_daemon_is_not_taken_for_a_running_one(
    station: Daemon, clock: FakeClock
) -> None:
    station.recover()  # owns the station and beats once
    assert daemon_alive(station.app)[0]
    station.stop()
    alive, beat = daemon_alive(station.app)
    assert not alive  # status, the console and «play now» must not wait for it
    assert beat == clock.now()  # the last beat stays: the next start catches up from it
    station.heartbeat()  # a beat that comes after the stop changes nothing
    assert not daemon_alive(station.app)[0]


# -- bookings, approvals and edits that reach an occurrence already prepared or on air ----
def _book_today(app: App, sid: int) -> None:
    book_segment(app, BookingRequest(sid, ("Buổi sáng",), SIX.date(), SIX.date()))


def test_a_booking_made_while_the_slot_is_on_air_airs_in_what_is_left_of_it(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    clock.advance(3600 - 8)
    station.fire(the_occurrence(station))
    run_queue(station)  # both booked items aired; the slot runs until 06:01
    late = new_segment(app, "Tin đặt muộn.")
    _book_today(app, late)
    planned = plan_day(app, SIX.date()).slots[0]
    assert [p.fits for p in planned.entries if p.entry.segment_id == late] == [True]
    station.sync()
    run_queue(station)
    rows = airings(app)
    assert [r.outcome for r in rows] == ["aired", "aired", "aired"]
    assert rows[2].segment_id == late and rows[2].scheduled_start == SIX
    assert rows[2].actual_start is not None and rows[2].actual_start >= rows[1].actual_end
    station.sync()  # judged once: nothing is queued again
    assert station.airer._work.empty()


def test_a_late_booking_that_no_longer_fits_is_logged_missed_with_the_reason(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    clock.advance(3600 - 8)
    station.fire(the_occurrence(station))
    run_queue(station)
    long = new_segment(app, "Một bản tin rất dài. " * 40)
    _book_today(app, long)  # today only: no later occurrence to carry it to
    station.sync()
    run_queue(station)
    rows = airings(app)
    assert [r.outcome for r in rows] == ["aired", "aired", "missed"]
    assert rows[2].segment_id == long
    assert rows[2].error.startswith("Không kịp phát trong buổi «Buổi sáng»")


def test_an_approval_after_the_slot_was_prepared_airs_in_that_slot(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    sid = add_segment(
        app, SegmentInput(category="khac", script=script_from_text("Tin chờ duyệt."))
    ).id
    _book_today(app, sid)
    clock.advance(3600 - 8)
    station.fire(the_occurrence(station))  # not approved yet: not in the programme
    approve_segment(app, sid, "A")
    station.sync()
    run_queue(station)
    rows = airings(app)
    assert [(r.segment_id, r.outcome) for r in rows][-1] == (sid, "aired")
    assert len(rows) == 3


def test_a_booking_after_the_slot_ended_is_owed_nothing_and_plan_says_so(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    clock.advance(3600 - 8)
    station.fire(the_occurrence(station))
    run_queue(station)
    clock.advance(120)  # 06:02: the slot is over
    late = new_segment(app, "Tin đặt sau buổi.")
    _book_today(app, late)
    entry = next(
        p.entry for p in plan_day(app, SIX.date()).slots[0].entries if p.entry.segment_id == late
    )
    assert not entry.airable and "đặt lịch sau khi buổi này đã kết thúc" in entry.warnings
    station.sync()
    station.catch_up(last_seen=SIX + timedelta(seconds=30))  # an outage: nothing owed either
    run_queue(station)
    assert [r.segment_id for r in airings(app)].count(late) == 0


def test_a_late_booking_in_a_slot_judged_missed_is_missed_for_the_same_reason(
    station: Daemon, clock: FakeClock
) -> None:
    app = station.app
    app.settings = replace(app.settings, grace_minutes=0)
    station.grace = timedelta(0)
    clock.advance(3600 + 20)  # 06:00:20: started too late, the slot is missed
    station.fire(the_occurrence(station))
    late = new_segment(app, "Tin đặt muộn.")
    _book_today(app, late)
    station.sync()
    assert station.airer._work.empty()
    station.airer.writer.flush()
    rows = airings(app)
    assert [r.outcome for r in rows] == ["missed"] * 3
    assert rows[2].segment_id == late and rows[2].error == rows[0].error


def test_claimed_occurrences_are_forgotten_a_day_after_they_end(
    station: Daemon, clock: FakeClock
) -> None:
    clock.advance(3600 - 8)
    occ = the_occurrence(station)
    station.fire(occ)
    run_queue(station)
    assert station.is_handled(occ)
    clock.advance(86400 + 120)  # a day after its end
    station.sync()
    assert not station.is_handled(occ)
    assert all(o.end >= clock.now() - timedelta(days=1) for o in station.handled.values())
