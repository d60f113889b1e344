"""Waking the daemon: a committed write is heard at once (a real SQLite socket, a real
PostgreSQL LISTEN), a rollback is heard by no one, the listener survives the database
going away, and a pulse runs its job when woken, when it asks, and on its fallback."""

from __future__ import annotations

import queue
import socket
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from pg_server import pg_ctl, postgres_server
from sqlalchemy import text

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.clock import FakeClock
from broadcaster.database import Database
from broadcaster.station import App
from broadcaster.wake import (
    EMERGENCIES,
    REQUESTS,
    Listener,
    Pulse,
    announce,
    poke,
    socket_dir,
)

GUARD = 60.0  # only against a hang: nothing here waits for a clock


def hear(listener: Listener) -> queue.Queue[str]:
    heard: queue.Queue[str] = queue.Queue()
    for topic in (REQUESTS, EMERGENCIES):
        listener.subscribe(topic, lambda t=topic: heard.put(t))  # type: ignore[misc]
    return heard


def started(home: Path, db: Database) -> tuple[Listener, queue.Queue[str]]:
    """A listening listener, with what it hears from now on."""
    listener = Listener(home, db.engine)
    heard = hear(listener)
    listener.start()
    assert listener.connected.wait(GUARD)
    # Right after (re)connecting it wakes everyone once (what came before it listened).
    assert {heard.get(timeout=GUARD), heard.get(timeout=GUARD)} == {REQUESTS, EMERGENCIES}
    return listener, heard


def test_a_committed_write_is_heard_at_once_and_a_rolled_back_one_never(app: App) -> None:
    listener, heard = started(app.settings.home, app.db)
    try:
        with pytest.raises(RuntimeError), app.db.transaction() as session:
            announce(session, app.settings.home, EMERGENCIES)
            raise RuntimeError("rolled back")
        with app.db.transaction() as session:
            announce(session, app.settings.home, REQUESTS)
            announce(session, app.settings.home, REQUESTS)
        assert heard.get(timeout=GUARD) == REQUESTS
        with app.db.transaction() as session:  # the next transaction is heard too
            announce(session, app.settings.home, EMERGENCIES)
        assert heard.get(timeout=GUARD) == EMERGENCIES
        assert heard.empty()  # the rollback and the duplicate were never sent
    finally:
        listener.stop()


def test_approving_a_khan_cap_wakes_the_daemon_and_a_normal_bulletin_does_not(
    app: App,
) -> None:
    listener, heard = started(app.settings.home, app.db)
    try:
        normal = add_segment(
            app, SegmentInput(category="khac", level="thong-thuong", script=script_from_text("Họp"))
        )
        approve_segment(app, normal.id, "A")
        urgent = add_segment(
            app, SegmentInput(category="khac", level="khan-cap", script=script_from_text("Lũ"))
        )
        approve_segment(app, urgent.id, "Chủ tịch xã")
        assert heard.get(timeout=GUARD) == EMERGENCIES
        assert heard.empty()
    finally:
        listener.stop()


def test_announcing_with_no_daemon_or_a_dead_one_is_no_error(tmp_path: Path) -> None:
    home = tmp_path / "station"
    assert poke(home, REQUESTS) == 0  # no folder at all
    folder = socket_dir(home)
    folder.mkdir(parents=True)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    dead.bind(str(folder / "999999.sock"))
    dead.close()  # its file stays, as after a crash
    assert poke(home, REQUESTS) == 0


def test_a_station_home_too_long_for_a_socket_address_still_wakes(tmp_path: Path) -> None:
    home = tmp_path / ("thư-mục-đài-rất-dài-" * 6) / "station"
    db = Database(f"sqlite:///{tmp_path / 'long.db'}")
    listener, heard = started(home, db)
    try:
        assert len(str(socket_dir(home))) > 108
        assert poke(home, REQUESTS) == 1
        assert heard.get(timeout=GUARD) == REQUESTS
    finally:
        listener.stop()
        db.dispose()


def test_a_removed_socket_file_is_noticed_when_the_listener_stops(tmp_path: Path) -> None:
    home = tmp_path / "station"
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    listener, _heard = started(home, db)
    listener.stop()
    assert list(socket_dir(home).iterdir()) == []  # it cleans up after itself
    db.dispose()


def test_the_listener_listens_again_after_postgresql_comes_back(tmp_path: Path) -> None:
    with postgres_server() as base:
        url = base.format(db="postgres")
        db = Database(url)
        listener, heard = started(tmp_path, db)
        try:
            pg_ctl(url, "stop")
            while listener.connected.is_set():  # it noticed, without dying
                listener.connected.wait(0.05)
            pg_ctl(url, "start")
            assert listener.connected.wait(GUARD)
            assert {heard.get(timeout=GUARD), heard.get(timeout=GUARD)} == {
                REQUESTS,
                EMERGENCIES,
            }
            with db.transaction() as session:
                session.execute(text("SELECT 1"))
                announce(session, tmp_path, REQUESTS)
            assert heard.get(timeout=GUARD) == REQUESTS
        finally:
            listener.stop()
            db.dispose()


def test_a_pulse_runs_when_woken_not_only_on_its_fallback(clock: FakeClock) -> None:
    ran: queue.Queue[int] = queue.Queue()
    pulse = Pulse("test", lambda: ran.put(1), 86400, clock.now)
    pulse.start()
    try:
        ran.get(timeout=GUARD)  # at once when started
        pulse.wake()
        ran.get(timeout=GUARD)  # at once when woken, a day before its fallback
        assert ran.empty()
    finally:
        pulse.stop(wait=GUARD)
    assert not pulse.thread.is_alive()


def test_a_pulse_runs_again_at_the_moment_its_job_asks(clock: FakeClock) -> None:
    """A khẩn cấp repeat due «now» on the injected clock: looked at again at once."""
    asked = [clock.now(), clock.now() + timedelta(seconds=-5), None]
    done = threading.Event()

    def job():  # type: ignore[no-untyped-def]
        wanted = asked.pop(0)
        if not asked:
            done.set()
        return wanted

    pulse = Pulse("test", job, 86400, clock.now)
    pulse.start()
    try:
        assert done.wait(GUARD)
    finally:
        pulse.stop(wait=GUARD)
    assert pulse.runs == 3


def test_a_failing_job_does_not_stop_the_pulse(clock: FakeClock) -> None:
    calls: queue.Queue[int] = queue.Queue()

    def job() -> None:
        calls.put(1)
        raise RuntimeError("database hiccup")

    pulse = Pulse("test", job, 86400, clock.now)
    pulse.start()
    try:
        calls.get(timeout=GUARD)
        pulse.wake()
        calls.get(timeout=GUARD)
    finally:
        pulse.stop(wait=GUARD)
