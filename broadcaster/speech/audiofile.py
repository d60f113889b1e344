"""Facts about audio files on disk, read with ffprobe (part of ffmpeg)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

from broadcaster.errors import RenderError, ScriptFileError

AUDIO_SUFFIXES = (".mp3", ".wav", ".ogg", ".oga", ".m4a", ".flac", ".aac", ".wma", ".opus")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def probe_duration(path: Path) -> float:
    """Seconds of audio in ``path``; :class:`ScriptFileError` if it is not playable audio."""
    if shutil.which("ffprobe") is None:
        raise RenderError(
            "Thiếu chương trình ffprobe (gói ffmpeg). Hãy cài bằng «make run» hoặc "
            "«sudo apt-get install ffmpeg»."
        )
    proc = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "format=duration:stream=codec_type",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        info = json.loads(proc.stdout or "{}")
        has_audio = any(s.get("codec_type") == "audio" for s in info.get("streams", []))
        duration = float(info["format"]["duration"])
    except (KeyError, ValueError, TypeError):
        has_audio, duration = False, 0.0
    if proc.returncode != 0 or not has_audio or duration <= 0:
        raise ScriptFileError(
            f"Tệp âm thanh «{path.name}» bị hỏng hoặc không phải âm thanh. Hãy kiểm tra "
            "bằng cách mở nghe thử, hoặc xuất lại tệp dạng .mp3 hay .wav."
        )
    return duration
