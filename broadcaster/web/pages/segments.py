"""Tin bài: list with filters, add (typed, script file, recording), read as spoken, listen,
edit, approve, retire, history."""

from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path

from starlette.responses import FileResponse, Response

from broadcaster.catalogue.dates import parse_date
from broadcaster.catalogue.doctitle import script_title
from broadcaster.catalogue.levels import parse_minutes
from broadcaster.catalogue.planning import segment_duration
from broadcaster.catalogue.scriptfile import ScriptText, script_from_text
from broadcaster.catalogue.segments import (
    STATUS_LABELS,
    SegmentInput,
    add_segment,
    edit_segment,
    keep_original,
    list_segments,
    original_path,
    retire_segment,
    show_segment,
)
from broadcaster.catalogue.uploads import check_recording_upload, script_from_upload
from broadcaster.errors import InputError, NotFoundError
from broadcaster.labels import fallback_message
from broadcaster.models import Segment
from broadcaster.speech.batch import needs_audio
from broadcaster.speech.render import Renderer
from broadcaster.speech.spoken import segment_spoken
from broadcaster.web.core import Ctx, FormError, page
from broadcaster.web.pages.readings import spoken_parts

LIST_LIMIT = 300


@page()
def segment_list(ctx: Ctx) -> Response:
    filters = {k: ctx.query(k) for k in ("q", "category", "status", "date")}
    error = None
    try:
        on = parse_date(filters["date"], ctx.app.today()) if filters["date"] else None
        segments = list_segments(
            ctx.app,
            filters["category"] or None,
            filters["status"] or None,
            on,
            search=filters["q"] or None,
            limit=LIST_LIMIT,
            newest_first=True,
        )
    except InputError as exc:
        error, segments = FormError(str(exc)), []
    return ctx.render(
        "segments.html",
        title="Tin bài",
        segments=segments,
        filters=filters,
        statuses=STATUS_LABELS,
        limit=LIST_LIMIT,
        error=error,
    )


def _optional_date(ctx: Ctx, name: str):  # type: ignore[no-untyped-def]
    raw = ctx.value(name)
    return ctx.field(name, lambda: parse_date(raw, ctx.app.today())) if raw else None


def _minutes(ctx: Ctx, name: str, what: str) -> int | None:
    raw = ctx.value(name)
    return ctx.field(name, lambda: parse_minutes(raw, what)) if raw else None


def _script_from_form(ctx: Ctx) -> ScriptText | None:
    source = ctx.value("source", "text")
    if source == "file":
        upload = ctx.files.get("script_file")
        if upload is None:
            raise_field("script_file", "Hãy chọn tệp kịch bản .txt hoặc .docx.")
        assert upload is not None
        data = upload.file.read()
        name = upload.filename or "kich-ban.txt"
        settings = ctx.app.settings
        return ctx.field("script_file", lambda: script_from_upload(name, data, settings))
    if source == "text":
        text = ctx.form.get("text", "")
        return ctx.field("text", lambda: script_from_text(text))
    return None


def _document_preview(ctx: Ctx, script: ScriptText) -> Response:
    """An uploaded administrative document: its broadcast script goes into the text box
    to be read (and edited) before saving; the original is kept at once."""
    keep_original(ctx.app, script)
    ctx.form.update(
        source="text", text=script.text, doc_name=script.source_name, doc_hash=script.source_hash
    )
    if not ctx.value("title"):  # proposed the way an officer names it; theirs is kept
        ctx.form["title"] = script_title(script)
    return ctx.render(
        "segment_form.html",
        title="Thêm tin bài",
        error=None,
        segment=None,
        document_name=script.source_name,
    )


def _from_document(ctx: Ctx, script: ScriptText | None) -> ScriptText | None:
    """Typed text that came from a document's preview remembers the document."""
    digest, name = ctx.value("doc_hash"), ctx.value("doc_name")
    if script is None or not re.fullmatch(r"[0-9a-f]{64}", digest):
        return script
    if not original_path(ctx.app, digest).exists():
        return script
    return dataclasses.replace(script, source_name=name[:300], source_hash=digest)


