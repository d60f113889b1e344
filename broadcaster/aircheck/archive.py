"""The air-check archive: hourly Opus files, each with a typed, versioned index.

``aircheck/ZONE/20261202T090000Z.opus`` holds what the monitor heard from that moment;
``….json`` beside it (:class:`Chunk`) says when each frame was heard (sync points, so a
sound card's clock drifting against the system clock costs nothing), how loud each
second was, and whether the file is finished. The name carries the start, so finding
the files around a moment reads only their names.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "broadcaster-aircheck/1"
STATUS_FORMAT = "broadcaster-aircheck-status/1"
RATE = 16000
NAME_FORMAT = "%Y%m%dT%H%M%SZ"
MAX_FILE = timedelta(hours=1, minutes=5)


@dataclass(frozen=True)
class Chunk:
    """One recorded file and what is known of its timing and loudness."""

    zone: str
    audio: str  # file name beside the index
    source: str  # the monitor spec it was recorded from
    rate: int
    frames: int
    # (frame, UTC epoch seconds when that frame was heard); the first is frame 0.
    sync: list[tuple[int, float]]
    levels: list[float] = field(default_factory=list)  # dBFS of each recorded second
    closed: bool = False
    format: str = FORMAT

    @property
    def start(self) -> datetime:
        return datetime.fromtimestamp(self.sync[0][1], UTC)

    @property
    def end(self) -> datetime:
        return self.wall(self.frames)

    def epoch(self, frame: float) -> float:
        base = self.sync[0]
        for point in self.sync:
            if point[0] > frame:
                break
            base = point
        return base[1] + (frame - base[0]) / self.rate

    def wall(self, frame: float) -> datetime:
        return datetime.fromtimestamp(self.epoch(frame), UTC)

    def frame_at(self, moment: datetime) -> float:
        """The (fractional) frame heard at ``moment``."""
        target = moment.timestamp()
        base = self.sync[0]
        for point in self.sync:
            if point[1] > target:
                break
            base = point
        return base[0] + (target - base[1]) * self.rate

    def to_json(self) -> str:
        data = asdict(self)
        data["start"] = self.start.isoformat()
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Chunk:
        data: dict[str, Any] = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"not an air-check index: {data.get('format')!r}")
        data.pop("start", None)
        data["sync"] = [(int(f), float(t)) for f, t in data["sync"]]
        return cls(**data)


def file_stem(start: datetime) -> str:
    return start.astimezone(UTC).strftime(NAME_FORMAT)


def stem_time(stem: str) -> datetime | None:
    try:
        return datetime.strptime(stem, NAME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def zone_dir(root: Path, zone: str) -> Path:
    return root / zone


def indexes(folder: Path) -> list[tuple[datetime, Path]]:
    """Every index in a zone folder with the start its name gives, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.json"):
        start = stem_time(path.stem)
        if start is not None:
            found.append((start, path))
    return sorted(found)


def read_chunk(path: Path) -> Chunk | None:
    try:
        return Chunk.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def chunks_between(folder: Path, start: datetime, end: datetime) -> list[Chunk]:
    """The recorded files that may hold sound between ``start`` and ``end``."""
    found = []
    for begun, path in indexes(folder):
        if begun > end or begun + MAX_FILE < start:
            continue
        chunk = read_chunk(path)
        if chunk is not None and chunk.start < end and chunk.end > start:
            found.append(chunk)
    return found


def decode(path: Path, offset: float, seconds: float, rate: int = RATE) -> np.ndarray:
    """``seconds`` of a recorded file from ``offset``, as float32 mono at ``rate``."""
    command = ["ffmpeg", "-v", "error", "-nostdin", "-ss", f"{max(0.0, offset):.4f}"]
    command += ["-t", f"{seconds:.4f}", "-i", str(path), "-ac", "1", "-ar", str(rate)]
    proc = subprocess.run([*command, "-f", "f32le", "-"], capture_output=True, check=False)
    return np.frombuffer(proc.stdout, dtype="<f4").astype(np.float32)


