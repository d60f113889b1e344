from datetime import date, time

import pytest

from broadcaster.catalogue.dates import (
    format_duration,
    format_weekdays,
    parse_date,
    parse_month,
    parse_time,
    parse_weekdays,
    weekdays_to_mask,
)
from broadcaster.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22/2/2023", date(2023, 2, 22)),
        ("22/02/2023", date(2023, 2, 22)),
        ("2023-02-22", date(2023, 2, 22)),
        ("01-01-2025", date(2025, 1, 1)),
        ("29/2/2024", date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts_vietnamese_and_iso_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_parse_date_understands_today_and_tomorrow() -> None:
    today = date(2026, 11, 23)
    assert parse_date("hôm nay", today) == today
    assert parse_date("ngày mai", today) == date(2026, 11, 24)


def test_parse_date_refuses_impossible_date() -> None:
    with pytest.raises(InputError) as err:
        parse_date("31/2/2023")
    assert str(err.value).startswith("Ngày «31/2/2023» không có thật")


def test_parse_date_refuses_two_digit_year_as_ambiguous() -> None:
    with pytest.raises(InputError, match="năm viết tắt nên không rõ là năm nào"):
        parse_date("2/3/23")


def test_parse_date_refuses_garbage_with_hint() -> None:
    with pytest.raises(InputError, match=r"Hãy gõ ngày theo dạng ngày/tháng/năm"):
        parse_date("mai kia")


def test_parse_time_forms() -> None:
    assert parse_time("06:00") == time(6, 0)
    assert parse_time("17h30") == time(17, 30)
    assert parse_time("6h") == time(6, 0)
    with pytest.raises(InputError, match="không có thật"):
        parse_time("25:00")


def test_parse_weekdays_forms() -> None:
    assert parse_weekdays("t2-cn") == frozenset(range(7))
    assert parse_weekdays("mon-sun") == frozenset(range(7))
    assert parse_weekdays("t2,t4,t6") == frozenset({0, 2, 4})
    assert parse_weekdays("T7, CN") == frozenset({5, 6})
    with pytest.raises(InputError, match="Không hiểu ngày trong tuần «t9»"):
        parse_weekdays("t9")
    with pytest.raises(InputError, match="bị ngược"):
        parse_weekdays("cn-t2")


def test_weekday_mask_round_trip_and_format() -> None:
    assert weekdays_to_mask(frozenset({0, 2, 4})) == "1010100"
    assert format_weekdays("1111100") == "T2-T6"
    assert format_weekdays("1010100") == "T2,T4,T6"


def test_parse_month_and_duration() -> None:
    assert parse_month("2026-11") == (2026, 11)
    assert parse_month("11/2026") == (2026, 11)
    with pytest.raises(InputError):
        parse_month("13/2026")
    assert format_duration(3725) == "1:02:05"
    assert format_duration(65) == "1:05"
