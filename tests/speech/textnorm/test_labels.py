"""A product's label in a recall notice: lot numbers, registration numbers, an expiry."""

import pytest

from broadcaster.speech.textnorm.ambiguous import resolve_ambiguous
from broadcaster.speech.textnorm.labels import read_label_shapes
from broadcaster.speech.textnorm.normalize import normalize_text


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("số lô 190813, hạn dùng", "số lô một chín không tám một ba, hạn dùng"),
        ("Số lô: 6880119;", "Số lô: sáu tám tám không một một chín;"),
        ("lô sản xuất 1482049", "lô sản xuất một bốn tám hai không bốn chín"),
        ("thuộc lô 256912, ngày", "thuộc lô hai năm sáu chín một hai, ngày"),
        ("tại lô 12 khu A", "tại lô 12 khu A"),  # a plot of land
        ("lô đất 123456", "lô đất 123456"),
        ("Số lô 1502 khu tái định cư", "Số lô 1502 khu tái định cư"),
        ("Tổng số lô 12500 lô đất", "Tổng số lô 12500 lô đất"),
        ("Lô 150000 liều vắc xin", "Lô 150000 liều vắc xin"),  # an amount
        ("Mỗi lô sản xuất 50000 viên", "Mỗi lô sản xuất 50000 viên"),
        ("số ĐKKD 4100259564, do", "số ĐKKD 4100259564, do"),  # a business's, not a label's
        ("số đăng ký DN 0101234567", "số đăng ký DN 0101234567"),  # one group: the code rules
        ("Tàu cá số đăng ký BV 96279 TS", "Tàu cá số đăng ký BV 96279 TS"),  # a hull's
        (
            "số đăng ký: VN-14902-12,",
            "số đăng ký: vê en, một bốn chín không hai, một hai,",
        ),
        ("SĐK VNB-4408- 05 và", "SĐK vê en bê, bốn bốn không tám, không năm và"),
        (
            "số đăng ký V896-H12-10 do",
            "số đăng ký vê tám chín sáu, hát một hai, một không do",
        ),
        (
            "số đăng ký VD-25305-16",
            "số đăng ký vê đê, hai năm ba không năm, một sáu",
        ),
        ("số đăng ký kinh doanh 0301234567", "số đăng ký kinh doanh 0301234567"),
    ],
)
def test_a_label_is_read_as_an_announcer_reads_it(text: str, shaped: str) -> None:
    assert shaped in read_label_shapes(text)


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        ("NSX 11/5/2012; HD: 11/5/2014", "NSX 11/5/2012; hạn dùng: 11/5/2014"),
        ("HD 012012, số đăng ký", "hạn dùng 012012, số đăng ký"),
        ("tài liệu HD 20 trang", "tài liệu HD 20 trang"),
        ("Theo HD 12/2024 của Phòng", "Theo HD 12/2024 của Phòng"),  # no label: a guidance
        ("Theo HD 12/2024 về lịch sản xuất vụ Hè Thu", "Theo HD 12/2024 về"),
        ("Ký HD 01/2024 với nhà thầu", "Ký HD 01/2024 với nhà thầu"),  # a contract
    ],
)
def test_hd_before_a_date_is_an_expiry_only_in_a_line_copied_from_a_label(
    text: str, decided: str
) -> None:
    assert decided in resolve_ambiguous(text)


def test_a_registration_number_whose_first_dash_the_layout_made_a_space_is_still_one_code() -> None:
    spoken = normalize_text("Thuốc có số đăng ký: Việt Nam-18188-14; số lô: 190813.")
    assert "Việt Nam, một tám một tám tám, một bốn;" in spoken
    assert "đến" not in spoken
