"""The example station's welcome: a short notice in a demo slot a couple of minutes ahead
(or right after a slot on air), so a newcomer who just ran ``make run`` hears the station
work within minutes, and is told how many."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.example import EXAMPLE_APPROVER
from broadcaster.catalogue.levels import station_quiet
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.catalogue.slots import (
    SlotSpec,
    add_slot,
    find_overlap,
    list_slots,
    remove_slot,
    spec_of,
)
from broadcaster.errors import ConflictError, InputError
from broadcaster.models import Segment
from broadcaster.station import App

DEMO_SLOT = "Phát thử chào mừng"
WELCOME_TITLE = "Lời chào phát thử"
WELCOME_TEXT = (
    "Xin chào! Đây là buổi phát thử của phần mềm đài truyền thanh xã. Nếu bạn nghe được "
    "lời này qua nút Nghe đài trên bảng điều khiển, hoặc qua loa của máy, thì đài đã chạy "
    "đúng. Từ nay các buổi phát trong lịch sẽ tự động lên loa đúng giờ."
)
DEMO_MINUTES = 3


@dataclass(frozen=True)
class Welcome:
    start: datetime  # station time
    segment_id: int
    minutes_ahead: int  # whole minutes from booking to air, as the newcomer is told


def is_example_station(app: App) -> bool:
    with app.db.transaction() as session:
        found = session.scalar(
            select(Segment.id).where(Segment.approved_by == EXAMPLE_APPROVER).limit(1)
        )
        return found is not None


def demo_spec(after: datetime, others: list[SlotSpec]) -> SlotSpec:
    """The first free few minutes from the whole minute after ``after`` (pure)."""
    start = (after + timedelta(minutes=1)).replace(second=0, microsecond=0)
    for _ in range(24):
        end = start + timedelta(minutes=DEMO_MINUTES)
        spec = SlotSpec(
            DEMO_SLOT, start.time(), end.time(), valid_from=start.date(), valid_to=start.date()
        )
        clash = find_overlap(spec, others)
        if clash is None and end.date() == start.date():
            return spec
        start = datetime.combine(start.date(), clash.end, start.tzinfo) if clash else start
        if end.date() != start.date() or start.time() <= after.time():
            break
    raise InputError(
        "Không tìm được mấy phút trống trong hôm nay để phát thử. Hãy bấm «Nghe đài» khi "
        "buổi phát tới bắt đầu."
    )


def book_welcome(app: App, lead: timedelta = timedelta(minutes=2)) -> Welcome:
    """Book the welcome into a demo slot ``lead`` from now (example station only)."""
    if not is_example_station(app):
        raise InputError(
            "Buổi phát thử chào mừng chỉ dành cho đài mẫu («make run»); đài thật không bị "
            "thêm buổi nào."
        )
    if any(s.name == DEMO_SLOT for s in list_slots(app)):
        remove_slot(app, DEMO_SLOT, force=True)  # the one from an earlier «make run»
    others = [spec_of(s) for s in list_slots(app)]
    spec = demo_spec(app.local_now() + lead - timedelta(minutes=1), others)
    quiet = station_quiet(app.settings)
    if quiet is not None and quiet.overlaps(spec.start, spec.end):
        raise ConflictError(
            f"Bây giờ là giờ yên tĩnh ({app.settings.quiet_hours}) nên đài mẫu không đặt buổi "
            "phát thử. Vẫn nghe thử được: đăng nhập bảng điều khiển, bấm «Nghe đài», rồi vào "
            "«Phát ngay» gõ một câu thông báo và bấm «Phát ngay»."
        )
    add_slot(app, spec)
    with app.db.transaction() as session:
        known = session.scalar(
            select(Segment.id).where(Segment.title == WELCOME_TITLE, Segment.status == "approved")
        )
    if known is None:
        segment = add_segment(
            app,
            SegmentInput(
                title=WELCOME_TITLE, category="thong-bao", script=script_from_text(WELCOME_TEXT)
            ),
        )
        approve_segment(app, segment.id, EXAMPLE_APPROVER)
        known = segment.id
    day = spec.valid_from
    assert day is not None
    book_segment(app, BookingRequest(known, (DEMO_SLOT,), day, day))
    start = datetime.combine(day, spec.start, app.settings.tz)
    ahead = math.ceil((start - app.local_now()).total_seconds() / 60)
    return Welcome(start, known, max(1, ahead))
