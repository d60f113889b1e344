"""An Icecast2 mount fed by an ffmpeg child (MP3 or Opus) for IP loudspeakers.

The mount is fed continuously in real time: programme audio when something airs,
otherwise silence (or an idle recording in a loop), so receivers stay connected. The
programme arrives through :meth:`IcecastSink.push`, which never blocks the audio thread.
If the server goes away, the sink keeps dropping audio at real-time pace, reconnects with
a growing backoff, and remembers the gaps so each airing's log can say what went out.
"""

from __future__ import annotations

import collections
import logging
import shutil
import subprocess
import threading
import time
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import numpy as np

from broadcaster.clock import Clock
from broadcaster.errors import OutputError

log = logging.getLogger(__name__)
LEAD_SECONDS = 0.3  # how far ahead of real time the feeder keeps ffmpeg supplied
TICK = 0.02
UP_AFTER = 1.0  # an ffmpeg child alive this long (and accepting audio) is connected
MAX_QUEUE_SECONDS = 30.0
FORMATS = {
    "mp3": ("libmp3lame", "mp3", "audio/mpeg"),
    "opus": ("libopus", "ogg", "audio/ogg"),
}


def parse_icecast_url(spec: str) -> tuple[str, str]:
    """(ffmpeg URL, short name like «icecast:/xa-viet-hung»), or a clear error."""
    parts = urlsplit(spec)
    if parts.scheme != "icecast" or not parts.hostname or not parts.path.strip("/"):
        raise OutputError(
            f"Đầu ra Icecast «{spec}» không hợp lệ. Hãy viết dạng "
            "icecast://source:MẬT_KHẨU@MÁY_CHỦ:8000/ten-mount."
        )
    if not parts.password:
        raise OutputError(
            f"Đầu ra Icecast «{parts.hostname}{parts.path}» thiếu mật khẩu nguồn. Hãy viết "
            "icecast://source:MẬT_KHẨU@MÁY_CHỦ:8000/ten-mount."
        )
    return spec, f"icecast:{parts.path}"


