"""The dashboard's warnings, decided by a pure function."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from broadcaster.catalogue.planning import DayPlan, Entry, PlannedEntry, SlotPlan
from broadcaster.playout.overview import collect_warnings

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def _plan() -> DayPlan:
    entry = Entry(
        1,
        7,
        "Lịch tiêm phòng",
        "y-te",
        "thong-thuong",
        "script",
        60,
        True,
        False,
        ("chưa được duyệt, sẽ không phát",),
    )
    slot = SlotPlan(
        1,
        "Buổi sáng",
        datetime(2026, 11, 25, 6, 0, tzinfo=TZ),
        datetime(2026, 11, 25, 6, 30, tzinfo=TZ),
        [PlannedEntry(entry, 0, False)],
        ["Quá tải: cần 30 giây nhiều hơn thời lượng buổi; 1 tin không kịp phát trong buổi này."],
    )
    return DayPlan(date(2026, 11, 25), [slot])


def test_warnings_name_the_slot_the_day_and_the_segment() -> None:
    found = collect_warnings([_plan()], ["Thông báo họp"], 50_000_000_000, 100_000_000_000)
    assert found == [
        "Buổi sáng 25/11: Quá tải: cần 30 giây nhiều hơn thời lượng buổi; 1 tin không kịp phát "
        "trong buổi này.",
        "Buổi sáng 25/11: «Lịch tiêm phòng» chưa được duyệt, sẽ không phát",
        "«Thông báo họp» chưa có âm thanh (bấm «Tạo âm thanh» ở trang tin bài).",
    ]


def test_an_almost_full_disk_is_a_warning() -> None:
    assert collect_warnings([], [], 1_000_000_000, 500_000_000_000) == [
        "Đĩa sắp đầy: chỉ còn 1.0 GB trống. Hãy xoá bớt tệp cũ."
    ]
    assert collect_warnings([], [], None, None) == []


def test_a_full_disk_and_a_waiting_journal_are_said_in_vietnamese() -> None:
    from broadcaster.playout.journal import JournalState, journal_warnings

    said = journal_warnings(JournalState(waiting=True, disk_full=True, free_bytes=200_000))
    assert said[0].startswith("Đĩa đầy (còn 0,2 MB trống")
    assert "airlog.journal" in said[1]
    assert journal_warnings(JournalState(False, False, 10**9)) == []
