"""A WAV file that receives, in real time, exactly what the sound device would have played.

The file is kept open across airings and its header is rewritten after every block, so
that a killed daemon leaves a playable file.
"""

from __future__ import annotations

import threading
import wave
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from broadcaster.clock import Clock
from broadcaster.errors import OutputError
from broadcaster.playout.outputs.base import BLOCK, PlayReport, Progress, fade_out, wait_until


class FileOutput:
    def __init__(
        self, path: str, sample_rate: int, clock: Clock, fade_ms: int = 300, realtime: bool = True
    ) -> None:
        self.path = Path(path)
        self.sample_rate = sample_rate
        self.clock = clock
        self.realtime = realtime
        self.fade_frames = int(sample_rate * fade_ms / 1000)
        self._wav: wave.Wave_write | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._wav = wave.open(str(self.path), "wb")  # noqa: SIM115 - open across airings
            self._wav.setnchannels(1)
            self._wav.setsampwidth(2)
            self._wav.setframerate(sample_rate)
        except OSError as exc:
            raise OutputError(
                f"Không ghi được tệp đầu ra {self.path}: {exc.strerror}. Hãy chọn thư mục khác "
                "hoặc kiểm tra quyền ghi."
            ) from exc

    def describe(self) -> str:
        return f"tệp {self.path}"

    def _write(self, block: np.ndarray) -> None:
        assert self._wav is not None
        pcm = (np.clip(block, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        try:
            self._wav.writeframes(pcm)
        except OSError as exc:
            raise OutputError(f"Không ghi được tệp đầu ra {self.path}: {exc.strerror}.") from exc

    def play(
        self,
        samples: np.ndarray,
        *,
        at: datetime | None = None,
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PlayReport:
        if at is not None and not wait_until(self.clock, at, stop):
            return PlayReport(self.clock.now(), 0, self.sample_rate, False)
        started = self.clock.now()
        written = 0
        while written < len(samples):
            if stop is not None and stop.is_set():
                tail = fade_out(samples[written : written + self.fade_frames])
                self._write(tail)
                written += len(tail)
                self._pace(started, written)
                return PlayReport(started, written, self.sample_rate, False)
            block = samples[written : written + BLOCK]
            self._write(block)
            written += len(block)
            self._pace(started, written)
            if progress is not None:
                progress(started, written)
        return PlayReport(started, written, self.sample_rate, True)

    def _pace(self, started: datetime, written: int) -> None:
        """Take as long as a sound card would to play what was written."""
        if self.realtime:
            wait_until(self.clock, started + timedelta(seconds=written / self.sample_rate))

    def close(self) -> None:
        if self._wav is not None:
            self._wav.close()
            self._wav = None