@dataclass(frozen=True)
class Excerpt:
    """What the monitor heard from ``start``: samples, and which of them were recorded."""

    start: datetime
    samples: np.ndarray
    covered: np.ndarray  # bool per sample: a recording exists there
    rate: int = RATE

    @property
    def coverage(self) -> float:
        return float(self.covered.mean()) if self.covered.size else 0.0


def excerpt(folder: Path, start: datetime, end: datetime) -> Excerpt:
    """The monitor's sound between two moments, silence where nothing was recorded."""
    total = max(0, round((end - start).total_seconds() * RATE))
    samples = np.zeros(total, dtype=np.float32)
    covered = np.zeros(total, dtype=bool)
    for chunk in chunks_between(folder, start, end):
        first = max(0.0, chunk.frame_at(start))
        last = min(float(chunk.frames), chunk.frame_at(end))
        if last <= first:
            continue
        audio = decode(folder / chunk.audio, first / chunk.rate, (last - first) / chunk.rate)
        at = round((chunk.epoch(first) - start.timestamp()) * RATE)
        at = max(0, at)
        part = audio[: max(0, total - at)]
        samples[at : at + part.size] = part
        covered[at : at + part.size] = True
    return Excerpt(start, samples, covered)


def seconds_levels(folder: Path, start: datetime, end: datetime) -> list[tuple[float, float]]:
    """(UTC epoch of the second, dBFS) for every recorded second between two moments."""
    out: list[tuple[float, float]] = []
    t0, t1 = start.timestamp(), end.timestamp()
    for chunk in chunks_between(folder, start, end):
        for i, level in enumerate(chunk.levels):
            moment = chunk.epoch(i * chunk.rate)
            if t0 <= moment < t1:
                out.append((moment, level))
    return sorted(out)


# -- the recorder's state, for the log's evidence and ``status`` --------------------------
@dataclass(frozen=True)
class RecorderStatus:
    zone: str
    source: str
    state: str  # "recording" or "failed"
    since: float  # epoch
    reason: str = ""
    pid: int = 0
    format: str = STATUS_FORMAT


def write_status(folder: Path, status: RecorderStatus) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / "status.json", json.dumps(asdict(status), ensure_ascii=False))


def read_status(folder: Path) -> RecorderStatus | None:
    try:
        data = json.loads((folder / "status.json").read_text(encoding="utf-8"))
        if data.get("format") != STATUS_FORMAT:
            return None
        return RecorderStatus(**data)
    except (OSError, ValueError, TypeError):
        return None


# -- retention ----------------------------------------------------------------------------
def choose_prune(
    files: list[tuple[datetime, int]],
    now: datetime,
    days: int,
    free_bytes: int,
    floor_bytes: int,
) -> list[datetime]:
    """Which recordings to delete, oldest first: those older than ``days``, then more of
    the oldest until the disk has ``floor_bytes`` free. The newest (being written) stays."""
    ordered = sorted(files)[:-1] if files else []
    limit = now - timedelta(days=days)
    chosen: list[datetime] = []
    for start, size in ordered:
        if start + timedelta(hours=1) <= limit or free_bytes < floor_bytes:
            chosen.append(start)
            free_bytes += size
    return chosen


def prune(folder: Path, now: datetime, days: int, floor_mb: int) -> list[Path]:
    """Delete what :func:`choose_prune` says; returns the deleted audio files."""
    found = indexes(folder)
    sizes: dict[datetime, tuple[Path, int]] = {}
    for start, index in found:
        audio = index.with_suffix(".opus")
        size = index.stat().st_size + (audio.stat().st_size if audio.exists() else 0)
        sizes[start] = (index, size)
    free = shutil.disk_usage(folder).free if folder.exists() else 0
    deleted = []
    for start in choose_prune(
        [(s, v[1]) for s, v in sizes.items()], now, days, free, floor_mb * 1024 * 1024
    ):
        index = sizes[start][0]
        audio = index.with_suffix(".opus")
        audio.unlink(missing_ok=True)
        index.unlink(missing_ok=True)
        deleted.append(audio)
    return deleted
