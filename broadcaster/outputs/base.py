"""The output interface and decoding audio files into samples for it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from pydub import AudioSegment

from broadcaster.errors import OutputError


@dataclass(frozen=True)
class PlayReport:
    frames: int  # frames that really went out
    sample_rate: int
    completed: bool  # False when stopped early

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate


class Output(Protocol):
    def describe(self) -> str: ...

    def play(self, samples: np.ndarray, stop: threading.Event | None = None) -> PlayReport:
        """Play mono float32 samples at the output's rate; return early if ``stop`` is set."""
        ...


def load_samples(path: Path, sample_rate: int) -> np.ndarray:
    """Decode any audio file to mono float32 samples at ``sample_rate``."""
    try:
        audio = AudioSegment.from_file(path).set_channels(1).set_frame_rate(sample_rate)
        audio = audio.set_sample_width(2)
    except Exception as exc:
        raise OutputError(
            f"Tệp âm thanh «{path.name}» bị hỏng, không phát được. Hãy chạy «broadcaster render "
            "--stale» để tạo lại."
        ) from exc
    data = np.frombuffer(audio.raw_data, dtype=np.int16).astype(np.float32) / 32768.0
    return data
