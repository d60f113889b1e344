"""Loudness to a station target (EBU R128 / BS.1770), true-peak limited, and its measurement."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from broadcaster.errors import RenderError

TP_MARGIN = 0.5
FFMPEG_MISSING = (
    "Thiếu chương trình ffmpeg. Hãy chạy «make run» hoặc «sudo apt-get install ffmpeg»."
)


@dataclass(frozen=True)
class Loudness:
    integrated: float  # LUFS
    true_peak: float  # dBTP


def _ffmpeg() -> str:
    path = shutil.which("ffmpeg")
    if path is None:
        raise RenderError(FFMPEG_MISSING)
    return path


def _run(args: list[str]) -> str:
    proc = subprocess.run(args, capture_output=True, text=True, check=False, timeout=1800)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        if any("No space left" in line for line in tail):
            raise RenderError(
                "Đĩa đã đầy, không ghi được tệp âm thanh. Hãy xoá bớt tệp cũ rồi chạy lại."
            )
        raise RenderError(f"ffmpeg báo lỗi khi xử lý âm thanh: {' '.join(tail)}")
    return proc.stderr


def decode_mono(path: Path, sample_rate: int) -> np.ndarray:
    """Any audio file as mono float64 samples in [-1, 1] at ``sample_rate``."""
    from pydub import AudioSegment

    try:
        audio = AudioSegment.from_file(path).set_channels(1).set_frame_rate(sample_rate)
    except Exception as exc:
        raise RenderError(f"Không đọc được tệp âm thanh «{path.name}»: {exc}") from exc
    audio = audio.set_sample_width(2)
    return np.frombuffer(audio.raw_data, dtype=np.int16).astype(np.float64) / 32768.0


def integrated_lufs(samples: np.ndarray, sample_rate: int) -> float:
    """ITU-R BS.1770 integrated loudness (pyloudnorm)."""
    import pyloudnorm

    if len(samples) < sample_rate // 2:  # the meter needs at least one 400 ms block
        samples = np.concatenate([samples, np.zeros(sample_rate // 2 - len(samples))])
    return float(pyloudnorm.Meter(sample_rate).integrated_loudness(samples))


def _integrated(stderr: str) -> float | None:
    """The integrated loudness in the summary ffmpeg's ebur128 filter prints."""
    summary = stderr[stderr.rfind("Summary:") :]
    found = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    if not found or found.group(1) == "-inf" or float(found.group(1)) <= -69.9:
        return None  # silence, or too short for a 400 ms gating block
    return float(found.group(1))


def _measure_lufs(ffmpeg: str, source: Path, sample_rate: int) -> float:
    """BS.1770 integrated loudness: ffmpeg's ebur128 (fast), pyloudnorm for tiny files."""
    args = ["-hide_banner", "-nostdin", "-i", str(source), "-af", "ebur128=framelog=verbose"]
    stderr = _run([ffmpeg, *args, "-f", "null", "-"])
    found = _integrated(stderr)
    return (
        found
        if found is not None
        else integrated_lufs(decode_mono(source, sample_rate), sample_rate)
    )


def normalize_file(
    source: Path, target: Path, *, lufs: float, true_peak: float, sample_rate: int
) -> float:
    """Gain to ``lufs`` and a 4x-oversampled limiter under ``true_peak``; mono ``target``.

    The limiter can take a little loudness away, so the gain is corrected from a
    measurement of the result (at most three passes); each pass measures its own output
    with ebur128 at the end of the same ffmpeg chain. Returns the final loudness.
    """
    ffmpeg = _ffmpeg()
    measured = _measure_lufs(ffmpeg, source, sample_rate)
    if not np.isfinite(measured):
        raise RenderError(f"Tệp «{source.name}» chỉ có im lặng, không có gì để phát.")
    gain = lufs - measured
    limit = 10 ** ((true_peak - TP_MARGIN) / 20)
    codec = ["-c:a", "libmp3lame", "-b:a", "96k"] if target.suffix == ".mp3" else []
    result = measured
    for _ in range(3):
        chain = (
            f"aformat=channel_layouts=mono,volume={gain:.3f}dB,aresample={4 * sample_rate},"
            f"alimiter=limit={limit:.4f}:level=false:attack=2:release=60,aresample={sample_rate},"
            "ebur128=framelog=verbose"
        )
        stderr = _run(
            [
                ffmpeg,
                "-hide_banner",
                "-nostdin",
                "-y",
                "-i",
                str(source),
                "-af",
                chain,
                "-ac",
                "1",
                "-ar",
                str(sample_rate),
                *codec,
                str(target),
            ]
        )
        found = _integrated(stderr)
        result = (
            found
            if found is not None
            else integrated_lufs(decode_mono(target, sample_rate), sample_rate)
        )
        if abs(result - lufs) <= 0.3:
            break
        gain += lufs - result
    return result


def transcode(source: Path, target: Path) -> None:
    """Copy audio into another file format (chosen by the target's suffix)."""
    _run([_ffmpeg(), "-hide_banner", "-nostdin", "-y", "-i", str(source), str(target)])


def measure(path: Path) -> Loudness:
    """Integrated loudness and true peak of a file, by ffmpeg's ebur128 filter."""
    stderr = _run(
        [
            _ffmpeg(),
            "-hide_banner",
            "-nostdin",
            "-i",
            str(path),
            "-af",
            "ebur128=peak=true",
            "-f",
            "null",
            "-",
        ]
    )
    summary = stderr[stderr.rfind("Summary:") :]
    i = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    tp = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if not i or not tp:
        raise RenderError("ffmpeg không đo được độ lớn âm thanh.")
    return Loudness(float(i.group(1)), float(tp.group(1)))


def rms_dbfs(samples: np.ndarray) -> float:
    """RMS level of float samples in [-1, 1], in dBFS (−inf for silence)."""
    if samples.size == 0:
        return float("-inf")
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20 * np.log10(rms) if rms > 0 else float("-inf")
