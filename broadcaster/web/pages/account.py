"""Signing in and out, and changing one's own password."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.responses import Response

from broadcaster.errors import AuthError
from broadcaster.signin import attempt_succeeded, begin_attempt
from broadcaster.users import WRONG_SIGN_IN, authenticate, change_own_password, plausible_name
from broadcaster.web.core import Ctx, FormError, page


def _safe_next(target: str) -> str:
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith("//") and not parts.netloc:
        return target
    return "/"


def login_form(ctx: Ctx, error: FormError | None = None) -> Response:
    status = 200 if error is None else 400
    nxt = ctx.form.get("next") or ctx.query("next") or "/"
    return ctx.render("login.html", status=status, title="Đăng nhập", error=error, next=nxt)


@page(public=True)
def login_page(ctx: Ctx) -> Response:
    if ctx.user is not None:
        return ctx.redirect("/")
    return login_form(ctx)


@page(public=True, form_view=login_form)
def login_post(ctx: Ctx) -> Response:
    name = ctx.value("name").lower()
    address = ctx.request.client.host if ctx.request.client else "?"
    if not plausible_name(name):
        begin_attempt(ctx.app, "?", address)  # still counted against the address
        raise AuthError(WRONG_SIGN_IN)
    begin_attempt(ctx.app, name, address)  # counted before the password is checked
    user = authenticate(ctx.app, name, ctx.form.get("password", ""))
    attempt_succeeded(ctx.app, name, address)
    ctx.web.sessions.drop(ctx.session)
    ctx.session = ctx.web.sessions.new(user.id)
    ctx.cookie = True
    if user.must_change:
        return ctx.redirect("/doi-mat-khau")
    return ctx.redirect(_safe_next(ctx.value("next") or "/"))


@page(public=True)
def logout(ctx: Ctx) -> Response:
    ctx.web.sessions.drop(ctx.session)
    ctx.session = ctx.web.sessions.new()
    ctx.cookie = True
    return ctx.redirect("/dang-nhap")


def password_form(ctx: Ctx, error: FormError | None = None) -> Response:
    return ctx.render(
        "password.html", status=200 if error is None else 400, title="Đổi mật khẩu", error=error
    )


@page()
def password_page(ctx: Ctx) -> Response:
    return password_form(ctx)


@page(form_view=password_form)
def password_post(ctx: Ctx) -> Response:
    assert ctx.user is not None
    try:
        change_own_password(
            ctx.app,
            ctx.user.id,
            ctx.form.get("current", ""),
            ctx.form.get("new", ""),
            ctx.form.get("repeat", ""),
            keep_token=ctx.session.token,
        )
    except AuthError as exc:
        raise ctx_field(exc, "current") from exc
    ctx.flash("Đã đổi mật khẩu.")
    return ctx.redirect("/")


def ctx_field(exc: Exception, name: str) -> Exception:
    from broadcaster.web.core import FieldError

    return FieldError(str(exc), name)
