"""Where the station's audio goes: the sound device, or a file that records exactly it.

``open_output("device" | "file:PATH", settings, clock)`` builds one and checks it works.
"""

from __future__ import annotations

from broadcaster.clock import Clock
from broadcaster.errors import OutputError
from broadcaster.playout.outputs.base import Output, PlayReport, load_samples, wait_until
from broadcaster.playout.outputs.device import DeviceOutput
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.settings import Settings

__all__ = ["Output", "PlayReport", "load_samples", "open_output", "wait_until"]


def open_output(spec: str, settings: Settings, clock: Clock, *, realtime: bool = True) -> Output:
    if spec == "device":
        return DeviceOutput(
            settings.output_device or None,
            settings.sample_rate,
            clock,
            settings.fade_ms,
            settings.output_latency_correction_ms,
        )
    if spec.startswith("file:") and len(spec) > 5:
        return FileOutput(spec[5:], settings.sample_rate, clock, settings.fade_ms, realtime)
    raise OutputError(
        f"Không hiểu đầu ra «{spec}». Hãy dùng «device» (loa của máy) hoặc «file:ĐƯỜNG_DẪN.wav»."
    )
