"""Faults provoked for real: a lost database, a read-only home, a full disk, odd --home/--db.

Each runs the real entry point in a subprocess (``python -m broadcaster``) and checks
what the operator sees: a Vietnamese message, a non-zero exit, no traceback, nothing
half-written.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEEDS, Cli
from fs_faults import can_mount, fill, remount, tmpfs

from broadcaster.database import resolve_url

needs_mount = pytest.mark.skipif(not can_mount(), reason="mount(8) is not allowed here")


def bc(home: Path | None, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the real CLI; return (exit code, stdout+stderr)."""
    base = [sys.executable, "-m", "broadcaster"]
    if home is not None:
        base += ["--home", str(home)]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BROADCASTER_")}
    full_env.update(env or {})
    done = subprocess.run(
        [*base, *args], capture_output=True, text=True, env=full_env, timeout=300, check=False
    )
    return done.returncode, done.stdout + done.stderr


def assert_refused(code: int, output: str, *needles: str) -> None:
    assert code != 0, output
    assert "Traceback" not in output, output
    assert "lỗi ngoài dự kiến" not in output, output
    for needle in needles:
        assert needle in output, output


def rows(db: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def station(tmp_path: Path) -> Path:
    home = tmp_path / "station"
    code, out = bc(home, "init")
    assert code == 0, out
    return home


# -- defect 4 (CLI side): a lost database is never silently recreated ---------------------


def test_missing_database_names_the_newest_backup_and_creates_nothing(station: Path) -> None:
    db = station / "broadcaster.db"
    older = station / "broadcaster.db.bak-0001-20261101T000000Z"
    newer = station / "broadcaster.db.bak-0002-20261120T000000Z"
    for copy, age in ((older, 3600), (newer, 60)):
        copy.write_bytes(db.read_bytes())
        os.utime(copy, (time.time() - age, time.time() - age))
    db.unlink()
    code, out = bc(station, "segment", "add", "-c", "khac", "--text", "Xin chào")
    assert_refused(code, out, "Không thấy tệp cơ sở dữ liệu", newer.name, "cp ")
    assert older.name not in out
    assert not db.exists()
    assert not (station / "broadcaster.db-wal").exists()


def test_missing_database_without_backup_says_there_is_none(station: Path) -> None:
    (station / "broadcaster.db").unlink()
    code, out = bc(station, "log")
    assert_refused(code, out, "Không có bản sao .bak", "broadcaster init")
    assert not (station / "broadcaster.db").exists()


def test_init_is_the_one_way_to_start_a_new_database(station: Path) -> None:
    (station / "broadcaster.db").unlink()
    code, out = bc(station, "init")
    assert code == 0, out
    assert (station / "broadcaster.db").exists()


# -- defect 5: no traceback for odd homes, URLs and dates --------------------------------


def test_home_that_is_a_regular_file(tmp_path: Path) -> None:
    home = tmp_path / "not-a-folder"
    home.write_text("x")
    for args in (
        ("init",),
        ("segment", "list"),
        ("slot", "add", "A", "--start", "6:00", "--end", "7:00"),
    ):
        code, out = bc(home, *args)
        assert_refused(code, out, "là một tệp, không phải thư mục đài")
    assert home.read_text() == "x"


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "--date", "31/12/9999"),
        ("log", "--date", "31/12/9999"),
        ("log", "--date", "1/1/0001"),
        ("log", "--month", "9999-12"),
    ],
)
def test_dates_out_of_range_are_refused(station: Path, args: tuple[str, ...]) -> None:
    code, out = bc(station, *args)
    assert_refused(code, out, "nằm ngoài khoảng đài dùng được (2000–2099)")


