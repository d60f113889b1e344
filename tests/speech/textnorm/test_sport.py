"""Sport results: a match's score, a race time, a class range."""

import pytest

from broadcaster.speech.textnorm.normalize import normalize_text
from broadcaster.speech.textnorm.sport import read_sport_shapes


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("thắng 3-0", "thắng ba không"),
        ("tỷ số chung cuộc là 2-1", "tỷ số chung cuộc là hai một"),
        ("thất bại 2-3 lần", "thất bại 2-3 lần"),
        ("kết quả 1'23\"01", "kết quả một phút hai mươi ba giây không một"),
        ("về đích sau 15’42”55", "về đích sau mười lăm phút bốn mươi hai giây năm mươi lăm"),
        ("tiếp sức 44”50", "tiếp sức bốn mươi tư giây năm mươi"),
        ("hạng S7-S8", "hạng ét 7 đến ét 8"),
        ("từ C2 - C6", "từ xê 2 đến xê 6"),
        ("lớp 4A-5B", "lớp 4A-5B"),
    ],
)
def test_scores_race_times_and_class_ranges_are_shaped_as_an_announcer_says_them(
    text: str, shaped: str
) -> None:
    assert read_sport_shapes(text) == shaped


def test_a_quote_that_closes_a_title_is_no_race_time() -> None:
    assert "hai mươi tư giây" not in normalize_text("bài “Bài ca 24”50 năm")
    assert "hai nghìn không trăm hai mươi tư năm mươi tập" in normalize_text(
        "phim “Mùa hè 2024” 50 tập"
    )
