"""The kinds of misreading found on real bulletins of new genres (issue 19), one table per kind.

Each row is the shape as written and the reading an announcer gives; the examples are of the
same kind as the real passages, not the passages themselves (those are in the corpus).
"""

import pytest

from broadcaster.speech.textnorm.normalize import check_lines, make_checker, normalize_text


def reads(text: str) -> str:
    return normalize_text(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("xe 51F-007.45 bỏ chạy", "năm mươi mốt ép, không không bảy chấm bốn năm"),
        ("xe BKS 50H-208.56 chở lợn", "biển kiểm soát năm mươi hát, hai không tám chấm năm sáu"),
        ("xe máy BKS 66B1 38978 lưu thông", "sáu mươi sáu bê một, ba tám chín bảy tám"),
        ("biển số 29A 12345", "hai mươi chín a, một hai ba bốn năm"),
        ("lớp 10A 2024 có", "lớp mười a hai nghìn"),  # no plate word: a class and a year
    ],
)
def test_licence_plates_keep_every_digit(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("TDP Thanh Lương 4", "tổ dân phố Thanh Lương bốn"),
        ("Hội ND xã tổ chức", "Hội Nông dân xã tổ chức"),
        ("Hội NDVN", "Hội Nông dân Việt Nam"),
        ("theo diện XKLĐ", "xuất khẩu lao động"),
        ("Bộ LĐ-TB-XH", "lao động, thương binh và xã hội"),
        ("tại TP.HCM và TP. Huế", "tại Thành phố Hồ Chí Minh và thành phố Huế"),
        ("34 tỉnh/TP ghi nhận", "tỉnh, thành phố ghi nhận"),
        ("chụp X quang tim phổi", "ích quang"),
        ("Q.Tân Bình", "quận Tân Bình"),
        ("Q. Chủ tịch UBND", "quyền Chủ tịch"),
    ],
)
def test_abbreviations_of_new_genres_are_read_as_words(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("nộp hồ sơ đợt 3/2026", "đợt ba năm hai nghìn không trăm hai mươi sáu"),
        ("từ 3/2026 sẽ áp dụng", "từ tháng ba năm hai nghìn không trăm hai mươi sáu"),
        (
            "niên vụ 2022/23",
            "hai nghìn không trăm hai mươi hai đến hai nghìn không trăm hai mươi ba",
        ),
        ("112,8 trẻ trai/100 trẻ gái", "một trăm mười hai phẩy tám trẻ trai trên một trăm trẻ gái"),
        ("quý 3/2024", "quý ba năm hai nghìn không trăm hai mươi tư"),
    ],
)
def test_a_slash_that_is_neither_a_date_nor_per(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Từ 8-2024 đến nay", "Từ tháng tám năm hai nghìn không trăm hai mươi tư đến nay"),
        ("vào 11.2023 tới", "vào tháng mười một năm hai nghìn không trăm hai mươi ba"),
        ("phố 19-5", "phố Mười chín tháng Năm"),
        ("Sáng 3-11, hồ xả lũ", "Sáng ba tháng mười một"),
        ("từ chiều 8.12, thủy điện", "từ chiều tám tháng mười hai"),
        ("Hôm 12.3, Mỹ", "Hôm mười hai tháng ba"),
        ("hai ngày 4 và 5-11", "ngày bốn và năm tháng mười một"),
        ("Ngày Quốc tế Lao động 1-5", "Lao động một tháng năm"),
        ("Từ ngày 18.11 - 28.11", "từ ngày mười tám tháng mười một đến ngày hai mươi tám"),
        (
            "Từ 01/11/2024 - 31/12/2024 khám",
            "hai mươi tư đến ngày ba mươi mốt tháng mười hai",
        ),
    ],
)
def test_a_dash_in_a_date_is_not_a_range_of_numbers(text: str, reading: str) -> None:
    assert reading.lower() in reads(text).lower()


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "theo TCVN 5502.2003 và",
            "năm nghìn năm trăm linh hai chấm hai nghìn không trăm linh ba và",
        ),
        ("mục 2.3.4 quy định", "mục hai chấm ba chấm bốn quy định"),
        ("2.1. Đăng ký tài khoản", "Hai chấm một, Đăng ký"),
        ("giá 1.500 đồng", "một nghìn năm trăm đồng"),
    ],
)
def test_a_dot_inside_a_code_is_not_a_sentence_end(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("từ 7-9h sáng", "từ bảy đến chín giờ sáng"),
        ("khung giờ 11-14h", "mười một đến mười bốn giờ"),
        ("độ mạnh 7.0-7.9 độ", "bảy phẩy không đến bảy phẩy chín"),
        ("mực nước 4.1 - 4.2m", "bốn phẩy một đến bốn phẩy hai mét"),
        ("từ 22-24oC", "hai mươi hai đến hai mươi tư độ xê"),
        ("6.1 ha", "sáu phẩy một héc ta"),
    ],
)
def test_a_range_with_the_unit_after_the_second_number_is_read_whole(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("kích thước 20 x 30 cm", "hai mươi nhân ba mươi xăng ti mét"),
        ("tấm 20cm x 30cm", "hai mươi xăng ti mét nhân ba mươi xăng ti mét"),
        ("bể 2mx3m", "hai mét nhân ba mét"),
    ],
)
def test_x_between_numbers_is_times(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("lúc 8g tối nay", "lúc tám giờ tối nay"),
        ("lúc 8g30 sáng", "tám giờ ba mươi phút sáng"),
        ("mua 8g muối", "tám gam muối"),
        ("lúc 17giờ 30 chiều", "mười bảy giờ ba mươi chiều"),
    ],
)
def test_hours_written_with_g_or_glued_gio(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("khoảng 500,000 trận", "năm trăm nghìn trận"),
        ("1,500,000 người", "một triệu năm trăm nghìn người"),
        ("tọa độ 20.746 độ vĩ Bắc", "hai mươi phẩy bảy trăm bốn mươi sáu độ vĩ Bắc"),
        ("ngày 6.1", "ngày sáu tháng một"),
    ],
)
def test_number_shapes_from_other_conventions(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("anh H. đã chuyển", "anh hát đã chuyển"),
        ("chị D. (20 tuổi)", "chị dê, hai mươi tuổi"),
        ("thương binh loại B", "loại bê"),
        ("Công văn số 354/TE-CSTE ngày 21/7/2021", "số ba trăm năm mươi tư ngày"),
        ("Quyết định số 168a/QĐ-UBND", "số một trăm sáu mươi tám a"),
    ],
)
def test_initials_classes_and_filing_codes(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Nghị quyết 12/2024 của HĐND", "Nghị quyết mười hai năm hai nghìn không trăm hai mươi tư"),
        ("Luật 61/2020 về", "Luật sáu mươi mốt năm hai nghìn không trăm hai mươi"),
    ],
)
def test_a_document_cited_by_number_in_a_year_is_not_a_month(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("từ 21g đến 21g15", "từ hai mươi mốt giờ đến hai mươi mốt giờ mười lăm phút"),
        ("từ 15g cùng ngày", "từ mười lăm giờ cùng ngày"),
        ("20 giờ 30 - 21 giờ 30", "hai mươi giờ ba mươi đến hai mươi mốt giờ ba mươi"),
        ("khoảng 10g tại căn nhà", "khoảng mười gam tại"),
    ],
)
def test_hour_spans_written_with_g_or_giờ(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("sấy 4 tấn/mẻ", "bốn tấn một mẻ"),
        ("15 triệu con xuất trại/lứa", "xuất trại một lứa"),
        ("30 chi tiết/bộ", "ba mươi chi tiết một bộ"),
        ("tốc độ 93 Mbps", "chín mươi ba mê ga bít trên giây"),
        ("độ phân giải 300 dpi", "ba trăm đê pê i"),
        ("ảnh 2.048px x 1.536px", "pích xen nhân một nghìn năm trăm ba mươi sáu pích xen"),
        ("kích thước 9.7m * 4m", "chín phẩy bảy mét nhân bốn mét"),
        ("xe 4700cc", "bốn nghìn bảy trăm phân khối"),
        ("tiết kiệm 451.000 kwh", "bốn trăm năm mươi mốt nghìn ki lô oát giờ"),
        ("khí CO₂", "khí xê ô hai"),
        ("mỗi liều 0,5ml", "mỗi liều không phẩy năm mi li lít"),
        ("mức nước bằng 1/2 cây lúa", "bằng một phần hai cây lúa"),
    ],
)
def test_rates_per_batch_units_of_data_and_formulas(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("gửi file .jpg, .png", "file chấm gi pê giê, chấm pê nờ giê"),
        ("định dạng .pdf hoặc .mp4.", "chấm pê đê ép hoặc chấm em pê bốn."),
        ("tuyến cáp S1.7 gặp sự cố", "ét một phẩy bảy gặp"),
        ("vựa rau F2.20 lại", "ép hai"),
        ("Sofit 300 EC, Bebu 30 WP", "ba trăm e xê, Bebu ba mươi vê kép pê"),
        ("Sofit 300ND", "ba trăm en đê"),
        ("cửa hàng xăng dầu số VIII", "số tám"),
        ("vắc xin Qdenga", "vắc xin Quy đen ga"),
        ("virus DEN-2", "đen hai"),
        ("cài ứng dụng VNeID", "vê nờ e i đê"),
        ("Sở KH và CN", "Sở khoa học và công nghệ"),
        ("bệnh viện, TT y tế", "Trung tâm y tế"),
    ],
)
def test_files_codes_formulations_and_names(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("ngày 20tháng 6 năm 2012", "ngày hai mươi tháng sáu năm"),
        ("ngày 26/2/1998của", "năm một nghìn chín trăm chín mươi tám của"),
        ("lúc 12:05 - 04/10/2024", "mười hai giờ năm phút"),
        (
            "từ 9/2024 - 9/2026",
            "tháng chín năm hai nghìn không trăm hai mươi tư đến tháng chín năm hai nghìn",
        ),
        ("tháng 9/2024-9/2026", "tư đến tháng chín năm hai nghìn không trăm hai mươi sáu"),
    ],
)
def test_dates_glued_to_words_and_month_spans_written_with_a_slash(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("trẻ em 12 tháng – 2 tuổi, uống", "mười hai tháng đến hai tuổi"),
        ("trẻ 6 tháng tuổi - 5 tuổi", "sáu tháng tuổi đến năm tuổi"),
        ("cách ly từ 2 ngày - 1 tuần", "hai ngày đến một tuần"),
        ("trong 3 tháng - 1 năm", "ba tháng đến một năm"),
        # a date's year before the dash, or a number after a unit word, is no duration span
        ("30/4/1975 - 30 tháng 4 năm 2025", "bảy mươi lăm, ba mươi tháng tư"),
        ("giai đoạn 5 năm 2021-2025", "năm năm hai nghìn không trăm hai mươi mốt đến"),
    ],
)
def test_a_dash_between_two_durations_is_a_span(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("08/09/2022 1:00 PM (GMT+7)", "một giờ chiều"),
        ("đăng lúc 8:30 PM", "tám giờ ba mươi phút tối"),
        ("12:05 PM", "mười hai giờ năm phút trưa"),
        ("02/10/2013 02:20:24 PM Ngày", "hai giờ hai mươi phút hai mươi tư giây chiều"),
        ("10:00 AM", "mười giờ sáng"),
        ("lúc 9:29 CH", "chín giờ hai mươi chín phút chiều"),
        # a score after «tỷ số … là», a school named after a day
        ("với tỷ số chung cuộc là 2-1 đấu với", "tỷ số chung cuộc là hai một đấu"),
        ("Quận 7: Mầm non 19-5, mầm non Hoa Hồng", "Mầm non Mười chín tháng Năm,"),
        ("Trường THCS 2-9 tổ chức", "trung học cơ sở Hai tháng Chín tổ chức"),
    ],
)
def test_english_half_days_scores_and_schools_named_after_a_day(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("đã mở cửa trở lại 5/6 sân bay phải", "lại năm trên sáu sân bay"),
        ("Tỷ lệ mắc ở người trưởng thành là 1/5, nghĩa là", "thành là một phần năm,"),
        # a rate in another clause, or a time cue, leaves the date
        ("tỷ lệ đạt cao, thời hạn là 1/5", "thời hạn là ngày một tháng năm"),
        ("tỷ lệ tiêm đến 30/6 là 95%", "đến ngày ba mươi tháng sáu"),
    ],
)
def test_a_share_of_counted_things_or_a_rate_is_no_date(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # from a year to a month of a later year
        ("Từ năm 1993 - 6/1998, hàng chục", "chín mươi ba đến tháng sáu năm một nghìn chín"),
        ("(2007 – 6/2016)", "linh bảy đến tháng sáu năm hai nghìn không trăm mười sáu"),
        ("thời hạn (8.2019-7.2029)", "tháng tám năm hai nghìn không trăm mười chín đến tháng bảy"),
        # a share of the twelve months, not the ninth of December
        ("thời tiết 9/12 tháng trong năm có sương", "chín trên mười hai tháng trong năm"),
        ("ngày 9/12 tháng này", "ngày chín tháng mười hai tháng này"),
        # a times sign between a word and itself: a planting grid
        ("mật độ hàng x hàng 50 cm, cây × cây 25 cm", "hàng nhân hàng năm mươi"),
        ("cây × cây 25 cm", "cây nhân cây hai mươi lăm"),
        # an element's symbol in brackets after its name, said by its letters
        ("hàm lượng chì (Pb) và thủy ngân (Hg) cao", "chì, pê bê, và thủy ngân, hát giê, cao"),
        # counts per a thing that holds them, per a cut of grass
        ("Số ổ đẻ: 4-5 ngan mái/ổ.", "bốn đến năm ngan mái một ổ"),
        ("100 – 200 quả/ổ", "hai trăm quả một ổ"),
        ("đạt 500 tấn/ha/lứa (40 - 45 ngày tuổi/lứa)", "tấn một héc ta một lứa, bốn mươi"),
        ("45 ngày tuổi/lứa", "ngày tuổi một lứa"),
        # a Roman numeral no rule took is a number, never letters
        ("Trung tâm NCTS III cung cấp", "en xê tê ét ba cung cấp"),
        ("dự án RE II, với", "hai, với"),
        # a table's three-part abbreviation typed with spaced dashes; containers in TEU
        ("Thanh tra Sở LĐ - TB - XH tỉnh", "lao động, thương binh và xã hội tỉnh"),
        ("đạt 6,2 triệu TEU, trên 206.000TEUs", "hai triệu tê e u, trên hai trăm linh sáu"),
    ],
)
def test_year_spans_shares_of_months_grids_elements_holders_and_numerals(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a unit after a number, then a range with a glued dash
        ("khoảng 300 kg-350 kg cua", "ba trăm ki lô gam đến ba trăm năm mươi ki lô gam"),
        ("từ 5 ha-7 ha lúa", "năm héc ta đến bảy héc ta"),
        # hectares after «mỗi», «trên»
        ("bình quân mỗi ha thu hoạch", "mỗi héc ta thu hoạch"),
        ("hiệu quả trên ha canh tác", "trên héc ta canh tác"),
        # per hour after what a number counts; «p/h» and «T/h» are no hours
        ("công suất 1.500 khách/h, vận tốc", "một nghìn năm trăm khách mỗi giờ"),
        ("60 km/h", "sáu mươi ki lô mét một giờ"),
        ("(để p/h); T/h: Xuân", "để phối hợp, tổng hợp: Xuân"),
        # a customs code by its letters; a service number before a unit is a measure
        ("mã HS 0803 của", "mã hát ét không tám không ba"),
        ("công suất 112 MW, sẽ", "một trăm mười hai mê ga oát"),
        ("gọi 112 ngay", "gọi một một hai ngay"),
        # a house number of several parts, or closed by a letter
        ("nhà trọ tại 780/8/52/6E Bình Giã", "tám mươi trên tám trên năm mươi hai trên sáu e"),
        ("hẻm số 246/4A, đường", "hai trăm bốn mươi sáu trên bốn a"),
        ("ngày 12/3/2024", "ngày mười hai tháng ba năm"),
        # an electronic service's capitals are letters; «quận 4» as every annotator says it
        ("mở bằng eKYC.", "e ca i dài xê"),
        ("TAND quận 4, Quận IV", "quận bốn, Quận bốn"),
        ("chia sẻ lên MXH", "lên mạng xã hội"),
    ],
)
def test_unit_ranges_hectares_per_hour_customs_codes_house_numbers_and_services(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a glued dash between two sums of money is a range
        ("từ 300.000 đồng-1 triệu đồng/con", "ba trăm nghìn đồng đến một triệu đồng một con"),
        # a boat's number after «tàu» keeps its letters; three digits stay a number
        ("kiểm tra tàu BN-0629 đang", "tàu bê en không sáu hai chín đang"),
        ("tàu KN-201 nhận tin", "tàu ca en hai trăm linh một nhận tin"),
        # two house numbers, the second closed by a letter
        ("Số 154-154A, Trần Quang Khải", "Số một trăm năm mươi tư đến một trăm năm mươi tư a,"),
        # two months of one year; a named day keeps its date
        ("trong 2 tháng (7-8/2025), cơ quan", "hai tháng, tháng bảy đến tháng tám năm hai nghìn"),
        ("ngày 7-8/2025", "ngày bảy tháng tám năm hai nghìn"),
        ("mẫu vượt GHCP", "mẫu vượt giới hạn cho phép"),
        ("tỷ lệ mắc UVSS giảm", "tỷ lệ mắc uốn ván sơ sinh giảm"),
        ("đến 9.500 cfu/ml", "chín nghìn năm trăm xê ép u trên mi li lít"),
    ],
)
def test_money_ranges_boat_numbers_house_pairs_and_months_of_a_year(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("năng suất 5 tấn một ha", "năm tấn một héc ta"),  # «một ha» after a unit: per hectare
        ("một ha đất", "một héc ta đất"),  # «một ha» is no laugh: hectares
        ("công suất > 90cv.", "trên chín mươi mã lực"),
        ("Cấp cứu 24/7: gọi ngay", "Cấp cứu hai mươi tư trên bảy"),
        ("viêm màng não (tỷ lệ tử vong 1/6)", "tỷ lệ tử vong một phần sáu"),
        ("đến khoảng 27,28 Tết", "hai mươi bảy, hai mươi tám Tết"),
        ("Sáng 29.4 (10.3 âm lịch)", "mười tháng ba âm lịch"),
        ("nhằm ngày 15.4 - 27.4 âm lịch", "tháng tư đến ngày hai mươi bảy tháng tư âm lịch"),
        ("Đài PT.TH An Giang", "Đài phát thanh truyền hình An Giang"),
        ("về VQG Tràm Chim", "về vườn quốc gia Tràm Chim"),
        ("trên chuyến bay VN 593 từ", "chuyến bay vê en năm chín ba từ"),
    ],
)
def test_per_hectare_horsepower_round_the_clock_rates_lunar_days_and_flights(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("trung bình 50 - 60 trái/buồng", "năm mươi đến sáu mươi trái một buồng"),
        ("các ngày 25,26 và 27/01/2020", "hai mươi lăm, hai mươi sáu và hai mươi bảy tháng một"),
        ("máy tạo hình CNC, máy", "tạo hình xê en xê"),
        ("từ đầu năm đến nay (8.8), hệ thống", "đến nay, tám tháng tám,"),
        ("từ ngày mùng 9- 11 tháng Giêng", "mùng chín đến mười một tháng Giêng"),
        ("Truyền hình Cáp (VTVcab)", "vê tê vê cáp"),
        # a share said again is a share, while the same shape after «ngày» stays a date
        ("1/3 số ca có thể dự phòng; 1/3 có thể chữa khỏi", "dự phòng; một phần ba có thể"),
        ("hạn 1/3 số hồ sơ; ngày 1/3 họp", "ngày một tháng ba họp"),
    ],
)
def test_holders_listed_days_machine_letters_and_a_share_said_again(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("ít nhất 10 triệu đồng/1 tháng.", "mười triệu đồng một tháng"),
        ("(tức 13,14 và 15 tháng Ba)", "mười ba, mười bốn và mười lăm tháng Ba"),
        ("trẻ 2,5 tháng tuổi", "hai phẩy năm tháng tuổi"),  # a decimal before «tháng tuổi»
        ("chụp CT Scanner cho thấy", "chụp xê tê"),
        ("Phó trưởng CAQ Bắc Từ Liêm", "Phó trưởng Công an quận Bắc Từ Liêm"),
        ("trồng CAQ tại xã", "trồng cây ăn quả"),
        ("thị lực còn 4/10 (mắt phải) và 7/10 (mắt trái)", "mười, mắt phải, và bảy trên mười"),
        ("giảm 1/5 so với năm trước; từ 7/5 sẽ", "từ ngày bảy tháng năm"),
        ("Bệnh viện TWQĐ 108", "trung ương quân đội một trăm linh tám"),
        ("TS.KTS. Hoàng Đạo Cương", "tiến sĩ, kiến trúc sư"),
        ("Hơn 50 CĐV và TMH", "năm mươi cổ động viên và tai mũi họng"),
    ],
)
def test_per_one_listed_days_scans_district_police_sight_and_titles(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("gieo tháng 11- 1 dl, thu hoạch", "tháng mười một đến tháng một dương lịch"),
        ("pha 5 dl sữa", "năm đề xi lít sữa"),  # no month before: a volume
        ("lứa tuổi từ U7-U20, cùng", "u bảy đến u hai mươi"),
        ("từ 20 – 30g/củ.", "hai mươi đến ba mươi gam một củ"),
        ("máy tạo oxy và Sở KH-ĐT", "máy tạo ô xi và Sở kế hoạch và đầu tư"),
    ],
)
def test_solar_months_age_groups_per_tuber_and_oxygen(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("chị phải trải qua 4-6 cơn động kinh", "bốn đến sáu cơn"),  # «qua» is no «hôm qua»
        ("Phó Chủ tịch TT UBND thành phố", "Phó Chủ tịch thường trực Ủy ban nhân dân"),
        ("TT Phong Điền", "thị trấn Phong Điền"),
        ("PBT.TT Đảng ủy", "Phó Bí thư Thường trực Đảng ủy"),
        ("CT liều thấp và Công ty NLN", "xê tê liều thấp và Công ty nông lâm nghiệp"),
    ],
)
def test_bouts_standing_members_low_dose_scans(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("các TS sẽ bắt đầu làm bài thi môn ngữ văn", "các thí sinh sẽ bắt đầu làm bài"),
        ("Chiều, các TS thi môn toán.", "các thí sinh thi môn toán"),
        ("TS Nguyễn Văn An thi hành nhiệm vụ", "tiến sĩ Nguyễn Văn An thi hành"),
        ("Cầu Nông Tiến, QL.37, TP Tuyên Quang", "Quốc lộ ba mươi bảy, thành phố"),
        ("Cầu Bợ, QL.3B, xã Thái Sơn", "Quốc lộ ba bê, xã"),
        ("đặt biển W.207a và biển R.302", "biển vê kép hai trăm linh bảy a và biển e rờ ba trăm"),
        ("P.12 quận 3; P.Tân Định", "phường mười hai quận ba; phường Tân Định"),
        ("Theo Sở GD-ĐT, năm học 2013-2014, Sở", "hai nghìn không trăm mười ba đến hai nghìn"),
        ("Sở GD-DT và Sở Y tế", "Sở giáo dục và đào tạo và Sở Y tế"),
    ],
)
def test_candidates_roads_signs_and_offices_before_a_school_year(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("trẻ được 2 tuổi rưỡi – 3 tuổi, hoặc", "hai tuổi rưỡi đến ba tuổi"),
        ("từ 6 tuổi - 12 tuổi", "sáu tuổi đến mười hai tuổi"),
        ("tác giả ở lứa tuổi 9x; thế hệ 8x và 10x", "chín ích; thế hệ tám ích và mười ích"),
        ("kích thước 2x3 m", "hai nhân ba mét"),  # a times sign, no generation
        ("hơn 80 quốc gia/vùng lãnh thổ đủ điều kiện", "tám mươi quốc gia, vùng lãnh thổ"),
        ("15 cán bộ xã/phường dự", "cán bộ xã, phường"),
        ("mức 1.774,4 USD/Ounce, tức", "bảy mươi tư phẩy bốn đô la Mỹ một ao xơ"),
        ("giá 2.000 USD/oz", "hai nghìn đô la Mỹ một ao xơ"),
    ],
)
def test_ages_and_a_half_generations_countries_or_territories_and_ounces(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Công ty TNHH 1TV Lâm nghiệp", "trách nhiệm hữu hạn một thành viên Lâm nghiệp"),
        ("Tổng công ty Khí Việt Nam (PV GAS) hỗ trợ", "Khí Việt Nam, pê vê ga, hỗ trợ"),
        ("đoạn cặp ĐT.826C) thuộc xã", "đường tỉnh tám trăm hai mươi sáu xê"),
        ("loại 100ml/tuýp; 500g/hũ", "một trăm mi li lít một tuýp; năm trăm gam một hũ"),
    ],
)
def test_one_member_companies_a_gas_firm_lettered_roads_and_tubes(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("có độ lớn từ 2.7 đến 3.7.", "từ hai phẩy bảy đến ba phẩy bảy"),
        ("chỉ số UV từ 2.5 đến 5.4", "từ hai phẩy năm đến năm phẩy bốn"),
        ("Họp từ 2.7 đến 3.7 tại xã", "từ ngày hai tháng bảy đến ngày ba tháng bảy"),
        ("có ngày 2-3 trận.", "có ngày hai đến ba trận"),
        ("mỗi ngày 2-3 lần", "mỗi ngày hai đến ba lần"),
        ("Ngày 2-3 xã họp", "Ngày hai tháng ba xã họp"),
        ("lần lượt là 3,5 - 3,2 - 3,1 - 2,7 và 2,6", "ba phẩy năm, ba phẩy hai, ba phẩy một, hai"),
        ("vào lúc 17h06'44'', tại", "mười bảy giờ sáu phút bốn mươi tư giây"),
    ],
)
def test_magnitudes_counts_in_a_day_lists_of_decimals_and_seconds(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Phú Bình (P5, Q.11, TP.HCM)", "phường năm, quận mười một"),
        ("Trạm CSĐT Vàm Sát tuyên truyền an toàn giao thông đường thuỷ", "cảnh sát đường thủy"),
        ("Luật GTĐT nội địa", "Luật giao thông đường thủy nội địa"),
        ("thưởng ở doanh nghiệp FDI", "doanh nghiệp ép đê i"),
        ("thông qua đầu số 156. Theo Bộ", "đầu số một năm sáu"),
        ("soạn tin gửi 5656", "gửi năm sáu năm sáu"),
    ],
)
def test_wards_by_number_waterway_police_fdi_and_short_codes(text: str, reading: str) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("máy bay Airbus A380. Nếu", "Airbus a ba tám không."),
        ("loại máy bay B737-800 với", "bê bảy ba bảy"),
        ("Chuyến bay mang số hiệu VN426 khởi hành", "vê en bốn hai sáu khởi hành"),
        ("hàng container đạt 530.728 Teu, tăng", "bảy trăm hai mươi tám tê e u"),
        ("sức chở 18.300TEU sẽ cập", "mười tám nghìn ba trăm tê e u"),
        ("đứng xem điện thoại tại hẻm 278 Nguyễn Xí", "hẻm hai trăm bảy mươi tám"),
        ("bên hông công viên 23.9), giật", "công viên Hai mươi ba tháng Chín"),
        ("công viên 2.5 ha", "công viên hai phẩy năm héc ta"),
        ("Cục Cảnh sát ĐTTP về ma túy", "Cảnh sát điều tra tội phạm về ma túy"),
    ],
)
def test_airliners_containers_lanes_after_a_phone_and_parks_named_after_a_day(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("có 1.664ha sắn (2 loại giống PLT01 và KM94) bị bệnh", "và ca em chín mươi tư"),
        ("Đoạn KM94 giống như đoạn KM95", "Đoạn ki lô mét chín mươi tư giống"),
        ("giống sắn KM 140 cho năng suất cao", "sắn ca em một trăm bốn mươi cho"),
        ("Xe đi qua KM94 quốc lộ 1", "qua ki lô mét chín mươi tư quốc lộ"),
        ("Xe tải chở sắn bị lật tại KM 94 quốc lộ 14", "tại ki lô mét chín mươi tư quốc"),
        ("giống sắn nào qua KM94+500 cũng vậy", "ki lô mét chín mươi tư cộng năm trăm"),
        ("Đoàn TTVN giành 58 HCV", "Đoàn thể thao Việt Nam giành"),
        ("Ở kỳ này, QS WUR 2024 đã xếp hạng", "này, quy ét vê kép u e rờ"),
        ("bảng xếp hạng QS châu Á", "xếp hạng quy ét châu Á"),
        ("lực lượng QS địa phương", "lực lượng quân sự địa phương"),
        ("nhưng chấp nhận thất bại 0-2, giành HCB", "thất bại không hai, giành"),
        ("Sau khi thất bại 2-3 lần, anh vẫn", "thất bại hai đến ba lần"),
        ("là 113,3 mcg/l; phụ nữ", "một trăm mười ba phẩy ba mi crô gam trên lít"),
        ("loại Vip (12-14 trái)", "loại víp"),
        ("lọt top 30 thế giới", "lọt tốp ba mươi thế giới"),
        ("đoạt giải Olympic Toán", "giải ô lim pích Toán"),
    ],
)
def test_cassava_varieties_sports_teams_rankings_scores_and_micrograms(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("tỷ lệ sử dụng muối I ốt đạt 41, 7%. Tỷ lệ", "đạt bốn mươi mốt phẩy bảy phần trăm."),
        ("sang Trung Quốc chiếm 82, 44% tổng lượng", "chiếm tám mươi hai phẩy bốn mươi tư phần"),
        ("học sinh lớp 5, 65% học sinh lớp 9", "lớp năm, sáu mươi lăm phần trăm học sinh"),
        ("tỷ lệ lần lượt đạt 95, 97%.", "đạt chín mươi lăm, chín mươi bảy phần trăm"),
        ("Giá tăng khoảng 20, 30% so với", "khoảng hai mươi, ba mươi phần trăm"),
        ("Tỷ lệ lần lượt đạt 82, 44%.", "đạt tám mươi hai, bốn mươi tư phần trăm"),
        ("trưa nay 7/9, 40% khách hàng", "chín, bốn mươi phần trăm khách"),
    ],
)
def test_a_decimal_comma_typed_with_a_space_only_after_the_verb_of_a_share(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Điện thoại: +84 (24) 73037898, máy lẻ 112", "cộng tám bốn hai bốn bảy ba không ba"),
        ("thuộc mã HS sau 2922.42.20 có", "mã hát ét sau hai nghìn chín trăm hai mươi hai chấm"),
        ("nhóm hàng HS 72.25 thép", "hàng hát ét bảy mươi hai chấm hai mươi lăm thép"),
        ("mã số HS: 0901.11 cà phê", "hát ét: không chín không một chấm một một cà phê"),
        ("Xuất khẩu mã HS 08031000 tăng", "mã hát ét không tám không ba một không"),
        ("Mã HS của em là 12", "Mã học sinh của em"),
        ("trong 3 tháng 7, 8, 9-2021 có giá", "tháng bảy, tám, chín năm hai nghìn"),
        ("Từ 8-2024 đến nay", "Từ tháng tám năm hai nghìn"),
        ("giá trị XK cá ngừ", "giá trị xuất khẩu cá ngừ"),
        ("được DOC xác định", "được đê ô xê xác định"),
    ],
)
def test_phones_with_an_area_code_in_brackets_customs_codes_and_listed_months(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("có 71 hồ sơ xét tặng danh hiệu NNND và 600 NNƯT", "nghệ nhân nhân dân và"),
        ("có 71 hồ sơ xét tặng danh hiệu NNND và 600 NNƯT", "sáu trăm nghệ nhân ưu tú"),
        ("quà Tết cho NCUT tại các xã", "cho người có uy tín tại"),
        ("khen thưởng 5 chi đội: 9.1; 6.3; 8.1; 9.3; 6.1.", "chín chấm một; sáu chấm ba; tám"),
        ("Lớp 9.1, 9.2 và 9.3 thi", "Lớp chín chấm một, chín chấm hai và chín chấm ba"),
        ("rải một lớp 2.5 cm đất", "lớp hai phẩy năm xăng ti mét"),
        ("lớp 12.000 học sinh", "lớp mười hai nghìn học sinh"),
        ("LỚP 9.1 đạt giải", "LỚP chín chấm một đạt"),
        ("Lớp 10.5 ha rừng", "mười phẩy năm héc ta"),
        ("tầng lớp 1.2 triệu người", "một phẩy hai triệu người"),
        ("mỗi đội viên nhặt 3 kg/HS hoặc 20 lon nhôm/HS", "ba ki lô gam một học sinh hoặc"),
        ("mỗi đội viên nhặt 3 kg/HS hoặc 20 lon nhôm/HS", "hai mươi lon nhôm một học sinh"),
        ("không quá 150.000 đồng/HS/tháng", "đồng một học sinh mỗi tháng"),
        ("bàn giao 6,935/7,085 km (đạt 98%)", "lăm trên bảy phẩy không trăm tám mươi lăm ki lô"),
    ],
)
def test_titles_of_artisans_classes_by_grade_and_section_and_shares_per_pupil(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Trong đợt 2-9, Đảng bộ có 524 đảng viên được trao Huy hiệu Đảng", "đợt hai tháng chín,"),
        ("Huy hiệu Đảng đợt 19-5 năm nay", "đợt mười chín tháng năm năm nay"),
        ("Trong đợt 2-9 có 20 hộ", "đợt hai đến chín có"),
        ("LẮNG NGHE Ý KIẾN NHÂN DÂN QUÍ I, NĂM 2024", "quí một, năm"),
        ("đạt 93,45%KH", "phần trăm kế hoạch"),
        ("thực hiện được 20,8/31 ha, đạt", "trên ba mươi mốt héc ta"),
        ("Ha ha, cười vui", "Ha ha"),
        ("các TCTD cần rà soát", "các tổ chức tín dụng cần"),
        ("giá sữa ở New Zealand chỉ", "ở niu di lân chỉ"),
        ("sử dụng thuốc BAT sớm", "thuốc bê a tê sớm"),
    ],
)
def test_badge_batches_old_quarter_spelling_glued_percent_and_hectares_after_a_fraction(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("thu từ 8 – 10 triệu đồng/ha lúa/vụ", "đồng một héc ta lúa một vụ"),
        ("Ném ngoài vòng cung 6m75 thuộc về", "vòng cung sáu mét bảy mươi lăm thuộc"),
        ("Mực nước lên 3m05", "ba mét không năm"),
        ("cao 1m6, nhảy xa 5m30", "cao một mét sáu, nhảy xa năm mét ba mươi"),
        ("xây 1m2 tường, đổ 5m3 đất", "xây một mét vuông tường, đổ năm mét khối đất"),
        ("Công ty TNHH XD KD DV Đông Nam", "xây dựng kinh doanh dịch vụ Đông Nam"),
        ("do Báo Hànộimới tổ chức", "do Báo Hà Nội mới tổ chức"),
    ],
)
def test_per_hectare_of_a_crop_per_season_throws_in_metres_and_a_paper_written_joined(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("đủ 5 cán bộ, chiến sĩ công an chính quy/xã ở tất cả 13 xã", "chính quy một xã ở"),
        ("Công an huyện/xã đã có 5 người", "Công an huyện, xã đã"),
        ("VN-Index tăng, HNX-Index giảm", "vê en in đéc tăng, hát en ích in đéc giảm"),
        ("bán ròng trên HoSE và sàn UPCoM", "trên hô xê và sàn úp côm"),
        ("Trường PT DTBT THCS Nhôn Mai", "phổ thông dân tộc bán trú trung học cơ sở"),
        ("đạt trên 90% DTTK", "phần trăm dung tích thiết kế"),
        ("hồ đạt 31,24/32,5m, tương ứng", "hai mươi tư trên ba mươi hai phẩy năm mét,"),
        ("bán từ 25.000-30.000/1kg", "ba mươi nghìn trên một ki lô gam"),
        ("đỉnh đê < +4,0m có nguy cơ", "đỉnh đê dưới cộng bốn phẩy không mét"),
        ("≥ -5 độ", "lớn hơn hoặc bằng âm năm độ"),
        (
            "Nghị định số 57/NĐ-CP/2017",
            "Nghị định số năm mươi bảy của Chính phủ năm hai nghìn không trăm mười bảy",
        ),
    ],
)
def test_per_commune_stock_indices_designed_capacity_decimal_parts_signed_bounds_and_a_year_last(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("giá 10.000 đồng/ba con", "mười nghìn đồng trên ba con"),
        ("giá 15.000 đồng/cặp", "mười lăm nghìn đồng một cặp"),
        ("dành 2 bàn tiệc ngọt (10 người/bàn)", "mười người một bàn"),
        ("số từ 0-9 hoặc chữ a-z.", "hoặc chữ a đến dét."),
        ("Từ A-Z về nông nghiệp", "Từ A đến dét về"),
        ("thanh toán bằng QR Code", "bằng kiu a cốt"),
        ("100% phường trên địa bàn quận (8/8) đã thành lập", "quận, tám trên tám, đã"),
        ("Hôm qua (8/8), đạt 50%", "Hôm qua, ngày tám tháng tám, đạt"),
        ("đã thành lập CLB LTHTGN", "câu lạc bộ liên thế hệ tự giúp nhau"),
        ("822 cặp thanh niên CN có hoàn cảnh", "thanh niên công nhân có"),
        ("máy CNC", "máy xê en xê"),
        ("xe ô tô BS 74D - 00.222 do", "bảy mươi tư dê, không không chấm hai hai hai do"),
        ("lớp 10A 12.500 học sinh", "mười hai nghìn năm trăm học sinh"),
        ("tổ TTKS của trạm CSGT", "tổ tuần tra kiểm soát của"),
        ("tổ tuần tra, kiểm soát (TTKS) của", "tổ tuần tra, kiểm soát của"),
        ("Lớp 12A1 - 20.500 đồng", "hai mươi nghìn năm trăm đồng"),
        ("hoàn thành/bàn giao đưa vào sử dụng", "hoàn thành, bàn giao"),
        ("Mức thu 20.000 đồng/xe/ba ngày", "đồng một xe trên ba ngày"),
        ("Tuyên dương 20 nữ CN.", "hai mươi nữ công nhân."),
        ("Thanh niên CN tham gia", "Thanh niên công nhân tham gia"),
        ("Lượng khách tăng 25% trong dịp Quốc khánh (2/9).", "ngày hai tháng chín"),
        ("100% số xã trong huyện (12/12) đạt chuẩn", "mười hai trên mười hai"),
        ("Tỷ lệ đạt 100% (12/12).", "một trăm phần trăm, mười hai trên mười hai."),
        ("83,3% chi bộ (10/12)", "mười trên mười hai"),
        ("Xe ô tô 74D - 00.222 bị giữ", "bảy mươi tư dê, không không chấm hai hai hai"),
        (
            "Năm 2025, tỉnh hỗ trợ các thôn đặc biệt khó khăn ở miền núi với mức kinh phí/thôn",
            "kinh phí một thôn",
        ),
        ("Năm 2025, các làng/bản vùng cao đều có điện", "các làng, bản vùng cao"),
        ("5 khóm/phường", "năm khóm, phường"),
    ],
)
def test_prices_for_several_the_alphabet_shares_in_brackets_workers_and_a_plate_with_a_spaced_dash(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("biển số DP.135 (hết tất cả các lệnh cấm)", "biển số dê pê một trăm ba mươi lăm, hết"),
        ("biển W.201a và biển P.127.", "biển vê kép hai trăm linh một a và biển pê"),
        ("thạp đồng (thế kỷ 3-2 trước Công nguyên)", "thế kỷ ba đến hai trước"),
        ("Theo Điều 2 Quy định 01-QĐ/TW, đóng đảng phí", "Quy định một của Trung ương,"),
        ("theo Quyết định 22/2013/QĐ-TTg", "Quyết định hai mươi hai năm"),
        ("theo quy định tại 12/QĐ-UBND", "tại quyết định số mười hai của"),
        ("Công ty Bảo đảm an toàn hàng hải I thông báo:", "hàng hải một thông báo"),
        (
            "chống thất thoát, thất thu (TTTT) nước sạch, giảm tỷ lệ nước TTTT bình quân",
            "giảm tỷ lệ nước thất thoát, thất thu bình quân",
        ),
        ("5 kênh chuẩn HD và 5 kênh chuẩn SD; theo HD số 12", "chuẩn hát đê và"),
        ("theo HD số 12 của Sở", "theo hướng dẫn số mười hai"),
        ("TV tích hợp DVB-T2", "ti vi tích hợp đê vê bê tê hai"),
        ("Công ty TNHH 2 TV; Hợp tác xã hiện có 45 TV", "hai thành viên; Hợp tác xã"),
        ("Hợp tác xã hiện có 45 TV", "bốn mươi lăm thành viên"),
        ("TV BTV Huyện ủy", "thành viên Ban Thường vụ Huyện ủy"),
        ("phao BHHH số 65, thiết bị GSHT", "phao báo hiệu hàng hải số sáu mươi lăm"),
        ("Sawaco và SAWACO", "sa oa cô và sa oa cô"),
        ("Trung tâm KCH t/p Hồ Chí Minh", "thành phố Hồ Chí Minh"),
        ("trường ĐHKHXH&NV Hà Nội", "đại học khoa học xã hội và nhân văn Hà Nội"),
    ],
)
def test_road_signs_centuries_party_rules_a_company_numeral_definitions_with_commas_and_tv(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("tàu cá số hiệu NA – 976.78 do anh", "số hiệu en a chín bảy sáu chấm bảy tám do"),
        ("mang biển hiệu BV 96279, công suất", "biển hiệu bê vê chín sáu hai bảy chín, công"),
        ("đầu máy mang số hiệu NB 6562 đẩy", "số hiệu en bê sáu năm sáu hai đẩy"),
        ("kiểm tra ATKT khi ở trên đà", "kiểm tra an toàn kỹ thuật khi"),
        ("Luật năm 2023 có hiệu lực từ 1.7, Bộ Công an", "hiệu lực từ ngày một tháng bảy, Bộ"),
        ("Luật được thi hành kể từ 15.3 năm nay", "kể từ ngày mười lăm tháng ba năm nay"),
        ("Biểu giá điện mới áp dụng từ 11.10.", "áp dụng từ ngày mười một tháng mười"),
        ("Mức lương cơ sở mới áp dụng từ 1.7, cán bộ", "áp dụng từ ngày một tháng bảy, cán"),
        ("Hệ số giá đất áp dụng từ 1.2.", "áp dụng từ một chấm hai"),
        ("mức áp dụng từ 1.5 triệu đồng", "từ một phẩy năm triệu đồng"),
        ("tối đa 4 chuyến biển/tàu/năm", "bốn chuyến biển một tàu mỗi năm"),
        ("Theo PAGASA, vùng gió mạnh", "Theo pa ga sa, vùng"),
        ("hiệu KOBUTA và CINEMA", "hiệu co bu ta và xi ne ma"),
        ("vùng áp thấp được gọi là 93W ở Tây Thái Bình Dương", "gọi là chín mươi ba vê kép ở"),
        ("bóng đèn 60W", "sáu mươi oát"),
        ("ghi là BB: 30032026 (Best Before", "ba không không ba hai không hai sáu"),
        ("nhận 28500000 đồng", "hai mươi tám triệu năm trăm nghìn đồng"),
    ],
)
def test_boat_hulls_by_their_number_laws_in_force_from_a_dotted_day_open_syllables_and_codes(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Liên hoan PT&TH toàn tỉnh, các đài TT&TH huyện", "các đài truyền thanh và truyền hình"),
        ("Hội Nhà báo Việt Nam, Sở VH-TT TPHCM", "Sở văn hóa thể thao Thành phố"),
        ("Phòng VH-TT huyện", "Phòng văn hóa thông tin huyện"),
        ("mỗi đơn vị 01 tờ/kỳ.", "một tờ một kỳ"),
        ("dung tích 1.500 lít/bồn cho bà con", "lít một bồn cho"),
        ("5% x (doanh thu - 500 triệu đồng).", "nhân, doanh thu trừ năm trăm triệu đồng"),
        ("phải nộp là: 5% x toàn bộ doanh thu;", "năm phần trăm nhân toàn bộ doanh thu"),
        ("chiếm tối thiểu 2/3 dung tích bể", "tối thiểu hai phần ba dung tích"),
        ("Đơn vị: C1 - D1E101F325QĐ9.", "ép ba hai năm quy đê chín"),
        ("theo QĐ22 của tỉnh", "theo quyết định hai mươi hai của"),
        ("Tiểu đoàn bộ binh 111 của thành phố", "bộ binh một trăm mười một của"),
        ("Hải đoàn 114 và tổng đài 114", "Hải đoàn một trăm mười bốn"),
        ("ngành LĐ - TB &XH tỉnh", "ngành lao động, thương binh và xã hội tỉnh"),
        ("Bà Mẹ VNAH Trần Thị Viết (SN 1892, ngụ", "Việt Nam anh hùng Trần Thị Viết, sinh năm"),
        ("quân nhân dự bị, PTKT, đợt này", "phương tiện kỹ thuật"),
        ("mời người dân/hộ kinh doanh đến", "người dân, hộ kinh doanh"),
        ("file có đuôi .apk để cài", "đuôi chấm a pê ca"),
    ],
)
def test_radio_and_tv_units_per_issue_formulas_of_a_tax_military_codes_and_file_types(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Mức phạt từ 10000000 đến 20000000 đồng.", "từ mười triệu đến hai mươi triệu đồng"),
        ("Tổng đàn gia cầm 15000000 con.", "mười lăm triệu con"),
        ("Số máy: 37202437; Nơi sản xuất", "ba bảy hai không hai bốn ba bảy;"),
        ("Trồng cây 3 x 3 m, đến nay 90% xã đã xong.", "chín mươi phần trăm xã đã"),
        ("20% x (số thuế thiếu – số thuế đã nộp)", "số thuế thiếu trừ số thuế đã nộp"),
        ("số máy HC12E1234567", "hát xê một hai e một hai ba bốn năm sáu bảy"),
        ("Có 30 ghe/tàu hoạt động, 100 bể/bồn chứa nước", "ba mươi ghe, tàu hoạt động"),
        ("100 bể/bồn chứa nước", "một trăm bể, bồn chứa"),
        ("Cửa hàng tại SN 1820 Quốc lộ 1A", "tại số nhà một nghìn tám trăm hai mươi"),
        ("Cháy tại SN 1950 đường Lê Lợi", "tại số nhà một nghìn chín trăm năm mươi"),
        ("Mẹ Trần Thị Viết (SN 1892, ngụ ấp", "Viết, sinh năm một nghìn tám trăm"),
        ("Tàu cá BTh – 98765 – TS bị chìm", "bê tê hát chín tám bảy sáu năm tê ét bị"),
        ("Văn bản số hiệu QĐ 1234", "số hiệu quyết định"),
        ("Áp thấp nhiệt đới 29W và vùng Invest 93W", "đới hai mươi chín vê kép và"),
        ("Hải đội 112 Biên phòng", "Hải đội một trăm mười hai"),
        ("Doanh nghiệp/hộ kinh doanh nộp thuế", "Doanh nghiệp, hộ kinh doanh"),
        ("máy chụp Xquang kỹ thuật số", "máy chụp ích quang"),
        ("Đơn vị PET-CT của bệnh viện", "Đơn vị pét xê tê của"),
        ("màn hình 3D phóng đại; học lớp 4D; theo đường 4D", "màn hình ba đê phóng"),
        ("học lớp 4D trường tiểu học", "lớp bốn dê"),
        ("thời gian làm bài 90 phút/môn.", "chín mươi phút một môn"),
        ("Khoa học TN và Khoa học XH", "Khoa học tự nhiên và Khoa học xã hội"),
        ("các trường THPT và TT GDTX trong tỉnh", "và Trung tâm giáo dục thường xuyên"),
        ("ngập trắng 1.730 ha, ngập 2/3 là 2.149 ha", "ngập hai phần ba là"),
        ("theo TKB của lớp, môn HĐTN 6", "theo thời khóa biểu của lớp, môn hoạt động trải"),
        ("Kim Ngân, 25/4 Nguyễn Hữu Cảnh, TP. Vũng Tàu", "hai mươi lăm trên bốn Nguyễn Hữu"),
        ("ngày 25/4 Nguyễn Văn A, xã Tân Lập", "ngày hai mươi lăm tháng tư"),
    ],
)
def test_amounts_stay_whole_long_codes_by_digit_vessels_either_and_school_and_x_ray_words(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("tài khoản số 3761234567 đến hết ngày 30/6", "ba bảy sáu một hai ba bốn năm sáu bảy đến"),
        ("Giấy chứng nhận số 12345678 hộ ông A", "một hai ba bốn năm sáu bảy tám hộ"),
        ("Khoảng 21 giờ 14/2 Nguyễn Văn Hùng, xã Tân Phú", "ngày mười bốn tháng hai Nguyễn"),
        ("Từ 10/3 đến 15/3 Trần Văn Bình, xã Tân Phú", "ngày mười lăm tháng ba Trần"),
        ("Thứ Bảy, 15/3 Hội Cựu Chiến Binh, xã An Phú", "ngày mười lăm tháng ba Hội"),
        ("11/7 Thoại Ngọc Hầu, phường Hoà Thạnh, quận Tân Phú", "mười một trên bảy Thoại"),
        ("Khu dân cư bị ngập 3/9 đến nay", "ngập ngày ba tháng chín"),
        ("Mỗi tàu trang bị 2 bình/tàu chữa cháy.", "hai bình một tàu"),
        ("Khoa học TN&MT", "tài nguyên và môi trường"),
        ("TT. GDTX tỉnh khai giảng.", "Trung tâm giáo dục thường xuyên tỉnh"),
        ("ISO 9001 – TS Nguyễn Văn A hướng dẫn", "tiến sĩ Nguyễn Văn"),
        ("tàu cá BV 99368 TS. Ngay sau đó", "chín chín ba sáu tám tê ét. Ngay"),
        ("Máy bơm nước áp thấp 750W", "bảy trăm năm mươi oát"),
        ("Cụ Nguyễn Thị B, SN 1899, vừa được mừng thọ", "sinh năm một nghìn tám trăm"),
        ("45 phút/tiết, 90 phút/trận, 3 ngày/hồ sơ", "phút một tiết, chín mươi phút một trận"),
        ("siêu âm 4D", "siêu âm bốn đê"),
        ("máy XQuang", "máy ích quang"),
    ],
)
def test_codes_before_a_span_dates_before_names_and_kinds_kept_apart(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("xe bồn trộn bê tông 60C-316.76 do anh", "sáu mươi xê, ba một sáu chấm bảy sáu"),
        ("nhóm thú lớn gồm 7 bộ,16 họ, 48 loài", "bảy bộ, mười sáu họ"),
        ("bơi ngửa 100m nam hạng S7-S8 với", "hạng ét bảy đến ét tám với"),
        ("tổn thương đốt sống cổ C2-C6", "xê hai đến xê sáu"),
        ("giành HC vàng, HC bạc và HC đồng", "huy chương vàng, huy chương bạc"),
        ("ĐT Việt Nam khép lại năm 2019", "đội tuyển Việt Nam khép lại"),
        ("giành HCV với kết quả 1'23\"01.", "một phút hai mươi ba giây không một."),
        ("thời gian 15’42”55 giành HCV", "mười lăm phút bốn mươi hai giây năm mươi lăm"),
        ("tiếp sức hỗn hợp 4x100m, 44”50);", "bốn mươi tư giây năm mươi"),
        ("khám xét TTĐK 50-05V (quận Tân Bình)", "trung tâm đăng kiểm năm mươi, không năm vê"),
        ("trung tâm đăng kiểm xe cơ giới 60.05D", "sáu mươi, không năm dê"),
        ("nguồn điện 12-15V", "mười hai đến mười lăm vôn"),
        ("Đội CSGT-TT Công an TP Vinh", "cảnh sát giao thông, trật tự"),
        ("tiền DVMTR và NMLD Dung Quất, cùng 1 ĐKV", "dịch vụ môi trường rừng"),
    ],
)
def test_plates_before_a_degree_race_times_sport_classes_and_inspection_centres(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Sở LĐ-TB &XH tỉnh", "Sở lao động, thương binh và xã hội tỉnh"),
        ("Phòng LĐ-TB& XH huyện", "Phòng lao động, thương binh và xã hội huyện"),
        ("Đài PT-TH & Báo tỉnh đưa tin.", "phát thanh, truyền hình và Báo tỉnh"),
        ("Tiền phạt = số thuế x (số ngày - số ngày miễn)", "số thuế nhân, số ngày trừ số ngày"),
        ("S = dài x (rộng + 2)", "dài nhân, rộng cộng hai"),
        ("đồng ý = đánh dấu x (vào ô trống), không", "đánh dấu x, vào ô trống"),
        ("Tổng điểm = điểm x (hệ số 2 - 3 tùy môn)", "hệ số hai đến ba"),
        ("Nguyên nhân (theo kết luận - Công an huyện); kho 4 x 6 m", "theo kết luận, Công an"),
    ],
)
def test_a_dash_glued_before_a_spaced_ampersand_and_a_formula_times_a_bracket(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("theo lãnh đạo Sở GĐ & ĐT Hải Phòng", "Sở giáo dục và đào tạo Hải Phòng"),
        ("các trường ĐH-CĐ trên cả nước", "đại học-cao đẳng trên"),
        ("có 151 TS trúng tuyển NV1 và", "thí sinh trúng tuyển nguyện vọng một"),
        ("yêu cầu TS nhập học từ ngày 20/8", "thí sinh nhập học"),
        ("phòng Đào tạo (P. 103, nhà A1) kèm theo", "phòng một trăm linh ba, nhà a một"),
        ("biển số P.115 hạn chế trọng tải", "pê một trăm mười lăm"),
        ("Biển báo P.103, nhà chờ xe buýt.", "pê một trăm linh ba, nhà chờ"),
        ("Tại phòng P.301 tầng 3, UBND huyện tiếp dân.", "Tại phòng ba trăm linh một tầng"),
        ("máy tính fx-570MS có giá", "ép ích năm trăm bảy mươi em ét"),
        ("mức xả 900–1.300 mét khối/giây", "một nghìn ba trăm mét khối mỗi giây"),
        ("mở vào ngày 9.2 (27-28.12 âm lịch).", "hai mươi bảy đến hai mươi tám tháng mười hai âm"),
        ("chi 100.000 đồng từ 31.8 đến 1.9, có thể sau 2.9 nhưng", "sau ngày hai tháng chín"),
        ("giá 1.200 triệu đồng; sau 2.5 tháng thi công", "sau hai phẩy năm tháng thi công"),
        ("Giá 7.500 đồng, sau 30.4 năm nay", "sau ngày ba mươi tháng tư năm nay"),
        ("các NMTĐ xả nước", "các nhà máy thủy điện xả"),
        ("từ NSTƯ cho ngân sách địa phương", "từ ngân sách trung ương cho"),
        ("Ngân hàng CSXH tỉnh", "Ngân hàng Chính sách xã hội tỉnh"),
        ("đưa vào CSXH và thông báo", "xê ét ích"),  # a social facility: the letters, shown
        ("lên mức 64,611 USD/thùng.", "sáu trăm mười một đô la Mỹ một thùng"),
        ("GDP 4,284 USD/người", "tám mươi tư đô la Mỹ một người"),
        ("Sở GĐ-ĐT tỉnh", "Sở giáo dục và đào tạo tỉnh"),
    ],
)
def test_exam_letters_rooms_small_model_letters_lunar_day_spans_and_english_decimals(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("thông báo cho CN tạm nghỉ 2 ngày do hết đơn hàng.", "cho công nhân tạm nghỉ"),
        ("chị Ngọc, CN may tại khu công nghiệp Tân Bình", "chị Ngọc, công nhân may"),
        ("phải tăng ca cả CN", "cả xê en"),  # Sunday
        ("ngành CN chế biến phát triển", "ngành xê en chế biến"),
        ("Người lao động được nghỉ CN, nếu làm thì được trả lương", "nghỉ xê en,"),
        ("Ngân hàng Agribank CN huyện Yên Dũng chi trả lương hưu", "A gri banh xê en huyện"),
        ("tăng ca, thứ 7 và CN làm việc, được trả lương gấp đôi", "thứ bảy và xê en làm"),
        ("Chuyển khoản cho CN Ngân hàng Nông nghiệp để trả lương", "cho xê en Ngân hàng"),
        ("do Qing Dao Pharmaceutical Co., Ltd sản xuất", "công ty trách nhiệm hữu hạn sản xuất"),
        ("Marck Ltd. sản xuất", "Marck trách nhiệm hữu hạn sản xuất"),
        ("vào khoảng 9h30h ngày 1/9, tại", "chín giờ ba mươi phút ngày một tháng chín"),
        ("từ 28 - mùng 3 Tết, đã có", "hai mươi tám đến mùng ba Tết"),
        ("Sáng nay (29/1 - mùng 1 Tết) người dân", "tháng một, mùng một Tết"),
        ("Lịch trực Tết: Tổ 1 - mùng 1, Tổ 2 - mùng 2", "Tổ một, mùng một, Tổ hai"),
        ("Tổ QLTTXD phường", "Tổ quản lý trật tự xây dựng phường"),
        ("HoREA cho rằng", "hô rê a cho rằng"),
        ("mất GĐKLH của thuốc", "giấy đăng ký lưu hành"),
        ("Phòng KTHT huyện đề xuất", "Phòng Kinh tế và Hạ tầng huyện"),
        ("đoàn thanh tra của TTCP làm việc", "của Thanh tra Chính phủ làm việc"),
    ],
)
def test_workers_foreign_companies_a_doubled_hour_letter_and_a_span_to_a_lunar_day(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("đã giải quyết 8,98 ngàn HS các loại, có 17 HS giải quyết trễ hạn", "mười bảy hồ sơ"),
        ("có 17 HS đi học muộn", "mười bảy học sinh"),
        ("Thủy đoàn giao thông đường thủy số I Cục", "số một Cục"),
        ("Trong số I.V.T và đồng bọn có 3 người", "Trong số i vê tê"),  # initials
        ("Bệnh nhân số X tiếp xúc với bệnh nhân số Y", "số ích"),  # a placeholder
        ("Có 15 HS nộp học phí quá hạn", "mười lăm học sinh"),
        ("Nhà trường nhắc HS nộp bài tập đúng hạn", "nhắc học sinh"),
        ("HS, SV được miễn phí vé trong một cửa hàng", "học sinh, sinh viên"),
        ("Từ chiều tối 30.9 và 1.10, khu vực Nam Bộ", "và ngày một tháng mười,"),
        ("ngày 15.8 và 17.8 ha", "và mười bảy phẩy tám héc ta"),  # a measure
        ("Trường có 1.250 học sinh, các lớp 9.1 và 9.2.", "chín chấm một và chín chấm hai"),
        ("Ngày 10.5, đàn lợn 12.500 con, tăng 2.5 và 3.1 so với", "hai phẩy năm và ba phẩy một"),
        ("bị diệt ở 800C sau 10 phút; 1000C chết ngay", "một trăm độ xê chết"),
        ("Lò đốt rác có nhiệt độ buồng đốt trên 1000C", "trên một nghìn"),  # a furnace
        ("kém hơn 1 phút (1:59:47 vs 1:58:35)", "bốn mươi bảy giây so với một giờ"),
        ("nhà vs sạch sẽ", "nhà vs sạch"),  # «vệ sinh», not a comparison
        ("bệnh VL-LXL xuất hiện 49 ha", "vàng lùn, lùn xoắn lá"),
        ("về Bộ phận TNHSHC để trả", "tiếp nhận hồ sơ hành chính"),
        ("tại Trung tâm HLTTQG Hà Nội", "huấn luyện thể thao quốc gia"),
        ("sau chiến thắng tại IRONMAN 70.3 Đà Nẵng", "ai ơn men bảy mươi phẩy ba"),
    ],
)
def test_files_a_roman_number_a_date_after_a_date_a_lost_degree_and_a_comparison(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("giảm 10% với các bậc từ bậc 1 - bậc 4.", "từ bậc một đến bậc bốn."),
        ("học sinh lớp 10 - lớp 12", "lớp mười đến lớp mười hai"),  # no word dropped
        ("tỉnh Khánh Hòa 3/9 Nghiệp đoàn Nghề cá cơ sở", "ba trên chín Nghiệp đoàn"),
        ("đối với người có trên 2/3 đại biểu HĐND đánh giá", "trên hai trên ba đại biểu"),
        ("168 can nhớt và 08 phuy dầu nhờn (loại 200 lít/phuy)", "hai trăm lít một phuy"),
        ("xe máy có mã HS tương ứng là 6506.10.10", "mã hát ét"),
        ("Trung tâm GDTX-HN quận Thanh Khê", "giáo dục thường xuyên, hướng nghiệp quận"),
        ("Các trường xây mới NVS gồm", "xây mới nhà vệ sinh"),
        ("5 NHTM Nhà nước đã cam kết", "năm ngân hàng thương mại Nhà nước"),
    ],
)
def test_a_span_of_a_series_fractions_of_delegates_drums_and_customs_codes(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Trường Mầm non số I thị trấn", "số một thị trấn"),
        ("ban hành kèm Phụ lục số I.", "Phụ lục số một."),
        ("Quân đoàn I kỷ niệm ngày thành lập", "Quân đoàn một"),
        ("Tiểu đoàn nhận đồng chí Phạm Văn I về đơn vị", "Phạm Văn I về"),  # a name
        (
            "Bộ phận một cửa tiếp nhận 25 HS lĩnh vực môi trường, giải quyết đúng hạn 100%",
            "hai mươi lăm hồ sơ",
        ),
        ("Phụ huynh đăng nhập bằng mã HS là 0123456789 để tra cứu", "mã học sinh"),
        ("Lượt trận thứ 2: Đội 1 - Đội 4; Đội 2 - Đội 3.", "Đội một, Đội bốn;"),  # fixtures
        ("Bảng A gồm: Thôn 1 - Thôn 3 - Thôn 5.", "Thôn một, Thôn ba, Thôn năm"),
        ("Trận bán kết diễn ra kịch tính, đội xã An dẫn 48-41.", "bốn mươi tám bốn mươi mốt"),
        ("Ván 1 kết thúc 21-15", "hai mươi mốt mười lăm"),
        ("Nước phải được đun sôi ở 1000C.", "một trăm độ xê"),
        ("Lò nung từ 850 - 1000C.", "tám trăm năm mươi đến một nghìn độ xê"),
        ("Từ 5/10 đến 7/10 đại biểu sẽ tập huấn.", "đến ngày bảy tháng mười đại biểu"),
        ("Từ 1/6 đại biểu HĐND sẽ giám sát", "Từ ngày một tháng sáu đại biểu"),
        ("chỉ có chưa đến 1/3 học sinh khuyết tật", "chưa đến một trên ba học sinh"),
    ],
)
def test_a_numbered_i_a_unit_s_numeral_files_fixtures_scores_and_boiling_water(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "cấm các phương tiện từ 14 giờ - 15 giờ 30 các ngày 23.9, 24.9 và 26.9.",
            "ngày hai mươi tư tháng chín và ngày hai mươi sáu tháng chín",
        ),
        ("Sáng 5.9 và 6.9 trạm y tế tổ chức", "và ngày sáu tháng chín trạm"),
        ("ngã tư QL10-QL21B theo hướng Phủ Lý", "Quốc lộ mười, Quốc lộ hai mươi mốt bê"),
        ("đối với KCN Tân Đức GĐ1 (diện tích 275 ha)", "Tân Đức giai đoạn một"),
        ("các lực lượng CSGT, CSCĐ, CSTT... tham gia", "cảnh sát trật tự"),
        ("DATĐ Chiêm Hóa đã trồng 37 ha", "dự án thủy điện Chiêm Hóa"),
        ("Ghi nhận của VietNamNet, ngay từ 16h", "của Việt Nam Nét,"),
        ("6 dây chuyền sản xuất ống nhựa uPVC và", "ống nhựa u pê vê xê"),
        ("xác thực sinh trắc học eKYC", "e ca i dài xê"),
    ],
)
def test_a_list_of_dotted_days_two_roads_a_stage_and_a_small_letter_before_capitals(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Kết quả thi ngày 5.7, 9.5 điểm", "chín phẩy năm điểm"),  # a mark, no day
        ("Ngày 12.5, 6.1 và 7.2 mm mưa", "sáu phẩy một và bảy phẩy hai"),  # a list of measures
        ("Cuộc họp chỉ hợp lệ khi có từ 2/3 đại biểu trở lên", "từ hai trên ba đại biểu"),
        ("từ Điều 5 - Điều 8 của Luật", "từ Điều năm đến Điều tám"),
        ("Cà phê nhân có mã HS là 0901 được", "mã hát ét là"),
        ("Có 12 HS lớp 12 giải quyết xong thủ tục đúng hạn", "mười hai học sinh lớp"),
        ("Trường THCS Kim Đồng tiếp nhận 120 HS chuyển đến đúng hạn", "hai mươi học sinh"),
        ("Lễ hội sôi nổi, các lò gốm nung sản phẩm ở 1000C", "một nghìn độ xê"),
        ("Hộ gia đình tiêu thụ 200 kWH mỗi tháng", "hai trăm ki lô oát giờ mỗi"),  # a unit
        ("lớp K45-ĐH2 khai giảng", "đê hát hai"),  # a class, no road
        ("Tỉnh có 2 hiệp hội; cống 45-30 cm", "bốn mươi lăm đến ba mươi"),
    ],
)
def test_values_after_a_date_shares_at_least_a_span_from_and_pupils_in_a_files_line(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Căn cứ Quyết định số 04 năm 2022 của TTCP về việc", "của Thủ tướng Chính phủ"),
        ("đoàn thanh tra của TTCP làm việc", "của Thanh tra Chính phủ"),
        ("động đất mạnh 8,8 độ Richter ngoài khơi", "tám phẩy tám độ rích te"),
        ("cao hơn 25.600 feet (7.800 mét)", "hai mươi lăm nghìn sáu trăm phít"),
        ("tăng lên mức 137 microgram/m3 tại", "một trăm ba mươi bảy mi crô gam trên mét khối"),
        ("tăng đến hơn 2.000 microgam/mét khối ở", "mi crô gam một mét khối"),
        ("tiền mặt đã nhận tính đến 17g là 511 triệu đồng", "tính đến mười bảy giờ là"),
        (
            "Trung tâm Kiểm dịch thực vật sau nhập khẩu I (Cục Bảo vệ thực vật)",
            "sau nhập khẩu một,",
        ),
    ],
)
def test_the_prime_minister_s_decision_richter_feet_micrograms_and_an_hour_counted_to(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Nút giao ĐT741-QL14 được mở rộng", "bảy trăm bốn mươi mốt, Quốc lộ mười bốn"),
        (
            "Bộ phận một cửa đã giải quyết 120 HS đúng hạn, trong đó có hồ sơ xây dựng trường"
            " THCS Kim Đồng.",
            "hai mươi hồ sơ",
        ),
        ("Phụ huynh tra cứu mã HS là 12345678 trên cổng", "mã học sinh là"),
        ("Ngày 15.8, 17.8, 19.8 đoàn kiểm tra làm việc.", "ngày mười chín tháng tám đoàn"),
        ("Ngày 20.9, 12.3 MW điện mặt trời", "mười hai phẩy ba"),
        ("Chiều 3.10, 1.5 - 2 m nước", "một phẩy năm đến hai mét"),
        ("Từ 1/9 học sinh lớp 6 trở lên phải đeo thẻ", "Từ ngày một tháng chín"),
        ("Theo quyết định thanh tra của TTCP, đoàn", "của Thanh tra Chính phủ"),
        ("từ Thôn 1 - Thôn 3 - Thôn 5", "Thôn một, Thôn ba, Thôn năm"),
        ("Chuyển học sinh từ Tổ 1 - Tổ 2 sang Tổ 3", "Tổ một, Tổ hai sang"),
        ("Hàm lượng đường tính đến 20g/100ml", "hai mươi gam"),
        ("Nhà máy sản xuất thép hình chữ I", "chữ I"),
    ],
)
def test_mends_of_the_last_review_roads_pupils_lists_of_days_and_the_letter_i(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("thắng với điểm số 29-16, giành ngôi vô địch", "điểm số hai mươi chín mười sáu,"),
        ("trao 1 giải I, 1 giải II toàn đoàn", "một giải nhất, một giải nhì"),
        ("đạt giải 2 và giải 4", "giải nhì và giải tư"),
        ("đồng thời dẫn giải 2 phương tiện về bờ", "dẫn giải hai phương tiện"),  # to escort
        ("niên vụ 2023/2024 sẽ giảm", "hai mươi ba đến hai nghìn không trăm hai mươi tư"),
        ("Công ty cấp nước Chợ Lớn: 3.8556169;", "ba tám năm năm sáu một sáu chín"),
        ("đạt 2.148 bảng Anh/tấn", "bảng Anh một tấn"),
        ("thua lỗ vài chục triệu/ha.", "triệu một héc ta"),
        ("hạn mức không quá 160 m2/cá nhân", "mét vuông một cá nhân"),
        ("mỗi cá nhân/nhóm tác giả", "mỗi cá nhân, nhóm tác giả"),  # a list
        ("tên trên hợp đồng/giấy báo/hóa đơn", "hợp đồng, giấy báo, hóa đơn"),  # no money
        ("Giải do Công đoàn tổ chức từ 25.6.", "từ ngày hai mươi lăm tháng sáu"),
        ("ở 1/3 giữa thực quản có dị vật", "một phần ba giữa"),
        ("cắm vào thực quản tại vị trí 1/3 trên.", "một phần ba trên"),
        ("Sáng 1/3 trên địa bàn xã", "một tháng ba trên"),  # a day
        ("Đồng hồ có đường kính DN ≤ 25 mm", "đê en không quá hai mươi lăm"),
        ("có 100 DN đăng ký", "doanh nghiệp"),  # no pipe in the line
        ("Báo NTNN/Điện tử Dân Việt đưa tin", "Nông thôn Ngày nay, Điện tử"),
        ("hồ sơ hợp lệ. – Đồng hồ trên 25 mm", "hợp lệ. Đồng hồ"),  # a dash opening a point
        ("các dân tộc Tày, Nùng, Dao...), hơn 48 nghìn", "Dao, hơn"),  # the ellipsis a pause
        ("Đội giành HCV môn Petanque", "pê tăng"),
    ],
)
def test_scores_prizes_crop_years_local_phones_per_a_person_pipes_and_an_opening_dash(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Ban tổ chức trao 10 giải, mỗi giải 2 triệu đồng.", "mỗi giải hai triệu đồng"),
        ("Công an huyện đã áp giải 2 đối tượng", "áp giải hai đối tượng"),
        ("Vòng 5 giải V.League 2024", "giải vê lích"),
        ("Các DN trên 200 lao động phải lắp đồng hồ nước riêng", "Các doanh nghiệp trên"),
        ("Em đạt điểm số 8-9 điểm ở các môn", "tám đến chín điểm"),  # marks, no match
        ("Giao đất cho 50 hộ/cá nhân.", "hộ, cá nhân"),
        ("Lễ khai mạc diễn ra từ 7.05 sáng.", "từ bảy giờ năm phút sáng"),  # no day
        ("Chương trình triển khai từ 25.6.", "từ ngày hai mươi lăm tháng sáu"),
        ("Đội thanh niên dùng ván 20-30 tấm để sửa cầu", "hai mươi đến ba mươi tấm"),
        ("Hiến máu tại nhà văn hóa khu B- thôn Đông", "khu bê thôn"),  # no blood group
        ("Nhóm máu Rh(–) rất hiếm, nhóm O– và RH(-) cần", "rê sút âm rất hiếm, nhóm o âm"),
        ("Họp vào 1/3 giữa thân nhân và xã", "một tháng ba"),  # no organ: a day
        ("Đã giải quyết 2019/2020 hồ sơ", "mười chín năm hai nghìn"),  # no crop year
        ("Tọa độ 9.1765432 vĩ Bắc", "chín chấm"),  # no telephone
        ("Đội tuyển đánh bại Thái Lan 3-1 (25-20, 23-25, 25-18, 25-22).", "Lan ba một, hai"),
        ("Đội nhà thắng set 1: 25-20, set 2: 25-22", "set một: hai mươi lăm hai mươi, set hai"),
        ("Đội thắng ở 2 séc 21-15 và 21-18", "mười lăm và hai mươi mốt mười tám"),
        ("Hợp đồng/giấy báo/hóa đơn phải khớp. Kiểm tra hợp đồng/hộ dân", "đồng, hộ dân"),
        ("đạt 2.148 Bảng Anh/tấn", "Bảng Anh một tấn"),
    ],
)
def test_mends_of_the_review_of_round_48_prizes_pipes_marks_planks_and_blood(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Các tòa chung cư CT4B-X2, CT4A-X2 có họng nước", "xê tê bốn bê ích hai, xê tê bốn a"),
        ("tỷ lệ chọi của trường là 1:5,87 và 1:3,6", "một trên năm phẩy tám mươi bảy và một"),
        ("Trong 2 ngày 10&11.6 sẽ diễn ra kỳ thi", "mười và mười một tháng sáu"),
        ("ông ngoại của ông T.Anh qua đời, bà H.Lan", "ông tê Anh qua đời, bà hát Lan"),
        ("Giá vé là 300.000 đồng/4h, 450.000 đồng/24h", "ba trăm nghìn đồng cho bốn giờ"),
        ("mưa 100mm/3h", "mi li mét trong ba giờ"),  # rain, not a ticket
    ],
)
def test_codes_joined_by_a_dash_odds_days_joined_by_an_ampersand_initials_and_tickets(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Bệnh viện cần gấp 2 đơn vị máu O- cho sản phụ", "máu o âm cho"),
        ("hiến máu nhóm B+ và O+", "nhóm bê dương và o dương"),
        ("Ban tổ chức trao giải 1 cho em Lan; các giải 2, 3", "trao giải nhất cho"),
        ("Ô đất LK1-LK10 đấu giá", "e lờ ca một đến e lờ ca mười"),  # a span of lots
        ("Ông Nguyễn Tuấn Anh P.Chủ tịch UBND xã phát biểu", "Tuấn Anh phó Chủ tịch"),
        ("Bà Tuấn Anh Q.Hoàn Kiếm", "quận Hoàn Kiếm"),
        ("chị T.Ánh và bà H.Lan", "chị tê Ánh và bà hát Lan"),
        ("Đường ống cấp nước DN 200 bị vỡ", "đê en hai trăm"),
        ("về nhất với thời gian 2:15,34.", "hai phút mười lăm giây ba mươi tư"),  # a race time
        ("Giá gửi xe 5.000 đồng/1h, 20.000 VND/4h", "đồng một giờ, hai mươi nghìn"),
        ("Lễ khai mạc diễn ra lúc 7.05 sáng", "lúc bảy giờ năm phút sáng"),
        ("làm việc từ 7.30 sáng đến 11.30 trưa", "bảy giờ ba mươi phút sáng đến mười một"),
    ],
)
def test_mends_of_the_review_of_round_49_blood_appeals_prizes_lots_offices_and_pipes(
    text: str, reading: str
) -> None:
    assert reading in reads(text)