def test_bare_postgresql_url_uses_the_installed_driver(pg_server: str, tmp_path: Path) -> None:
    import importlib.util

    from sqlalchemy import create_engine, text

    assert importlib.util.find_spec("psycopg2") is not None
    expected = "psycopg" if importlib.util.find_spec("psycopg") else "psycopg2"
    assert resolve_url("postgresql://u@h/db") == f"postgresql+{expected}://u@h/db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    admin = create_engine(pg_server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    name = f"bare{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        bare = pg_server.format(db=name).replace("postgresql+psycopg2://", "postgresql://")
        assert bare.startswith("postgresql://")
        home = tmp_path / "pg-station"
        code, out = bc(home, "--db", bare, "init")
        assert code == 0, out
        code, out = bc(
            home, "--db", bare, "slot", "add", "Sáng", "--start", "6:00", "--end", "7:00"
        )
        assert code == 0, out
        code, out = bc(home, "--db", bare, "slot", "list")
        assert code == 0 and "Sáng" in out, out
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


# -- defect 7: --db that is not a database, unknown schemes, a folder as a script --------


def test_db_pointing_at_a_file_that_is_not_a_database(station: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("không phải cơ sở dữ liệu\n" * 100)
    code, out = bc(station, "--db", f"sqlite:///{other}", "segment", "list")
    assert_refused(code, out, "không phải cơ sở dữ liệu của đài")
    assert ".bak" not in out and "sqlalchemy" not in out.lower()
    assert other.read_text().startswith("không phải")


@pytest.mark.parametrize(
    "url", ["foo://x/y", "mysql://u@h/db", "nonsense", "postgresql+nope://h/d"]
)
def test_db_with_an_unknown_scheme(station: Path, url: str) -> None:
    code, out = bc(station, "--db", url, "segment", "list")
    assert_refused(code, out, "sqlite:///ĐƯỜNG_DẪN.db hoặc postgresql://")
    assert ".bak" not in out and "sqlalchemy" not in out.lower()


def test_script_file_that_is_a_folder(station: Path, tmp_path: Path) -> None:
    code, out = bc(station, "segment", "add", "-c", "khac", "--file", str(tmp_path))
    assert_refused(code, out, "là một thư mục, không phải tệp kịch bản")
    assert rows(station / "broadcaster.db", "segment") == 0


def test_log_without_options_shows_today(station: Path) -> None:
    code, out = bc(station, "log")
    assert code == 0, out
    assert "Không có lượt phát nào" in out


# -- a read-only station home ------------------------------------------------------------


def _read_only_variant() -> str:
    if can_mount():
        return "read-only-mount"
    return "chmod" if os.geteuid() != 0 else "sqlite-mode-ro-simulated"


# The variant that runs here is part of the test id, so a report says which one ran.
@pytest.fixture(params=[_read_only_variant()])
def read_only_station(tmp_path: Path) -> Iterator[tuple[Path, list[str], str]]:
    """A station with one segment whose home cannot be written: (home, extra args, how)."""
    if can_mount():
        with tmpfs(tmp_path / "disk", 16384) as disk:
            home = disk / "station"
            assert bc(home, "init")[0] == 0
            assert bc(home, "segment", "add", "-c", "khac", "--text", "Tin có sẵn")[0] == 0
            remount(disk, "ro")
            try:
                yield home, [], "read-only mount"
            finally:
                remount(disk, "rw")
        return
    home = tmp_path / "station"
    assert bc(home, "init")[0] == 0
    assert bc(home, "segment", "add", "-c", "khac", "--text", "Tin có sẵn")[0] == 0
    if os.geteuid() != 0:
        for path in (home, *home.iterdir()):
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield home, [], "chmod"
        finally:
            for path in (home, *home.iterdir()):
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    # Root without mount rights: SQLite opens the file read-only (simulated read-only disk).
    url = f"sqlite:///{home / 'broadcaster.db'}?mode=ro&uri=true"
    yield home, ["--db", url], "sqlite mode=ro (simulated)"


@pytest.mark.parametrize(
    "args",
    [
        ("segment", "add", "-c", "khac", "--text", "Tin mới"),
        ("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:30"),
        ("init",),
        ("init", "--name", "Đài mới"),
    ],
)
def test_read_only_home_is_reported_and_nothing_changes(
    read_only_station: tuple[Path, list[str], str], args: tuple[str, ...]
) -> None:
    home, extra, how = read_only_station
    before = (home / "broadcaster.db").read_bytes()
    code, out = bc(home, *extra, *args)
    assert_refused(code, out, "chỉ đọc")
    assert (home / "broadcaster.db").read_bytes() == before, how


# -- a full disk -------------------------------------------------------------------------


def _long_script(tmp_path: Path) -> Path:
    """A real commune text repeated to ~25 minutes of speech (under the 30-minute limit)."""
    seed = (SEEDS / "001_15ac8d522e6782ed.txt").read_text(encoding="utf-8")
    path = tmp_path / "dai.txt"
    text = seed
    while len(text) < 20000:
        text += "\n" + seed
    path.write_text(text[:20000], encoding="utf-8")
    return path


@needs_mount
def test_large_script_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    script = _long_script(tmp_path)
    with tmpfs(tmp_path / "disk", 4096) as disk:
        home = disk / "station"
        assert bc(home, "init")[0] == 0
        fill(disk)
        code, out = bc(home, "segment", "add", "-c", "cchc", "--file", str(script))
        assert_refused(code, out, "Đĩa đầy")
        (disk / "filler.bin").unlink()
        assert rows(home / "broadcaster.db", "segment") == 0


@needs_mount
def test_render_on_a_full_disk_blames_the_disk_not_the_engine(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 16384) as disk:
        home = disk / "station"
        assert bc(home, "init")[0] == 0
        text = (SEEDS / "001_15ac8d522e6782ed.txt").read_text(encoding="utf-8")
        assert bc(home, "segment", "add", "-c", "cchc", "--text", text)[0] == 0
        assert bc(home, "segment", "approve", "1", "--by", "Trưởng đài")[0] == 0
        fill(disk, leave_bytes=600 * 1024)  # room for the database, not for the audio
        env = {"BROADCASTER_TTS_ENGINES": "espeak-ng"}
        code, out = bc(home, "render", "1", env=env)
        assert_refused(code, out, "Đĩa đã đầy")
        assert "espeak-ng không đọc được" not in out
        assert not list((home / "audio").rglob("*.wav"))


@needs_mount
def test_failed_report_leaves_no_folder(station: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 1024) as disk:
        fill(disk)
        out_dir = disk / "bao-cao" / "2026-11"
        code, out = bc(station, "report", "--month", "2026-11", "--out", str(out_dir))
        assert_refused(code, out, "đĩa đầy")
        assert not (disk / "bao-cao").exists()


@needs_mount
def test_failed_report_in_a_read_only_folder_leaves_no_folder(
    station: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk", 1024) as disk:
        (disk / "bao-cao").mkdir()
        remount(disk, "ro")
        try:
            code, out = bc(
                station, "report", "--month", "2026-11", "--out", str(disk / "bao-cao" / "x")
            )
        finally:
            remount(disk, "rw")
        assert_refused(code, out, "Không ghi được vào thư mục")
        assert list((disk / "bao-cao").iterdir()) == []


# -- the last resort ---------------------------------------------------------------------


def test_an_unexpected_error_is_one_vietnamese_line_and_a_log_file(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import broadcaster.cli.catalogue

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("hỏng bất ngờ")

    monkeypatch.setattr(broadcaster.cli.catalogue, "list_segments", broken)
    result = run("segment", "list")
    assert result.exit_code == 70
    assert "Gặp lỗi ngoài dự kiến (RuntimeError)" in result.output
    assert "Traceback" not in result.output
    log = run.home / "broadcaster-errors.log"
    assert str(log) in result.output
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: hỏng bất ngờ" in text


def test_an_os_error_is_named_by_its_cause(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import broadcaster.cli.catalogue

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/tmp/x")

    monkeypatch.setattr(broadcaster.cli.catalogue, "list_segments", full)
    result = run("segment", "list")
    assert result.exit_code == 1
    assert "Đĩa đầy, không ghi được «/tmp/x»" in result.output
    assert "No space" not in result.output
