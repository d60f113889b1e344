"""espeak-ng: offline, always installable from Debian, with a Vietnamese voice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

from broadcaster.errors import TTSError
from broadcaster.settings import Settings


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
        self.speed = settings.espeak_speed
        voices = subprocess.run(
            [self.binary, f"--voices={self._voice.split('-')[0]}"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        ).stdout
        if self._voice.lower() not in voices.lower():
            raise TTSError(
                f"espeak-ng không có giọng «{self._voice}». Hãy cài gói espeak-ng-data đầy đủ "
                'hoặc đặt espeak_voice = "vi" trong broadcaster.toml.'
            )

    @staticmethod
    def voice_for(settings: Settings) -> str:
        return f"{settings.espeak_voice}@{settings.espeak_speed}"

    @property
    def voice(self) -> str:
        return f"{self._voice}@{self.speed}"

    def synthesize(self, text: str, out: Path) -> None:
        assert self.binary is not None
        proc = subprocess.run(
            [self.binary, "-v", self._voice, "-s", str(self.speed), "-w", str(out), "--stdin"],
            input=text.encode("utf-8"),
            capture_output=True,
            check=False,
            timeout=600,
        )
        if proc.returncode != 0 or not out.exists() or out.stat().st_size <= 44:
            raise TTSError(
                f"espeak-ng không đọc được đoạn văn bản: {proc.stderr.decode(errors='replace')}"
            )