class IcecastSink:
    def __init__(
        self,
        spec: str,
        sample_rate: int,
        clock: Clock,
        fmt: str = "mp3",
        bitrate: int = 64,
        idle: np.ndarray | None = None,
        max_backoff: float = 30.0,
        station_name: str = "",
    ) -> None:
        if fmt not in FORMATS:
            raise OutputError(f"Định dạng Icecast «{fmt}» không có. Hãy chọn «mp3» hoặc «opus».")
        if shutil.which("ffmpeg") is None:
            raise OutputError("Thiếu chương trình ffmpeg. Hãy chạy «make run» để cài.")
        self.url, self.name = parse_icecast_url(spec)
        self.sample_rate = sample_rate
        self.clock = clock
        self.fmt, self.bitrate = fmt, bitrate
        self.idle = idle if idle is not None and len(idle) else None
        self.max_backoff = max_backoff
        self.station_name = station_name
        self._queue: collections.deque[np.ndarray] = collections.deque()
        self._queued = 0
        self._lock = threading.Lock()
        self._running = threading.Event()
        self._thread: threading.Thread | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._spawned = 0.0
        self.up = False
        self._down_since: datetime | None = clock.now()
        self.gaps: list[tuple[datetime, datetime]] = []
        self.connections = 0
        self._idle_pos = 0

    def describe(self) -> str:
        host = urlsplit(self.url).hostname
        return f"Icecast {host}{urlsplit(self.url).path} ({self.fmt}, {self.bitrate} kbit/s)"

    # -- audio side -----------------------------------------------------------------
    def push(self, block: np.ndarray) -> None:
        """Queue programme audio; never blocks (beyond MAX_QUEUE_SECONDS it is dropped)."""
        with self._lock:
            if self._queued > MAX_QUEUE_SECONDS * self.sample_rate:
                return
            self._queue.append(np.asarray(block, dtype=np.float32))
            self._queued += len(block)

    # -- the feeder -----------------------------------------------------------------
    def start(self) -> None:
        self._running.set()
        self._thread = threading.Thread(target=self._feed, name="icecast", daemon=True)
        self._thread.start()

    def _command(self) -> list[str]:
        codec, container, ctype = FORMATS[self.fmt]
        return [
            shutil.which("ffmpeg") or "ffmpeg",
            "-nostdin",
            "-hide_banner",
            "-v",
            "error",
            "-f",
            "s16le",
            "-ar",
            str(self.sample_rate),
            "-ac",
            "1",
            "-i",
            "-",
            "-c:a",
            codec,
            "-b:a",
            f"{self.bitrate}k",
            "-flush_packets",
            "1",
            "-content_type",
            ctype,
            "-ice_name",
            self.station_name or "broadcaster",
            "-f",
            container,
            self.url,
        ]

    def _next_block(self, n: int) -> np.ndarray:
        with self._lock:
            if self._queue:
                block = self._queue.popleft()
                self._queued -= len(block)
                return block
        if self.idle is None:
            return np.zeros(n, dtype=np.float32)
        idx = (self._idle_pos + np.arange(n)) % len(self.idle)
        self._idle_pos = int((self._idle_pos + n) % len(self.idle))
        return self.idle[idx]

    def _feed(self) -> None:
        backoff = 1.0
        next_try = 0.0
        t0 = time.monotonic()
        sent = 0
        block = int(self.sample_rate * TICK)
        while self._running.is_set():
            now = time.monotonic()
            if self._proc is None and now >= next_try:
                self._spawn()
            proc = self._proc
            if proc is not None and proc.poll() is not None:
                self._lost(proc, "ffmpeg ended")
                next_try, backoff = now + backoff, min(backoff * 2, self.max_backoff)
                continue
            if proc is not None and not self.up and now - self._spawned >= UP_AFTER:
                self._mark_up()
                backoff = 1.0
            target = int((now - t0 + LEAD_SECONDS) * self.sample_rate)
            while sent < target:
                samples = self._next_block(block)
                sent += len(samples)
                if self._proc is None:
                    continue  # down: programme audio is dropped at real-time pace
                pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
                try:
                    assert self._proc.stdin is not None
                    self._proc.stdin.write(pcm)
                    self._proc.stdin.flush()
                except (BrokenPipeError, OSError, ValueError):
                    self._lost(self._proc, "connection lost")
                    next_try, backoff = now + backoff, min(backoff * 2, self.max_backoff)
            time.sleep(TICK)

    def _spawn(self) -> None:
        try:
            self._proc = subprocess.Popen(
                self._command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self._spawned = time.monotonic()
        except OSError as exc:
            log.warning("icecast %s: cannot start ffmpeg: %s", self.name, exc)
            self._proc = None

    def _mark_up(self) -> None:
        now = self.clock.now()
        with self._lock:
            self.up = True
            self.connections += 1
            if self._down_since is not None and self.connections > 1:
                self.gaps.append((self._down_since, now))
            self._down_since = None
        log.info("icecast %s: connected", self.name)

    def _lost(self, proc: subprocess.Popen[bytes], why: str) -> None:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        with self._lock:
            if self.up:
                log.warning("icecast %s: %s; reconnecting", self.name, why)
                self._down_since = self.clock.now()
            self.up = False
            self._proc = None

    # -- the log ----------------------------------------------------------------------
    def down_seconds(self, start: datetime, end: datetime) -> float:
        """How long this output was not carrying audio within ``[start, end]``."""
        with self._lock:
            spans = list(self.gaps)
            if self._down_since is not None:
                spans.append((self._down_since, max(end, self._down_since)))
        total = timedelta()
        for lo, hi in spans:
            a, b = max(lo, start), min(hi, end)
            if b > a:
                total += b - a
        return total.total_seconds()

    def close(self) -> None:
        self._running.clear()
        if self._thread is not None:
            self._thread.join(timeout=5)
        proc = self._proc
        if proc is not None:
            try:
                assert proc.stdin is not None
                proc.stdin.close()
                proc.wait(timeout=3)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
            self._proc = None
