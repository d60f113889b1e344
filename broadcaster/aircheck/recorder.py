"""The air-check recorder: its own process, started and watched by the daemon.

It reads the monitor's raw PCM (``monitor.py``), notes when each block arrived, and
pipes the audio into an ffmpeg Opus encoder (16 kbit/s mono), starting a new file at
every UTC hour and whenever the capture restarts. A block can only arrive after it was
heard, so the earliest ``arrival - frames_so_far / rate`` over a window of blocks is
when the file's first frame was heard (reading delays removed); one such sync point
every 10 seconds follows a sound card's clock. The index is rewritten (atomically)
every two seconds with the levels of each second, which the daemon's alarms read.

Run: ``python -m broadcaster.aircheck.recorder DIR ZONE KIND NAME [DAYS FLOOR_MB]``.
Nothing here touches the database or the sound output: playout never waits for it.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import numpy as np

from broadcaster.aircheck.archive import (
    RATE,
    Chunk,
    RecorderStatus,
    file_stem,
    prune,
    write_atomic,
    write_status,
)
from broadcaster.aircheck.monitor import Monitor

log = logging.getLogger(__name__)
SYNC_SECONDS = 10.0
FLUSH_SECONDS = 2.0
RETRY_SECONDS = 5.0
# A capture that delivers nothing this long is stuck (a source unloaded, a USB card
# unplugged): it is stopped and started again, and the status says why.
STALL_SECONDS = 5.0
STARTUP_SECONDS = 20.0  # before its first block (a stream being probed, a card opening)
BITRATE = "16k"


@dataclass
class Timing:
    """When frame 0 of a file was heard, from block arrivals: one point per window."""

    rate: int = RATE
    frames: int = 0
    sync: list[tuple[int, float]] = field(default_factory=list)
    _window_frame: int = 0
    _window_best: float = math.inf
    _window_opened: float | None = None

    def arrived(self, frames: int, arrival: float) -> None:
        """``frames`` more frames arrived at ``arrival`` (epoch seconds)."""
        if self._window_opened is None:
            self._window_opened = arrival
            self._window_frame = self.frames
        self.frames += frames
        # When the window's first frame was heard, judged from this block.
        self._window_best = min(
            self._window_best, arrival - (self.frames - self._window_frame) / self.rate
        )
        if arrival - self._window_opened >= SYNC_SECONDS:
            self.sync.append((self._window_frame, self._window_best))
            self._window_opened, self._window_best = None, math.inf

    def carry(self, heard_at: float) -> None:
        """The stream goes on from a previous file whose end was heard at ``heard_at``: that
        bound holds for this file's first frame too (a new file starts no later)."""
        self._window_best = min(self._window_best, heard_at)

    def points(self) -> list[tuple[int, float]]:
        """The sync points so far, the open window's provisional one included."""
        if self._window_opened is not None and self._window_best < math.inf:
            return [*self.sync, (self._window_frame, self._window_best)]
        return list(self.sync)


def levels_of(samples: np.ndarray, rate: int = RATE) -> list[float]:
    """dBFS of each whole second of ``samples`` (float in -1..1)."""
    whole = samples.size // rate
    if whole == 0:
        return []
    blocks = samples[: whole * rate].reshape(whole, rate).astype(np.float64)
    rms = np.sqrt(np.mean(blocks * blocks, axis=1))
    return [round(float(20 * np.log10(max(r, 1e-6))), 1) for r in rms]


