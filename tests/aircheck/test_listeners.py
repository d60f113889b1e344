"""Which IP loudspeakers were connected during an airing: Icecast's admin listclients
read from a real icecast2 with two ffmpeg listeners, one leaving mid-airing."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Cli
from icecast_server import IcecastServer, Listener, tone_file
from sqlalchemy import select

from broadcaster.aircheck.listeners import Session, during, merge, parse_listclients
from broadcaster.clock import SystemClock
from broadcaster.models import Airing
from broadcaster.playout.control import start_daemon
from broadcaster.settings import load_settings
from broadcaster.station import init_station, open_station

LISTCLIENTS = """<?xml version="1.0"?>
<icestats><source mount="/xa"><Listeners>3</Listeners>
<listener id="7"><IP>10.0.0.7</IP><UserAgent>Lavf/60</UserAgent><Connected>30</Connected></listener>
<listener id="8"><IP>10.0.0.8</IP><UserAgent>Loa IP</UserAgent><Connected>5</Connected></listener>
<listener id="9"><IP>127.0.0.1</IP><UserAgent>broadcaster-aircheck</UserAgent>
<Connected>99</Connected></listener>
</source></icestats>"""


def test_listclients_are_read_without_our_own_recorder() -> None:
    seen = parse_listclients(LISTCLIENTS, "/xa", now=1000.0)
    assert [(s.id, s.ip, s.agent, s.since) for s in seen] == [
        ("7", "10.0.0.7", "Lavf/60", 970.0),
        ("8", "10.0.0.8", "Loa IP", 995.0),
    ]


def test_sessions_are_followed_and_judged_against_an_airing() -> None:
    first = [Session("/xa", "7", "a", "", 900.0, 1000.0), Session("/xa", "8", "b", "", 990, 1000)]
    later = merge(first, [Session("/xa", "7", "a", "", 900.0, 1100.0)])
    assert [(s.id, s.last_seen) for s in later] == [("7", 1100.0), ("8", 1000)]
    throughout, partly = during(later, 995.0, 1090.0)
    assert [s.id for s in throughout] == ["7"] and [s.id for s in partly] == ["8"]
    assert during(later, 2000.0, 2010.0) == ([], [])


@pytest.fixture(scope="module")
def icecast() -> Iterator[IcecastServer]:
    server = IcecastServer()
    server.start()
    yield server
    server.close()


def midday_zone() -> str:
    shift = (12 - datetime.now(UTC).hour) % 24
    shift = shift - 24 if shift > 12 else shift
    return "Etc/GMT" + (f"-{shift}" if shift > 0 else f"+{-shift}" if shift < 0 else "")


def test_an_airing_lists_the_clusters_connected_throughout(
    tmp_path: Path, icecast: IcecastServer
) -> None:
    config = (icecast.base / "icecast.xml").read_text(encoding="utf-8")
    admin = re.search(r"<admin-password>(.*?)</admin-password>", config)
    assert admin is not None
    home = tmp_path / "station"
    init_station(load_settings(home, {"timezone": midday_zone()}, env={}))
    toml = home / "broadcaster.toml"
    outputs = f'"file:{tmp_path / "air.wav"}", "{icecast.source_url("xa-loa")}"'
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "segment_gap = 2.0",
            f"segment_gap = 1.0\noutput = [{outputs}]\nheartbeat_seconds = 1\n"
            f'reload_seconds = 1\nicecast_admin_password = "{admin.group(1)}"',
            1,
        ),
        encoding="utf-8",
    )
    cli = Cli(home, "", SystemClock())
    tone = tone_file(tmp_path / "p.wav", 12.0, 440)
    added = cli("segment", "add", "--audio", str(tone), "-c", "khac", "--title", "Chương trình")
    assert added.exit_code == 0, added.output
    sid = int(added.output.split("số ", 1)[1].split(":", 1)[0])
    assert cli("segment", "approve", str(sid), "--by", "A").exit_code == 0
    app = open_station(load_settings(home, env={}))
    daemon = start_daemon(app, None)
    daemon.start()
    stays = leaves = None
    try:
        icecast.wait_mount("xa-loa")
        stays = Listener(icecast.url("xa-loa"), tmp_path / "stays.wav")
        leaves = Listener(icecast.url("xa-loa"), tmp_path / "leaves.wav")
        time.sleep(3.0)  # both connected and seen by a poll
        tz = app.settings.tz
        start = (datetime.now(tz) + timedelta(seconds=8)).strftime("%H:%M:%S")
        end = (datetime.now(tz) + timedelta(seconds=120)).strftime("%H:%M:%S")
        assert cli("slot", "add", "Thử", "--start", start, "--end", end).exit_code == 0
        assert cli("book", str(sid), "--slot", "Thử").exit_code == 0
        deadline = time.monotonic() + 120
        row: Airing | None = None
        while time.monotonic() < deadline:
            with app.db.transaction() as session:
                row = session.scalars(select(Airing)).first()
                if row is not None and row.actual_start and (row.duration or 0) >= 4:
                    break
            time.sleep(0.2)
        leaves.stop()
        while time.monotonic() < deadline:
            with app.db.transaction() as session:
                row = session.scalars(select(Airing)).first()
                if row is not None and row.heard:
                    break
            time.sleep(0.5)
    finally:
        daemon.stop()
        for listener in (stays, leaves):
            if listener is not None:
                listener.stop()
        app.close()
    assert row is not None and row.outcome == "aired" and row.heard == "no-evidence"
    assert "Cụm loa IP nhận được suốt lượt phát: 1/2 (127.0.0.1" in row.heard_detail
    assert "Chỉ nhận một phần: 127.0.0.1" in row.heard_detail


def test_an_icecast_zone_is_verified_from_its_own_mount_read_as_a_listener(
    tmp_path: Path, icecast: IcecastServer
) -> None:
    from aircheck_audio import SENTENCES, speech

    from broadcaster.aircheck.wav import write_wav

    home = tmp_path / "station"
    init_station(load_settings(home, {"timezone": midday_zone()}, env={}))
    toml = home / "broadcaster.toml"
    outputs = f'"file:{tmp_path / "air.wav"}", "{icecast.source_url("xa-nghe")}"'
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "segment_gap = 2.0",
            f"segment_gap = 1.0\noutput = [{outputs}]\nheartbeat_seconds = 1\n"
            'reload_seconds = 1\nmonitor = "icecast"',
            1,
        ),
        encoding="utf-8",
    )
    cli = Cli(home, "", SystemClock())
    spoken = tmp_path / "tin.wav"
    write_wav(spoken, speech(SENTENCES[2]))
    added = cli("segment", "add", "--audio", str(spoken), "-c", "khac", "--title", "Cảnh báo")
    assert added.exit_code == 0, added.output
    sid = int(added.output.split("số ", 1)[1].split(":", 1)[0])
    assert cli("segment", "approve", str(sid), "--by", "A").exit_code == 0
    assert cli("render", str(sid)).exit_code == 0
    app = open_station(load_settings(home, env={}))
    daemon = start_daemon(app, None)
    daemon.start()
    row: Airing | None = None
    try:
        status = home / "aircheck" / "station" / "status.json"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (
            status.exists() and "recording" in status.read_text()
        ):
            time.sleep(0.3)
        tz = app.settings.tz
        start = (datetime.now(tz) + timedelta(seconds=6)).strftime("%H:%M:%S")
        end = (datetime.now(tz) + timedelta(seconds=120)).strftime("%H:%M:%S")
        assert cli("slot", "add", "Thử", "--start", start, "--end", end).exit_code == 0
        assert cli("book", str(sid), "--slot", "Thử").exit_code == 0
        while time.monotonic() < deadline:
            with app.db.transaction() as session:
                row = session.scalars(select(Airing)).first()
                if row is not None and row.heard:
                    break
            time.sleep(0.5)
    finally:
        daemon.stop()
        app.close()
    assert row is not None and row.outcome == "aired"
    assert row.heard == "verified", row.heard_detail
    assert row.heard_start is not None and row.actual_start is not None
