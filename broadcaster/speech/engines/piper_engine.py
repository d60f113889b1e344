"""Piper (piper-tts): an offline neural voice from a local .onnx + .onnx.json file."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any, ClassVar

from broadcaster.errors import TTSError
from broadcaster.settings import Settings


class PiperEngine:
    name: ClassVar[str] = "piper"
    # Short chunks: the decoder's memory grows with the length of one utterance's audio
    # (400 characters took 1.5 GB; 200 stay well under 1 GB).
    max_chars: ClassVar[int] = 200
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
        speakers = int(getattr(self.piper.config, "num_speakers", 1) or 1)
        if settings.piper_speaker and not 0 <= settings.piper_speaker < speakers:
            raise TTSError(
                f"Giọng Piper «{model.name}» có {speakers} người đọc (số 0 đến {speakers - 1}), "
                f"không có người đọc số {settings.piper_speaker}. Hãy sửa piper_speaker."
            )
        if settings.piper_speed <= 0:
            raise TTSError("piper_speed phải lớn hơn 0 (1.0 là tốc độ gốc của giọng).")
        self.speaker = settings.piper_speaker if speakers > 1 else None
        self.speed = settings.piper_speed
        self.label = self.voice_for(settings)

    @staticmethod
    def voice_for(settings: Settings) -> str:
        """The voice file and every choice that changes the sound (part of the cache key)."""
        label = f"piper-{Path(settings.piper_voice).stem}"
        if settings.piper_speaker:
            label += f" #{settings.piper_speaker}"
        if settings.piper_speed != 1.0:
            label += f" x{settings.piper_speed:g}"
        return label

    @property
    def voice(self) -> str:
        return self.label

    def synthesize(self, text: str, out: Path) -> None:
        from piper import SynthesisConfig

        scale = getattr(self.piper.config, "length_scale", 1.0) or 1.0
        config = SynthesisConfig(speaker_id=self.speaker, length_scale=scale / self.speed)
        try:
            with wave.open(str(out), "wb") as wav:
                self.piper.synthesize_wav(text, wav, syn_config=config)
        except Exception as exc:
            raise TTSError(f"Piper không đọc được đoạn văn bản: {exc}") from exc
