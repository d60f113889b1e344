"""The output interface, precise waiting, and decoding audio files into samples."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import numpy as np

from broadcaster.clock import Clock
from broadcaster.errors import OutputError

BLOCK = 512  # frames per write: ~21 ms at 24 kHz, the granularity of stop and progress


@dataclass(frozen=True)
class PlayReport:
    # When the first sample became audible; after a gap in the sound (an output that ran
    # dry) it is moved so that the frames after the gap, and ended_at, are placed right.
    started_at: datetime
    frames: int  # frames that really went out
    sample_rate: int
    completed: bool  # False when stopped early

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate

    @property
    def ended_at(self) -> datetime:
        return self.started_at + timedelta(seconds=self.seconds)


# Called after each block: (started_at as it stands, frames written so far).
Progress = Callable[[datetime, int], None]


class Output(Protocol):
    sample_rate: int

    def describe(self) -> str: ...

    def play(
        self,
        samples: np.ndarray,
        *,
        at: datetime | None = None,
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PlayReport:
        """Play mono float32 ``samples`` so that the first one is heard at ``at`` (or now).

        Returns early, after a short fade, when ``stop`` is set; ``progress`` is called
        after each block with the start time and the number of frames written so far.
        """
        ...

    def close(self) -> None: ...


def wait_until(clock: Clock, target: datetime, stop: threading.Event | None = None) -> bool:
    """Sleep until ``target`` (millisecond precision); False if ``stop`` was set first."""
    while True:
        if stop is not None and stop.is_set():
            return False
        remaining = (target - clock.now()).total_seconds()
        if remaining <= 0:
            return True
        step = remaining - 0.005 if remaining > 0.015 else min(remaining, 0.001)
        clock.sleep(min(step, 0.1) if stop is not None else step)


def fade_out(samples: np.ndarray) -> np.ndarray:
    return samples * np.linspace(1.0, 0.0, len(samples), dtype=np.float32)


def load_samples(path: Path, sample_rate: int) -> np.ndarray:
    """Decode any audio file to mono float32 samples at ``sample_rate`` (with ffmpeg).

    ffmpeg runs as a child process, so a playing programme in another thread never
    waits for the decoding of the next one.
    """
    broken = (
        f"Tệp âm thanh «{path.name}» bị hỏng, không phát được. Hãy chạy «broadcaster render "
        "--stale» để tạo lại."
    )
    if not path.is_file():
        raise OutputError(
            f"Không thấy tệp âm thanh «{path}». Hãy chạy «broadcaster render --stale»."
        )
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise OutputError("Thiếu chương trình ffmpeg. Hãy chạy «make run» để cài.")
    proc = subprocess.run(
        [
            ffmpeg,
            "-nostdin",
            "-v",
            "error",
            "-i",
            str(path),
            "-f",
            "f32le",
            "-ac",
            "1",
            "-ar",
            str(sample_rate),
            "-",
        ],
        capture_output=True,
        check=False,
        timeout=600,
    )
    if proc.returncode != 0 or proc.stderr.strip():
        raise OutputError(broken)
    data: np.ndarray = np.frombuffer(proc.stdout, dtype="<f4").copy()
    if data.size == 0:
        raise OutputError(f"Tệp âm thanh «{path.name}» trống, không có gì để phát.")
    return data
