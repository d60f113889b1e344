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
