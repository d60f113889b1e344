"""The recorder's files: Opus written through a real ffmpeg encoder, timed by block
arrivals, found again by wall time; retention by age and by a disk-space floor."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from aircheck_audio import SENTENCES, silence, speech

from broadcaster.aircheck.archive import (
    RATE,
    choose_prune,
    chunks_between,
    excerpt,
    indexes,
    prune,
    read_chunk,
    seconds_levels,
)
from broadcaster.aircheck.monitor import Monitor
from broadcaster.aircheck.recorder import FileWriter, Timing, levels_of
from broadcaster.aircheck.verify import HEARD, find

T0 = datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC).timestamp() + 12.0


def record(folder: Path, audio: np.ndarray, start: float, block: int = 1600) -> None:
    """Feed ``audio`` to a FileWriter as a capture would: each block arrives a little
    after it was heard (5-40 ms of reading delay)."""
    writer = FileWriter(folder, "station", "test", start)
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    delays = np.random.default_rng(0).uniform(0.005, 0.04, pcm.size // block + 1)
    for n, at in enumerate(range(0, pcm.size, block)):
        part = pcm[at : at + block]
        writer.write(part.tobytes(), start + (at + part.size) / RATE + delays[n])
    writer.close()


def test_timing_takes_the_earliest_arrival_as_when_audio_was_heard() -> None:
    timing = Timing()
    for n, delay in enumerate([0.03, 0.01, 0.2, 0.02] * 100):
        timing.arrived(1600, 1000.0 + (n + 1) * 0.1 + delay)
    points = timing.points()
    assert points[0] == (0, pytest.approx(1000.01))
    assert all(abs(t - (1000.01 + f / RATE)) < 1e-6 for f, t in points)


def test_levels_are_per_second_in_dbfs() -> None:
    tone = 0.5 * np.sin(np.arange(RATE * 2) * 2 * np.pi * 440 / RATE)
    assert levels_of(np.concatenate([tone, silence(1.0)])) == [
        pytest.approx(-9.0, abs=0.1),
        pytest.approx(-9.0, abs=0.1),
        -120.0,
    ]


def test_recorded_speech_is_found_at_its_wall_time(tmp_path: Path) -> None:
    known = speech(SENTENCES[0])
    record(tmp_path, np.concatenate([silence(6.3), known, silence(5.0)]), T0)
    (chunk,) = chunks_between(tmp_path, datetime.fromtimestamp(T0, UTC), datetime.now(UTC))
    assert chunk.closed and chunk.frames == int((11.3 + known.size / RATE) * RATE)
    assert abs(chunk.start.timestamp() - T0) < 0.006
    onset = datetime.fromtimestamp(T0 + 6.3, UTC)
    heard = excerpt(tmp_path, onset - timedelta(seconds=4), onset + timedelta(seconds=10))
    assert heard.coverage > 0.999
    match = find(known, heard.samples)
    assert match.outcome == HEARD
    assert abs(match.offset - 4.0) < 0.02
    levels = seconds_levels(tmp_path, onset, onset + timedelta(seconds=3))
    assert len(levels) == 3 and all(level > -40 for _, level in levels)


def test_an_excerpt_outside_the_recording_is_uncovered_silence(tmp_path: Path) -> None:
    record(tmp_path, speech(SENTENCES[1]), T0)
    later = datetime.fromtimestamp(T0 + 3600, UTC)
    heard = excerpt(tmp_path, later, later + timedelta(seconds=5))
    assert heard.coverage == 0.0 and not heard.samples.any()


def test_prune_by_age_then_by_disk_floor_oldest_first_never_the_newest() -> None:
    now = datetime(2026, 12, 31, tzinfo=UTC)
    files = [(now - timedelta(days=d), 100) for d in (40, 35, 20, 10, 0)]
    assert choose_prune(files, now, 31, free_bytes=10_000, floor_bytes=1000) == files_at(
        files, 0, 1
    )
    assert choose_prune(files, now, 31, free_bytes=750, floor_bytes=1000) == files_at(
        files, 0, 1, 2
    )
    assert choose_prune(files, now, 31, free_bytes=0, floor_bytes=10**9) == files_at(
        files, 0, 1, 2, 3
    )


def files_at(files: list[tuple[datetime, int]], *picks: int) -> list[datetime]:
    return [files[i][0] for i in picks]


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, so the disk-space floor is reached for real."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_pruning_on_a_small_disk_keeps_the_floor_free(small_tmpfs: Path) -> None:
    folder = small_tmpfs / "station"
    folder.mkdir()
    rng = np.random.default_rng(1)
    for hour in range(6):  # six hourly files of noise, ~0.45 MB each
        record(folder, rng.normal(0, 0.2, RATE * 220).astype(np.float32), T0 + 3600 * hour)
    assert len(indexes(folder)) == 6
    free_before = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    floor_mb = 2
    assert free_before < floor_mb * 1024 * 1024
    now = datetime.fromtimestamp(T0 + 6 * 3600, UTC)
    deleted = prune(folder, now, days=31, floor_mb=floor_mb)
    kept = [start for start, _ in indexes(folder)]
    assert deleted and [p.name for p in deleted] == sorted(p.name for p in deleted)
    assert kept == sorted(kept) and len(kept) == 6 - len(deleted)
    assert all(read_chunk(p) is not None for _, p in indexes(folder))
    stat = os.statvfs(folder)
    assert stat.f_bavail * stat.f_frsize >= floor_mb * 1024 * 1024 or len(kept) == 1


class ToneMonitor(Monitor):
    """A capture that plays 6 s of tone in real time, then ends (as a source that dies)."""

    def command(self) -> list[str]:
        return [
            *("ffmpeg", "-v", "error", "-nostdin", "-re", "-f", "lavfi"),
            *("-i", f"sine=frequency=440:sample_rate={RATE}:duration=6"),
            *("-ac", "1", "-f", "s16le", "-"),
        ]


def test_the_recorder_starts_a_new_file_at_the_hour_and_says_why_the_capture_ended(
    tmp_path: Path,
) -> None:
    from broadcaster.aircheck.archive import read_status
    from broadcaster.aircheck.recorder import Recorder

    began = time.time()
    shift = 3600 * 1000 - 3.0 - began  # the clock reads 3 s before an hour when it starts
    recorder = Recorder(
        tmp_path, "station", ToneMonitor("device", "test"), clock=lambda: time.time() + shift
    )
    reason = recorder.record_once()
    files = [read_chunk(p) for _, p in indexes(tmp_path)]
    assert len(files) == 2 and all(f is not None and f.closed for f in files)
    first, second = files
    assert first is not None and second is not None
    assert second.audio.endswith("0000Z.opus")  # named at the hour
    hour = second.start.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    assert abs((second.start - hour).total_seconds()) < 0.2 or second.start.minute == 0
    assert abs((second.start - first.end).total_seconds()) < 0.02  # no gap, no overlap
    assert (first.frames + second.frames) / RATE == pytest.approx(6.0, abs=0.05)
    assert "mã 0" in reason or reason
    recorder.status("failed", reason)
    status = read_status(tmp_path)
    assert status is not None and status.state == "failed" and status.reason == reason
