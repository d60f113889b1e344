"""An air-check excerpt as a 16-bit WAV file, written whole or not at all."""

from __future__ import annotations

import io
import os
import wave
from pathlib import Path

import numpy as np

from broadcaster.aircheck.archive import RATE


def wav_bytes(samples: np.ndarray, rate: int = RATE) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(wav_bytes(samples, rate))
    os.replace(tmp, path)
