"""The database lost under a running daemon: airing goes on, the log waits in a fsync'd
journal in the station home, and lands in the database exactly once when it is back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
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
    stop,
    wait_ready,
    wait_rows,
)
from pg_server import pg_ctl
from sqlalchemy import select

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.clock import FakeClock
from broadcaster.models import Airing
from broadcaster.playout.airer import Item, Programme
from broadcaster.playout.airlog import AiringRef
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.journal import JOURNAL_NAME, AirLog
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.station import App


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
    airlog.journal.append(daemon.airer._row_op("open", programme, 0, clock.now()))
    ended = clock.now() + timedelta(seconds=1)
    closing = daemon.airer._row_op("close", programme, 0, ended)
    airlog.journal.append({**closing, "outcome": "aired", "error": ""})
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
