"""The sound card output places what it plays on the clock truthfully, even when starved.

The real path: PortAudio's ALSA «pulse» device into this run's own PulseAudio null sink,
recorded from its monitor. A starved process is played by a clock or a progress callback
that holds the writing thread, as a loaded machine would.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from pulse_monitor import RATE, MonitorRecorder, Recording, ensure_null_sink, pulse_env

from broadcaster.clock import SystemClock
from broadcaster.playout.outputs.base import PlayReport
from broadcaster.playout.outputs.device import JITTER, DeviceOutput, heard_origin, slid

T0 = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
TRUTH_MS = 120
STALL = 0.6  # seconds the writing thread is held: far longer than the stream's buffer


def test_the_frame_heard_is_the_first_one_still_held() -> None:
    assert heard_origin(T0, 48000, 2400, 48000) == T0 - timedelta(seconds=0.95)
    assert heard_origin(T0, 4800, 4800, 48000) == T0


def test_an_empty_buffer_places_nothing() -> None:
    assert heard_origin(T0, 48000, 0, 48000) is None


@pytest.mark.parametrize(
    ("moved", "underflowed", "expected"),
    [
        (timedelta(0), False, False),
        (JITTER / 2, False, False),  # the fill's granularity, not a gap
        (JITTER / 2, True, True),  # PortAudio says the stream ran dry
        (JITTER * 3, False, True),  # a host that does not say so
        (-JITTER * 3, True, False),  # the timeline never moves back
    ],
)
def test_the_timeline_slides_only_after_a_gap(
    moved: timedelta, underflowed: bool, expected: bool
) -> None:
    assert slid(T0, T0 + moved, underflowed) is expected


class StallingClock(SystemClock):
    """The system clock, except that reading number ``late`` comes ``STALL`` seconds late."""

    def __init__(self, late: int) -> None:
        self.late = late
        self.readings = 0

    def now(self) -> datetime:
        self.readings += 1
        if self.readings == self.late:
            time.sleep(STALL)
        return super().now()


@pytest.fixture(scope="module")
def pulse() -> None:
    ensure_null_sink()
    pulse_env()


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def heard(recording: Recording) -> tuple[datetime, datetime]:
    """When the tone was first and last heard."""
    loud = np.nonzero(np.abs(recording.samples) > 0.02)[0]
    return recording.wall_of(int(loud[0])), recording.wall_of(int(loud[-1]) + 1)


def ms(delta: timedelta) -> float:
    return abs(delta / timedelta(milliseconds=1))


def play(
    output: DeviceOutput, samples: np.ndarray, at: datetime | None = None
) -> tuple[PlayReport, Recording, list[datetime]]:
    """Play while recording; also the start as each progress call gave it."""
    seen: list[datetime] = []
    recorder = MonitorRecorder()
    try:
        report = output.play(samples, at=at, progress=lambda started, _n: seen.append(started))
    finally:
        recording = recorder.stop()
    return report, recording, seen


def test_a_planned_start_is_heard_when_the_log_says(pulse: None) -> None:
    output = DeviceOutput("pulse", RATE, SystemClock())
    at = SystemClock().now() + timedelta(seconds=1)
    report, recording, seen = play(output, tone(1.0), at=at)
    first, last = heard(recording)
    assert ms(seen[0] - first) <= TRUTH_MS
    assert ms(report.ended_at - last) <= TRUTH_MS


def test_a_thread_held_mid_airing_moves_what_follows_not_what_was_heard(pulse: None) -> None:
    output = DeviceOutput("pulse", RATE, SystemClock())
    held: list[datetime] = []

    def starve(started: datetime, frames: int) -> None:
        if not held:
            held.append(started)
            time.sleep(STALL)

    recorder = MonitorRecorder()
    try:
        report = output.play(tone(1.5), progress=starve)
    finally:
        recording = recorder.stop()
    first, last = heard(recording)
    # The first block went out before the gap: its start stands as it was logged.
    assert ms(held[0] - first) <= TRUTH_MS
    # The end is placed after the gap, where it was heard.
    assert ms(report.ended_at - last) <= TRUTH_MS
    assert (report.ended_at - held[0]).total_seconds() >= 1.5 + STALL / 2


@pytest.mark.parametrize("late", [1, 2, 3, 4])
def test_a_clock_read_late_does_not_move_what_was_already_heard(pulse: None, late: int) -> None:
    # The first readings of the clock fall after the lead-in and after the first blocks.
    output = DeviceOutput("pulse", RATE, StallingClock(late))
    report, recording, seen = play(output, tone(1.0))
    first, last = heard(recording)
    assert ms(seen[0] - first) <= TRUTH_MS
    assert ms(report.ended_at - last) <= TRUTH_MS
