"""Lịch phát: slots (add, edit, remove, load a table), week view, booking form, day plan."""

from __future__ import annotations

from datetime import date, timedelta

from starlette.responses import Response

from broadcaster.catalogue.bookings import BookingRequest, book_segment, cancel_booking
from broadcaster.catalogue.dates import WEEKDAY_SHORT, format_date, parse_date, parse_time
from broadcaster.catalogue.planning import DayPlan, plan_days, plan_zones
from broadcaster.catalogue.segments import list_segments
from broadcaster.catalogue.slots import (
    SlotSpec,
    add_slot,
    apply_schedule,
    edit_slot,
    list_slots,
    remove_slot,
    slot_zone_names,
)
from broadcaster.commune.registry import station_zones
from broadcaster.errors import NotFoundError
from broadcaster.web.core import Ctx, FieldError, FormError, page

WEEK = 7


def _day(ctx: Ctx, name: str, default: date) -> date:
    """The day asked for in the address; an impossible one («31/02/2025») gets the one error
    page, which says why, rather than another day's plan shown as if it were that one."""
    raw = ctx.query(name)
    return parse_date(raw, ctx.app.today()) if raw else default


def _mask(ctx: Ctx, name: str = "days[]") -> str:
    picked = {int(v) for v in ctx.form.get(name, "").split("\n") if v.strip().isdigit()}
    return "".join("1" if i in picked else "0" for i in range(7))


def schedule_view(ctx: Ctx, error: FormError | None = None) -> Response:
    start = _day(ctx, "tuan", ctx.app.today())
    days = [start + timedelta(days=i) for i in range(WEEK)]
    plans = plan_days(ctx.app, days)
    slots = list_slots(ctx.app)
    week = {
        slot.id: [next((p for p in plan.slots if p.slot_id == slot.id), None) for plan in plans]
        for slot in slots
    }
    ctx.form.setdefault("days[]", "\n".join(str(i) for i in range(7)))
    return ctx.render(
        "schedule.html",
        status=200 if error is None else 400,
        title="Lịch phát",
        slots=slots,
        slot_zones=slot_zone_names(ctx.app),
        days=days,
        week=week,
        weekday_short=WEEKDAY_SHORT,
        prev=(start - timedelta(days=WEEK)).isoformat(),
        next_week=(start + timedelta(days=WEEK)).isoformat(),
        error=error,
    )


@page()
def schedule(ctx: Ctx) -> Response:
    return schedule_view(ctx)


def _spec(ctx: Ctx) -> SlotSpec:
    start = ctx.field("start", lambda: parse_time(ctx.value("start")))
    end = ctx.field("end", lambda: parse_time(ctx.value("end")))
    today = ctx.app.today()
    valid_from = (
        ctx.field("valid_from", lambda: parse_date(ctx.value("valid_from"), today))
        if ctx.value("valid_from")
        else None
    )
    valid_to = (
        ctx.field("valid_to", lambda: parse_date(ctx.value("valid_to"), today))
        if ctx.value("valid_to")
        else None
    )
    return SlotSpec(ctx.value("name"), start, end, _mask(ctx), valid_from, valid_to)


@page("slot.edit", form_view=schedule_view)
def slot_add(ctx: Ctx) -> Response:
    slot = add_slot(ctx.app, _spec(ctx))
    ctx.flash(f"Đã thêm buổi «{slot.name}» {slot.start_time:%H:%M}–{slot.end_time:%H:%M}.")
    return ctx.redirect("/lich-phat")


def _slot_id(ctx: Ctx) -> int:
    return int(ctx.request.path_params["slot_id"])


def slot_form(ctx: Ctx, error: FormError | None = None) -> Response:
    slot = next((s for s in list_slots(ctx.app) if s.id == _slot_id(ctx)), None)
    if slot is None:
        raise NotFoundError(f"Không có buổi phát số {_slot_id(ctx)}.")
    return ctx.render(
        "slot_form.html",
        status=200 if error is None else 400,
        title=f"Sửa buổi «{slot.name}»",
        slot=slot,
        weekday_short=WEEKDAY_SHORT,
        error=error,
    )


@page("slot.edit")
def slot_edit(ctx: Ctx) -> Response:
    slot = next((s for s in list_slots(ctx.app) if s.id == _slot_id(ctx)), None)
    if slot is None:
        raise NotFoundError(f"Không có buổi phát số {_slot_id(ctx)}.")
    ctx.form.update(
        name=slot.name,
        start=f"{slot.start_time:%H:%M}",
        end=f"{slot.end_time:%H:%M}",
        valid_from=slot.valid_from.isoformat() if slot.valid_from else "",
        valid_to=slot.valid_to.isoformat() if slot.valid_to else "",
        **{"days[]": "\n".join(str(i) for i, c in enumerate(slot.weekdays) if c == "1")},
    )
    return slot_form(ctx)


