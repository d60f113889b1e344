"""One daemon per station, provoked with two real ``broadcaster run`` processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from daemon_proc import (
    add_recording,
    add_slot_ahead,
    book,
    cli_for,
    heartbeat_pid,
    make_home,
    run_daemon,
    stop,
    wait_ready,
    wait_rows,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def homes(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """Two ways to run twice: the same home (SQLite), two homes on one server database."""
    if request.param == "sqlite":
        home = make_home(tmp_path)
        yield home, home, ""
        return
    db_url: str = request.getfixturevalue("db_url_pg")
    yield make_home(tmp_path / "a", db_url), make_home(tmp_path / "b", db_url), db_url


@pytest.fixture
def db_url_pg(pg_server: str, tmp_path: Path) -> Iterator[str]:
    from sqlalchemy import create_engine, text

    name = f"own{os.getpid()}_{abs(hash(tmp_path)) % 100000}"
    admin = create_engine(pg_server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield pg_server.format(db=name)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def test_a_second_run_refuses_naming_the_first_and_a_dead_ones_lock_is_taken_over(
    homes: tuple[Path, Path, str], tmp_path: Path
) -> None:
    first_home, second_home, db = homes
    first = run_daemon(first_home, tmp_path / "a.wav", db)
    try:
        wait_ready(first_home, first, db)
        db_args = ["--db", db] if db else []
        output = ["--output", f"file:{tmp_path / 'b.wav'}"]
        command = [sys.executable, "-m", "broadcaster", "--home", str(second_home), *db_args]
        second = subprocess.run(
            [*command, "run", *output],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1, second.stdout + second.stderr
        said = second.stdout + second.stderr
        assert "Đài này đã có phần mềm phát đang chạy" in said
        assert f"tiến trình số {first.pid}" in said and socket.gethostname() in said
        assert "chạy từ" in said and "Traceback" not in said
        assert "bắt đầu phát tự động" not in said  # refused before claiming anything
        assert heartbeat_pid(first_home, db) == first.pid  # the first one is untouched
        os.kill(first.pid, signal.SIGKILL)  # dies without releasing anything
        first.wait(10)
        third = run_daemon(second_home, tmp_path / "c.wav", db)
        try:
            wait_ready(second_home, third, db)  # the stale lock is taken over
        finally:
            stop(third)
        assert third.returncode == 0
    finally:
        stop(first)


def test_a_refused_second_run_leaves_the_running_daemons_output_file_alone(
    tmp_path: Path,
) -> None:
    home = make_home(tmp_path)
    cli = cli_for(home)
    sid = add_recording(cli, tmp_path, 3, "Tin A")
    out = tmp_path / "air.wav"
    first = run_daemon(home, out)
    try:
        wait_ready(home, first)
        add_slot_ahead(cli, "Sáng", 4, length=60)
        book(cli, sid, "Sáng")
        wait_rows(home, lambda rs: any(r.outcome == "aired" for r in rs))
        aired = out.read_bytes()
        assert len(aired) > 3 * 24000 * 2  # three seconds of 16-bit audio went out
        command = [sys.executable, "-m", "broadcaster", "--home", str(home)]
        second = subprocess.run(
            [*command, "run", "--output", f"file:{out}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1, second.stdout + second.stderr
        assert "Đài này đã có phần mềm phát đang chạy" in second.stderr + second.stdout
        assert out.read_bytes()[: len(aired)] == aired  # not truncated, not rewritten
        assert heartbeat_pid(home) == first.pid
    finally:
        stop(first)
