"""``slot …``, ``book …`` and ``plan``: when the station is on air and what it plays."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import click

from broadcaster.catalogue.bookings import (
    BookingRequest,
    book_segment,
    booking_zone_names,
    cancel_booking,
    list_bookings,
)
from broadcaster.catalogue.dates import WEEKDAY_NAMES, format_date, format_duration, format_weekdays
from broadcaster.catalogue.emergency import emergency_airings_on
from broadcaster.catalogue.levels import level_label
from broadcaster.catalogue.planning import BOOKED_AFTER_THE_SLOT, plan_day, plan_zones
from broadcaster.catalogue.slots import (
    SlotSpec,
    add_slot,
    edit_slot,
    get_slot,
    list_slots,
    load_schedule,
    remove_slot,
    spec_of,
)
from broadcaster.cli import (
    ID,
    BroadcasterGroup,
    CliState,
    DefaultGroup,
    date_option,
    pass_state,
    time_option,
    weekdays_option,
)
from broadcaster.cli.fmt import table
from broadcaster.commune.registry import station_zones
from broadcaster.errors import AmbiguousSlotError, ConflictError, InputError
from broadcaster.labels import fallback_message

ZONE_HELP = "Chỉ ở vùng phát này (lặp lại cho nhiều vùng; mặc định mọi vùng)."
SLOT_ZONE_HELP = "Vùng phát của buổi, khi nhiều vùng có buổi cùng tên."


def _which_zone(exc: AmbiguousSlotError) -> AmbiguousSlotError:
    """The service's refusal of a name several zones share, with how to choose here."""
    hint = ", ".join(f'--zone "{z}"' for z in exc.zones)
    return AmbiguousSlotError(f"{exc} Thêm một trong: {hint}.", exc.zones)


@click.group("slot", cls=BroadcasterGroup)
def slot_group() -> None:
    """Buổi phát trong ngày (khung giờ lặp lại hằng tuần)."""


@slot_group.command("add")
@click.argument("name", metavar="TÊN_BUỔI")
@time_option("--start", required=True, help="Giờ bắt đầu, ví dụ 06:00.")
@time_option("--end", required=True, help="Giờ kết thúc, ví dụ 06:30.")
@weekdays_option(
    "--days", default="t2-cn", show_default=True, help="Ngày trong tuần: t2-cn, t2,t4,t6, mon-sun …"
)
@date_option("--from", "valid_from", help="Chỉ có từ ngày này.")
@date_option("--to", "valid_to", help="Chỉ có đến hết ngày này.")
@click.option("--zone", "zones", multiple=True, metavar="VÙNG", help=ZONE_HELP)
@pass_state
def slot_add_cmd(
    state: CliState,
    name: str,
    start: time,
    end: time,
    days: str,
    valid_from: date | None,
    valid_to: date | None,
    zones: tuple[str, ...],
) -> None:
    """Thêm một buổi phát, ví dụ: slot add "Buổi sáng" --start 06:00 --end 06:30."""
    slot = add_slot(state.app(), SlotSpec(name, start, end, days, valid_from, valid_to), zones)
    click.echo(
        f"Đã thêm buổi «{slot.name}» {slot.start_time:%H:%M}–{slot.end_time:%H:%M}, "
        f"{format_weekdays(slot.weekdays)}."
    )


@slot_group.command("list")
@pass_state
def slot_list_cmd(state: CliState) -> None:
    """Danh sách buổi phát."""
    slots = list_slots(state.app())
    if not slots:
        click.echo("Chưa có buổi phát nào. Thêm bằng «broadcaster slot add» hoặc «slot load».")
        return
    rows = [
        (
            s.id,
            s.name,
            f"{s.start_time:%H:%M}",
            f"{s.end_time:%H:%M}",
            format_weekdays(s.weekdays),
            format_date(s.valid_from) if s.valid_from else "",
            format_date(s.valid_to) if s.valid_to else "",
        )
        for s in slots
    ]
    click.echo(table(("Số", "Tên", "Bắt đầu", "Kết thúc", "Ngày", "Từ ngày", "Đến ngày"), rows))


