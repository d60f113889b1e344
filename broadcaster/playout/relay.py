"""A relay (tiếp âm) as a streaming source of a programme.

An ffmpeg child opens the radio stream a few seconds before the relay's start, decodes
it to mono float32 at the station's rate with the station's loudness target applied on
the fly (``loudnorm``), and a reader thread keeps a bounded buffer of it. The audio
thread takes exactly the relay's planned number of frames with :meth:`RelaySource.read`,
which never blocks: what the stream cannot give (not opened yet, dropped, given up) is
taken from the fallback (a filler recording, the station ID, or silence). So a relay
always lasts what was planned and the next item starts on time, whatever the stream does.
"""

from __future__ import annotations

import collections
import logging
import os
import shutil
import socket
import subprocess
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import numpy as np

from broadcaster.clock import Clock
from broadcaster.playout.outputs.base import wait_until

log = logging.getLogger(__name__)
MAX_BUFFER_SECONDS = 20.0  # the reader waits (and ffmpeg with it) beyond this
READ_BYTES = 16384
IO_TIMEOUT_SECONDS = 5.0  # a stream that sends nothing this long has dropped
MIN_FALLBACK_SECONDS = 1.0
LEADING_SILENCE_SECONDS = 0.5  # at most this much decoder start-up silence is skipped
SILENCE_LEVEL = 0.003  # about -50 dBFS  # less fallback than this (a network hiccup) is not a drop


@dataclass(frozen=True)
class RelayConfig:
    url: str
    sample_rate: int
    loudness_target: float = -16.0
    true_peak: float = -1.0
    open_ahead: float = 4.0
    retries: int = 3
    retry_seconds: float = 2.0
    fade_frames: int = 7200


@dataclass(frozen=True)
class RelayResult:
    outcome: str  # aired, partial or failed
    relayed_seconds: float  # how much of the stream really went out
    error: str  # the operator-readable reason when not aired


# ffmpeg probes an unnamed live stream for seconds; the server's Content-Type names it.
CONTENT_FORMATS = {
    "audio/mpeg": "mp3",
    "audio/mp3": "mp3",
    "audio/aac": "aac",
    "audio/aacp": "aac",
    "audio/x-aac": "aac",
    "audio/ogg": "ogg",
    "application/ogg": "ogg",
    "audio/opus": "ogg",
}


def stream_format(url: str) -> str | None:
    """The demuxer for ``url`` from its Content-Type (None: let ffmpeg probe, e.g. HLS).

    Raises OSError with the reason when the stream cannot be reached at all.
    """
    if urlsplit(url).path.lower().endswith(".m3u8"):
        return None
    request = urllib.request.Request(url, headers={"User-Agent": "broadcaster-relay"})
    with urllib.request.urlopen(request, timeout=IO_TIMEOUT_SECONDS) as reply:
        kind = reply.headers.get_content_type().lower()
    if "mpegurl" in kind:
        return None
    return CONTENT_FORMATS.get(kind)


def ffmpeg_command(cfg: RelayConfig, fmt: str | None = None) -> list[str]:
    ffmpeg = shutil.which("ffmpeg") or "ffmpeg"
    loudness = f"loudnorm=I={cfg.loudness_target}:TP={cfg.true_peak}:LRA=11"
    return [
        ffmpeg,
        "-nostdin",
        "-hide_banner",
        "-v",
        "error",
        "-rw_timeout",
        str(int(IO_TIMEOUT_SECONDS * 1_000_000)),
        # A live stream gives its audio in real time: probe briefly, not for seconds.
        "-probesize",
        "65536",
        "-analyzeduration",
        "1000000",
        *(["-f", fmt] if fmt else []),
        "-i",
        cfg.url,
        "-vn",
        "-af",
        f"{loudness},aresample={cfg.sample_rate}",
        "-ac",
        "1",
        "-ar",
        str(cfg.sample_rate),
        "-f",
        "f32le",
        "-",
    ]