def test_a_dotted_pair_that_could_be_a_day_is_no_hour_without_lúc() -> None:
    assert "giờ" not in reads("Hội diễn vào 20.11 tối nay")


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # «gi» before «i» is written once: «GII» is an index's letters, not a word
        ("Chỉ số GII của Việt Nam", "Chỉ số giê i i của Việt Nam"),
        ("vận chuyển trái phép ĐVHD quý hiếm", "vận chuyển trái phép động vật hoang dã quý hiếm"),
        ("vệ tinh VINASAT-2 và Vinasat-1", "vệ tinh Vi na sát hai và Vi na sát một"),
        # items numbered by small Roman numerals, in a list only
        (
            "gồm hai loại: (i) Dự án do Trung ương quản lý và (ii) Dự án do địa phương",
            "gồm hai loại: một, Dự án do Trung ương quản lý và hai, Dự án do địa phương",
        ),
        ("ô số (v) ghi tên", "ô số, vê, ghi tên"),  # a letter in brackets: its name
        # a pair or a share before a unit's symbol is no day
        ("Băng tần C (6/4 GHz) được dùng", "Băng tần xê, sáu trên bốn gi ga héc, được dùng"),
        ("Ngày 2/9 tấn công đồn", "Ngày hai tháng chín tấn công đồn"),
        ("ngày 5/6 CV số 12", "ngày năm tháng sáu công văn số mười hai"),
        # a place's numeral and its part after a dash
        (
            "Khu công nghiệp Yên Phong II-C tại Bắc Ninh",
            "Khu công nghiệp Yên Phong hai xê tại Bắc Ninh",
        ),
        ("được GS.VS Châu Văn Minh chia sẻ", "được giáo sư viện sĩ Châu Văn Minh chia sẻ"),
        # a site's name typed as in its address opens a story
        ("Kinhtedothi - Ngày 5/5, tại Hà Nội", "Kinh tế đô thị, Ngày năm tháng năm, tại Hà Nội"),
        ("Nguyen - Anh thắng", "Nguyen, Anh thắng"),
        ("Theo kontumtv.vn, hội", "Theo Kon Tum tê vê chấm vê en, hội"),
        # a plate's digits masked by the paper
        (
            "ô tô biển kiểm soát 30K-26x.xx có dấu hiệu",
            "ô tô biển kiểm soát ba mươi ca, hai sáu ích chấm ích ích có dấu hiệu",
        ),
        ("thế hệ 8x và 9x", "thế hệ tám ích và chín ích"),
        ("25 sinh viên CĐ và hệ CĐ", "hai mươi lăm sinh viên cao đẳng và hệ cao đẳng"),
        # a point of a clause (not a mark)
        ("theo điểm 9.1 khoản 9, Mục 2", "theo điểm chín chấm một khoản chín, Mục hai"),
        ("đạt điểm 9.1 môn Toán", "đạt điểm chín phẩy một môn Toán"),
        # foreign places in Latin letters, as papers and radio say them
        (
            "tại tỉnh Savannakhet, Lào và Phnom Penh, Campuchia",
            "tại tỉnh Xa van na khẹt, Lào và Phnôm Pênh, Căm pu chia",
        ),
        ("Chămpasắc, Attapư", "Chăm pa sắc, Át ta pư"),
    ],
)
def test_round_59_indices_satellites_roman_items_bands_bylines_and_masked_plates(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 60: a count of stars, a share of cases, a decimal «lần» after «nông thôn»
        ("có 9 sản phẩm xếp hạng 4 sao", "có chín sản phẩm xếp hạng bốn sao"),
        ("xếp hạng 4 toàn quốc", "xếp hạng tư toàn quốc"),
        ("giải quyết xong 1/5 vụ, còn", "giải quyết xong một trên năm vụ, còn"),
        ("từ 20/10 vụ mùa năm nay", "từ ngày hai mươi tháng mười vụ mùa năm nay"),
        (
            "cao hơn hộ nông thôn 2,1 lần; thôn 2,3 và 4",
            "cao hơn hộ nông thôn hai phẩy một lần; thôn hai, ba và bốn",
        ),
        ("Cục trưởng Cục I, Thanh tra Chính phủ", "Cục trưởng Cục một, Thanh tra Chính phủ"),
        ("về xây dựng, TTĐT-VSMT.", "về xây dựng, trật tự đô thị-vệ sinh môi trường."),
        ("có khổ chữ quá 3/4 khổ chữ tiếng Việt", "có khổ chữ quá ba phần tư khổ chữ tiếng Việt"),
        ("VD: Tên dự án", "ví dụ: Tên dự án"),
        ("số đăng ký VD-24891-16", "số đăng ký vê đê, hai bốn tám chín một, một sáu"),
        ("gửi khoinghiep@donga.edu.vn", "gửi khởi nghiệp a còng Đông Á chấm e đu chấm vê en"),
        # the review of round 59
        ("Đoàn viên công đoàn liên hệ CĐ cơ sở", "Đoàn viên công đoàn liên hệ công đoàn cơ sở"),
        ("Hệ CĐ chính quy; Sinh viên CĐ nghề", "Hệ cao đẳng chính quy; Sinh viên cao đẳng nghề"),
        ("Thế hệ 8x-9x đang", "Thế hệ tám ích-chín ích đang"),
        ("Em đạt điểm 9.5, điều đó giúp em", "Em đạt điểm chín phẩy năm, điều đó giúp em"),
        ("Theo điểm 1.3 Điều 4 Quyết định", "Theo điểm một chấm ba Điều bốn Quyết định"),
        ("Thứ Hai 5/6 USD tăng.", "Thứ Hai ngày năm tháng sáu đô la Mỹ tăng."),
        ("Tính đến 30/6 MW điện", "Tính đến ngày ba mươi tháng sáu mê ga oát điện"),
        ("Gồm: i) tăng đầu tư; ii) cải cách", "Gồm: một, tăng đầu tư; hai, cải cách"),
        ("Gồm (i) 25 dự án; (ii) 30 dự án.", "Gồm một, hai mươi lăm dự án; hai, ba mươi dự án."),
        ("(ii) Dự án đầu tư công.", "Hai, Dự án đầu tư công."),
        (
            "Núi lửa (Hawaii) phun; đánh dấu (x) vào ô.",
            "Núi lửa, Ha oai, phun; đánh dấu, ích, vào ô.",
        ),
        ("thuộc giai đoạn II-A và nhóm II-B", "thuộc giai đoạn hai a và nhóm hai bê"),
        (
            "Ô tô BKS 30K-26X.XX bỏ chạy",
            "Ô tô biển kiểm soát ba mươi ca, hai sáu ích chấm ích ích bỏ chạy",
        ),
        (
            "GS VS Châu Văn Minh và VS.GS Lê B",
            "giáo sư viện sĩ Châu Văn Minh và viện sĩ giáo sư Lê bê",
        ),
        ("Kinhtedothi-Sáng nay, tại", "Kinh tế đô thị, Sáng nay, tại"),
        ("Đoàn đến Attapeu và Attapư", "Đoàn đến Át ta pư và Át ta pư"),
    ],
)
def test_round_60_stars_cases_offices_examples_and_the_review_of_round_59(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 60
        ("Từ 1/12 vụ đông xuân bắt đầu.", "Từ ngày một tháng mười hai vụ đông xuân bắt đầu."),
        ("Dự kiến 5/6 vụ Hè Thu xong.", "Dự kiến ngày năm tháng sáu vụ Hè Thu xong."),
        ("Các tổ 1,2 lần lượt ra quân.", "Các tổ một, hai lần lượt ra quân."),
        ("Tuyển sinh hệ CĐ cho người lao động.", "Tuyển sinh hệ cao đẳng cho người lao động."),
        ("Tốt nghiệp CĐ trở lên; trình độ CĐ", "Tốt nghiệp cao đẳng trở lên; trình độ cao đẳng"),
        ("Đoàn GS VSATTP liên ngành.", "Đoàn giáo sư vệ sinh an toàn thực phẩm liên ngành."),
        (
            "Nội dung gồm:\n(i) Rà soát;\n(ii) Đánh giá;\n(v) Tổ chức.",
            "Nội dung gồm\nMột, Rà soát\nHai, Đánh giá\nNăm, Tổ chức.",
        ),
        ("Gồm (ii) rà soát; (iii) đánh giá.", "Gồm hai, rà soát; ba, đánh giá."),
        (
            "gồm: (i) rà soát (kể cả ngoài phạm vi) để sửa; (ii) báo cáo.",
            "gồm: một, rà soát, kể cả ngoài phạm vi, để sửa; hai, báo cáo.",
        ),
        ("h) Nộp hồ sơ; i) Nhận kết quả", "hát, Nộp hồ sơ; i, Nhận kết quả"),
        ("Công suất 10/12 MW mỗi tổ máy.", "Công suất mười trên mười hai mê ga oát mỗi tổ máy."),
        ("Từ 15/8 KM lớn", "Từ ngày mười lăm tháng tám ca em lớn"),
        ("tại điểm 2.1 khoản này.", "tại điểm hai chấm một khoản này."),
        ("Hạn nộp đã quá 1/6 nhưng", "Hạn nộp đã quá ngày một tháng sáu nhưng"),
        ("Cổng TTĐT - xây dựng chính quyền", "Cổng thông tin điện tử, xây dựng chính quyền"),
        ("Bảo đảm TTĐT, ATGT trên phố", "Bảo đảm trật tự đô thị, an toàn giao thông trên phố"),
        ("VD: 5 thôn; vd: xã A", "ví dụ: năm thôn; ví dụ: xã A"),
        ("Kinhtedothi-Ông Hải cho biết", "Kinh tế đô thị, Ông Hải cho biết"),
        ("Chuẩn EURO IV", "Chuẩn ơ rô bốn"),
    ],
)
def test_the_review_of_round_60_seasons_series_colleges_lists_measures_and_portals(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 61: an hour after «kết thúc», «bắt đầu»; an English half-day typed with a dot
        ("kết thúc 17g. Bắt đầu 7g sáng", "kết thúc mười bảy giờ. Bắt đầu bảy giờ sáng"),
        ("đón con sau 6.30PM, cần gọi", "đón con sau sáu giờ ba mươi phút tối, cần gọi"),
        (
            "Khối 10: 347 hs, khối 11: 214 hs",
            "Khối mười: ba trăm bốn mươi bảy học sinh, khối mười một: hai trăm mười bốn học sinh",
        ),
        # loan words of fuel and health bulletins
        ("giá gas, dầu mazut và etanol", "giá ga, dầu ma dút và ê ta non"),
        ("vaccine Pfizer, virus Rota, axit folic", "vắc xin Phai dơ, vi rút Rô ta, a xít phô líc"),
        ("Gas Petrolimex Saigon", "Ga Pê trô li mếch Sài Gòn"),
    ],
)
def test_round_61_hours_pupils_and_loan_words_of_fuel_and_health(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("giá ≈ 2.000đ/kWh", "giá xấp xỉ hai nghìn đồng một ki lô oát giờ"),
        (
            "dầu diesel; giá gas theo giá CP tháng 1",
            "dầu đi ê den; giá ga theo giá xê pê tháng một",
        ),
        ("xăng RON92/95", "xăng rôn chín mươi hai, chín mươi lăm"),
        (
            "tương ứng là 67,33/ 25,98/ 5,70/ 0,99.",
            "tương ứng là sáu mươi bảy phẩy ba mươi ba, hai mươi lăm phẩy chín mươi tám,"
            " năm phẩy bảy mươi, không phẩy chín mươi chín.",
        ),
        ("Tỷ lệ 1,5/2,5", "Tỷ lệ một phẩy năm trên hai phẩy năm"),
    ],
)
def test_round_61_about_fuel_grades_a_contract_price_and_shares_listed_by_slashes(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 61
        ("Liều bắt đầu 1g mỗi ngày.", "Liều bắt đầu một gam mỗi ngày."),
        ("Bắt đầu 8g, kết thúc 11g.", "Bắt đầu tám giờ, kết thúc mười một giờ."),
        (
            "Bộ phận một cửa tiếp nhận 45 hs, đã giải quyết 40 hs đúng hạn.",
            "Bộ phận một cửa tiếp nhận bốn mươi lăm hồ sơ, đã giải quyết bốn mươi hồ sơ đúng hạn.",
        ),
        ("Nhà đầu tư lo ngại giá CP giảm sâu.", "Nhà đầu tư lo ngại giá Chính phủ giảm sâu."),
        (
            "giá xăng RON95-III/E5 RON92 lần lượt",
            "giá xăng rôn chín mươi lăm ba, e năm rôn chín mươi hai lần lượt",
        ),
        ("xăng RON 92 / 95 / 98", "xăng rôn chín mươi hai, chín mươi lăm, chín mươi tám"),
        ("Cập nhật lúc 9:30 PM", "Cập nhật lúc chín giờ ba mươi phút tối"),
        ("từ 25.30 PM", "từ hai mươi lăm phẩy ba mươi pê em"),
        ("giá 1 USD≈25.400 đồng", "giá một đô la Mỹ xấp xỉ hai mươi lăm nghìn bốn trăm đồng"),
        (
            "là 67,3%/ 26%/ 5,7%.",
            "là sáu mươi bảy phẩy ba phần trăm, hai mươi sáu phần trăm, năm phẩy bảy phần trăm.",
        ),
        ("ngày 10/ 12/ 2024", "ngày mười tháng mười hai năm hai nghìn không trăm hai mươi tư"),
        ("PV Gas; dầu diezen, điêzen", "pê vê ga; dầu đi ê den, điêzen"),
    ],
)
def test_the_review_of_round_61_grams_files_shares_fuel_grades_and_lists(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


def test_a_list_of_numbers_joined_by_slashes_is_read_in_one_pass() -> None:
    # a list starts only at its first item: 3,001 decimals are one list of 3,001 items, and a
    # run ending on a slash (once a start tried at every item, quadratic) is still read
    assert normalize_text("1,1/ " * 3000 + "1,1").count("một phẩy một,") == 3000
    assert normalize_text("1,1/ " * 3000 + "x").endswith("x")


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 62: a score in a sentence about a match; a date, a span stay
        (
            "Cách biệt được nới rộng 3-0 khi Lee Seung Woo ghi bàn thắng thứ 2.",
            "Cách biệt được nới rộng ba không khi Lee Seung Woo ghi bàn thắng thứ hai.",
        ),
        (
            "Các trận đấu khác: Thanh Hóa - Sài Gòn 2-2, Hà Nội - Cần Thơ 0-1.",
            "Các trận đấu khác: Thanh Hóa, Sài Gòn hai hai, Hà Nội, Cần Thơ không một.",
        ),
        (
            "đội tuyển Việt Nam đã đại thắng đội tuyển Trung Quốc 3-1 trên sân Mỹ Đình",
            "đội tuyển Việt Nam đã đại thắng đội tuyển Trung Quốc ba một trên sân Mỹ Đình",
        ),
        (
            "Tiền đạo Yago lập công giúp Quảng Nam dẫn 2-0.",
            "Tiền đạo Yago lập công giúp Quảng Nam dẫn hai không.",
        ),
        (
            "Trận đấu diễn ra ngày 3-1 tại sân Thống Nhất.",
            "Trận đấu diễn ra ngày ba tháng một tại sân Thống Nhất.",
        ),
        ("Đội bóng tập luyện 2-3 buổi mỗi tuần.", "Đội bóng tập luyện hai đến ba buổi mỗi tuần."),
        (
            "8 đội thắng tại vòng 1/8 sẽ vào tứ kết.",
            "tám đội thắng tại vòng một phần tám sẽ vào tứ kết.",
        ),
        (
            "Nguyễn Thị Hương đứng ở vị trí 6/6 và vào tứ kết.",
            "Nguyễn Thị Hương đứng ở vị trí sáu trên sáu và vào tứ kết.",
        ),
        (
            "Việt Nam đứng thứ ba ở bảng F vòng loại World Cup 2026.",
            "Việt Nam đứng thứ ba ở bảng ép vòng loại uôn cúp hai nghìn không trăm hai mươi sáu.",
        ),
        (
            "Đại hội thể thao toàn quốc lần thứ X-2026 có 48 môn.",
            "Đại hội thể thao toàn quốc lần thứ mười, năm hai nghìn không trăm hai mươi sáu có "
            "bốn mươi tám môn.",
        ),
        (
            "Lịch thi đấu ASIAD 19, Asian Cup 2019 và V.League 2023.",
            "Lịch thi đấu a si át mười chín, a si an cúp hai nghìn không trăm mười chín và vê "
            "lích hai nghìn không trăm hai mươi ba.",
        ),
    ],
)
def test_round_62_scores_with_no_score_word_knockout_rounds_groups_and_games(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 62: a bank's capitals, a domain's ending, a subscriber, kcal, USSD codes
        (
            "Ví điện tử và Mobile Money; mạng IPv6 và IPv4.",
            "Ví điện tử và mô bai mơ ni; mạng i pê vê sáu và i pê vê bốn.",
        ),
        ("LPBank, TPBank, MBBank và BVBank", "e lờ pê banh, tê pê banh, em bê banh và bê vê banh"),
        (
            "Tên miền “.vn” và các đuôi .com, .net, .cc. Khi nghi ngờ",
            "Tên miền chấm vê en và các đuôi chấm com, chấm nét, chấm xê xê. Khi nghi ngờ",
        ),
        (
            "Sau khi đăng ký gói cước, TB cần khởi động lại máy.",
            "Sau khi đăng ký gói cước, thuê bao cần khởi động lại máy.",
        ),
        (
            "TB cần nộp hồ sơ trước ngày 5/12.",
            "thông báo cần nộp hồ sơ trước ngày năm tháng mười hai.",
        ),
        (
            "mức phí 15.000 đồng/tháng/SĐT/KH",
            "mức phí mười lăm nghìn đồng một tháng một số điện thoại, khách hàng",
        ),
        ("Số 12/KH-UBND", "Số mười hai kế hoạch của Ủy ban nhân dân"),
        (
            "quý III/2022 - quý I/2023: bồi thường",
            "quý ba năm hai nghìn không trăm hai mươi hai đến quý một năm hai nghìn không trăm "
            "hai mươi ba: bồi thường",
        ),
        (
            "năng lượng 2800 - 2900 Kcal, thêm 100 Kcal/kg thức ăn",
            "năng lượng hai nghìn tám trăm đến hai nghìn chín trăm ki lô ca lo, thêm một trăm ki "
            "lô ca lo trên ki lô gam thức ăn",
        ),
        (
            "tiêm 30mg/1kgTT, liều 1ml/8-10kgTT",
            "tiêm ba mươi mi li gam trên một ki lô gam thể trọng, liều một mi li lít trên tám "
            "đến mười ki lô gam thể trọng",
        ),
        ("cước roaming 2USD/phút", "cước roaming hai đô la Mỹ một phút"),
        ("mã 2USD3", "mã hai u ét đê ba"),
        (
            "Soạn DK RU3 gửi 9123 hoặc *091*191#OK để đăng ký.",
            "Soạn đê ca e rờ u ba gửi chín một hai ba hoặc sao không chín một sao một chín một "
            "thăng ô kê để đăng ký.",
        ),
        ("Bấm *101# để kiểm tra.", "Bấm sao một không một thăng để kiểm tra."),
        ("Soạn tin gửi 500 hồ sơ", "Soạn tin gửi năm trăm hồ sơ"),
        (
            "tổng diện tích 5,806 ha, địa điểm tại khu phố 1",
            "tổng diện tích năm phẩy tám trăm linh sáu héc ta, địa điểm tại khu phố một",
        ),
        (
            "Từ 7g–11g ngày 5/12 cắt điện.",
            "Từ bảy giờ đến mười một giờ ngày năm tháng mười hai cắt điện.",
        ),
    ],
)
def test_round_62_banks_domains_subscribers_units_of_rations_and_keyed_codes(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 62: a date, a weekday, a rank, a minute stay; a verb makes a score
        (
            "Đội tuyển Việt Nam gặp Thái Lan vào Chủ nhật 5-1 trên sân Mỹ Đình.",
            "Đội tuyển Việt Nam gặp Thái Lan vào Chủ nhật ngày năm tháng một trên sân Mỹ Đình.",
        ),
        (
            "Đội tuyển Việt Nam gặp Thái Lan vào thứ Bảy (4-1) tại sân Thống Nhất.",
            "Đội tuyển Việt Nam gặp Thái Lan vào thứ Bảy, ngày bốn tháng một, tại sân Thống Nhất.",
        ),
        (
            "Hôm nay 9-3, đội tuyển Việt Nam gặp Lào.",
            "Hôm nay chín tháng ba, đội tuyển Việt Nam gặp Lào.",
        ),
        (
            "Lịch thi đấu: 5-3 Việt Nam gặp Lào, 8-3 Việt Nam gặp Thái Lan.",
            "Lịch thi đấu: ngày năm tháng ba Việt Nam gặp Lào, ngày tám tháng ba Việt Nam gặp "
            "Thái Lan.",
        ),
        (
            "Giải bóng đá chào mừng kỷ niệm 95 năm thành lập Đảng (3-2) có 12 đội tham gia, cầu "
            "thủ trẻ.",
            "Giải bóng đá chào mừng kỷ niệm chín mươi lăm năm thành lập Đảng, ngày ba tháng hai, "
            "có mười hai đội tham gia, cầu thủ trẻ.",
        ),
        (
            "Nhà thi đấu nằm trên đường 3-2, thủ môn của đội khách bị chấn thương.",
            "Nhà thi đấu nằm trên đường Ba tháng Hai, thủ môn của đội khách bị chấn thương.",
        ),
        (
            "Nhiều tập thể, cá nhân lập công xuất sắc trong đợt thi đua chào mừng 3-2.",
            "Nhiều tập thể, cá nhân lập công xuất sắc trong đợt thi đua chào mừng ngày ba tháng "
            "hai.",
        ),
        (
            "Các cầu thủ tập luyện Thứ 2-6 hằng tuần.",
            "Các cầu thủ tập luyện Thứ hai đến thứ sáu hằng tuần.",
        ),
        (
            "Đội bóng xếp Hạng 1-3 nhận cờ, cầu thủ ghi bàn nhận thưởng.",
            "Đội bóng xếp Hạng nhất đến hạng ba nhận cờ, cầu thủ ghi bàn nhận thưởng.",
        ),
        ("Phút 1-5, đội khách ép sân liên tục.", "Phút một đến năm, đội khách ép sân liên tục."),
        (
            "Tiền vệ Hùng Dũng ghi bàn rút ngắn còn 1-2.",
            "Tiền vệ Hùng Dũng ghi bàn rút ngắn còn một hai.",
        ),
        (
            "Hà Nội FC bị Thanh Hóa lội ngược dòng 1-2.",
            "Hà Nội ép xê bị Thanh Hóa lội ngược dòng một hai.",
        ),
        ("Giá sẽ nhân lên 2-3 lần.", "Giá sẽ nhân lên hai đến ba lần."),
        (
            "VIỆT NAM VÀO VÒNG 1/8 GIẢI FUTSAL CHÂU Á",
            "Việt Nam Vào Vòng một phần tám Giải ép u tê ét a e lờ Châu Á",
        ),
        ("vòng 1/64 giải quần vợt", "vòng một phần sáu mươi tư giải quần vợt"),
        (
            "Đại hội Thể dục thể thao lần thứ 9-2022.",
            "Đại hội Thể dục thể thao lần thứ chín, năm hai nghìn không trăm hai mươi hai.",
        ),
        (
            "Đại hội Đảng bộ tỉnh lần thứ XX - 2025 - 2030.",
            "Đại hội Đảng bộ tỉnh lần thứ hai mươi, hai nghìn không trăm hai mươi lăm đến hai "
            "nghìn không trăm ba mươi.",
        ),
        (
            "Kết quả vòng 5 V.League: Thanh Hóa thắng 1-0.",
            "Kết quả vòng năm vê lích: Thanh Hóa thắng một không.",
        ),
        (
            "Giải V League 2023 khởi tranh, vòng 12 V-League 2025 có 7 trận.",
            "Giải vê lích hai nghìn không trăm hai mươi ba khởi tranh, vòng mười hai vê lích hai "
            "nghìn không trăm hai mươi lăm có bảy trận.",
        ),
        ("Xe dừng tại vị trí 1/2 cầu Long Biên.", "Xe dừng tại vị trí một phần hai cầu Long Biên."),
        # a score word earlier in the clause, a side after the pair; a list of dates stays
        (
            "tổng tỉ số qua 2 lượt trận chung kết là 5-3",
            "tổng tỉ số qua hai lượt trận chung kết là năm ba",
        ),
        (
            "hòa với tỷ số 0-0 hoặc 1-1 là vô địch",
            "hòa với tỷ số không không hoặc một một là vô địch",
        ),
        (
            "có được thắng lợi vất vả 2-1 trước đối thủ",
            "có được thắng lợi vất vả hai một trước đối thủ",
        ),
        ("tỷ số các trận ngày 5-3 và 8-3", "tỷ số các trận ngày năm tháng ba và tám tháng ba"),
    ],
)
def test_the_review_of_round_62_dates_stay_dates_and_scores_need_a_side_or_a_verb(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 62: money sent, a notice, grams, a dose by weight, endings
        (
            "Ông A nhận được tin nhắn lừa đảo và đã gửi 5000 USD cho đối tượng.",
            "Ông a nhận được tin nhắn lừa đảo và đã gửi năm nghìn đô la Mỹ cho đối tượng.",
        ),
        (
            "Ông C nhận được SMS giả danh, đã gửi 3000 cho kẻ gian.",
            "Ông xê nhận được ét em ét giả danh, đã gửi ba nghìn cho kẻ gian.",
        ),
        (
            "Soạn tin DK gửi 9123, 999 hoặc 1080.",
            "Soạn tin đê ca gửi chín một hai ba, chín chín chín hoặc một không tám không.",
        ),
        ("Soạn tin UH gửi số 1407.", "Soạn tin u hát gửi số một bốn không bảy."),
        ("Bấm * 101 # để kiểm tra.", "Bấm sao một không một thăng để kiểm tra."),
        (
            "Tên miền .info và .biz thường bị dùng để lừa đảo.",
            "Tên miền chấm in phô và chấm bít thường bị dùng để lừa đảo.",
        ),
        ("Số lượng tên miền .VN tăng 5%.", "Số lượng tên miền chấm vê en tăng năm phần trăm."),
        (
            "Tên miền .vn, .gov.vn, .com.vn.",
            "Tên miền chấm vê en, chấm gốp chấm vê en, chấm com chấm vê en.",
        ),
        (
            "Trạm y tế ra TB số 15. TB cần được dán tại nhà văn hóa; người dân mang theo điện "
            "thoại di động.",
            "Trạm y tế ra thông báo số mười lăm. Thông báo cần được dán tại nhà văn hóa; người "
            "dân mang theo điện thoại di động.",
        ),
        (
            "Học sinh có điểm TB cần đạt từ 6,5.",
            "Học sinh có điểm trung bình cần đạt từ sáu phẩy năm.",
        ),
        (
            "Căn cứ Công văn số 456/SKHĐT/KH.",
            "Căn cứ Công văn số bốn trăm năm mươi sáu, Sở Kế hoạch và Đầu tư, kế hoạch.",
        ),
        ("mức phí 50.000 đồng/KH/tháng", "mức phí năm mươi nghìn đồng một khách hàng mỗi tháng"),
        (
            "Liều dùng 1 ml/10 kg TT, tiêm bắp; liều 20 mg/kg TT/ngày.",
            "Liều dùng một mi li lít trên mười ki lô gam thể trọng, tiêm bắp; liều hai mươi mi "
            "li gam trên ki lô gam thể trọng mỗi ngày.",
        ),
        (
            "Bón 5g–10g phân cho mỗi gốc; mỗi gói 10g–12g.",
            "Bón năm gam đến mười gam phân cho mỗi gốc; mỗi gói mười gam đến mười hai gam.",
        ),
        (
            "Từ 7g–11g, ngày 5/12; sáng 9g-10g, xã họp dân.",
            "Từ bảy giờ đến mười một giờ, ngày năm tháng mười hai; sáng chín giờ đến mười giờ, "
            "xã họp dân.",
        ),
        ("Giá 5JPY/con, phí 3GBP/tháng.", "Giá năm yên Nhật một con, phí ba bảng Anh một tháng."),
        ("Nhu cầu 2.500 KCAL mỗi ngày.", "Nhu cầu hai nghìn năm trăm ki lô ca lo mỗi ngày."),
        ("Địa chỉ IPv4/IPv6 của máy chủ.", "Địa chỉ i pê vê bốn, i pê vê sáu của máy chủ."),
        (
            "Ứng dụng MB Bank và Ngân hàng LPBANK thông báo.",
            "Ứng dụng em bê banh và Ngân hàng e lờ pê banh thông báo.",
        ),
        (
            "Từ quý III năm 2022 - quý I năm 2023, giá tăng.",
            "Từ quý ba năm hai nghìn không trăm hai mươi hai đến quý một năm hai nghìn không "
            "trăm hai mươi ba, giá tăng.",
        ),
        (
            "Từ ngày 5/12/2024 - ngày 10/1/2025.",
            "Từ ngày năm tháng mười hai năm hai nghìn không trăm hai mươi tư đến ngày mười tháng "
            "một năm hai nghìn không trăm hai mươi lăm.",
        ),
        (
            "VÒNG LOẠI WORLD CUP 2026, dịch vụ mobile money.",
            "Vòng Loại uôn cúp hai nghìn không trăm hai mươi sáu, dịch vụ mô bai mơ ni.",
        ),
    ],
)
def test_the_review_of_round_62_texts_domains_notices_grams_and_currencies(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 63: months in a year, tests and places by name, concentrations, a dose and a half
        (
            "Kim ngạch xuất khẩu 4 tháng/2014 đạt 2 tỷ USD.",
            "Kim ngạch xuất khẩu bốn tháng năm hai nghìn không trăm mười bốn đạt hai tỷ đô la Mỹ.",
        ),
        (
            "trong 11 tháng/2025, kim ngạch tăng",
            "trong mười một tháng năm hai nghìn không trăm hai mươi lăm, kim ngạch tăng",
        ),
        (
            "Thí sinh có IELTS 6.5, TOEIC 450 hoặc TOEFL iBT 80.",
            "Thí sinh có ai en sáu phẩy năm, tô ích bốn trăm năm mươi hoặc tô phồ i bê tê tám "
            "mươi.",
        ),
        (
            "Xuất khẩu sang Mexico, Nigeria và Saudi Arabia.",
            "Xuất khẩu sang Mê hi cô, Ni giê ri a và Ả Rập Xê Út.",
        ),
        ("Giá xi măng và clinker; chả cá surimi.", "Giá xi măng và cờ lanh ke; chả cá xu ri mi."),
        (
            "Số liệu của TCHQ; dự án do PV Power và Lilama thi công.",
            "Số liệu của Tổng cục Hải quan; dự án do pê vê pao ơ và Li la ma thi công.",
        ),
        (
            "Nồng độ creatinin 420 μmol/lít, axit uric 360 µmol/l.",
            "Nồng độ creatinin bốn trăm hai mươi mi crô mol trên lít, a xít uric ba trăm sáu "
            "mươi mi crô mol trên lít.",
        ),
        (
            "Nước có 15 mg/lít sắt, đi 10 km/lít xăng.",
            "Nước có mười lăm mi li gam trên lít sắt, đi mười ki lô mét một lít xăng.",
        ),
        ("Máy biến áp 250MVA.", "Máy biến áp hai trăm năm mươi mê ga vôn am pe."),
        (
            "Trẻ từ 3 đến 4 tuổi: uống 1 ½ muỗng cà phê hoặc 1 ½ gói (7,5ml)/lần.",
            "Trẻ từ ba đến bốn tuổi: uống một muỗng cà phê rưỡi hoặc một gói rưỡi, bảy phẩy năm "
            "mi li lít một lần.",
        ),
        ("Uống 2½ viên, liều 1 ½.", "Uống hai viên rưỡi, liều một rưỡi."),
    ],
)
def test_round_63_months_of_a_year_exams_places_concentrations_and_half_doses(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 63: a half after a counter only, a range, units, a dose in brackets
        (
            "Trẻ trên 12 tuổi uống 1 ½ đến 2 viên mỗi lần.",
            "Trẻ trên mười hai tuổi uống một rưỡi đến hai viên mỗi lần.",
        ),
        ("Mỗi lần uống 1 ½ hoặc 2 gói.", "Mỗi lần uống một rưỡi hoặc hai gói."),
        ("Mỗi lần uống 1 ½ sau bữa ăn.", "Mỗi lần uống một rưỡi sau bữa ăn."),
        ("Tuyến số 1½ hoạt động.", "Tuyến số một và một nửa hoạt động."),
        ("Nặng 2½kg khi sinh.", "Nặng hai và một nửa ki lô gam khi sinh."),
        ("Diện tích 1 ½ m2 mỗi chuồng.", "Diện tích một và một nửa mét vuông mỗi chuồng."),
        ("Giá 2 ½ USD/kg.", "Giá hai và một nửa đô la Mỹ một ki lô gam."),
        ("Năng suất đạt 5 ½ tấn/ha.", "Năng suất đạt năm và một nửa tấn một héc ta."),
        ("Mỗi lần 1 ½ thìa canh bột.", "Mỗi lần một thìa canh rưỡi bột."),
        ("Uống 1 1/2 viên mỗi lần.", "Uống một viên rưỡi mỗi lần."),
        (
            "Trẻ từ 3 đến 4 tuổi: uống 1 ½ muỗng cà phê hoặc 1 ½ gói (7,5ml)/lần.",
            "Trẻ từ ba đến bốn tuổi: uống một muỗng cà phê rưỡi hoặc một gói rưỡi, bảy phẩy năm "
            "mi li lít một lần.",
        ),
        ("Uống 2½ viên, liều 1 ½.", "Uống hai viên rưỡi, liều một rưỡi."),
        (
            "Hỗ trợ 2 triệu đồng (lợn trên 100 kg)/con.",
            "Hỗ trợ hai triệu đồng, lợn trên một trăm ki lô gam, con.",
        ),
        (
            "Uống (2,5 mL)/lần, (400 IU)/ngày.",
            "Uống, hai phẩy năm mi li lít một lần, bốn trăm đơn vị quốc tế một ngày.",
        ),
        (
            "Nồng độ 15 mcg/lít, 50 nmol/lít.",
            "Nồng độ mười lăm mi crô gam trên lít, năm mươi na nô mol trên lít.",
        ),
        ("Pha 20 g/lít nước.", "Pha hai mươi gam trên lít nước."),
        (
            "Liều 2,5 ml, mỗi liều 0,5 ml.",
            "Liều hai phẩy năm mi li lít, mỗi liều không phẩy năm mi li lít.",
        ),
        ("Tuần 7,8 và tổ 1,2.", "Tuần bảy, tám và tổ một phẩy hai."),
        (
            "Trạm biến áp 400KVA, tụ bù 50MVAr.",
            "Trạm biến áp bốn trăm ki lô vôn am pe, tụ bù năm mươi mê ga va phản kháng.",
        ),
        (
            "Xuất khẩu sang Saudi Arabia, Ả Rập Saudi; PV POWER báo lãi.",
            "Xuất khẩu sang Ả Rập Xê Út, Ả Rập Xê Út; pê vê pao ơ báo lãi.",
        ),
        (
            "Giá clinker; bang New Mexico, Mexico City.",
            "Giá cờ lanh ke; bang Niu Mê hi cô, Mê hi cô Xi ti.",
        ),
    ],
)
def test_the_review_of_round_63_halves_doses_concentrations_ratings_and_names(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 64: coffee and its exchanges, banks by name, a deputy chairman, a ticket class
        (
            "Giá cà phê Robusta trên sàn London và arabica trên sàn New York tăng.",
            "Giá cà phê Rô bút ta trên sàn Luân Đôn và A ra bi ca trên sàn Niu Oóc tăng.",
        ),
        (
            "Giá cao su trên sàn Tocom, Osaka và Chicago; chỉ số Nikkei.",
            "Giá cao su trên sàn Tô côm, Ô xa ca và Si ca gô; chỉ số Ních kây.",
        ),
        (
            "Giảm 7,7 yen xuống 326,2 yen/kg.",
            "Giảm bảy phẩy bảy yên xuống ba trăm hai mươi sáu phẩy hai yên một ki lô gam.",
        ),
        (
            "Ngân hàng Agribank, VietinBank, Vietcombank, Sacombank, PVcomBank và Kienlongbank.",
            "Ngân hàng A gri banh, Việt tin banh, Việt com banh, Sa com banh, pê vê com banh và "
            "Kiên Long banh.",
        ),
        (
            "Đội bóng đứng đầu BXH; chung cư mini, tấm lợp fibro.",
            "Đội bóng đứng đầu bảng xếp hạng; chung cư mi ni, tấm lợp phi brô.",
        ),
        (
            "Tỉnh TT Huế có 5 người chết; TT Phong Điền.",
            "Tỉnh Thừa Thiên Huế có năm người chết; thị trấn Phong Điền.",
        ),
        (
            "Chủ tịch UBND TP cùng 2 Phó CT tái cử.",
            "Chủ tịch Ủy ban nhân dân thành phố cùng hai Phó Chủ tịch tái cử.",
        ),
        ("Giá vé từ CAT 5, CAT 1 sẽ tăng.", "Giá vé từ cát năm, cát một sẽ tăng."),
        ("Số lượng từ 20 người/đoàn.", "Số lượng từ hai mươi người một đoàn."),
        (
            "Giá trị sản phẩm trên một ha đất trồng trọt.",
            "Giá trị sản phẩm trên một héc ta đất trồng trọt.",
        ),
    ],
)
def test_round_64_commodities_banks_councils_tickets_and_per_group_prices(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 64: a chairman, ticket classes, TT Huế, yen, lists, hectares
        (
            "Phó CT-UBND xã Nguyễn Văn H. dự họp.",
            "Phó Chủ tịch-Ủy ban nhân dân xã Nguyễn Văn hát dự họp.",
        ),
        ("Phó CT/Thường trực Hội.", "Phó Chủ tịch, Thường trực Hội."),
        (
            "Các xã cần ứng phó CT số 12 của Thủ tướng.",
            "Các xã cần ứng phó chỉ thị số mười hai của Thủ tướng.",
        ),
        (
            "Ngày 2/8, CAT 2 lần phát cảnh báo thủ đoạn lừa đảo bán vé máy bay giá rẻ.",
            "Ngày hai tháng tám, Công an tỉnh hai lần phát cảnh báo thủ đoạn lừa đảo bán vé máy "
            "bay giá rẻ.",
        ),
        (
            "Đường dây nóng CAT 24/7 tiếp nhận phản ánh về bán vé xe.",
            "Đường dây nóng Công an tỉnh hai mươi tư trên bảy tiếp nhận phản ánh về bán vé xe.",
        ),
        (
            "Hạng CAT 1 giá 3 triệu đồng, CAT 2 giá 2 triệu đồng.",
            "Hạng cát một giá ba triệu đồng, cát hai giá hai triệu đồng.",
        ),
        (
            "Vé từ CAT 5-CAT 1 sẽ tăng; vé khu CAT 1A đã bán hết.",
            "Vé từ cát năm-cát một sẽ tăng; vé khu cát một a đã bán hết.",
        ),
        (
            "Các hạng vé SVIP, VIP, Cat 1, Cat 2 đã hết.",
            "Các hạng vé ét vê i pê, víp, cát một, cát hai đã hết.",
        ),
        ("Tỉnh TT. Huế có 5 người chết.", "Tỉnh Thừa Thiên Huế có năm người chết."),
        (
            "Tỉnh TT - Huế và TT.Huế; TỈNH TT HUẾ MƯA LỚN.",
            "Tỉnh Thừa Thiên Huế và Thừa Thiên Huế; Tỉnh Thừa Thiên Huế Mưa Lớn.",
        ),
        (
            "Giá cao su giảm 2 Yen xuống 326,2 Yen/kg, 326,2 YEN/kg.",
            "Giá cao su giảm hai yên xuống ba trăm hai mươi sáu phẩy hai yên một ki lô gam, ba "
            "trăm hai mươi sáu phẩy hai yên một ki lô gam.",
        ),
        (
            "Giải nhất: 01 tác giả/nhóm tác giả, trị giá 10 triệu đồng.",
            "Giải nhất: một tác giả, nhóm tác giả, trị giá mười triệu đồng.",
        ),
        (
            "Toàn huyện có 35 trường/nhóm trẻ mầm non.",
            "Toàn huyện có ba mươi lăm trường, nhóm trẻ mầm non.",
        ),
        ("Tặng quà cho 200 hội viên/đoàn viên.", "Tặng quà cho hai trăm hội viên, đoàn viên."),
        (
            "Quy định mỗi đoàn/đơn vị đăng ký tối đa 15 vận động viên.",
            "Quy định mỗi đoàn, đơn vị đăng ký tối đa mười lăm vận động viên.",
        ),
        (
            "Mỗi đội đăng ký tối đa 10 vận động viên/đội, khoảng 30 người/1 đoàn.",
            "Mỗi đội đăng ký tối đa mười vận động viên một đội, khoảng ba mươi người trên một "
            "đoàn.",
        ),
        (
            "Trên một ha đất trồng trọt, hơn một ha lúa bị ngập.",
            "Trên một héc ta đất trồng trọt, hơn một héc ta lúa bị ngập.",
        ),
        (
            "Một ha lúa cho thu nhập 50 triệu đồng; cười ha ha.",
            "Một héc ta lúa cho thu nhập năm mươi triệu đồng; cười ha ha.",
        ),
        (
            "Giá cà phê Robusta tăng; giá ca cao trên sàn NEW YORK giảm.",
            "Giá cà phê Rô bút ta tăng; giá ca cao trên sàn Niu Oóc giảm.",
        ),
        ("Tấm lợp fibrô xi măng.", "Tấm lợp phi brô xi măng."),
    ],
)
def test_the_review_of_round_64_chairmen_tickets_provinces_lists_and_hectares(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 65: shares and their reports, dates after «là», race times, airliners,
        # leagues abroad, a numbered case, a phone after «GD&ĐT», Taiwan's dollar
        (
            "KQKD Q3/2024 của REE: doanh thu +3% YoY, -7% QoQ; LNST 480 tỷ đồng.",
            "kết quả kinh doanh quý ba năm hai nghìn không trăm hai mươi tư của e rờ e e: doanh "
            "thu cộng ba phần trăm so với cùng kỳ, âm bảy phần trăm so với quý trước; lợi nhuận "
            "sau thuế bốn trăm tám mươi tỷ đồng.",
        ),
        (
            "Sau Q2/2025, LNTT đạt 12 tỷ đồng.",
            "Sau quý hai năm hai nghìn không trăm hai mươi lăm, lợi nhuận trước thuế đạt mười hai "
            "tỷ đồng.",
        ),
        (
            "Doanh thu của quý tài chính I/2012 đạt 37 tỷ USD.",
            "Doanh thu của quý tài chính một năm hai nghìn không trăm mười hai đạt ba mươi bảy tỷ "
            "đô la Mỹ.",
        ),
        (
            "Khối ngoại mua ròng trên HOSE; riêng HoSE tới 4.045 tỷ đồng.",
            "Khối ngoại mua ròng trên hô xê; riêng hô xê tới bốn nghìn không trăm bốn mươi lăm tỷ "
            "đồng.",
        ),
        (
            "Chứng khoán TP.HCM (HSC, mã HCM) lãi 275 tỷ đồng; mã chứng khoán PAC.",
            "Chứng khoán Thành phố Hồ Chí Minh, hát ét xê, mã hát xê em, lãi hai trăm bảy mươi "
            "lăm tỷ đồng; mã chứng khoán pê a xê.",
        ),
        (
            "Về TP.HCM, mã HCM của ngân hàng.",
            "Về Thành phố Hồ Chí Minh, mã Hồ Chí Minh của ngân hàng.",
        ),
        (
            "Nhập mã OTP để xác nhận giao dịch chứng khoán.",
            "Nhập mã ô tê pê để xác nhận giao dịch chứng khoán.",
        ),
        (
            "Ngày đăng ký cuối cùng để thực hiện quyền là 1.10, tỷ lệ 10%.",
            "Ngày đăng ký cuối cùng để thực hiện quyền là một tháng mười, tỷ lệ mười phần trăm.",
        ),
        ("Ngày thanh toán là 28.2.", "Ngày thanh toán là hai mươi tám tháng hai."),
        ("Ngày trả lương là 5.5 triệu đồng.", "Ngày trả lương là năm phẩy năm triệu đồng."),
        (
            "Ngày chốt là 1.10 và ngày trả là 22.10.",
            "Ngày chốt là một tháng mười và ngày trả là hai mươi hai tháng mười.",
        ),
        (
            "Lợi nhuận đạt 505,74 tỷ NT$, doanh thu 1,046 nghìn tỷ NT$ (33,09 tỷ USD).",
            "Lợi nhuận đạt năm trăm linh năm phẩy bảy mươi tư tỷ Đài tệ, doanh thu một phẩy không "
            "trăm bốn mươi sáu nghìn tỷ Đài tệ, ba mươi ba phẩy không chín tỷ đô la Mỹ.",
        ),
        (
            "Sam Altman, CEO OpenAI; chip DRAM; bảng xếp hạng của FIDE.",
            "Sam Altman, xi i ô OpenAI; chíp đi ram; bảng xếp hạng của phi đê.",
        ),
        (
            "Gọi từ VNDIRECT, Vndirect; đường link lạ.",
            "Gọi từ vê en đi rếch, vê en đi rếch; đường linh lạ.",
        ),
        (
            "Thăm Brunei Darussalam; 4,5 gigawatt; chip 2 nanomet.",
            "Thăm Bru nây Đa rút xa lam; bốn phẩy năm gi ga oát; chíp hai na nô mét.",
        ),
        ("Chứng khoán TP.HCM ở Osaka.", "Chứng khoán Thành phố Hồ Chí Minh ở Ô xa ca."),
        (
            "Máy bay Boeing 737-800 của hãng; chiếc Boeing 737 MAX; máy bay 320 người.",
            "Máy bay Boeing bảy ba bảy, tám trăm của hãng; chiếc Boeing bảy ba bảy mắc; máy bay "
            "ba trăm hai mươi người.",
        ),
        (
            "Thành tích 4:02.50 phá kỷ lục cũ 4:03.84; chạy 1:59,07.",
            "Thành tích bốn phút hai giây năm mươi phá kỷ lục cũ bốn phút ba giây tám mươi tư; "
            "chạy một phút năm mươi chín giây không bảy.",
        ),
        ("Lúc 10:30 họp; tỷ số 2:1.", "Lúc mười giờ ba mươi phút họp; tỷ số hai một."),
        (
            "TH1: Nếu học viên học tiếng Đức B2 trước.",
            "trường hợp một: Nếu học viên học tiếng Đức bê hai trước.",
        ),
        ("Trường TH1 tổ chức lễ.", "Trường tê hát một tổ chức lễ."),
        (
            "Ở lượt 3 J.League Cup, K-League 2 và V.League 2023.",
            "Ở lượt ba gi lích cúp, ca lích hai và vê lích hai nghìn không trăm hai mươi ba.",
        ),
        ("Người Việt ở 6 bang/vùng chịu ảnh hưởng.", "Người Việt ở sáu bang, vùng chịu ảnh hưởng."),
        ("Tới Bộ GD&ĐT (Cục Hợp tác quốc tế).", "Tới Bộ giáo dục và đào tạo, Cục Hợp tác quốc tế."),
        ("ĐT (028) 3822 1234.", "điện thoại không hai tám ba tám hai hai một hai ba bốn."),
        (
            "Theo LSEG SmartEstimates; LS Trần Viết Hà.",
            "Theo e lờ ét e giê SmartEstimates; luật sư Trần Viết Hà.",
        ),
    ],
)
def test_round_65_shares_named_days_race_times_airliners_and_leagues(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 65: counts after a maker, days inside a clause, PINs, cases
        # inside a line, race times after «lúc», quarters with a dash, a dot or a space
        (
            "Vietjet đặt mua của Boeing 200 máy bay 737 MAX.",
            "Vietjet đặt mua của Boeing hai trăm máy bay bảy ba bảy mắc.",
        ),
        ("Airbus 320 chiếc đã được bàn giao.", "Airbus ba trăm hai mươi chiếc đã được bàn giao."),
        (
            "Hãng bay Boeing 787-9 và Boeing 777-300ER.",
            "Hãng bay Boeing bảy tám bảy, chín và Boeing bảy bảy bảy, ba trăm e e rờ.",
        ),
        (
            "Boeing 737 Max bị điều tra; dòng máy bay 737 MAX bị cấm bay.",
            "Boeing bảy ba bảy mắc bị điều tra; dòng máy bay bảy ba bảy mắc bị cấm bay.",
        ),
        (
            "Giá trung bình trong ngày giao dịch là 9.5.",
            "Giá trung bình trong ngày giao dịch là chín chấm năm.",
        ),
        ("Ngày thanh toán là 31.2.", "Ngày thanh toán là ba mươi mốt chấm hai."),
        (
            "Ngày chốt danh sách cổ đông là 20/3.",
            "Ngày chốt danh sách cổ đông là ngày hai mươi tháng ba.",
        ),
        (
            "Ngày thi là 12.6; ngày công bình quân là 22.5.",
            "Ngày thi là mười hai tháng sáu; ngày công bình quân là hai mươi hai chấm năm.",
        ),
        (
            "Ngày thanh toán là 28.2 (thứ Sáu).",
            "Ngày thanh toán là hai mươi tám tháng hai, thứ Sáu.",
        ),
        (
            "Ngày chốt là 1.10 và ngày trả là 22.10.",
            "Ngày chốt là một tháng mười và ngày trả là hai mươi hai tháng mười.",
        ),
        (
            "Nhà đầu tư chứng khoán không cung cấp mã PIN cho người lạ.",
            "Nhà đầu tư chứng khoán không cung cấp mã pin cho người lạ.",
        ),
        (
            "Mã HCM tăng trần, cổ phiếu ngân hàng giảm.",
            "Mã hát xê em tăng trần, cổ phiếu ngân hàng giảm.",
        ),
        ("Công ty niêm yết giá, mã HCM.", "Công ty niêm yết giá, mã Hồ Chí Minh."),
        (
            "Có hai trường hợp. TH1: người lao động nghỉ việc; TH2: người khác.",
            "Có hai trường hợp. Trường hợp một: người lao động nghỉ việc; trường hợp hai: người "
            "khác.",
        ),
        ("TH 1: Hồ sơ hợp lệ.", "trường hợp một: Hồ sơ hợp lệ."),
        (
            "Cả nước có 6 vùng kinh tế, bình quân 10 tỉnh/vùng.",
            "Cả nước có sáu vùng kinh tế, bình quân mười tỉnh một vùng.",
        ),
        (
            "Lúc 9:00.30 phút sau, đoàn đến; cô bơi hết 2:05.1.",
            "Lúc chín: không phẩy ba mươi phút sau, đoàn đến; cô bơi hết hai phút năm giây một.",
        ),
        (
            "Lương cơ bản NT$27.470 mỗi tháng.",
            "Lương cơ bản hai mươi bảy nghìn bốn trăm bảy mươi Đài tệ mỗi tháng.",
        ),
        (
            "Doanh thu Q3-2024, Q2.2024 và Q3 2024 tăng; tại Q3 2 người.",
            "Doanh thu quý ba năm hai nghìn không trăm hai mươi tư, quý hai năm hai nghìn không "
            "trăm hai mươi tư và quý ba năm hai nghìn không trăm hai mươi tư tăng; tại quy ba hai "
            "người.",
        ),
        (
            "Chuyển sang J.LEAGUE; giải J1 League và A-League.",
            "Chuyển sang gi lích; giải gi một lích và a lích.",
        ),
        (
            "Lợi nhuận tăng 15% yoy, 3% QOQ; chip 5 nanomét.",
            "Lợi nhuận tăng mười lăm phần trăm so với cùng kỳ, ba phần trăm so với quý trước; "
            "chíp năm na nô mét.",
        ),
    ],
)
def test_the_review_of_round_65_makers_counts_named_days_pins_and_quarters(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 66: batteries and torque, gas per million BTU, banned substances, screens,
        # an aircraft's registration, a car's engine and trim, a model after its maker
        (
            "Mỗi viên pin không vượt quá 100Wh, ≤ 100 Wh hoặc 2,7 Wh; pin 10Ah.",
            "Mỗi viên pin không vượt quá một trăm oát giờ, không quá một trăm oát giờ hoặc hai "
            "phẩy bảy oát giờ; pin mười am pe giờ.",
        ),
        (
            "Mô-men xoắn cực đại 10,4 Nm; hành lý 7 kgs; màn hình 6,3-inch và 6,9 inches.",
            "Mô-men xoắn cực đại mười phẩy bốn niu tơn mét; hành lý bảy ki lô gam; màn hình sáu "
            "phẩy ba in và sáu phẩy chín in.",
        ),
        (
            "Giá khí đốt ở mức 2,2 USD/mmBtu, 5 đô la/MMBtu.",
            "Giá khí đốt ở mức hai phẩy hai đô la Mỹ một triệu bê tê u, năm đô la một triệu bê tê "
            "u.",
        ),
        (
            "Sản phẩm chứa Sibutramine, phenolphtalein, Tadalafil và Sildenafil.",
            "Sản phẩm chứa xi bu tra min, phê nôn ta lê in, ta đa la phin và xin đê na phin.",
        ),
        (
            "Màn hình AMOLED, OLED; đồng hồ ODO; điện thoại HONOR, OPPO và Galaxy Z Fold 4.",
            "Màn hình a mô lét, ô lét; đồng hồ ô đô; điện thoại Ô nơ, óp pô và Galaxy dét phôn "
            "bốn.",
        ),
        (
            "Tàu bay Airbus A321 mang số hiệu VN-A672 hạ cánh.",
            "Tàu bay Airbus a ba hai một mang số hiệu vê en a sáu bảy hai hạ cánh.",
        ),
        (
            "Toyota Vios bản 1.5G CVT, 1.5MT và 1.5AT; Corolla Cross 1.8HV.",
            "Toyota Vios bản một chấm năm giê xê vê tê, một chấm năm em tê và một chấm năm a tê; "
            "Corolla Cross một chấm tám hát vê.",
        ),
        ("Tăng 1.5 điểm, giá 2.5 triệu.", "Tăng một phẩy năm điểm, giá hai phẩy năm triệu."),
        (
            "Mazda BT-50, Mazda CX-5 và Kia K3 bán chạy.",
            "Mazda bê tê năm mươi, Mazda xê ích năm và Kia ca ba bán chạy.",
        ),
        ("Ford bán 2 xe Ranger.", "Ford bán hai xe Ranger."),
    ],
)
def test_round_66_batteries_gas_substances_screens_registrations_and_car_models(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 66: quarters and places after a maker, headlines kept, more
        # registrations and trims, trims only about cars, units in any case
        (
            "Doanh số Toyota Q3/2024 tăng 12%; lợi nhuận của Honda Q2 2024 giảm.",
            "Doanh số Toyota quý ba năm hai nghìn không trăm hai mươi tư tăng mười hai phần trăm; "
            "lợi nhuận của Honda quý hai năm hai nghìn không trăm hai mươi tư giảm.",
        ),
        (
            "Doanh số Toyota VN 6 tháng đầu năm; phòng khám Toyota HN 1 cơ sở.",
            "Doanh số Toyota Việt Nam sáu tháng đầu năm; phòng khám Toyota Hà Nội một cơ sở.",
        ),
        (
            "MÁY BAY VN-A672 GẶP SỰ CỐ: AI CHỊU TRÁCH NHIỆM?",
            "Máy bay vê en a sáu bảy hai gặp sự cố: ai chịu trách nhiệm?",
        ),
        (
            "TÀU BAY VN-A672 HẠ CÁNH, CA SĨ MỸ TÂM TRÊN CHUYẾN BAY",
            "Tàu bay vê en a sáu bảy hai hạ cánh, ca sĩ mỹ tâm trên chuyến bay",
        ),
        (
            "Galaxy Z Flip 6 giá 26,99 triệu đồng.",
            "Galaxy dét phờ líp sáu giá hai mươi sáu phẩy chín mươi chín triệu đồng.",
        ),
        (
            "Máy bay VN A672, VN–A672 và VN-B219; trực thăng VN-8618; VN 8000 người.",
            "Máy bay vê en a sáu bảy hai, vê en a sáu bảy hai và vê en bê hai một chín; trực "
            "thăng Việt Nam tám nghìn sáu trăm mười tám; Việt Nam tám nghìn người.",
        ),
        (
            "Toyota Vios 1.5G và 1.5E; Camry 2.5Q, Innova 2.0V, Corolla Cross 1.8HEV.",
            "Toyota Vios một chấm năm giê và một chấm năm e; Camry hai chấm năm quy, Innova hai "
            "chấm không vê, Corolla Cross một chấm tám hát e vê.",
        ),
        (
            "Vios 1.5G-CVT và 1.5G/CVT; Honda City 1.5 RS.",
            "Vios một chấm năm giê xê vê tê và một chấm năm giê xê vê tê; Honda City một chấm năm "
            "e rờ ét.",
        ),
        (
            "Điều 2.1 AT của Thông tư; đợt 1.5 MT của chương trình.",
            "Điều hai phẩy một a tê của Thông tư; đợt một phẩy năm em tê của chương trình.",
        ),
        (
            "Mazda CX-5, Mazda BT–50 và Kia K3 giảm giá.",
            "Mazda xê ích năm, Mazda bê tê năm mươi và Kia ca ba giảm giá.",
        ),
        (
            "Pin 100 WH và 100 wh; ký gửi 20 Kgs và 23 KGS; màn hình 6,5 Inch và 55 INCH.",
            "Pin một trăm oát giờ và một trăm oát giờ; ký gửi hai mươi ki lô gam và hai mươi ba "
            "ki lô gam; màn hình sáu phẩy năm in và năm mươi lăm in.",
        ),
        (
            "Giá 3 USD/MMBTU; sản lượng đạt 10 TWh; mô-men xoắn 250 N.m và 320 N·m.",
            "Giá ba đô la Mỹ một triệu bê tê u; sản lượng đạt mười tê ra oát giờ; mô-men xoắn hai "
            "trăm năm mươi niu tơn mét và ba trăm hai mươi niu tơn mét.",
        ),
        (
            "Điện thoại Honor, màn hình Amoled và Oled; chất cấm Sibutramin.",
            "Điện thoại Ô nơ, màn hình a mô lét và ô lét; chất cấm xi bu tra min.",
        ),
    ],
)
def test_the_review_of_round_66_makers_headlines_registrations_trims_and_units(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # round 67: phones abroad, the yen, thousands in «k», two months, chart places
        (
            "Đại sứ quán: +94.11.2696050; Hàn Quốc: +82 10-3622-6618; Tổng đài: +84 981 84 84 84.",
            "Đại sứ quán: cộng chín bốn một một hai sáu chín sáu không năm không; Hàn Quốc: cộng "
            "tám hai một không ba sáu hai hai sáu sáu một tám; Tổng đài: cộng tám bốn chín tám "
            "một tám bốn tám bốn tám bốn.",
        ),
        (
            "Nhiệt độ +15 độ, tăng +20 người.",
            "Nhiệt độ cộng mười lăm độ, tăng cộng hai mươi người.",
        ),
        (
            "Giá vào cửa ¥ 720 mỗi người lớn, vé ¥ 1.100.",
            "Giá vào cửa bảy trăm hai mươi yên mỗi người lớn, vé một nghìn một trăm yên.",
        ),
        (
            "Giá 1032k, áo 150k, khoảng 250–300k.",
            "Giá một triệu không trăm ba mươi hai nghìn, áo một trăm năm mươi nghìn, khoảng hai "
            "trăm năm mươi đến ba trăm nghìn.",
        ),
        (
            "Khởi hành trong tháng 3 và 4, mỗi đoàn 30 người; tháng 11 hoặc 12 năm nay.",
            "Khởi hành trong tháng ba và tư, mỗi đoàn ba mươi người; tháng mười một hoặc mười hai "
            "năm nay.",
        ),
        ("Tháng 3 và 4 người đi.", "Tháng ba và bốn người đi."),
        ("Bài hát tăng từ No.11 lên No.9.", "Bài hát tăng từ số mười một lên số chín."),
        (
            "Nhóm BLACKPINK diễn tại MAMA 2023; J&T giao hàng.",
            "Nhóm Blách pinh diễn tại Ma ma hai nghìn không trăm hai mươi ba; gi en tê giao hàng.",
        ),
        ("Giá $5. Còn €30.", "Giá năm đô la. Còn ba mươi ơ rô."),
    ],
)
def test_round_67_phones_abroad_yen_thousands_month_pairs_and_chart_places(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the review of round 67: amounts with a sign are no phones, a decimal after a
        # month, «số No.», the yuan, a unit said once, a range in «k»
        (
            "Chênh lệch thu chi: +45.000.000 đồng; lợi nhuận +2.500.000.000 đồng.",
            "Chênh lệch thu chi: cộng bốn mươi lăm triệu đồng; lợi nhuận cộng hai tỷ năm trăm "
            "triệu đồng.",
        ),
        (
            "Số lượng tăng +10 000 000 con, +12345678 lượt.",
            "Số lượng tăng cộng mười triệu con, cộng mười hai triệu ba trăm bốn mươi lăm nghìn "
            "sáu trăm bảy mươi tám lượt.",
        ),
        (
            "Liên hệ +86 10 6532 1125 hoặc +86 (10) 6532 1125.",
            "Liên hệ cộng tám sáu một không sáu năm ba hai một một hai năm hoặc cộng tám sáu một "
            "không sáu năm ba hai một một hai năm.",
        ),
        (
            "Liên hệ +82 10–3622–6618, (+82) 10-3622-6618 hoặc +1 202 555 0143.",
            "Liên hệ cộng tám hai một không ba sáu hai hai sáu sáu một tám, cộng tám hai một "
            "không ba sáu hai hai sáu sáu một tám hoặc cộng một hai không hai năm năm năm không "
            "một bốn ba.",
        ),
        (
            "Giá thịt lợn tăng 2% so với tháng 3 và 4,5% so với cùng kỳ.",
            "Giá thịt lợn tăng hai phần trăm so với tháng ba và bốn phẩy năm phần trăm so với "
            "cùng kỳ.",
        ),
        (
            "Trong tháng 3 và 4.500 tấn gạo; gieo vào tháng 3 và 4 âm lịch.",
            "Trong tháng ba và bốn nghìn năm trăm tấn gạo; gieo vào tháng ba và tư âm lịch.",
        ),
        (
            "Bài hát từ NO.11 lên NO.9; công văn số No.12.",
            "Bài hát từ số mười một lên số chín; công văn số mười hai.",
        ),
        ("Mua trên Taobao giá ¥39.", "Mua trên Taobao giá ba mươi chín nhân dân tệ."),
        (
            "Giá ¥1.200 yên; giá vé ¥ 720 mỗi người.",
            "Giá một nghìn hai trăm yên; giá vé bảy trăm hai mươi yên mỗi người.",
        ),
        (
            "Giá từ 250–300k, áo 1032k.",
            "Giá từ hai trăm năm mươi đến ba trăm nghìn, áo một triệu không trăm ba mươi hai "
            "nghìn.",
        ),
    ],
)
def test_the_review_of_round_67_signed_amounts_month_decimals_yuan_and_ranges(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Lũy kế Q1-Q3/2024, doanh thu đạt 500 tỷ đồng.",
            "Lũy kế quý một đến quý ba năm hai nghìn không trăm hai mươi tư, doanh thu đạt năm "
            "trăm tỷ đồng.",
        ),
        (
            "Trong Q3, lợi nhuận sau thuế tăng 20% so với Q2.",
            "Trong quý ba, lợi nhuận sau thuế tăng hai mươi phần trăm so với quý hai.",
        ),
        (
            "Căn hộ ở Q3, TP.HCM tăng giá; Q10 có 3 phường mới.",
            "Căn hộ ở quận ba, Thành phố Hồ Chí Minh tăng giá; quận mười có ba phường mới.",
        ),
        ("Mẫu Q3 được dùng cho hồ sơ.", "Mẫu quy ba được dùng cho hồ sơ."),
        (
            "Lợi nhuận Q4-2024 và Q1 - Q2 năm nay đều tăng.",
            "Lợi nhuận quý bốn năm hai nghìn không trăm hai mươi tư và quý một đến quý hai năm "
            "nay đều tăng.",
        ),
        ("Vận động viên hạng S7-S8 thi đấu.", "Vận động viên hạng ét bảy đến ét tám thi đấu."),
        (
            "Kipchoge về đích với thành tích 1:02:15.30, kỷ lục cũ là 4:02.50.",
            "Kipchoge về đích với thành tích một giờ hai phút mười lăm giây ba mươi, kỷ lục cũ là "
            "bốn phút hai giây năm mươi.",
        ),
        (
            "Giá vé 800-1200k, gói tháng 500–1500k/tháng, giá cũ 1200-800k.",
            "Giá vé tám trăm nghìn đến một triệu hai trăm nghìn, gói tháng năm trăm nghìn đến một "
            "triệu năm trăm nghìn một tháng, giá cũ một nghìn hai trăm đến tám trăm nghìn.",
        ),
    ],
)
def test_a_lone_quarter_a_district_a_span_of_quarters_hours_of_a_race_and_a_range_in_k(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Giá mục tiêu 46.334 đồng/CP, khớp lệnh 3,6 triệu cp cổ phiếu HPG, giá 52.000–55.000 "
            "đồng/cp.",
            "Giá mục tiêu bốn mươi sáu nghìn ba trăm ba mươi tư đồng một cổ phiếu, khớp lệnh ba "
            "phẩy sáu triệu cổ phiếu cổ phiếu hát pê giê, giá năm mươi hai nghìn đến năm mươi lăm "
            "nghìn đồng một cổ phiếu.",
        ),
        (
            "Trung bình 276.435 hợp đồng/phiên, phí 3 triệu đồng/phiên.",
            "Trung bình hai trăm bảy mươi sáu nghìn bốn trăm ba mươi lăm hợp đồng mỗi phiên, phí "
            "ba triệu đồng một phiên.",
        ),
        (
            "Gió 178 km/h/111 mph, áp suất 945hPa, tốc độ 178 kph.",
            "Gió một trăm bảy mươi tám ki lô mét một giờ trên một trăm mười một dặm một giờ, áp "
            "suất chín trăm bốn mươi lăm héc tô pát xcan, tốc độ một trăm bảy mươi tám ki lô mét "
            "một giờ.",
        ),
        (
            "Lực đẩy 74.400 kN, máy đạt 200 PFLOPS rồi 1.1 EFLOPS.",
            "Lực đẩy bảy mươi tư nghìn bốn trăm ki lô niu tơn, máy đạt hai trăm pê ta phlốp rồi "
            "một phẩy một ê xa phlốp.",
        ),
        (
            "Phát thải 57,1 GtCO2e, tức 2 GtCO2 và 3 Gt.",
            "Phát thải năm mươi bảy phẩy một gi ga tấn xê ô hai tương đương, tức hai gi ga tấn xê "
            "ô hai và ba gi ga tấn.",
        ),
        (
            "Nhiệt độ lên 104 độ F, tức 40°C.",
            "Nhiệt độ lên một trăm linh bốn độ ép, tức bốn mươi độ xê.",
        ),
        (
            "Scheffler kém 0.938 giây, nồng độ 0.005 mg.",
            "Scheffler kém không phẩy chín trăm ba mươi tám giây, nồng độ không phẩy không không "
            "năm mi li gam.",
        ),
        (
            "Sinner thắng 6-2, 5-7, 6-2 ở chung kết quần vợt; thua 6-7 (0), 7-6(7-5).",
            "Sinner thắng sáu hai, năm bảy, sáu hai ở chung kết quần vợt; thua sáu bảy, không, "
            "bảy sáu, bảy năm.",
        ),
        (
            "Tay vợt Ý thắng 6/3, 6/2 sau 2 set; giải quần vợt diễn ra ngày 6/7, kéo dài 2-3 tuần.",
            "Tay vợt Ý thắng sáu ba, sáu hai sau hai set; giải quần vợt diễn ra ngày sáu tháng "
            "bảy, kéo dài hai đến ba tuần.",
        ),
        (
            "Ván cờ vua hòa 3,5-3,5, kỳ thủ Ấn Độ thua 1,5-3,5.",
            "Ván cờ vua hòa ba phẩy năm ba phẩy năm, kỳ thủ Ấn Độ thua một phẩy năm ba phẩy năm.",
        ),
        ("Sân par72, golf thủ đạt -12 gậy.", "Sân par bảy mươi hai, golf thủ đạt âm mười hai gậy."),
        (
            "Tay vợt hạng 113 thế giới, ĐKVĐ giải MotoGP; gọi 113.",
            "Tay vợt hạng một trăm mười ba thế giới, đương kim vô địch giải Mô tô giê pê; gọi một "
            "một ba.",
        ),
        (
            "Bão đổ bộ sáng 28-10 giờ địa phương, tức tối 28-10 giờ Việt Nam; mưa tối 8-10 giờ "
            "Việt Nam.",
            "Bão đổ bộ sáng hai mươi tám tháng mười giờ địa phương, tức tối hai mươi tám tháng "
            "mười giờ Việt Nam; mưa tối tám đến mười giờ Việt Nam.",
        ),
        (
            "Trận đấu rạng sáng nay (2.9, giờ VN); hôm qua (31.2) trời mưa.",
            "Trận đấu rạng sáng nay, ngày hai tháng chín, giờ Việt Nam, hôm qua, ngày ba mươi mốt "
            "tháng hai, trời mưa.",
        ),
        (
            "LNST 9T2023 tăng, 6T/2024 giảm.",
            "lợi nhuận sau thuế chín tháng năm hai nghìn không trăm hai mươi ba tăng, sáu tháng "
            "năm hai nghìn không trăm hai mươi tư giảm.",
        ),
        (
            "Mưa bao trùm tới 2/3 lãnh thổ Philippines.",
            "Mưa bao trùm tới hai phần ba lãnh thổ Phi líp pin.",
        ),
        (
            "Lap 1:20,775s nhanh nhất, Lap 1:20,075s, về đích sau 1:31:05.296.",
            "Lap một phút hai mươi phẩy bảy trăm bảy mươi lăm giây nhanh nhất, Lap một phút hai "
            "mươi phẩy không trăm bảy mươi lăm giây, về đích sau một giờ ba mươi mốt phút năm "
            "giây hai trăm chín mươi sáu.",
        ),
        (
            "Theo BBC, BBC đưa tin; BBC xã họp.",
            "Theo bê bê xê, bê bê xê đưa tin; Ban bầu cử xã họp.",
        ),
        (
            "Lực lượng ở Sudan, Ghana, Ethiopia và Kyiv; Uganda, Venezuela, Italia, Qatar "
            "Airways, Busan.",
            "Lực lượng ở Xu đăng, Ga na, Ê ti ô pi a và Ki ép; U gan đa, Vê nê xu ê la, I ta li "
            "a, Ca ta e quây, Bu san.",
        ),
    ],
)
def test_round_68_shares_sessions_winds_gases_sets_half_points_par_ranks_dates_and_countries(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Đêm 6/7, tay vợt Djokovic giành vé vào tứ kết Wimbledon; trưa 5/7 giải quần vợt khai "
            "mạc.",
            "Đêm sáu tháng bảy, tay vợt Djokovic giành vé vào tứ kết Wimbledon; trưa năm tháng "
            "bảy giải quần vợt khai mạc.",
        ),
        (
            "Giải quần vợt diễn ra 3/7 đến 9/7 tại sân Hàng Đẫy.",
            "Giải quần vợt diễn ra ngày ba tháng bảy đến ngày chín tháng bảy tại sân Hàng Đẫy.",
        ),
        (
            "Hội nghị đã thông qua 4/5 tờ trình, dự kiến tổ chức 6/7; nhận set quà.",
            "Hội nghị đã thông qua ngày bốn tháng năm tờ trình, dự kiến tổ chức ngày sáu tháng "
            "bảy; nhận set quà.",
        ),
        (
            "Tay vợt nữ thắng 2 set liên tiếp, xếp thứ 3/5 ở bảng đấu.",
            "Tay vợt nữ thắng hai set liên tiếp, xếp thứ ba trên năm ở bảng đấu.",
        ),
        (
            "Đội bóng chuyền thắng 3-1 (25-20, 20-25, 25-18, 25-22), set 2 kịch tính.",
            "Đội bóng chuyền thắng ba một, hai mươi lăm hai mươi, hai mươi hai mươi lăm, hai mươi "
            "lăm mười tám, hai mươi lăm hai mươi hai, set hai kịch tính.",
        ),
        (
            "Djokovic đòi lại break để dẫn 5/3 rồi kết thúc ván hai bằng tỉ số 6/3.",
            "Djokovic đòi lại break để dẫn năm ba rồi kết thúc ván hai bằng tỉ số sáu ba.",
        ),
        (
            "Cầu Khánh Hội nối Q1-Q4, TP.HCM đã thông xe.",
            "Cầu Khánh Hội nối quận một đến quận bốn, Thành phố Hồ Chí Minh đã thông xe.",
        ),
        (
            "Dòng Audi Q5 và Q7 bán chạy tại TP.HCM.",
            "Dòng Audi quy năm và quy bảy bán chạy tại Thành phố Hồ Chí Minh.",
        ),
        (
            "Doanh thu chi nhánh Q12 tăng 15% so với cùng kỳ.",
            "Doanh thu chi nhánh quy mười hai tăng mười lăm phần trăm so với cùng kỳ.",
        ),
        (
            "Kính mời quý khách ghé cửa hàng Q1 để nhận quà.",
            "Kính mời quý khách ghé cửa hàng quy một để nhận quà.",
        ),
        (
            "Căn hộ tại Q3 TP.HCM có giá cao, doanh thu bán hàng tăng.",
            "Căn hộ tại quận ba Thành phố Hồ Chí Minh có giá cao, doanh thu bán hàng tăng.",
        ),
        ("Ở Q7 lợi nhuận tăng, TP.HCM.", "Ở quận bảy lợi nhuận tăng, Thành phố Hồ Chí Minh."),
        (
            "Theo BBC tỉnh, 98% cử tri đã đi bầu; Thông báo BBC xã về danh sách; theo BBC, BBC "
            "đưa tin.",
            "Theo Ban bầu cử tỉnh, chín mươi tám phần trăm cử tri đã đi bầu; Thông báo Ban bầu cử "
            "xã về danh sách; theo bê bê xê, bê bê xê đưa tin.",
        ),
        (
            "Cập nhật ứng dụng/phiên bản mới nhất; số vụ án/phiên tòa tăng; 276 hợp đồng/phiên.",
            "Cập nhật ứng dụng, phiên bản mới nhất; số vụ án, phiên tòa tăng; hai trăm bảy mươi "
            "sáu hợp đồng mỗi phiên.",
        ),
        (
            "Tăng trưởng năm nay (6.5, theo dự báo của WB) khả quan; sáng nay (2.9 giờ VN) trời "
            "mưa.",
            "Tăng trưởng năm nay, sáu phẩy năm, theo dự báo của vê kép bê, khả quan; sáng nay, "
            "ngày hai tháng chín giờ Việt Nam, trời mưa.",
        ),
        (
            "Xe tải 5T 2020 bị tai nạn, LNST 9T2023 tăng.",
            "Xe tải năm tê hai nghìn không trăm hai mươi bị tai nạn, lợi nhuận sau thuế chín "
            "tháng năm hai nghìn không trăm hai mươi ba tăng.",
        ),
        (
            "Hamilton đạt 1:20.775 ở vòng phân hạng, lap 1:20,775 s; bản đồ tỷ lệ 1:25.000.",
            "Hamilton đạt một phút hai mươi giây bảy trăm bảy mươi lăm ở vòng phân hạng, lap một "
            "phút hai mươi phẩy bảy trăm bảy mươi lăm giây; bản đồ tỷ lệ một trên hai mươi lăm "
            "nghìn.",
        ),
        (
            "Giá 1500-1200k, giá 800-1200k.",
            "Giá một nghìn năm trăm đến một hai không không k, giá tám trăm nghìn đến một triệu "
            "hai trăm nghìn.",
        ),
        (
            "Guinea-Bissau, Papua New Guinea, Sydney Sweeney và Rocket League.",
            "Ghi nê Bít xao, Pa pua Niu Ghi nê, Sydney Sweeney và Rocket League.",
        ),
    ],
)
def test_the_review_of_round_68_dates_in_a_tennis_line_q_by_its_line_bbc_sessions_and_tonnes(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Nhiệt độ 40°C, sốt (> 38,3 độ C), 25 oC, 30℃.",
            "Nhiệt độ bốn mươi độ xê, sốt, trên ba mươi tám phẩy ba độ xê, hai mươi lăm độ xê, ba "
            "mươi độ xê.",
        ),
        (
            "Liều 5mg/ngày (1-8 viên), viên chức từ 1/6; liều lượng 2-3 ngày.",
            "Liều năm mi li gam một ngày, một đến tám viên, viên chức từ ngày một tháng sáu; liều "
            "lượng hai đến ba ngày.",
        ),
        (
            "Vitamin D3 dạng dầu, 200.000 IU/1ml/ống; 5ml/lọ.",
            "vi ta min dê ba dạng dầu, hai trăm nghìn đơn vị quốc tế trên một mi li lít một ống; "
            "năm mi li lít một lọ.",
        ),
        (
            "Máy lạnh loại 9000BTU, 12000BTU; 1kW = 3412,14 BTU/h.",
            "Máy lạnh loại chín nghìn bê tê u, mười hai nghìn bê tê u; một ki lô oát bằng ba "
            "nghìn bốn trăm mười hai phẩy mười bốn bê tê u một giờ.",
        ),
        (
            "Lương 22man 1 tháng; 1 yên rơi vào 220vnd.",
            "Lương hai mươi hai man một tháng; một yên rơi vào hai trăm hai mươi Việt Nam đồng.",
        ),
        (
            "Tải trên CH Play của Android; VICOFA cho biết; mẫu C/O.",
            "Tải trên xê hát Plây của An đờ roi; Vi cô pha cho biết; mẫu xê ô.",
        ),
        (
            "Chuyển khoản tại NHNN và PTNT, NHNN&PTNT chi nhánh.",
            "Chuyển khoản tại Ngân hàng Nông nghiệp và Phát triển nông thôn, Ngân hàng Nông "
            "nghiệp và Phát triển nông thôn chi nhánh.",
        ),
        (
            "Nhãn hiệu SALBUTAMOL, Salbutamol 2mg.",
            "Nhãn hiệu Xan bu ta mon, Xan bu ta mon hai mi li gam.",
        ),
        (
            "Theo Điều 31 của Chỉ thị 2001/83/EC và Quy định 2023/1115/EU.",
            "Theo Điều ba mươi mốt của Chỉ thị hai nghìn không trăm linh một trên tám mươi ba "
            "trên e xê và Quy định hai nghìn không trăm hai mươi ba trên một nghìn một trăm mười "
            "lăm trên e u.",
        ),
        (
            "Dừa cuống ngắn(≦5cm), bao ≧ 10 kg.",
            "Dừa cuống ngắn, không quá năm xăng ti mét, bao lớn hơn hoặc bằng mười ki lô gam.",
        ),
        (
            "Tính bằng Watt (W) hoặc Kilowatt (kW), ví Payoo.",
            "Tính bằng oát, W, hoặc ki lô oát, ví Pây u.",
        ),
    ],
)
def test_round_69_degrees_doses_per_vial_btu_man_eu_acts_and_east_asian_signs(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Từ 1/6 ống hút nhựa dùng một lần bị cấm; từ 1/7 gói cước mới được áp dụng.",
            "Từ ngày một tháng sáu ống hút nhựa dùng một lần bị cấm; từ ngày một tháng bảy gói "
            "cước mới được áp dụng.",
        ),
        (
            "Từ 1/4 liều vắc xin sởi được phân bổ; chiều 15.8, 16.8 gói quà được trao.",
            "Từ ngày một tháng tư liều vắc xin sởi được phân bổ; chiều mười lăm tháng tám, ngày "
            "mười sáu tháng tám gói quà được trao.",
        ),
        (
            "Từ 15-8 liều vắc xin sẽ được phân bổ; trận đấu kết thúc 2-1 gói gọn trong hiệp một.",
            "Từ ngày mười lăm tháng tám liều vắc xin sẽ được phân bổ; trận đấu kết thúc ngày hai "
            "tháng một gói gọn trong hiệp một.",
        ),
        (
            "Trị ho: 5-40mg/ngày (1-8 viên/ngày); uống 1-2 viên, nhỏ 1-3 giọt.",
            "Trị ho: năm đến bốn mươi mi li gam một ngày, một đến tám viên mỗi ngày, uống một đến "
            "hai viên, nhỏ một đến ba giọt.",
        ),
        (
            "Nhiệt độ 25 - 27°c, 25 độ c.",
            "Nhiệt độ hai mươi lăm đến hai mươi bảy độ xê, hai mươi lăm độ xê.",
        ),
        (
            "Kích thước hạt ⩽5cm, độ ẩm ⩾ 12%.",
            "Kích thước hạt không quá năm xăng ti mét, độ ẩm lớn hơn hoặc bằng mười hai phần trăm.",
        ),
        (
            "Quy định 2023/1115/ EU, 2023/1115/eu và Chỉ thị 98/34/EC.",
            "Quy định hai nghìn không trăm hai mươi ba trên một nghìn một trăm mười lăm trên e u, "
            "hai nghìn không trăm hai mươi ba trên một nghìn một trăm mười lăm trên e u và Chỉ "
            "thị chín mươi tám trên ba mươi tư trên e xê.",
        ),
        (
            "Mẫu C/O, tại NHNo và PTNT, máy 18000btu.",
            "Mẫu xê ô, tại Ngân hàng Nông nghiệp và Phát triển nông thôn, máy mười tám nghìn bê "
            "tê u.",
        ),
    ],
)
def test_the_review_of_round_69_dates_before_a_bag_or_a_vial_doses_small_degrees_and_acts(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Theo BCH/PCTT-TKCN tỉnh, mưa còn kéo dài.",
            "Theo Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh, mưa còn kéo dài.",
        ),
        ("BCH Quân sự huyện tổ chức huấn luyện.", "Ban Chỉ huy Quân sự huyện tổ chức huấn luyện."),
        ("BCH Đoàn xã họp phiên thường kỳ.", "Ban Chấp hành Đoàn xã họp phiên thường kỳ."),
        ("BCH Quân sự tỉnh giao quân.", "Bộ Chỉ huy Quân sự tỉnh giao quân."),
        (
            "Tỷ lệ chọi vào trường A là 1/7, trường B là 1/6.",
            "Tỷ lệ chọi vào trường A là một trên bảy, trường bê là một trên sáu.",
        ),
        ("Ngày 1/6 thi môn Toán.", "Ngày một tháng sáu thi môn Toán."),
        (
            "Nguyên đơn: Bà Nguyễn Thị NĐ, sinh năm 1963.",
            "Nguyên đơn: Bà Nguyễn Thị en đê, sinh năm một nghìn chín trăm sáu mươi ba.",
        ),
        ("Theo Văn bản QPPL mới.", "Theo Văn bản quy phạm pháp luật mới."),
        (
            "Thí sinh có SBD 953xx đạt điểm 10.",
            "Thí sinh có số báo danh chín năm ba ích ích đạt điểm mười.",
        ),
        (
            "Số tài khoản 1903xxxx và mã 1234**.",
            "Số tài khoản một chín không ba ích ích ích ích và mã một hai ba bốn sao sao.",
        ),
        (
            "Bão số 3 Yagi và bão Kajiki, Ragasa, Bualoi gây thiệt hại nặng.",
            "Bão số ba Ya gi và bão Ca gi ki, Ra ga sa, Bua loi gây thiệt hại nặng.",
        ),
        ("Quyết định của UBTV Quốc hội.", "Quyết định của Ủy ban Thường vụ Quốc hội."),
        (
            "Điểm TBC ≥ 5.00 điểm.",
            "Điểm trung bình chung lớn hơn hoặc bằng năm phẩy không không điểm.",
        ),
        ("Tổ trưởng TBC số 3.", "Tổ trưởng Tổ bầu cử số ba."),
    ],
)
def test_round_70_commands_odds_masked_names_and_digits_storm_names(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Thay thế hơn 100.000đèn đường.", "Thay thế hơn một trăm nghìn đèn đường."),
        ("Có 2.500đơn vị tham gia.", "Có hai nghìn năm trăm đơn vị tham gia."),
        ("Năng suất ước đạt 26 tạ/1ha.", "Năng suất ước đạt hai mươi sáu tạ trên một héc ta."),
        ("Mỗi hộ làm từ 4 tạ - 1 tấn bún.", "Mỗi hộ làm từ bốn tạ đến một tấn bún."),
        ("Trẻ từ 6 tháng - 5 tuổi được tiêm.", "Trẻ từ sáu tháng đến năm tuổi được tiêm."),
        ("Thời gian chờ 30 phút - 1 giờ.", "Thời gian chờ ba mươi phút đến một giờ."),
        ("Gồm 5 người - 3 hộ.", "Gồm năm người, ba hộ."),
        (
            "Quà cho các cháu dịp Tết Thiếu nhi 1-6.",
            "Quà cho các cháu dịp Tết Thiếu nhi một tháng sáu.",
        ),
        (
            "Nghỉ lễ Quốc khánh 2-9 năm nay kéo dài bốn ngày.",
            "Nghỉ lễ Quốc khánh hai tháng chín năm nay kéo dài bốn ngày.",
        ),
        (
            "Kỷ niệm 80 năm Cách mạng Tháng Tám 19-8 và Quốc khánh 2-9 năm 2025.",
            "Kỷ niệm tám mươi năm Cách mạng Tháng Tám mười chín tháng tám và Quốc khánh hai tháng "
            "chín năm hai nghìn không trăm hai mươi lăm.",
        ),
        (
            "Ngày hội Đại đoàn kết toàn dân tộc 18-11 ở khu dân cư.",
            "Ngày hội Đại đoàn kết toàn dân tộc mười tám tháng mười một ở khu dân cư.",
        ),
        ("Đã 3-5 năm nay không có mưa lớn.", "Đã ba đến năm năm nay không có mưa lớn."),
        ("Uống thuốc sau ăn tối 3-10 giờ.", "Uống thuốc sau ăn tối ba đến mười giờ."),
    ],
)
def test_a_word_glued_to_its_number_holidays_and_ranges_of_two_units_of_one_measure(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Dịp nghỉ lễ Quốc khánh 2-3 ngày, khách du lịch tăng mạnh.",
            "Dịp nghỉ lễ Quốc khánh hai đến ba ngày, khách du lịch tăng mạnh.",
        ),
        (
            "Tập huấn phòng cháy chữa cháy 2-3 ngày cho lực lượng dân phòng.",
            "Tập huấn phòng cháy chữa cháy hai đến ba ngày cho lực lượng dân phòng.",
        ),
        (
            "Thanh niên tham gia nghĩa vụ trong Quân đội nhân dân 2-3 năm.",
            "Thanh niên tham gia nghĩa vụ trong Quân đội nhân dân hai đến ba năm.",
        ),
        (
            "Hội người cao tuổi Việt Nam 5-7 người tham dự.",
            "Hội người cao tuổi Việt Nam năm đến bảy người tham dự.",
        ),
        ("Hội thao quốc tế lần này có 3-4 đội.", "Hội thao quốc tế lần này có ba đến bốn đội."),
        ("Tết Thiếu nhi 1-6 tuổi được nhận quà.", "Tết Thiếu nhi một đến sáu tuổi được nhận quà."),
        (
            "Kỷ niệm Ngày truyền thống lực lượng Phòng cháy chữa cháy 4-10.",
            "Kỷ niệm Ngày truyền thống lực lượng Phòng cháy chữa cháy bốn tháng mười.",
        ),
        (
            "Tỷ lệ chọi của trường là 1 chọi 7, hạn nộp 1/7.",
            "Tỷ lệ chọi của trường là một chọi bảy, hạn nộp ngày một tháng bảy.",
        ),
        (
            "Tỷ lệ chọi năm nay giảm, thi 1/6 tại trường.",
            "Tỷ lệ chọi năm nay giảm, thi ngày một tháng sáu tại trường.",
        ),
        ("Tỉ lệ chọi là 1 / 7.", "Tỉ lệ chọi là một trên bảy."),
        ("Năm **2024** là năm bản lề.", "Năm hai nghìn không trăm hai mươi tư là năm bản lề."),
        (
            "Học sinh đạt giải Nhì Văn HSG cấp tỉnh.",
            "Học sinh đạt giải Nhì Văn học sinh giỏi cấp tỉnh.",
        ),
        (
            "Đoàn kiểm tra tại điểm TBC số 2 thôn Đông.",
            "Đoàn kiểm tra tại điểm Tổ bầu cử số hai thôn Đông.",
        ),
        ("TBC cả năm từ 6,5 trở lên.", "trung bình chung cả năm từ sáu phẩy năm trở lên."),
        ("Lợn nặng 1 tấn - 4 tạ.", "Lợn nặng một tấn, bốn tạ."),
        ("Diện tích 3 sào - 1 ha.", "Diện tích ba sào đến một héc ta."),
        ("BCH-PCTT tỉnh họp khẩn.", "Ban Chỉ huy phòng chống thiên tai tỉnh họp khẩn."),
        ("BCH Quân sự Huyện Ba Vì giao quân.", "Ban Chỉ huy Quân sự Huyện Ba Vì giao quân."),
        (
            "Hệ số phụ cấp là 0,4 => hưởng mức phụ cấp 596.000 đồng/tháng.",
            "Hệ số phụ cấp là không phẩy bốn suy ra hưởng mức phụ cấp năm trăm chín mươi sáu "
            "nghìn đồng một tháng.",
        ),
        (
            "=> Tổng các khoản được 2.150.000 đồng.",
            "Tổng các khoản được hai triệu một trăm năm mươi nghìn đồng.",
        ),
        ("Bấm Cài đặt => Tài khoản => Đăng xuất.", "Bấm Cài đặt, Tài khoản, Đăng xuất."),
        (
            "Tỷ lệ 50% Propan - 50% Butan (hoặc 60% - 40%; 70% - 30%).",
            "Tỷ lệ năm mươi phần trăm Propan, năm mươi phần trăm Butan, hoặc sáu mươi phần trăm, "
            "bốn mươi phần trăm; bảy mươi phần trăm, ba mươi phần trăm.",
        ),
        ("Lãi suất từ 5% - 7%.", "Lãi suất từ năm phần trăm đến bảy phần trăm."),
        (
            "Thể tích 15L, bình 2,5L; đường cất hạ cánh 11L/29R.",
            "Thể tích mười lăm lít, bình hai phẩy năm lít; đường cất hạ cánh mười một e lờ, hai "
            "mươi chín e rờ.",
        ),
        (
            "Tại hội trường BCH Quân sự thành phố, gồm 3 phường.",
            "Tại hội trường Ban Chỉ huy Quân sự thành phố, gồm ba phường.",
        ),
        (
            "Đăng nhập trên ứng dụng VNeID => Chọn Định danh tổ chức.",
            "Đăng nhập trên ứng dụng vê nờ e i đê, Chọn Định danh tổ chức.",
        ),
    ],
)
def test_round_70_review_holidays_own_days_odds_masks_and_measures_read_right(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Ra mắt Chợ 4.0 tại xã, nông dân 4.0 bán hàng qua mạng.",
            "Ra mắt Chợ bốn chấm không tại xã, nông dân bốn chấm không bán hàng qua mạng.",
        ),
        ("Điểm trung bình 4.0 trở lên.", "Điểm trung bình bốn phẩy không trở lên."),
        (
            "Kỳ thi diễn ra từ 26-28/6, từ 1/7 môn Lịch sử là môn bắt buộc.",
            "Kỳ thi diễn ra từ ngày hai mươi sáu đến ngày hai mươi tám tháng sáu, từ ngày một "
            "tháng bảy môn Lịch sử là môn bắt buộc.",
        ),
        (
            "Thị lực không kính mỗi mắt đạt 9/10, tổng thị lực hai mắt từ 18/10 trở lên.",
            "Thị lực không kính mỗi mắt đạt chín trên mười, tổng thị lực hai mắt từ mười tám trên "
            "mười trở lên.",
        ),
        (
            "Thanh niên về Trung đoàn BB888, Sư đoàn BB 9, Đại đội BB 2; Công đoàn BB họp.",
            "Thanh niên về Trung đoàn bộ binh tám trăm tám mươi tám, Sư đoàn bộ binh chín, Đại "
            "đội bộ binh hai; Công đoàn bê bê họp.",
        ),
        (
            "Đất có EC = 6,3-9,4dS/m, nước 1500 µS/cm.",
            "Đất có e xê bằng sáu phẩy ba đến chín phẩy bốn đề xi xi men trên mét, nước một nghìn "
            "năm trăm mi crô xi men trên xăng ti mét.",
        ),
        (
            "Hố chôn < 5 tấn/hố sâu 2 m; chôn 3 con lợn/hố.",
            "Hố chôn dưới năm tấn một hố sâu hai mét; chôn ba con lợn một hố.",
        ),
        (
            "Thanh toán qua VNPAY, Viettel Money, App VNPTMoney, Vietinbank iPay, phần mềm MISA, "
            "Zalo Mini App, quét QRcode.",
            "Thanh toán qua Vê en pây, Viết ten Mơ ni, ứng dụng Vê en pê tê Mơ ni, Việt tin banh "
            "Ai pây, phần mềm Mi sa, Da lô Mi ni áp, quét kiu a cốt.",
        ),
        (
            "Khám thị lực miễn phí vào ngày 20/10, cho học sinh từ 10/10 đến 15/10.",
            "Khám thị lực miễn phí vào ngày hai mươi tháng mười, cho học sinh từ ngày mười tháng "
            "mười đến ngày mười lăm tháng mười.",
        ),
        (
            "Khám thị lực cho 1/10 số học sinh trong trường.",
            "Khám thị lực cho một phần mười số học sinh trong trường.",
        ),
        (
            "Thị lực mỗi mắt đạt 9/10 - 10/10; tổng hai mắt từ 18/10 trở lên.",
            "Thị lực mỗi mắt đạt chín trên mười đến mười trên mười; tổng hai mắt từ mười tám trên "
            "mười trở lên.",
        ),
        (
            "Thời đại 4.0 mở ra; lãi suất ngân hàng 6.0% một năm; giáo dục 5.0 điểm.",
            "Thời đại bốn chấm không mở ra; lãi suất ngân hàng sáu phẩy không phần trăm một năm; "
            "giáo dục năm phẩy không điểm.",
        ),
        (
            "Độ trễ mạng dưới 20 mS; nước 500 uS/cm.",
            "Độ trễ mạng dưới hai mươi mS; nước năm trăm mi crô xi men trên xăng ti mét.",
        ),
        ("Thanh toán qua VNPay.", "Thanh toán qua Vê en pây."),
    ],
)
def test_round_71_markets_four_point_zero_eyesight_infantry_salinity_pits_and_payments(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Ngày 19,20/6/2017, tại xã diễn ra hội thi; học sinh đạt 8,5/10 điểm.",
            "Ngày mười chín, hai mươi tháng sáu năm hai nghìn không trăm mười bảy, tại xã diễn ra "
            "hội thi; học sinh đạt tám phẩy năm trên mười điểm.",
        ),
        (
            "Ủy ban ATGTQG, HĐXX tuyên án, chương trình TKĐ.",
            "Ủy ban an toàn giao thông quốc gia, hội đồng xét xử tuyên án, chương trình tiết kiệm "
            "điện.",
        ),
        (
            "Phí chợ là 45.000 đồng/m2/ki-ốt, giá 500.000 đồng/sạp/tháng.",
            "Phí chợ là bốn mươi lăm nghìn đồng một mét vuông một ki-ốt, giá năm trăm nghìn đồng "
            "một sạp mỗi tháng.",
        ),
    ],
)
def test_round_72_two_days_by_a_comma_after_ngay_stalls_and_table_words(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Thị lực: 9/10; Thị lực: MP 9/10, MT 10/10.",
            "Thị lực: chín trên mười; Thị lực: em pê chín trên mười, em tê mười trên mười.",
        ),
        ("Thị lực của bệnh nhân sau mổ 8/10.", "Thị lực của bệnh nhân sau mổ tám trên mười."),
        (
            "Thị lực của em giảm từ 10/10 xuống 5/10 chỉ sau một năm.",
            "Thị lực của em giảm từ mười trên mười xuống năm trên mười chỉ sau một năm.",
        ),
        (
            "Thị lực đạt từ 9/10 - 10/10, hoặc 9/10 đến 10/10.",
            "Thị lực đạt từ chín trên mười đến mười trên mười, hoặc chín trên mười đến mười trên "
            "mười.",
        ),
        (
            "Thị lực mắt phải 4/10, mắt trái 7/10.",
            "Thị lực mắt phải bốn trên mười, mắt trái bảy trên mười.",
        ),
        (
            "Hạn chót đăng ký khám thị lực là 15/10.",
            "Hạn chót đăng ký khám thị lực là ngày mười lăm tháng mười.",
        ),
        (
            "Khám thị lực thứ Hai 14/10 tại trường.",
            "Khám thị lực thứ Hai ngày mười bốn tháng mười tại trường.",
        ),
        (
            "Chương trình đo thị lực diễn ra từ ngày 5/10, kết thúc 30/10.",
            "Chương trình đo thị lực diễn ra từ ngày năm tháng mười, kết thúc ngày ba mươi tháng "
            "mười.",
        ),
        (
            "NÔNG DÂN 4.0 LÀM GIÀU TRÊN QUÊ HƯƠNG.",
            "Nông dân bốn phẩy không làm giàu trên quê hương.",
        ),
        (
            "Nông nghiệp 2.0 ha lúa; sinh viên tốt nghiệp 8.0 trở lên.",
            "Nông nghiệp hai phẩy không héc ta lúa; sinh viên tốt nghiệp tám phẩy không trở lên.",
        ),
        (
            "Mỗi ngày 2,5/10 tấn rác được thu gom.",
            "Mỗi ngày hai phẩy năm trên mười tấn rác được thu gom.",
        ),
        (
            "Đo được 3 mS/m; Trung đội BB 1 và Tiểu đội BB 2 hành quân.",
            "Đo được ba mi li xi men trên mét; Trung đội bộ binh một và Tiểu đội bộ binh hai hành "
            "quân.",
        ),
    ],
)
def test_round_72_review_eyesight_by_default_in_its_sentence_generations_and_days(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Kiểm đếm, hướng dẫn cho 74.596 phương tiện/319.985người biết diễn biến của bão.",
            "Kiểm đếm, hướng dẫn cho bảy mươi tư nghìn năm trăm chín mươi sáu phương tiện với ba "
            "trăm mười chín nghìn chín trăm tám mươi lăm người biết diễn biến của bão.",
        ),
        (
            "Tại Ninh Bình có 05 phương tiện/11 LĐ; tại Thanh Hóa 5.627 phương tiện/15.847 lao "
            "động.",
            "Tại Ninh Bình có năm phương tiện với mười một lao động; tại Thanh Hóa năm nghìn sáu "
            "trăm hai mươi bảy phương tiện với mười lăm nghìn tám trăm bốn mươi bảy lao động.",
        ),
        (
            "Trong đó có 50 tàu/1.558 người hoạt động khu vực Bắc Biển Đông và QĐ Hoàng Sa.",
            "Trong đó có năm mươi tàu với một nghìn năm trăm năm mươi tám người hoạt động khu vực "
            "Bắc Biển Đông và quần đảo Hoàng Sa.",
        ),
        (
            "Có 1.308 phương tiện/11.981 lao động (Quảng Trị: 60/425 lao động; Đà Nẵng: 03/72 lao "
            "động).",
            "Có một nghìn ba trăm linh tám phương tiện với mười một nghìn chín trăm tám mươi mốt "
            "lao động, Quảng Trị: sáu mươi với bốn trăm hai mươi lăm lao động; Đà Nẵng: ba với "
            "bảy mươi hai lao động.",
        ),
        (
            "Cấp THPT có 25 dự án/43 HS tham gia dự thi.",
            "Cấp trung học phổ thông có hai mươi lăm dự án với bốn mươi ba học sinh tham gia dự "
            "thi.",
        ),
        (
            "Đã gửi thông báo 499 lượt/167 tàu; tỷ lệ 112,8 trẻ trai/100 trẻ gái.",
            "Đã gửi thông báo bốn trăm chín mươi chín lượt trên một trăm sáu mươi bảy tàu; tỷ lệ "
            "một trăm mười hai phẩy tám trẻ trai trên một trăm trẻ gái.",
        ),
        (
            "Ông Chánh được 68 phiếu/69 đại biểu; năm nay có 472 học sinh/8 lớp.",
            "Ông Chánh được sáu mươi tám phiếu trên sáu mươi chín đại biểu; năm nay có bốn trăm "
            "bảy mươi hai học sinh trên tám lớp.",
        ),
        (
            "Ước tính 3,5 người/100.000 dân; đạt 15/20 xã.",
            "Ước tính ba phẩy năm người trên một trăm nghìn dân; đạt mười lăm trên hai mươi xã.",
        ),
        (
            "Cha mẹ/người giám hộ của học sinh nộp hồ sơ; ông bà/người thân đưa đón.",
            "Cha mẹ, người giám hộ của học sinh nộp hồ sơ; ông bà, người thân đưa đón.",
        ),
        ("Thu nhập/người đạt 50 triệu đồng.", "Thu nhập một người đạt năm mươi triệu đồng."),
        (
            "Diện tích tối thiểu 20m2/cửa hàng, hỗ trợ 50 triệu đồng/gian hàng.",
            "Diện tích tối thiểu hai mươi mét vuông một cửa hàng, hỗ trợ năm mươi triệu đồng một "
            "gian hàng.",
        ),
        (
            "Coliform tổng số < 3CFU/100mL; E.Coli < 1CFU/100mL.",
            "Coliform tổng số dưới ba xê ép u trên một trăm mi li lít; E.Coli dưới một xê ép u "
            "trên một trăm mi li lít.",
        ),
        (
            "Uống 5 mL mỗi lần; liều 200.000IU vitamin A.",
            "Uống năm mi li lít mỗi lần; liều hai trăm nghìn đơn vị quốc tế vi ta min a.",
        ),
        (
            "Nhắn tin với cú pháp: TALS gửi 1405; soạn tin UHTN gửi 1409.",
            "Nhắn tin với cú pháp: tê a e lờ ét gửi một bốn không năm; soạn tin u hát tê en gửi "
            "một bốn không chín.",
        ),
        (
            "Dự án theo hình thức BOO; túi nilon và bao nylon.",
            "Dự án theo hình thức bê o o; túi ni lông và bao ni lông.",
        ),
        (
            "Vùng BTB&DHMT và TD&MNPB có tỷ lệ thấp nhất.",
            "Vùng Bắc Trung Bộ và Duyên hải miền Trung và Trung du và miền núi phía Bắc có tỷ lệ "
            "thấp nhất.",
        ),
        (
            "Sản phẩm đạt GlobalGAP; Công ty Vedan; ống Geotube; Trường Marie Curie; thị xã Ayun "
            "Pa.",
            "Sản phẩm đạt Gờ lô bồ gáp; Công ty Vê đan; ống Giê ô túp; Trường Ma ri Quy ri; thị "
            "xã A Giun Pa.",
        ),
    ],
)
def test_round_73_boats_with_their_crews_kin_listed_holders_colonies_sms_keywords(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Có 50 tàu/1.558 người đang hoạt động; hơn 2/3 người dân ven biển đã được sơ tán.",
            "Có năm mươi tàu với một nghìn năm trăm năm mươi tám người đang hoạt động; hơn hai "
            "phần ba người dân ven biển đã được sơ tán.",
        ),
        (
            "Toàn huyện có 245 tàu/1.830 lao động; trong đó 1.700/1.830 lao động đã lên bờ.",
            "Toàn huyện có hai trăm bốn mươi lăm tàu với một nghìn tám trăm ba mươi lao động; "
            "trong đó một nghìn bảy trăm trên một nghìn tám trăm ba mươi lao động đã lên bờ.",
        ),
        (
            "Số người 4.500/5.000 người; có 120 hộ/480 người chưa có nước sạch.",
            "Số người bốn nghìn năm trăm trên năm nghìn người; có một trăm hai mươi hộ với bốn "
            "trăm tám mươi người chưa có nước sạch.",
        ),
        (
            "Kiểm tra 45 cơ sở/cửa hàng kinh doanh; 15 cửa hàng/điểm bán xăng dầu.",
            "Kiểm tra bốn mươi lăm cơ sở, cửa hàng kinh doanh; mười lăm cửa hàng, điểm bán xăng "
            "dầu.",
        ),
        (
            "Bảo đảm tỷ lệ 1 giáo viên/25 học sinh; có 45 nữ/120 lao động.",
            "Bảo đảm tỷ lệ một giáo viên trên hai mươi lăm học sinh; có bốn mươi lăm nữ trên một "
            "trăm hai mươi lao động.",
        ),
        (
            "Định mức 10 khối/4 nhân khẩu; tử vong 3 trường hợp/2.000 người.",
            "Định mức mười khối trên bốn nhân khẩu; tử vong ba trường hợp trên hai nghìn người.",
        ),
        (
            "Tại Quảng Ngãi có 10 tàu/100 lao động đang hoạt động.",
            "Tại Quảng Ngãi có mười tàu với một trăm lao động đang hoạt động.",
        ),
        (
            "Doanh thu 15 triệu đồng/tháng/cửa hàng; 12 m²/gian hàng.",
            "Doanh thu mười lăm triệu đồng mỗi tháng một cửa hàng; mười hai mét vuông một gian "
            "hàng.",
        ),
        (
            "Ông/Bà/người giám hộ ký; Chị/người thân đưa đón.",
            "Ông, Bà, người giám hộ ký; Chị, người thân đưa đón.",
        ),
        (
            "VÙNG BIỂN QUANH QĐ HOÀNG SA CÓ GIÓ MẠNH.",
            "Vùng biển quanh quần đảo hoàng sa có gió mạnh.",
        ),
        (
            "Quỹ bảo hiểm tiền gửi khuyến cáo cảnh giác với tin nhắn BHTG giả mạo.",
            "Quỹ bảo hiểm tiền gửi khuyến cáo cảnh giác với tin nhắn bảo hiểm tiền gửi giả mạo.",
        ),
        (
            "Mỗi viên chứa 400IU vitamin D3; liều 50000IU.",
            "Mỗi viên chứa bốn trăm đơn vị quốc tế vi ta min dê ba; liều năm mươi nghìn đơn vị "
            "quốc tế.",
        ),
        ("Vùng TD-MNPB có tỷ lệ thấp.", "Vùng Trung du và miền núi phía Bắc có tỷ lệ thấp."),
    ],
)
def test_round_73_review_pairs_only_for_carriers_and_crews_shops_listed_kin_any_case(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Lễ hội Xuân hồng tổ chức từ ngày 3 – 11-3 đã tiếp nhận hơn 10.200 đơn vị máu.",
            "Lễ hội Xuân hồng tổ chức từ ngày ba đến ngày mười một tháng ba đã tiếp nhận hơn mười "
            "nghìn hai trăm đơn vị máu.",
        ),
        (
            "Khoảng19h, nam tài xế lái xe đầu kéo. Từ8h đến 10h sáng.",
            "Khoảng mười chín giờ, nam tài xế lái xe đầu kéo. Từ tám giờ đến mười giờ sáng.",
        ),
        (
            "Mô hình trồng 8m x 8m: trồng khoảng 150 cây/hecta; diện tích 5 hecta.",
            "Mô hình trồng tám mét nhân tám mét: trồng khoảng một trăm năm mươi cây một héc ta; "
            "diện tích năm héc ta.",
        ),
        (
            "Duy trì hoạt động 24 giờ trong ngày, 7 ngày trong tuần (24/7), bắt đầu từ 10 giờ.",
            "Duy trì hoạt động hai mươi tư giờ trong ngày, bảy ngày trong tuần hai mươi tư trên "
            "bảy, bắt đầu từ mười giờ.",
        ),
        (
            "Tuần sau (24/7) họp; trong tuần từ 20/7 đến 24/7.",
            "Tuần sau, ngày hai mươi tư tháng bảy, họp; trong tuần từ ngày hai mươi tháng bảy đến "
            "ngày hai mươi tư tháng bảy.",
        ),
        (
            "Anh phát hiện bỏ quên chiếc điện thoại iPhone 6s màu bạc.",
            "Anh phát hiện bỏ quên chiếc điện thoại Ai phôn sáu ét màu bạc.",
        ),
        (
            "Camera giám sát ở Km số 1856+004 và đường ngang Km ĐS 44+210.",
            "ca mê ra giám sát ở ki lô mét số một nghìn tám trăm năm mươi sáu cộng bốn và đường "
            "ngang ki lô mét đường sắt bốn mươi tư cộng hai trăm mười.",
        ),
        (
            "Hàm lượng: 0,4 % Mg; 1,6% Ca; 19 ppm Fe; 5 ppm Cu; 2 ppm Mo.",
            "Hàm lượng: không phẩy bốn phần trăm em giê; một phẩy sáu phần trăm xê a; mười chín "
            "phần triệu ép e; năm phần triệu xê u; hai phần triệu em ô.",
        ),
        (
            "Giống lúa ĐH12 cao hơn so với KD 18 từ 12-16%; giống lúa TBR225, OM 18.",
            "Giống lúa đê hát mười hai cao hơn so với Khang dân mười tám từ mười hai đến mười sáu "
            "phần trăm; giống lúa tê bê e rờ hai trăm hai mươi lăm, ô mờ mười tám.",
        ),
        (
            "Bón đạm Ure và phân Urê; doanh thu KD 18 tỷ đồng.",
            "Bón đạm u rê và phân Urê; doanh thu kinh doanh mười tám tỷ đồng.",
        ),
        (
            "Nồng độ vitamin D 72,1 ± 18,2 nmol/L; cuộc gọi từ Equatorial Guinea.",
            "Nồng độ vi ta min dê bảy mươi hai phẩy một cộng trừ mười tám phẩy hai na nô mol trên "
            "lít; cuộc gọi từ Ghi nê Xích Đạo.",
        ),
    ],
)
def test_round_74_day_spans_glued_capitals_hectares_round_the_week_chainages_elements_varieties(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Đắk Lắk dẫn đầu với 13 HCV, 7 HCB và 3HCĐ; Gia Lai (11 HCV, 8HCB); có 3HTX được vay.",
            "Đắk Lắk dẫn đầu với mười ba huy chương vàng, bảy huy chương bạc và ba huy chương "
            "đồng; Gia Lai, mười một huy chương vàng, tám huy chương bạc, có ba hợp tác xã được "
            "vay.",
        ),
        (
            "Điện áp 22KV, mạng 4G; mã 2PL3.",
            "Điện áp hai mươi hai ki lô vôn, mạng bốn giê; mã hai pê e lờ ba.",
        ),
        (
            "Khai mạc Hội thao Nông dân lần thứ VI/2022; Đại hội lần thứ XIII/2021; kỳ họp thứ "
            "12/2024.",
            "Khai mạc Hội thao Nông dân lần thứ sáu năm hai nghìn không trăm hai mươi hai; Đại "
            "hội lần thứ mười ba năm hai nghìn không trăm hai mươi mốt; kỳ họp thứ mười hai năm "
            "hai nghìn không trăm hai mươi tư.",
        ),
        (
            "Quy hoạch phân khu sinh thái, TL 1/2.000; tuyến TL 8 qua xã.",
            "Quy hoạch phân khu sinh thái, tỷ lệ một trên hai nghìn; tuyến Tỉnh lộ tám qua xã.",
        ),
        (
            "Hội bảo trợ NKT và TMC thành phố; TTBTXH tỉnh.",
            "Hội bảo trợ người khuyết tật và trẻ mồ côi thành phố; trung tâm bảo trợ xã hội tỉnh.",
        ),
        (
            "Hội bảo trợ NKT&TMC huyện; qua TXCT; TTBTXH tỉnh; CHLB Đức; khu vực ĐNÁ.",
            "Hội bảo trợ người khuyết tật và trẻ mồ côi huyện; qua tiếp xúc cử tri; trung tâm bảo "
            "trợ xã hội tỉnh; Cộng hòa Liên bang Đức; khu vực Đông Nam Á.",
        ),
    ],
)
def test_round_75_counts_glued_to_abbreviations_ordinals_in_a_year_scales_allowances(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Trong phiên giao dịch đầu tuần (24/7), giá vàng tăng; hoạt động 7 ngày/tuần (24/7).",
            "Trong phiên giao dịch đầu tuần, ngày hai mươi tư tháng bảy, giá vàng tăng; hoạt động "
            "bảy ngày một tuần hai mươi tư trên bảy.",
        ),
        (
            "Giống lúa KD 18 cho năng suất ổn định; hộ đã KD 18 năm tại chợ xã.",
            "Giống lúa Khang dân mười tám cho năng suất ổn định; hộ đã kinh doanh mười tám năm "
            "tại chợ xã.",
        ),
        (
            "Trồng 12hecta keo; tại Km số 1.098 đường sắt Bắc Nam; Km15,5.",
            "Trồng mười hai héc ta keo; tại ki lô mét số một nghìn không trăm chín mươi tám đường "
            "sắt Bắc Nam; ki lô mét mười lăm phẩy năm.",
        ),
        (
            "Giống lúa DT39 Quế Lâm; giống lúa J02 phù hợp chân đất vàn.",
            "Giống lúa đê tê ba mươi chín Quế Lâm; giống lúa gi không hai phù hợp chân đất vàn.",
        ),
        (
            "Giảm giá 10% Co.opmart; 95% Na Hang; 80% Co giật.",
            "Giảm giá mười phần trăm cô óp mát; chín mươi lăm phần trăm Na Hang; tám mươi phần "
            "trăm Co giật.",
        ),
        (
            "Mật khẩu: Hoa12345. Khoảng19h, nam tài xế về nhà; lịch: Từ6h.",
            "Mật khẩu: Hoa một hai ba bốn năm. Khoảng mười chín giờ, nam tài xế về nhà; lịch: Từ "
            "sáu giờ.",
        ),
        (
            "Trẻ từ 6 - 11-12 tuổi được tiêm; Ngày 20 – 21-11, kỷ niệm; Từ ngày 3 — 11-3 tổ chức "
            "tiêm.",
            "Trẻ từ sáu, mười một, mười hai tuổi được tiêm; Ngày hai mươi đến ngày hai mươi mốt "
            "tháng mười một, kỷ niệm; Từ ngày ba đến ngày mười một tháng ba tổ chức tiêm.",
        ),
        (
            "Từ Km số 5+200 - Km số 6+100 bị sạt lở; chương trình KM số 3 áp dụng.",
            "Từ ki lô mét số năm cộng hai trăm đến ki lô mét số sáu cộng một trăm bị sạt lở; "
            "chương trình ca em số ba áp dụng.",
        ),
        (
            "Bị mất điện thoại Iphone 6s màu vàng và iPhone 5c; phân URE Phú Mỹ, ure.",
            "Bị mất điện thoại Ai phôn sáu ét màu vàng và Ai phôn năm xê; phân u rê Phú Mỹ, u rê.",
        ),
    ],
)
def test_round_74_review_round_the_week_after_days_of_the_week_khang_dan_on_rice_elements(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Từ ngày 3 – 11-3 tại Nhà văn hóa thôn 2 tổ chức tiêm; Từ ngày 20 – 25-4 tạm ngừng "
            "cấp nước.",
            "Từ ngày ba đến ngày mười một tháng ba tại Nhà văn hóa thôn hai tổ chức tiêm; Từ ngày "
            "hai mươi đến ngày hai mươi lăm tháng tư tạm ngừng cấp nước.",
        ),
        (
            "Lịch cắt điện: Từ6h đến 17h ngày 12/5; Sáng nay, Khoảng9h xe tới; nick Lan88.",
            "Lịch cắt điện: Từ sáu giờ đến mười bảy giờ ngày mười hai tháng năm; Sáng nay, Khoảng "
            "chín giờ xe tới; nick Lan tám tám.",
        ),
        (
            "Quyết định số 01QĐ; Nghị định 64CP năm 1993; ổ cứng 1TB; lô 12CT; có 3HTX và 30HS.",
            "Quyết định số không một quy đê; Nghị định sáu mươi tư xê pê năm một nghìn chín trăm "
            "chín mươi ba; ổ cứng một tê bê; lô mười hai xê tê; có ba hợp tác xã và ba mươi học "
            "sinh.",
        ),
        (
            "Tặng quà cho 150 người có công/đối tượng chính sách.",
            "Tặng quà cho một trăm năm mươi người có công, đối tượng chính sách.",
        ),
        (
            "Trạm y tế trực tất cả các ngày trong tuần (24/7); bảy ngày trong tuần (24/7).",
            "Trạm y tế trực tất cả các ngày trong tuần hai mươi tư trên bảy, bảy ngày trong tuần "
            "hai mươi tư trên bảy.",
        ),
        (
            "Cơ cấu giống vụ xuân: KD 18, BC15.",
            "Cơ cấu giống vụ xuân: Khang dân mười tám, bê xê mười lăm.",
        ),
        (
            "Diện tích cấy KD 18 năm nay giảm còn 120 ha.",
            "Diện tích cấy Khang dân mười tám năm nay giảm còn một trăm hai mươi héc ta.",
        ),
        (
            "Mẫu nước có 0,05 ppm As vượt quy chuẩn; 0,3 ppm Fe và 0,02 ppm Mn; 1,6% Ca (canxi).",
            "Mẫu nước có không phẩy không năm phần triệu a ét vượt quy chuẩn; không phẩy ba phần "
            "triệu ép e và không phẩy không hai phần triệu em en; một phẩy sáu phần trăm xê a, "
            "canxi.",
        ),
        (
            "Sạt lở tại KM số 5+200 tỉnh lộ 8; chương trình KM số 3 áp dụng.",
            "Sạt lở tại ki lô mét số năm cộng hai trăm tỉnh lộ tám; chương trình ca em số ba áp "
            "dụng.",
        ),
        (
            "Điểm ngập tại Km15,5; Km số 1.098; Km 0 - Km 2,5.",
            "Điểm ngập tại ki lô mét mười lăm phẩy năm; ki lô mét số một nghìn không trăm chín "
            "mươi tám; ki lô mét không đến ki lô mét hai phẩy năm.",
        ),
        (
            "Kỳ họp thứ 5/2024 HĐND xã; Đại hội lần thứ XVIII/2020.",
            "Kỳ họp thứ năm năm hai nghìn không trăm hai mươi tư Hội đồng nhân dân xã; Đại hội "
            "lần thứ mười tám năm hai nghìn không trăm hai mươi.",
        ),
        (
            "Dự án nâng cấp TL1/2024 triển khai; quy hoạch TL 1/2.000.",
            "Dự án nâng cấp Tỉnh lộ một trên hai nghìn không trăm hai mươi tư triển khai; quy "
            "hoạch tỷ lệ một trên hai nghìn.",
        ),
        (
            "Tập đoàn Toyota (TMC) tài trợ xe cứu thương.",
            "Tập đoàn Toyota, tê em xê, tài trợ xe cứu thương.",
        ),
    ],
)
def test_round_75_review_counted_abbreviations_only_time_cues_split_anywhere_scales_not_years(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Trạm 3CFU/100mL, đèn 400IU, máy 12000BTU, tuyến 220KV, mức 50HA và 5USD.",
            "Trạm ba xê ép u trên một trăm mi li lít, đèn bốn trăm đơn vị quốc tế, máy mười hai "
            "nghìn bê tê u, tuyến hai trăm hai mươi ki lô vôn, mức năm mươi héc ta và năm đô la "
            "Mỹ.",
        ),
        (
            "Máy bay hạ cánh đường băng 11L/29R rồi lăn vào đường 25R/07L.",
            "Máy bay hạ cánh đường băng mười một e lờ, hai mươi chín e rờ rồi lăn vào đường hai "
            "mươi lăm e rờ, không bảy e lờ.",
        ),
        (
            "Nạo vét km 115-km 115+300 và km 118+200 – km 118+650 trên sông Đáy.",
            "Nạo vét ki lô mét một trăm mười lăm đến ki lô mét một trăm mười lăm cộng ba trăm và "
            "ki lô mét một trăm mười tám cộng hai trăm đến ki lô mét một trăm mười tám cộng sáu "
            "trăm năm mươi trên sông Đáy.",
        ),
        (
            "Ba trung tâm đăng kiểm 2902V, 3703S và 1907D đã mở lại; TTĐK 50-05V vẫn đóng.",
            "Ba trung tâm đăng kiểm hai mươi chín, không hai vê, ba mươi bảy, không ba ét và mười "
            "chín, không bảy dê đã mở lại; trung tâm đăng kiểm năm mươi, không năm vê vẫn đóng.",
        ),
        (
            "Lô đất có bước giá 5.000.000 đồng/m2/bước giá trong vòng đầu.",
            "Lô đất có bước giá năm triệu đồng một mét vuông một bước giá trong vòng đầu.",
        ),
        (
            "Huyện đã bàn giao 42/57,6km mặt bằng và 120/150ha đất lúa.",
            "Huyện đã bàn giao bốn mươi hai trên năm mươi bảy phẩy sáu ki lô mét mặt bằng và một "
            "trăm hai mươi trên một trăm năm mươi héc ta đất lúa.",
        ),
        (
            "Theo bảng số liệu 2.4 và Bảng 3.1, cùng Biểu đồ 1.2; đội chơi vòng bảng 1.5 km.",
            "Theo bảng số liệu hai chấm bốn và Bảng ba chấm một, cùng Biểu đồ một chấm hai; đội "
            "chơi vòng bảng một phẩy năm ki lô mét.",
        ),
        (
            "Giếng quan trắc Q.65a và Q.8M1 hạ thấp; trụ sở ở Q.3 và Q.10.",
            "Giếng quan trắc quy sáu mươi lăm a và quy tám em một hạ thấp; trụ sở ở quận ba và "
            "quận mười.",
        ),
        (
            "Mực nước tháng 3 – 2019 thấp hơn tháng 12 - 2018; từ tháng 2 – 4 năm nay.",
            "Mực nước tháng ba năm hai nghìn không trăm mười chín thấp hơn tháng mười hai năm hai "
            "nghìn không trăm mười tám; từ tháng hai đến tháng tư năm nay.",
        ),
        (
            "Hormone ethylene tăng khi cây bị stress; phun auxin và Cytokinin cho sầu riêng "
            "Monthong.",
            "Hoóc môn ê ti len tăng khi cây bị xì trét; phun ô xin và Xi tô ki nin cho sầu riêng "
            "Mon thong.",
        ),
        (
            "Công ty Mekong xuất lô titan đầu tiên qua Techcombank.",
            "Công ty Mê Kông xuất lô ti tan đầu tiên qua Tếch com banh.",
        ),
    ],
)
def test_round_76_capital_units_chainage_spans_inspection_centres_parts_tables_wells_months(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Căn hộ 1210C chung cư; học sinh lớp 10C và Quốc lộ 10C.",
            "Căn hộ một nghìn hai trăm mười xê chung cư; học sinh lớp mười xê và Quốc lộ mười xê.",
        ),
        (
            "Giếng quan trắc Q.109 và giếng Q.68 hạ thấp; mẫu Q.003; trụ sở Q.3.",
            "Giếng quan trắc quy một trăm linh chín và giếng quy sáu mươi tám hạ thấp; mẫu quy "
            "không không ba; trụ sở quận ba.",
        ),
        (
            "Trung tâm đăng kiểm 2901V mở lại; xe điện dùng 1500V; ắc quy 2412V; xe Thaco 2400D.",
            "Trung tâm đăng kiểm hai mươi chín, không một vê mở lại; xe điện dùng một nghìn năm "
            "trăm vôn; ắc quy hai nghìn bốn trăm mười hai vôn; xe Thaco hai nghìn bốn trăm dê.",
        ),
        (
            "Thi công km số 5+200 - km số 6+100 trên tỉnh lộ.",
            "Thi công ki lô mét số năm cộng hai trăm đến ki lô mét số sáu cộng một trăm trên tỉnh "
            "lộ.",
        ),
        (
            "Theo bảng 3.1, Hình 2.1 và Bản đồ 1.2; Biểu đồ 1.5 triệu lượt khách; vòng bảng 1.2 "
            "km.",
            "Theo bảng ba chấm một, Hình hai chấm một và Bản đồ một chấm hai; Biểu đồ một phẩy "
            "năm triệu lượt khách; vòng bảng một phẩy hai ki lô mét.",
        ),
        (
            "Vận động viên thi cự ly 100/200m nữ; huyện bàn giao 75/98,3km.",
            "Vận động viên thi cự ly một trăm, hai trăm mét nữ; huyện bàn giao bảy mươi lăm trên "
            "chín mươi tám phẩy ba ki lô mét.",
        ),
        (
            "Trong tháng 3 – 2024 người dân được khám; tháng 1 – 2017 nước hạ.",
            "Trong tháng ba năm hai nghìn không trăm hai mươi tư người dân được khám; tháng một "
            "năm hai nghìn không trăm mười bảy nước hạ.",
        ),
    ],
)
def test_round_76_review_flats_wells_inspection_centres_figures_races_months(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Xã có 45 đ/c dân quân tham gia huấn luyện; Đ/c Chính trị viên phát biểu.",
            "Xã có bốn mươi lăm đồng chí dân quân tham gia huấn luyện; đồng chí Chính trị viên "
            "phát biểu.",
        ),
        (
            "Luật Thi hành án dân sự quy định người phải THA tự nguyện trước khi bị cưỡng chế THA.",
            "Luật Thi hành án dân sự quy định người phải thi hành án tự nguyện trước khi bị cưỡng "
            "chế thi hành án.",
        ),
        (
            "Người bệnh THA cần đo huyết áp hằng ngày.",
            "Người bệnh tăng huyết áp cần đo huyết áp hằng ngày.",
        ),
        (
            "Chỉ huy trưởng BCH Quân sự các phường dự hội nghị.",
            "Chỉ huy trưởng Ban Chỉ huy Quân sự các phường dự hội nghị.",
        ),
        (
            "Tê tê Java thuộc Phụ lục I Công ước CITES; VQG Chư Yang Sin và Yok Don tái thả.",
            "Tê tê Gia va thuộc Phụ lục một Công ước Xi tét; vườn quốc gia Chư Giang Sin và Giốc "
            "Đôn tái thả.",
        ),
        (
            "Môn GDQP cho học sinh; nhiệm vụ QP-QS địa phương.",
            "Môn giáo dục quốc phòng cho học sinh; nhiệm vụ quốc phòng quân sự địa phương.",
        ),
    ],
)
def test_round_77_comrades_judgment_enforcement_commands_wildlife_defence(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


def test_only_volts_and_watts_are_single_capital_letters_a_number_may_end_in() -> None:
    """«Quốc lộ 1A», «tổ 7B», «lớp 12L»: a single capital after a number is a letter, unless the
    unit table says otherwise; a unit added to it would silently stop them being spelled."""
    from broadcaster.speech.textnorm.unitnames import CAPITAL_SYMBOLS

    assert {s for s in CAPITAL_SYMBOLS if len(s) == 1} == {"V", "W"}
    assert all(s[0].isalpha() for s in CAPITAL_SYMBOLS)  # «1510C» is a flat, not «0C»


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Dụng cụ được hấp tiệt trùng ở 1210C; bảo quản ở nhiệt độ phòng 250C.",
            "Dụng cụ được hấp tiệt trùng ở một trăm hai mươi mốt độ xê; bảo quản ở nhiệt độ phòng "
            "hai mươi lăm độ xê.",
        ),
        (
            "Chung cư có căn hộ 1510C và Khu 10C.",
            "Chung cư có căn hộ một nghìn năm trăm mười xê và Khu mười xê.",
        ),
        (
            "Chi cục THA dân sự huyện vận động người phải THA tự nguyện nộp tiền theo quyết định "
            "THA.",
            "Chi cục thi hành án dân sự huyện vận động người phải thi hành án tự nguyện nộp tiền "
            "theo quyết định thi hành án.",
        ),
        (
            "Cưỡng chế giải phóng mặt bằng dự án; khám sàng lọc THA, ĐTĐ cho 300 người cao tuổi.",
            "Cưỡng chế giải phóng mặt bằng dự án; khám sàng lọc tăng huyết áp, đái tháo đường cho "
            "ba trăm người cao tuổi.",
        ),
        (
            "Đ/c: Thôn 3, xã Tân Lập; Đ/c Hùng phát biểu.",
            "địa chỉ: Thôn ba, xã Tân Lập; đồng chí Hùng phát biểu.",
        ),
        (
            "Theo mục 2.3 điểm b của hướng dẫn; Khoản 1.5 tỉ đồng; Bảng 3.1 và bảng số liệu 2.4.",
            "Theo mục hai chấm ba điểm bê của hướng dẫn; Khoản một phẩy năm tỉ đồng; Bảng ba chấm "
            "một và bảng số liệu hai chấm bốn.",
        ),
        (
            "Trạm quan trắc Q.1 ghi nhận bụi mịn; Giếng Q.68 hạ thấp.",
            "Trạm quan trắc quận một ghi nhận bụi mịn; Giếng quy sáu mươi tám hạ thấp.",
        ),
        (
            "BCH Quân sự các cấp; BCH Quân sự tỉnh; BCH QS xã; công tác QP-QS, QP-AN ở VQG Yok "
            "Đôn.",
            "Ban Chỉ huy Quân sự các cấp; Bộ Chỉ huy Quân sự tỉnh; Ban Chỉ huy quân sự xã; công "
            "tác quốc phòng quân sự, quốc phòng an ninh ở vườn quốc gia Giốc Đôn.",
        ),
        (
            "Trung tâm đăng kiểm 2901V mở lại; Pin 2412V của xe điện.",
            "Trung tâm đăng kiểm hai mươi chín, không một vê mở lại; Pin hai nghìn bốn trăm mười "
            "hai vôn của xe điện.",
        ),
    ],
)
def test_round_77_review_hot_degrees_enforcement_by_its_neighbours_addresses_headlines_districts(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Phòng 10C tầng 2 có 20 học sinh.",
            "Phòng mười xê tầng hai có hai mươi học sinh.",
        ),
        (
            "Nhà 20C đường Lê Lợi bị cháy.",
            "Nhà hai mươi xê đường Lê Lợi bị cháy.",
        ),
        (
            "Gia đình ở nhà số 20C, phố Nguyên Hồng.",
            "Gia đình ở nhà số hai mươi xê, phố Nguyên Hồng.",
        ),
        (
            "BẢNG 2.3: KẾT QUẢ THỰC HIỆN NĂM 2025",
            "Bảng hai chấm ba: kết quả thực hiện năm hai nghìn không trăm hai mươi lăm",
        ),
        (
            "HÌNH 1.2. SƠ ĐỒ VỊ TRÍ KHU VỰC",
            "Hình một chấm hai. Sơ đồ vị trí khu vực",
        ),
        (
            "BIỂU ĐỒ 1.5 TRIỆU LƯỢT KHÁCH",
            "Biểu đồ một phẩy năm triệu lượt khách",
        ),
        (
            "Vận động viên thi cự ly 1.500/5.000m.",
            "Vận động viên thi cự ly một nghìn năm trăm, năm nghìn mét.",
        ),
        (
            "Các cự ly 60m/100m/200m nam.",
            "Các cự ly sáu mươi mét, một trăm mét, hai trăm mét nam.",
        ),
        (
            "Thi chạy ở cự li 5/10 km.",
            "Thi chạy ở cự li năm, mười ki lô mét.",
        ),
        (  # three numbers: not a day, a month and a year
            "Giải có các cự ly 5/10/21 km.",
            "Giải có các cự ly năm, mười, hai mươi mốt ki lô mét.",
        ),
    ],
)
def test_rooms_and_houses_keep_their_letter_headline_tables_and_race_distances_are_lists(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Hotline, cuối năm 2020, Tổng Công ty đã đầu tư xe gầu.",
            "Hót lai, cuối năm hai nghìn không trăm hai mươi, Tổng Công ty đã đầu tư xe gầu.",
        ),
        (
            "Gọi đường dây nóng 1900 1234 trong quý 3.",
            "Gọi đường dây nóng một chín không không một hai ba bốn trong quý ba.",
        ),
        (
            "Đồng bào H'Mông, K'Ho, M'Nông ở Đắk N'Teng và Đắk R'Lấp.",
            "Đồng bào Hơ Mông, Cờ Ho, Mơ Nông ở Đắk Nơ Teng và Đắk Rơ Lấp.",
        ),
        (
            "Huyện Cư M'gar, dân tộc J'rai và Bahnar, huyện Kbang.",
            "Huyện Cư Mơ Ga, dân tộc Gia Rai và Ba Na, huyện Kờ Bang.",
        ),
        (
            "Học sinh Khmer ở Sapa, sông Mekong.",
            "Học sinh Khơ me ở Sa Pa, sông Mê Kông.",
        ),
        (
            "Phân Urea Phú Mỹ và Supe lân Lâm Thao.",
            "Phân U rê Phú Mỹ và Su pe lân Lâm Thao.",
        ),
        (
            "Bình quân 1,14 lượt/Điểm giao dịch xã/tháng.",
            "Bình quân một phẩy mười bốn lượt trên Điểm giao dịch xã mỗi tháng.",
        ),
        (
            "Tần suất 24,17 lần/khách hàng/năm, giảm 38,4%.",
            "Tần suất hai mươi tư phẩy mười bảy lần trên khách hàng mỗi năm, giảm ba mươi tám phẩy "
            "bốn phần trăm.",
        ),
        (
            "Tưới 60 đến 80 lít nước/giờ/gốc.",
            "Tưới sáu mươi đến tám mươi lít nước mỗi giờ một gốc.",
        ),
        (
            "Tối đa 30 mg/kg/ngày, hỗ trợ 1 triệu đồng/hộ/tháng.",
            "Tối đa ba mươi mi li gam trên ki lô gam một ngày, hỗ trợ một triệu đồng một hộ mỗi "
            "tháng.",
        ),
        (
            "Lưu lượng giảm 895 m3/sec trong 2 ngày.",
            "Lưu lượng giảm tám trăm chín mươi lăm mét khối một giây trong hai ngày.",
        ),
        (
            "Bây giờ mới tưới được một vài ha thì giếng đã cạn.",
            "Bây giờ mới tưới được một vài héc ta thì giếng đã cạn.",
        ),
        (
            "Cắt trộm 10 mét cáp CVV (3*185 +1*95)mm2.",
            "Cắt trộm mười mét cáp xê vê vê, ba nhân một trăm tám mươi lăm cộng một nhân chín "
            "mươi lăm, mi li mét vuông.",
        ),
        (
            "Phường Kỳ Phương 4/4 lượt hộ và xã Kỳ Hoa 59/72 lượt hộ.",
            "Phường Kỳ Phương bốn trên bốn lượt hộ và xã Kỳ Hoa năm mươi chín trên bảy mươi hai "
            "lượt hộ.",
        ),
        (
            "Kế hoạch vốn cho Dự án 5.3 giai đoạn 2021-2025.",
            "Kế hoạch vốn cho Dự án năm chấm ba giai đoạn hai nghìn không trăm hai mươi mốt đến "
            "hai nghìn không trăm hai mươi lăm.",
        ),
        (
            "Dự án 1.5 triệu USD được phê duyệt.",
            "Dự án một phẩy năm triệu đô la Mỹ được phê duyệt.",
        ),
        (
            "Phân bón D.A.P 18-46 và NPK-828-TE bị tiêu hủy.",
            "Phân bón đê a pê mười tám, bốn mươi sáu và en pê ca tám trăm hai mươi tám tê e bị "
            "tiêu hủy.",
        ),
        (
            "Tổ viên ký theo mẫu số 13/TD và Mẫu số 01/TK-TNCN.",
            "Tổ viên ký theo mẫu số mười ba tê dê và Mẫu số một tê ca thu nhập cá nhân.",
        ),
        (
            "Sản xuất lúa TĐ và vụ TĐ năm nay.",
            "Sản xuất lúa Thu Đông và vụ Thu Đông năm nay.",
        ),
        (
            "Trường trung cấp Công nghiệp-TTCN Nghệ An.",
            "Trường trung cấp Công nghiệp-tiểu thủ công nghiệp Nghệ An.",
        ),
    ],
)
def test_round_78_hotline_highland_names_chained_per_forms_projects_fertiliser_codes(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Dịp nghỉ lễ Quốc khánh 2/9 lượt khách đến Quảng Ninh đạt 300 nghìn.",
            "Dịp nghỉ lễ Quốc khánh hai tháng chín lượt khách đến Quảng Ninh đạt ba trăm nghìn.",
        ),
        (
            "Kế hoạch vốn Dự án 5.3 tỉnh Gia Lai năm 2025.",
            "Kế hoạch vốn Dự án năm chấm ba tỉnh Gia Lai năm hai nghìn không trăm hai mươi lăm.",
        ),
        (
            "Phân bổ vốn Tiểu dự án 1.2 ngành giáo dục.",
            "Phân bổ vốn Tiểu dự án một chấm hai ngành giáo dục.",
        ),
        (
            "Dự án 2.5 MW điện mặt trời và Dự án 3.5 héc ta.",
            "Dự án hai phẩy năm mê ga oát điện mặt trời và Dự án ba phẩy năm héc ta.",
        ),
        (
            "NHÂN RỘNG MÔ HÌNH 3.5 HA SẦU RIÊNG",
            "Nhân rộng mô hình ba phẩy năm héc ta sầu riêng",
        ),
        (
            "CÔNG BỐ BẢNG 1.5 ĐIỂM CHUẨN",
            "Công bố bảng một phẩy năm điểm chuẩn",
        ),
        (
            "Xem BẢNG 2.3 dưới đây.",
            "Xem BẢNG hai chấm ba dưới đây.",
        ),
        (
            "Huyện Cư M’gar, đồng bào J’rai và J'Rai.",
            "Huyện Cư Mơ Ga, đồng bào Gia Rai và Gia Rai.",
        ),
        (
            "Người H‘Mông, S'tiêng, Ch'Ro, Đắk G'Long và điểm B'C.",
            "Người Hơ Mông, Xơ tiêng, Chơ Ro, Đắk Gơ Long và điểm B C.",
        ),
        (
            "Bệnh viện trực 3 ca sáng/chiều/đêm.",
            "Bệnh viện trực ba ca sáng, chiều, đêm.",
        ),
        (
            "Năng suất 6 tấn lúa/ha/vụ, thu 3 triệu/ha/vụ.",
            "Năng suất sáu tấn lúa một héc ta một vụ, thu ba triệu trên héc ta một vụ.",
        ),
        (
            "Tỷ lệ 10 bác sĩ/vạn dân/năm.",
            "Tỷ lệ mười bác sĩ trên vạn dân mỗi năm.",
        ),
        (
            "Hotline của trường khoá 2020 là 0912345678.",
            "Hót lai của trường khoá hai nghìn không trăm hai mươi là không chín một hai ba bốn "
            "năm sáu bảy tám.",
        ),
        (
            "Hotline giai đoạn 2021-2025 tiếp nhận 1.200 cuộc gọi.",
            "Hót lai giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai "
            "mươi lăm tiếp nhận một nghìn hai trăm cuộc gọi.",
        ),
        (
            "Gọi tổng đài, giai đoạn 2016 - 2020 giảm mạnh.",
            "Gọi tổng đài, giai đoạn hai nghìn không trăm mười sáu đến hai nghìn không trăm hai "
            "mươi giảm mạnh.",
        ),
        (
            "Gia đình ở số nhà 20C, học sinh ở phòng 10C, Tòa nhà 10C.",
            "Gia đình ở số nhà hai mươi xê, học sinh ở phòng mười xê, Tòa nhà mười xê.",
        ),
        (
            "Nhiệt độ phòng 25 0C.",
            "Nhiệt độ phòng hai mươi lăm độ xê.",
        ),
        (
            "Lập hồ sơ theo Mẫu số 02/QĐ-UBND và mẫu số 01/BHXH.",
            "Lập hồ sơ theo Mẫu số hai quyết định của Ủy ban nhân dân và mẫu số một bảo hiểm xã "
            "hội.",
        ),
        (
            "Đại biểu 135 người dự họp.",
            "Đại biểu một trăm ba mươi lăm người dự họp.",
        ),
        (
            "Phân NPK 16-16-8-TE Bình Điền.",
            "Phân en pê ca mười sáu, mười sáu, tám tê e Bình Điền.",
        ),
        (
            "Vài ha lúa bị ngập.",
            "Vài héc ta lúa bị ngập.",
        ),
    ],
)
def test_round_78_review_holiday_dates_sub_projects_curly_names_shifts_year_spans_rooms_forms(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Coliform không quá 5000 MPN/100ml.",
            "Coliform không quá năm nghìn em pê en trên một trăm mi li lít.",
        ),
        (
            "Xét nghiệm HBsAg, HCV, HIV cho người hiến máu; bệnh viêm gan C (HCV).",
            "Xét nghiệm hát bê ét a giê, hát xê vê, hát i vê cho người hiến máu; bệnh viêm gan "
            "xê, hát xê vê.",
        ),
        (
            "Đội tuyển giành 3 HCV tại SEA Games.",
            "Đội tuyển giành ba huy chương vàng tại xi ghêm.",
        ),
        (
            "Nồng độ bụi 350 µg/Nm3 vượt quy chuẩn.",
            "Nồng độ bụi ba trăm năm mươi mi crô gam trên mét khối chuẩn vượt quy chuẩn.",
        ),
        (
            "Theo Báo NĐ&ĐS, siêu thị Co.opMart mở cửa đến 22 giờ.",
            "Theo Báo Nhân đạo và Đời sống, siêu thị Co óp mát mở cửa đến hai mươi hai giờ.",
        ),
    ],
)
def test_round_79_hepatitis_c_normal_cubic_metres_and_names(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Thuốc viên nén 500MG, chai siro 100ML.",
            "Thuốc viên nén năm trăm mi li gam, chai siro một trăm mi li lít.",
        ),
        (
            "Uống 5 Ml sau bữa ăn.",
            "Uống năm mi li lít sau bữa ăn.",
        ),
        (
            "Lớp 10C và phòng 12C; nhiệt độ phòng 25 0C.",
            "Lớp mười xê và phòng mười hai xê; nhiệt độ phòng hai mươi lăm độ xê.",
        ),
    ],
)
def test_a_drugs_strength_in_capitals_is_a_unit_and_places_keep_their_letter(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Phà biển số TB-1384 chở người; tàu chở TB 1986 và sà lan số hiệu BV 1098.",
            "Phà biển số tê bê một ba tám bốn chở người; tàu chở tê bê một chín tám sáu và sà lan "
            "số hiệu bê vê một không chín tám.",
        ),
        (
            "Thuyền trưởng tàu KH-10xx vi phạm; phương tiện số kiểm soát VR/50377xx bị bắt giữ.",
            "Thuyền trưởng tàu ca hát một không ích ích vi phạm; phương tiện số kiểm soát vê e rờ "
            "năm không ba bảy bảy ích ích bị bắt giữ.",
        ),
        (
            "Tàu chìm tại tọa độ 20°53’42’’ B - 106°59’1’’Đ.",
            "Tàu chìm tại tọa độ hai mươi độ năm mươi ba phút bốn mươi hai giây vĩ Bắc, một trăm "
            "linh sáu độ năm mươi chín phút một giây kinh Đông.",
        ),
        (
            "Phao đặt tại 20°38’57.9″ vĩ độ Bắc.",
            "Phao đặt tại hai mươi độ ba mươi tám phút năm mươi bảy phẩy chín giây vĩ độ Bắc.",
        ),
        (
            "Công ty NAVETCO thu hồi thuốc LYPHOXIM; Hiệp hội VASEP kiến nghị.",
            "Công ty navetco thu hồi thuốc lyphoxim; Hiệp hội vê a ét e pê kiến nghị.",
        ),
        (
            "Lưu lượng 12.600 m3/tổ máy/giờ.",
            "Lưu lượng mười hai nghìn sáu trăm mét khối một tổ máy mỗi giờ.",
        ),
        (
            "Lúa bị ngập trên 1/2 thân cây.",
            "Lúa bị ngập trên một phần hai thân cây.",
        ),
        (
            "Chở hàng quá từ trên 1/5 đến 1/2 chiều cao mạn khô.",
            "Chở hàng quá từ trên một phần năm đến một phần hai chiều cao mạn khô.",
        ),
        (
            "Mực nước tại trạm <+ 1.6 m.",
            "Mực nước tại trạm dưới cộng một phẩy sáu mét.",
        ),
        (
            "Phụ cấp từ 1tr đến 1tr5 mỗi tháng.",
            "Phụ cấp từ một triệu đến một triệu năm trăm nghìn mỗi tháng.",
        ),
        (
            "Bón 4-5 kg NPK (16:16:8)/500m2.",
            "Bón bốn đến năm ki lô gam en pê ca mười sáu, mười sáu, tám, trên năm trăm mét vuông.",
        ),
        (
            "Lao động trình độ CĐ-ĐH; Đồn BPCK; Tập đoàn Vingroup.",
            "Lao động trình độ cao đẳng, đại học; Đồn biên phòng cửa khẩu; Tập đoàn Vin grúp.",
        ),
    ],
)
def test_round_80_boats_positions_names_in_capitals_holders_and_shares(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Thông báo hàng hải số 167 (T)/2018/TBHH-TCTBĐATHHMB đã hết hiệu lực.",
            "Thông báo hàng hải số một trăm sáu mươi bảy, tê, hai nghìn không trăm mười tám, tê bê "
            "hát hát, tê xê tê bê đê a tê hát hát em bê đã hết hiệu lực.",
        ),
    ],
)
def test_long_capitals_after_a_dash_are_spelled_not_left(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Từ 1/5 đến 7/5 tổng số ca mắc giảm.",
            "Từ ngày một tháng năm đến ngày bảy tháng năm tổng số ca mắc giảm.",
        ),
        (
            "Vị trí 20°15’ 30 km về phía Đông; tọa độ 20°15’ 106°40’.",
            "Vị trí hai mươi độ mười lăm phút ba mươi ki lô mét về phía Đông; tọa độ hai mươi độ "
            "mười lăm phút một trăm linh sáu độ bốn mươi phút.",
        ),
        (
            "Tâm bão ở 16,3°B; 112,5°Đ.",
            "Tâm bão ở mười sáu phẩy ba độ vĩ Bắc; một trăm mười hai phẩy năm độ kinh Đông.",
        ),
        (
            "Toàn huyện có 1.200 hộ/trang trại chăn nuôi lợn; hỗ trợ 50 triệu đồng/trang trại.",
            "Toàn huyện có một nghìn hai trăm hộ, trang trại chăn nuôi lợn; hỗ trợ năm mươi triệu "
            "đồng một trang trại.",
        ),
        (
            "ĐỘI TUYỂN VIETNAM VÔ ĐỊCH",
            "Đội tuyển Việt Nam vô địch",
        ),
        (
            "Học sinh trường THPT DIENBIEN đạt giải.",
            "Học sinh trường trung học phổ thông Điện Biên đạt giải.",
        ),
        (
            "Tàu cá vi phạm Quyết định số hiệu QĐ 1234.",
            "Tàu cá vi phạm Quyết định số hiệu quyết định một nghìn hai trăm ba mươi tư.",
        ),
        (
            "Phương tiện QL 279 bị ùn tắc.",
            "Phương tiện Quốc lộ hai trăm bảy mươi chín bị ùn tắc.",
        ),
        (
            "Phương tiện thủy BKS BN - 0945 bị chìm.",
            "Phương tiện thủy biển kiểm soát bê en không chín bốn năm bị chìm.",
        ),
        (
            "Phụ cấp 7tr25 và 1tr05.",
            "Phụ cấp bảy triệu hai trăm năm mươi nghìn và một triệu không trăm năm mươi nghìn.",
        ),
    ],
)
def test_round_80_review_dates_before_shares_positions_farms_glued_names_documents_and_roads(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Hai tàu biển số TB-1234 và TB-2345 bị bắt giữ.",
            "Hai tàu biển số tê bê một hai ba bốn và tê bê hai ba bốn năm bị bắt giữ.",
        ),
        (
            "Phà biển số TB-1384, TB-1385 hoặc TB-1386 tạm dừng.",
            "Phà biển số tê bê một ba tám bốn, tê bê một ba tám năm hoặc tê bê một ba tám sáu tạm "
            "dừng.",
        ),
        (
            "Tàu cá BV 96279, BV 96280 và BV 96281 mất liên lạc.",
            "Tàu cá bê vê chín sáu hai bảy chín, bê vê chín sáu hai tám không và bê vê chín sáu "
            "hai tám một mất liên lạc.",
        ),
        (
            "Tàu cá QNg 95123, QĐ 1234 của tỉnh.",
            "Tàu cá quy en giê chín năm một hai ba, quyết định một nghìn hai trăm ba mươi tư của "
            "tỉnh.",
        ),
        (
            "Tàu KN-201 và QL 279 bị ảnh hưởng.",
            "Tàu ca en hai trăm linh một và Quốc lộ hai trăm bảy mươi chín bị ảnh hưởng.",
        ),
        (
            "Vị trí 17°15’30 vĩ độ Bắc, 107°20’15 kinh độ Đông.",
            "Vị trí mười bảy độ mười lăm phút ba mươi giây vĩ độ Bắc, một trăm linh bảy độ hai "
            "mươi phút mười lăm giây kinh độ Đông.",
        ),
    ],
)
def test_left_by_round_80_lists_of_boats_and_seconds_before_latitude(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Hội nghị diễn ra ngày 20 – 21-3-2024 (nhằm ngày 11 – 12-2-Giáp Thìn).",
            "Hội nghị diễn ra ngày hai mươi đến ngày hai mươi mốt tháng ba năm hai nghìn không "
            "trăm hai mươi tư, nhằm ngày mười một đến ngày mười hai tháng hai năm Giáp Thìn.",
        ),
        (
            "Lễ vía diễn ra ngày 15-1-Ất Tỵ và ngày 8/4/Ất Tỵ.",
            "Lễ vía diễn ra ngày mười lăm tháng một năm Ất Tỵ và ngày tám tháng tư năm Ất Tỵ.",
        ),
        (
            "Từ 30-12 - 2-1-2025 tạm dừng giao dịch.",
            "Từ ngày ba mươi tháng mười hai đến ngày hai tháng một năm hai nghìn không trăm hai "
            "mươi lăm tạm dừng giao dịch.",
        ),
        (
            "Đúng 7.00 giờ sáng, lễ khai mạc; lúc 14.30 giờ, lễ bế mạc.",
            "Đúng bảy giờ sáng, lễ khai mạc; lúc mười bốn giờ ba mươi phút, lễ bế mạc.",
        ),
        (
            "HT. Thích Trí Quảng, TT. Thích Đức Thiện và ĐĐ Thích Minh Nhẫn dự lễ.",
            "Hòa thượng Thích Trí Quảng, Thượng tọa Thích Đức Thiện và Đại đức Thích Minh Nhẫn dự "
            "lễ.",
        ),
        (
            "NS. Thích Nữ Như Lan và HT. Danh Nhưỡng, Phó Chủ tịch HĐTS GHPGVN.",
            "Ni sư Thích Nữ Như Lan và Hòa thượng Danh Nhưỡng, Phó Chủ tịch Hội đồng Trị sự Giáo "
            "hội Phật giáo Việt Nam.",
        ),
        (
            "Thị trấn TT. Phú Lộc; HT. Nguyễn Văn An ở khu HT.",
            "Thị trấn thị trấn Phú Lộc; hát tê. Nguyễn Văn An ở khu hát tê.",
        ),
        (
            "Đạo PGHH có hơn 1 triệu tín đồ.",
            "Đạo Phật giáo Hòa Hảo có hơn một triệu tín đồ.",
        ),
        (
            "Cơ sở phải thực hiện KTNL định kỳ để nâng HQNL; phát triển NLTT.",
            "Cơ sở phải thực hiện kiểm toán năng lượng định kỳ để nâng hiệu quả năng lượng; phát "
            "triển năng lượng tái tạo.",
        ),
        (
            "Khách hàng của HD Bank, Nam A Bank, OceanBank và Eximbank cần cảnh giác.",
            "Khách hàng của hát đê banh, Nam A banh, Ô sần banh và Ếch xim banh cần cảnh giác.",
        ),
        (
            "Lỗ hổng CVE-2024-21412 và CVE-2023-0669 đang bị khai thác.",
            "Lỗ hổng xê vê e hai nghìn không trăm hai mươi tư, hai một bốn một hai và xê vê e hai "
            "nghìn không trăm hai mươi ba, không sáu sáu chín đang bị khai thác.",
        ),
        (
            "Hãy cập nhật iOS 18.3 hoặc Android 15; phiên bản 2.5 của ứng dụng.",
            "Hãy cập nhật ai ô ét mười tám chấm ba hoặc An đờ roi mười lăm; phiên bản hai chấm "
            "năm của ứng dụng.",
        ),
        (
            "Thu hồi thuốc số lô 230415 và 230416; NSX 150423, HD 150426.",
            "Thu hồi thuốc số lô hai ba không bốn một năm và hai ba không bốn một sáu; ngày sản "
            "xuất một năm không bốn hai ba, hạn dùng một năm không bốn hai sáu.",
        ),
        (
            "Sở Y tế đình chỉ các lô 230415, 230416 hoặc 230417.",
            "Sở Y tế đình chỉ các lô hai ba không bốn một năm, hai ba không bốn một sáu hoặc hai "
            "ba không bốn một bảy.",
        ),
        (
            "Tàu cá BV 96279, BV 96280 và BV 96281 mất liên lạc.",
            "Tàu cá bê vê chín sáu hai bảy chín, bê vê chín sáu hai tám không và bê vê chín sáu "
            "hai tám một mất liên lạc.",
        ),
        (
            "Dự án/công trình thủy điện chậm tiến độ; năng suất/công đạt cao.",
            "Dự án, công trình thủy điện chậm tiến độ; năng suất một công đạt cao.",
        ),
        (
            "Đại hội họp ngày 21 và 23 tháng 10 Nhâm Dần (Dl. 14 và 16-11-2022); lễ vía ngày 15/7 "
            "(ÂL).",
            "Đại hội họp ngày hai mươi mốt và hai mươi ba tháng mười Nhâm Dần, dương lịch mười "
            "bốn và ngày mười sáu tháng mười một năm hai nghìn không trăm hai mươi hai, lễ vía "
            "ngày mười lăm tháng bảy, âm lịch.",
        ),
        (
            "Lễ hội tại An Hòa Tự, TT.Phú Mỹ, Phật giáo Hòa Hảo; phát triển DL 2025.",
            "Lễ hội tại An Hòa Tự, thị trấn Phú Mỹ, Phật giáo Hòa Hảo; phát triển đê e lờ hai "
            "nghìn không trăm hai mươi lăm.",
        ),
        (
            "Thành phố Pleiku tỉnh Gia Lai.",
            "Thành phố Plây Cu tỉnh Gia Lai.",
        ),
    ],
)
def test_round_81_lunar_dates_monks_banks_codes_versions_and_labels(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Tăng cường an ninh dịp lễ hội, Công an TT. Phong Điền tuần tra.",
            "Tăng cường an ninh dịp lễ hội, Công an thị trấn Phong Điền tuần tra.",
        ),
        (
            "Tượng Phật bị mất cắp tại chùa thuộc TT. Phố Lu.",
            "Tượng Phật bị mất cắp tại chùa thuộc thị trấn Phố Lu.",
        ),
        (
            "Sở VHTT&DL ngày 14/11/2022 ban hành kế hoạch; khách DL 2 - 3 ngày.",
            "Sở văn hóa, thể thao và du lịch ngày mười bốn tháng mười một năm hai nghìn không "
            "trăm hai mươi hai ban hành kế hoạch; khách đê e lờ hai đến ba ngày.",
        ),
        (
            "Cập nhật lúc 12:05 - 04-10-2024.",
            "Cập nhật lúc mười hai giờ năm phút đến ngày bốn tháng mười năm hai nghìn không trăm "
            "hai mươi tư.",
        ),
        (
            "Thông báo số 12 – 15-3-2024 của UBND xã.",
            "Thông báo số mười hai, ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi tư "
            "của Ủy ban nhân dân xã.",
        ),
        (
            "Lễ hội Bà Chúa Xứ (23-4 – 27-4-Giáp Thìn).",
            "Lễ hội Bà Chúa Xứ, ngày hai mươi ba tháng tư, ngày hai mươi bảy tháng tư năm Giáp "
            "Thìn.",
        ),
        (
            "Thu hồi toàn bộ số lô 230225 và 12000 hộp.",
            "Thu hồi toàn bộ số lô hai ba không hai hai năm và mười hai nghìn hộp.",
        ),
        (
            "Phiên bản 2.0L có giá 900 triệu; phiên bản 12.500 xe đã bán.",
            "Phiên bản hai phẩy không lít có giá chín trăm triệu; phiên bản mười hai nghìn năm "
            "trăm xe đã bán.",
        ),
        (
            "Người lao động làm thêm 1.50 giờ mỗi ngày.",
            "Người lao động làm thêm một phẩy năm mươi giờ mỗi ngày.",
        ),
        (
            "Kế hoạch KH-2021-2025 của tỉnh.",
            "Kế hoạch ca hát, hai không hai một, hai không hai năm của tỉnh.",
        ),
        (
            "Có 15 chuồng/trại bị ảnh hưởng; 1.200 hộ/trại chăn nuôi.",
            "Có mười lăm chuồng, trại bị ảnh hưởng; một nghìn hai trăm hộ, trại chăn nuôi.",
        ),
        (
            "Quyền của tổ chức/công dân; cơ quan/công đoàn.",
            "Quyền của tổ chức, công dân; cơ quan, công đoàn.",
        ),
        (
            "PHIÊN BẢN 2.5 MỚI",
            "Phiên bản hai chấm năm mới",
        ),
    ],
)
def test_round_81_review_towns_tourism_clock_dates_lots_trims_durations_and_lists(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Ghi bàn: Văn Hùng (3'15''), Minh Đức (8'40'', 19'02''), Quang Hải (21').",
            "Ghi bàn: Văn Hùng, phút ba giây mười lăm, Minh Đức, phút tám giây bốn mươi, phút "
            "mười chín giây hai, Quang Hải, phút hai mươi mốt.",
        ),
        (
            "Cầu thủ lập công: Tiến Linh (30’, 45’+1), giúp CLB Hà Nội thắng.",
            "Cầu thủ lập công: Tiến Linh, phút ba mươi, phút bốn mươi lăm cộng một, giúp câu lạc "
            "bộ Hà Nội thắng.",
        ),
        (
            "Nhà văn hóa mở cửa (8’ – 11’) hằng ngày.",
            "Nhà văn hóa mở cửa, tám, mười một, hằng ngày.",
        ),
        (
            "Trong trận đấu vào trưa 5-4, đội tuyển dễ dàng đánh bại đối thủ 6-1 để đứng đầu bảng "
            "A.",
            "Trong trận đấu vào trưa năm tháng tư, đội tuyển dễ dàng đánh bại đối thủ sáu một để "
            "đứng đầu bảng a.",
        ),
        (
            "Tiền đạo Thanh Nhã nổ súng ở các phút 12 và 40 để giúp đội nhà dẫn trước 3-0.",
            "Tiền đạo Thanh Nhã nổ súng ở các phút mười hai và bốn mươi để giúp đội nhà dẫn trước "
            "ba không.",
        ),
        (
            "Sau tiếng còi khai cuộc, tuyển thủ U.19 quốc gia Lê Thị Trang mở tỷ số cho đội nhà.",
            "Sau tiếng còi khai cuộc, tuyển thủ u mười chín quốc gia Lê Thị Trang mở tỷ số cho "
            "đội nhà.",
        ),
        (
            "Đội chủ nhà thắng set 1 với tỉ số 25/18, dẫn trước 2/0 rồi bị đối thủ vượt lên 5/4.",
            "Đội chủ nhà thắng set một với tỉ số hai mươi lăm mười tám, dẫn trước hai không rồi "
            "bị đối thủ vượt lên ngày năm tháng tư.",
        ),
        (
            "Tỷ số giữa hai cạnh là 1/3 chiều dài.",
            "Tỷ số giữa hai cạnh là một phần ba chiều dài.",
        ),
        (
            "Đội xã Tân Phú thắng 3-1 (25/19, 15/25, 25/21, 25/14) trong trận chung kết.",
            "Đội xã Tân Phú thắng ba một, hai mươi lăm mười chín, mười lăm hai mươi lăm, hai mươi "
            "lăm hai mươi mốt, hai mươi lăm mười bốn, trong trận chung kết.",
        ),
        (
            "Trong trận đấu, đối thủ đeo bám đến 24-24 trước khi đội khách thắng hiệp đầu 27-25.",
            "Trong trận đấu, đối thủ đeo bám đến hai mươi tư hai mươi tư trước khi đội khách "
            "thắng hiệp đầu hai mươi bảy hai mươi lăm.",
        ),
        (
            "Hà Nội I thắng TP.HCM II với tỷ số 2-1 tại giải bóng đá nữ; giai đoạn I của giải "
            "khép lại.",
            "Hà Nội một thắng Thành phố Hồ Chí Minh hai với tỷ số hai một tại giải bóng đá nữ; "
            "giai đoạn một của giải khép lại.",
        ),
        (
            "Giải bóng đá VCK U21 QG năm 2024, ĐT futsal Việt Nam và ĐTVN cùng thi đấu.",
            "Giải bóng đá vòng chung kết u hai mươi mốt quốc gia năm hai nghìn không trăm hai "
            "mươi tư, đội tuyển futsal Việt Nam và đội tuyển Việt Nam cùng thi đấu.",
        ),
        (
            "Kế hoạch giải ngân trong quý II, III/2025 và quý I và II/2026; quý IV/2024.",
            "Kế hoạch giải ngân trong quý hai, quý ba năm hai nghìn không trăm hai mươi lăm và "
            "quý một và quý hai năm hai nghìn không trăm hai mươi sáu; quý bốn năm hai nghìn "
            "không trăm hai mươi tư.",
        ),
        (
            "Huyện đã di dời 1.200 hộ dân/4.500 nhân khẩu và 35 hộ/120 khẩu đến nơi an toàn.",
            "Huyện đã di dời một nghìn hai trăm hộ dân với bốn nghìn năm trăm nhân khẩu và ba "
            "mươi lăm hộ với một trăm hai mươi khẩu đến nơi an toàn.",
        ),
        (
            "Mỗi hành khách mang tối đa 10 chai/lọ, mỗi chai 100ml/chai/lọ; 24 chai/thùng.",
            "Mỗi hành khách mang tối đa mười chai, lọ, mỗi chai một trăm mi li lít trên chai, lọ; "
            "hai mươi tư chai một thùng.",
        ),
        (
            "Chuyến bay VN243 HAN-SGN và VJ122 DAD-ICN cất cánh đúng giờ.",
            "Chuyến bay vê en hai bốn ba hát a en đi ét giê en và vê gi một trăm hai mươi hai đê "
            "a đê đi i xê en cất cánh đúng giờ.",
        ),
        (
            'Bão có thêm hậu tố "W" phía sau số hiệu; chữ cái "A" đứng đầu.',
            "Bão có thêm hậu tố vê kép phía sau số hiệu; chữ cái a đứng đầu.",
        ),
        (
            "Khẩu phần có 65% VCK từ thức ăn thô xanh; Công điện số 18/CĐ-QG của Ban chỉ đạo QG.",
            "Khẩu phần có sáu mươi lăm phần trăm vê xê ca từ thức ăn thô xanh; Công điện số mười "
            "tám của Ban chỉ đạo quốc gia.",
        ),
        (
            "Hai đĩa đơn bad guy và What Was I Made For được vinh danh tại giải.",
            "Hai đĩa đơn bad guy và What Was I Made For được vinh danh tại giải.",
        ),
        (
            "Người yêu cầu phải ″áp dụng đầy đủ các biện pháp thông báo″ trước khi nộp đơn.",
            "Người yêu cầu phải áp dụng đầy đủ các biện pháp thông báo trước khi nộp đơn.",
        ),
    ],
)
def test_round_82_goal_minutes_scores_age_groups_teams_quarters_households_and_routes(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Chào mừng kỷ niệm Chiến thắng 30/4 - Ngày Giải phóng miền Nam, số hộ treo cờ "
            "đạt 100%.",
            "Chào mừng kỷ niệm Chiến thắng ba mươi tháng tư, Ngày Giải phóng miền Nam, số hộ treo "
            "cờ đạt một trăm phần trăm.",
        ),
        (
            "Giải bóng đá mừng Chiến thắng 30/4 - 1/5 thu hút 12 đội; Chiến thắng 7/5, số người "
            "tham gia đông.",
            "Giải bóng đá mừng Chiến thắng ngày ba mươi tháng tư đến ngày một tháng năm thu hút "
            "mười hai đội; Chiến thắng bảy tháng năm, số người tham gia đông.",
        ),
        (
            "Em Hoa đạt Giải I; đội thôn Tây đạt Giải II và Giải III của giải bóng đá.",
            "Em Hoa đạt Giải nhất; đội thôn Tây đạt Giải nhì và Giải ba của giải bóng đá.",
        ),
        (
            "Giải bóng đá phong trào: thắng 1/2 số trận, thua 2/3 số trận.",
            "Giải bóng đá phong trào: thắng một phần hai số trận, thua hai phần ba số trận.",
        ),
        (
            "Đội bóng đá thôn Đông thắng 2-1 (20/11); đội tuyển nữ thắng 2-0 (5/4, 20/4) trong "
            "hai trận giao hữu.",
            "Đội bóng đá thôn Đông thắng hai một, ngày hai mươi tháng mười một, đội tuyển nữ "
            "thắng hai không, ngày năm tháng tư, ngày hai mươi tháng tư, trong hai trận giao hữu.",
        ),
        (
            "Đội bóng chuyền nữ thắng 3-1 (25/19, 15/25, 25/21, 25/14), set 4 rất kịch tính.",
            "Đội bóng chuyền nữ thắng ba một, hai mươi lăm mười chín, mười lăm hai mươi lăm, hai "
            "mươi lăm hai mươi mốt, hai mươi lăm mười bốn, set bốn rất kịch tính.",
        ),
        (
            "Trận đấu gồm 2 hiệp, mỗi hiệp (45'), bù giờ (4'); Văn Hậu thi đấu (90'); tiền đạo "
            "cao 1,85m (6'1'').",
            "Trận đấu gồm hai hiệp, mỗi hiệp, bốn mươi lăm, bù giờ, bốn, Văn Hậu thi đấu, chín "
            "mươi, tiền đạo cao một phẩy tám mươi lăm mét, sáu một.",
        ),
        (
            "Ở phút 45 của buổi họp, chủ tọa công bố kết quả 15-4 đến 20-4.",
            "Ở phút bốn mươi lăm của buổi họp, chủ tọa công bố kết quả ngày mười lăm tháng tư đến "
            "ngày hai mươi tháng tư.",
        ),
        (
            "Sau trận lũ, khẩu phần cho bò chỉ đạt 60% VCK; giải vô địch bò sữa: khẩu phần 3% VCK.",
            "Sau trận lũ, khẩu phần cho bò chỉ đạt sáu mươi phần trăm vê xê ca; giải vô địch bò "
            "sữa: khẩu phần ba phần trăm vê xê ca.",
        ),
        (
            "Trường tổ chức lớp ĐT bóng đá và Trung tâm ĐT bóng chuyền tỉnh.",
            "Trường tổ chức lớp đê tê bóng đá và Trung tâm đê tê bóng chuyền tỉnh.",
        ),
        (
            "Dự án chậm tiến độ từ quý IV và 1/2025 mới khởi công.",
            "Dự án chậm tiến độ từ quý bốn và tháng một năm hai nghìn không trăm hai mươi lăm mới "
            "khởi công.",
        ),
        (
            "Đóng gói 20 gói/túi, 10 túi/thùng.",
            "Đóng gói hai mươi gói một túi, mười túi một thùng.",
        ),
        (
            "Tỷ lệ bao phủ đạt 2 hộ/100 người dân và 3 hộ/1.000 người.",
            "Tỷ lệ bao phủ đạt hai hộ trên một trăm người dân và ba hộ trên một nghìn người.",
        ),
        (
            "Tivi 55″ và tivi 65″ được giảm giá.",
            "Ti vi năm mươi lăm″ và ti vi sáu mươi lăm″ được giảm giá.",
        ),
        (
            "Trận chung kết giải quần vợt được dời lên 3/7 thay vì 5/7.",
            "Trận chung kết giải quần vợt được dời lên ngày ba tháng bảy thay vì ngày năm tháng "
            "bảy.",
        ),
        (
            "Chuyến bay HAN-SGN bị hủy do thời tiết xấu; tuyến DAD-CXR-HAN tạm dừng.",
            "Chuyến bay hát a en đi ét giê en bị hủy do thời tiết xấu; tuyến đê a đê, xê ích e "
            "rờ, han tạm dừng.",
        ),
        (
            "Hà Nam I thắng Hà Nội I tại giải bóng đá nữ; Long An I và Gia Lai II hòa nhau.",
            "Hà Nam một thắng Hà Nội một tại giải bóng đá nữ; Long An một và Gia Lai hai hòa nhau.",
        ),
        (
            "Đội tuyển kéo co xã thắng đội bạn 2-1 trong trận chung kết.",
            "Đội tuyển kéo co xã thắng đội bạn hai một trong trận chung kết.",
        ),
    ],
)
def test_round_82_review_dates_after_victory_prizes_shares_lengths_feed_quarters_rates_and_teams(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Vụ trưởng Vụ GD ĐH cho biết, 50% thí sinh chỉ đăng ký 1 - 3 NV, 30% đăng ký 4 - 5 NV.",
            "Vụ trưởng Vụ giáo dục đại học cho biết, năm mươi phần trăm thí sinh chỉ đăng ký một "
            "đến ba nguyện vọng, ba mươi phần trăm đăng ký bốn đến năm nguyện vọng.",
        ),
        (
            "Công ty có 30 NV văn phòng và 5 NV bảo vệ.",
            "Công ty có ba mươi en vê văn phòng và năm en vê bảo vệ.",
        ),
        (
            "Thống kê điểm của các TS không đăng ký xét tuyển cho thấy đại đa số TS có điểm thi "
            "thấp.",
            "Thống kê điểm của các thí sinh không đăng ký xét tuyển cho thấy đại đa số thí sinh "
            "có điểm thi thấp.",
        ),
        (
            "Hội đồng có 5 TS và 3 PGS.",
            "Hội đồng có năm tiến sĩ và ba phó giáo sư.",
        ),
        (
            "Trong đó (x) là a, b, c hoặc d tùy theo diện tuyển thẳng.",
            "Trong đó, ích, là a, bê, xê hoặc dê tùy theo diện tuyển thẳng.",
        ),
        (
            "Hệ số (k) lấy theo bảng; các phương án b, d hoặc x đều sai.",
            "Hệ số, ca, lấy theo bảng; các phương án b, d hoặc x đều sai.",
        ),
        (
            "Điều 33 quy định: „b, Đối với các trường đóng tại vùng dân tộc.",
            "Điều ba mươi ba quy định: bê, Đối với các trường đóng tại vùng dân tộc.",
        ),
        (
            "Học sinh chuyên thuộc ĐHQGHN; danh hiệu Anh hùng LLVTND; Sở VH,TT&DL tỉnh.",
            "Học sinh chuyên thuộc Đại học Quốc gia Hà Nội; danh hiệu Anh hùng lực lượng vũ trang "
            "nhân dân; Sở văn hóa, thể thao và du lịch tỉnh.",
        ),
        (
            "Sai số cho phép của kiểm định là + - 0,20% và + - 0,30%; Amoni (NH4+ - N) vượt 1,77 "
            "lần.",
            "Sai số cho phép của kiểm định là cộng trừ không phẩy hai mươi phần trăm và cộng trừ "
            "không phẩy ba mươi phần trăm; Amoni, en hát bốn cộng, en, vượt một phẩy bảy mươi bảy "
            "lần.",
        ),
        (
            "Ping trung bình phải ≤ 50ms, độ trễ 20 ms.",
            "Ping trung bình phải không quá năm mươi mi li giây, độ trễ hai mươi mi li giây.",
        ),
        (
            "Các đường link này (thường có đuôi lạ như .top, .vip, .xyz...) dẫn đến website "
            "vn-ibs.top.",
            "Các đường linh này, thường có đuôi lạ như chấm tóp, chấm víp, chấm ích i dài dét, "
            "dẫn đến oép sai vê en gạch ngang i bê ét chấm tóp.",
        ),
        (
            "Tổng công ty Dầu Việt Nam – PVOIL xếp thứ 14; PVGas và PV Power đứng sau.",
            "Tổng công ty Dầu Việt Nam, pê vê oi lờ xếp thứ mười bốn; pê vê ga và pê vê pao ơ "
            "đứng sau.",
        ),
        (
            "Lễ kỷ niệm Trung đoàn 27 (8-2-1968 _ 8-2-2024) và Ban 27 (3.2.2012_3.2.2024).",
            "Lễ kỷ niệm Trung đoàn hai mươi bảy, ngày tám tháng hai năm một nghìn chín trăm sáu "
            "mươi tám đến ngày tám tháng hai năm hai nghìn không trăm hai mươi tư, và Ban hai "
            "mươi bảy, ngày ba tháng hai năm hai nghìn không trăm mười hai đến ngày ba tháng hai "
            "năm hai nghìn không trăm hai mươi tư.",
        ),
        (
            "Từ năm 2009, ĐBP Thu Lũm đã nhận các em về đồn nuôi dưỡng.",
            "Từ năm hai nghìn không trăm linh chín, đồn biên phòng Thu Lũm đã nhận các em về đồn "
            "nuôi dưỡng.",
        ),
        (
            "Chiều cao tối đa là 2 mét (m); pha 10-15cc (g)/bình 8 lít; hạn dùng (n) ngày; đánh "
            "dấu (x) vào ô.",
            "Chiều cao tối đa là hai mét, m, pha mười đến mười lăm phân khối, g, bình tám lít; "
            "hạn dùng, en, ngày; đánh dấu, ích, vào ô.",
        ),
        (
            "Lớp Training of Trainer(s) khai giảng.",
            "Lớp Training of Trainer, s, khai giảng.",
        ),
        (
            "Từ năm 2009, ĐBP Thu Lũm đã nhận chăm sóc các em; việc được ĐBP nhận làm con nuôi đã "
            "mở ra tương lai.",
            "Từ năm hai nghìn không trăm linh chín, đồn biên phòng Thu Lũm đã nhận chăm sóc các "
            "em; việc được đồn biên phòng nhận làm con nuôi đã mở ra tương lai.",
        ),
        (
            "Thí sinh đăng ký tối đa 10 NV; học viên hệ GD TX và Trung tâm GD NN - GD TX huyện.",
            "Thí sinh đăng ký tối đa mười nguyện vọng; học viên hệ giáo dục thường xuyên và Trung "
            "tâm giáo dục nghề nghiệp, giáo dục thường xuyên huyện.",
        ),
        (
            "Độ dẫn điện EC từ 1,5 - 2 ms/cm; cửa hàng PVOil và PVOIL.",
            "Độ dẫn điện e xê từ một phẩy năm đến hai mi li xi men trên xăng ti mét; cửa hàng pê "
            "vê oi lờ và pê vê oi lờ.",
        ),
    ],
)
def test_round_83_admissions_letters_tolerances_scam_endings_date_spans_and_border_posts(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Điện Biên Phủ, not a border post, though the line speaks of the border or a «đồn»
        ("Nhân kỷ niệm 70 năm ĐBP, Bộ đội Biên phòng tỉnh dâng hương.", "đê bê pê"),
        ("Tỉnh ĐBP giáp biên giới Lào; tin đồn về ĐBP lan truyền.", "đê bê pê"),
        ("Thành phố ĐBP có đồn công an.", "đê bê pê"),
        # staff, though the line speaks of an exam or of hiring
        ("UBND huyện thông báo xét tuyển 15 NV hợp đồng.", "en vê"),
        ("Mỗi điểm thi bố trí 2 NV y tế phục vụ thí sinh.", "en vê"),
        # units' symbols in brackets are no letters to name
        ("Thành tiền (đ): 500.000; thời gian sấy (h); bản quyền (c) 2024.", "thời gian sấy, h"),
        ("Chiều cao tối đa là 2 mét (m).", "hai mét, m"),
        # a minus glued to its number is a sign, not a tolerance
        ("Quý II: + -2%.", "cộng, hai phần trăm"),
        # an English word after a stray dot, in a line about no site
        ("Các em học .online tại nhà.", "online"),
        # dates joined by an underscore in a file's name stay one name, not a span
        ("Tệp 01-02-2024_15-03-2024.pdf đã gửi.", "hai mươi tư ngày mười lăm"),
    ],
)
def test_round_83_review_rules_keep_to_their_own_shapes(text: str, kept: str) -> None:
    assert kept in normalize_text(text)


