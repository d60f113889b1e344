"""What the rules left for the synthesizer to guess is shown as a doubt, the text unchanged."""

import pytest

from broadcaster.speech.textnorm.normalize import check_text, normalize_text


@pytest.mark.parametrize(
    ("text", "span", "reading", "kind"),
    [
        ("các sông SrePok, Sê San", "SrePok", "SrePok", "nuoc-ngoai"),
        ("vắc xin tuýp Asia 1", "Asia", "Asia", "nuoc-ngoai"),
        ("so sánh chi phí/lợi ích", "phí/lợi", "phí, lợi", "ky-hieu"),
        ("lưu vực Vu Gia - Thu Bồn", "Gia - Thu", "Gia, Thu", "ky-hieu"),
        ("theo phụ lục b kèm theo", "b", "b", "nuoc-ngoai"),
        # a word with Vietnamese letters that is no syllable: typed glued, a typo, a name
        ("ngồi gần với dâyăngten, chết", "dâyăngten", "dâyăngten", "tu-la"),
        ("soạn Têngóicước gửi 191", "Têngóicước", "Têngóicước", "tu-la"),
        ("cô Lê Thị Nguồl cho biết", "Nguồl", "Nguồl", "tu-la"),
        ("xã Ea Knuếc", "Knuếc", "Knuếc", "tu-la"),
    ],
)
def test_a_leftover_guess_is_a_doubt_with_the_reading_chosen(
    text: str, span: str, reading: str, kind: str
) -> None:
    result = check_text(text)
    assert (span, reading, kind) in [(d.span, d.reading, d.kind) for d in result.doubts]
    assert result.text == normalize_text(text)  # the report never changes what is said


@pytest.mark.parametrize(
    "text",
    [
        "ghi ngày/tháng/năm sinh",  # a form's blank date
        "tại các xã/phường",  # either of two of a kind
        "anh/chị vui lòng",
        "Ủy ban nhân dân xã thông báo",  # Vietnamese words, typed with or without marks
        "Ha Noi va Hai Phong",
        "ứng dụng Zalo",  # a loanword the table reads
        "Hà Nội - Sáng nay, mưa to",  # a dateline's dash
        "từ Thanh Hóa - Phú Yên",  # from one place to another: read «đến»
        # loanwords in Vietnamese syllables, joined: every syllable but the last open, no tone
        "bón urê, thở ôxy, đi 5 kilômét, tượng Lênin, trà atisô",
        "Ngày Sách của UNESCO; bụi 10 µm; theo VnExpress",  # the tables' own readings
    ],
)
def test_what_reads_one_way_raises_no_leftover_doubt(text: str) -> None:
    kinds = {d.kind for d in check_text(text).doubts}
    assert not kinds & {"nuoc-ngoai", "ky-hieu", "tu-la"}


def test_a_storm_name_at_a_sentence_start_is_a_name() -> None:
    assert normalize_text("Bão KOINU mạnh lên") == "Bão Koinu mạnh lên"
