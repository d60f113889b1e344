"""The database lost under a running daemon: airing goes on, the log waits in a fsync'd
journal in the station home, and lands in the database exactly once when it is back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import wave
from datetime import timedelta
from pathlib import Path

import pytest
from daemon_proc import (
    add_recording,
    add_slot_ahead,
    book,
    cli_for,
    make_home,
    rows,
    run_daemon,
    settings_of,
    stop,
    wait_ready,
    wait_rows,
)
from fs_faults import can_mount, fill, tmpfs
from pg_server import pg_ctl
from sqlalchemy import select

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.clock import FakeClock
from broadcaster.models import Airing
from broadcaster.playout.airer import Item, Programme
from broadcaster.playout.airlog import AiringRef
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.journal import JOURNAL_NAME, AirLog, Journal
from broadcaster.playout.logops import CloseOp, OpenOp
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.playout.overview import overview
from broadcaster.station import App, open_station


def journal_ops(home: Path) -> list[dict[str, object]]:
    path = home / JOURNAL_NAME
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def closed_in_journal(home: Path, segment_id: int) -> bool:
    return any(
        op["op"] == "close" and op["ref"]["segment_id"] == segment_id  # type: ignore[index]
        for op in journal_ops(home)
    )


def wait_journal(home: Path, segment_id: int, timeout: float = 180) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if closed_in_journal(home, segment_id):
            return
        time.sleep(0.3)
    raise AssertionError(f"journal never got the end of segment {segment_id}")


def prepare(tmp_path: Path, db_url: str = "") -> tuple[Path, int, int]:
    home = make_home(tmp_path, db_url)
    cli = cli_for(home, db_url)
    first = add_recording(cli, tmp_path, 12, "Tin A")
    second = add_recording(cli, tmp_path, 6, "Tin B")
    return home, first, second


def test_sqlite_file_deleted_under_the_daemon_then_restored(tmp_path: Path) -> None:
    home, first, second = prepare(tmp_path)
    db = home / "broadcaster.db"
    assert db.exists()
    cli = cli_for(home)
    proc = run_daemon(home, tmp_path / "air.wav")
    try:
        wait_ready(home, proc)
        add_slot_ahead(cli, "Sáng", 12, length=120)
        book(cli, first, "Sáng")
        book(cli, second, "Sáng")
        copy = tmp_path / "copy.db"
        with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)  # the operator's copy, taken before the slot
        wait_rows(home, lambda r: bool(r) and r[0].outcome == "open")
        db.unlink()  # the database is gone while A is on air
        wait_journal(home, second)  # B still aired; its row waits in the journal
        assert not db.exists()  # the daemon never made an empty database in its place
        shutil.copy(copy, db)  # restored
        found = wait_rows(home, lambda r: len(r) == 2 and r[1].outcome == "aired")
        time.sleep(2.5)  # a couple more heartbeats: nothing replays twice
        assert [(r.segment_id, r.outcome) for r in rows(home)] == [
            (first, "aired"),
            (second, "aired"),
        ]
        assert journal_ops(home) == []
        assert found[0].duration == pytest.approx(12, abs=0.2)
    finally:
        stop(proc)
    assert proc.returncode == 0


def test_postgresql_server_stopped_under_the_daemon_then_started(
    tmp_path: Path, pg_server: str
) -> None:
    from sqlalchemy import create_engine, text

    name = f"jr{int(time.time() * 1000) % 10**8}"
    admin = create_engine(pg_server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    db_url = pg_server.format(db=name)
    home, first, second = prepare(tmp_path, db_url)
    cli = cli_for(home, db_url)
    proc = run_daemon(home, tmp_path / "air.wav", db_url)
    try:
        wait_ready(home, proc, db_url)
        add_slot_ahead(cli, "Sáng", 12, length=120)
        book(cli, first, "Sáng")
        book(cli, second, "Sáng")
        wait_rows(home, lambda r: bool(r) and r[0].outcome == "open", db_url)
        pg_ctl(pg_server, "stop")
        try:
            wait_journal(home, second)
        finally:
            pg_ctl(pg_server, "start")
        wait_rows(home, lambda r: len(r) == 2 and r[1].outcome == "aired", db_url)
        time.sleep(2.5)
        assert [(r.segment_id, r.outcome) for r in rows(home, db_url)] == [
            (first, "aired"),
            (second, "aired"),
        ]
        assert journal_ops(home) == []
    finally:
        stop(proc)
        admin = create_engine(pg_server.format(db="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_a_journal_replayed_twice_writes_each_row_once(app: App, clock: FakeClock) -> None:
    """Also on PostgreSQL: a crash in the middle of a replay must not duplicate rows."""
    sid = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    airlog = AirLog(app)
    daemon = Daemon(app, FileOutput(str(app.settings.home / "a.wav"), 16000, clock))
    daemon.airer.airlog = airlog
    ref = AiringRef(sid, None, None, clock.now())
    item = Item(_entry(sid), ref, __import__("numpy").zeros(16000, dtype="float32"))
    programme = Programme(None, [item])
    programme.results[0], programme.started[0] = "k1", clock.now()
    airlog.journal.append(OpenOp(op="open", **daemon.airer._row(programme, 0, clock.now())))
    ended = clock.now() + timedelta(seconds=1)
    closing = daemon.airer._row(programme, 0, ended)
    airlog.journal.append(
        CloseOp(op="close", **closing, outcome="aired", error="", duration=None, outputs=None)
    )
    ops = airlog.journal.read()
    assert airlog.recover()
    for op in ops:  # as if the process died before the journal was emptied
        airlog.journal.append(op)
    assert airlog.recover()
    with app.db.transaction() as session:
        found = list(session.scalars(select(Airing)))
    assert [(r.log_key, r.outcome, r.duration) for r in found] == [("k1", "aired", 1.0)]
    assert not airlog.journal.pending


def _entry(sid: int):  # type: ignore[no-untyped-def]
    from broadcaster.catalogue.planning import Entry

    return Entry(0, sid, "t", "khac", "normal", "script", 1.0, False, True)


def _format_1_journal(app: App, sid: int, booking: int, slot: int, request: int) -> str:
    """Lines exactly as the version before the format was numbered wrote them."""
    now = app.now()
    ref = {
        "segment_id": sid,
        "slot_id": slot,
        "booking_id": booking,
        "scheduled_start": now.isoformat(),
        "engine": "espeak-ng",
        "audio_hash": "abc",
    }
    at = [(now + timedelta(seconds=s)).isoformat() for s in range(6)]
    lines = [
        {"op": "open", "key": "a1", "ref": ref, "started": at[0], "at": at[0]},
        {"op": "checkpoint", "key": "a1", "ref": ref, "started": at[0], "at": at[1]},
        {
            "op": "close",
            "key": "a1",
            "ref": ref,
            "started": at[0],
            "at": at[2],
            "outcome": "aired",
            "error": "",
            "duration": None,
            "outputs": "device",
        },
        # Older still: a close without the row, its duration or its outputs.
        {"op": "open", "key": "a2", "ref": ref, "started": at[3], "at": at[3]},
        {"op": "close", "key": "a2", "at": at[4], "outcome": "interrupted"},
        {"op": "not_aired", "key": "a3", "ref": ref, "outcome": "missed", "error": "Trễ."},
        {
            "op": "carry",
            "booking_id": booking,
            "segment_id": sid,
            "from": [slot, now.isoformat()],
            "to": [slot, (now + timedelta(days=1)).isoformat()],
            "detail": "chuyển sang ngày mai",
        },
        {"op": "finish_request", "request_id": request, "key": "a1", "error": ""},
    ]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def _booked(app: App) -> tuple[int, int, int, int]:
    from datetime import time as dtime

    from broadcaster.catalogue.bookings import BookingRequest, book_segment
    from broadcaster.catalogue.segments import approve_segment
    from broadcaster.catalogue.slots import SlotSpec, add_slot
    from broadcaster.models import PlayoutRequest

    sid = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    approve_segment(app, sid, "A")
    slot = add_slot(app, SlotSpec("Sáng", dtime(6), dtime(7)))
    today = app.today()
    booking = book_segment(app, BookingRequest(sid, ("Sáng",), today, today))[0].id
    with app.db.transaction() as session:
        request = PlayoutRequest(segment_id=sid, created_at=app.now())
        session.add(request)
        session.flush()
        request_id = request.id
    return sid, booking, slot.id, request_id


def test_a_journal_left_by_the_older_format_replays_after_an_upgrade(app: App) -> None:
    from broadcaster.models import Carryover, PlayoutRequest

    sid, booking, slot, request = _booked(app)
    path = app.settings.home / JOURNAL_NAME
    path.write_text(_format_1_journal(app, sid, booking, slot, request), encoding="utf-8")
    airlog = AirLog(app)
    assert airlog.recover()
    with app.db.transaction() as session:
        found = {r.log_key: r for r in session.scalars(select(Airing))}
        carries = session.scalars(select(Carryover)).all()
        done = session.get(PlayoutRequest, request)
        assert done is not None and done.airing_id == found["a1"].id
    assert {k: r.outcome for k, r in found.items()} == {
        "a1": "aired",
        "a2": "interrupted",
        "a3": "missed",
    }
    assert found["a1"].duration == 2.0 and found["a1"].outputs == "device"
    assert found["a2"].duration == 1.0 and found["a3"].error == "Trễ."
    assert len(carries) == 1
    assert not path.read_bytes()  # replayed, then emptied


def test_new_journal_lines_carry_their_format_and_a_newer_format_is_kept_aside(
    app: App, clock: FakeClock
) -> None:
    from broadcaster.playout.logops import FORMAT

    sid = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    airlog = AirLog(app)
    ref = {
        "segment_id": sid,
        "slot_id": None,
        "booking_id": None,
        "scheduled_start": clock.now().isoformat(),
        "engine": None,
        "audio_hash": None,
    }
    airlog.journal.append(
        {"op": "not_aired", "key": "n1", "ref": ref, "outcome": "missed", "error": "x"}  # type: ignore[typeddict-item]
    )
    assert journal_ops(app.settings.home)[0]["v"] == FORMAT
    assert airlog.recover()
    path = app.settings.home / JOURNAL_NAME
    future = {"v": FORMAT + 1, "op": "open", "key": "f1", "shape": "unknown"}
    path.write_text(json.dumps(future) + "\n", encoding="utf-8")
    assert airlog.recover()  # the log goes on; the newer journal is not misread
    aside = list(app.settings.home.glob(JOURNAL_NAME + ".newer-*"))
    assert len(aside) == 1 and json.loads(aside[0].read_text(encoding="utf-8")) == future
    with app.db.transaction() as session:
        assert [r.log_key for r in session.scalars(select(Airing))] == ["n1"]


def test_a_database_server_that_never_answers_sends_the_log_to_the_journal(
    app: App, clock: FakeClock
) -> None:
    """Against a TCP server that accepts and is silent, the write gives up after the
    connect timeout and the operation waits in the journal (a real listener)."""
    from silent_server import silent_server, silent_url

    from broadcaster.database import Database, Timeouts
    from broadcaster.playout.logops import NotAiredOp, ref_data

    sid = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    ref = AiringRef(sid, None, None, clock.now())
    with silent_server() as port:
        db = Database(silent_url(port), auto_migrate=False, timeouts=Timeouts(connect=1))
        hung = App(app.settings, db, clock)
        airlog = AirLog(hung)
        op = NotAiredOp(op="not_aired", key="s1", ref=ref_data(ref), outcome="missed", error="")
        airlog.write(op)  # returns: the journal has it
        assert [o["key"] for o in journal_ops(app.settings.home)] == ["s1"]  # type: ignore[index]
        assert not airlog.recover()
        db.dispose()
    assert AirLog(app).recover()  # the real database takes the journal
    with app.db.transaction() as session:
        assert [r.log_key for r in session.scalars(select(Airing))] == ["s1"]


@pytest.mark.skipif(not can_mount(), reason="mount(8) is not allowed here")
def test_on_a_full_disk_the_journal_uses_its_reserve_then_memory_and_loses_nothing(
    tmp_path: Path,
) -> None:
    """A real 2 MB tmpfs filled to the last byte."""
    from broadcaster.playout.logops import NotAiredOp, from_line

    def op(n: int) -> NotAiredOp:
        ref = {
            "segment_id": n,
            "slot_id": None,
            "booking_id": None,
            "scheduled_start": "2026-12-02T06:00:00+07:00",
            "engine": None,
            "audio_hash": None,
        }
        # Longer than a memory page, so no op fits in what a page has left.
        error = "Đĩa đầy. " * 600
        return NotAiredOp(op="not_aired", key=f"k{n}", ref=ref, outcome="missed", error=error)  # type: ignore[typeddict-item]

    with tmpfs(tmp_path / "disk", 2048) as disk:
        journal = Journal(disk / JOURNAL_NAME, reserve_bytes=64 * 1024)
        assert journal.ensure_reserve() and journal.reserve.stat().st_size == 64 * 1024
        filler = fill(disk)
        journal.append(op(1))  # the reserve is given up for it
        assert not journal.reserve.exists() and journal.disk_full and not journal.held
        (disk / "more").mkdir()
        fill(disk / "more")  # and the freed room is taken too
        for n in range(2, 6):
            journal.append(op(n))
        keys = ["k1", "k2", "k3", "k4", "k5"]
        held = [o["key"] for o in journal.held]
        assert held and held == keys[-len(held) :]  # what the disk refused waits in memory
        assert [o["key"] for o in journal.read()] == keys  # in order, none lost
        lines = (disk / JOURNAL_NAME).read_bytes().splitlines()
        on_disk = [from_line(line)["key"] for line in lines]  # no torn line of ours
        assert on_disk == keys[: len(keys) - len(held)]
        filler.unlink()
        (disk / "more" / "filler.bin").unlink()
        assert journal.flush_held() and journal.ensure_reserve() and not journal.disk_full
        lines = (disk / JOURNAL_NAME).read_bytes().splitlines()
        assert [from_line(line)["key"] for line in lines] == keys


def _status(home: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "broadcaster", "--home", str(home), "status"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.stdout + done.stderr


def _final(found: list[Airing], sid: int) -> list[Airing]:
    return [r for r in found if r.segment_id == sid and r.outcome != "open"]


@pytest.mark.skipif(not can_mount(), reason="mount(8) is not allowed here")
@pytest.mark.parametrize("restart", [False, True], ids=["space-returns", "kill-9-then-restart"])
def test_a_disk_filled_just_before_a_slot_never_makes_the_log_false(
    tmp_path: Path, restart: bool
) -> None:
    """The station home on a real 8 MB tmpfs, filled to the last byte before the slot.

    Both items air; the log is written (database, else the journal's reserve, else
    memory) and ends with exactly one ``aired`` row each once there is room again — also
    when the daemon is killed while the disk is full and started again afterwards.
    (Where the freed reserve lets the database write again, the rows go there at once.)"""
    with tmpfs(tmp_path / "disk", 8 * 1024) as disk:
        home = make_home(disk)
        cli = cli_for(home)
        first = add_recording(cli, tmp_path, 8, "Tin A")
        second = add_recording(cli, tmp_path, 5, "Tin B")
        out = tmp_path / "air.wav"  # the sound card's stand-in is not on the full disk
        proc = run_daemon(home, out)
        try:
            wait_ready(home, proc)
            add_slot_ahead(cli, "Sáng", 15, length=120)
            book(cli, first, "Sáng")
            book(cli, second, "Sáng")
            # Every write must now grow the database or its write-ahead log (as after a
            # checkpoint that truncated it): the full disk refuses the log's rows.
            with sqlite3.connect(home / "broadcaster.db", timeout=30) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            filler = fill(disk)
            said = _status(home)
            assert "Đĩa đầy" in said and "ĐANG CHẠY" in said, said
            assert "Traceback" not in said
            app = open_station(settings_of(home))
            try:  # the console's dashboard reads the same service
                seen = overview(app)
                assert seen.alive and any("Đĩa đầy" in w for w in seen.warnings)
            finally:
                app.close()
            end = time.monotonic() + 300
            while time.monotonic() < end:  # aired: logged in the database or the journal
                if closed_in_journal(home, second) or _final(rows(home), second):
                    break
                time.sleep(0.5)
            else:
                raise AssertionError("the slot never finished")
            if restart:
                proc.kill()  # kill -9 while the disk is still full
                proc.wait(10)
            filler.unlink()
            if restart:
                proc = run_daemon(home, tmp_path / "after.wav")
                wait_ready(home, proc)
            found = wait_rows(home, lambda rs: bool(_final(rs, first)) and bool(_final(rs, second)))
            time.sleep(2)  # a duplicate would land within a heartbeat or two
            found = rows(home)
            assert "Đĩa đầy" not in _status(home)
        finally:
            stop(proc)
    for sid, seconds in ((first, 8), (second, 5)):
        final = _final(found, sid)
        assert [r.outcome for r in final] == ["aired"], [(r.outcome, r.error) for r in found]
        assert final[0].duration == pytest.approx(seconds, abs=0.1)
    assert not any(r.outcome == "missed" for r in found)
    with wave.open(str(out)) as wav:
        assert wav.getnframes() / wav.getframerate() >= 13  # both went out
    said = (tmp_path / "air.log").read_text(encoding="utf-8")
    # The fault was real: the database refused the log and the journal's reserve was used.
    assert "database unavailable (Đĩa đầy" in said and "journal's reserve" in said, said


def test_a_replay_writes_only_the_last_checkpoint_of_a_row_still_open() -> None:
    from broadcaster.playout.logops import LogOp, compact

    def op(kind: str, key: str, at: int) -> LogOp:
        return {"op": kind, "key": key, "at": str(at)}  # type: ignore[return-value]

    ops = [
        op("open", "a", 0),
        op("checkpoint", "a", 2),
        op("open", "b", 3),
        op("checkpoint", "a", 4),
        op("checkpoint", "b", 5),
        op("close", "a", 6),
        op("checkpoint", "b", 7),
    ]
    assert [(o["op"], o["key"], o["at"]) for o in compact(ops)] == [  # type: ignore[typeddict-item]
        ("open", "a", "0"),
        ("open", "b", "3"),
        ("close", "a", "6"),
        ("checkpoint", "b", "7"),
    ]


def test_a_replay_cut_off_in_the_middle_lands_each_row_once_when_replayed_again(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replay commits in chunks; a chunk the database drops is rolled back whole, and the
    next replay writes what is missing and nothing twice (SQLite and PostgreSQL)."""
    from broadcaster.errors import StationError
    from broadcaster.playout import journal as journal_module
    from broadcaster.playout import logops

    sid = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    airlog = AirLog(app)
    for n in range(10):
        at = clock.now() + timedelta(minutes=n)
        ref = logops.ref_data(AiringRef(sid, None, None, at))
        started, ended = at.isoformat(), (at + timedelta(seconds=30)).isoformat()
        airlog.journal.append(OpenOp(op="open", key=f"k{n}", ref=ref, started=started, at=started))
        airlog.journal.append(
            CloseOp(
                op="close",
                key=f"k{n}",
                ref=ref,
                started=started,
                at=ended,
                outcome="aired",
                error="",
                duration=None,
                outputs=None,
            )
        )
    monkeypatch.setattr(journal_module, "REPLAY_CHUNK", 4)
    chunks: list[int] = []
    real = journal_module.replay

    def dropping(app_: App, ops: list[logops.LogOp]) -> None:
        chunks.append(len(ops))
        real(app_, ops)
        if len(chunks) == 3:  # the third chunk written, then the server goes away
            raise StationError("mất kết nối cơ sở dữ liệu")

    monkeypatch.setattr(journal_module, "replay", dropping)
    assert not airlog.recover()
    assert airlog.journal.pending
    with app.db.transaction() as session:
        kept = sorted(r.log_key for r in session.scalars(select(Airing)))
    assert kept == ["k0", "k1", "k2", "k3"]  # two whole chunks; the third rolled back
    airlog.watch.reachable = True
    monkeypatch.setattr(journal_module, "replay", real)
    assert airlog.recover()
    with app.db.transaction() as session:
        found = [
            (r.log_key, r.outcome) for r in session.scalars(select(Airing).order_by(Airing.id))
        ]
    assert found == [(f"k{n}", "aired") for n in range(10)]
    assert not airlog.journal.pending
