"""Segments → loudness-normalized audio files, through a content-addressed cache.

normalize → split at sentences → synthesize each chunk (first engine that works) → join
with sentence/paragraph pauses → optional jingles and station identification →
two-pass loudnorm → mono file under ``audio/cache``. The cache key hashes everything
that changes the sound, so an unchanged script is never synthesized twice.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydub import AudioSegment

from broadcaster.errors import (
    NoNetworkError,
    NotFoundError,
    RenderError,
    TTSError,
)
from broadcaster.models import Segment, SegmentEvent
from broadcaster.settings import Settings
from broadcaster.speech.audiofile import file_sha256, probe_duration
from broadcaster.speech.engine_pool import EnginePool
from broadcaster.speech.engines.registry import (
    Engine,
    build_engine,
    engine_names,
    is_fallback,
    voice_of,
)
from broadcaster.speech.loudness import normalize_file
from broadcaster.speech.spoken import segment_spoken
from broadcaster.station import App

log = logging.getLogger(__name__)
PIPELINE_VERSION = "1"
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


@dataclass(frozen=True)
class Chunk:
    text: str
    pause_ms: int  # silence after this chunk


def split_chunks(spoken: str, max_chars: int, sentence_ms: int, paragraph_ms: int) -> list[Chunk]:
    """One chunk per sentence (cut when over ``max_chars``); a longer pause after paragraphs."""
    chunks: list[Chunk] = []
    for paragraph in (p.strip() for p in spoken.split("\n")):
        if not paragraph:
            continue
        pieces: list[str] = []
        for sentence in _SENTENCE_END.split(paragraph):
            while len(sentence) > max_chars:  # a run-on sentence: cut at a comma or space
                cut = max(sentence.rfind(", ", 0, max_chars), sentence.rfind(" ", 0, max_chars))
                cut = cut if cut > 0 else max_chars
                pieces.append(sentence[: cut + 1].strip())
                sentence = sentence[cut + 1 :].strip()
            if sentence:
                pieces.append(sentence)
        if pieces:
            chunks += [Chunk(p, sentence_ms) for p in pieces[:-1]]
            chunks.append(Chunk(pieces[-1], paragraph_ms))
    return chunks


def _jingles(settings: Settings, category: str) -> tuple[list[Path], list[Path]]:
    """(before, after) files: station identification, then the category's intro/outro."""
    before: list[Path] = []
    after: list[Path] = []
    if settings.station_id_file:
        before.append(settings.home / settings.station_id_file)
    if settings.jingle_dir:
        folder = settings.home / settings.jingle_dir
        for name, bucket in (("intro", before), ("outro", after)):
            for stem in (f"{category}-{name}", name):
                found = sorted(folder.glob(f"{stem}.*"))
                if found:
                    bucket.append(found[0])
                    break
    return before, after


def render_params(settings: Settings) -> dict[str, object]:
    return {
        "v": PIPELINE_VERSION,
        "lufs": settings.loudness_target,
        "tp": settings.true_peak,
        "sr": settings.sample_rate,
        "fmt": settings.audio_format,
        "pauses": [settings.sentence_pause_ms, settings.paragraph_pause_ms],
    }


def cache_key(
    content: str, engine: str, voice: str, settings: Settings, extra: Iterable[Path]
) -> str:
    payload = {
        "content": content,
        "engine": engine,
        "voice": voice,
        "params": render_params(settings),
        "extra": [file_sha256(p) for p in extra if p.exists()],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class RenderResult:
    segment_id: int
    path: Path
    duration: float
    engine: str
    key: str
    cached: bool
    failures: tuple[str, ...] = ()


class Renderer:
    """Renders segments for one station; ``engine_factory`` is swappable in tests."""

    def __init__(self, app: App, engine_factory: Callable[[str, Settings], Engine] = build_engine):
        self.app = app
        self.cache_dir = self.settings.audio_dir / "cache"
        # An engine that cannot work is not retried per segment, only after a while.
        self.pool = EnginePool(engine_factory, app.now, self.settings.engine_retry_seconds)

    @property
    def settings(self) -> Settings:
        """The station's settings as they are now (a running daemon reloads them)."""
        return self.app.settings

    def engine(self, name: str, settings: Settings | None = None) -> Engine:
        return self.pool.get(name, settings or self.settings)

    @property
    def unavailable(self) -> dict[str, str]:
        """Engines that could not be built, with the reason (for the operator)."""
        return self.pool.unavailable

    def cache_path(self, key: str) -> Path:
        return self.cache_dir / key[:2] / f"{key}.{self.settings.audio_format}"

    def spoken_text(self, segment: Segment) -> str:
        return segment_spoken(segment, self.settings).text

    # -- the two kinds of segment ------------------------------------------------
    def _render_script(self, segment: Segment, upgrade: bool) -> RenderResult:
        """The first engine in the station's order that has the audio cached or can make it.

        Without ``upgrade`` any cached audio wins (at air time nothing waits for the
        network); with it, a better engine that works again replaces fallback audio.
        """
        settings = self.settings.for_category(segment.category)
        spoken = self.spoken_text(segment)
        before, after = _jingles(settings, segment.category)
        names = engine_names(settings)

        def key_for(name: str, voice: str) -> str:
            return cache_key(spoken, name, voice, settings, before + after)

        keys = {n: key_for(n, voice_of(n, settings) or "") for n in names}
        if not upgrade:
            for name in names:
                if self._cached_intact(segment, keys[name]):
                    return self._result(segment, keys[name], name, cached=True)
        failures: list[str] = []
        for name in names:
            if self._cached_intact(segment, keys[name]):
                return self._result(segment, keys[name], name, cached=True)
            try:
                engine = self.engine(name, settings)
                key = key_for(name, engine.voice)
                self._synthesize(engine, settings, spoken, before, after, self.cache_path(key))
                return self._result(segment, key, name, cached=False, failures=tuple(failures))
            except TTSError as exc:
                log.info("engine %s failed for segment %s: %s", name, segment.id, exc)
                if disk_full(self.settings.audio_dir):  # not the engine's fault: say so
                    raise RenderError(_disk_message(_ENOSPC, self.settings.audio_dir)) from exc
                if isinstance(exc, NoNetworkError):
                    self.pool.failed(name, settings, exc)
                failures.append(f"{name}: {exc}")
        raise RenderError(
            f"Không bộ đọc nào đọc được tin bài số {segment.id}. "
            + " | ".join(failures)
            + " — Hãy xem «broadcaster tts engines»."
        )

    def _render_recording(self, segment: Segment) -> RenderResult:
        source = Path(segment.recording_path)
        if not source.exists():
            raise RenderError(
                f"Mất tệp ghi âm của tin bài số {segment.id} ({source}). Hãy sửa tin bài và "
                "chọn lại tệp ghi âm."
            )
        key = cache_key(segment.source_hash, "recording", "", self.settings, [])
        target = self.cache_path(key)
        if self._cached_intact(segment, key):
            return self._result(segment, key, "recording", cached=True)
        with self._workdir() as work:
            out = work / f"out.{self.settings.audio_format}"
            try:
                self._normalize(source, out)
            except RenderError as exc:
                if "Đĩa đã đầy" in str(exc):
                    raise
                raise RenderError(
                    f"Tệp ghi âm «{source.name}» của tin bài số {segment.id} bị hỏng, không đọc "
                    "được. Hãy sửa tin bài và chọn lại tệp ghi âm."
                ) from exc
            self._publish(out, target)
        return self._result(segment, key, "recording", cached=False)

    def _cached_intact(self, segment: Segment, key: str) -> bool:
        """The cached file exists and, if it is this segment's, still has its stored hash.

        A damaged file (bytes changed on disk) is moved aside so it is rendered again.
        """
        path = self.cache_path(key)
        if not path.exists():
            return False
        if segment.audio_key != key or not segment.audio_hash:
            return True
        if audio_intact(path, segment.audio_hash, strict=True):
            return True
        log.warning("segment %s: cached audio %s is damaged; rendering again", segment.id, path)
        try:
            path.replace(path.with_name(path.name + ".damaged"))
        except OSError as exc:
            raise RenderError(_disk_message(exc, path.parent)) from exc
        return False

    # -- steps -----------------------------------------------------------------------
    @contextmanager
    def _workdir(self) -> Iterator[Path]:
        """A scratch folder beside the cache (same disk, so publishing is a rename)."""
        tmp = self.settings.audio_dir / "tmp"
        try:
            tmp.mkdir(parents=True, exist_ok=True)
            work = tempfile.TemporaryDirectory(dir=tmp)
        except OSError as exc:
            raise RenderError(_disk_message(exc, tmp)) from exc
        with work:
            yield Path(work.name)

    def _synthesize(
        self,
        engine: Engine,
        settings: Settings,
        spoken: str,
        before: list[Path],
        after: list[Path],
        target: Path,
    ) -> None:
        chunks = split_chunks(
            spoken, engine.max_chars, settings.sentence_pause_ms, settings.paragraph_pause_ms
        )
        if not chunks:
            raise RenderError("Kịch bản không còn chữ nào để đọc sau khi chuẩn hoá.")
        sr = self.settings.sample_rate
        with self._workdir() as work:
            joined = AudioSegment.silent(duration=0, frame_rate=sr)
            for path in before:
                joined += _load(path, sr) + AudioSegment.silent(400, frame_rate=sr)
            for i, chunk in enumerate(chunks):
                part = work / f"{i:04d}.{engine.suffix}"
                engine.synthesize(chunk.text, part)
                joined += _load(part, sr) + AudioSegment.silent(chunk.pause_ms, frame_rate=sr)
            for path in after:
                joined += AudioSegment.silent(400, frame_rate=sr) + _load(path, sr)
            raw = work / "joined.wav"
            try:
                joined.export(raw, format="wav")
            except OSError as exc:
                raise RenderError(_disk_message(exc, work)) from exc
            out = work / f"out.{self.settings.audio_format}"
            self._normalize(raw, out)
            self._publish(out, target)

    def _normalize(self, source: Path, out: Path) -> None:
        normalize_file(
            source,
            out,
            lufs=self.settings.loudness_target,
            true_peak=self.settings.true_peak,
            sample_rate=self.settings.sample_rate,
        )

    def _publish(self, out: Path, target: Path) -> None:
        """Move the finished file into the cache in one step: never a half-written file."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(out, target)  # the work folder is on the same disk: a rename
        except OSError as exc:
            raise RenderError(_disk_message(exc, target.parent)) from exc

    def _result(
        self,
        segment: Segment,
        key: str,
        engine: str,
        *,
        cached: bool,
        failures: tuple[str, ...] = (),
    ) -> RenderResult:
        path = self.cache_path(key)
        duration = (
            segment.audio_duration
            if cached and segment.audio_key == key and segment.audio_duration
            else probe_duration(path)
        )
        return RenderResult(segment.id, path, duration, engine, key, cached, failures)

    # -- public ----------------------------------------------------------------------
    def render(self, segment: Segment, upgrade: bool = True) -> RenderResult:
        if segment.kind == "relay":
            raise RenderError(
                f"Tin bài số {segment.id} là tiếp âm một luồng phát thanh, không cần tạo âm thanh."
            )
        try:
            if segment.kind == "recording":
                return self._render_recording(segment)
            return self._render_script(segment, upgrade)
        except (RenderError, TTSError) as exc:
            # A tool that fails on a full disk reports something else (a truncated file,
            # an ffmpeg error): a full disk is reported as a full disk.
            if disk_full(self.settings.audio_dir):
                raise RenderError(_disk_message(_ENOSPC, self.settings.audio_dir)) from exc
            raise

    def render_and_store(self, segment_id: int, upgrade: bool = True) -> RenderResult:
        with self.app.db.transaction() as session:
            segment = session.get(Segment, segment_id)
            if segment is None:
                raise NotFoundError(f"Không có tin bài số {segment_id}.")
            session.expunge(segment)
        result = self.render(segment, upgrade)
        if result.cached and segment.audio_key == result.key and not segment.audio_stale:
            return result
        with self.app.db.transaction() as session:
            fresh = session.get(Segment, segment_id)
            assert fresh is not None
            if fresh.updated_at != segment.updated_at:  # edited meanwhile: leave it stale
                return result
            fresh.audio_path = str(result.path)
            fresh.audio_key = result.key
            fresh.audio_hash = _hash_and_remember(result.path)
            fresh.audio_duration = result.duration
            fresh.audio_engine = result.engine
            fresh.audio_stale = False
            fresh.rendered_at = self.app.now()
            session.add(
                SegmentEvent(
                    segment_id=segment_id,
                    at=self.app.now(),
                    action="rendered",
                    detail=f"{result.engine}, "
                    + f"{result.duration:.1f} giây".replace(".", ",")
                    + (
                        " (bộ đọc dự phòng)"
                        if is_fallback(result.engine, segment.category, self.settings)
                        else ""
                    ),
                    actor=self.app.actor,
                )
            )
        return result


def _load(path: Path, sample_rate: int) -> AudioSegment:
    try:
        return AudioSegment.from_file(path).set_channels(1).set_frame_rate(sample_rate)
    except Exception as exc:
        raise RenderError(f"Không đọc được tệp âm thanh «{path.name}»: {exc}") from exc


# Below this much free space a render cannot finish (one sentence of speech is ~0.5 MB).
MIN_FREE_BYTES = 2 * 1024 * 1024
_ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def disk_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` (or its nearest existing parent) is full."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free < MIN_FREE_BYTES
            except OSError:
                return False
    return False


def _disk_message(exc: OSError, where: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"Đĩa đã đầy, không ghi được vào {where}. Hãy xoá bớt tệp cũ rồi chạy lại."
    return f"Không ghi được vào {where}: {exc.strerror}. Hãy kiểm tra quyền ghi."


# (path, size, mtime_ns) -> sha256 of files this process has hashed: a file whose size
# and modification time are unchanged is not read again by render-ahead's checks.
_HASHED: dict[tuple[str, int, int], str] = {}


def _hash_and_remember(path: Path) -> str:
    st = path.stat()
    digest = file_sha256(path)
    _HASHED[(str(path), st.st_size, st.st_mtime_ns)] = digest
    return digest


def audio_intact(path: Path, expected: str | None, strict: bool = False) -> bool:
    """The file is there and its bytes are the ones rendered (sha256 against ``expected``).

    ``strict`` always reads the file (before airing: ~20 ms for 10 minutes of audio);
    otherwise a file whose size and mtime are the ones last hashed is trusted.
    """
    try:
        st = path.stat()
    except OSError:
        return False
    if not expected:
        return True  # rendered before hashes were kept: nothing to compare with
    memo = (str(path), st.st_size, st.st_mtime_ns)
    digest = None if strict else _HASHED.get(memo)
    if digest is None:
        try:
            digest = file_sha256(path)
        except OSError:
            return False
        _HASHED[memo] = digest
    return digest == expected
