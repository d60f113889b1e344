"""Recording what really came out of the PulseAudio null sink, with wall-clock times.

``MonitorRecorder`` reads the sink's monitor through ``parec`` in small chunks and notes
when each chunk arrived; the wall time of any recorded frame is then the earliest
``arrival - frames_after_it / rate`` among the chunks that followed it (a chunk can only
arrive after its audio was heard, so the minimum removes the reading delays).
Used by the tests and by ``bench/bench_playout.py``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from leftovers import alive, claim, left_behind

# A sink name no live station uses, unique to this test run.
SINK = f"bc-test-{os.getpid()}"
RATE = 48000
PREFIX = "bc-pulse-"

_runtime: Path | None = None


def _pactl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, check=False, env=_env())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if _runtime is not None:
        env["PULSE_RUNTIME_PATH"] = str(_runtime)
        env["PULSE_SERVER"] = f"unix:{_runtime / 'native'}"
    return env


def _server_pid(runtime: Path) -> int | None:
    try:
        return int((runtime / "pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _stop_server(runtime: Path) -> None:
    """Stop the PulseAudio server of one private runtime folder, and only that one."""
    pid = _server_pid(runtime)
    if pid is not None and alive(pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            cmdline = b""
        if b"pulseaudio" in cmdline:
            os.kill(pid, signal.SIGTERM)
            for _ in range(50):
                if not alive(pid):
                    break
                time.sleep(0.05)


def clean_leftovers() -> None:
    """Stop servers left by earlier test runs that were killed (their owner is gone)."""
    for folder in left_behind(PREFIX):
        _stop_server(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _shutdown() -> None:
    if _runtime is not None:
        _stop_server(_runtime)
        shutil.rmtree(_runtime, ignore_errors=True)


def ensure_null_sink() -> None:
    """Start this test run's own PulseAudio (its own runtime folder) with its own null sink.

    Never touches the machine's or a live station's sound server: the server is found
    through ``PULSE_RUNTIME_PATH``/``PULSE_SERVER`` set to a private folder, and the sink
    name carries this process's id.
    """
    global _runtime
    if shutil.which("pulseaudio") is None:
        raise RuntimeError("PulseAudio is not installed; run «make test», which installs it.")
    if _runtime is None:
        clean_leftovers()
        _runtime = Path(tempfile.mkdtemp(prefix=PREFIX))
        claim(_runtime)
        atexit.register(_shutdown)
    os.environ.update({k: v for k, v in _env().items() if k.startswith("PULSE_")})
    if f"\t{SINK}\t" in _pactl("list", "short", "sinks").stdout:
        return
    subprocess.run(
        [
            "pulseaudio",
            "-D",
            "--exit-idle-time=-1",
            "-n",
            "--use-pid-file=yes",
            f"--load=module-null-sink sink_name={SINK}",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={_runtime / 'native'}",
        ],
        check=True,
        capture_output=True,
        env=_env(),
    )
    for _ in range(100):
        if f"\t{SINK}\t" in _pactl("list", "short", "sinks").stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("PulseAudio started but the null sink did not appear")


def kill_sound_server() -> None:
    """Kill this test run's own sound server (a sound server dying mid-airing)."""
    if _runtime is not None:
        _stop_server(_runtime)


def mute(on: bool = True) -> None:
    """Mute or unmute this run's null sink."""
    _pactl("set-sink-mute", SINK, "1" if on else "0")


def pulse_env() -> None:
    """Make PortAudio's ALSA «pulse» device play into this run's null sink."""
    os.environ["PULSE_SINK"] = SINK
    os.environ.update({k: v for k, v in _env().items() if k.startswith("PULSE_")})


@dataclass(frozen=True)
class Recording:
    samples: np.ndarray
    chunks: list[tuple[float, int]]  # (arrival, wall-clock seconds since epoch; frames so far)

    def wall_of(self, frame: int) -> datetime:
        best = min(
            arrival - (total - frame) / RATE for arrival, total in self.chunks if total >= frame
        )
        return datetime.fromtimestamp(best, UTC)

    def onsets(self, threshold: float = 0.02, min_silence: float = 0.5) -> list[int]:
        """Frames where sound starts after at least ``min_silence`` seconds of silence."""
        loud = np.nonzero(np.abs(self.samples) > threshold)[0]
        if loud.size == 0:
            return []
        starts = [int(loud[0])]
        gaps = np.nonzero(np.diff(loud) > min_silence * RATE)[0]
        starts += [int(loud[g + 1]) for g in gaps]
        return starts

    def rms_dbfs(self, start: datetime, end: datetime) -> float:
        first = self.frame_at(start)
        last = self.frame_at(end)
        part = self.samples[max(0, first) : max(0, last)]
        if part.size == 0:
            return float("-inf")
        rms = float(np.sqrt(np.mean(np.square(part, dtype=np.float64))))
        return 20 * np.log10(rms) if rms else float("-inf")

    def frame_at(self, moment: datetime) -> int:
        anchor = self.wall_of(0)
        return int((moment - anchor).total_seconds() * RATE)

    def sound_seconds(self, threshold: float = 0.02) -> float:
        loud = np.nonzero(np.abs(self.samples) > threshold)[0]
        return 0.0 if loud.size == 0 else (loud[-1] - loud[0]) / RATE


class MonitorRecorder:
    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [
                "parec",
                "-d",
                f"{SINK}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=5",
            ],
            stdout=subprocess.PIPE,
            env=_env(),
        )
        self._data = bytearray()
        self._chunks: list[tuple[float, int]] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        self.wait_running()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while True:
            block = self._proc.stdout.read1(4096)  # type: ignore[attr-defined]
            if not block:
                return
            now = time.time()
            self._data += block
            self._chunks.append((now, len(self._data) // 2))

    def wait_running(self, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self._chunks and self._chunks[-1][1] > RATE // 10:
                return
            time.sleep(0.02)
        raise RuntimeError("parec delivered no audio from the monitor")

    def stop(self) -> Recording:
        time.sleep(0.3)  # let the last audio arrive
        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)
        usable = len(self._data) // 2 * 2
        samples = np.frombuffer(bytes(self._data[:usable]), dtype="<i2").astype(np.float32) / 32768
        return Recording(samples, list(self._chunks))


def loud_windows(samples: np.ndarray, rate: int = RATE, level: float = 0.01) -> int:
    """How many 50 ms windows carry sound (RMS above ``level``)."""
    size = rate // 20
    usable = len(samples) // size * size
    windows = samples[:usable].reshape(-1, size).astype(np.float64)
    return int(np.count_nonzero(np.sqrt(np.mean(windows**2, axis=1)) > level))


def lateness_ms(recording: Recording, frame: int, scheduled: datetime) -> float:
    return (recording.wall_of(frame) - scheduled) / timedelta(milliseconds=1)
