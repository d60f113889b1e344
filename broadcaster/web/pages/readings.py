"""«Máy sẽ đọc là» with its doubtful spans marked; «Đọc là…» fixes one, for the station
or for this segment; approving a segment that still has doubts asks first."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.responses import Response

from broadcaster.catalogue.readings import set_segment_reading, set_station_reading
from broadcaster.catalogue.segments import approve_segment, show_segment
from broadcaster.models import Segment
from broadcaster.settings import Settings
from broadcaster.speech.spoken import segment_spoken
from broadcaster.speech.textnorm.doubts import ABBREVIATION, Doubt
from broadcaster.speech.textnorm.normalize import Normalized
from broadcaster.web.core import Ctx, FormError, page


@dataclass(frozen=True)
class Part:
    """A piece of the spoken text; ``doubt`` set when it is a doubtful reading."""

    text: str
    doubt: Doubt | None = None


def spoken_parts(spoken: Normalized) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for doubt in sorted(spoken.doubts, key=lambda d: d.start):
        if doubt.start < pos:
            continue
        if doubt.start > pos:
            parts.append(Part(spoken.text[pos : doubt.start]))
        parts.append(Part(spoken.text[doubt.start : doubt.end], doubt))
        pos = doubt.end
    if pos < len(spoken.text):
        parts.append(Part(spoken.text[pos:]))
    return parts


def doubts_of(segment: Segment, settings: Settings) -> tuple[Doubt, ...]:
    return segment_spoken(segment, settings).doubts


def _segment_id(ctx: Ctx) -> int:
    return int(ctx.request.path_params["segment_id"])


def _form(ctx: Ctx, span: str, reading: str, error: FormError | None = None) -> Response:
    segment = show_segment(ctx.app, _segment_id(ctx)).segment
    found = [d for d in doubts_of(segment, ctx.app.settings) if d.span == span]
    doubt = found[0] if found else None
    return ctx.render(
        "reading.html",
        status=200 if error is None else 400,
        title=f"Đọc là… — tin bài số {segment.id}",
        error=error,
        s=segment,
        span=span,
        doubt=doubt,
        reading=reading or (doubt.reading if doubt else ""),
        station_wide=bool(doubt and doubt.kind == ABBREVIATION and " " not in span),
    )


@page("segment.edit")
def reading_form(ctx: Ctx) -> Response:
    return _form(ctx, ctx.query("chu"), "")


def _refused(ctx: Ctx, error: FormError) -> Response:
    return _form(ctx, ctx.value("span"), ctx.value("reading"), error)


@page("segment.edit", form_view=_refused)
def reading_save(ctx: Ctx) -> Response:
    sid = _segment_id(ctx)
    span, reading = ctx.value("span"), ctx.value("reading")
    if ctx.value("scope") == "dai":
        touched = set_station_reading(ctx.app, span, reading)
        ctx.flash(
            f"Đã lưu cho cả đài: «{span}» đọc là «{reading}» ({touched} tin bài có chữ này "
            "cần tạo lại âm thanh)."
        )
    else:
        set_segment_reading(ctx.app, sid, span, reading)
        ctx.flash(f"Tin bài số {sid}: «{span}» đọc là «{reading}».")
    return ctx.redirect(f"/tin-bai/{sid}#may-doc")


@page("segment.approve")
def segment_approve(ctx: Ctx) -> Response:
    """Approve; while the machine is unsure of some readings, ask first."""
    assert ctx.user is not None
    sid = _segment_id(ctx)
    if ctx.value("confirm_doubts") != "1":
        segment = show_segment(ctx.app, sid).segment
        doubts = doubts_of(segment, ctx.app.settings)
        if doubts and segment.status == "draft":
            return ctx.render(
                "approve_confirm.html",
                title=f"Duyệt tin bài số {sid}?",
                s=segment,
                doubts=doubts,
            )
    segment = approve_segment(ctx.app, sid, ctx.user.label)
    ctx.flash(f"Đã duyệt tin bài số {segment.id} (người duyệt: {segment.approved_by}).")
    return ctx.redirect(f"/tin-bai/{segment.id}")