def _why(exc: Exception) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"máy chủ trả lời {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        exc = exc.reason if isinstance(exc.reason, Exception) else exc
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"không có trả lời sau {IO_TIMEOUT_SECONDS:g} giây"
    if isinstance(exc, ConnectionRefusedError):
        return "máy chủ từ chối kết nối"
    return str(exc)[:160]


class RelaySource:
    """``frames`` frames of a stream (or of the fallback where the stream fails)."""

    def __init__(
        self, cfg: RelayConfig, seconds: float, clock: Clock, fallback: np.ndarray | None
    ) -> None:
        self.cfg = cfg
        self.clock = clock
        self.frames = round(seconds * cfg.sample_rate)
        self.fallback = fallback if fallback is not None and len(fallback) else None
        self._buf: collections.deque[np.ndarray] = collections.deque()
        self._buffered = 0
        self._lock = threading.Lock()
        self._space = threading.Condition(self._lock)
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._given_up = False
        self._reasons: list[str] = []
        self.position = 0  # frames handed to the audio thread
        self.relayed = 0  # of which came from the stream
        self._fallback_pos = 0

    def set_seconds(self, seconds: float) -> None:
        """Fix the length before airing (a relay «until the slot ends»)."""
        self.frames = round(max(0.0, seconds) * self.cfg.sample_rate)

    # -- the reader side ----------------------------------------------------------------
    def arm(self, starts_at: datetime) -> None:
        """Open the stream ``open_ahead`` seconds before ``starts_at`` (in the background)."""
        if self._thread is not None and not self._closed.is_set():
            return
        if self._closed.is_set():  # closed after a preemption, aired again later
            self._closed = threading.Event()
            with self._lock:
                self._buf.clear()
                self._buffered = 0
                self._given_up = False
        self._thread = threading.Thread(
            target=self._run, args=(starts_at,), name="relay", daemon=True
        )
        self._thread.start()

    def _run(self, starts_at: datetime) -> None:
        opens_at = starts_at - timedelta(seconds=self.cfg.open_ahead)
        if not wait_until(self.clock, opens_at, self._closed):
            return
        failures = 0
        while not self._closed.is_set():
            got, reason = self._one_connection()
            if self._closed.is_set():
                return
            self._note(reason)
            failures = 0 if got else failures + 1
            if failures > self.cfg.retries:
                log.warning("relay %s: giving up after %d tries", self.cfg.url, failures)
                with self._lock:
                    self._given_up = True
                return
            log.warning("relay %s dropped (%s); retrying", self.cfg.url, reason)
            if self._closed.wait(self.cfg.retry_seconds):
                return

    def _one_connection(self) -> tuple[bool, str]:
        """Read one ffmpeg run to its end: (did it give audio, why it ended)."""
        try:
            fmt = stream_format(self.cfg.url)
        except (OSError, ValueError) as exc:
            return False, f"không mở được luồng ({_why(exc)})"
        try:
            proc = subprocess.Popen(
                ffmpeg_command(self.cfg, fmt),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            return False, f"không chạy được ffmpeg: {exc}"
        with self._lock:
            self._proc = proc
        assert proc.stdout is not None and proc.stderr is not None
        fd = proc.stdout.fileno()
        got = False
        rest = b""
        while not self._closed.is_set():
            try:
                data = os.read(fd, READ_BYTES)
            except OSError:
                break
            if not data:
                break
            data = rest + data
            usable = len(data) - len(data) % 4
            rest = data[usable:]
            if usable:
                got = True
                self._put(np.frombuffer(data[:usable], dtype="<f4").copy())
        proc.kill()
        err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
        proc.wait()
        with self._lock:
            self._proc = None
        if got:
            return True, "luồng bị ngắt giữa chừng" + (f" ({err[-1][:160]})" if err else "")
        return False, "không mở được luồng" + (f" ({err[-1][:160]})" if err else "")

    def _put(self, samples: np.ndarray) -> None:
        limit = int(MAX_BUFFER_SECONDS * self.cfg.sample_rate)
        with self._space:
            while self._buffered >= limit and not self._closed.is_set():
                self._space.wait(0.2)
            self._buf.append(samples)
            self._buffered += len(samples)

    def _note(self, reason: str) -> None:
        with self._lock:
            if reason not in self._reasons:
                self._reasons.append(reason)

    def close(self) -> None:
        """Stop reading and end the ffmpeg child (safe to call more than once)."""
        self._closed.set()
        with self._space:
            proc = self._proc
            self._space.notify_all()
        if proc is not None and proc.poll() is None:
            proc.kill()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- the audio side (never blocks) ----------------------------------------------
    def read(self, n: int) -> np.ndarray:
        n = max(0, min(n, self.frames - self.position))
        out = np.empty(n, dtype=np.float32)
        filled = 0
        with self._space:
            if self.position == 0:
                self._skip_leading_silence()
            while filled < n and self._buf:
                head = self._buf[0]
                take = min(len(head), n - filled)
                out[filled : filled + take] = head[:take]
                if take == len(head):
                    self._buf.popleft()
                else:
                    self._buf[0] = head[take:]
                self._buffered -= take
                filled += take
            self._space.notify_all()
        self.relayed += filled
        if filled < n:
            out[filled:] = self._fallback_frames(n - filled)
        self._fade(out)
        self.position += n
        return out

    def _skip_leading_silence(self) -> None:
        """Drop the decoder's start-up silence so the first relayed frame is audible."""
        limit = int(LEADING_SILENCE_SECONDS * self.cfg.sample_rate)
        dropped = 0
        while self._buf and dropped < limit:
            head = self._buf[0]
            loud = np.flatnonzero(np.abs(head[: limit - dropped]) > SILENCE_LEVEL)
            cut = int(loud[0]) if len(loud) else min(len(head), limit - dropped)
            if cut == 0:
                return
            if cut == len(head):
                self._buf.popleft()
            else:
                self._buf[0] = head[cut:]
            self._buffered -= cut
            dropped += cut
            if len(loud):
                return

    def _fallback_frames(self, n: int) -> np.ndarray:
        if self.fallback is None:
            return np.zeros(n, dtype=np.float32)
        idx = (self._fallback_pos + np.arange(n)) % len(self.fallback)
        self._fallback_pos = int((self._fallback_pos + n) % len(self.fallback))
        return self.fallback[idx]

    def _fade(self, out: np.ndarray) -> None:
        """A short fade-out over the relay's last frames."""
        fade = min(self.cfg.fade_frames, self.frames)
        start = self.frames - fade
        lo = max(self.position, start)
        hi = self.position + len(out)
        if fade <= 0 or lo >= hi:
            return
        gain = 1.0 - (np.arange(lo, hi, dtype=np.float32) - start) / fade
        out[lo - self.position :] *= gain

    # -- the log --------------------------------------------------------------------
    def result(self) -> RelayResult:
        rate = self.cfg.sample_rate
        relayed = self.relayed / rate
        missing = (self.position - self.relayed) / rate
        with self._lock:
            reasons = list(self._reasons)
        if self.relayed == 0:
            why = "; ".join(reasons) or "luồng không gửi âm thanh nào"
            return RelayResult("failed", 0.0, f"Không tiếp âm được {self.cfg.url}: {why}.")
        if missing < MIN_FALLBACK_SECONDS:
            return RelayResult("aired", relayed, "")
        why = "; ".join(reasons) or "luồng gửi chậm hoặc ngắt quãng"
        return RelayResult(
            "partial",
            relayed,
            f"Tiếp âm {self.cfg.url} không trọn vẹn ({why}); đã phát thay {round(missing)} "
            f"giây âm thanh dự phòng, tiếp âm thật {round(relayed)} giây.",
        )
