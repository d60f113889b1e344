"""The number reader: table tests of the Vietnamese rules, and properties over all numbers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broadcaster.speech.textnorm.numbers import (
    read_decimal,
    read_digits,
    read_fraction_digits,
    read_int,
    roman_to_int,
)

WORD_VALUE = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}


def parse_words(text: str) -> int:
    """An independent reader of Vietnamese number words, to check ``read_int`` against."""
    total, group, current = 0, 0, 0
    billions = 0
    for word in text.split():
        if word in WORD_VALUE:
            current = WORD_VALUE[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group += current * 10
            current = 0
        elif word == "trăm":
            group += current * 100
            current = 0
        elif word == "linh":
            continue
        elif word in ("nghìn", "triệu"):
            total += (group + current) * (1000 if word == "nghìn" else 1_000_000)
            group = current = 0
        elif word == "tỷ":
            billions = billions * 0 + (total + group + current)
            total = group = current = 0
        else:
            raise AssertionError(word)
    return billions * 10**9 + total + group + current


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (1000, "một nghìn"),
        (2023, "hai nghìn không trăm hai mươi ba"),
        (2096, "hai nghìn không trăm chín mươi sáu"),
        (11970, "mười một nghìn chín trăm bảy mươi"),
        (2_500_000, "hai triệu năm trăm nghìn"),
        (1_000_005, "một triệu không trăm linh năm"),
        (3_000_000_000, "ba tỷ"),
    ],
)
def test_read_int_rules(n: int, words: str) -> None:
    assert read_int(n) == words


@given(st.integers(min_value=0, max_value=10**12))
def test_read_int_round_trips(n: int) -> None:
    assert parse_words(read_int(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_read_int_uses_only_number_words(n: int) -> None:
    allowed = set(WORD_VALUE) | {"mười", "mươi", "trăm", "linh", "nghìn", "triệu", "tỷ"}
    assert set(read_int(n).split()) <= allowed


@given(st.integers(min_value=20, max_value=99))
def test_units_after_mươi_follow_the_rules(n: int) -> None:
    last = read_int(n).split()[-1]
    unit = n % 10
    expected = {0: "mươi", 1: "mốt", 4: "tư", 5: "lăm"}.get(unit)
    if expected:
        assert last == expected
    assert "một" not in read_int(n).split()[1:] or unit != 1


@given(st.integers(min_value=1000, max_value=999_999))
def test_zero_hundreds_inside_a_number_is_spoken(n: int) -> None:
    words = read_int(n)
    if n % 1000 and n % 1000 < 100:
        assert "không trăm" in words


def test_decimals_and_digits() -> None:
    assert read_decimal("92", "83") == "chín mươi hai phẩy tám mươi ba"
    assert read_decimal("0", "05") == "không phẩy không năm"
    assert read_digits("0912") == "không chín một hai"


def test_roman_numerals() -> None:
    assert roman_to_int("III") == 3
    assert roman_to_int("XIII") == 13
    assert roman_to_int("IIII") is None
    assert roman_to_int("LED") is None


@pytest.mark.parametrize(
    ("frac", "spoken"),
    [
        ("075", "không trăm bảy mươi lăm"),
        ("042", "không trăm bốn mươi hai"),
        ("005", "không không năm"),
        ("05", "không năm"),
        ("83", "tám mươi ba"),
        ("1234", "một hai ba bốn"),
    ],
)
def test_three_decimals_after_one_zero_are_read_as_hundreds(frac: str, spoken: str) -> None:
    assert read_fraction_digits(frac) == spoken
