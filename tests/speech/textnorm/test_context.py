from broadcaster.speech.textnorm.context import clause_around, clause_before


def test_the_clause_before_a_position_starts_after_the_last_sentence_or_clause_mark() -> None:
    text = "Trận đấu kết thúc. Ngày khai giảng vẫn là 5-9; sau đó"
    assert clause_before(text, text.index("5-9")) == "Ngày khai giảng vẫn là "
    assert clause_before("Có ai không? Gọi 113", 17) == "Gọi "
    assert clause_before("không có dấu", 5) == "không"


def test_the_clause_before_looks_back_no_further_than_its_reach() -> None:
    text = "a" * 100 + " gọi 113"
    assert clause_before(text, len(text) - 3, 10) == text[-13:-3]


def test_a_mark_without_a_space_after_it_ends_no_clause() -> None:
    assert clause_before("TP.HCM thắng 2-1", 13) == "TP.HCM thắng "


def test_the_clause_around_a_position_runs_to_the_next_mark() -> None:
    text = "Hôm qua mưa. Đội A thắng đội B kết quả 3-1; đội C nghỉ."
    assert clause_around(text, text.index("3-1")) == "Đội A thắng đội B kết quả 3-1"
    assert clause_around("chỉ một câu 3-1", 12) == "chỉ một câu 3-1"


def test_the_administrative_words_are_the_words_of_the_administrative_units() -> None:
    from broadcaster.speech.textnorm.context import ADMIN_UNITS, ADMIN_WORDS

    assert "thị trấn" in ADMIN_UNITS
    assert {"thị", "trấn", "xã", "phường", "khu", "phố"} <= ADMIN_WORDS
