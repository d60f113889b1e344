"""End to end through a real audio path: the daemon plays into a PulseAudio null sink,
the sink's monitor is recorded, and failures are provoked for real (kill -9, SIGTERM,
the sound server dying, no device).

Nothing here depends on the machine's speed: slots are placed a few seconds after the
daemon is ready (its heartbeat carries its pid, or ``start()`` returned), and what the
log says is compared with what the recording shows. Lateness against the schedule is
measured in ``bench/bench_playout.py``, not asserted here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Cli
from pulse_monitor import (
    RATE,
    MonitorRecorder,
    ensure_null_sink,
    kill_sound_server,
    lateness_ms,
    loud_windows,
    pulse_env,
)
from sqlalchemy import select

from broadcaster.clock import SystemClock
from broadcaster.models import Airing, Segment, Station
from broadcaster.playout.control import start_daemon
from broadcaster.playout.outputs.registry import load_samples
from broadcaster.settings import load_settings
from broadcaster.station import App, init_station, open_station

LONG_TEXT = "Đài truyền thanh xã xin thông báo lịch tiêm chủng cho trẻ em trong tháng. " * 4
# Logged start vs. the onset the recording shows: the log must tell the truth.
TRUTH_MS = 200


@pytest.fixture(scope="module")
def pulse() -> None:
    ensure_null_sink()
    pulse_env()


def midday_zone() -> str:
    """A fixed-offset zone where it is around noon now, so test slots never cross midnight."""
    shift = (12 - datetime.now(UTC).hour) % 24
    shift = shift - 24 if shift > 12 else shift
    return "Etc/GMT" + (f"-{shift}" if shift > 0 else f"+{-shift}" if shift < 0 else "")


@pytest.fixture
def home(tmp_path: Path, pulse: None) -> Path:
    station = tmp_path / "station"
    settings = load_settings(station, {"timezone": midday_zone()}, env={})
    init_station(settings)
    toml = station / "broadcaster.toml"
    text = toml.read_text(encoding="utf-8").replace(
        'engines = ["gtts", "piper", "espeak-ng"]', 'engines = ["espeak-ng"]'
    )
    text = text.replace(
        "segment_gap = 2.0",
        'segment_gap = 1.0\noutput_device = "pulse"\nheartbeat_seconds = 1\nreload_seconds = 1',
    )
    toml.write_text(text, encoding="utf-8")
    return station


@pytest.fixture
def cli(home: Path) -> Cli:
    """The CLI on the real clock: these tests run against real time, seconds ahead."""
    return Cli(home, "", SystemClock())


def local(seconds_ahead: float, home: Path) -> str:
    tz = load_settings(home, env={}).tz
    return (datetime.now(tz) + timedelta(seconds=seconds_ahead)).strftime("%H:%M:%S")


def add_slot_ahead(cli: Cli, name: str, seconds: float, length: float = 120) -> None:
    result = cli(
        "slot",
        "add",
        name,
        "--start",
        local(seconds, cli.home),
        "--end",
        local(seconds + length, cli.home),
    )
    assert result.exit_code == 0, result.output


def prepared(cli: Cli, text: str) -> int:
    """A segment added, approved and rendered (before the daemon runs: setup takes time)."""
    added = cli("segment", "add", "--text", text, "-c", "thong-bao")
    sid = int(added.output.split("số ", 1)[1].split(":", 1)[0])
    assert cli("segment", "approve", str(sid), "--by", "A").exit_code == 0
    assert cli("render", str(sid)).exit_code == 0
    return sid


def book(cli: Cli, sid: int, slot: str) -> None:
    assert cli("book", str(sid), "--slot", slot).exit_code == 0, slot


def wait_ready(home: Path, proc: subprocess.Popen[bytes]) -> None:
    """Until the daemon's heartbeat row carries its pid."""
    end = time.monotonic() + 120
    while time.monotonic() < end:
        assert proc.poll() is None, f"daemon exited with {proc.returncode}"
        app = open_station(load_settings(home, env={}))
        try:
            with app.db.transaction() as session:
                station = session.get(Station, 1)
                if station is not None and station.daemon_pid == proc.pid:
                    return
        finally:
            app.close()
        time.sleep(0.2)
    raise AssertionError("daemon never became ready")


