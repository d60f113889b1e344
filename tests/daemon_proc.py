"""Real ``broadcaster run`` processes for end-to-end tests, placed relative to readiness.

A daemon is *ready* when its heartbeat row carries its pid; slots are added N seconds
after that moment, so a slow machine makes the setup slower, never the test wrong.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import Cli
from sqlalchemy import select

from broadcaster.clock import SystemClock
from broadcaster.models import Airing, Station
from broadcaster.settings import load_settings
from broadcaster.station import init_station, open_station

FINAL = ("aired", "partial", "interrupted", "failed", "missed", "preempted")


def midday_zone() -> str:
    """A fixed-offset zone where it is around noon now, so test slots never cross midnight."""
    shift = (12 - datetime.now(UTC).hour) % 24
    shift = shift - 24 if shift > 12 else shift
    return "Etc/GMT" + (f"-{shift}" if shift > 0 else f"+{-shift}" if shift < 0 else "")


def make_home(root: Path, db_url: str = "", init: bool = True) -> Path:
    """A station with espeak-ng only, a 1 s heartbeat and reload, a 1 s gap."""
    home = root / "station"
    settings = load_settings(home, {"timezone": midday_zone(), "db_url": db_url}, env={})
    if init:
        init_station(settings)
    else:
        home.mkdir(parents=True, exist_ok=True)
    toml = home / "broadcaster.toml"
    if toml.exists():
        text = toml.read_text(encoding="utf-8").replace(
            'engines = ["gtts", "piper", "espeak-ng"]', 'engines = ["espeak-ng"]'
        )
        text = text.replace(
            "segment_gap = 2.0", "segment_gap = 1.0\nheartbeat_seconds = 1\nreload_seconds = 1"
        )
        toml.write_text(text, encoding="utf-8")
    return home


def cli_for(home: Path, db_url: str = "") -> Cli:
    return Cli(home, db_url, SystemClock())


def run_daemon(
    home: Path, out: Path, db_url: str = "", env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    db = ["--db", db_url] if db_url else []
    log = (out.parent / f"{out.stem}.log").open("ab")
    output = ["--output", f"file:{out}"]
    return subprocess.Popen(
        [sys.executable, "-m", "broadcaster", "--home", str(home), *db, "run", *output],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
    )


def settings_of(home: Path, db_url: str = ""):  # type: ignore[no-untyped-def]
    return load_settings(home, {"db_url": db_url} if db_url else {}, env={})


def heartbeat_pid(home: Path, db_url: str = "") -> int | None:
    app = open_station(settings_of(home, db_url))
    try:
        with app.db.transaction() as session:
            station = session.get(Station, 1)
            fresh = (
                station is not None
                and station.heartbeat_at is not None
                and datetime.now(UTC) - station.heartbeat_at < timedelta(seconds=5)
            )
            return station.daemon_pid if station is not None and fresh else None
    finally:
        app.close()


def wait_ready(home: Path, proc: subprocess.Popen[bytes], db_url: str = "") -> None:
    """Until the daemon's heartbeat carries its pid (it has recovered and is scheduling)."""
    end = time.monotonic() + 120
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"daemon exited with {proc.returncode}")
        if heartbeat_pid(home, db_url) == proc.pid:
            return
        time.sleep(0.2)
    raise AssertionError("daemon never became ready")


def rows(home: Path, db_url: str = "") -> list[Airing]:
    app = open_station(settings_of(home, db_url))
    try:
        with app.db.transaction() as session:
            return list(session.scalars(select(Airing).order_by(Airing.id)))
    finally:
        app.close()


def wait_rows(
    home: Path, check: Callable[[list[Airing]], bool], db_url: str = "", timeout: float = 180
) -> list[Airing]:
    end = time.monotonic() + timeout
    found: list[Airing] = []
    while time.monotonic() < end:
        try:
            found = rows(home, db_url)
        except Exception:  # the database may be away on purpose
            found = []
        if check(found):
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out; log is {[(r.segment_id, r.outcome) for r in found]}")


def local(home: Path, seconds_ahead: float) -> str:
    tz = load_settings(home, env={}).tz
    return (datetime.now(tz) + timedelta(seconds=seconds_ahead)).strftime("%H:%M:%S")


def add_slot_ahead(cli: Cli, name: str, seconds: float, length: float = 120) -> None:
    start, end = local(cli.home, seconds), local(cli.home, seconds + length)
    result = cli("slot", "add", name, "--start", start, "--end", end)
    assert result.exit_code == 0, result.output


def tone(folder: Path, seconds: float, freq: int = 440) -> Path:
    path = folder / f"tone-{seconds:g}-{freq}.wav"
    command = ["sox", "-n", "-r", "24000", "-c", "1", str(path), "synth", str(seconds)]
    subprocess.run([*command, "sine", str(freq)], check=True, capture_output=True)
    return path


def add_recording(cli: Cli, folder: Path, seconds: float, title: str) -> int:
    path = tone(folder, seconds)
    added = cli("segment", "add", "--audio", str(path), "-c", "khac", "--title", title)
    assert added.exit_code == 0, added.output
    sid = int(added.output.split("số ", 1)[1].split(":", 1)[0])
    assert cli("segment", "approve", str(sid), "--by", "A").exit_code == 0
    assert cli("render", str(sid)).exit_code == 0
    return sid


def book(cli: Cli, sid: int, slot: str) -> None:
    result = cli("book", str(sid), "--slot", slot)
    assert result.exit_code == 0, result.output


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
