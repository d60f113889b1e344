"""The doubt report: what the normalizer was unsure of, the reading it chose, where it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from broadcaster.speech.textnorm.doubts import (
    ABBREVIATION,
    AMBIGUOUS,
    CODE,
    FOREIGN,
    GLUED,
    MISTYPED,
    NUMBER,
    UNIT,
)
from broadcaster.speech.textnorm.normalize import check_text, make_checker, normalize_text


@pytest.mark.parametrize(
    ("text", "span", "reading", "kind"),
    [
        ("Tổ KPX số 5 họp.", "KPX", "ca pê ích", ABBREVIATION),
        ("Hội QX xã ra quân.", "QX", "quy ích", ABBREVIATION),
        ("Họp 2/3 tại hội trường.", "2/3", "ngày hai tháng ba", NUMBER),
        ("Đã đạt 2/3 kế hoạch.", "2/3", "hai trên ba", NUMBER),
        ("Chỉ số 6.1 trời rét.", "6.1", "sáu phẩy một", NUMBER),
        # a tens figure and «0C»: three degrees, the sign lost, or thirty, the sign left out
        ("Trưa nay nhiệt độ 30C.", "30C", "ba độ xê", NUMBER),
        # three digits after a comma: a decimal, or thousands grouped the English way
        ("Tổng trọng lượng 5,239 gam.", "5,239", "năm phẩy hai trăm ba mươi chín", NUMBER),
        ("Xe mang mã PC07 đến.", "PC07", "pê xê không bảy", CODE),
        ("Nồng độ 10ppq trong nước.", "10ppq", "mười ppq", UNIT),
        ("Khẩu phần 200 kj mỗi ngày.", "200 kj", "hai trăm kj", UNIT),
        ("Ông Dưỡng đi chănbò.", "chănbò", "chăn bò", GLUED),
        # a larger number before a smaller one is no range: a date, guessed
        ("Khai mạc (9-2) tại xã.", "9-2", "ngày chín tháng hai", NUMBER),
        # a smaller number before a larger one with nothing after it: a span, or a date
        ("Mức thu vẫn là 5-9, như mọi năm.", "5-9", "năm đến chín", NUMBER),
        ("Xây dựng xong (từ 1-4).", "1-4", "một đến bốn", NUMBER),
        ("Thép giá 2-2 có giá cao.", "2-2", "hai đến hai", NUMBER),
        # the page mistyped the number: read as best the rules can, and shown
        (
            "Xe 98H-066.xx bị tạm giữ.",
            "98H-066.xx",
            "chín mươi tám hát, không sáu sáu chấm ích ích",
            MISTYPED,
        ),
        ("Giá 10.000 đồng//kg.", "đồng//kg", "đồng một ki lô gam", MISTYPED),
        ("Giá 16.8000 đồng.", "16.8000", "mười sáu chấm tám nghìn", MISTYPED),
        (
            "Khai mạc (24-3-219) tại xã.",
            "24-3-219",
            "hai mươi tư đến ba đến hai trăm mười chín",
            MISTYPED,
        ),
        (
            "Diện tích 21,096,4 ha rừng.",
            "21,096,4",
            "hai mươi mốt phẩy không trăm chín mươi sáu, bốn",
            MISTYPED,
        ),
        (
            "Hạn chót 32/13/2024 nộp hồ sơ.",
            "32/13/2024",
            "ba mươi hai trên mười ba trên hai nghìn không trăm hai mươi tư",
            MISTYPED,
        ),
    ],
)
def test_a_doubtful_shape_is_reported_with_the_reading_chosen(
    text: str, span: str, reading: str, kind: str
) -> None:
    result = check_text(text)
    assert [(d.span, d.reading, d.kind) for d in result.doubts] == [(span, reading, kind)]
    doubt = result.doubts[0]
    assert result.text[doubt.start : doubt.end].lower() == reading
    assert doubt.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân (UBND) xã thông báo ngày 6.1 họp dân.",
        "Đường 2/9 được mở rộng; đạt 4,5 tấn/ha; Quốc lộ 1A; mã A05.",
        "Nghị định số 45/2019/NĐ-CP; ngày 20/11/2026 lúc 7 giờ 30.",
        "Trời mưa 50 mm, gió cấp 6.",
        "Nhiệt độ 230C, có nơi 3 0C; học sinh lớp 10C.",  # the sign lost: one reading
        # a span of numbers that a count, a unit or an age names
        "Mất 5-8 giây; nuôi 2-3 lứa; bón (5-6)kg phân; trẻ tuổi 1-2, gió cấp 6-7.",
        "Dân số 12,345,678 người; ngày 31/12/2024 tổng kết.",
    ],
)
def test_known_shapes_raise_no_doubt(text: str) -> None:
    assert check_text(text).doubts == ()


def test_the_spoken_text_is_the_same_with_or_without_the_report() -> None:
    text = "Hội ND họp. KPX số 5 và PC07; 10ppq.\nXYZ đến họp 2/3."
    result = check_text(text)
    assert result.text == normalize_text(text)
    assert "\U000f0000" not in result.text and "\ue001" not in result.text
    assert "họp. Ca pê ích số năm" in result.text  # a sentence still starts with a capital
    second_line = result.text.index("\n")
    assert [d.start > second_line for d in result.doubts] == [False] * 3 + [True] * 2


def test_a_segment_reading_replaces_the_span_before_any_rule() -> None:
    result = check_text(
        "Hội ND và Hôm 6.1 họp.", readings={"ND": "Nông dân", "6.1": "mùng sáu tháng một"}
    )
    assert result.doubts == ()
    assert "Hội Nông dân" in result.text and "mùng sáu tháng một" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Ngày hội đại đoàn kết toàn dân tộc 18/11 tại thôn.",
        "Giá 1.5 triệu đồng.",
        "Rộng 2.5 ha.",
        # a decimal before a scale word, a price in đồng, a share below one
        "Xuất khẩu 4,223 triệu tấn, trị giá 1,888 tỷ USD; giá 4,400-4,500 đ/kg; hệ số 0,719.",
    ],
)
def test_a_shape_that_reads_one_way_only_is_no_doubt(text: str) -> None:
    assert check_text(text).doubts == ()


def test_latin_names_joined_by_a_hyphen_are_each_shown() -> None:
    result = check_text("xe hiệu Mercedes-Benz 16 chỗ")
    assert [(d.span, d.kind) for d in result.doubts] == [
        ("Mercedes", FOREIGN),
        ("Benz", FOREIGN),
    ]


def test_an_abbreviation_of_many_meanings_left_to_the_table_is_shown() -> None:
    result = check_text("Theo KH số 5, BCH Đoàn xã họp.")
    assert [(d.span, d.reading, d.kind) for d in result.doubts] == [
        ("KH", "kế hoạch", AMBIGUOUS),
        ("BCH", "Ban Chấp hành", AMBIGUOUS),
    ]


def test_a_longer_entry_or_a_station_reading_decides_and_shows_nothing(tmp_path: Path) -> None:
    assert check_text("(LĐ online) - Sáng nay").doubts == ()
    own = tmp_path / "viet-tat.tsv"
    own.write_text("BCH\tBan Chỉ huy\n", encoding="utf-8")
    result = make_checker(own)("BCH quân sự xã họp.")
    assert result.text == "Ban Chỉ huy quân sự xã họp."
    assert result.doubts == ()


def test_letters_a_company_a_school_or_a_breed_also_uses_are_shown() -> None:
    for text, span, reading in (
        ("Tập đoàn TH đầu tư 1.200 tỷ đồng", "TH", "tiểu học"),
        ("các công ty thức ăn chăn nuôi CP, Proconco", "CP", "Chính phủ"),
        ("học sinh trường HKH được khám răng", "HKH", "Hội Khuyến học"),
        ("(BĐ) - Để tăng cường nguồn vốn", "BĐ", "báo động"),
        ("máy gặt do cơ sở VT sản xuất", "VT", "văn thư"),
        ("xe mang biển UN 1704", "UN", "Liên hợp quốc"),
        ("hoặc vịt CV là giống vịt", "CV", "công văn"),
    ):
        found = [(d.span, d.reading) for d in check_text(text).doubts if d.kind == AMBIGUOUS]
        assert found == [(span, reading)], text


def test_a_lao_plate_named_as_such_is_its_letters_and_no_doubt() -> None:
    result = check_text("xe biển số Lào UN 1704")
    assert result.text == "xe biển số Lào u en một nghìn bảy trăm linh bốn"
    assert result.doubts == ()


def test_a_word_before_that_leaves_no_doubt_shows_nothing() -> None:
    assert check_text("trường MN xã và người LĐ nông thôn").doubts == ()
    assert check_text("Trường TH Nguyễn Trãi; các trường TH, THCS").doubts == ()
    assert check_text("Nơi nhận: - Như trên; - Lưu: VT.").doubts == ()


def test_a_capital_i_after_a_name_is_shown_as_a_possible_numeral() -> None:
    result = check_text("Nhóm Sông Đà I công bố; vitamin A và I ốt.")
    assert [(d.span, d.kind) for d in result.doubts] == [("I", NUMBER)]
    assert "Sông Đà I công bố" in result.text


def test_a_capital_i_closing_a_place_named_after_its_kind_is_one() -> None:
    result = check_text("UBND xã Tam Xuân I công bố; thôn Phú An I, II và III.")
    assert result.doubts == ()
    assert "xã Tam Xuân một công bố; thôn Phú An một, hai và ba." in result.text


def test_a_date_that_is_not_on_the_calendar_is_shown_as_mistyped() -> None:
    result = check_text("Hạn nộp 31/02/2025, 29/02/2023 và 31.4.2025; ngày 29/02/2024 thì có.")
    assert [(d.span, d.kind) for d in result.doubts] == [
        ("31/02/2025", MISTYPED),
        ("29/02/2023", MISTYPED),
        ("31.4.2025", MISTYPED),
    ]
    assert "ngày ba mươi mốt tháng hai năm hai nghìn không trăm hai mươi lăm" in result.text


def test_a_clock_time_that_is_none_is_shown_as_mistyped() -> None:
    result = check_text("Họp lúc 25h99 hoặc 7h75; lúc 7h30 và 24h00 thì có.")
    assert [(d.span, d.kind) for d in result.doubts] == [("25h99", MISTYPED), ("7h75", MISTYPED)]
    assert "lúc hai mươi lăm giờ chín mươi chín hoặc bảy giờ bảy mươi lăm" in result.text
