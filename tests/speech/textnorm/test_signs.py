"""Signs typed with a number: a minus, a vulgar fraction, the lunar-calendar mark."""

import pytest

from broadcaster.speech.textnorm.normalize import normalize_text
from broadcaster.speech.textnorm.signs import read_signs


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("nhiệt độ -2°C trên núi cao", "nhiệt độ âm hai độ xê trên núi cao"),
        (
            "So với tuần trước: -20.000 đ/kg.",
            "So với tuần trước: âm hai mươi nghìn đồng một ki lô gam.",
        ),
        ("uống ½ viên", "uống một nửa viên"),
        ("còn ¾ diện tích", "còn ba phần tư diện tích"),
        ("khoảng ⅕ diện tích, ⅛ số hộ", "khoảng một phần năm diện tích, một phần tám số hộ"),
        ("từ 8/9- 25/9 âl", "từ ngày tám tháng chín đến ngày hai mươi lăm tháng chín âm lịch"),
        ("(tức 9 - 11/3 âm lịch)", "tức ngày chín đến ngày mười một tháng ba âm lịch"),
    ],
)
def test_signs_are_read_with_their_numbers(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    "text",
    [
        "từ 10 -20 hộ",  # a range: a number before the dash
        "Covid-19",  # a hyphen inside a name
        "-20 hộ nghèo",  # a bullet at the start of a line
        "loại A -3",  # a class letter
    ],
)
def test_a_dash_that_is_no_minus_is_left_to_the_other_rules(text: str) -> None:
    assert read_signs(text) == text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("với 2÷4 ngày mưa", "với hai đến bốn ngày mưa"),
        ("độ ẩm 85÷88%", "độ ẩm tám mươi lăm đến tám mươi tám phần trăm"),
        ("trung bình 230C÷240C", "trung bình hai mươi ba độ xê đến hai mươi tư độ xê"),
        ("cao nhất 29÷310C", "cao nhất hai mươi chín đến ba mươi mốt độ xê"),
        ("trung bình năm 23,5 0C", "trung bình năm hai mươi ba phẩy năm độ xê"),
        ("lai Zebu>75% máu", "lai Zebu trên bảy mươi lăm phần trăm máu"),
        ("tàu cá từ 6<12 m", "tàu cá từ sáu đến dưới mười hai mét"),
        (
            "từ 6 < 12 mét, từ 6m<12m",
            "từ sáu đến dưới mười hai mét, từ sáu mét đến dưới mười hai mét",
        ),
    ],
)
def test_a_division_sign_is_a_range_and_a_zero_typed_for_a_degree_is_one(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Nhiệt độ thấp nhất từ 23 - 26C, có nơi dưới 22C",
            "Nhiệt độ thấp nhất từ hai mươi ba đến hai mươi sáu độ xê,"
            " có nơi dưới hai mươi hai độ xê",
        ),
        ("Lớp 12C học sinh", "Lớp mười hai xê học sinh"),
    ],
)
def test_degrees_left_out_after_a_temperature(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_minus_typed_apart_from_its_number_in_brackets() -> None:
    assert normalize_text("giảm (- 1,02%)") == "giảm, âm một phẩy không hai phần trăm"


def test_a_change_in_brackets_after_a_price_is_a_sign() -> None:
    assert normalize_text("cá tra 18.000(-500), cá") == "cá tra mười tám nghìn, âm năm trăm, cá"


def test_a_hyphen_typed_apart_in_covid_is_no_minus() -> None:
    assert normalize_text("phòng Covid -19, đặc biệt") == "phòng Cô-vít mười chín, đặc biệt"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("BMI ≥ 23", "bê em i lớn hơn hoặc bằng hai mươi ba"),
        ("pH>=4 và x<=5", "pê hát lớn hơn hoặc bằng bốn và x không quá năm"),
    ],
)
def test_at_least_and_at_most_typed_either_way(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_temperature_below_zero_opening_a_line_keeps_its_minus() -> None:
    assert normalize_text("-5°C ở Sa Pa").lower() == "âm năm độ xê ở sa pa"
    assert normalize_text("- 5 hộ nghèo").lower() == "năm hộ nghèo"  # a bullet, then a count
    assert normalize_text("-20 hộ").lower() == "hai mươi hộ"
