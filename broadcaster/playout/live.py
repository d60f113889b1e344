"""Live voice («Phát trực tiếp») as a streaming source of a «play now» programme.

The source airs the chime, then the speaker's voice read from the growing feed file,
then the closing chime, and ends there: its length is unknown until the speaker stops,
so ``frames`` stays far ahead of what was read until then, and is exact afterwards (the
output's loop ends on it). The voice is kept a fixed short time behind the microphone:
what piled up (while the chime played, or after a network stall) is skipped down to
``TARGET_LAG`` so the loudspeakers stay within the latency goal. A feed that sends nothing
for ``STALL_SECONDS`` is a dropped connection: the airing ends cleanly, and says so.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import numpy as np

from broadcaster.clock import Clock
from broadcaster.errors import BroadcasterError
from broadcaster.playout.live_feed import END_DROP, END_LIMIT, END_STOP, LiveFeed
from broadcaster.playout.outputs.base import load_samples
from broadcaster.playout.relay import RelayResult
from broadcaster.settings import Settings

log = logging.getLogger(__name__)
TARGET_LAG = 0.2  # seconds of voice held back against network jitter
MAX_LAG = 0.6  # beyond this the oldest voice is skipped down to TARGET_LAG
STALL_SECONDS = 1.5  # nothing new for this long: the connection dropped
AHEAD_SECONDS = 3600.0  # how far ``frames`` stays ahead while the length is unknown


def chime(rate: int) -> np.ndarray:
    """The built-in two-tone chime (about 1.3 s), the same at every rate (pure)."""

    def tone(freq: float, seconds: float) -> np.ndarray:
        t = np.arange(int(seconds * rate)) / rate
        decay = np.exp(-3.0 * t / seconds)
        wave = np.sin(2 * np.pi * freq * t) + 0.3 * np.sin(2 * np.pi * 2 * freq * t)
        return (0.35 * decay * wave).astype(np.float32)

    gap = np.zeros(int(0.05 * rate), dtype=np.float32)
    tail = np.zeros(int(0.3 * rate), dtype=np.float32)
    return np.concatenate([tone(784.0, 0.45), gap, tone(587.0, 0.55), tail])


def chime_samples(settings: Settings, choice: str, rate: int) -> np.ndarray:
    """A chime setting as samples: "chime" (built-in), "" (none) or a recording's path."""
    choice = choice.strip()
    if choice in ("", "none", "khong"):
        return np.zeros(0, dtype=np.float32)
    if choice == "chime":
        return chime(rate)
    path = Path(choice) if Path(choice).is_absolute() else settings.home / choice
    try:
        return load_samples(path, rate)
    except BroadcasterError as exc:
        log.warning("live chime %s unusable (%s): the built-in chime airs", path, exc)
        return chime(rate)


class Resampler:
    """Linear interpolation from one rate to another across consecutive chunks."""

    def __init__(self, source_rate: int, target_rate: int) -> None:
        self.step = source_rate / target_rate
        self.t = 0.0
        self.tail = np.zeros(0, dtype=np.float32)

    def __call__(self, chunk: np.ndarray) -> np.ndarray:
        data = np.concatenate([self.tail, chunk]) if len(self.tail) else chunk
        if self.step == 1.0:
            self.tail = np.zeros(0, dtype=np.float32)
            return data.astype(np.float32, copy=False)
        if len(data) < 2:
            self.tail = data
            return np.zeros(0, dtype=np.float32)
        where = np.arange(self.t, len(data) - 1, self.step)
        out = np.interp(where, np.arange(len(data)), data).astype(np.float32)
        following = where[-1] + self.step if len(where) else self.t
        used = int(following)
        self.tail = data[used:]
        self.t = following - used
        return out


