"""Quản trị: users and roles, and the change log (station settings: pages/settings.py)."""

from __future__ import annotations

from starlette.responses import Response

from broadcaster.audit import ACTION_LABELS, ENTITY_LABELS, list_changes
from broadcaster.users import (
    ROLE_LABELS,
    ROLES,
    add_user,
    disable_user,
    list_users,
    one_time_password,
    set_password,
    update_user,
)
from broadcaster.web.core import Ctx, FieldError, FormError, page


def admin_view(ctx: Ctx, error: FormError | None = None) -> Response:
    shown, ctx.session.shown_password = ctx.session.shown_password, ""
    return ctx.render(
        "admin.html",
        status=200 if error is None else 400,
        title="Quản trị",
        users=list_users(ctx.app),
        roles=ROLES,
        role_labels=ROLE_LABELS,
        changes=list_changes(ctx.app, limit=40),
        entity_labels=ENTITY_LABELS,
        action_labels=ACTION_LABELS,
        shown_password=shown,
        error=error,
    )


@page("user.manage")
def admin(ctx: Ctx) -> Response:
    return admin_view(ctx)


@page("user.manage", form_view=admin_view)
def user_add(ctx: Ctx) -> Response:
    password = ctx.form.get("password", "")
    generated = not password
    if generated:
        password = one_time_password()
    user = ctx.field(
        "user",
        lambda: add_user(
            ctx.app,
            ctx.value("name"),
            ctx.value("role"),
            password,
            ctx.value("full_name"),
            must_change=generated,
        ),
    )
    if generated:
        ctx.session.shown_password = f"{user.name}: {password}"
    ctx.flash(f"Đã thêm người dùng «{user.name}» ({ROLE_LABELS[user.role]}).")
    return ctx.redirect("/quan-tri")


@page("user.manage", form_view=admin_view)
def user_action(ctx: Ctx) -> Response:
    name = ctx.request.path_params["name"]
    action = ctx.request.path_params["action"]
    if action == "khoa":
        user = disable_user(ctx.app, name)
        ctx.flash(f"Đã khoá «{user.name}».")
    elif action == "mo-khoa":
        user = disable_user(ctx.app, name, enable=True)
        ctx.flash(f"Đã mở khoá «{user.name}».")
    elif action == "dat-lai-mat-khau":
        password = one_time_password()
        user = set_password(ctx.app, name, password, must_change=True)
        ctx.session.shown_password = f"{user.name}: {password}"
        ctx.flash(f"Đã đặt lại mật khẩu của «{user.name}».")
    elif action == "vai-tro":
        user = update_user(ctx.app, name, ctx.value("role"), None)
        ctx.flash(f"«{user.name}» giờ có vai trò {ROLE_LABELS[user.role]}.")
    else:
        raise FieldError(f"Không có thao tác «{action}».", "user")
    return ctx.redirect("/quan-tri")
