"""Where the station's audio goes: the sound device, or a file that records exactly it.

``open_output("device" | "file:PATH", settings)`` builds one and checks it can work.
"""

from __future__ import annotations

from broadcaster.errors import OutputError
from broadcaster.outputs.base import Output, PlayReport, load_samples
from broadcaster.outputs.device import DeviceOutput
from broadcaster.outputs.file import FileOutput
from broadcaster.settings import Settings

__all__ = ["Output", "PlayReport", "load_samples", "open_output"]


def open_output(spec: str, settings: Settings) -> Output:
    if spec == "device":
        return DeviceOutput(settings.output_device or None, settings.sample_rate, settings.fade_ms)
    if spec.startswith("file:") and len(spec) > 5:
        return FileOutput(spec[5:], settings.sample_rate)
    raise OutputError(
        f"Không hiểu đầu ra «{spec}». Hãy dùng «device» (loa của máy) hoặc «file:ĐƯỜNG_DẪN.wav»."
    )
