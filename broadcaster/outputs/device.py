"""The sound card, through PortAudio (sounddevice): blocking writes, short fade on stop."""

from __future__ import annotations

import threading

import numpy as np

from broadcaster.errors import OutputError
from broadcaster.outputs.base import PlayReport

BLOCK = 1024


class DeviceOutput:
    def __init__(self, device: str | None, sample_rate: int, fade_ms: int = 300) -> None:
        try:
            import sounddevice as sd
        except OSError as exc:  # PortAudio library missing
            raise OutputError(
                "Thiếu thư viện âm thanh PortAudio. Hãy chạy «make run» hoặc «sudo apt-get "
                "install libportaudio2»."
            ) from exc
        self.sd = sd
        self.device = device
        self.sample_rate = sample_rate
        self.fade_frames = int(sample_rate * fade_ms / 1000)
        try:
            info = sd.query_devices(device, "output")
        except (ValueError, sd.PortAudioError) as exc:
            name = f"«{device}»" if device else "mặc định"
            raise OutputError(
                f"Không tìm thấy thiết bị phát âm thanh {name}. Hãy cắm loa/bộ khuếch đại, kiểm "
                "tra «aplay -l», hoặc đặt output_device trong broadcaster.toml."
            ) from exc
        self.name = str(info["name"])

    def describe(self) -> str:
        return f"thiết bị âm thanh «{self.name}»"

    def play(self, samples: np.ndarray, stop: threading.Event | None = None) -> PlayReport:
        written = 0
        try:
            with self.sd.OutputStream(
                samplerate=self.sample_rate,
                channels=1,
                dtype="float32",
                device=self.device,
                blocksize=BLOCK,
            ) as stream:
                while written < len(samples):
                    if stop is not None and stop.is_set():
                        tail = samples[written : written + self.fade_frames]
                        ramp = np.linspace(1.0, 0.0, len(tail), dtype=np.float32)
                        stream.write((tail * ramp).reshape(-1, 1))
                        written += len(tail)
                        return PlayReport(written, self.sample_rate, False)
                    block = samples[written : written + BLOCK]
                    stream.write(block.reshape(-1, 1).astype(np.float32))
                    written += len(block)
        except self.sd.PortAudioError as exc:
            raise OutputError(
                f"Thiết bị âm thanh «{self.name}» bị lỗi hoặc bị rút ra khi đang phát: {exc}"
            ) from exc
        return PlayReport(written, self.sample_rate, True)
