"""The files through which live voice goes from the console to the playout daemon.

The console (``broadcaster web``) receives the microphone from the browser and appends
it, as it arrives, to ``live/<segment id>.pcm`` (16-bit mono little-endian at the
browser's rate, stated in ``live/<segment id>.json``). The daemon reads the growing file
while it airs. When the speaker stops, or the connection drops, the console writes
``live/<segment id>.end`` with the reason. The files live in the station home, which the
console and the daemon already share (recordings, rendered audio).
"""

from __future__ import annotations

import json
import logging
import wave
from dataclasses import asdict, dataclass
from pathlib import Path

from broadcaster.errors import InputError
from broadcaster.settings import Settings

log = logging.getLogger(__name__)
FEED_FORMAT = "broadcaster-live/1"
END_STOP = "stop"  # the speaker pressed stop
END_DROP = "drop"  # the browser's connection went away
END_LIMIT = "limit"  # live_max_minutes reached
END_REASONS = (END_STOP, END_DROP, END_LIMIT)
MIN_RATE, MAX_RATE = 8000, 192000


@dataclass(frozen=True)
class FeedInfo:
    """What ``live/<id>.json`` says about a feed (a typed shape with a format version)."""

    segment_id: int
    rate: int
    by: str
    started_at: str  # ISO, UTC
    format: str = FEED_FORMAT


def check_rate(rate: object) -> int:
    if not isinstance(rate, int) or isinstance(rate, bool) or not MIN_RATE <= rate <= MAX_RATE:
        raise InputError(
            f"Trình duyệt gửi tần số lấy mẫu không hợp lệ ({rate}). Hãy tải lại trang rồi thử lại."
        )
    return rate


def sweep_stale(settings: Settings, older_than: float) -> int:
    """Remove feed files left by a console that died mid-airing (older than the longest
    live airing); returns how many went."""
    import time

    folder = settings.home / "live"
    gone = 0
    for path in folder.glob("*.*") if folder.is_dir() else []:
        if path.suffix in (".pcm", ".end") or (path.suffix == ".json" and path.stem.isdigit()):
            try:
                if time.time() - path.stat().st_mtime > older_than:
                    path.unlink()
                    gone += 1
            except OSError:
                continue
    return gone


class LiveFeed:
    """The files of one live airing, by segment id."""

    def __init__(self, settings: Settings, segment_id: int) -> None:
        self.segment_id = segment_id
        folder = settings.home / "live"
        self.folder = folder
        self.info_path = folder / f"{segment_id}.json"
        self.pcm_path = folder / f"{segment_id}.pcm"
        self.end_path = folder / f"{segment_id}.end"

    # -- the console's side ---------------------------------------------------------
    def create(self, info: FeedInfo) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pcm_path.write_bytes(b"")
        tmp = self.info_path.with_suffix(".json.part")
        tmp.write_text(json.dumps(asdict(info), ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.info_path)

    def end(self, reason: str) -> None:
        """Say the feed is over (the first reason written wins)."""
        assert reason in END_REASONS
        if not self.end_path.exists():
            tmp = self.end_path.with_suffix(".end.part")
            tmp.write_text(reason, encoding="utf-8")
            tmp.replace(self.end_path)

    def save_wav(self, target: Path) -> float:
        """The whole feed as a WAV file; returns its length in seconds."""
        info = self.info()
        if info is None:
            raise InputError("Không còn bản ghi của buổi phát trực tiếp này.")
        data = self.pcm_path.read_bytes()
        data = data[: len(data) // 2 * 2]
        target.parent.mkdir(parents=True, exist_ok=True)
        with wave.open(str(target), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(info.rate)
            wav.writeframes(data)
        return len(data) / 2 / info.rate

    def remove(self) -> None:
        for path in (self.pcm_path, self.info_path, self.end_path):
            path.unlink(missing_ok=True)

    # -- the daemon's side ----------------------------------------------------------
    def exists(self) -> bool:
        return self.info_path.is_file()

    def info(self) -> FeedInfo | None:
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != FEED_FORMAT:
            log.warning("live feed %s: unknown format", self.info_path)
            return None
        try:
            return FeedInfo(**data)
        except TypeError:
            return None

    def ended(self) -> str | None:
        """The reason the feed ended, or None while it goes on."""
        try:
            reason = self.end_path.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return reason if reason in END_REASONS else END_DROP
