"""Phát ngay: a segment or a typed announcement, aired at once through the running daemon."""

from __future__ import annotations

from starlette.responses import Response

from broadcaster.catalogue.segments import list_segments
from broadcaster.errors import QuietHoursError
from broadcaster.models import is_airable_status
from broadcaster.playout.control import DAEMON_DOWN, daemon_alive, play_now
from broadcaster.playout.levels import quiet_now
from broadcaster.web.core import Ctx, FieldError, FormError, page


def playnow_view(
    ctx: Ctx, error: FormError | None = None, result: object = None, quiet: str = ""
) -> Response:
    alive, beat = daemon_alive(ctx.app)
    segments = [
        s
        for s in list_segments(ctx.app, limit=500, newest_first=True)
        if is_airable_status(s, ctx.app.settings.require_approval)
    ]
    return ctx.render(
        "playnow.html",
        status=200 if error is None else 400,
        title="Phát ngay",
        alive=alive,
        beat=beat,
        daemon_down=DAEMON_DOWN,
        segments=segments,
        result=result,
        error=error,
        quiet_now=quiet_now(ctx.app),
        quiet=quiet,
    )


@page("play.now")
def playnow_page(ctx: Ctx) -> Response:
    ctx.form.setdefault("mode", "text")
    return playnow_view(ctx)


@page("play.now", form_view=playnow_view)
def playnow_post(ctx: Ctx) -> Response:
    if ctx.value("confirm") != "1":
        raise FieldError("Hãy đánh dấu ô xác nhận trước khi phát.", "confirm")
    text: str | None = None
    segment_id: int | None = None
    if ctx.value("mode") == "segment":
        if not ctx.value("segment").isdigit():
            raise FieldError("Hãy chọn tin bài cần phát.", "segment")
        segment_id = int(ctx.value("segment"))
    else:
        text = ctx.form.get("text", "")
        if not text.strip():
            raise FieldError("Hãy gõ nội dung thông báo khẩn.", "text")
    as_emergency = segment_id is not None and ctx.value("quiet_ok") == "1"
    try:
        result = play_now(
            ctx.app, segment_id, text, None, local_fallback=False, as_emergency=as_emergency
        )
    except QuietHoursError as exc:
        # The core refused; the approver may confirm, naming the quiet hours, and send again.
        return playnow_view(ctx, FormError(str(exc), "quiet"), quiet=exc.quiet)
    airing = result.airing
    if airing is None or airing.outcome not in ("aired", "partial"):
        raise FieldError(
            f"Không phát được tin {result.segment_id}: {result.error or 'lỗi không rõ'}", "text"
        )
    return playnow_view(ctx, result=result)
