from datetime import date
from pathlib import Path

import pytest

from broadcaster.catalogue.dates import parse_date, parse_month, parse_weekdays
from broadcaster.catalogue.limits import (
    check_script_length,
    check_slot_name,
    check_span,
    check_title,
)
from broadcaster.errors import InputError
from broadcaster.settings import Settings, load_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(tmp_path, env={})


def test_title_over_the_limit_is_refused_with_its_length(settings: Settings) -> None:
    assert check_title("  Thông báo  ", settings) == "Thông báo"
    assert check_title("a" * 300, settings) == "a" * 300
    with pytest.raises(InputError, match="dài 10000 ký tự, quá giới hạn 300"):
        check_title("a" * 10000, settings)


def test_title_limit_is_a_setting_but_never_above_the_column(tmp_path: Path) -> None:
    short = load_settings(tmp_path, {"title_max_chars": 20}, env={})
    with pytest.raises(InputError, match="quá giới hạn 20"):
        check_title("a" * 21, short)
    wide = load_settings(tmp_path, {"title_max_chars": 2000}, env={})
    with pytest.raises(InputError, match="quá giới hạn 300"):
        check_title("a" * 301, wide)


@pytest.mark.parametrize(
    "bad", ["a\nb", "a\rb", "a\tb", "a\x00b", "a\x1b[31mb", "a\u2028b", "a\u200eb"]
)
def test_titles_and_slot_names_are_one_clean_line(settings: Settings, bad: str) -> None:
    with pytest.raises(InputError, match="một dòng"):
        check_title(bad, settings)
    with pytest.raises(InputError, match="một dòng"):
        check_slot_name(bad)


def test_booking_span_is_limited_by_a_setting(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, env={})
    check_span(date(2026, 1, 1), date(2026, 12, 31), settings)
    with pytest.raises(InputError, match="quá giới hạn 366 ngày"):
        check_span(date(2026, 1, 1), date(2027, 6, 1), settings)
    longer = load_settings(tmp_path, {"booking_max_days": 800}, env={})
    check_span(date(2026, 1, 1), date(2027, 6, 1), longer)


def test_script_length_is_estimated_speech_time(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, {"script_max_minutes": 1}, env={})
    assert check_script_length("Xin chào bà con.", settings) < 5
    with pytest.raises(InputError, match="quá giới hạn 1 phút"):
        check_script_length("Xin chào bà con nhân dân. " * 100, settings)


def test_numbers_in_a_script_count_as_spoken(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, {"script_max_minutes": 1}, env={})
    # 40 numbers are 40 words raw but over 200 syllables once read out.
    with pytest.raises(InputError):
        check_script_length(" ".join(["1.234.567"] * 40), settings)


@pytest.mark.parametrize("text", ["31/12/9999", "1/1/0001", "1/1/1999", "1/1/2100"])
def test_dates_outside_2000_2099_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="2000–2099"):
        parse_date(text)


def test_months_outside_2000_2099_are_refused() -> None:
    assert parse_month("2026-11") == (2026, 11)
    with pytest.raises(InputError, match="2000–2099"):
        parse_month("9999-12")


def test_empty_weekdays_are_refused() -> None:
    with pytest.raises(InputError, match="Chưa chọn ngày nào"):
        parse_weekdays("")
    with pytest.raises(InputError, match="Chưa chọn ngày nào"):
        parse_weekdays(" , ")
