"""Khẩn cấp airs at once and on its repeats, quiet hours hold at air time: on an injected
clock, with real espeak-ng audio and a real file output."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from conftest import TZ
from sqlalchemy import select

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.models import Airing, PlayoutRequest
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.levels import (
    emergencies_waiting,
    emergency_repeats,
    next_emergency,
    schedule_emergencies,
)
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.station import App

RATE = 24000
GRACE = timedelta(minutes=10)


def airings(app: App) -> list[Airing]:
    with app.db.transaction() as session:
        return list(session.scalars(select(Airing).order_by(Airing.id)))


def requests(app: App) -> list[PlayoutRequest]:
    with app.db.transaction() as session:
        return list(session.scalars(select(PlayoutRequest).order_by(PlayoutRequest.id)))


def segment(app: App, text: str, level: str, every: int | None = None, span: int | None = None):  # type: ignore[no-untyped-def]
    return add_segment(
        app,
        SegmentInput(
            category="phong-chong-thien-tai",
            level=level,
            script=script_from_text(text),
            repeat_every=every,
            repeat_for=span,
        ),
    )


def test_khan_cap_is_requested_at_once_then_every_30_minutes_for_90(
    app: App, clock: FakeClock
) -> None:
    sid = segment(app, "Cảnh báo lũ", "khan-cap", 30, 90).id
    assert schedule_emergencies(app, GRACE) == []  # not approved: nothing airs
    assert [s.id for s in emergencies_waiting(app)] == [sid]
    approve_segment(app, sid, "Chủ tịch xã")
    start = clock.now()
    assert emergencies_waiting(app) == []
    for _ in range(30):  # two and a half hours, a look every 5 minutes
        schedule_emergencies(app, GRACE)
        clock.advance(300)
    due = [r.due_at for r in requests(app)]
    assert due == [start + timedelta(minutes=m) for m in (0, 30, 60, 90)]
    assert all(r.segment_id == sid and r.taken_at is None for r in requests(app))
    assert emergency_repeats(app) == []  # all done


def test_the_daemon_looks_again_exactly_when_the_next_repeat_falls_due(
    app: App, clock: FakeClock, tmp_path: Path
) -> None:
    daemon = Daemon(app, FileOutput(str(tmp_path / "air.wav"), RATE, clock))
    sid = segment(app, "Cảnh báo lũ", "khan-cap", 30, 60).id
    assert daemon.emergencies() is None and next_emergency(app) is None  # not approved
    approve_segment(app, sid, "Chủ tịch xã")
    start = clock.now()
    assert daemon.emergencies() == start + timedelta(minutes=30)  # requested now, then this
    clock.advance(30 * 60)
    assert daemon.emergencies() == start + timedelta(minutes=60)
    clock.advance(30 * 60)
    assert daemon.emergencies() is None  # the last repeat is requested: nothing more
    assert [r.due_at for r in requests(app)] == [start + timedelta(minutes=m) for m in (0, 30, 60)]


def test_repeats_missed_while_the_station_was_off_are_logged_missed(
    app: App, clock: FakeClock
) -> None:
    sid = segment(app, "Cảnh báo lũ", "khan-cap", 30, 90).id
    approve_segment(app, sid, "Chủ tịch xã")
    start = clock.now()
    clock.advance(65 * 60)
    [new] = schedule_emergencies(app, GRACE)
    live = [r for r in requests(app) if r.id == new]
    assert live[0].due_at == start + timedelta(minutes=60)
    missed = airings(app)
    assert [(a.outcome, a.scheduled_start) for a in missed] == [
        ("missed", start),
        ("missed", start + timedelta(minutes=30)),
    ]
    assert "không phát được" in missed[0].error
    assert schedule_emergencies(app, GRACE) == []  # nothing twice
    [(seg, nxt)] = emergency_repeats(app)
    assert seg.id == sid and nxt == start + timedelta(minutes=90)


def test_play_now_text_is_not_armed_twice(app: App) -> None:
    sid = segment(app, "Mất điện", "khan-cap").id
    approve_segment(app, sid, "A", arm=False)
    assert schedule_emergencies(app, GRACE) == []


@pytest.fixture
def espeak(app: App) -> App:
    app.settings = replace(app.settings, tts_engines=("espeak-ng",), segment_gap=1.0)
    return app


def run_queue(daemon: Daemon) -> None:
    while not daemon.airer._work.empty():
        _p, _s, programme = daemon.airer._work.get_nowait()
        daemon.airer.air(programme)
    daemon.airer.writer.flush()


def test_the_daemon_airs_an_approved_khan_cap_at_once_through_play_now(
    espeak: App, clock: FakeClock, tmp_path: Path
) -> None:
    app = espeak
    daemon = Daemon(app, FileOutput(str(tmp_path / "air.wav"), RATE, clock))
    sid = segment(app, "Khẩn cấp: nước lũ đang lên nhanh.", "khan-cap").id
    approve_segment(app, sid, "Chủ tịch xã")
    due = clock.now()
    daemon.emergencies()
    daemon.poll_requests()
    run_queue(daemon)
    [row] = airings(app)
    assert row.segment_id == sid and row.outcome == "aired" and row.slot_id is None
    assert row.scheduled_start == due and row.actual_start is not None
    assert (row.actual_start - due).total_seconds() >= 0
    assert requests(app)[0].done_at is not None


def test_the_daemon_refuses_a_non_khan_cap_inside_quiet_hours(espeak: App, tmp_path: Path) -> None:
    night = FakeClock(datetime(2026, 11, 24, 3, 15, tzinfo=TZ))
    app = App(espeak.settings, espeak.db, night)
    daemon = Daemon(app, FileOutput(str(tmp_path / "air.wav"), RATE, night))
    normal = segment(app, "Thông báo họp dân", "thong-thuong").id
    approve_segment(app, normal, "A")
    with app.db.transaction() as session:
        session.add(PlayoutRequest(segment_id=normal, created_at=night.now()))
    daemon.poll_requests()
    assert daemon.airer._work.empty()
    [row] = airings(app)
    assert row.outcome == "missed" and "giờ yên tĩnh 21:30–05:00" in row.error
    assert "giờ yên tĩnh" in requests(app)[0].error


def test_a_slot_left_inside_quiet_hours_airs_only_its_khan_cap(
    espeak: App, clock: FakeClock, tmp_path: Path
) -> None:
    app = espeak
    relaxed = App(replace(app.settings, quiet_hours=""), app.db, clock)
    add_slot(relaxed, SlotSpec("Đêm", time(22), time(22, 10)))
    day = clock.now().astimezone(TZ).date()
    ids = []
    for text, level in (("Thông báo thường", "thong-thuong"), ("Báo động lũ", "khan-cap")):
        sid = segment(relaxed, text, level).id
        approve_segment(relaxed, sid, "A", arm=False)
        book_segment(relaxed, BookingRequest(sid, ("Đêm",), day, day))
        ids.append(sid)
    # The quiet hours are back in force (the daemon runs with the station's settings).
    daemon = Daemon(app, FileOutput(str(tmp_path / "air.wav"), RATE, clock))
    clock.advance(17 * 3600 - 8)  # 21:59:52
    occ = daemon.upcoming(clock.now(), timedelta(minutes=1))[0]
    daemon.fire(occ)
    run_queue(daemon)
    rows = {r.segment_id: r for r in airings(app)}
    assert rows[ids[0]].outcome == "missed" and "giờ yên tĩnh" in rows[ids[0]].error
    assert rows[ids[1]].outcome == "aired"


def test_a_play_now_of_a_due_khan_cap_counts_as_its_airing(
    espeak: App, clock: FakeClock, tmp_path: Path
) -> None:
    from broadcaster.playout.control import play_now

    app = espeak
    sid = segment(app, "Khẩn cấp: mất điện toàn xã.", "khan-cap", 30, 60).id
    approve_segment(app, sid, "Chủ tịch xã")  # no daemon runs: the operator plays it here
    result = play_now(app, sid, None, f"file:{tmp_path / 'ngay.wav'}")
    assert result.airing is not None and result.airing.outcome == "aired"
    assert schedule_emergencies(app, GRACE) == []  # the daemon, starting now, does not repeat it
    clock.advance(30 * 60)
    assert len(schedule_emergencies(app, GRACE)) == 1  # the next repeat still comes
