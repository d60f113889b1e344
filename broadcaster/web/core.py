"""What every page shares: the console's state, the signed-in user, CSRF, role checks, and
the ONE place where a domain error becomes a message on the page."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from broadcaster.crashlog import crash_message, write_crash
from broadcaster.errors import BroadcasterError, NotFoundError, os_error_message
from broadcaster.models import User
from broadcaster.settings import Settings
from broadcaster.settings_spec import LIVE, RESTART
from broadcaster.settings_watch import SettingsWatch
from broadcaster.station import App
from broadcaster.users import get_user, may
from broadcaster.web import fmt
from broadcaster.web.sessions import COOKIE, SessionStore, WebSession, csrf_ok

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
NAV = (
    ("/", "Tổng quan"),
    ("/tin-bai", "Tin bài"),
    ("/lich-phat", "Lịch phát"),
    ("/phat-ngay", "Phát ngay"),
    ("/nhat-ky", "Nhật ký"),
    ("/bao-cao", "Báo cáo"),
    ("/quan-tri", "Quản trị"),
)
NAV_ACTIONS = {"/phat-ngay": "play.now", "/quan-tri": "user.manage"}


class WebState:
    """One per console process: the station, the sessions, the sign-in throttle, templates."""

    def __init__(self, app: App, secure_cookie: bool = False) -> None:
        self.app = app
        self.secure_cookie = secure_cookie
        self.sessions = SessionStore(app, app.settings.web_session_hours * 3600.0)
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        fmt.install(self.templates, app.settings.tz)
        # Settings changed in broadcaster.toml (the CLI, another console) are taken on the
        # next request; only those of the console's own server wait for its restart.
        self.watch = SettingsWatch(app.settings, takes=(LIVE, RESTART))

    def refresh_settings(self) -> None:
        reload = self.watch.check(self.app.settings)
        if reload is not None:
            self.app.settings = reload.settings
            if reload.applied:
                log.info("settings reloaded from broadcaster.toml: %s", reload.describe())


@dataclass
class FormError:
    message: str
    field: str | None = None


class FieldError(BroadcasterError):
    """A domain error tied to one form field (raised by ``Ctx.field``)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class Ctx:
    request: Request
    web: WebState
    session: WebSession
    user: User | None
    app: App
    form: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadFile] = field(default_factory=dict)
    cookie: bool = False

    def value(self, name: str, default: str = "") -> str:
        return self.form.get(name, default).strip()

    def query(self, name: str, default: str = "") -> str:
        return self.request.query_params.get(name, default).strip()

    def field(self, name: str, parse: Callable[[], Any]) -> Any:
        """Run a parse step; its domain error is shown next to field ``name``."""
        try:
            return parse()
        except FieldError:
            raise
        except BroadcasterError as exc:
            raise FieldError(str(exc), name) from exc

    def may(self, action: str) -> bool:
        return self.user is not None and may(self.user.role, action)

    def flash(self, message: str, kind: str = "ok") -> None:
        self.session.flashes.append((kind, message))

    def render(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        flashes, self.session.flashes = self.session.flashes, []
        context = {
            "user": self.user,
            "csrf": self.session.csrf,
            "settings": self.app.settings,
            "text_max_bytes": typed_text_max_bytes(self.app.settings),
            "nav": NAV,
            "nav_actions": NAV_ACTIONS,
            "path": self.request.url.path,
            "may": self.may,
            "flashes": flashes,
            "form": self.form,
            "error": None,
            **values,
        }
        html = self.web.templates.get_template(template).render(context)
        return HTMLResponse(html, status_code=status)

    def redirect(self, url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    def back(self, default: str = "/") -> str:
        """Where to return after a button: the form's «next», or the page it came from."""
        for candidate in (self.form.get("next", ""), self.request.headers.get("referer", "")):
            parts = urlsplit(candidate)
            local = parts.path.startswith("/") and not parts.path.startswith("//")
            same_site = not parts.netloc or parts.netloc == self.request.url.netloc
            if candidate and local and same_site:
                return parts.path + (f"?{parts.query}" if parts.query else "")
        return default


Handler = Callable[[Ctx], Response]
FormView = Callable[[Ctx, FormError], Response]


def _message_page(ctx: Ctx, status: int, title: str, message: str) -> Response:
    return ctx.render("message.html", status=status, title=title, message=message)


def page(
    action: str = "view", *, public: bool = False, form_view: FormView | None = None
) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Wrap a handler: session, sign-in, role check, CSRF on POST, domain errors → page."""

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            web: WebState = request.app.state.web
            if web.watch.moved():  # one stat per request; reading only when it changed
                await run_in_threadpool(web.refresh_settings)
            session = await run_in_threadpool(web.sessions.get, request.cookies.get(COOKIE))
            fresh = session is None
            if session is None:
                session = web.sessions.new()
            user = await run_in_threadpool(_active_user, web.app, session)
            acting = web.app.acting_as(user.label if user else "")
            ctx = Ctx(request, web, session, user, acting, cookie=fresh)
            response = await _guarded(ctx, handler, action, public, form_view)
            if ctx.cookie:
                response.set_cookie(
                    COOKIE,
                    ctx.session.token,
                    httponly=True,
                    samesite="lax",
                    secure=web.secure_cookie,
                    path="/",
                )
            return response

        endpoint.__name__ = handler.__name__
        return endpoint

    return wrap


def _active_user(app: App, session: WebSession) -> User | None:
    if session.user_id is None:
        return None
    user = get_user(app, session.user_id)
    if user is None or user.disabled_at is not None:
        session.user_id = None
        return None
    return user


async def _guarded(
    ctx: Ctx, handler: Handler, action: str, public: bool, form_view: FormView | None
) -> Response:
    request = ctx.request
    path = request.url.path
    if not public:
        if ctx.user is None:
            target = path + (f"?{request.url.query}" if request.url.query else "")
            return ctx.redirect("/dang-nhap?next=" + quote(target, safe=""))
        if ctx.user.must_change and path not in ("/doi-mat-khau", "/dang-xuat"):
            return ctx.redirect("/doi-mat-khau")
        if not ctx.may(action):
            return _message_page(
                ctx,
                403,
                "Không có quyền",
                "Vai trò của bạn không được làm việc này. Hãy nhờ người có quyền "
                "(lãnh đạo duyệt, hoặc người quản trị) thực hiện.",
            )
    typed = [*request.query_params.values(), *map(str, request.path_params.values())]
    if bad_characters(typed):
        return _message_page(ctx, 400, "Dữ liệu không hợp lệ", BAD_CHARACTERS)
    if request.method == "POST":
        refused = await _read_form(ctx)
        if refused is not None:
            return refused
        if bad_characters(list(ctx.form.values())):
            return _message_page(ctx, 400, "Dữ liệu không hợp lệ", BAD_CHARACTERS)
    try:
        return await run_in_threadpool(handler, ctx)
    except BroadcasterError as exc:
        error = FormError(str(exc), getattr(exc, "field", None))
        if form_view is not None and not (
            isinstance(exc, NotFoundError) and request.method == "GET"
        ):
            try:
                return await run_in_threadpool(form_view, ctx, error)
            except BroadcasterError as again:  # the form's own subject is gone (a bad id)
                return _domain_page(ctx, again)
            except Exception as exc2:
                return unexpected_page(ctx.request, exc2)
        if isinstance(exc, NotFoundError) or request.method == "GET":
            return _domain_page(ctx, exc)
        ctx.flash(error.message, "error")
        return ctx.redirect(ctx.back())
    except OSError as exc:
        home = ctx.app.settings.home
        write_crash(home, f"web {request.method} {path}", exc)
        log.error("%s %s: %s", request.method, path, exc)
        return _message_page(ctx, 503, "Không làm được", os_error_message(exc))
    except Exception as exc:
        return unexpected_page(ctx.request, exc)
    finally:
        for upload in ctx.files.values():
            await upload.close()


def _domain_page(ctx: Ctx, exc: BroadcasterError) -> Response:
    if isinstance(exc, NotFoundError):
        return _message_page(ctx, 404, "Không tìm thấy", str(exc))
    return _message_page(ctx, 400, "Không làm được", str(exc))


def plain_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    """A message page for a request that never reached a handler (no session needed)."""
    web: WebState = request.app.state.web
    html = web.templates.get_template("message.html").render(
        user=None,
        csrf="",
        settings=web.app.settings,
        nav=NAV,
        nav_actions=NAV_ACTIONS,
        path=request.url.path,
        may=lambda _action: False,
        flashes=[],
        form={},
        error=None,
        title=title,
        message=message,
    )
    return HTMLResponse(html, status_code=status)


def unexpected_page(request: Request, exc: BaseException) -> HTMLResponse:
    """Anything unexpected: the traceback to ``broadcaster-errors.log``, a Vietnamese page."""
    web: WebState = request.app.state.web
    where = write_crash(web.app.settings.home, f"web {request.method} {request.url.path}", exc)
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return plain_page(
        request, 500, "Lỗi ngoài dự kiến", crash_message(exc, where, "việc vừa yêu cầu")
    )


def bad_characters(values: list[str]) -> bool:
    """NUL or control characters (other than tab and line breaks) in anything typed."""
    return any(_CONTROL.search(value) for value in values)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
BAD_CHARACTERS = (
    "Dữ liệu gửi lên có ký tự điều khiển (ví dụ ký tự NUL) không dùng được. Hãy gõ lại "
    "bằng bàn phím rồi gửi lại."
)


def typed_text_max_bytes(settings: Settings) -> int:
    """The most one typed field may carry (the form's ``data-max-bytes`` checks it first)."""
    return settings.upload_script_mb * 1_000_000


async def _read_form(ctx: Ctx) -> Response | None:
    settings = ctx.app.settings
    limit = (max(settings.upload_audio_mb, settings.upload_script_mb) + 1) * 1_000_000
    length = ctx.request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        return _message_page(
            ctx,
            413,
            "Tệp quá lớn",
            f"Tệp gửi lên quá lớn; giới hạn là {settings.upload_audio_mb} MB cho tệp ghi âm và "
            f"{settings.upload_script_mb} MB cho kịch bản.",
        )
    try:
        data = await ctx.request.form(max_part_size=typed_text_max_bytes(settings))
    except HTTPException as exc:  # a typed text over the limit, or a forged form
        if exc.status_code != 400:
            raise
        return _message_page(
            ctx,
            413,
            "Văn bản quá dài",
            f"Văn bản gửi lên quá dài (giới hạn {settings.upload_script_mb} MB) nên chưa được "
            "lưu. Hãy quay lại trang trước: chia văn bản thành nhiều tin bài, hoặc lưu thành tệp "
            ".txt hay .docx rồi gửi tệp.",
        )
    sent = data.get("csrf")
    if not csrf_ok(ctx.session, sent if isinstance(sent, str) else None) and not csrf_ok(
        ctx.session, ctx.request.headers.get("x-csrf-token")
    ):
        return _message_page(
            ctx,
            403,
            "Biểu mẫu không hợp lệ",
            "Phiên làm việc đã hết hạn hoặc biểu mẫu không đến từ trang của đài. "
            "Hãy tải lại trang rồi thử lại.",
        )
    for key, value in data.multi_items():
        if isinstance(value, UploadFile):
            if value.filename:
                ctx.files[key] = value
        elif key in ctx.form and key.endswith("[]"):
            ctx.form[key] += "\n" + value
        else:
            ctx.form[key] = value
    return None