def raise_field(name: str, message: str) -> None:
    from broadcaster.web.core import FieldError

    raise FieldError(message, name)


def new_form(ctx: Ctx, error: FormError | None = None) -> Response:
    return ctx.render(
        "segment_form.html",
        status=200 if error is None else 400,
        title="Thêm tin bài",
        error=error,
        segment=None,
    )


@page("segment.edit")
def segment_new(ctx: Ctx) -> Response:
    ctx.form.setdefault("source", "text")
    return new_form(ctx)


@page("segment.edit", form_view=new_form)
def segment_create(ctx: Ctx) -> Response:
    valid_from = _optional_date(ctx, "valid_from")
    valid_to = _optional_date(ctx, "valid_to")
    common = {
        "title": ctx.value("title") or None,
        "category": ctx.value("category"),
        "level": ctx.value("level") or "thong-thuong",
        "repeat_every": _minutes(ctx, "repeat_every", "Nhắc lại mỗi"),
        "repeat_for": _minutes(ctx, "repeat_for", "Nhắc lại trong"),
        "valid_from": valid_from,
        "valid_to": valid_to,
        "notes": ctx.value("notes"),
    }
    if ctx.value("source") == "audio":
        upload = ctx.files.get("audio_file")
        if upload is None:
            raise_field("audio_file", "Hãy chọn tệp ghi âm (mp3, wav, …).")
        assert upload is not None
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "upload.bin"
            with raw.open("wb") as out:
                while block := upload.file.read(1 << 20):
                    out.write(block)
            name = upload.filename or "ghi-am"
            limit = ctx.app.settings.upload_audio_mb
            path = ctx.field("audio_file", lambda: check_recording_upload(name, raw, limit))
            segment = ctx.field(
                "audio_file", lambda: add_segment(ctx.app, SegmentInput(recording=path, **common))
            )
    else:
        script = _script_from_form(ctx)
        if script is not None and script.original and ctx.value("source") == "file":
            return _document_preview(ctx, script)  # the operator sees the script first
        script = _from_document(ctx, script)
        segment = add_segment(ctx.app, SegmentInput(script=script, **common))
    ctx.flash(f"Đã thêm tin bài số {segment.id}: «{segment.title}» (chờ duyệt).")
    return ctx.redirect(f"/tin-bai/{segment.id}")


def _segment_id(ctx: Ctx) -> int:
    return int(ctx.request.path_params["segment_id"])


@page()
def segment_show(ctx: Ctx) -> Response:
    detail = show_segment(ctx.app, _segment_id(ctx))
    segment = detail.segment
    spoken = segment_spoken(segment, ctx.app.settings)
    seconds, estimated = segment_duration(segment, ctx.app.settings)
    playable = segment.kind == "recording" or not needs_audio(segment)
    return ctx.render(
        "segment.html",
        title=f"Tin bài số {segment.id}",
        detail=detail,
        s=segment,
        spoken=spoken.text,
        spoken_parts=spoken_parts(spoken),
        doubts=spoken.doubts,
        seconds=seconds,
        estimated=estimated,
        playable=playable,
        fallback_note=fallback_message(detail.audio_fallback) if detail.audio_fallback else "",
    )


@page()
def segment_audio(ctx: Ctx) -> Response:
    detail = show_segment(ctx.app, _segment_id(ctx))
    segment = detail.segment
    candidate = segment.audio_path if not needs_audio(segment) else None
    if candidate is None and segment.kind == "recording":
        candidate = segment.recording_path
    if not candidate:
        raise NotFoundError(f"Tin bài số {segment.id} chưa có âm thanh. Hãy bấm «Tạo âm thanh».")
    path = Path(candidate).resolve()
    home = ctx.app.settings.audio_dir.resolve()
    if not path.is_relative_to(home) or not path.is_file():
        raise NotFoundError(f"Không tìm thấy tệp âm thanh của tin bài số {segment.id}.")
    media = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg"}
    return FileResponse(path, media_type=media.get(path.suffix.lower(), "application/octet-stream"))


