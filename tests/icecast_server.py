"""A real Icecast2 server for the tests and the bench, with ffmpeg sources and listeners.

``IcecastServer`` starts ``icecast2`` on a free loopback port from the project's own
config writer (broadcaster.playout.outputs.icecast_local); ``play`` loops a tone into a
mount (the radio station a relay takes), ``Listener`` records a mount to a WAV file
(an IP loudspeaker), and ``tone_runs`` says which tone is heard when in a recording.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
import wave
from pathlib import Path

import numpy as np

from broadcaster.playout.outputs.icecast_local import LocalIcecast, start

PASSWORD = "thu-nghiem"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class IcecastServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix="broadcaster-icecast-"))
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = start(LocalIcecast(self.port, PASSWORD), self.base)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
        log = (self.base / "log" / "error.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"icecast2 did not start: {log}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, mount: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mount}"

    def source_url(self, mount: str) -> str:
        return f"icecast://source:{PASSWORD}@127.0.0.1:{self.port}/{mount}"

    def mount_up(self, mount: str) -> bool:
        try:
            with urllib.request.urlopen(self.url(mount), timeout=2) as reply:
                return bool(reply.status == 200 and reply.read(64))
        except OSError:
            return False

    def wait_mount(self, mount: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.mount_up(mount):
                return
            time.sleep(0.2)
        raise RuntimeError(f"mount /{mount} never came up")

    def play(self, mount: str, freq: int) -> subprocess.Popen[bytes]:
        """A radio station: a tone of ``freq`` Hz, in real time, into ``mount`` (MP3)."""
        proc = subprocess.Popen(
            [
                "ffmpeg",
                "-nostdin",
                "-v",
                "error",
                "-re",
                "-f",
                "lavfi",
                "-i",
                f"sine=frequency={freq}:sample_rate=44100",
                "-c:a",
                "libmp3lame",
                "-b:a",
                "64k",
                "-content_type",
                "audio/mpeg",
                "-f",
                "mp3",
                self.source_url(mount),
            ],
            stdin=subprocess.DEVNULL,
        )
        self.wait_mount(mount)
        return proc


class Listener:
    """An IP loudspeaker: ffmpeg records ``url`` to a WAV (mono, ``rate``) until stopped."""

    def __init__(self, url: str, path: Path, rate: int = 24000) -> None:
        self.path = path
        self.rate = rate
        self.started = time.time()
        self.proc = subprocess.Popen(
            [
                *("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", url),
                *("-ac", "1", "-ar", str(rate), "-f", "wav", str(path)),
            ],
            stdin=subprocess.DEVNULL,
        )

    def stop(self) -> np.ndarray:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        return read_wav(self.path)


def read_wav(path: Path) -> np.ndarray:
    """A 16-bit WAV as float32 (a WAV whose header was not finished is read to its end)."""
    data = path.read_bytes()
    try:
        with wave.open(str(path), "rb") as w:
            frames = w.readframes(w.getnframes())
            if len(frames) < len(data) - 1000:
                frames = data[44:]
    except (wave.Error, EOFError):
        frames = data[44:]
    frames = frames[: len(frames) - len(frames) % 2]
    return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768


def tone_file(path: Path, seconds: float, freq: int, rate: int = 24000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.4 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def dominant(samples: np.ndarray, rate: int, window: float = 0.1) -> list[int]:
    """The loudest frequency (Hz, rounded to 10) of each window; 0 for silence."""
    n = int(rate * window)
    out: list[int] = []
    for k in range(len(samples) // n):
        chunk = samples[k * n : (k + 1) * n]
        if np.sqrt(np.mean(chunk**2)) < 0.01:
            out.append(0)
            continue
        spectrum = np.abs(np.fft.rfft(chunk * np.hanning(n)))
        out.append(int(round(np.argmax(spectrum) / window / 10) * 10))
    return out


def seconds_of(freqs: list[int], freq: int, window: float = 0.1, tol: int = 30) -> float:
    return sum(window for f in freqs if abs(f - freq) <= tol)


def first_second_of(freqs: list[int], freq: int, window: float = 0.1, tol: int = 30) -> float:
    for k, f in enumerate(freqs):
        if abs(f - freq) <= tol:
            return k * window
    raise AssertionError(f"{freq} Hz never heard")


def last_second_of(freqs: list[int], freq: int, window: float = 0.1, tol: int = 30) -> float:
    for k in range(len(freqs) - 1, -1, -1):
        if abs(freqs[k] - freq) <= tol:
            return k * window
    raise AssertionError(f"{freq} Hz never heard")
