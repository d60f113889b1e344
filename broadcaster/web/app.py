"""The console's routes: one Starlette application over one station."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from broadcaster.crashlog import write_crash
from broadcaster.errors import BroadcasterError, os_error_message
from broadcaster.station import App
from broadcaster.web.core import HERE, WebState, plain_page, unexpected_page
from broadcaster.web.pages import (
    account,
    admin,
    dashboard,
    doc_title,
    listen,
    live_voice,
    playnow,
    readings,
    records,
    schedule,
    segments,
    settings,
    sites,
)


def routes() -> list[Route | WebSocketRoute | Mount]:
    get, post = ["GET"], ["POST"]
    return [
        Route("/dang-nhap", account.login_page, methods=get),
        Route("/dang-nhap", account.login_post, methods=post),
        Route("/dang-xuat", account.logout, methods=post),
        Route("/doi-mat-khau", account.password_page, methods=get),
        Route("/doi-mat-khau", account.password_post, methods=post),
        Route("/", dashboard.dashboard, methods=get),
        Route("/truc-tiep", dashboard.live, methods=get),
        Route("/tin-bai", segments.segment_list, methods=get),
        Route("/tin-bai/them", segments.segment_new, methods=get),
        Route("/tin-bai/them", segments.segment_create, methods=post),
        Route("/tin-bai/tieu-de", doc_title.suggest_title, methods=post),
        Route("/tin-bai/{segment_id:id}", segments.segment_show, methods=get),
        Route("/tin-bai/{segment_id:id}/am-thanh", segments.segment_audio, methods=get),
        Route("/tin-bai/{segment_id:id}/sua", segments.segment_edit, methods=get),
        Route("/tin-bai/{segment_id:id}/sua", segments.segment_update, methods=post),
        Route("/tin-bai/{segment_id:id}/tao-am-thanh", segments.segment_render, methods=post),
        Route("/tin-bai/{segment_id:id}/duyet", readings.segment_approve, methods=post),
        Route("/tin-bai/{segment_id:id}/doc-la", readings.reading_form, methods=get),
        Route("/tin-bai/{segment_id:id}/doc-la", readings.reading_save, methods=post),
        Route("/tin-bai/{segment_id:id}/ngung", segments.segment_retire, methods=post),
        Route("/lich-phat", schedule.schedule, methods=get),
        Route("/lich-phat/buoi", schedule.slot_add, methods=post),
        Route("/lich-phat/buoi/{slot_id:id}/sua", schedule.slot_edit, methods=get),
        Route("/lich-phat/buoi/{slot_id:id}/sua", schedule.slot_update, methods=post),
        Route("/lich-phat/buoi/{slot_id:id}/bo", schedule.slot_remove, methods=post),
        Route("/lich-phat/nap", schedule.schedule_load, methods=post),
        Route("/lich-phat/dat", schedule.book_page, methods=get),
        Route("/lich-phat/dat", schedule.book_post, methods=post),
        Route("/lich-phat/dat/{booking_id:id}/huy", schedule.booking_cancel, methods=post),
        Route("/lich-phat/ngay", schedule.day_plan, methods=get),
        Route("/phat-ngay", playnow.playnow_page, methods=get),
        Route("/phat-ngay", playnow.playnow_post, methods=post),
        Route("/nghe-dai/luong", listen.listen_stream, methods=get),
        Route("/phat-truc-tiep", live_voice.live_page, methods=get),
        WebSocketRoute("/phat-truc-tiep/ws", live_voice.live_socket),
        Route("/nhat-ky", records.airing_log, methods=get),
        Route("/nhat-ky/{airing_id:id}/nghe-lai", records.airing_aircheck, methods=get),
        Route("/bao-cao", records.report_page, methods=get),
        Route("/bao-cao/tai/{month}/{fmt}", records.report_download, methods=get),
        Route("/quan-tri", admin.admin, methods=get),
        Route("/quan-tri/nguoi-dung", admin.user_add, methods=post),
        Route("/quan-tri/nguoi-dung/{name}/{action}", admin.user_action, methods=post),
        Route("/quan-tri/thiet-lap", settings.settings_page, methods=get),
        Route("/quan-tri/thiet-lap", settings.settings_post, methods=post),
        Route("/quan-tri/thiet-lap/giong", settings.voice_post, methods=post),
        Route("/diem-phat", sites.sites_page, methods=get),
        Route("/diem-phat/am-thanh/{digest}", sites.site_audio, methods=get),
        Mount("/tep", StaticFiles(directory=HERE / "static"), name="static"),
    ]


class IdConvertor(Convertor[int]):
    """A record number in a path: at most 9 digits, so it fits every database's integer
    (a longer one matches no route: the «not found» page)."""

    regex = "[0-9]{1,9}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("id", IdConvertor())

# No framing by other sites (clickjacking), scripts and styles only from the console itself
# (style attributes draw the report's bars), audio from the console or a recording in the page.
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
        "base-uri 'self'; form-action 'self'; object-src 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every HTTP response (pages, files, error pages)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


async def _not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    if status == 405:
        return plain_page(
            request, 405, "Không làm được", "Trang này không nhận cách gửi đó. Hãy mở lại trang."
        )
    if status == 404:
        return plain_page(
            request,
            404,
            "Không tìm thấy",
            "Không có trang này (hoặc số đã gõ không tồn tại). Hãy quay về trang Tổng quan.",
        )
    return plain_page(request, status, "Không làm được", "Yêu cầu không hợp lệ.")


async def _unexpected(request: Request, exc: Exception) -> Response:
    if isinstance(exc, BroadcasterError):  # e.g. the database is gone before any page
        return plain_page(request, 503, "Không làm được", str(exc))
    if isinstance(exc, OSError):
        write_crash(request.app.state.web.app.settings.home, f"web {request.url.path}", exc)
        return plain_page(request, 503, "Không làm được", os_error_message(exc))
    return unexpected_page(request, exc)


def create_app(app: App, secure_cookie: bool = False) -> Starlette:
    """The console for one opened station (the caller keeps and closes ``app``)."""
    web = Starlette(
        routes=routes(),
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: _not_found, Exception: _unexpected},
    )
    web.state.web = WebState(app, secure_cookie=secure_cookie)
    return web
