"""The ``monitor`` setting turned into a command that prints raw PCM (s16le mono 16 kHz).

``pulse:SOURCE`` reads a PulseAudio source (``parec``), ``device:NAME`` a sound-card
input through ALSA (ffmpeg), ``icecast`` the station's own mount as a listener would.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from broadcaster.aircheck.archive import RATE
from broadcaster.errors import InputError


@dataclass(frozen=True)
class Monitor:
    kind: str  # "pulse", "device", "icecast" or "none"
    name: str  # the source, device or listener URL

    @property
    def enabled(self) -> bool:
        return self.kind != "none"

    def describe(self) -> str:
        return {
            "pulse": f"nguồn PulseAudio «{self.name}»",
            "device": f"đầu vào card âm thanh «{self.name}»",
            "icecast": f"luồng Icecast {self.name}",
        }.get(self.kind, "không có")

    def command(self) -> list[str]:
        if self.kind == "pulse":
            return [
                "parec",
                "-d",
                self.name,
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=20",
            ]
        inputs = {
            "device": ["-f", "alsa", "-i", self.name],
            "icecast": [
                *("-user_agent", "broadcaster-aircheck"),
                # Start from the first frames instead of probing seconds of a live stream.
                *("-probesize", "32768", "-analyzeduration", "500000"),
                *("-reconnect", "1", "-reconnect_streamed", "1", "-i", self.name),
            ],
        }[self.kind]
        return [
            "ffmpeg",
            "-v",
            "error",
            "-nostdin",
            *inputs,
            "-ac",
            "1",
            "-ar",
            str(RATE),
            "-f",
            "s16le",
            "-",
        ]


def listener_url(outputs: tuple[str, ...]) -> str:
    """The first ``icecast://source:PW@HOST:PORT/mount`` output as a listener's URL."""
    for spec in outputs:
        if spec.startswith("icecast://"):
            parts = urlsplit(spec)
            host = parts.hostname or "127.0.0.1"
            return f"http://{host}:{parts.port or 8000}{parts.path}"
    raise InputError(
        "monitor = «icecast» cần một đầu ra «icecast://…» trong thiết lập output để nghe lại."
    )


def parse_monitor(spec: str, outputs: tuple[str, ...] = ()) -> Monitor:
    spec = spec.strip()
    if spec in ("", "none"):
        return Monitor("none", "")
    if spec == "icecast":
        return Monitor("icecast", listener_url(outputs))
    kind, _, name = spec.partition(":")
    if kind in ("pulse", "device") and name.strip():
        return Monitor(kind, name.strip())
    raise InputError(
        f"Nguồn giám sát (monitor) «{spec}» không hợp lệ. Hãy dùng «pulse:TÊN_NGUỒN», "
        "«device:TÊN_THIẾT_BỊ», «icecast» hoặc «none»."
    )