def rows(home: Path) -> list[Airing]:
    app = open_station(load_settings(home, env={}))
    try:
        with app.db.transaction() as session:
            return list(session.scalars(select(Airing).order_by(Airing.id)))
    finally:
        app.close()


def wait_for(home: Path, check, timeout: float = 60.0) -> list[Airing]:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = rows(home)
        if check(found):
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out; log is {[(r.segment_id, r.outcome) for r in rows(home)]}")


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    station = open_station(load_settings(home, env={}))
    yield station
    station.close()


def test_daemon_airs_the_slot_and_logs_what_the_sound_card_played(cli: Cli, app: App) -> None:
    first = prepared(cli, "Thông báo thứ nhất về lịch họp dân.")
    second = prepared(cli, "Thông báo thứ hai về tiêm chủng.")
    recorder = MonitorRecorder()
    daemon = start_daemon(app, None)
    daemon.start()  # ready: everything below is placed relative to this moment
    try:
        add_slot_ahead(cli, "Thử", 12)
        book(cli, first, "Thử")
        book(cli, second, "Thử")
        done = wait_for(cli.home, lambda r: len(r) == 2 and all(x.outcome == "aired" for x in r))
    finally:
        daemon.stop()
        recording = recorder.stop()
    assert [r.segment_id for r in done] == [first, second]
    onsets = recording.onsets(min_silence=0.8)
    assert len(onsets) >= 2
    truth = lateness_ms(recording, onsets[0], done[0].actual_start)
    assert abs(truth) <= TRUTH_MS, truth
    second_truth = lateness_ms(recording, onsets[1], done[1].actual_start)
    assert abs(second_truth) <= TRUTH_MS, second_truth
    with app.db.transaction() as session:
        files = [session.get(Segment, sid).audio_path for sid in (first, second)]  # type: ignore[union-attr]
    expected = sum(loud_windows(load_samples(Path(f), RATE)) for f in files if f)
    assert loud_windows(recording.samples) == pytest.approx(expected, rel=0.05)
    assert recording.rms_dbfs(done[0].actual_start, done[0].actual_end) > -35


def test_slot_added_while_the_daemon_runs_airs_without_restart(cli: Cli, app: App) -> None:
    # A listener on the monitor keeps the null sink at a sound card's latency (idle, it
    # buffers ~2 s and does not rewind for a new stream, unlike a real card's sink).
    sid = prepared(cli, "Thông báo thêm khi phần mềm đang chạy.")
    recorder = MonitorRecorder()
    daemon = start_daemon(app, None)
    daemon.start()
    try:
        add_slot_ahead(cli, "Thêm sau", 14)
        book(cli, sid, "Thêm sau")
        found = wait_for(
            cli.home, lambda r: any(x.segment_id == sid and x.outcome == "aired" for x in r)
        )
    finally:
        daemon.stop()
        recording = recorder.stop()
    row = next(r for r in found if r.segment_id == sid)
    truth = lateness_ms(recording, recording.onsets(min_silence=0.8)[0], row.actual_start)
    assert abs(truth) <= TRUTH_MS, truth