def test_round_83_review_addresses_with_scam_endings_are_dropped_when_links_are_not_read() -> None:
    check = make_checker(links=False)
    spoken = check_lines(check, "Đường link đến website vn-ibs.top và abc.com.vn là giả.").text
    assert "ibs" not in spoken and "top" not in spoken.split()


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "Trung tâm báo cáo: TT Kiểm soát bệnh tật Hà Nội trực tiếp lấy mẫu; TT Hành chính "
            "công huyện tiếp nhận hồ sơ.",
            "Trung tâm báo cáo: Trung tâm Kiểm soát bệnh tật Hà Nội trực tiếp lấy mẫu; Trung tâm "
            "Hành chính công huyện tiếp nhận hồ sơ.",
        ),
        (
            "Cơ quan CSĐT Công an tỉnh Quảng Trị khởi tố vụ án, chủ tàu cá bị bắt.",
            "Cơ quan cảnh sát điều tra Công an tỉnh Quảng Trị khởi tố vụ án, chủ tàu cá bị bắt.",
        ),
        (
            "Khu vực đã khôi phục vận hành 7/7 nhà máy gồm: NMN An Dương, Cầu Nguyệt; giá DVYT "
            "tăng.",
            "Khu vực đã khôi phục vận hành bảy trên bảy nhà máy gồm: nhà máy nước An Dương, Cầu "
            "Nguyệt; giá dịch vụ y tế tăng.",
        ),
        (
            "Vắc xin được chuyển qua cơ chế COVAX.",
            "Vắc xin được chuyển qua cơ chế Cô vắc.",
        ),
        (
            "Công ty Vinaconex, Dawaco và HueWACO báo cáo sự cố; hàm lượng styren vượt ngưỡng; "
            "than antracite cấp đủ.",
            "Công ty Vi na cô nếch, Đa oa cô và Huế oa cô báo cáo sự cố; hàm lượng xti ren vượt "
            "ngưỡng; than an tra xít cấp đủ.",
        ),
        (
            "Con số này là 78 centimet; chuyến bay Hà Nội - Tokyo bị hủy.",
            "Con số này là bảy mươi tám xăng ti mét; chuyến bay Hà Nội, Tô ki ô bị hủy.",
        ),
        (
            "Năm trường hợp ở thành phố St.Louis; thị trưởng St. Petersburg phát biểu.",
            "Năm trường hợp ở thành phố Saint Louis; thị trưởng Saint Petersburg phát biểu.",
        ),
    ],
)
def test_round_84_centres_investigators_water_firms_saints_and_the_french_centimetre(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a town whose name opens with a centre's first word is still a town
        ("Hội nghị tổ chức tại TT Văn Giang.", "thị trấn Văn Giang"),
        # the waterway police on a river, where no agency's name is before it
        ("Cục CSĐT kiểm tra tàu trên sông Hồng.", "cảnh sát đường thủy"),
        # a street's «St.» after its own name, not a saint
        ("Văn phòng ở 12 Main St., New York.", "Main St."),
        ("Theo tờ Wall St. Journal, giá dầu tăng.", "Wall St. Journal"),
        ("Văn phòng ở 12 Main St. New York.", "Main St. Niu Oóc"),
        # the supplement, where the line is about no water supply
        ("Viên uống NMN giúp trẻ hóa, quảng cáo sai sự thật.", "en em en"),
        # centres, whatever their names' spelling, and towns named like them
        ("TT Phục hồi chức năng tỉnh tiếp nhận bệnh nhân.", "Trung tâm Phục hồi"),
        ("TT GDQP&AN tổ chức lớp học.", "Trung tâm giáo dục quốc phòng"),
        ("TT Văn Hóa huyện; TT Văn hoá xã.", "Trung tâm Văn Hóa huyện; Trung tâm Văn hoá"),
        ("Chợ TT Phục Hòa họp sáng nay.", "thị trấn Phục Hòa"),
        # the investigators, in a line about boats: named, or before «tội phạm»
        (
            "Cơ quan Cảnh sát điều tra Công an tỉnh (CSĐT) khởi tố vụ án đắm thuyền trên sông.",
            "Công an tỉnh, cảnh sát điều tra,",
        ),
        ("Phòng CSĐT tội phạm về ma túy bắt đối tượng dùng tàu.", "cảnh sát điều tra tội phạm"),
    ],
)
def test_round_84_rules_keep_to_their_own_shapes(text: str, kept: str) -> None:
    assert kept in normalize_text(text)