@page("segment.render")
def segment_render(ctx: Ctx) -> Response:
    sid = _segment_id(ctx)
    result = Renderer(ctx.app).render_and_store(sid)
    minutes = f"{int(result.duration) // 60}:{int(result.duration) % 60:02d}"
    ctx.flash(f"Đã tạo âm thanh ({minutes}, bộ đọc {result.engine}). Bấm nút ▶ để nghe thử.")
    return ctx.redirect(f"/tin-bai/{sid}#nghe")


@page("segment.retire")
def segment_retire(ctx: Ctx) -> Response:
    segment, cancelled = retire_segment(ctx.app, _segment_id(ctx))
    ctx.flash(f"Đã ngừng phát tin bài số {segment.id}; hủy {cancelled} lượt đặt lịch.")
    return ctx.redirect(f"/tin-bai/{segment.id}")


def edit_form(ctx: Ctx, error: FormError | None = None) -> Response:
    detail = show_segment(ctx.app, _segment_id(ctx))
    return ctx.render(
        "segment_form.html",
        status=200 if error is None else 400,
        title=f"Sửa tin bài số {detail.segment.id}",
        error=error,
        segment=detail.segment,
    )


@page("segment.edit")
def segment_edit(ctx: Ctx) -> Response:
    s = show_segment(ctx.app, _segment_id(ctx)).segment
    ctx.form.update(
        title=s.title,
        category=s.category,
        level=s.level,
        repeat_every=str(s.repeat_every or ""),
        repeat_for=str(s.repeat_for or ""),
        valid_from=s.valid_from.isoformat() if s.valid_from else "",
        valid_to=s.valid_to.isoformat() if s.valid_to else "",
        notes=s.notes,
        text=s.script_text,
        source="text" if s.kind == "script" else "audio",
    )
    return edit_form(ctx)


def _emptied(ctx: Ctx, s: Segment) -> frozenset[str]:
    """The optional facts whose field the person emptied: the service removes them."""
    cleared = {
        name for name in ("valid_from", "valid_to") if getattr(s, name) and not ctx.value(name)
    }
    has_repeat = s.repeat_every is not None or s.repeat_for is not None
    if has_repeat and not ctx.value("repeat_every") and not ctx.value("repeat_for"):
        cleared.add("repeat")
    return frozenset(cleared)


@page("segment.edit", form_view=edit_form)
def segment_update(ctx: Ctx) -> Response:
    s = show_segment(ctx.app, _segment_id(ctx)).segment
    valid_from = _optional_date(ctx, "valid_from")
    valid_to = _optional_date(ctx, "valid_to")
    script = None
    every = _minutes(ctx, "repeat_every", "Nhắc lại mỗi")
    span = _minutes(ctx, "repeat_for", "Nhắc lại trong")
    new_text = ctx.form.get("text", "").strip() != s.script_text
    if s.kind == "script" and (ctx.value("source") == "file" or new_text):
        script = _script_from_form(ctx)
    changes = SegmentInput(
        title=ctx.value("title") if ctx.value("title") != s.title else None,
        category=ctx.value("category") if ctx.value("category") != s.category else None,
        level=ctx.value("level") if ctx.value("level") != s.level else None,
        repeat_every=every if every != s.repeat_every else None,
        repeat_for=span if span != s.repeat_for else None,
        script=script,
        valid_from=valid_from if valid_from != s.valid_from else None,
        valid_to=valid_to if valid_to != s.valid_to else None,
        notes=ctx.value("notes") if ctx.value("notes") != s.notes else None,
        clear=_emptied(ctx, s),
    )
    segment = edit_segment(ctx.app, s.id, changes)
    ctx.flash(f"Đã sửa tin bài số {segment.id} ({STATUS_LABELS[segment.status]}).")
    return ctx.redirect(f"/tin-bai/{segment.id}")