def run_daemon(home: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "broadcaster", "--home", str(home), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_kill_9_mid_airing_is_closed_as_interrupted_and_the_next_slot_airs(cli: Cli) -> None:
    long = prepared(cli, LONG_TEXT)
    after = prepared(cli, "Thông báo sau khi mất điện.")
    proc = run_daemon(cli.home)
    try:
        wait_ready(cli.home, proc)
        add_slot_ahead(cli, "Sáng", 10, length=60)
        book(cli, long, "Sáng")
        wait_for(cli.home, lambda r: r and r[0].outcome == "open" and (r[0].duration or 0) >= 4)
        killed_at = datetime.now(UTC)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.kill()
    cli("slot", "remove", "Sáng", "--force")
    proc = run_daemon(cli.home)
    try:
        wait_ready(cli.home, proc)
        add_slot_ahead(cli, "Chiều", 10)
        book(cli, after, "Chiều")
        found = wait_for(
            cli.home,
            lambda r: any(x.segment_id == after and x.outcome == "aired" for x in r),
            timeout=120,
        )
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    first = next(r for r in found if r.segment_id == long)
    assert first.outcome == "interrupted"
    went_out = (killed_at - first.actual_start).total_seconds()
    # The last checkpoint (every 2 s of audio) before the kill: never more than went out.
    assert went_out - 2.5 <= first.duration <= went_out + 0.5


def test_sigterm_closes_the_current_airing_with_its_real_duration(cli: Cli) -> None:
    long = prepared(cli, LONG_TEXT)
    proc = run_daemon(cli.home)
    wait_ready(cli.home, proc)
    add_slot_ahead(cli, "Sáng", 10)
    book(cli, long, "Sáng")
    wait_for(cli.home, lambda r: r and r[0].outcome == "open" and (r[0].duration or 0) >= 2)
    stopped_at = datetime.now(UTC)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(20) == 0
    exited_at = datetime.now(UTC)
    row = rows(cli.home)[0]
    assert row.outcome == "interrupted"
    assert row.actual_end is not None
    # Closed at what was heard: after the signal, before the process was gone (plus fade).
    assert stopped_at - timedelta(seconds=0.1) <= row.actual_end
    assert row.actual_end <= exited_at + timedelta(seconds=0.5)


def test_sound_server_dying_mid_airing_logs_partial_and_next_slot_airs(cli: Cli, app: App) -> None:
    long = prepared(cli, LONG_TEXT)
    later = prepared(cli, "Bản tin trưa.")
    daemon = start_daemon(app, None)
    daemon.start()
    try:
        add_slot_ahead(cli, "Sáng", 10, length=40)
        book(cli, long, "Sáng")
        add_slot_ahead(cli, "Trưa", 56)
        book(cli, later, "Trưa")
        wait_for(cli.home, lambda r: r and r[0].outcome == "open" and (r[0].duration or 0) >= 2)
        kill_sound_server()
        found = wait_for(cli.home, lambda r: r[0].outcome == "partial")
        assert "bị lỗi hoặc bị rút ra" in found[0].error
        ensure_null_sink()
        wait_for(
            cli.home,
            lambda r: any(x.segment_id == later and x.outcome == "aired" for x in r),
            timeout=90,
        )
    finally:
        daemon.stop()
        ensure_null_sink()


def test_run_without_a_sound_device_fails_clearly(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROADCASTER_OUTPUT_DEVICE", "loa-không-có")
    result = cli("run")
    assert result.exit_code == 1
    assert "Không tìm thấy thiết bị phát âm thanh «loa-không-có»" in result.output


def test_play_now_goes_through_the_running_daemon(cli: Cli, app: App) -> None:
    daemon = start_daemon(app, None)
    daemon.start()
    try:
        time.sleep(1.5)
        assert "ĐANG CHẠY" in cli("status").output
        result = cli("play-now", "--text", "Khẩn: mất điện từ 14h00 đến 16h00.")
        assert result.exit_code == 0, result.output
        assert "Đã phát ngay tin 1" in result.output and "đã phát" in result.output
    finally:
        daemon.stop()
    row = rows(cli.home)[0]
    assert row.outcome == "aired" and row.slot_id is None


def test_play_now_without_daemon_plays_from_here(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "ngay.wav"
    result = cli("play-now", "--text", "Thông báo khẩn.", "--output", f"file:{out}")
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 10000
    assert "KHÔNG CHẠY" in cli("status").output or "CHƯA TỪNG CHẠY" in cli("status").output


def test_play_now_refuses_unapproved_segment(cli: Cli) -> None:
    cli("segment", "add", "--text", "Chưa duyệt", "-c", "khac")
    result = cli("play-now", "1")
    assert result.exit_code == 1 and "chưa được duyệt" in result.output