@slot_group.command("edit")
@click.argument("name", metavar="TÊN_BUỔI")
@click.option("--zone", metavar="VÙNG", help=SLOT_ZONE_HELP)
@click.option("--name", "new_name", metavar="TÊN_MỚI", help="Đổi tên buổi.")
@time_option("--start", help="Giờ bắt đầu mới, ví dụ 06:00.")
@time_option("--end", help="Giờ kết thúc mới, ví dụ 06:30.")
@weekdays_option("--days", help="Ngày trong tuần mới: t2-cn, t2,t4,t6 …")
@date_option("--from", "valid_from", help="Chỉ có từ ngày này.")
@date_option("--to", "valid_to", help="Chỉ có đến hết ngày này.")
@pass_state
def slot_edit_cmd(
    state: CliState,
    name: str,
    zone: str | None,
    new_name: str | None,
    start: time | None,
    end: time | None,
    days: str | None,
    valid_from: date | None,
    valid_to: date | None,
) -> None:
    """Sửa giờ, ngày hoặc tên một buổi phát, ví dụ: slot edit "Buổi sáng" --start 05:45."""
    app = state.app()
    try:
        slot = get_slot(app, name, zone)
    except AmbiguousSlotError as exc:
        raise _which_zone(exc) from exc
    old = spec_of(slot)
    spec = SlotSpec(
        new_name if new_name is not None else old.name,
        start or old.start,
        end or old.end,
        days or old.weekdays,
        valid_from or old.valid_from,
        valid_to or old.valid_to,
    )
    if spec == old:
        raise InputError("Chưa có gì để sửa: hãy đổi ít nhất tên, giờ hoặc ngày của buổi.")
    slot = edit_slot(app, slot.id, spec)
    click.echo(
        f"Đã sửa buổi «{slot.name}» {slot.start_time:%H:%M}–{slot.end_time:%H:%M}, "
        f"{format_weekdays(slot.weekdays)}."
    )


@slot_group.command("remove")
@click.argument("name", metavar="TÊN_BUỔI")
@click.option("--force", is_flag=True, help="Hủy luôn các lượt đặt lịch còn lại của buổi.")
@click.option("--zone", metavar="VÙNG", help=SLOT_ZONE_HELP)
@pass_state
def slot_remove_cmd(state: CliState, name: str, force: bool, zone: str | None) -> None:
    """Bỏ một buổi phát (nhật ký cũ vẫn giữ nguyên)."""
    try:
        slot, cancelled = remove_slot(state.app(), name, force, zone)
    except AmbiguousSlotError as exc:
        raise _which_zone(exc) from exc
    except ConflictError as exc:
        if force:
            raise
        raise ConflictError(f"{exc} (Thêm --force để hủy cùng lúc.)") from exc
    extra = f"; đã hủy {cancelled} lượt đặt lịch" if cancelled else ""
    click.echo(f"Đã bỏ buổi «{slot.name}»{extra}.")


@slot_group.command("load")
@click.argument("path", type=click.Path(path_type=Path), metavar="TỆP_LỊCH")
@pass_state
def slot_load_cmd(state: CliState, path: Path) -> None:
    """Nạp cả bảng buổi phát từ tệp TOML (ví dụ schedules/xa-mau.toml)."""
    report = load_schedule(state.app(), path)
    for label, items in (
        ("Thêm", report.added),
        ("Đổi", report.changed),
        ("Bỏ", report.removed),
        ("Giữ nguyên", report.unchanged),
    ):
        for item in items:
            click.echo(f"{label}: {item}")
    click.echo(
        f"Đã nạp {path.name}: thêm {len(report.added)}, đổi {len(report.changed)}, "
        f"bỏ {len(report.removed)}, giữ nguyên {len(report.unchanged)}."
    )


