"""Bookings: queue a segment into slots over a date range; list and cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from broadcaster.audit import record_change
from broadcaster.catalogue.dates import format_date, format_weekdays
from broadcaster.catalogue.levels import level_label, quiet_reason, refuse_in_quiet, station_quiet
from broadcaster.catalogue.limits import check_span
from broadcaster.catalogue.slots import find_slots, slot_zones
from broadcaster.commune.registry import find_zones
from broadcaster.commune.targeting import booked_zones, zones_meet
from broadcaster.errors import ConflictError, InputError, NotFoundError
from broadcaster.models import Booking, BookingZone, Segment, Slot, Zone
from broadcaster.station import App

MAX_PER_DAY = 10


@dataclass(frozen=True)
class BookingRequest:
    segment_id: int
    slot_names: tuple[str, ...]
    date_from: date
    date_to: date
    per_day: int = 1
    weekdays: str = "1111111"
    zones: tuple[str, ...] = ()  # none: «toàn xã», every zone that has the slot


def _check_dates(request: BookingRequest, segment: Segment, slot: Slot) -> None:
    if request.date_to < request.date_from:
        raise InputError(
            f"Ngày kết thúc {format_date(request.date_to)} ở trước ngày bắt đầu "
            f"{format_date(request.date_from)}. Hãy đổi lại hai ngày cho đúng thứ tự."
        )
    if segment.valid_from and request.date_from < segment.valid_from:
        raise InputError(
            f"Tin bài số {segment.id} chỉ được phát từ {format_date(segment.valid_from)}, "
            f"không đặt từ {format_date(request.date_from)} được. Hãy đặt từ ngày đó trở "
            "đi, hoặc sửa ngày bắt đầu của tin."
        )
    if segment.valid_to and request.date_to > segment.valid_to:
        raise InputError(
            f"Tin bài số {segment.id} hết hạn ngày {format_date(segment.valid_to)}, không đặt "
            f"đến {format_date(request.date_to)} được. Hãy đặt đến ngày đó thôi, hoặc gia "
            "hạn tin (sửa ngày hết hạn của tin)."
        )
    if (slot.valid_from and request.date_from < slot.valid_from) or (
        slot.valid_to and request.date_to > slot.valid_to
    ):
        span = (
            f"{format_date(slot.valid_from) if slot.valid_from else '…'} – "
            f"{format_date(slot.valid_to) if slot.valid_to else '…'}"
        )
        raise InputError(f"Buổi «{slot.name}» chỉ có từ {span}. Hãy đặt lịch trong khoảng ngày đó.")
    shared = any(a == "1" == b for a, b in zip(request.weekdays, slot.weekdays, strict=True))
    if not shared:
        raise InputError(
            f"Buổi «{slot.name}» chỉ phát vào {format_weekdays(slot.weekdays)}, không trùng với "
            f"ngày đã chọn ({format_weekdays(request.weekdays)})."
        )


def book_segment(app: App, request: BookingRequest) -> list[Booking]:
    with app.db.transaction() as session:
        segment = session.get(Segment, request.segment_id)
        if segment is None:
            raise NotFoundError(
                f"Không có tin bài số {request.segment_id}. Hãy xem lại số "
                "tin trong danh sách tin bài."
            )
        return book_in(session, app, segment, request)


def book_in(session: Session, app: App, segment: Segment, request: BookingRequest) -> list[Booking]:
    """Book ``segment`` inside the caller's transaction (an import books with its segment)."""
    if not 1 <= request.per_day <= MAX_PER_DAY:
        raise InputError(f"Số lần phát mỗi ngày phải từ 1 đến {MAX_PER_DAY}.")
    if not request.slot_names:
        raise InputError('Hãy chọn buổi phát bằng --slot "Tên buổi".')
    if request.date_to >= request.date_from:
        check_span(request.date_from, request.date_to, app.settings)
    if segment.status == "retired":
        raise ConflictError(f"Tin bài số {segment.id} đã ngừng phát, không đặt lịch được.")
    created: list[Booking] = []
    chosen = frozenset(z.id for z in find_zones(session, list(request.zones)))
    by_slot = slot_zones(session)
    targets = [
        (slot, booked_zones(chosen, by_slot.get(slot.id, frozenset())))
        for name in request.slot_names
        for slot in find_slots(session, name, chosen)
    ]
    for slot, zones in targets:
        _check_dates(request, segment, slot)
        quiet = station_quiet(app.settings)
        if quiet is not None and refuse_in_quiet(
            segment.level, slot.start_time, slot.end_time, quiet
        ):
            what = (
                f"Tin bài «{segment.title}» (mức {level_label(segment.level)}) đặt vào buổi "
                f"«{slot.name}» {slot.start_time:%H:%M}–{slot.end_time:%H:%M}"
            )
            raise InputError(quiet_reason(what, quiet))
        duplicate = session.scalar(
            select(Booking).where(
                Booking.segment_id == segment.id,
                Booking.slot_id == slot.id,
                Booking.cancelled_at.is_(None),
                Booking.date_from <= request.date_to,
                Booking.date_to >= request.date_from,
            )
        )
        if duplicate is not None and zones_meet(zones, _zones_of(session, duplicate.id)):
            raise ConflictError(
                f"Tin bài số {segment.id} đã được đặt vào buổi «{slot.name}» từ "
                f"{format_date(duplicate.date_from)} đến {format_date(duplicate.date_to)} "
                f"(lượt đặt số {duplicate.id}). Hãy hủy lượt đó trước nếu muốn đặt lại."
            )
        booking = Booking(
            segment_id=segment.id,
            slot_id=slot.id,
            date_from=request.date_from,
            date_to=request.date_to,
            per_day=request.per_day,
            weekdays=request.weekdays,
            created_at=app.now(),
        )
        session.add(booking)
        session.flush()
        for zone_id in sorted(zones):
            session.add(BookingZone(booking_id=booking.id, zone_id=zone_id))
        record_change(
            session,
            app,
            "booking",
            booking.id,
            "created",
            f"tin {segment.id} vào buổi «{slot.name}» {format_date(request.date_from)} – "
            f"{format_date(request.date_to)}",
        )
        _ = booking.slot.name, booking.segment.title
        created.append(booking)
    return created