class LiveSource:
    """Chime, live voice, chime: read block after block by the output, never blocking."""

    growing = True
    dtype = np.dtype(np.float32)

    def __init__(
        self,
        feed: LiveFeed,
        rate: int,
        clock: Clock,
        before: np.ndarray,
        after: np.ndarray,
        max_seconds: float,
    ) -> None:
        info = feed.info()
        if info is None:
            raise BroadcasterError("Không đọc được thông tin buổi phát trực tiếp.")
        self.feed, self.rate, self.clock = feed, rate, clock
        self.before, self.after = before, after
        self.max_frames = int(max_seconds * rate)
        self.resample = Resampler(info.rate, rate)
        self.phase = "before" if len(before) else "live"
        self.pos = 0  # frames handed out
        self.phase_pos = 0  # frames handed out in this phase
        self.live_frames = 0
        self.skipped = 0
        self.buffer = np.zeros(0, dtype=np.float32)
        self.primed = False
        self.reason: str | None = None
        self.total: int | None = None
        self._fh: BinaryIO | None = None
        self._odd = b""
        self._last_data = clock.monotonic()
        self._last: tuple[int, int, np.ndarray] | None = None

    # -- the array the output reads ---------------------------------------------------
    @property
    def frames(self) -> int:
        if self.total is not None:
            return self.total
        return self.pos + int(AHEAD_SECONDS * self.rate)

    def __len__(self) -> int:
        return self.frames

    @property
    def shape(self) -> tuple[int]:
        return (self.frames,)

    def astype(self, _dtype: object, copy: bool = True) -> LiveSource:
        return self

    def __getitem__(self, key: slice) -> np.ndarray:
        start, stop, _ = key.indices(self.frames)
        if self._last is not None and self._last[:2] == (start, stop):
            return self._last[2]
        block = self.read(max(stop - start, 0))
        self._last = (start, stop, block)
        return block

    # -- what a relay source also offers (the airer treats both alike) ----------------
    def arm(self, _at: datetime) -> None:
        return None

    def set_seconds(self, _seconds: float) -> None:
        return None

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def result(self) -> RelayResult:
        seconds = self.live_frames / self.rate
        if self.reason == END_DROP:
            return RelayResult(
                "partial",
                seconds,
                f"Mất kết nối với người nói (trình duyệt) nên đã ngừng phát trực tiếp sau "
                f"{seconds:.0f} giây.",
            )
        if self.reason == END_LIMIT:
            return RelayResult(
                "aired",
                seconds,
                f"Đã tự ngừng phát trực tiếp khi đủ {self.max_frames // self.rate // 60} phút "
                "(live_max_minutes).",
            )
        return RelayResult("aired", seconds, "")

    # -- reading ------------------------------------------------------------------------
    def read(self, n: int) -> np.ndarray:
        parts: list[np.ndarray] = []
        need = n
        while need > 0 and self.total is None:
            if self.phase == "before":
                part = self._from(self.before, need, "live")
            elif self.phase == "live":
                part = self._live(need)
            else:
                part = self._from(self.after, need, "done")
            parts.append(part)
            need -= len(part)
            self.pos += len(part)
            if self.phase == "done":
                self.total = self.pos
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def _next_phase(self, phase: str) -> None:
        self.phase, self.phase_pos = phase, 0
        if phase == "after" and not len(self.after):
            self._next_phase("done")

    def _from(self, samples: np.ndarray, need: int, then: str) -> np.ndarray:
        part = samples[self.phase_pos : self.phase_pos + need]
        self.phase_pos += len(part)
        if self.phase_pos >= len(samples):
            self._next_phase(then)
        return part

    def _pull(self) -> None:
        """Take what the console appended to the feed since the last read."""
        if self._fh is None:
            try:
                self._fh = self.feed.pcm_path.open("rb")
            except OSError:
                return
        data = self._odd + self._fh.read()
        if len(data) <= len(self._odd):
            return
        self._last_data = self.clock.monotonic()
        whole = len(data) // 2 * 2
        self._odd = data[whole:]
        pcm = np.frombuffer(data[:whole], dtype="<i2").astype(np.float32) / 32768.0
        self.buffer = np.concatenate([self.buffer, self.resample(pcm)])

    def _live(self, need: int) -> np.ndarray:
        if self.reason is None:
            self._pull()
            self.reason = self.feed.ended()
            if self.reason is None and self.clock.monotonic() - self._last_data > STALL_SECONDS:
                self.reason = END_DROP
                log.warning("live feed %s: nothing for %.1f s", self.feed.segment_id, STALL_SECONDS)
            if self.reason is None and self.live_frames >= self.max_frames:
                self.reason = END_LIMIT
            if self.reason is None:
                return self._voice(need)
        # Ended: what is still buffered goes out (a stop keeps the last words), then the chime.
        if self.reason == END_STOP and len(self.buffer):
            part, self.buffer = self.buffer[:need], self.buffer[need:]
            self.live_frames += len(part)
            return part
        self.buffer = np.zeros(0, dtype=np.float32)
        self._next_phase("after")
        return np.zeros(0, dtype=np.float32)

    def _voice(self, need: int) -> np.ndarray:
        target, most = int(TARGET_LAG * self.rate), int(MAX_LAG * self.rate)
        if len(self.buffer) > most + need or (not self.primed and len(self.buffer) > target + need):
            drop = len(self.buffer) - target - need
            self.skipped += drop
            self.buffer = self.buffer[drop:]
        if not self.primed and len(self.buffer) < target + need:
            self.live_frames += need
            return np.zeros(need, dtype=np.float32)  # filling the jitter buffer
        self.primed = True
        part, self.buffer = self.buffer[:need], self.buffer[need:]
        if len(part) < need:  # the network fell behind: silence, and fill up again
            self.primed = False
            part = np.concatenate([part, np.zeros(need - len(part), dtype=np.float32)])
        self.live_frames += need
        return part


def live_source(settings: Settings, feed: LiveFeed, rate: int, clock: Clock) -> LiveSource:
    """The source of one live airing, with the station's chimes and time limit."""
    return LiveSource(
        feed,
        rate,
        clock,
        chime_samples(settings, settings.live_chime_before, rate),
        chime_samples(settings, settings.live_chime_after, rate),
        settings.live_max_minutes * 60.0,
    )