@click.group("book", cls=DefaultGroup, invoke_without_command=False)
def book_group() -> None:
    """Đặt lịch phát: book SỐ_TIN --slot "Buổi sáng" --from 1/12/2026 --to 7/12/2026."""


@book_group.command("add", hidden=True)
@click.argument("segment_id", type=ID, metavar="SỐ_TIN")
@click.option(
    "--slot",
    "slots",
    multiple=True,
    required=True,
    metavar="TÊN_BUỔI",
    help="Buổi phát (có thể lặp lại để đặt nhiều buổi).",
)
@date_option("--from", "date_from", help="Từ ngày (mặc định hôm nay).")
@date_option("--to", "date_to", help="Đến hết ngày (mặc định bằng --from).")
@click.option(
    "--per-day",
    type=int,
    default=1,
    show_default=True,
    metavar="N",
    help="Số lần phát tin này trong buổi mỗi ngày.",
)
@weekdays_option(
    "--days",
    default="t2-cn",
    show_default=True,
    help="Chỉ những ngày trong tuần này, ví dụ t2,t4,t6.",
)
@click.option(
    "--zone",
    "zones",
    multiple=True,
    metavar="VÙNG",
    help="Chỉ phát ở vùng này (lặp lại cho nhiều vùng; mặc định toàn xã).",
)
@pass_state
def book_add_cmd(
    state: CliState,
    segment_id: int,
    slots: tuple[str, ...],
    date_from: date | None,
    date_to: date | None,
    per_day: int,
    days: str,
    zones: tuple[str, ...],
) -> None:
    """Đặt một tin bài vào buổi phát trong một khoảng ngày."""
    app = state.app()
    start = date_from or app.today()
    bookings = book_segment(
        app, BookingRequest(segment_id, slots, start, date_to or start, per_day, days, zones)
    )
    for b in bookings:
        click.echo(
            f"Đã đặt lịch số {b.id}: tin {b.segment_id} «{b.segment.title}» vào buổi "
            f"«{b.slot.name}» từ {format_date(b.date_from)} đến {format_date(b.date_to)}."
        )
    today = app.today()
    if any(b.date_from <= today <= b.date_to for b in bookings):
        by_id = {b.id: b for b in bookings}
        for slot in plan_day(app, today).slots:
            for placed in slot.entries:
                booking = by_id.get(placed.entry.booking_id)
                if booking is None or BOOKED_AFTER_THE_SLOT not in placed.entry.warnings:
                    continue
                never = booking.date_to <= today
                click.echo(
                    f"Lưu ý: buổi «{slot.name}» hôm nay đã kết thúc nên lượt đặt số {booking.id} "
                    + (
                        "sẽ không được phát lần nào (chỉ đặt đến hôm nay)."
                        if never
                        else "không phát hôm nay; tin phát từ ngày mai."
                    )
                )


@book_group.command("list")
@date_option("--date", "on", help="Chỉ lịch có hiệu lực vào ngày này.")
@click.option("--all", "include_cancelled", is_flag=True, help="Kể cả lịch đã hủy.")
@pass_state
def book_list_cmd(state: CliState, on: date | None, include_cancelled: bool) -> None:
    """Danh sách lượt đặt lịch."""
    app = state.app()
    bookings = list_bookings(app, on, include_cancelled)
    if not bookings:
        click.echo("Chưa có lượt đặt lịch nào.")
        return
    where = booking_zone_names(app)  # a commune: which zones each booking airs in
    rows = [
        (
            b.id,
            b.segment_id,
            b.segment.title[:40],
            b.slot.name + (f" [{where[b.id]}]" if b.id in where else ""),
            format_date(b.date_from),
            format_date(b.date_to),
            b.per_day,
            format_weekdays(b.weekdays),
            "đã hủy" if b.cancelled_at else "",
        )
        for b in bookings
    ]
    click.echo(table(("Số", "Tin", "Tên", "Buổi", "Từ", "Đến", "Lần/ngày", "Ngày", ""), rows))


