"""The three levels, quiet hours and khẩn cấp repeats as pure rules, on given moments."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from conftest import TZ

from broadcaster.catalogue.levels import (
    QuietHours,
    check_repeat,
    judge_repeats,
    parse_level,
    parse_minutes,
    parse_quiet_hours,
    refuse_in_quiet,
    repeat_times,
)
from broadcaster.clock import FakeClock
from broadcaster.errors import InputError
from broadcaster.settings import Settings


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("khan-cap", "khan-cap"),
        ("Khẩn cấp", "khan-cap"),
        ("ưu tiên", "uu-tien"),
        ("thông thường", "thong-thuong"),
        ("urgent", "uu-tien"),
        ("normal", "thong-thuong"),
    ],
)
def test_level_is_read_from_code_vietnamese_label_or_old_name(text: str, code: str) -> None:
    assert parse_level(text) == code


def test_unknown_level_is_refused_in_vietnamese() -> None:
    with pytest.raises(InputError, match="Mức tin «cao» không hợp lệ"):
        parse_level("cao")


def test_quiet_hours_cross_midnight() -> None:
    quiet = parse_quiet_hours("21:30-05:00")
    assert quiet == QuietHours(time(21, 30), time(5, 0))
    assert quiet.contains(time(3, 15)) and quiet.contains(time(21, 30))
    assert not quiet.contains(time(5, 0)) and not quiet.contains(time(12, 0))
    assert quiet.overlaps(time(21, 0), time(21, 45))
    assert quiet.overlaps(time(4, 30), time(5, 30))
    assert not quiet.overlaps(time(5, 0), time(5, 30))  # the morning slot right after
    assert not quiet.overlaps(time(17, 0), time(21, 30))


def test_empty_quiet_hours_is_a_deliberate_none_and_bad_text_is_refused() -> None:
    assert parse_quiet_hours("") is None
    with pytest.raises(InputError, match="Giờ yên tĩnh «tối» không hợp lệ"):
        parse_quiet_hours("tối")


def test_only_khan_cap_may_sound_in_quiet_hours() -> None:
    quiet = parse_quiet_hours("21:30-05:00")
    assert refuse_in_quiet("thong-thuong", time(3), time(3, 30), quiet)
    assert refuse_in_quiet("uu-tien", time(22), time(22, 15), quiet)
    assert not refuse_in_quiet("khan-cap", time(3), time(3, 30), quiet)
    assert not refuse_in_quiet("thong-thuong", time(6), time(6, 30), quiet)
    assert not refuse_in_quiet("thong-thuong", time(3), time(3, 30), None)


@pytest.mark.parametrize(
    ("text", "minutes"), [("30", 30), ("30m", 30), ("3h", 180), ("1h30", 90), ("2 giờ", 120)]
)
def test_repeat_durations(text: str, minutes: int) -> None:
    assert parse_minutes(text, "Nhắc lại") == minutes


def test_bad_repeat_duration_is_refused() -> None:
    with pytest.raises(InputError, match="không hợp lệ"):
        parse_minutes("mãi mãi", "Nhắc lại trong")


def test_only_khan_cap_repeats_and_a_repeat_must_end() -> None:
    settings = Settings()
    with pytest.raises(InputError, match="Chỉ tin khẩn cấp"):
        check_repeat("uu-tien", 30, 180, False, settings)
    with pytest.raises(InputError, match="cần có lúc dừng"):
        check_repeat("khan-cap", 30, None, False, settings)


def test_a_repeat_that_ends_with_the_validity_gets_the_longest_span_the_limits_allow() -> None:
    settings = Settings(emergency_repeat_max_hours=72, emergency_repeat_max_airings=48)
    assert check_repeat("khan-cap", 30, None, True, settings) == (30, 47 * 30)
    assert check_repeat("khan-cap", 120, None, True, settings) == (120, 72 * 60)


def test_repeats_beyond_the_station_limits_are_refused_in_vietnamese() -> None:
    settings = Settings(
        emergency_repeat_min_minutes=15,
        emergency_repeat_max_hours=72,
        emergency_repeat_max_airings=48,
    )
    with pytest.raises(InputError, match="quá dày") as dense:
        check_repeat("khan-cap", 1, 168 * 60, True, settings)
    assert "--" not in str(dense.value)
    with pytest.raises(InputError, match="quá lâu"):
        check_repeat("khan-cap", 60, 168 * 60, False, settings)
    with pytest.raises(InputError, match="quá giới hạn 48 lần"):
        check_repeat("khan-cap", 15, 24 * 60, False, settings)
    assert check_repeat("khan-cap", 60, 180, False, settings) == (60, 180)


def test_every_30_minutes_for_3_hours_is_seven_airings() -> None:
    clock = FakeClock(datetime(2026, 11, 23, 14, 0, tzinfo=TZ))
    start = clock.now()
    times = repeat_times(start, 30, 180, None)
    assert [int((t - start).total_seconds() // 60) for t in times] == [0, 30, 60, 90, 120, 150, 180]


def test_repeats_stop_when_validity_ends() -> None:
    clock = FakeClock(datetime(2026, 11, 23, 14, 0, tzinfo=TZ))
    start = clock.now()
    times = repeat_times(start, 30, 180, start + timedelta(minutes=75))
    assert [int((t - start).total_seconds() // 60) for t in times] == [0, 30, 60]
    assert repeat_times(start, 30, 180, start) == []
    assert repeat_times(start, None, None, None) == [start]


def test_due_repeat_on_an_advancing_clock() -> None:
    clock = FakeClock(datetime(2026, 11, 23, 14, 0, tzinfo=TZ))
    times = repeat_times(clock.now(), 30, 90, None)
    grace = timedelta(minutes=10)
    done: set[datetime] = set()
    aired = []
    for _ in range(24):  # every 5 minutes for two hours
        decision = judge_repeats(times, done, clock.now(), grace)
        assert decision.missed == []
        if decision.due is not None:
            done.add(decision.due)
            aired.append(decision.due)
        clock.advance(300)
    assert aired == times


def test_repeats_missed_while_off_are_not_aired_in_a_burst() -> None:
    clock = FakeClock(datetime(2026, 11, 23, 14, 0, tzinfo=TZ))
    times = repeat_times(clock.now(), 30, 180, None)
    clock.advance(65 * 60)  # the station was off from 14:00 to 15:05
    decision = judge_repeats(times, set(), clock.now(), timedelta(minutes=10))
    assert decision.due == times[2]  # 15:00, within the grace time
    assert decision.missed == times[:2]
