import pytest

from broadcaster.speech.textnorm.initials import read_person_initials
from broadcaster.speech.textnorm.normalize import normalize_text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # every digraph an initial may be, «Ngh» too, before a new sentence or a verb
        ("bà Ngh. Sau đó về nhà", "bà en giê hát. Sau đó về nhà"),
        ("chị Ngh. cho biết", "chị en giê hát cho biết"),
        ("bà Th. Sau đó", "bà tê hát. Sau đó"),
        ("anh Kh. bị bắt", "anh ca hát bị bắt"),
        # glued to a given name; not an office or a district
        ("bà H.Lan cho biết", "bà hát Lan cho biết"),
    ],
)
def test_a_person_named_by_an_initial_is_spelled(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    "text",
    [
        "Tuấn Anh P.Chủ tịch",  # an office after a name
        "ông Q.Bình Thạnh",  # a district glued
        "Ngh. Sau đó",  # no person before it
        "bà Ngh",  # no dot
    ],
)
def test_what_is_no_initial_is_left_as_it_is(text: str) -> None:
    assert read_person_initials(text) == text