def _zones_of(session: Session, booking_id: int) -> frozenset[int]:
    return frozenset(
        session.scalars(select(BookingZone.zone_id).where(BookingZone.booking_id == booking_id))
    )


def booking_zones(session: Session) -> dict[int, frozenset[int]]:
    """Each booking's chosen zones (a booking missing from the map is «toàn xã»)."""
    found: dict[int, set[int]] = {}
    for booking_id, zone_id in session.execute(select(BookingZone.booking_id, BookingZone.zone_id)):
        found.setdefault(booking_id, set()).add(zone_id)
    return {k: frozenset(v) for k, v in found.items()}


def booking_zone_names(app: App) -> dict[int, str]:
    """«Zone, zone» of each booking made for chosen zones (the others air everywhere)."""
    with app.db.transaction() as session:
        names = {zone_id: name for zone_id, name in session.execute(select(Zone.id, Zone.name))}
        return {
            booking_id: ", ".join(sorted(names[z] for z in zones))
            for booking_id, zones in booking_zones(session).items()
        }


def _booking_query() -> Select[Booking]:
    return select(Booking).options(joinedload(Booking.segment), joinedload(Booking.slot))


def list_bookings(
    app: App, on: date | None = None, include_cancelled: bool = False
) -> list[Booking]:
    with app.db.transaction() as session:
        query = _booking_query().order_by(Booking.id)
        if not include_cancelled:
            query = query.where(Booking.cancelled_at.is_(None))
        if on is not None:
            query = query.where(Booking.date_from <= on, Booking.date_to >= on)
        return list(session.scalars(query))


def cancel_booking(app: App, booking_id: int) -> Booking:
    with app.db.transaction() as session:
        booking = session.scalar(_booking_query().where(Booking.id == booking_id))
        if booking is None:
            raise NotFoundError(
                f"Không có lượt đặt lịch số {booking_id}. Hãy xem lại danh sách lượt đặt lịch."
            )
        if booking.cancelled_at is not None:
            raise ConflictError(f"Lượt đặt lịch số {booking_id} đã hủy từ trước.")
        booking.cancelled_at = app.now()
        record_change(
            session,
            app,
            "booking",
            booking.id,
            "cancelled",
            f"tin {booking.segment_id} buổi «{booking.slot.name}»",
        )
        return booking
