"""Proof of airing end to end: the daemon plays into a real PulseAudio null sink, its own
recorder records the sink's monitor, and each airing is verified against that recording.

The truth is found independently: a second ``parec`` (tests/pulse_monitor.py) records the
same monitor at 48 kHz and gives the onsets. Slots are placed after the daemon is ready;
nothing bounds lateness or speed.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from conftest import Cli
from pulse_monitor import RATE, SINK, MonitorRecorder, ensure_null_sink, mute, pulse_env
from sqlalchemy import select

from broadcaster.clock import SystemClock
from broadcaster.models import AirAlarm, Airing, Segment
from broadcaster.playout.control import start_daemon
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.outputs.registry import load_samples
from broadcaster.settings import load_settings
from broadcaster.station import App, init_station, open_station

FIRST = "Thông báo thứ nhất về lịch họp dân tại nhà văn hóa thôn."
SECOND = (
    "Trạm y tế xã tổ chức khám sức khỏe miễn phí cho người cao tuổi vào sáng thứ bảy. "
    "Đề nghị bà con mang theo thẻ bảo hiểm y tế và sổ khám bệnh. "
    "Công an xã cảnh báo thủ đoạn lừa đảo qua điện thoại, đề nghị người dân cảnh giác."
)
OTHER = "Hội nông dân hướng dẫn cách phòng trừ sâu bệnh hại lúa vụ đông xuân năm nay."
START_MS = 50


@pytest.fixture(scope="module")
def pulse() -> None:
    ensure_null_sink()
    pulse_env()


def midday_zone() -> str:
    shift = (12 - datetime.now(UTC).hour) % 24
    shift = shift - 24 if shift > 12 else shift
    return "Etc/GMT" + (f"-{shift}" if shift > 0 else f"+{-shift}" if shift < 0 else "")


def make_home(root: Path, monitor: str) -> Path:
    station = root / "station"
    init_station(load_settings(station, {"timezone": midday_zone()}, env={}))
    toml = station / "broadcaster.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'engines = ["gtts", "piper", "espeak-ng"]', 'engines = ["espeak-ng"]'
    )
    text = text.replace(
        "segment_gap = 2.0",
        "segment_gap = 1.0\n"
        'output_device = "pulse"\nheartbeat_seconds = 1\nreload_seconds = 1\n'
        f'monitor = "{monitor}"\nsilence_alarm_seconds = 3',
    )
    toml.write_text(text, encoding="utf-8")
    return station


@pytest.fixture
def home(tmp_path: Path, pulse: None) -> Path:
    return make_home(tmp_path, f"pulse:{SINK}.monitor")


@pytest.fixture
def cli(home: Path) -> Cli:
    return Cli(home, "", SystemClock())


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    station = open_station(load_settings(home, env={}))
    yield station
    station.close()


def prepared(cli: Cli, text: str) -> int:
    added = cli("segment", "add", "--text", text, "-c", "thong-bao")
    sid = int(added.output.split("số ", 1)[1].split(":", 1)[0])
    assert cli("segment", "approve", str(sid), "--by", "A").exit_code == 0
    assert cli("render", str(sid)).exit_code == 0
    return sid


def slot_ahead(cli: Cli, name: str, seconds: float, *sids: int) -> None:
    tz = load_settings(cli.home, env={}).tz
    now = datetime.now(tz)
    start = (now + timedelta(seconds=seconds)).strftime("%H:%M:%S")
    end = (now + timedelta(seconds=seconds + 120)).strftime("%H:%M:%S")
    assert cli("slot", "add", name, "--start", start, "--end", end).exit_code == 0
    for sid in sids:
        assert cli("book", str(sid), "--slot", name).exit_code == 0


def rows(app: App) -> list[Airing]:
    with app.db.transaction() as session:
        found = list(session.scalars(select(Airing).order_by(Airing.id)))
        session.expunge_all()
        return found


def alarms(app: App) -> list[AirAlarm]:
    with app.db.transaction() as session:
        found = list(session.scalars(select(AirAlarm).order_by(AirAlarm.id)))
        session.expunge_all()
        return found


def wait(check: Callable[[], object], timeout: float = 120.0) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {check}")


def audio_path(app: App, sid: int) -> Path:
    with app.db.transaction() as session:
        segment = session.get(Segment, sid)
        assert segment is not None and segment.audio_path
        return Path(segment.audio_path)


def first_sound(path: Path) -> float:
    """Seconds into a rendered file where its sound first passes the onset threshold."""
    samples = load_samples(path, RATE)
    return float(np.nonzero(np.abs(samples) > 0.02)[0][0]) / RATE


def heard_all(app: App, count: int) -> list[Airing]:
    found = rows(app)
    return found if len(found) == count and all(r.heard for r in found) else []


def running(app: App) -> Daemon:
    daemon = start_daemon(app, None)
    daemon.start()
    return daemon


def test_a_slot_of_two_segments_is_verified_at_the_onsets_the_monitor_shows(
    cli: Cli, app: App
) -> None:
    first, second = prepared(cli, FIRST), prepared(cli, OTHER)
    truth = MonitorRecorder()
    daemon = running(app)
    try:
        slot_ahead(cli, "Thử", 10, first, second)
        done: list[Airing] = wait(lambda: heard_all(app, 2))  # type: ignore[assignment]
    finally:
        daemon.stop()
        recording = truth.stop()
    assert [(r.segment_id, r.outcome, r.heard) for r in done] == [
        (first, "aired", "verified"),
        (second, "aired", "verified"),
    ]
    onsets = recording.onsets(min_silence=0.8)
    assert len(onsets) == 2
    for row, onset in zip(done, onsets, strict=True):
        assert row.heard_start is not None and row.heard_seconds is not None
        measured = row.heard_start + timedelta(seconds=first_sound(audio_path(app, row.segment_id)))  # type: ignore[arg-type]
        error_ms = (measured - recording.wall_of(onset)) / timedelta(milliseconds=1)
        assert abs(error_ms) <= START_MS, error_ms
        assert row.heard_seconds == pytest.approx(row.duration, abs=1.0)
        assert "Nghe thấy trên loa" in row.heard_detail
    assert alarms(app) == []
    listened = cli("aircheck", "play", str(done[1].id), "--out", str(cli.home / "x.wav"))
    assert listened.exit_code == 0, listened.output
    assert (cli.home / "x.wav").stat().st_size > 16000 * 2 * (done[1].duration or 0)
    shown = cli("log")
    assert shown.output.count("✓ đã nghe thấy trên loa") == 2, shown.output


def test_a_muted_sink_mid_segment_is_partly_heard_and_raises_dead_air(cli: Cli, app: App) -> None:
    first, second = prepared(cli, FIRST), prepared(cli, SECOND)
    daemon = running(app)
    try:
        slot_ahead(cli, "Thử", 10, first, second)
        wait(lambda: any(r.segment_id == second and r.actual_start for r in rows(app)))
        time.sleep(4.0)
        muted_at = datetime.now(UTC)
        mute(True)
        try:
            done: list[Airing] = wait(lambda: heard_all(app, 2))  # type: ignore[assignment]
            dead = wait(lambda: [a for a in alarms(app) if a.kind == "dead-air"])
        finally:
            mute(False)
    finally:
        daemon.stop()
    assert [(r.outcome, r.heard) for r in done] == [
        ("aired", "verified"),
        ("aired", "partly-heard"),
    ]
    row = done[1]
    assert row.heard_start is not None and row.heard_seconds is not None
    expected = (muted_at - row.heard_start).total_seconds()
    assert row.heard_seconds == pytest.approx(expected, abs=1.5)
    assert row.heard_seconds < (row.duration or 0) - 3
    assert "Mất tiếng" in row.heard_detail
    assert dead[0].airing_id == row.id  # type: ignore[index]
    status = cli("status")
    assert "MẤT TIẾNG TRÊN LOA" in status.output, status.output
    shown = cli("log")
    assert "◐ chỉ nghe thấy một phần" in shown.output, shown.output


def test_different_audio_at_the_time_of_a_booked_segment_is_not_heard(
    cli: Cli, app: App, tmp_path: Path
) -> None:
    booked, other = prepared(cli, FIRST), prepared(cli, OTHER)
    daemon = start_daemon(app, f"file:{tmp_path / 'out.wav'}")  # nothing from it on the sink
    daemon.start()
    try:
        slot_ahead(cli, "Thử", 8, booked)
        wait(lambda: any(r.actual_start for r in rows(app)))
        subprocess.run(["paplay", f"--device={SINK}", str(audio_path(app, other))], check=True)
        done: list[Airing] = wait(lambda: heard_all(app, 1))  # type: ignore[assignment]
    finally:
        daemon.stop()
    assert (done[0].outcome, done[0].heard) == ("aired", "not-heard")
    assert done[0].heard_seconds == 0
    assert "không nghe thấy" in done[0].heard_detail
    document = cli("log", "--format", "json")
    import json

    (record,) = json.loads(document.output)["airings"]
    assert (record["heard"], record["heard_start"], record["heard_seconds"]) == (
        "not-heard",
        None,
        0.0,
    )


def test_sound_outside_any_slot_raises_wrong_air(cli: Cli, app: App) -> None:
    sid = prepared(cli, SECOND)
    daemon = running(app)
    try:
        time.sleep(2.0)  # the recorder is listening
        subprocess.run(["paplay", f"--device={SINK}", str(audio_path(app, sid))], check=True)
        wrong = wait(lambda: [a for a in alarms(app) if a.kind == "wrong-air"], timeout=60)
    finally:
        daemon.stop()
    assert wrong[0].airing_id is None  # type: ignore[index]
    assert "ngoài lịch" in wrong[0].detail  # type: ignore[index]
    assert rows(app) == []


def test_a_monitor_that_disappears_leaves_playout_going_and_says_why(
    tmp_path: Path, pulse: None
) -> None:
    aux = f"bc-aux-{time.time_ns()}"
    loaded = subprocess.run(
        ["pactl", "load-module", "module-null-sink", f"sink_name={aux}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    home = make_home(tmp_path, f"pulse:{aux}.monitor")
    cli = Cli(home, "", SystemClock())
    app = open_station(load_settings(home, env={}))
    sid = prepared(cli, FIRST)
    daemon = start_daemon(app, f"file:{tmp_path / 'out.wav'}")
    daemon.start()
    try:
        status = home / "aircheck" / "station" / "status.json"
        wait(lambda: status.exists() and "recording" in status.read_text())
        subprocess.run(["pactl", "unload-module", loaded], check=True)
        wait(lambda: "failed" in status.read_text())
        slot_ahead(cli, "Thử", 6, sid)
        done: list[Airing] = wait(lambda: heard_all(app, 1))  # type: ignore[assignment]
    finally:
        daemon.stop()
        app.close()
    assert (done[0].outcome, done[0].heard) == ("aired", "no-evidence")
    assert "nguồn giám sát" in done[0].heard_detail and "lỗi" in done[0].heard_detail
