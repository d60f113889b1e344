"""Two site daemons as real processes on one real PostgreSQL, each airing its zone into its
own ``file:`` output: a zone booking airs only there, a «toàn xã» booking and a khẩn cấp
air in both, each logged once with its zone and site.

Events are placed relative to the moment both daemons are ready; the recordings are
checked for the tones that went into each zone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from conftest import Cli
from daemon_proc import (
    FINAL,
    add_recording,
    cli_for,
    local,
    make_home,
    settings_of,
    stop,
    tone,
)
from sqlalchemy import create_engine, select, text

from broadcaster.models import Airing, Site
from broadcaster.playout.outputs.registry import load_samples
from broadcaster.station import open_station

RATE = 24000


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    name = f"c{os.getpid()}_{time.monotonic_ns() % 10**9}"
    admin = create_engine(pg_server.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield pg_server.format(db=name)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def run_site(home: Path, db_url: str, site: str) -> subprocess.Popen[bytes]:
    log = (home.parent / f"site-{site}.log").open("ab")
    command = [sys.executable, "-m", "broadcaster", "--home", str(home), "--db", db_url]
    return subprocess.Popen(
        [*command, "run", "--site", site],
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def site_ready(home: Path, db_url: str, site: str, proc: subprocess.Popen[bytes]) -> None:
    """Until the site's heartbeat carries the daemon's pid."""
    end = time.monotonic() + 120
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"site daemon {site} exited with {proc.returncode}")
        app = open_station(settings_of(home, db_url))
        try:
            with app.db.transaction() as session:
                row = session.scalar(select(Site).where(Site.name == site))
                fresh = (
                    row is not None
                    and row.heartbeat_at is not None
                    and datetime.now(UTC) - row.heartbeat_at < timedelta(seconds=5)
                )
                if fresh and row is not None and row.daemon_pid == proc.pid:
                    return
        finally:
            app.close()
        time.sleep(0.2)
    raise AssertionError(f"site daemon {site} never became ready")


LogRow = tuple[int | None, str, str, str]


def log_rows(home: Path, db_url: str) -> list[LogRow]:
    """(segment, zone, site, outcome) of every log row."""
    app = open_station(settings_of(home, db_url))
    try:
        with app.db.transaction() as session:
            return [
                (
                    a.segment_id,
                    a.zone.name if a.zone else "",
                    a.site.name if a.site else "",
                    a.outcome,
                )
                for a in session.scalars(select(Airing).order_by(Airing.id))
            ]
    finally:
        app.close()


def wait_log(
    home: Path, db_url: str, count: int, timeout: float = 240
) -> list[tuple[int | None, str, str, str]]:
    end = time.monotonic() + timeout
    found: list[tuple[int | None, str, str, str]] = []
    while time.monotonic() < end:
        found = log_rows(home, db_url)
        if len([r for r in found if r[3] in FINAL]) >= count:
            return found
        time.sleep(0.3)
    raise AssertionError(f"timed out; log is {found}")


def band_energy(path: Path, freq: float) -> float:
    """The share of the recording's energy within ±20 Hz of ``freq``."""
    samples = load_samples(path, RATE).astype(np.float64)
    if samples.ndim > 1:
        samples = samples.mean(axis=1)
    spectrum = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    total = float(spectrum.sum()) or 1.0
    return float(spectrum[(freqs > freq - 20) & (freqs < freq + 20)].sum()) / total


def ok(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return str(result.output)


def test_zone_booking_airs_only_in_its_zone_and_the_commune_booking_in_both(
    tmp_path: Path, pg_url: str
) -> None:
    central = make_home(tmp_path / "central", pg_url)
    cli: Cli = cli_for(central, pg_url)
    ok(cli("site", "add", "Việt Hưng"))
    ok(cli("site", "add", "Đông Hồ"))
    out_a, out_b = tmp_path / "thon.wav", tmp_path / "cho.wav"
    ok(cli("zone", "add", "Thôn 1–6", "--site", "Việt Hưng", "--output", f"file:{out_a}"))
    ok(cli("zone", "add", "Chợ xã", "--site", "Đông Hồ", "--output", f"file:{out_b}"))
    local_news = add_recording(cli, tmp_path, 4, "Tin riêng thôn")
    path_880 = tone(tmp_path, 4, 880)
    added = ok(cli("segment", "add", "--audio", str(path_880), "-c", "khac", "--title", "Toàn xã"))
    everyone = int(added.split("số ", 1)[1].split(":", 1)[0])
    ok(cli("segment", "approve", str(everyone), "--by", "A"))
    ok(cli("render", str(everyone)))

    home_a = make_home(tmp_path / "a", pg_url)
    home_b = make_home(tmp_path / "b", pg_url)
    site_a = run_site(home_a, pg_url, "Việt Hưng")
    site_b = run_site(home_b, pg_url, "Đông Hồ")
    try:
        site_ready(home_a, pg_url, "Việt Hưng", site_a)
        site_ready(home_b, pg_url, "Đông Hồ", site_b)
        start, end = local(central, 12), local(central, 132)
        ok(cli("slot", "add", "Buổi sáng", "--start", start, "--end", end))
        ok(cli("book", str(local_news), "--slot", "Buổi sáng", "--zone", "Thôn 1–6"))
        ok(cli("book", str(everyone), "--slot", "Buổi sáng"))
        found = wait_log(central, pg_url, 3)
        time.sleep(2)  # nothing more may come
        found = log_rows(central, pg_url)
        assert sorted((r[0], r[1], r[2], r[3]) for r in found) == sorted(
            [
                (local_news, "Thôn 1–6", "Việt Hưng", "aired"),
                (everyone, "Thôn 1–6", "Việt Hưng", "aired"),
                (everyone, "Chợ xã", "Đông Hồ", "aired"),
            ]
        )
        # A khẩn cấp play-now goes to every zone at once, one row per zone.
        before = len(found)
        ok(cli("play-now", "--text", "Thông báo khẩn: nước lũ đang lên, sơ tán ngay."))
        found = wait_log(central, pg_url, before + 2)
        urgent = [r for r in found[before:]]
        assert sorted((r[1], r[2]) for r in urgent) == [
            ("Chợ xã", "Đông Hồ"),
            ("Thôn 1–6", "Việt Hưng"),
        ]
        assert len({r[0] for r in urgent}) == 1
    finally:
        stop(site_a)
        stop(site_b)
    # The recordings: 440 Hz went only into the thôn's output, 880 Hz into both.
    assert band_energy(out_a, 440) > 0.05 and band_energy(out_a, 880) > 0.05
    # (the khẩn cấp speech has some energy near 440 Hz: compare with the thôn's share)
    assert band_energy(out_b, 880) > 0.05
    assert band_energy(out_b, 440) < band_energy(out_a, 440) / 10
    records = json.loads(ok(cli("log", "--format", "json")))["airings"]
    assert {(r["zone"], r["site"]) for r in records} == {
        ("Thôn 1–6", "Việt Hưng"),
        ("Chợ xã", "Đông Hồ"),
    }
    text_log = ok(cli("log"))
    assert "Vùng" in text_log and "Chợ xã" in text_log