def source_exists(name: str) -> bool:
    """Whether PulseAudio still has the source (True when pactl cannot tell)."""
    try:
        proc = subprocess.run(
            ["pactl", "list", "short", "sources"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return True
    if proc.returncode != 0:
        return True
    return any(line.split("\t")[1:2] == [name] for line in proc.stdout.splitlines())


class FileWriter:
    """One Opus file being written and its index."""

    def __init__(
        self,
        folder: Path,
        zone: str,
        source: str,
        first_arrival: float,
        follows: FileWriter | None = None,
    ) -> None:
        self.folder, self.zone, self.source = folder, zone, source
        self.hour = int(first_arrival // 3600)
        named = int(first_arrival)
        while (folder / f"{file_stem(datetime.fromtimestamp(named, UTC))}.json").exists():
            named += 1  # a capture restarted within the same second: never overwrite
        self.stem = file_stem(datetime.fromtimestamp(named, UTC))
        self.timing = Timing()
        previous = follows.chunk() if follows is not None else None
        if previous is not None:
            self.timing.carry(previous.end.timestamp())
        self.pending = np.zeros(0, dtype=np.float32)  # the second not yet complete
        self.levels: list[float] = []
        self.flushed = 0.0
        self.encoder = subprocess.Popen(
            [
                "ffmpeg",
                "-v",
                "error",
                "-nostdin",
                "-f",
                "s16le",
                "-ar",
                str(RATE),
                "-ac",
                "1",
                "-i",
                "-",
                "-c:a",
                "libopus",
                "-b:a",
                BITRATE,
                "-page_duration",
                "500000",
                "-flush_packets",
                "1",
                "-y",
                str(folder / f"{self.stem}.opus"),
            ],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def write(self, block: bytes, arrival: float) -> None:
        assert self.encoder.stdin is not None
        self.encoder.stdin.write(block)
        frames = len(block) // 2
        self.timing.arrived(frames, arrival)
        audio = np.frombuffer(block, dtype="<i2").astype(np.float32) / 32768.0
        self.pending = np.concatenate([self.pending, audio])
        whole = self.pending.size // RATE * RATE
        if whole:
            self.levels += levels_of(self.pending[:whole])
            self.pending = self.pending[whole:]
        if arrival - self.flushed >= FLUSH_SECONDS:
            self.flush()
            self.flushed = arrival

    def chunk(self, closed: bool = False) -> Chunk | None:
        points = self.timing.points()
        if not points:
            return None
        return Chunk(
            zone=self.zone,
            audio=f"{self.stem}.opus",
            source=self.source,
            rate=RATE,
            frames=self.timing.frames,
            sync=points,
            levels=list(self.levels),
            closed=closed,
        )

    def flush(self, closed: bool = False) -> None:
        chunk = self.chunk(closed)
        if chunk is not None:
            write_atomic(self.folder / f"{self.stem}.json", chunk.to_json())

    def close(self) -> None:
        if self.encoder.stdin is not None:
            with contextlib.suppress(OSError):
                self.encoder.stdin.close()
        try:
            self.encoder.wait(30)
        except subprocess.TimeoutExpired:
            self.encoder.kill()
        self.flush(closed=True)

    def hour_passed(self, arrival: float) -> bool:
        return int(arrival // 3600) != self.hour


class Recorder:
    def __init__(
        self,
        folder: Path,
        zone: str,
        monitor: Monitor,
        days: int = 31,
        floor_mb: int = 500,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.folder, self.zone, self.monitor = folder, zone, monitor
        self.clock = clock  # wall time of each block's arrival (injected by tests)
        self.days, self.floor_mb = days, floor_mb
        self.quit = threading.Event()
        self.capture: subprocess.Popen[bytes] | None = None
        self.last_prune = 0.0
        self.last_block = time.monotonic()
        self.stalled = self.vanished = False

    def status(self, state: str, reason: str = "") -> None:
        write_status(
            self.folder,
            RecorderStatus(
                self.zone, self.monitor.describe(), state, self.clock(), reason, os.getpid()
            ),
        )

    def prune(self) -> None:
        self.last_prune = self.clock()
        now = datetime.fromtimestamp(self.last_prune, UTC)
        try:
            for path in prune(self.folder, now, self.days, self.floor_mb):
                log.info("air-check pruned %s", path.name)
        except OSError as exc:
            log.warning("air-check pruning failed: %s", exc)

    def run(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        while not self.quit.is_set():
            reason = self.record_once()
            if self.quit.is_set():
                break
            log.warning("monitor %s failed: %s", self.monitor.describe(), reason)
            self.status("failed", reason)
            self.quit.wait(RETRY_SECONDS)

    def record_once(self) -> str:
        """Record until the capture ends; returns why it ended."""
        try:
            # The capture's messages go to a file: a pipe nobody reads while audio flows
            # would fill up and stop the capture.
            errors = (self.folder / "capture.err").open("wb")
            self.capture = subprocess.Popen(
                self.monitor.command(), stdout=subprocess.PIPE, stderr=errors
            )
            errors.close()
        except OSError as exc:
            return f"không chạy được lệnh ghi âm: {exc}"
        assert self.capture.stdout is not None
        writer: FileWriter | None = None
        carry = b""
        self.last_block = time.monotonic()
        self.stalled = self.vanished = self.got_audio = False
        watchdog = threading.Thread(target=self._watch, args=(self.capture,), daemon=True)
        watchdog.start()
        try:
            while not self.quit.is_set():
                block = self.capture.stdout.read1(8192)  # type: ignore[attr-defined]
                arrival = self.clock()
                self.last_block = time.monotonic()
                self.got_audio = True
                if not block:
                    break
                block, carry = (carry + block), b""
                if len(block) % 2:
                    block, carry = block[:-1], block[-1:]
                if writer is None:
                    self.prune()
                    writer = FileWriter(self.folder, self.zone, self.monitor.name, arrival)
                    self.status("recording")
                elif writer.hour_passed(arrival):
                    writer.close()
                    self.prune()
                    writer = FileWriter(
                        self.folder, self.zone, self.monitor.name, arrival, follows=writer
                    )
                elif arrival - self.last_prune > 60:
                    self.prune()
                writer.write(block, arrival)
        except OSError as exc:  # the encoder died (disk full ...)
            self.capture.kill()
            return f"không ghi được tệp: {exc}"
        finally:
            if writer is not None:
                writer.close()
        self.capture.wait(10)
        if self.vanished:
            return f"nguồn PulseAudio «{self.monitor.name}» không còn (thiết bị bị rút hoặc tắt)"
        if self.stalled:
            return f"nguồn không gửi âm thanh quá {STALL_SECONDS:.0f} giây (mất nguồn, thiết bị)"
        try:
            err = (self.folder / "capture.err").read_bytes()[-2000:].decode(errors="replace")
        except OSError:
            err = ""
        return err.strip()[-300:] or f"nguồn ngừng gửi âm thanh (mã {self.capture.returncode})"

    def _watch(self, capture: subprocess.Popen[bytes]) -> None:
        """Stop a capture that is stuck, or whose PulseAudio source vanished (PulseAudio
        would move the stream to another source: that is not the monitor any more)."""
        checked = time.monotonic()
        while capture.poll() is None and not self.quit.is_set():
            limit = STALL_SECONDS if self.got_audio else STARTUP_SECONDS
            if time.monotonic() - self.last_block > limit:
                self.stalled = True
                capture.kill()
                return
            if self.monitor.kind == "pulse" and time.monotonic() - checked > 2.0:
                checked = time.monotonic()
                if not source_exists(self.monitor.name):
                    self.vanished = True
                    capture.kill()
                    return
            time.sleep(0.5)

    def stop(self) -> None:
        self.quit.set()
        if self.capture is not None and self.capture.poll() is None:
            self.capture.terminate()


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    folder, zone, monitor = Path(argv[0]), argv[1], Monitor(argv[2], argv[3])
    days = int(argv[4]) if len(argv) > 4 else 31
    floor_mb = int(argv[5]) if len(argv) > 5 else 500
    recorder = Recorder(folder, zone, monitor, days, floor_mb)

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        recorder.stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    recorder.run()
    recorder.status("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
