"""A WAV file that receives exactly what the sound device would have played."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import numpy as np

from broadcaster.errors import OutputError
from broadcaster.outputs.base import PlayReport


class FileOutput:
    def __init__(self, path: str, sample_rate: int) -> None:
        self.path = Path(path)
        self.sample_rate = sample_rate
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Không tạo được thư mục cho tệp đầu ra {self.path}: {exc}") from exc
        self._frames: list[bytes] = []

    def describe(self) -> str:
        return f"tệp {self.path}"

    def play(self, samples: np.ndarray, stop: threading.Event | None = None) -> PlayReport:
        pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16).tobytes()
        self._frames.append(pcm)
        tmp = self.path.with_suffix(self.path.suffix + ".part")
        try:
            with wave.open(str(tmp), "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(self.sample_rate)
                for chunk in self._frames:
                    wav.writeframes(chunk)
            tmp.replace(self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise OutputError(f"Không ghi được tệp đầu ra {self.path}: {exc.strerror}") from exc
        return PlayReport(len(samples), self.sample_rate, True)
