"""A document's title, as an officer would name it, from real-shaped commune documents."""

from broadcaster.catalogue.doctitle import document_title

NOTICE = """ỦY BAN NHÂN DÂN
XÃ CẨM NHƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________
Số: 45/TB-UBND
Cẩm Nhượng, ngày 12 tháng 11 năm 2026

THÔNG BÁO
Lịch tiêm chủng mở rộng tháng 12 năm 2026

Trạm Y tế xã thông báo đến toàn thể nhân dân…
"""


def test_a_notice_is_named_by_the_line_after_thong_bao() -> None:
    assert document_title(NOTICE) == "Lịch tiêm chủng mở rộng tháng 12 năm 2026"


def test_a_subject_in_capitals_becomes_sentence_case() -> None:
    text = NOTICE.replace(
        "Lịch tiêm chủng mở rộng tháng 12 năm 2026", "LỊCH TIÊM CHỦNG MỞ RỘNG THÁNG 12"
    )
    assert document_title(text) == "Lịch tiêm chủng mở rộng tháng 12"


def test_a_subject_starting_with_ve_viec_keeps_the_kind() -> None:
    text = NOTICE.replace(
        "Lịch tiêm chủng mở rộng tháng 12 năm 2026",
        "Về việc tạm ngừng cấp nước sinh hoạt\nngày 15/12/2026",
    )
    assert document_title(text) == (
        "Thông báo về việc tạm ngừng cấp nước sinh hoạt ngày 15/12/2026"
    )


def test_an_official_letter_is_named_by_its_vv_line_over_several_lines() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ CẨM NHƯỢNG\n\nSố: / UBND\nV/v Tăng cường công tác tuyên\n"
        "truyền cải cách hành chính\ntrên địa bàn\n\nCẩm Nhượng, ngày tháng năm 2023\n\n"
        "Kính gửi :\n- Các ban ngành, đoàn thể cấp xã.\n"
    )
    assert document_title(text) == (
        "Tăng cường công tác tuyên truyền cải cách hành chính trên địa bàn"
    )


def test_a_plain_text_keeps_its_first_line_and_long_titles_are_shortened() -> None:
    assert document_title("Tin ngắn về mùa vụ\nNội dung…") == "Tin ngắn về mùa vụ"
    long = "Thông tin " + "rất dài " * 30
    title = document_title(long)
    assert len(title) <= 120 and title.endswith("…")
    assert document_title("") == ""


def test_header_lines_alone_never_become_the_title() -> None:
    text = "UBND XÃ VIỆT HƯNG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/TB-UBND\nNước sạch về thôn"
    assert document_title(text) == "Nước sạch về thôn"
