import pytest

from broadcaster.speech.textnorm.bloodgroups import read_blood_groups
from broadcaster.speech.textnorm.normalize import normalize_text


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Rh- là nhóm máu hiếm", "rê sút âm là nhóm máu hiếm"),
        ("nhóm máu O Rh (-) có 12 người", "nhóm máu o rê sút âm có mười hai người"),
        ("nhóm B Rh(-) và AB Rh(-) hiến máu", "nhóm bê rê sút âm và a bê rê sút âm hiến máu"),
        ("nhóm máu Rh(D) âm (bao gồm nhóm O-, A-, B-, AB-)", "o âm, a âm, bê âm, a bê âm"),
        ("nhóm máu Rh(D) âm chiếm 0,1%", "nhóm máu rê sút dê âm chiếm"),
        ("dự trù 4 đơn vị máu hiếm O-, kho còn", "máu hiếm o âm, kho còn"),
        ("nhóm máu A+ và Rh+", "nhóm máu a dương và rê sút dương"),
    ],
)
def test_blood_groups_are_said_as_a_blood_bank_says_them(text: str, reading: str) -> None:
    assert reading in normalize_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đội A-B thắng, máy bay B-52 bay qua",  # no blood in the line
        "Đội A-B hiến máu",  # a dash between letters is no sign
        "Máy bay B-52 chở máu",  # a code
    ],
)
def test_letters_and_dashes_that_are_no_blood_group_stay(text: str) -> None:
    assert read_blood_groups(text) == text
