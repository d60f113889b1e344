"""Piper (piper-tts): an offline neural voice from a local .onnx + .onnx.json file."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any, ClassVar

from broadcaster.errors import TTSError
from broadcaster.settings import Settings


class PiperEngine:
    name: ClassVar[str] = "piper"
    max_chars: ClassVar[int] = 2000
    suffix: ClassVar[str] = "wav"
    _loaded: ClassVar[dict[str, Any]] = {}

    def __init__(self, settings: Settings) -> None:
        if not settings.piper_voice:
            raise TTSError(
                "Chưa cấu hình giọng Piper. Hãy chép tệp giọng (.onnx và .onnx.json) vào thư mục "
                "đài và ghi đường dẫn vào piper_voice trong mục [tts] của broadcaster.toml."
            )
        model = Path(settings.piper_voice)
        if not model.is_absolute():
            model = settings.home / model
        config = Path(f"{model}.json")
        if not model.is_file() or not config.is_file():
            raise TTSError(
                f"Không thấy tệp giọng Piper «{model}» (cần cả {model.name} và {config.name}). "
                "Hãy kiểm tra đường dẫn piper_voice trong broadcaster.toml."
            )
        try:
            from piper import PiperVoice
        except ImportError as exc:
            raise TTSError(
                "Chưa cài piper-tts. Hãy chạy «.venv/bin/pip install piper-tts»."
            ) from exc
        key = str(model.resolve())
        if key not in self._loaded:
            try:
                self._loaded[key] = PiperVoice.load(model, config_path=config)
            except Exception as exc:
                raise TTSError(f"Tệp giọng Piper «{model.name}» bị hỏng: {exc}") from exc
        self.model = model
        self.piper = self._loaded[key]

    @staticmethod
    def voice_for(settings: Settings) -> str:
        return f"piper-{Path(settings.piper_voice).stem}"

    @property
    def voice(self) -> str:
        return f"piper-{self.model.stem}"

    def synthesize(self, text: str, out: Path) -> None:
        try:
            with wave.open(str(out), "wb") as wav:
                self.piper.synthesize_wav(text, wav)
        except Exception as exc:
            raise TTSError(f"Piper không đọc được đoạn văn bản: {exc}") from exc
