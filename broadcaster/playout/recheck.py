"""The last word before an item of a prepared slot airs: is it still owed to this slot?

A slot's programme is prepared ahead (seconds before by a daemon's job, days before in a
site's copy). What changes in between — an edit that sends the segment back for
approval, a retired segment, a cancelled or moved booking, a zone taken off the booking,
a validity that ended — must stop the item, not only future plans. ``read_booked`` reads
what the database says now; ``still_airs`` (pure) decides, with the reason the log keeps.
When the database cannot be read, the prepared programme is the truth and the item airs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from broadcaster.catalogue.dates import format_date
from broadcaster.catalogue.planning import Entry, booking_runs_on, slot_runs_on
from broadcaster.commune.targeting import booking_in_zone
from broadcaster.models import Booking, BookingZone, Segment, Slot, SlotZone, is_airable_status
from broadcaster.playout.programme import Occurrence
from broadcaster.station import App


@dataclass(frozen=True)
class Booked:
    """The database's rows for one prepared item, read just before it airs."""

    segment: Segment | None
    booking: Booking | None
    slot: Slot | None
    booking_zones: frozenset[int] = frozenset()
    slot_zones: frozenset[int] = frozenset()


def still_airs(
    entry: Entry,
    occ: Occurrence,
    zone_id: int | None,
    now: Booked,
    at: datetime,
    require_approval: bool,
    tz: ZoneInfo,
) -> str:
    """ "" when ``entry`` may still air in ``occ`` at ``at``; else why not (Vietnamese)."""
    segment, booking, slot = now.segment, now.booking, now.slot
    if not entry.booking_id:
        return ""  # not a booking (a «play now»): nothing to re-check here
    late = "sau khi buổi đã được chuẩn bị"
    if segment is None or booking is None:
        return f"Không phát: tin hoặc lịch phát đã bị xóa {late}."
    if segment.status == "retired":
        return f"Không phát: tin đã bị ngừng phát {late}."
    if not is_airable_status(segment, require_approval):
        return f"Không phát: tin không còn được duyệt (đã sửa {late}, đang chờ lãnh đạo duyệt lại)."
    if booking.cancelled_at is not None:
        return f"Không phát: lịch phát của tin đã bị hủy {late}."
    day = occ.day
    if not entry.carried:  # a carried entry airs in the slot it was carried to
        moved = (
            booking.slot_id != occ.slot_id
            or not booking_runs_on(booking, day)
            or slot is None
            or slot.removed_at is not None
            or not slot_runs_on(slot, day)
            or datetime.combine(day, slot.start_time, tz) != occ.start
        )
        if moved:
            return f"Không phát: lịch phát hoặc buổi phát đã được đổi {late}."
        if not booking_in_zone(now.booking_zones, now.slot_zones, zone_id):
            return f"Không phát: lịch phát không còn gồm vùng này ({late})."
    if segment.valid_from is not None and day < segment.valid_from:
        return f"Không phát: tin chỉ được phát từ {format_date(segment.valid_from)}."
    if segment.valid_to is not None and day > segment.valid_to:
        return f"Không phát: tin đã hết hạn từ {format_date(segment.valid_to)}."
    until = segment.valid_until
    if until is not None and at >= until:
        local = until.astimezone(tz)
        return (
            f"Không phát: tin đã hết hạn lúc {local:%H:%M} {format_date(local.date())}, "
            "trước khi đến lượt phát."
        )
    return ""


def read_booked(app: App, entry: Entry) -> Booked:
    """What the database holds now for the entry's segment, booking and slot (detached)."""
    with app.db.transaction() as session:
        segment = session.get(Segment, entry.segment_id)
        booking = session.get(Booking, entry.booking_id) if entry.booking_id else None
        slot = session.get(Slot, booking.slot_id) if booking is not None else None
        booking_zones = frozenset(
            session.scalars(
                select(BookingZone.zone_id).where(BookingZone.booking_id == entry.booking_id)
            )
        )
        slot_zones = (
            frozenset(session.scalars(select(SlotZone.zone_id).where(SlotZone.slot_id == slot.id)))
            if slot is not None
            else frozenset[int]()
        )
        for row in (segment, booking, slot):
            if row is not None:
                session.expunge(row)
        return Booked(segment, booking, slot, booking_zones, slot_zones)
