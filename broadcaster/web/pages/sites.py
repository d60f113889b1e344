"""Điểm phát: every site's health for the operator, and audio files served to site
daemons (by sha256, with the site's token)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

from broadcaster.commune.registry import site_by_token
from broadcaster.models import Segment
from broadcaster.playout.site_health import sites_overview
from broadcaster.speech.render import audio_intact
from broadcaster.station import App
from broadcaster.web.core import Ctx, WebState, page

HEX = frozenset("0123456789abcdef")


def _audio_file(app: App, token: str, digest: str) -> Path | bool | None:
    """The file of that sha256 (None: none), or False when the token is not a site's."""
    if not token or site_by_token(app, token) is None:
        return False
    with app.db.transaction() as session:
        paths = session.scalars(
            select(Segment.audio_path).where(Segment.audio_hash == digest)
        ).all()
    for raw in paths:
        if raw and audio_intact(Path(raw), digest, strict=True):
            return Path(raw)
    return None


async def site_audio(request: Request) -> Response:
    """``GET /diem-phat/am-thanh/<sha256>`` with ``Authorization: Bearer TOKEN``."""
    web: WebState = request.app.state.web
    digest = str(request.path_params["digest"]).lower()
    if len(digest) != 64 or not set(digest) <= HEX:
        return PlainTextResponse("Mã tệp không hợp lệ.", status_code=400)
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else ""
    found = await run_in_threadpool(_audio_file, web.app, token, digest)
    if found is False:
        return PlainTextResponse("Mã điểm phát sai hoặc đã bị thu hồi.", status_code=403)
    if found is None or found is True:
        return PlainTextResponse("Không có tệp âm thanh này.", status_code=404)
    return FileResponse(found, media_type="application/octet-stream")


@page()
def sites_page(ctx: Ctx) -> Response:
    return ctx.render("sites.html", title="Điểm phát", sites=sites_overview(ctx.app))
