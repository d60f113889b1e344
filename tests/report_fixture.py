"""A hand-built airing log for report tests: every number in it is known in advance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from conftest import TZ

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.models import Airing
from broadcaster.station import App


@dataclass(frozen=True)
class Built:
    cchc: int
    health: int
    relay: int
    booked_never: int


def at(day: int, hh: int, mm: int, ss: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hh, mm, ss, tzinfo=TZ)


def build_log(app: App) -> Built:
    """November 2026: 3 days, 2 slots, 3 segments, one of each problem; October: 2 airings."""
    morning = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 30))).id
    evening = add_slot(app, SlotSpec("Buổi chiều", time(17), time(17, 45))).id
    ids = []
    for title, cat in (
        ("Dịch vụ công trực tuyến", "cchc"),
        ("Phòng sốt xuất huyết", "y-te"),
        ("Tiếp sóng thời sự", "tiep-song"),
        ("Chưa bao giờ phát", "thong-bao"),
    ):
        ids.append(
            add_segment(
                app, SegmentInput(title=title, category=cat, script=script_from_text(title))
            ).id
        )
    cchc, health, relay, never = ids
    with app.db.transaction() as session:
        from broadcaster.models import Segment

        relay_segment = session.get(Segment, relay)
        assert relay_segment is not None
        relay_segment.kind = "relay"
    book_segment(
        app, BookingRequest(never, ("Buổi sáng",), at(1, 0, 0).date(), at(30, 0, 0).date())
    )

    def row(
        seg: int,
        slot: int,
        sched: datetime,
        start: datetime | None,
        seconds: float,
        outcome: str,
        error: str = "",
    ) -> Airing:
        end = start + timedelta(seconds=seconds) if start else None
        return Airing(
            segment_id=seg,
            slot_id=slot,
            scheduled_start=sched,
            actual_start=start,
            actual_end=end,
            duration=seconds + 99,
            outcome=outcome,
            error=error,
            created_at=sched,
        )

    rows = [
        # 2 Nov: morning cchc 120 s + health 90 s; evening relay 600 s
        row(cchc, morning, at(2, 6, 0), at(2, 6, 0), 120, "aired"),
        row(health, morning, at(2, 6, 0), at(2, 6, 2, 2), 90, "aired"),
        row(relay, evening, at(2, 17, 0), at(2, 17, 0), 600, "aired"),
        # 3 Nov: morning cchc preempted after 30 s; health failed (never started)
        row(cchc, morning, at(3, 6, 0), at(3, 6, 0), 30, "preempted"),
        row(health, morning, at(3, 6, 0), None, 0, "failed", "Tệp âm thanh bị hỏng"),
        # 4 Nov: evening missed (PC off); morning health interrupted after 45 s
        row(relay, evening, at(4, 17, 0), None, 0, "missed", "Máy tính không chạy"),
        row(health, morning, at(4, 6, 0), at(4, 6, 0, 30), 45, "interrupted", "Mất điện"),
        # October: two airings, 100 s in all
        row(cchc, morning, at(10, 6, 0, month=10), at(10, 6, 0, month=10), 60, "aired"),
        row(health, morning, at(11, 6, 0, month=10), at(11, 6, 0, month=10), 40, "aired"),
    ]
    with app.db.transaction() as session:
        session.add_all(rows)
    return Built(cchc, health, relay, never)
