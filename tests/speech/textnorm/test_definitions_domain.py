"""Abbreviations a bulletin defines itself, and shapes that belong to one kind of bulletin
(fuel grades, diopters, fishing-boat numbers, storm names), per-mille, count lists, a day
range whose month follows only the second day, and service numbers that are measures."""

import pytest

from broadcaster.speech.textnorm.definitions import defined_words, read_definitions, read_echoes
from broadcaster.speech.textnorm.doubts import ECHO
from broadcaster.speech.textnorm.normalize import check_text, normalize_text


@pytest.mark.parametrize(
    ("before", "abbreviation", "words"),
    [
        ("nước mặn xâm nhập mặn", "XNM", "xâm nhập mặn"),
        ("lên mức báo động", "BĐ", "báo động"),
        ("số liệu từ Sở Nông nghiệp và Môi trường", "NNMT", "Nông nghiệp và Môi trường"),
        ("Kế hoạch Bảo vệ và phát triển rừng", "KHBV&PTR", "Kế hoạch Bảo vệ và phát triển rừng"),
        ("vùng đồng bằng sông Cửu Long", "ĐBSCL", "đồng bằng sông Cửu Long"),
        # not a definition: the initials are not the letters, or something stands between
        ("tiêm vaccine Sởi-Rubella", "MR", None),
        ("xâm nhập mặn, năm nay", "XNM", None),
        ("một tỉnh", "TP", None),
    ],
)
def test_the_words_before_a_bracket_define_it_when_their_initials_are_its_letters(
    before: str, abbreviation: str, words: str | None
) -> None:
    assert defined_words(before, abbreviation) == words


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "xâm nhập mặn (XNM) tăng nhẹ. Từ ngày 24, XNM tăng cao.",
            "xâm nhập mặn tăng nhẹ. Từ ngày 24, xâm nhập mặn tăng cao.",
        ),
        ("mức báo động (BĐ)1-BĐ2, trên BĐ3", "mức báo động 1-báo động 2, trên báo động 3"),
        ("Ủy ban nhân dân (UBND) xã", "Ủy ban nhân dân xã"),
        ("vaccine Sởi-Rubella (MR) năm 2021", "vaccine Sởi-Rubella (MR) năm 2021"),
    ],
)
def test_a_defined_abbreviation_is_read_as_its_words_after_the_bracket_is_dropped(
    text: str, spoken: str
) -> None:
    assert " ".join(read_definitions(text).split()) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "tổ chức tham gia bảo hiểm tiền gửi theo quy định của Luật BHTG.",
            "tổ chức tham gia bảo hiểm tiền gửi theo quy định của Luật bảo hiểm tiền gửi.",
        ),
        ("hệ thống truy xuất nguồn gốc, … hệ thống TXNG khác", "thống truy xuất nguồn gốc khác"),
        # three letters match runs of words by chance; words said after it define nothing
        ("Lãnh đạo TCT Lương thực, trong công tác thu mua", "Lãnh đạo TCT Lương thực"),
        ("Luật BHTG quy định tổ chức bảo hiểm tiền gửi", "Luật BHTG quy"),
        ("BẢN TIN THỜI TIẾT: Ngày mai trời ít nắng", "BẢN TIN THỜI TIẾT"),
        ("bà HOANG, các hộ ở ấp Nhì, gia đình", "bà HOANG"),  # a word in capitals
        ("Hộ ông Nguyễn Duy An bị mất xe máy HONDA màu đỏ.", "xe máy HONDA"),  # a brand
        (
            "Sở Nông nghiệp và Văn phòng Đăng ký đất đai làm việc; VPĐK cam kết",
            "; văn phòng đăng ký cam kết",  # «và» only between the words
        ),
        # words of another language, a code's part, a number after, a symbol, a bracket alone
        ("Body Mass Index (BMI) và chỉ số BMI", "chỉ số BMI"),
        ("Tờ trình số 682/TTr- SCT của Sở Công Thương", "682/TTr- SCT"),
        ("tiêu chuẩn cơ sở TCCS 3:2018", "TCCS 3:2018"),
        ("mốc chỉ giới đường đỏ, có ký hiệu CGĐ.", "có ký hiệu CGĐ."),
        ("Quỹ bình ổn giá xăng dầu (BOG) đối với", "(BOG)"),
        ("Tiêu chuẩn Việt Nam TCVN", "Tiêu chuẩn Việt Nam TCVN"),
        ("Ủy ban nhân dân UBND", "UBND"),  # the table knows it
    ],
)
def test_letters_no_table_knows_are_read_as_the_words_the_same_text_says(
    text: str, spoken: str
) -> None:
    assert spoken in read_echoes(text, frozenset({"UBND"}))


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # definitions, end to end
        (
            "Sở Nông nghiệp và Môi trường (NNMT) báo cáo. Sở NNMT đề nghị",
            "Sở Nông nghiệp và Môi trường báo cáo. Sở Nông nghiệp và Môi trường đề nghị",
        ),
        ("lên báo động (BĐ)2, có sông trên BĐ3", "lên báo động hai, có sông trên báo động ba"),
        # fuel grades
        ("xăng E5RON92 giảm", "xăng e năm rôn chín mươi hai giảm"),
        ("xăng E5 RON 92 tăng", "xăng e năm rôn chín mươi hai tăng"),
        ("xăng RON95-III giữ nguyên", "xăng rôn chín mươi lăm ba giữ nguyên"),
        ("xăng RON 95-V", "xăng rôn chín mươi lăm năm"),
        # eye diopters in call-up notices
        ("bị cận thị từ 5D trở lên", "bị cận thị từ năm đi ốp trở lên"),
        ("viễn thị 1,5D", "viễn thị một phẩy năm đi ốp"),
        # fishing-boat numbers: letters spelled, digits one by one, «tê ét»
        ("tàu cá BTh-97188-TS", "tàu cá bê tê hát chín bảy một tám tám tê ét"),
        ("tàu QNa 90668 TS", "tàu quy en a chín không sáu sáu tám tê ét"),
        ("tàu BĐ 97910 TS", "tàu bê đê chín bảy chín một không tê ét"),
        ("tàu KG-91234-TS", "tàu ca giê chín một hai ba bốn tê ét"),
        # storm names in capitals
        ("bão YAGI mạnh lên", "bão Ya gi mạnh lên"),
        ("bão KOINU mạnh lên", "bão Koinu mạnh lên"),
        ("cơn bão WIPHA đổ bộ", "cơn bão Uy pha đổ bộ"),
        # per mille typed as «%o»
        ("độ mặn 4%o trở lên", "độ mặn bốn phần nghìn trở lên"),
        ("độ mặn 10 %o", "độ mặn mười phần nghìn"),
        ("độ mặn 2‰", "độ mặn hai phần nghìn"),
        # «/» before «lần» and after a money word
        ("thu gom 1 ngày/lần", "thu gom một ngày một lần"),
        ("giảm 970 đồng/ký", "giảm chín trăm bảy mươi đồng một ký"),
        ("uống 2 lần/ngày", "uống hai lần mỗi ngày"),
        # three counts joined by «/» are a list; two stay a ratio
        (
            "bị bắt giữ (35 vụ/50 tàu/449 ngư dân)",
            "bị bắt giữ, ba mươi lăm vụ, năm mươi tàu, bốn trăm bốn mươi chín ngư dân",
        ),
        ("112,8 trẻ trai/100 trẻ gái", "một trăm mười hai phẩy tám trẻ trai trên một trăm trẻ gái"),
        # a day range with the month only after the second day
        ("Từ 18 đến 20-9 có mưa", "Từ mười tám đến ngày hai mươi tháng chín có mưa"),
        ("từ 3 tới 5-10", "từ ba tới ngày năm tháng mười"),
        ("mưa từ 10 đến 11-12 giờ đêm", "mưa từ mười đến mười một đến mười hai giờ đêm"),
        ("từ 1 đến 2-3 ngày", "từ một đến hai đến ba ngày"),
        ("đoạn từ km 3 đến 5-6", "đoạn từ ki lô mét ba đến năm đến sáu"),
        # a service number followed by a measure is a number
        (
            "tọa độ 111 độ 26 phút kinh Đông",
            "tọa độ một trăm mười một độ hai mươi sáu phút kinh Đông",
        ),
        ("gọi 111 để báo", "gọi một một một để báo"),
        # a gauge reading's clock time and day, a day word glued to its number
        ("đạt đỉnh lúc 2h/21/7", "đạt đỉnh lúc hai giờ ngày hai mươi mốt tháng bảy"),
        ("đến 19h/05/7 tại Phả Lại", "đến mười chín giờ ngày năm tháng bảy tại Phả Lại"),
        ("theo Reuters ngày1/2", "theo Reuters ngày một tháng hai"),
        # a dotted day and month after «tối nay», «sáng mai»
        (
            "Từ tối nay 26.2 đến ngày 28.2",
            "Từ tối nay hai mươi sáu tháng hai đến ngày hai mươi tám tháng hai",
        ),
        ("sáng mai 3.9", "sáng mai ba tháng chín"),
        # «BS» before a licence plate is «biển số», elsewhere «bác sĩ»
        (
            "để lại xe máy BS 64E1-612.37",
            "để lại xe máy biển số sáu mươi tư e một, sáu một hai chấm ba bảy",
        ),
        ("BS Nguyễn Văn A", "bác sĩ Nguyễn Văn A"),
        ("theo PV Dân trí", "theo phóng viên Dân trí"),
        # a day and month joined by a spaced en dash after a day word; a scale with «/»
        ("20 giờ tối ngày 29 – 12", "hai mươi giờ tối ngày hai mươi chín tháng mười hai"),
        ("bản đồ tỷ lệ 1/2000", "bản đồ tỷ lệ một trên hai nghìn"),
        ("đợt 3/2026", "đợt ba năm hai nghìn không trăm hai mươi sáu"),
        # a person's initial after a name is a letter, not «quyền»
        ("phụ xe là anh Phan Công Q. (36 tuổi)", "phụ xe là anh Phan Công Quy, ba mươi sáu tuổi"),
        ("Q. Chủ tịch UBND xã", "quyền Chủ tịch Ủy ban nhân dân xã"),
        # fertiliser grades; farming abbreviations; two known abbreviations joined by «/»
        ("bón 15 kg NPK 20-20-15", "bón mười lăm ki lô gam en pê ca hai mươi, hai mươi, mười lăm"),
        ("NPK 16-16-8-13S", "en pê ca mười sáu, mười sáu, tám, mười ba ét"),
        ("đẻ nhánh (22-25 NSS)", "đẻ nhánh, hai mươi hai đến hai mươi lăm ngày sau sạ"),
        ("viêm gan B, HIV/AIDS", "viêm gan bê, hát i vê, ết"),
        # a party document whose issuer is written with Vietnamese capitals
        ("Kết luận số 2416-TB/TƯ của", "Kết luận số hai nghìn bốn trăm mười sáu thông báo của"),
        # capitals of a place name without its marks
        ("EVN HANOI thông báo", "e vê en Hà Nội thông báo"),
    ],
)
def test_bulletin_shapes_are_read_as_an_announcer_reads_them(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_storm_name_is_shown_as_a_guess() -> None:
    doubts = check_text("bão KOINU mạnh lên").doubts
    assert [(d.span, d.reading) for d in doubts] == [("KOINU", "Koinu")]


def test_a_storm_name_the_table_knows_is_no_guess() -> None:
    assert check_text("bão YAGI mạnh lên").doubts == ()


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "giống OM5451, OM 4900",
            "giống ô mờ năm nghìn bốn trăm năm mươi mốt, ô mờ bốn nghìn chín trăm",
        ),
        ("lúa OM 18 (tươi)", "lúa ô mờ mười tám, tươi"),
        ("theo QCVN 08:2008", "theo quy xê vê en không tám năm hai nghìn không trăm linh tám"),
        # a generation's «4.0», a sub-clause, a valve's code (not a date)
        (
            "Cách mạng công nghiệp 4.0, CMCN 4.0",
            "Cách mạng công nghiệp bốn chấm không, cách mạng công nghiệp bốn chấm không",
        ),
        ("tại khoản 3.40 Điều 3, Mục 2.1", "tại khoản ba chấm bốn mươi Điều ba, Mục hai chấm một"),
        ("van DMA 08-02 đóng", "van đê em a không tám không hai đóng"),
        # Agent Orange and its dioxin: one poison, the slash unsaid
        (
            "Hội Nạn nhân chất độc da cam/dioxin, phơi nhiễm CĐDC/Dioxin",
            "Hội Nạn nhân chất độc da cam đi ô xin, phơi nhiễm chất độc da cam đi ô xin",
        ),
        (
            "theo TCVN 5502.2003 và",
            "theo tê xê vê en năm nghìn năm trăm linh hai chấm hai nghìn không trăm linh ba và",
        ),
        ("bụi mịn PM2.5 và PM10.", "bụi mịn pê em hai phẩy năm và pê em mười."),
        ("loại 200.000 UI", "loại hai trăm nghìn đơn vị quốc tế"),
        # a Latin abbreviation's D is «đê», its O «ô»; Vietnamese initials keep «dê»
        ("Trung tâm HCDC cho biết", "Trung tâm hát xê đê xê cho biết"),
        ("chỉ số BOD5 và COD", "chỉ số bê ô đê năm và xê ô đê"),
        ("khí CO rất độc", "khí xê ô rất độc"),
        ("chị D. (20 tuổi)", "chị dê, hai mươi tuổi"),
    ],
)
def test_notices_of_farming_health_and_environment(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "phân bón 16-16-8 và 30-30-10",
            "phân bón mười sáu, mười sáu, tám và ba mươi, ba mươi, mười",
        ),
        ("thắng với tỷ số 2-1", "thắng với tỷ số hai một"),
        ("hòa 1 - 1", "hòa một một"),
        ("cao khoảng 1m6 đến 1m65", "cao khoảng một mét sáu đến một mét sáu mươi lăm"),
        ("hút 5m3 cát", "hút năm mét khối cát"),
        ("Sđt: 0983.824.882", "số điện thoại: không chín tám ba tám hai bốn tám tám hai"),
    ],
)
def test_grades_scores_heights_and_a_phone_field(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_an_echo_is_a_guess_shown_to_the_operator_with_its_reason() -> None:
    result = check_text("Luật bảo hiểm tiền gửi có hiệu lực. Tổ chức BHTG chi trả ngay.")
    echoes = [d for d in result.doubts if d.kind == ECHO]
    assert [(d.span, d.reading) for d in echoes] == [("BHTG", "bảo hiểm tiền gửi")]
    assert "cùng chữ cái đầu" in echoes[0].reason
    assert result.text[echoes[0].start : echoes[0].end] == "bảo hiểm tiền gửi"


def test_an_echo_in_brackets_after_its_words_is_dropped_and_no_doubt() -> None:
    result = check_text("Hội đã hoàn thành Đại hội đại biểu phụ nữ (ĐH ĐBPN) cấp cơ sở.")
    assert "Đại hội đại biểu phụ nữ cấp cơ sở" in result.text
    assert not [d for d in result.doubts if d.kind == ECHO]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # foreign words before their letters: the letters are the name announcers say
        ("cự ly full marathon (FM) và", "cự ly full marathon, ép em, và"),
        ("dự án Helen Keller International (HKI)", "dự án Helen Keller International, hát ca i"),
        # Vietnamese words: the bracket is an echo, dropped, and later uses read as the words
        ("xâm nhập mặn (XNM) tăng; XNM cao", "xâm nhập mặn tăng; xâm nhập mặn cao"),
    ],
)
def test_letters_defined_by_foreign_words_are_said(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_definition_by_mostly_vietnamese_words_is_an_echo_even_with_a_local_name() -> None:
    assert normalize_text("Ban quản lý rừng Ea Sô (BQLRES) cho biết, BQLRES đã") == (
        "Ban quản lý rừng Ea Sô cho biết, Ban quản lý rừng Ea Sô đã"
    )
