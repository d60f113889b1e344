"""Pure playout decisions, on hand-made slots and times."""

from datetime import date, datetime, time, timedelta

from conftest import TZ

from broadcaster.catalogue.planning import Entry
from broadcaster.models import Slot
from broadcaster.playout.programme import (
    Occurrence,
    carry_target,
    fit_from,
    judge_start,
    occurrences,
)

GRACE = timedelta(minutes=10)


def slot(sid: int, start: time, end: time, weekdays: str = "1111111", **kw: object) -> Slot:
    return Slot(id=sid, name=f"S{sid}", start_time=start, end_time=end, weekdays=weekdays, **kw)


def occ(start: datetime, minutes: int = 30) -> Occurrence:
    return Occurrence(1, "Buổi sáng", start, start + timedelta(minutes=minutes))


def entry(n: int, duration: float) -> Entry:
    return Entry(
        booking_id=n,
        segment_id=n,
        title="t",
        category="khac",
        level="thong-thuong",
        kind="script",
        duration=duration,
        estimated=False,
        airable=True,
    )


MON = datetime(2026, 11, 23, 0, 0, tzinfo=TZ)


def test_occurrences_follow_weekdays_and_date_ranges() -> None:
    slots = [
        slot(1, time(6), time(6, 30)),
        slot(2, time(17), time(17, 45), weekdays="1111100"),
        slot(3, time(11), time(11, 15), valid_to=date(2026, 11, 24)),
    ]
    found = occurrences(slots, MON, MON + timedelta(days=7), TZ)
    by_slot = {sid: [o.start.day for o in found if o.slot_id == sid] for sid in (1, 2, 3)}
    assert by_slot[1] == [23, 24, 25, 26, 27, 28, 29]
    assert by_slot[2] == [23, 24, 25, 26, 27]  # not Saturday 28 or Sunday 29
    assert by_slot[3] == [23, 24]
    assert [o.start for o in found] == sorted(o.start for o in found)


def test_occurrences_window_is_half_open() -> None:
    found = occurrences(
        [slot(1, time(6), time(6, 30))],
        MON + timedelta(hours=6),
        MON + timedelta(days=1, hours=6),
        TZ,
    )
    assert [o.start.day for o in found] == [23]


def test_on_time_airs_at_the_slot_start() -> None:
    o = occ(MON + timedelta(hours=6))
    assert judge_start(o, o.start - timedelta(seconds=5), GRACE).start_at == o.start


def test_late_within_grace_airs_now() -> None:
    o = occ(MON + timedelta(hours=6))
    now = o.start + timedelta(minutes=9)
    decision = judge_start(o, now, GRACE)
    assert decision.action == "air" and decision.start_at == now


def test_older_than_grace_is_missed_with_reason() -> None:
    o = occ(MON + timedelta(hours=6))
    decision = judge_start(o, o.start + timedelta(minutes=11), GRACE)
    assert decision.action == "missed"
    assert decision.reason.startswith("Không phát được buổi «Buổi sáng» lúc 06:00 23/11/2026")
    assert "muộn 11 phút" in decision.reason


def test_after_slot_end_is_missed_even_within_grace() -> None:
    o = occ(MON + timedelta(hours=6), minutes=5)
    assert judge_start(o, o.start + timedelta(minutes=6), GRACE).action == "missed"


def test_fit_from_a_late_start_leaves_out_what_cannot_finish() -> None:
    o = occ(MON + timedelta(hours=6), minutes=2)
    placed, left = fit_from(
        [entry(1, 60), entry(2, 50)], o.start + timedelta(seconds=30), o.end, 2.0
    )
    assert [p.entry.booking_id for p in placed] == [1]
    assert [e.booking_id for e in left] == [2]


def test_carry_target_is_the_next_occurrence_within_the_booking() -> None:
    today = occ(MON + timedelta(hours=6))
    later = [occ(MON + timedelta(hours=17)), occ(MON + timedelta(days=1, hours=6))]
    assert carry_target(today, later, date(2026, 11, 30)) == later[0]
    assert carry_target(later[0], later, date(2026, 11, 23)) is None
    assert carry_target(today, [], None) is None
