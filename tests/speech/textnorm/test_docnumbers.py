"""Document numbers: the number, the year as a year, the issuer with «của», never glued codes."""

import pytest

from broadcaster.speech.textnorm.normalize import normalize_text

Y19 = "năm hai nghìn không trăm mười chín"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Nghị định số 45/2019/NĐ-CP quy định",
            f"Nghị định số bốn mươi lăm {Y19} của Chính phủ quy định",
        ),
        (
            "Luật số 88/2023/QH15",
            "Luật số tám mươi tám năm hai nghìn không trăm hai mươi ba của Quốc hội khóa mười lăm",
        ),
        (
            "Quyết định số 1500/QĐ-TTg ngày",
            "Quyết định số một nghìn năm trăm của Thủ tướng Chính phủ ngày",
        ),
        ("Công văn số 215/UBND-VP", "Công văn số hai trăm mười lăm của Ủy ban nhân dân"),
        (
            "Thông tư số 05/2024/TT-BTTTT hướng dẫn",
            "Thông tư số năm năm hai nghìn không trăm hai mươi tư "
            "của Bộ Thông tin và Truyền thông hướng dẫn",
        ),
        ("Chỉ thị 12/CT-UBND về phòng dịch", "Chỉ thị mười hai của Ủy ban nhân dân về phòng dịch"),
        ("Nghị quyết số 76/NQ-CP", "Nghị quyết số bảy mươi sáu của Chính phủ"),
        ("Đề án số 2454 ĐA-UBND", "Đề án số hai nghìn bốn trăm năm mươi tư của Ủy ban nhân dân"),
        ("Nghị quyết số 57-NQ/TW", "Nghị quyết số năm mươi bảy của Trung ương"),
        # the type is said when the text did not name it
        ("theo 45/2019/NĐ-CP.", f"theo nghị định số bốn mươi lăm {Y19} của Chính phủ."),
        (
            "tại văn bản số 45/2019/NĐ-CP",
            f"tại văn bản số bốn mươi lăm {Y19} nghị định của Chính phủ",
        ),
        # the issuer named by the sentence itself is not read twice
        (
            "Quyết định số 1500/QĐ-TTg của Thủ tướng",
            "Quyết định số một nghìn năm trăm của Thủ tướng",
        ),
        (
            "Kế hoạch số 45/KH-UBBC ngày 7.3.2025 của UBBC huyện",
            "Kế hoạch số bốn mươi lăm ngày bảy tháng ba năm hai nghìn không trăm hai mươi lăm "
            "của Ủy ban bầu cử huyện",
        ),
        (
            "Thông tư liên tịch số 03/2016/TTLT-BYT-BTC",
            "Thông tư liên tịch số ba năm hai nghìn không trăm mười sáu "
            "của Bộ Y tế và Bộ Tài chính",
        ),
    ],
)
def test_document_numbers(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Số: 02/QĐ-BCĐTW", "quyết định số hai của Ban Chỉ đạo Trung ương"),
        (
            "Số: 13/2015/QĐ-UBND",
            "quyết định số mười ba năm hai nghìn không trăm mười lăm của Ủy ban nhân dân",
        ),
        (
            "Nghị quyết số 19-2017/NQ-CP của Chính phủ",
            "Nghị quyết số mười chín năm hai nghìn không trăm mười bảy của Chính phủ",
        ),
    ],
)
def test_an_issuer_of_two_known_parts_and_the_old_dash_before_the_year(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken
