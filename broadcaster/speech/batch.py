"""Which segments need rendering, and rendering many of them (one failure stops none)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from broadcaster.errors import BroadcasterError, InputError, NotFoundError, RenderError
from broadcaster.models import Segment, is_airable_status
from broadcaster.settings import Settings
from broadcaster.speech.engines.registry import is_fallback
from broadcaster.speech.render import Renderer, RenderResult, audio_intact
from broadcaster.station import App


@dataclass(frozen=True)
class BatchOutcome:
    done: list[RenderResult]
    failed: list[tuple[int, str]]


def needs_audio(segment: Segment, strict: bool = False) -> bool:
    """No audio yet, audio gone or damaged on disk, or content changed since rendering.

    ``strict`` reads the whole file to compare its hash (an operator's ``render``);
    otherwise a file whose size and mtime were already hashed is trusted (render-ahead).
    """
    if segment.kind == "relay":
        return False  # a relay is a live stream, nothing to render
    if segment.audio_stale or not segment.audio_path:
        return True
    return not audio_intact(Path(segment.audio_path), segment.audio_hash, strict)


def has_fallback_audio(segment: Segment, settings: Settings) -> bool:
    """Fresh audio from a fallback engine: worth rendering again when a better one works."""
    return not needs_audio(segment) and is_fallback(
        segment.audio_engine, segment.category, settings
    )


def select_segments(app: App, ids: Iterable[int], everything: bool, stale_only: bool) -> list[int]:
    """Which segments to render: named ones, or every airable (optionally only stale) one."""
    wanted = list(ids)
    with app.db.transaction() as session:
        if wanted:
            found = {
                s.id: s for s in session.scalars(select(Segment).where(Segment.id.in_(wanted)))
            }
            for sid in wanted:
                if sid not in found:
                    raise NotFoundError(f"Không có tin bài số {sid}.")
                if found[sid].status == "retired":
                    raise RenderError(f"Tin bài số {sid} đã ngừng phát, không cần tạo âm thanh.")
            return wanted
        if not (everything or stale_only):
            raise InputError(
                "Hãy chọn tin cần tạo âm thanh: ghi số tin, hoặc --all (mọi tin đã duyệt), "
                "hoặc --stale (tin chưa có âm thanh hay âm thanh đã cũ)."
            )
        rows = session.scalars(select(Segment).order_by(Segment.id)).all()
        return [
            s.id
            for s in rows
            if is_airable_status(s, app.settings.require_approval)
            and s.kind != "relay"
            and (
                not stale_only or needs_audio(s, strict=True) or has_fallback_audio(s, app.settings)
            )
        ]


def render_many(
    app: App,
    ids: list[int],
    progress: Callable[[RenderResult | None], None] = lambda _r: None,
    renderer: Renderer | None = None,
) -> BatchOutcome:
    """Render each segment; one failure does not stop the others."""
    renderer = renderer or Renderer(app)
    done: list[RenderResult] = []
    failed: list[tuple[int, str]] = []
    for sid in ids:
        try:
            result = renderer.render_and_store(sid)
            done.append(result)
            progress(result)
        except BroadcasterError as exc:
            failed.append((sid, str(exc)))
            progress(None)
    return BatchOutcome(done, failed)
