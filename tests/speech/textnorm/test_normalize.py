"""Normalization: table tests for each rule, and every seed text read without digits."""

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import SEEDS

from broadcaster.speech.textnorm.abbreviations import builtin_table, load_table
from broadcaster.speech.textnorm.normalize import normalize_lines, normalize_text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Ngày 22/2/2023 UBND xã",
            "Ngày hai mươi hai tháng hai năm hai nghìn không trăm hai mươi ba Ủy ban nhân dân xã",
        ),
        ("ngày 01/01/2025", "ngày một tháng một năm hai nghìn không trăm hai mươi lăm"),
        ("dịp 18/11 tại thôn", "dịp ngày mười tám tháng mười một tại thôn"),
        ("đạt 92,83%", "đạt chín mươi hai phẩy tám mươi ba phần trăm"),
        ("có 2.096 hồ sơ", "có hai nghìn không trăm chín mươi sáu hồ sơ"),
        ("hơn 09 tháng", "hơn chín tháng"),
        (
            "giai đoạn 2021-2030",
            "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm ba mươi",
        ),
        (
            "giai đoạn 2023 – 2025",
            "giai đoạn hai nghìn không trăm hai mươi ba đến hai nghìn không trăm hai mươi lăm",
        ),
        ("Nghị quyết số 76/NQ-CP", "Nghị quyết số bảy mươi sáu của Chính phủ"),
        (
            "Kế hoạch số 11970/KH-UBND",
            "Kế hoạch số mười một nghìn chín trăm bảy mươi của Ủy ban nhân dân",
        ),
        (
            "Đề án số 2454 ĐA-UBND",
            "Đề án số hai nghìn bốn trăm năm mươi tư của Ủy ban nhân dân",
        ),
        ("lúc 17h30", "lúc mười bảy giờ ba mươi phút"),
        ("từ 6h00", "từ sáu giờ"),
        ("7 giờ 30", "bảy giờ ba mươi"),
        ("10:51", "mười giờ năm mươi mốt phút"),
        ("gọi 0912 345 678", "gọi không chín một hai ba bốn năm sáu bảy tám"),
        ("Quý III", "Quý ba"),
        ("Khu II", "Khu hai"),
        ("420 ha lúa", "bốn trăm hai mươi héc ta lúa"),
        ("360 m2", "ba trăm sáu mươi mét vuông"),
        ("10 kg", "mười ki lô gam"),
        ("15°C", "mười lăm độ xê"),
        ("150 triệu đồng", "một trăm năm mươi triệu đồng"),
        ("350 km", "ba trăm năm mươi ki lô mét"),
        ("tháng 4, 105 người", "tháng tư, một trăm linh năm người"),
        ("Ủy ban nhân dân (UBND) thị trấn", "Ủy ban nhân dân thị trấn"),
        ("TM.ỦY BAN NHÂN DÂN", "thay mặt ủy ban nhân dân"),
        ("Đ/c Hùng, V/v họp", "đồng chí Hùng, về việc họp"),
        ("TP. Hà Tĩnh", "thành phố Hà Tĩnh"),
        ("Covid-19", "Cô-vít mười chín"),
        ("kỳ họp 4_NQ", "kỳ họp bốn nghị quyết"),
        ("PCTT&TKCN xã", "phòng chống thiên tai và tìm kiếm cứu nạn xã"),
    ],
)
def test_normalize_rules(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_output_is_nfc_without_controls_or_nbsp() -> None:
    raw = unicodedata.normalize("NFD", "Thông\u00a0báo\u0007 của xã")
    out = normalize_text(raw)
    assert out == "Thông báo của xã"
    assert unicodedata.is_normalized("NFC", out)


def test_normalize_lines_keeps_line_count_and_order() -> None:
    lines = ["Ngày 22/2/2023", "", "UBND xã", "  "]
    out = normalize_lines(lines)
    assert len(out) == 4
    assert out[2] == "Ủy ban nhân dân xã" and out[1] == ""


def test_table_has_at_least_80_entries_including_required_ones() -> None:
    table = builtin_table()
    assert len(table) >= 80
    for key in (
        "UBND",
        "HĐND",
        "UBMTTQ",
        "CCHC",
        "TTHC",
        "BCH",
        "BHYT",
        "BHXH",
        "CCCD",
        "THCS",
        "THPT",
        "ATGT",
        "PCCC",
        "TP.",
        "Đ/c",
        "BĐH",
        "HTX",
        "CSGT",
        "NQ",
        "QĐ",
        "KH",
        "CT",
        "TB",
        "CV",
        "ĐA",
        "CP",
        "TTg",
    ):
        assert key in table, key


def test_station_file_extends_and_overrides(tmp_path: Path) -> None:
    own = tmp_path / "viet-tat.tsv"
    own.write_text("HTXNN\thợp tác xã nông nghiệp\nHTX\thợp tác xã kiểu mới\n", encoding="utf-8")
    table = load_table(own)
    assert table["HTXNN"] == "hợp tác xã nông nghiệp"
    assert normalize_text("HTXNN và HTX", own) == "hợp tác xã nông nghiệp và hợp tác xã kiểu mới"


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_texts_leave_no_digit_or_known_abbreviation(seed: Path) -> None:
    out = normalize_text(seed.read_text(encoding="utf-8"))
    assert not re.search(r"\d", out), re.findall(r".{20}\d.{20}", out)
    words = set(re.findall(r"[\w./&-]+", out))
    left = sorted(k for k in builtin_table() if k in words and not k.endswith("."))
    assert left == [], left


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("giống Q5, LY006… được trồng", "giống quy năm, e lờ i dài không không sáu, được trồng"),
        ("Dầu madút 3.5S: không cao hơn", "Dầu ma dút ba phẩy năm ét: không cao hơn"),
        ("lên mức BĐ2-BĐ3", "lên mức báo động hai đến báo động ba"),
        ("cách 4 năm [87], [89] và 2 năm [29].", "cách bốn năm và hai năm."),
        (
            "năm 2025 TP.HCM ghi nhận",
            "năm hai nghìn không trăm hai mươi lăm Thành phố Hồ Chí Minh ghi nhận",
        ),
        ("cả nước là 570 000 ha", "cả nước là năm trăm bảy mươi nghìn héc ta"),
        ("nơi cao là 5000-10 000 con/m2", "nơi cao là năm nghìn đến mười nghìn con trên mét vuông"),
        ("gọi 113 114 115 ngay", "gọi một một ba một một bốn một một năm ngay"),
        (
            "Quyết định số 1005/2008 nhằm",
            "Quyết định số một nghìn không trăm linh năm năm hai nghìn không trăm linh tám nhằm",
        ),
        ("xe tải 81L-2130 tiếp tục", "xe tải tám mươi mốt e lờ, hai một ba không tiếp tục"),
        (
            "Nguồn: https://hanoimoi.vn/video-cap-nhat-bao-so-3-677065.html",
            "Nguồn: Hà Nội mới chấm vê en",
        ),
        (
            "xem tại dichvucong.gov.vn/dvc",
            "xem tại dịch vụ công chấm gốp chấm vê en gạch chéo đê vê xê",
        ),
        ("EC đưa ra thẻ vàng", "e xê đưa ra thẻ vàng"),  # said by its letters
        (
            "trong hai ngày tới (3 và 4-7) trời nắng",
            "trong hai ngày tới, ngày ba và bốn tháng bảy, trời nắng",
        ),
        (
            "chi trả vào ngày 7 và 8-1-2021",
            "chi trả vào ngày bảy và tám tháng một năm hai nghìn không trăm hai mươi mốt",
        ),
    ],
)
def test_shapes_found_reading_raw_notices(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_capitalised_vietnamese_word_is_read_as_a_word_without_a_doubt() -> None:
    from broadcaster.speech.textnorm.normalize import check_text

    result = check_text("Từ 15h chiều nay, giá xăng TĂNG")
    assert result.text.endswith("giá xăng tăng") and result.doubts == ()


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("giá 20.000 đồng/hành khách/lượt", "giá hai mươi nghìn đồng một hành khách một lượt"),
        ("có khi chỉ 1/3 giá", "có khi chỉ một phần ba giá"),
        ("5/6 xã", "năm trên sáu xã"),
        ("dịp 30.4 - 1.5", "dịp ngày ba mươi tháng tư đến ngày một tháng năm"),
        ("nghỉ lễ 30-4 và 1-5.", "nghỉ lễ ngày ba mươi tháng tư và một tháng năm."),
        (
            "từ 2-2 đến 3-3-2026",
            "từ ngày hai tháng hai đến ngày ba tháng ba năm hai nghìn không trăm hai mươi sáu",
        ),
        (
            "tài khoản 4216.2010.02178",
            "tài khoản bốn hai một sáu chấm hai không một không chấm không hai một bảy tám",
        ),
        ("TOP10 doanh nghiệp", "tốp mười doanh nghiệp"),
        ("1 triệu hecta lúa", "một triệu héc ta lúa"),
        ("độ pH và KDL Đồ Sơn", "độ pê hát và khu du lịch Đồ Sơn"),
        ("có 2 ôtô và 3 môtô", "có hai ô tô và ba mô tô"),
        ("lúc 22 giờ15 phút", "lúc hai mươi hai giờ mười lăm phút"),
        ("sóng cao 4.0–6.0m.", "sóng cao bốn phẩy không đến sáu phẩy không mét."),
        ("đóng 12 tháng/năm", "đóng mười hai tháng một năm"),
        ("52.650 đồng x 3 tháng", "năm mươi hai nghìn sáu trăm năm mươi đồng nhân ba tháng"),
        ("Trường ĐH Khoa học Tự nhiên", "Trường đại học Khoa học Tự nhiên"),
        ("trú tại kp 5", "trú tại khu phố năm"),
        (
            "Hướng dẫn số: 05/HD-MTTQ ngày 5/3",
            "Hướng dẫn số năm của Mặt trận Tổ quốc ngày năm tháng ba",
        ),
        ("Thông báo số 57/TB-MTTW- BVĐCTTW về", "Thông báo số năm mươi bảy về"),
        (
            "theo QCVN 08-MT:2015/BTNMT",
            "theo quy xê vê en không tám em tê năm hai nghìn không trăm mười lăm của Bộ Tài"
            " nguyên và Môi trường",
        ),
        # an organisation said by its letters: its echo after the name is said, as
        # announcers do (one read by its name is dropped: «Ủy ban nhân dân (UBND)»)
        (
            "Theo Tổ chức Y tế thế giới (WHO), sởi",
            "Theo Tổ chức Y tế thế giới, vê kép hát ô, sởi",
        ),
        ("Ủy ban nhân dân (UBND) xã", "Ủy ban nhân dân xã"),
        (
            "gồm a) Tràn dầu nhỏ (dưới 20 tấn) b) Tràn dầu vừa",
            "gồm a, Tràn dầu nhỏ, dưới hai mươi tấn, bê, Tràn dầu vừa",
        ),
        ("thuốc Amistar Top® 325SC", "thuốc Amistar Top ba trăm hai mươi lăm ét xê"),
    ],
)
def test_shapes_found_in_corpus_batches_c20_to_c22(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("PGS.TS Nguyễn Văn A", "phó giáo sư, tiến sĩ Nguyễn Văn A"),
        ("Ths.BS Lê Minh", "thạc sĩ, bác sĩ Lê Minh"),
        ("GS.TSKH Trần Minh", "giáo sư, tiến sĩ khoa học Trần Minh"),
        ("TP.HCM", "Thành phố Hồ Chí Minh"),
        ("virus SARS-CoV-2", "vi rút sát cô vi hai"),
    ],
)
def test_titles_joined_by_a_dot_are_read_one_by_one(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("từ 3000oC -3500oC", "từ ba nghìn độ xê đến ba nghìn năm trăm độ xê"),
        ("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và phát triển nông thôn"),
        (
            "Số hiệu: 180/QĐ-BNN-TY",
            "Số hiệu quyết định số một trăm tám mươi của Bộ Nông nghiệp và Phát triển nông thôn",
        ),
    ],
)
def test_a_dash_after_a_measure_is_a_range_and_a_document_s_number_field(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("có 1 xã/phường đạt chuẩn", "có một xã, phường đạt chuẩn"),
        ("theo mục 2.3.", "theo mục hai chấm ba."),
        ("sóng cao 6.0m.", "sóng cao sáu phẩy không mét."),
    ],
)
def test_what_the_new_rules_leave_as_it_was(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_number_of_thousands_of_digits_is_said_digit_by_digit() -> None:
    # Python will not turn 4,300 digits into an int: no rule may try
    for text in ("1." + "000." * 1500 + "000 đồng", "1" * 5000 + "/2025", "ngày 1/" + "9" * 5000):
        spoken = normalize_text(text)
        assert not re.search(r"\d", spoken)
        assert spoken.count("không") + spoken.count("một") + spoken.count("chín") > 4000
    # thirty digits and fewer keep their reading: a bank account, a dotted amount
    assert normalize_text("1.000.000.000 đồng") == "một tỷ đồng"


def test_the_normalizers_own_doubt_markers_typed_in_the_text_are_dropped() -> None:
    from broadcaster.speech.textnorm.normalize import check_text

    result = check_text("\U000f0000 SN 1985 \U000f0000 XYZ 3/4 \ue001")
    assert "\ue001" not in result.text and "\U000f0000" not in result.text
    assert [(d.span, d.reading) for d in result.doubts] == [
        ("XYZ", "ích i dài dét"),
        ("3/4", "ngày ba tháng tư"),
    ]
    said = "sinh năm một nghìn chín trăm tám mươi lăm ích i dài dét ngày ba tháng tư"
    assert result.text.lower() == said
