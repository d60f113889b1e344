"""Where the station's audio goes: the sound device, a file that records exactly it,
and/or Icecast mounts for IP loudspeakers.

``open_output(["device", "icecast://…"], settings, clock)`` builds them and checks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from broadcaster.clock import Clock
from broadcaster.errors import OutputError
from broadcaster.playout.outputs.base import Output, PlayReport, load_samples, wait_until
from broadcaster.playout.outputs.device import DeviceOutput
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.settings import Settings

__all__ = ["Output", "PlayReport", "load_samples", "open_output", "wait_until"]


def open_output(
    spec: str | Sequence[str], settings: Settings, clock: Clock, *, realtime: bool = True
) -> Output:
    """One output, or several (a list, or names joined by commas) fed together."""
    specs = [spec] if isinstance(spec, str) else list(spec)
    specs = [p.strip() for s in specs for p in s.split(",") if p.strip()] or ["device"]
    streams = [s for s in specs if s.startswith("icecast://")]
    local = [s for s in specs if not s.startswith("icecast://")]
    if len(local) > 1:
        raise OutputError(
            f"Chỉ dùng được một đầu ra tại chỗ (device hoặc file:…), đang có: {', '.join(local)}."
        )
    if not streams:
        return _open_one(local[0], settings, clock, realtime)
    from broadcaster.playout.outputs.icecast import IcecastSink, parse_icecast_url
    from broadcaster.playout.outputs.multi import ClockOutput, TeeOutput

    for url in streams:
        parse_icecast_url(url)  # every address checked before anything starts
    primary: Output = (
        _open_one(local[0], settings, clock, realtime)
        if local
        else ClockOutput(settings.sample_rate, clock, settings.fade_ms)
    )
    idle = _idle_samples(settings)
    sinks = [
        IcecastSink(
            url,
            settings.sample_rate,
            clock,
            settings.icecast_format,
            settings.icecast_bitrate,
            idle,
            settings.icecast_reconnect_max_seconds,
            settings.station_name,
        )
        for url in streams
    ]
    name = ("device" if local[0] == "device" else "file") if local else ""
    return TeeOutput(primary, name, sinks)


def _idle_samples(settings: Settings) -> np.ndarray | None:
    """What an Icecast mount carries between programmes: silence or a looped recording."""
    choice = settings.icecast_idle.strip()
    if choice in ("", "silence", "im-lang"):
        return None
    path = Path(choice) if Path(choice).is_absolute() else settings.home / choice
    return load_samples(path, settings.sample_rate)


def _open_one(spec: str, settings: Settings, clock: Clock, realtime: bool) -> Output:
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
        f"Không hiểu đầu ra «{spec}». Hãy dùng «device» (loa của máy), «file:ĐƯỜNG_DẪN.wav» "
        "hoặc «icecast://source:MẬT_KHẨU@MÁY_CHỦ:8000/ten-mount»."
    )
