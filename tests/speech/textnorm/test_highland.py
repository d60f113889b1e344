"""Highland names with an apostrophe are said with their short first syllable."""

import pytest

from broadcaster.speech.textnorm.highland import read_highland_names
from broadcaster.speech.textnorm.normalize import normalize_text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("người H'Mông", "người Hơ Mông"),
        ("dân tộc K'Ho", "dân tộc Cờ Ho"),
        ("khu tái định cư K’Nớ 5", "khu tái định cư Cờ Nớ 5"),
        ("Đắk N'Teng, Đắk R'Lấp", "Đắk Nơ Teng, Đắk Rơ Lấp"),
        ("đèo D'ran", "đèo Đơ ran"),
    ],
)
def test_the_consonant_before_the_apostrophe_is_said_as_a_syllable(text: str, said: str) -> None:
    assert read_highland_names(text, frozenset()) == said


def test_a_name_the_table_lists_is_left_for_the_table() -> None:
    assert read_highland_names("huyện Cư M'gar", frozenset({"M'gar"})) == "huyện Cư M'gar"
    assert normalize_text("huyện Cư M'gar") == "huyện Cư Mơ Ga"


@pytest.mark.parametrize("text", ["Women's Day", "L'Oréal", "O'Neill", "rock'n'roll", "Y'Moan"])
def test_other_apostrophes_are_no_highland_name(text: str) -> None:
    assert read_highland_names(text, frozenset()) == text
