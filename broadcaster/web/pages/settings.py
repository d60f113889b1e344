"""«Thiết lập đài»: every station setting as a form generated from its declaration."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from broadcaster.playout.control import restart_notice, restart_pending
from broadcaster.settings import DECLARED, VOICE_KEYS
from broadcaster.settings_file import (
    change_station_settings,
    checked,
    describe_change,
    set_category_voice,
)
from broadcaster.settings_spec import (
    APPLY_LABELS,
    LIVE,
    group_of,
    may_change,
    range_text,
    show_value,
)
from broadcaster.settings_spec import (
    shown as shown_value,
)
from broadcaster.web.core import Ctx, FormError, page


def _rows(ctx: Ctx) -> list[tuple[str, list[dict[str, Any]]]]:
    """The settings by group, each with what the form shows for it."""
    role = ctx.user.role if ctx.user else ""
    posted = ctx.form.get("form") == "settings"
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in DECLARED.values():
        value = getattr(ctx.app.settings, item.name)
        shown = ctx.form.get(item.name, "") if posted and item.name in ctx.form else None
        if posted and item.kind == "bool" and may_change(item, role):
            shown = "true" if ctx.form.get(item.name) == "1" else "false"
        groups.setdefault(group_of(item), []).append(
            {
                "item": item,
                "spec": item.spec,
                "value": shown_value(item, value) if shown is None else shown,
                "default": show_value(item.default) if item.kind != "table" else "",
                "changed": value != item.default,
                "editable": item.editable and may_change(item, role),
                "own_form": item.name == "tts_category",  # its own card below
                "env": item.env_name if os.environ.get(item.env_name) else "",
                "range": range_text(item),
                "apply": "" if item.spec.apply == LIVE else APPLY_LABELS[item.spec.apply],
            }
        )
    return list(groups.items())


def settings_view(ctx: Ctx, error: FormError | None = None) -> Response:
    s = ctx.app.settings
    return ctx.render(
        "settings.html",
        status=200 if error is None else 400,
        title="Thiết lập đài",
        groups=_rows(ctx),
        error=error,
        voice_keys=[(k, DECLARED[k].spec.label, DECLARED[k].spec.unit) for k in VOICE_KEYS],
        voice_choices=[
            (code, s.category_label(code), table) for code, table in s.tts_category.items()
        ],
        categories=s.categories,
        voice_spec=DECLARED["tts_category"].spec,
        restart=restart_notice(waiting) if (waiting := restart_pending(ctx.app)) else "",
        may_voices=may_change(DECLARED["tts_category"], ctx.user.role if ctx.user else ""),
    )


@page("station.manage")
def settings_page(ctx: Ctx) -> Response:
    return settings_view(ctx)


@page("station.manage", form_view=settings_view)
def settings_post(ctx: Ctx) -> Response:
    role = ctx.user.role if ctx.user else ""
    values: dict[str, Any] = {}
    for item in DECLARED.values():
        if not (item.editable and may_change(item, role)):
            continue
        if item.kind == "bool":
            if item.name in ctx.form or f"{item.name}__shown" in ctx.form:
                raw: Any = ctx.value(item.name) == "1"
            else:
                continue
        elif item.name in ctx.form:
            raw = ctx.form[item.name]
            if item.kind == "list":
                raw = raw.replace(";", ",")  # a list typed with semicolons
        else:
            continue
        values[item.name] = ctx.field(item.name, _checker(item.name, raw))
    result = ctx.field("settings", lambda: change_station_settings(ctx.app, values))
    ctx.web.app.settings = ctx.app.settings = result.settings
    ctx.flash("Đã lưu thiết lập của đài. " + " ".join(describe_change(result)))
    # What the running daemon has not taken is said by the page's own notice; the rest here.
    told = restart_pending(ctx.app)
    waiting = tuple(n for n in result.waiting if n not in told)
    if waiting:
        names = ", ".join(f"«{DECLARED[n].spec.label}»" for n in waiting)
        ctx.flash(
            f"Lưu ý: {names} chỉ có hiệu lực sau khi khởi động lại "
            f"{_restart_what(waiting)}; các thay đổi khác có hiệu lực ngay.",
            "warn",
        )
    return ctx.redirect("/quan-tri/thiet-lap")


def _checker(name: str, raw: Any) -> Callable[[], Any]:
    return lambda: checked(name, raw, "")


def _restart_what(names: tuple[str, ...]) -> str:
    kinds = {DECLARED[n].spec.apply for n in names}
    parts = []
    if "restart" in kinds:
        parts.append("phần mềm phát (broadcaster run)")
    if "web" in kinds:
        parts.append("bảng điều khiển (broadcaster web)")
    return " và ".join(parts)


@page("station.manage", form_view=settings_view)
def voice_post(ctx: Ctx) -> Response:
    """One voice choice of one category ([tts.category.MÃ]); an empty value removes it."""
    code, key = ctx.value("category"), ctx.value("key")
    result = ctx.field(
        "voice", lambda: set_category_voice(ctx.app, code, key, ctx.value("value"), "")
    )
    ctx.web.app.settings = result.settings
    ctx.flash("Đã lưu giọng riêng của chuyên mục. " + " ".join(describe_change(result)))
    return ctx.redirect("/quan-tri/thiet-lap#giong-chuyen-muc")
