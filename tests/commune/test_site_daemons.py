"""Two site daemons as real processes on one real PostgreSQL, each airing its zone into its
own ``file:`` output: a zone booking airs only there, a «toàn xã» booking and a khẩn cấp
air in both, each logged once with its zone and site.

Events are placed relative to the moment both daemons are ready; the recordings are
checked for the tones that went into each zone.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import Cli
from daemon_proc import add_recording, cli_for, local, make_home, settings_of, stop, tone
from icecast_server import IcecastServer, Listener
from site_proc import log_rows, run_site, site_ready, wait_log
from sqlalchemy import select

from broadcaster.models import Cluster
from broadcaster.playout.outputs.registry import load_samples
from broadcaster.station import open_station

RATE = 24000


def band_energy(path: Path, freq: float) -> float:
    """The share of the recording's energy within ±20 Hz of ``freq``."""
    return share(load_samples(path, RATE).astype(np.float64), freq)


def share(samples: np.ndarray, freq: float) -> float:
    if samples.ndim > 1:
        samples = samples.mean(axis=1)
    spectrum = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    total = float(spectrum.sum()) or 1.0
    return float(spectrum[(freqs > freq - 20) & (freqs < freq + 20)].sum()) / total


def wait_seen(home: Path, db_url: str, timeout: float = 60) -> None:
    """Until the IP cluster's «last seen» comes from Icecast's listeners."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app = open_station(settings_of(home, db_url))
        try:
            with app.db.transaction() as session:
                if session.scalar(select(Cluster.last_seen)) is not None:
                    return
        finally:
            app.close()
        time.sleep(0.5)
    raise AssertionError("the IP cluster was never seen")


def ok(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def icecast() -> Iterator[IcecastServer]:
    server = IcecastServer()
    server.start()
    yield server
    server.close()


def test_zone_booking_airs_only_in_its_zone_and_the_commune_booking_in_both(
    tmp_path: Path, pg_url: str, icecast: IcecastServer
) -> None:
    central = make_home(tmp_path / "central", pg_url)
    cli: Cli = cli_for(central, pg_url)
    ok(cli("site", "add", "Việt Hưng"))
    ok(cli("site", "add", "Đông Hồ"))
    out_a, out_b = tmp_path / "thon.wav", tmp_path / "cho.wav"
    ok(cli("zone", "add", "Thôn 1–6", "--site", "Việt Hưng", "--output", f"file:{out_a}"))
    # The market's zone also feeds an Icecast mount that an IP cluster (ffmpeg) plays.
    both = f"file:{out_b},{icecast.source_url('cho')}"
    ok(cli("zone", "add", "Chợ xã", "--site", "Đông Hồ", "--output", both))
    ok(cli("cluster", "add", "Loa IP chợ", "--zone", "Chợ xã", "--mount", icecast.url("cho")))
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
        icecast.wait_mount("cho")
        cluster = Listener(icecast.url("cho"), tmp_path / "loa-ip.wav")
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
        wait_seen(central, pg_url)
    finally:
        stop(site_a)
        stop(site_b)
    heard = cluster.stop().astype(np.float64)
    assert share(heard, 880) > 0.05 and share(heard, 440) < share(heard, 880) / 10
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