@book_group.command("cancel")
@click.argument("booking_id", type=ID, metavar="SỐ_LỊCH")
@pass_state
def book_cancel_cmd(state: CliState, booking_id: int) -> None:
    """Hủy một lượt đặt lịch."""
    booking = cancel_booking(state.app(), booking_id)
    click.echo(f"Đã hủy lượt đặt lịch số {booking.id} (tin «{booking.segment.title}»).")


def _relay_span(at: datetime, seconds: float, fill: bool) -> str:
    end = at + timedelta(seconds=seconds)
    rest = ", đến hết buổi" if fill else ""
    return f" TIẾP ÂM {at:%H:%M:%S}–{end:%H:%M:%S}{rest}"


@click.command("plan")
@date_option("--date", "day", help="Ngày cần xem (mặc định hôm nay).")
@click.option("--zone", "zones", multiple=True, metavar="VÙNG", help="Chỉ vùng phát này.")
@pass_state
def plan_cmd(state: CliState, day: date | None, zones: tuple[str, ...]) -> None:
    """Chương trình phát của một ngày: từng buổi, thứ tự tin, thời lượng và cảnh báo."""
    app = state.app()
    day = day or app.today()
    click.echo(f"Chương trình phát {WEEKDAY_NAMES[day.weekday()]}, ngày {format_date(day)}")
    emergencies = emergency_airings_on(app, day)
    if emergencies:
        click.echo("")
        click.echo("Tin khẩn cấp (phát ngay, ngắt tin đang phát):")
        for moment, segment in emergencies:
            click.echo(f"  {app.local(moment):%H:%M}  «{segment.title}» — khẩn cấp")
    plans = plan_zones(app, day, station_zones(app, zones))
    slots = [slot for _scope, plan in plans for slot in plan.slots]
    if not slots:
        click.echo("Không có buổi phát nào trong ngày này.")
        return
    warnings = 0
    fallbacks: set[str] = set()  # explained once below, not under every item
    for slot in slots:
        click.echo("")
        click.echo(
            (f"[Vùng {slot.zone}] " if slot.zone else "")
            + f"{slot.name} {slot.start:%H:%M}–{slot.end:%H:%M}: "
            f"{format_duration(slot.used)} / {format_duration(slot.capacity)} "
            f"({round(100 * slot.used / slot.capacity)}%)"
        )
        if not slot.entries:
            click.echo("  (chưa có tin nào)")
        for n, p in enumerate(slot.entries, start=1):
            e = p.entry
            mark = "~" if e.estimated else ""
            at = slot.start + timedelta(seconds=p.offset)
            clock = f"{at:%H:%M:%S}" if p.fits else "--:--:--"
            flags = list(e.warnings)
            if e.airable and not p.fits:
                flags.append("không kịp phát trong buổi")
            line = (
                f"  {n:>2}. {clock}  [{e.category}] {e.title[:50]} "
                f"({mark}{format_duration(p.length)})"
                + f" — {level_label(e.level)}"
                + (_relay_span(at, p.length, e.fill) if e.kind == "relay" and p.fits else "")
                + (f" lần {e.repeat}" if e.per_day > 1 else "")
                + (" ↻" if e.fallback else "")
            )
            click.echo(line)
            if e.fallback:
                fallbacks.add(e.fallback)
            for flag in flags:
                warnings += 1
                click.echo(f"      ⚠ {flag}")
        for w in slot.warnings:
            warnings += 1
            click.echo(f"  ⚠ {w}")
    click.echo("")
    if any(p.entry.estimated for slot in slots for p in slot.entries):
        click.echo(
            "(~ là thời lượng ước tính từ kịch bản; chạy «broadcaster render» để có số thật.)"
        )
    for engine in sorted(fallbacks):
        click.echo(f"(↻ {fallback_message(engine)}.)")
    if warnings:
        click.echo(f"Có {warnings} cảnh báo.")
