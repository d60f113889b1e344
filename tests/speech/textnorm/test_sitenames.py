"""Site names typed without diacritics are read back as the words they are."""

from __future__ import annotations

import pytest

from broadcaster.speech.textnorm.doubts import BYLINE
from broadcaster.speech.textnorm.normalize import check_text, normalize_text
from broadcaster.speech.textnorm.sitenames import has_no_vowel, plain_key, read_site_label


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("baohatinh", "báo Hà Tĩnh"),
        ("Baothanhhoa", "báo Thanh Hóa"),
        ("chinhphu", "chính phủ"),
        ("baochinhphu", "báo chính phủ"),
        ("thitructuyen", "thi trực tuyến"),
        ("doanthanhnien", "đoàn thanh niên"),
        ("congthuong", "công thương"),
        ("hanoimoi", "Hà Nội mới"),
        ("evnhanoi", "e vê en Hà Nội"),
        ("baobariavungtau", "báo Bà Rịa Vũng Tàu"),
        ("thanhnien", "thanh niên"),
        ("vnexpress", "vi en ếch prét"),
        ("tongdai1022", "tổng đài một không hai hai"),
        ("tuongtaccongdan", "tương tác công dân"),
    ],
)
def test_a_label_made_of_listed_words_is_read_with_its_diacritics(label: str, words: str) -> None:
    assert read_site_label(label) == words


@pytest.mark.parametrize("label", ["facebookk", "abcxyz", "baoxyz", "bao-hatinh", "báo", "123"])
def test_a_label_not_made_wholly_of_listed_words_is_left_alone(label: str) -> None:
    assert read_site_label(label) is None


def test_the_key_drops_case_diacritics_spaces_and_dashes() -> None:
    assert plain_key("Bà Rịa - Vũng Tàu") == "bariavungtau"
    assert plain_key("Đắk Lắk") == "daklak"


@pytest.mark.parametrize(("label", "spell"), [("qdnd", True), ("nld", True), ("vov", False)])
def test_a_label_without_a_vowel_can_only_be_spelled(label: str, spell: bool) -> None:
    assert has_no_vowel(label) is spell


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("(Baohatinh.vn)", "báo Hà Tĩnh chấm vê en"),
        ("Theo Chinhphu.vn.", "Theo chính phủ chấm vê en."),
        (
            "tại thitructuyen.doanthanhnien.vn",
            "tại thi trực tuyến chấm đoàn thanh niên chấm vê en",
        ),
        ("xem qdnd.vn", "xem quy đê en đê chấm vê en"),
        ("tra cứu tại tinnhiemmang.vn", "tra cứu tại tín nhiệm mạng chấm vê en"),
        ("thư gửi ubnd@gmail.com", "thư gửi u bê en đê a còng gờ meo chấm com"),
    ],
)
def test_site_names_in_a_bulletin_are_read_as_words(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_property_site_is_read_as_its_words() -> None:
    assert normalize_text("theo Batdongsan.com.vn. Nhiều") == (
        "theo bất động sản chấm com chấm vê en. Nhiều"
    )


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("TP - Ông Nguyễn Công Tư, Phó Giám đốc", "tê pê, Ông Nguyễn Công Tư, Phó Giám đốc"),
        ("đồng. TP - Đây là nội dung", "đồng. Tê pê, Đây là nội dung"),
        ("TT - Ngày 15-10, bạn đọc", "tê tê, Ngày mười lăm tháng mười, bạn đọc"),
        ("ND- Cuộc họp thôn hôm ấy", "en đê, Cuộc họp thôn hôm ấy"),
        # not a paper's initials, or no story after the dash: the table reads them
        ("PGS - TS. Trần Thanh Dương", "phó giáo sư, tiến sĩ Trần Thanh Dương"),
        ("Nhà văn hóa TP - Trung tâm", "Nhà văn hóa thành phố, Trung tâm"),
        ("TP - HCM", "thành phố, Hồ Chí Minh"),
    ],
)
def test_a_papers_byline_is_its_letters_never_a_table_word(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_byline_is_shown_as_a_doubt_to_leave_out() -> None:
    result = check_text("TP - Ông Nguyễn Công Tư cho biết")
    assert [(d.span, d.reading, d.kind) for d in result.doubts] == [("TP", "tê pê", BYLINE)]
    assert "bỏ" in result.doubts[0].reason
