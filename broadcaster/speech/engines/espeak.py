"""espeak-ng: offline, always installable from Debian, with a Vietnamese voice."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

from broadcaster.errors import TTSError
from broadcaster.settings import Settings
from broadcaster.speech.engines.espeak_text import Marks, to_ssml


class EspeakEngine:
    name: ClassVar[str] = "espeak-ng"
    max_chars: ClassVar[int] = 4000
    suffix: ClassVar[str] = "wav"

    def __init__(self, settings: Settings) -> None:
        self.binary = shutil.which("espeak-ng")
        if self.binary is None:
            raise TTSError(
                "Chưa cài espeak-ng. Hãy chạy «make run» hoặc «sudo apt-get install espeak-ng»."
            )
        self._voice = settings.espeak_voice
        self.data = data_dir(settings)
        if self.data is not None and not (self.data / "espeak-ng-data" / "vi_dict").is_file():
            raise TTSError(
                f"Không thấy từ điển espeak-ng của đài trong «{self.data}». Hãy chạy «make "
                'espeak-vi-extra» hoặc đặt espeak_data_dir = "" trong broadcaster.toml.'
            )
        self.path_args = (f"--path={self.data}",) if self.data is not None else ()
        self.speed = settings.espeak_speed
        self.pitch = settings.espeak_pitch
        self.word_gap = settings.espeak_word_gap
        self.amplitude = settings.espeak_amplitude
        self.marks = Marks(
            settings.espeak_clause_pause_ms,
            settings.espeak_slow_numbers,
            settings.espeak_slow_names,
            settings.espeak_pitch_range,
        )
        self.label = self.voice_for(settings)
        language = self._voice.split("+")[0]
        voices = subprocess.run(
            [self.binary, *self.path_args, f"--voices={language.split('-')[0]}"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        ).stdout
        if f" {language.lower()} " not in f" {voices.lower()} ".replace("\n", " "):
            raise TTSError(
                f"espeak-ng không có giọng «{self._voice}». Hãy cài gói espeak-ng-data đầy đủ "
                'hoặc đặt espeak_voice = "vi" trong broadcaster.toml.'
            )
        variant = self._voice.partition("+")[2]
        if variant:
            variants = subprocess.run(
                [self.binary, *self.path_args, "--voices=variant"],
                capture_output=True,
                text=True,
                check=False,
                timeout=10,
            ).stdout
            if f"!v/{variant.lower()} " not in f"{variants.lower()} ".replace("\n", " "):
                raise TTSError(
                    f"espeak-ng không có biến thể giọng «{variant}». Hãy cài gói espeak-ng-data "
                    'đầy đủ hoặc đặt espeak_voice = "vi" trong broadcaster.toml.'
                )

    @staticmethod
    def voice_for(settings: Settings) -> str:
        """The voice and every choice that changes the sound (part of the cache key)."""
        label = f"{settings.espeak_voice}@{settings.espeak_speed}"
        if settings.espeak_pitch != 50:
            label += f" p{settings.espeak_pitch}"
        if settings.espeak_word_gap:
            label += f" g{settings.espeak_word_gap}"
        if settings.espeak_clause_pause_ms:
            label += f" c{settings.espeak_clause_pause_ms}"
        if settings.espeak_slow_numbers != 100:
            label += f" n{settings.espeak_slow_numbers}"
        if settings.espeak_slow_names != 100:
            label += f" N{settings.espeak_slow_names}"
        if settings.espeak_pitch_range != 100:
            label += f" r{settings.espeak_pitch_range}"
        if settings.espeak_amplitude != 100:
            label += f" a{settings.espeak_amplitude}"
        data = data_dir(settings)
        if data is not None:  # the station's dictionary and config are part of the sound
            label += f" d{data_digest(data)}"
        return label

    @property
    def voice(self) -> str:
        return self.label

    def synthesize(self, text: str, out: Path) -> None:
        assert self.binary is not None
        ssml = self.marks.active
        proc = subprocess.run(
            [
                self.binary,
                *self.path_args,
                *("-v", self._voice, "-s", str(self.speed), "-p", str(self.pitch)),
                *("-g", str(self.word_gap), "-a", str(self.amplitude)),
                *("-w", str(out), "--stdin"),
                *(("-m",) if ssml else ()),
            ],
            input=(to_ssml(text, self.marks) if ssml else text).encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=600,
        )
        if proc.returncode != 0 or not out.exists() or out.stat().st_size <= 44:
            raise TTSError(
                f"espeak-ng không đọc được đoạn văn bản: {proc.stderr.decode(errors='replace')}"
            )


def data_dir(settings: Settings) -> Path | None:
    """The station's own espeak-ng data folder (``--path``), or None for the system's."""
    if not settings.espeak_data_dir.strip():
        return None
    return settings.home / settings.espeak_data_dir.strip()


def data_digest(data: Path) -> str:
    """A short digest of the compiled Vietnamese dictionary and the ``config`` in ``data``.

    "-" when there is no dictionary; a folder without a config digests as its dictionary
    alone (the label of a folder built before the config was shipped stays the same).
    """
    folder = data / "espeak-ng-data"
    try:
        content = (folder / "vi_dict").read_bytes()
    except OSError:
        return "-"
    config = folder / "config"
    if config.is_file():
        content += config.read_bytes()
    return hashlib.sha256(content).hexdigest()[:8]