@page("slot.edit", form_view=slot_form)
def slot_update(ctx: Ctx) -> Response:
    slot = edit_slot(ctx.app, _slot_id(ctx), _spec(ctx))
    ctx.flash(f"Đã sửa buổi «{slot.name}».")
    return ctx.redirect("/lich-phat")


@page("slot.edit")
def slot_remove(ctx: Ctx) -> Response:
    slot, cancelled = remove_slot(ctx.app, _slot_id(ctx), ctx.value("force") == "1")
    extra = f"; đã hủy {cancelled} lượt đặt lịch" if cancelled else ""
    ctx.flash(f"Đã bỏ buổi «{slot.name}»{extra}.")
    return ctx.redirect("/lich-phat")


@page("slot.edit", form_view=schedule_view)
def schedule_load(ctx: Ctx) -> Response:
    upload = ctx.files.get("table")
    if upload is None:
        raise FieldError("Hãy chọn tệp lịch .toml.", "table")
    data = upload.file.read(ctx.app.settings.upload_script_mb * 1_000_000 + 1)
    name = upload.filename or "lich.toml"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"Không đọc được tệp lịch «{name}». Hãy lưu tệp dạng UTF-8."
        raise FieldError(message, "table") from exc
    report = ctx.field("table", lambda: apply_schedule(ctx.app, text, name))
    ctx.flash(
        f"Đã nạp {name}: thêm {len(report.added)}, sửa {len(report.changed)}, "
        f"bỏ {len(report.removed)}, giữ nguyên {len(report.unchanged)} buổi."
    )
    return ctx.redirect("/lich-phat")


def book_form(ctx: Ctx, error: FormError | None = None) -> Response:
    segments = [
        s for s in list_segments(ctx.app, limit=500, newest_first=True) if s.status != "retired"
    ]
    return ctx.render(
        "book.html",
        status=200 if error is None else 400,
        title="Đặt lịch phát",
        segments=segments,
        slots=list_slots(ctx.app),
        weekday_short=WEEKDAY_SHORT,
        error=error,
    )


@page("booking.edit")
def book_page(ctx: Ctx) -> Response:
    tomorrow = ctx.app.today() + timedelta(days=1)
    ctx.form.update(
        segment=ctx.query("tin"),
        date_from=tomorrow.isoformat(),
        date_to=tomorrow.isoformat(),
        per_day="1",
        **{"days[]": "\n".join(str(i) for i in range(7))},
    )
    return book_form(ctx)


@page("booking.edit", form_view=book_form)
def book_post(ctx: Ctx) -> Response:
    today = ctx.app.today()
    if not ctx.value("segment").isdigit():
        raise FieldError("Hãy chọn tin bài cần đặt lịch.", "segment")
    slots = tuple(v for v in ctx.form.get("slots[]", "").split("\n") if v.strip())
    if not slots:
        raise FieldError("Hãy chọn ít nhất một buổi phát.", "slots")
    date_from = ctx.field("date_from", lambda: parse_date(ctx.value("date_from"), today))
    date_to = ctx.field("date_to", lambda: parse_date(ctx.value("date_to"), today))
    if not ctx.value("per_day").isdigit():
        raise FieldError("Số lần phát mỗi ngày phải là một số, ví dụ 1.", "per_day")
    created = book_segment(
        ctx.app,
        BookingRequest(
            int(ctx.value("segment")),
            slots,
            date_from,
            date_to,
            int(ctx.value("per_day")),
            _mask(ctx),
        ),
    )
    names = ", ".join(f"«{b.slot.name}»" for b in created)
    ctx.flash(
        f"Đã đặt tin {created[0].segment_id} vào buổi {names} từ {format_date(date_from)} "
        f"đến {format_date(date_to)}."
    )
    return ctx.redirect(f"/lich-phat/ngay?ngay={date_from.isoformat()}")


@page()
def day_plan(ctx: Ctx) -> Response:
    day = _day(ctx, "ngay", ctx.app.today())
    # A commune's day: each zone's slots, named by zone («[Vùng …]»); else the station's.
    zones = plan_zones(ctx.app, day, station_zones(ctx.app))
    plan = DayPlan(day, [slot for _zone, zone_plan in zones for slot in zone_plan.slots])
    return ctx.render(
        "day.html",
        title=f"Lịch phát ngày {format_date(day)}",
        plan=plan,
        day=day,
        prev=(day - timedelta(days=1)).isoformat(),
        next_day=(day + timedelta(days=1)).isoformat(),
    )


@page("booking.edit")
def booking_cancel(ctx: Ctx) -> Response:
    booking = cancel_booking(ctx.app, int(ctx.request.path_params["booking_id"]))
    ctx.flash(f"Đã hủy lượt đặt lịch số {booking.id} («{booking.segment.title}»).")
    return ctx.redirect(ctx.back("/lich-phat"))
