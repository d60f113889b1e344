import pytest

from broadcaster.speech.textnorm.comparisons import read_comparisons
from broadcaster.speech.textnorm.normalize import normalize_text


def test_a_value_between_two_bounds_says_each_sign_in_full() -> None:
    assert normalize_text("Khi 9,0 < pH ≤ 9,8 thì") == (
        "Khi chín phẩy không nhỏ hơn pê hát nhỏ hơn hoặc bằng chín phẩy tám thì"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("p <0,05", "pê nhỏ hơn 0,05"),
        ("nhiệt độ > 35 độ", "nhiệt độ trên 35 độ"),
        ("pH>=4", "pH lớn hơn hoặc bằng 4"),
        ("Đinh Tiên Hoàng > Điện Biên Phủ", "Đinh Tiên Hoàng, Điện Biên Phủ"),
        ("5% → 7%", "5% đến 7%"),
    ],
)
def test_signs_are_said_before_the_numbers_are_read(line: str, said: str) -> None:
    assert " ".join(read_comparisons(line, numbers=True).split()) == said


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "mức 80 < huyết áp tâm thu < 120",
            "mức tám mươi nhỏ hơn huyết áp tâm thu nhỏ hơn một trăm hai mươi",
        ),
        (
            "Nhiệt độ 20 °C ≤ T ≤ 30 °C",
            "Nhiệt độ hai mươi độ xê nhỏ hơn hoặc bằng tê nhỏ hơn hoặc bằng ba mươi độ xê",
        ),
    ],
)
def test_bounds_with_units_and_values_of_several_words(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_plus_slash_minus_is_plus_or_minus() -> None:
    assert normalize_text("Với biên độ +/-3% đang") == "Với biên độ cộng trừ ba phần trăm đang"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Kích thước 25+/-0,5 mm.", "Kích thước hai mươi lăm cộng trừ không phẩy năm mi li mét."),
        ("Kết quả xét nghiệm (+/-) chưa rõ.", "Kết quả xét nghiệm, cộng trừ, chưa rõ."),
        ("Sai số +/– 3%.", "Sai số cộng trừ ba phần trăm."),
    ],
)
def test_plus_slash_minus_glued_alone_or_with_an_en_dash(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken
