"""Real speech for the air-check tests: espeak-ng sentences at the recorder's rate."""

from __future__ import annotations

import subprocess
from functools import cache

import numpy as np

from broadcaster.aircheck.archive import RATE

SENTENCES = (
    "Đài truyền thanh xã xin thông báo lịch tiêm chủng cho trẻ em trong tháng mười hai.",
    "Ủy ban nhân dân xã đề nghị bà con khẩn trương thu hoạch lúa trước khi bão đến.",
    "Công an xã cảnh báo thủ đoạn lừa đảo qua điện thoại, đề nghị người dân cảnh giác.",
    "Trạm y tế xã tổ chức khám sức khỏe miễn phí cho người cao tuổi vào sáng thứ bảy.",
    "Hội nông dân hướng dẫn cách phòng trừ sâu bệnh hại lúa vụ đông xuân năm nay.",
)


@cache
def speech(text: str, voice: str = "vi+f2", speed: int = 130) -> np.ndarray:
    """``text`` read by espeak-ng, float32 mono at RATE, peak 0.5."""
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "--stdout", text],
        capture_output=True,
        check=True,
    ).stdout
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "-", "-ac", "1", "-ar", str(RATE), "-f", "f32le", "-"],
        input=wav,
        capture_output=True,
        check=True,
    ).stdout
    audio = np.frombuffer(pcm, dtype="<f4").astype(np.float32)
    return audio / float(np.abs(audio).max()) * 0.5


def through_opus(samples: np.ndarray) -> np.ndarray:
    """``samples`` encoded as the recorder does (16 kbit/s Opus) and decoded again."""
    encoded = subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "f32le",
            "-ar",
            str(RATE),
            "-ac",
            "1",
            "-i",
            "-",
            "-c:a",
            "libopus",
            "-b:a",
            "16k",
            "-f",
            "ogg",
            "-",
        ],
        input=samples.astype(np.float32).tobytes(),
        capture_output=True,
        check=True,
    ).stdout
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", "-", "-ac", "1", "-ar", str(RATE), "-f", "f32le", "-"],
        input=encoded,
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(pcm, dtype="<f4").astype(np.float32)


def with_noise(samples: np.ndarray, snr_db: float, level_of: np.ndarray, seed: int) -> np.ndarray:
    """White noise at ``snr_db`` below the RMS of ``level_of`` added to ``samples``."""
    rms = float(np.sqrt(np.mean(np.square(level_of, dtype=np.float64))))
    noise = np.random.default_rng(seed).normal(0, rms / 10 ** (snr_db / 20), samples.size)
    return (samples + noise).astype(np.float32)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.float32)
