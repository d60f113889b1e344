"""Letter–digit codes, ordinals and Roman numerals, telephone and service numbers."""

import pytest

from broadcaster.speech.textnorm.codes import say_code
from broadcaster.speech.textnorm.normalize import normalize_text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Cục A05 Bộ Công an", "Cục a không năm Bộ Công an"),
        ("phòng PC07", "phòng pê xê không bảy"),
        ("đơn vị BC12", "đơn vị bê xê mười hai"),
        ("Quốc lộ 1A", "Quốc lộ một a"),
        ("QL1A", "Quốc lộ một a"),
        ("trú tại tổ 7B", "trú tại tổ bảy bê"),
        ("cúm H5N1", "cúm hát năm en một"),
        ("Phòng PA05 Công an tỉnh", "Phòng pê a không năm Công an tỉnh"),
    ],
)
def test_letter_digit_codes_are_spelled(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("thứ 2", "thứ hai"),
        ("thứ 4", "thứ tư"),
        ("thứ 7 hằng tuần", "thứ bảy hằng tuần"),
        ("sáng thứ 2 và thứ 4", "sáng thứ hai và thứ tư"),
        ("vào thứ 2, 4 và 6", "vào thứ hai, thứ tư và thứ sáu"),
        ("lần thứ 1", "lần thứ nhất"),
        ("xếp thứ 14", "xếp thứ mười bốn"),
        ("giải 1, hạng 3", "giải nhất, hạng ba"),
        ("Đại hội XIII", "Đại hội mười ba"),
        ("Đại hội lần thứ XIV", "Đại hội lần thứ mười bốn"),
        ("lần thứ IV", "lần thứ tư"),
        ("lần thứ XVII-năm 2022", "lần thứ mười bảy-năm hai nghìn không trăm hai mươi hai"),
        ("Khám bệnh (Thứ 2-Thứ 6)", "Khám bệnh, Thứ hai đến Thứ sáu"),
        ("từ thứ 2 - chủ nhật", "từ thứ hai đến chủ nhật"),
        (
            "thuộc Viện Nghiên cứu Nuôi trồng thủy sản I – Bộ Thủy sản",
            "thuộc Viện Nghiên cứu Nuôi trồng thủy sản một, Bộ Thủy sản",
        ),
        ("về Trung tâm Bảo trợ xã hội I về đón", "về Trung tâm Bảo trợ xã hội một về đón"),
        ("khóa XV", "khóa mười lăm"),
        ("Quý I", "Quý một"),
        ("Khu III", "Khu ba"),
        ("tổ IV", "tổ bốn"),
        ("I. MỤC ĐÍCH", "Một, mục đích"),
        ("1. Tuyên truyền", "Một, Tuyên truyền"),
    ],
)
def test_ordinals_and_roman_numerals(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("gọi ngay 113", "gọi ngay một một ba"),
        ("báo 114 hoặc 115", "báo một một bốn hoặc một một năm"),
        ("đầu số 111", "đầu số một một một"),
        ("tổng đài 1022", "tổng đài một không hai hai"),
        ("đường dây nóng 18001567", "đường dây nóng một tám không không một năm sáu bảy"),
        ("gọi 1800 1567", "gọi một tám không không một năm sáu bảy"),
        ("Hotline: 0912.345.678", "Hót lai: không chín một hai ba bốn năm sáu bảy tám"),
        ("SĐT: 0239.3855.123", "số điện thoại: không hai ba chín ba tám năm năm một hai ba"),
        ("ĐT (0239) 3.855.123", "điện thoại không hai ba chín ba tám năm năm một hai ba"),
        ("số +84 912 345 678", "số cộng tám bốn chín một hai ba bốn năm sáu bảy tám"),
        ("liên hệ số 3855 123", "liên hệ số ba tám năm năm một hai ba"),
        # a count is not a telephone number
        ("có 113 hộ nghèo", "có một trăm mười ba hộ nghèo"),
        ("sau 115 ngày", "sau một trăm mười lăm ngày"),
        ("đường dây nóng 19909995", "đường dây nóng một chín chín không chín chín chín năm"),
        ("Số máy 04.39985765", "Số máy không bốn ba chín chín tám năm bảy sáu năm"),
        # a document's or an article's number is not a service number
        ("gọi tắt là Nghị định số 116)", "gọi tắt là Nghị định số một trăm mười sáu"),
        ("theo Điều 113 Bộ luật", "theo Điều một trăm mười ba Bộ luật"),
    ],
)
def test_telephone_and_service_numbers_digit_by_digit(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a service number followed by what it counts is a count
        ("là 115 trẻ trai", "là một trăm mười lăm trẻ trai"),
        # …and a service number where no counted word follows
        ("gọi 115 để được cấp cứu", "gọi một một năm để được cấp cứu"),
        ("Trung tâm 115 Hà Nội", "Trung tâm một một năm Hà Nội"),
        ("báo 113 ngay", "báo một một ba ngay"),
        # the lettered points of a legal text
        ("điểm d khoản 16 Điều 6", "điểm dê khoản mười sáu Điều sáu"),
        ("theo điểm a, b và đ khoản 2", "theo điểm a, bê và đê khoản hai"),
        ("đi điểm danh", "đi điểm danh"),
    ],
)
def test_service_numbers_that_count_and_lettered_points(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_an_unknown_capitalised_syllable_is_read_as_a_word_and_shown_as_a_doubt() -> None:
    from broadcaster.speech.textnorm.normalize import check_text

    result = check_text("mua hàng MAY đầu")
    assert result.text == "mua hàng may đầu"
    assert [(d.span, d.reading, d.kind) for d in result.doubts] == [("MAY", "may", "viet-tat")]
    # closed by a stop with no tone, it is no syllable: letters, a doubt all the same
    result = check_text("lớp TOT đầu")
    assert [(d.span, d.reading, d.kind) for d in result.doubts] == [("TOT", "tê ô tê", "viet-tat")]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a long capitalised word: its open syllables, a name as a word when it falls into
        # syllables, else its letters
        ("chất ADB – BUTINACA có", "chất a đê bê, bu ti na ca có"),
        ("công ty PETROSETCO", "công ty petrosetco"),
        ("công ty NAVETCO", "công ty navetco"),
        ("thuốc ZXSPRTY", "thuốc dét ích ét pê e rờ tê i dài"),
        ("Hiệp hội VASEP", "Hiệp hội vê a ét e pê"),
        # a syllable closed by p, t, c or ch carries a sắc or nặng tone: without one, letters
        ("Đào tạo TOT về dịch hại", "Đào tạo tê ô tê về dịch hại"),
        ("Đất LUC, đất", "Đất e lờ u xê, đất"),
        ("mô hình VAC ở", "mô hình vê a xê ở"),
        ("lọt TOP 100 hợp tác xã", "lọt tốp một trăm hợp tác xã"),
        ("ông ĐAT bán", "ông đê a tê bán"),
        # loanwords closed by a stop carry a sắc tone: the table says them
        ("vô địch AFF CUP 2024", "vô địch a ép ép cúp hai nghìn không trăm hai mươi tư"),
        ("thẻ gắn CHIP, tiêu chuẩn GAP, Tin HOT", "thẻ gắn chíp, tiêu chuẩn gáp, Tin hót"),
        ("CTy TNHH Hòa Bình", "công ty trách nhiệm hữu hạn Hòa Bình"),
        # a letter closing a place's name
        ("ấp Hòa Tây B (xã Phú Thuận", "ấp Hòa Tây bê, xã Phú Thuận"),
        ("khu phố Tân Lập C, phường", "khu phố Tân Lập xê, phường"),
        # web addresses are Latin letters
        ("VOV.VN - Theo", "vê ô vê chấm vê en, Theo"),
        # an abbreviation read by its neighbours
        ("Công ty CP Thanh toán quốc gia", "Công ty cổ phần Thanh toán quốc gia"),
        ("tia cực tím (UV) ở", "tia cực tím, u vê, ở"),
        (
            "đoàn kiểm tra Cục CSĐT đi tới bến phà",
            "đoàn kiểm tra Cục cảnh sát đường thủy đi tới bến phà",
        ),
        ("Cục CSĐT bắt giữ", "Cục cảnh sát điều tra bắt giữ"),
    ],
)
def test_capitals_letters_and_abbreviations_read_by_context(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("trao 15 giải B và 10 giải C", "trao mười lăm giải bê và mười giải xê"),
        ("Đại hội TDTT xã lần I có", "Đại hội thể dục thể thao xã lần một có"),
        ("các trường ĐH, CĐ được giao", "các trường đại học, cao đẳng được giao"),
        ("tuyến ĐH 12 qua xã", "tuyến đường huyện mười hai qua xã"),
        ("đồng chí Lâm - TUV, Phó Chủ tịch", "đồng chí Lâm, Tỉnh ủy viên, Phó Chủ tịch"),
    ],
)
def test_prizes_first_rounds_schools_and_party_titles(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("từ thứ 2 – 6 hàng tuần", "từ thứ hai đến thứ sáu hàng tuần"),
        ("có 59 xã khu vực III", "có năm mươi chín xã khu vực ba"),
        ("gỗ nhóm VI đến nhóm VIII", "gỗ nhóm sáu đến nhóm tám"),
        ("thế kỷ IX -X", "thế kỷ chín đến mười"),
        ("công bố vào quý IV-2019", "công bố vào quý bốn năm hai nghìn không trăm mười chín"),
        (
            "Ngày toàn dân phòng, chống mua bán người (30-7)",
            "Ngày toàn dân phòng, chống mua bán người, ngày ba mươi tháng bảy",
        ),
        (
            "điều kiện: a) Là công dân; b) Đủ 18 tuổi",
            "điều kiện: a, Là công dân; bê, Đủ mười tám tuổi",
        ),
        ("gồm ba khu vực: A, B và C", "gồm ba khu vực: a, bê và xê"),
        ("sắt, đồng v.v.", "sắt, đồng vân vân."),
        ("múa dân tộc.v.v. Các thôn", "múa dân tộc vân vân. Các thôn"),
        ("gạo, ngô v.v... đều tăng", "gạo, ngô vân vân, đều tăng"),
        (
            "gồm: a) Nhóm 1: Bão, Áp thấp b) Nhóm 2: Mưa lớn",
            "gồm: a, Nhóm một: Bão, Áp thấp; bê, Nhóm hai: Mưa lớn",
        ),
        ("xem mục b) Các điều", "xem mục bê, Các điều"),
        ("chị H., quận 4, TP.HCM", "chị hát, quận bốn, Thành phố Hồ Chí Minh"),
        ("Quận 4 và Quận 10", "Quận bốn và Quận mười"),
        ("hạng A hoặc B", "hạng a hoặc bê"),
    ],
)
def test_spans_of_weekdays_and_numerals_and_lettered_lists(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("số đăng ký: VD-24891-16", "số đăng ký: vê đê, hai bốn tám chín một, một sáu"),
        ("Tàu cá ĐNa 90152 bị đâm chìm", "Tàu cá đê en a chín không một năm hai bị đâm chìm"),
        ("lúa IR50404 và IR 504", "lúa i rờ năm không bốn không bốn và i rờ năm không bốn"),
        ("Dầu điêzen 0.05S", "Dầu điêzen không phẩy không năm ét"),
        ("dầu 0,001S-V", "dầu không phẩy không không một ét năm"),
        (
            "tại tọa độ 08°00'00N - 106°00'00E",
            "tại tọa độ tám độ không phút không giây vĩ Bắc, một trăm linh sáu độ không phút"
            " không giây kinh Đông",
        ),
        (
            "cách 12°00'N – 109°43'E",
            "cách mười hai độ không phút vĩ Bắc, một trăm linh chín độ bốn mươi ba phút kinh Đông",
        ),
        ("Cục CT&BVNTD", "Cục Cạnh tranh và Bảo vệ người tiêu dùng"),
        ("cao hơn TBNN", "cao hơn trung bình nhiều năm"),
        (
            "có 854 cuộc gọi cung cấp thông tin",
            "có tám trăm năm mươi tư cuộc gọi cung cấp thông tin",
        ),
        ("phát lệnh gọi 968 nam công dân", "phát lệnh gọi chín trăm sáu mươi tám nam công dân"),
        ("gọi 3855 123 để được hỗ trợ", "gọi ba tám năm năm một hai ba để được hỗ trợ"),
        ("gọi 1022 để được hỗ trợ", "gọi một không hai hai để được hỗ trợ"),
    ],
)
def test_registration_codes_boats_rice_fuel_positions_and_calls(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_an_ampersand_between_unknown_capitals_spells_both_as_doubts() -> None:
    from broadcaster.speech.textnorm.normalize import check_text

    result = check_text("Hội AB&XQ xã")
    assert result.text == "Hội a bê và ích quy xã"
    assert [d.span for d in result.doubts] == ["AB", "XQ"]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("vượt báo động III", "vượt báo động ba"),
        ("các khu vực I, II, III và IV", "các khu vực một, hai, ba và bốn"),
        # initials, a single-letter key of the table («Q.» quyền) included, and two-letter ones
        ("ông Q.H.V. cùng Tr.P", "ông quy hát vê cùng tê e rờ pê"),
        ("Q. Chủ tịch UBND", "quyền Chủ tịch Ủy ban nhân dân"),
        # a code's leading zero is said
        ("gói thầu XL-01", "gói thầu ích e lờ không một"),
        ("ngành GD- ĐT", "ngành giáo dục và đào tạo"),
        # two words in capitals typed without their space
        ("Quyết định của BỘTRƯỞNG", "Quyết định của bộ trưởng"),
        # a word glued to its number, an ellipsis glued to a number
        ("có hiệu lực sau15 ngày", "có hiệu lực sau mười lăm ngày"),
        ("giá bán đến...11 lần", "giá bán đến, mười một lần"),
    ],
)
def test_roman_lists_initials_codes_and_glued_words(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("lộ trình: Lê Lợi > Hùng Vương → Trần Phú", "lộ trình: Lê Lợi, Hùng Vương, Trần Phú"),
        ("tăng 5% → 7%", "tăng năm phần trăm đến bảy phần trăm"),
        ("nhiệt độ > 35 độ", "nhiệt độ trên ba mươi lăm độ"),
        # emoji, pictographs and reference marks are never said
        ("☝️Đối tượng tiêm: lợn ✅", "Đối tượng tiêm: lợn"),
        ("💢THÔNG BÁO💢 ※ ★", "Thông báo"),
    ],
)
def test_arrows_are_pauses_and_pictographs_are_silent(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_word_split_from_glued_capitals_is_shown_as_a_doubt() -> None:
    from broadcaster.speech.textnorm.normalize import make_checker

    result = make_checker()("Quyết định của BỘTRƯỞNG")
    assert [(d.span, d.reading) for d in result.doubts] == [("BỘTRƯỞNG", "bộ trưởng")]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a list after a word that names one of a series, never a decimal or a sum
        ("vào tuần 7,8 của năm", "vào tuần bảy, tám của năm"),
        ("Tổ 13+16+17 Phường Sài Đồng", "Tổ mười ba, mười sáu, mười bảy Phường Sài Đồng"),
        ("đợt 1,5 tấn", "đợt một phẩy năm tấn"),
        # from one house number to another, not two dates
        ("ngõ 12/5 - 12/9", "ngõ mười hai trên năm đến mười hai trên chín"),
        ("từ 12/5 - 12/9", "từ ngày mười hai tháng năm đến ngày mười hai tháng chín"),
        # a table's cell borders are pauses
        ("Thanh Trì | 04:00 | 10:00 |", "Thanh Trì, bốn giờ, mười giờ"),
    ],
)
def test_series_lists_house_spans_and_table_cells(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Theo Mẫu 2 Phụ lục V ban hành", "Theo Mẫu hai Phụ lục năm ban hành"),
        (
            "như: • Vĩnh Phúc: 142.2mm • Hùng Đức: 140mm",
            "như: Vĩnh Phúc: một trăm bốn mươi hai phẩy hai mi li mét, Hùng Đức: một trăm bốn mươi"
            " mi li mét",
        ),
    ],
)
def test_annex_numerals_and_bullets_inside_a_line(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # table keys holding a digit are read before the code rules
        ("đường CMT8 quận 3", "đường Cách mạng tháng Tám quận ba"),
        ("ThS.BS.CK2 Lê Văn A", "thạc sĩ, bác sĩ, chuyên khoa hai Lê Văn A"),
        ("ông A, P.trưởng ban", "ông a, phó trưởng ban"),
        (
            "Bệnh viện Nhân dân 115 và gọi 115",
            "Bệnh viện Nhân dân một trăm mười lăm và gọi một một năm",
        ),
        ("bỏng ngón I, V và đốt 2,3", "bỏng ngón một, năm và đốt hai, ba"),
        # a document's «Số:» line with an issuer no table knows
        ("Số: 1751/KH-BCĐTƯATTP", "kế hoạch số một nghìn bảy trăm năm mươi mốt"),
        # words typed without their space
        ("đang chănbò thì ông NgọcDưỡng", "đang chăn bò thì ông Ngọc Dưỡng"),
    ],
)
def test_numbered_keys_deputies_hospitals_fingers_and_glued_words(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Cục Quản lý đường bộ III", "Cục Quản lý đường bộ ba"),
        ("Sở NN & PTNT", "Sở nông nghiệp và phát triển nông thôn"),
        ("bổ sung vitamin D", "bổ sung vi ta min dê"),
    ],
)
def test_road_administrations_spaced_ampersands_and_vitamins(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("tàu chạy thứ 3 - 5 - 7 hàng tuần", "tàu chạy thứ ba, thứ năm, thứ bảy hàng tuần"),
        ("Qúy I/2024; Ðộ che phủ", "Quý một năm hai nghìn không trăm hai mươi tư; Độ che phủ"),
        ("trong t\u0301nh trạng", "trong tnh trạng"),  # a mis-encoded page's mark on no vowel
        ("từ 27\u201130°C", "từ hai mươi bảy đến ba mươi độ xê"),  # a non-breaking hyphen
        ("soạn cú pháp TET gửi 1406", "soạn cú pháp tê e tê gửi một bốn không sáu"),
        ("khu CNC Hòa Lạc", "khu công nghệ cao Hòa Lạc"),
        # letters and digits typed full-width, and the ideographic space
        ("ＵＢＮＤ\u3000xã, Ｔｈôn ５", "Ủy ban nhân dân xã, Thôn năm"),
    ],
)
def test_weekday_lists_misplaced_tones_and_sms_codes(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a gas's formula whose subscript the page typed apart
        ("khí NO 2 , CO, SO 2 , O 3 và bụi", "khí en ô hai, xê ô, ét ô hai, o ba và bụi"),
        ("số NO 2", "số en ô hai"),  # no gas without its word: two capitals spelled
        # a chainage glued to «KM»; «KM2» with one digit stays a code
        ("tại KM758 đường Hồ Chí Minh", "tại ki lô mét bảy trăm năm mươi tám đường Hồ Chí Minh"),
        ("mã KM2", "mã ca em hai"),
        # a building or a room named by a letter
        ("Khu nhà T", "Khu nhà tê"),
        ("tòa B, phòng C", "tòa bê, phòng xê"),
        ("đối tượng tên B", "đối tượng tên bê"),
        # a Roman numeral and a letter naming a class
        ("thuộc nhóm IIB và nhóm IB", "thuộc nhóm hai bê và nhóm một bê"),
        ("bác sĩ Chuyên khoa I", "bác sĩ Chuyên khoa một"),
        # an area code before a service number
        ("gọi 028 115", "gọi không hai tám một một năm"),
        ("đầu số 1800 – 6838 từ", "đầu số một tám không không sáu tám ba tám từ"),
    ],
)
def test_formulas_chainages_letters_classes_and_area_codes(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a number and a small letter; «đ» after a number is still «đồng»
        ("Nghị quyết 30a", "Nghị quyết ba mươi a"),
        ("nhà 12b", "nhà mười hai bê"),
        ("trợ giá 3000đ/kg", "trợ giá ba nghìn đồng một ki lô gam"),
        # a decision or a decree cited by its number alone, or with its kind said once
        ("quy định tại QĐ22 bao gồm", "quy định tại quyết định hai mươi hai bao gồm"),
        (
            "theo QĐ 22/2013/QĐ-TTg ngày",
            "theo quyết định hai mươi hai năm hai nghìn không trăm mười ba của Thủ tướng Chính phủ"
            " ngày",
        ),
        # a person named by one capital letter in mid-sentence
        ("Khi quay đầu, T nhảy xuống sông", "Khi quay đầu, tê nhảy xuống sông"),
        ("không thấy V lên.", "không thấy vê lên."),
        # two syllables typed as one name
        ("Hà Nội - SaPa", "Hà Nội, Sa Pa"),
        ("Bộ Công Thươngphối hợp", "Bộ Công Thương phối hợp"),
    ],
)
def test_letters_after_numbers_cited_decisions_and_one_letter_names(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a consonant left alone is a letter; not the C of a temperature
        ("xã Long khánh B, huyện", "xã Long khánh bê, huyện"),
        ("chưa nhân với hệ số K, hệ số", "chưa nhân với hệ số ca, hệ số"),
        ("gồm A, O, C và", "gồm A, O, xê và"),
        ("nhiệt độ 5 độ C", "nhiệt độ năm độ xê"),
        # one letter before a hyphen and a number; two plain capitals are initials
        ("máy bay L-29NG", "máy bay e lờ hai mươi chín en giê"),
        ("Truyền thanh IP hoạt động", "Truyền thanh i pê hoạt động"),
        ("Hội nghị COP 28 tại Dubai (UAE)", "Hội nghị cốp hai mươi tám tại Đu bai, u a e"),
        # a Roman numeral after «độ»; a heading after a sentence on the same line
        ("phản vệ độ III và", "phản vệ độ ba và"),
        ("Trường Sa. II. Khu dân cư", "Trường Sa. Hai, Khu dân cư"),
        # a heading closed by a dash: a capital after it, or a numeral of two letters
        ("II- Đối tượng dự thi", "Hai, Đối tượng dự thi"),
        ("IV-Tổ chức thực hiện", "Bốn, Tổ chức thực hiện"),
        ("III – NỘI DUNG", "Ba, nội dung"),
        ("X-quang phổi", "ích quang phổi"),
        # a heading whose dot lost its space: a word after it, not more initials
        ("I.Đối tượng tham gia", "Một, Đối tượng tham gia"),
        ("II.NỘI DUNG", "Hai, nội dung"),
        ("V.I.P", "vê i pê"),
        # «ĐT» before a telephone number only; a hull's code is spelled
        ("ký hiệu ĐT 07920, có", "ký hiệu đê tê không bảy chín hai không, có"),
        ("ĐT: 0912.345.678", "điện thoại: không chín một hai ba bốn năm sáu bảy tám"),
        # a telecom's business centre, else a station's wireless radio
        ("TTKD VNPT Hà Tĩnh", "Trung tâm Kinh doanh vê en pê tê Hà Tĩnh"),
        ("hệ thống đài TTKD cấp xã", "hệ thống đài truyền thanh không dây cấp xã"),
        (
            "số 60/2020 V/v quyết toán",
            "số sáu mươi năm hai nghìn không trăm hai mươi về việc quyết toán",
        ),
    ],
)
def test_lone_letters_initials_headings_and_telephone_cues(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a place's number is no service number; a call is
        ("sống tại ngõ 111, phố", "sống tại ngõ một trăm mười một, phố"),
        ("gọi 111 để", "gọi một một một để"),
        # shares of a whole after a hit count; a list of school years
        ("hạ 5/5 mục tiêu", "hạ năm trên năm mục tiêu"),
        ("học sinh khối 10,11,12 và", "học sinh khối mười, mười một, mười hai và"),
        # Roman numerals after «cụm», «cơ sở»; class letters before the table reads them
        ("năm 2025 cụm III.", "năm hai nghìn không trăm hai mươi lăm cụm ba."),
        ("tại cơ sở II Học viện", "tại cơ sở hai Học viện"),
        ("vắc xin nhóm BC và nhóm máu AB", "vắc xin nhóm bê xê và nhóm máu a bê"),
        ("ma túy loại ADB", "ma túy loại a đê bê"),
        # the Buddhist era; the table's new entries
        (
            "Đại lễ Phật đản PL.2563 của",
            "Đại lễ Phật đản Phật lịch hai nghìn năm trăm sáu mươi ba của",
        ),
        (
            "an cư kiết hạ PL: 2560, Lễ Khai khóa ACKH PL.2568 – DL.2024 tại",
            "an cư kiết hạ Phật lịch hai nghìn năm trăm sáu mươi, Lễ Khai khóa an cư kiết hạ"
            " Phật lịch hai nghìn năm trăm sáu mươi tám, dương lịch hai nghìn không trăm hai mươi"
            " tư tại",
        ),
        ("Chùa Phước Duyên (KP. Xóm Rẫy) ở", "Chùa Phước Duyên, khu phố Xóm Rẫy, ở"),
        ("triển khai Thư KGĐT, dầu diesel", "triển khai Thư kêu gọi đầu thú, dầu đi ê den"),
        # a rank before a count is a count: ranked four relics
        ("xếp hạng 4 di tích lịch sử", "xếp hạng bốn di tích lịch sử"),
        ("đội xếp hạng 4 chung cuộc", "đội xếp hạng tư chung cuộc"),
        ("Tỉnh xếp hạng 4 số lượng doanh nghiệp", "Tỉnh xếp hạng tư số lượng doanh nghiệp"),
        ("sống tại KP. Cùng với đó", "sống tại ca pê. Cùng với đó"),  # a sentence after
        ("quán net, ngành chip, nhóm chat, tin hot", "quán nét, ngành chíp, nhóm chát, tin hót"),
        ("CTY CP Hòa Bình", "công ty cổ phần Hòa Bình"),
        # an initial of two letters, the first sound of a name
        (
            "chị Nguyễn Thị Th. (ngụ phường An). Chị Th. đang làm",
            "chị Nguyễn Thị tê hát, ngụ phường An. Chị tê hát đang làm",
        ),
        ("bà Ph. Cũng nói", "bà pê hát. Cũng nói"),
        ("Theo Th.S Nguyễn", "Theo thạc sĩ Nguyễn"),
        ("bắt giữ Lê Văn Tr. Hiện vụ việc", "bắt giữ Lê Văn tê e rờ. Hiện vụ việc"),
        ("Đối tượng là Nguyễn Văn Th.", "Đối tượng là Nguyễn Văn tê hát."),
        (
            "Gồm Nguyễn Văn Th. - SN 1990",
            "Gồm Nguyễn Văn tê hát, sinh năm một nghìn chín trăm chín mươi",
        ),
        ("(Tr. 15)", "Tr. Mười lăm"),  # a page before its number: no initial
        ("Chị gặp bà Gi. Sau đó về.", "Chị gặp bà giê i. Sau đó về."),
        ("Tuấn Anh Ph.Chủ tịch UBND", "Tuấn Anh Ph.Chủ tịch Ủy ban nhân dân"),  # a deputy
        ("tivi 55″ giá rẻ", "ti vi năm mươi lăm″ giá rẻ"),  # no quote open: left, and seen
        ("“cơn bão mạnh cấp 12, giật cấp 15″…", "cơn bão mạnh cấp mười hai, giật cấp mười lăm."),
        # a transformer's two voltages; kilowatts and megahertz typed in small letters
        (
            "9 trạm biến áp 22/0,4 kV với",
            "chín trạm biến áp hai mươi hai trên không phẩy bốn ki lô vôn với",
        ),
        (
            "trạm 110/22kv và 35/10kV",
            "trạm một trăm mười trên hai mươi hai ki lô vôn và ba mươi lăm trên mười ki lô vôn",
        ),
        ("Điện áp 220/380V, trạm", "Điện áp hai trăm hai mươi trên ba trăm tám mươi vôn, trạm"),
        (
            "trạm 110/35/22 kV, 22/0.4 kV",
            "trạm một trăm mười trên ba mươi lăm trên hai mươi hai ki lô vôn, hai mươi hai trên"
            " không phẩy bốn ki lô vôn",
        ),
        (
            "2,4 Ghz, 531 Khz, 100KW",
            "hai phẩy bốn gi ga héc, năm trăm ba mươi mốt ki lô héc, một trăm ki lô oát",
        ),
        (
            "3 pha 22kw, tần số 8294 Mhz",
            "ba pha hai mươi hai ki lô oát, tần số tám nghìn hai trăm chín mươi tư mê ga héc",
        ),
        (
            "75-88 kilomet/giờ, thang Beaufort",
            "bảy mươi lăm đến tám mươi tám ki lô mét mỗi giờ, thang bô pho",
        ),
        (
            "Thường trực BTS GHPGVN huyện",
            "Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam huyện",
        ),
        ("6 dự án KCN&CX", "sáu dự án khu công nghiệp và chế xuất"),
    ],
)
def test_place_numbers_shares_classes_and_the_buddhist_era(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a service number before a percent is a share; a call stays digits
        ("tăng 114% so với", "tăng một trăm mười bốn phần trăm so với"),
        ("gọi 114 ngay", "gọi một một bốn ngay"),
        # a range of prices is no call; a bank account's number is given out digit by digit
        (
            "giá từ 116-118 ngàn/kg",
            "giá từ một trăm mười sáu đến một trăm mười tám ngàn một ki lô gam",
        ),
        ("số tài khoản 996817… của", "số tài khoản chín chín sáu tám một bảy, của"),
        ("STK: 0601 2345 678", "ét tê ca: không sáu không một hai ba bốn năm sáu bảy tám"),
        ("tài khoản 50 triệu", "tài khoản năm mươi triệu"),
        ("Số dư tài khoản 100 000 000 đồng", "Số dư tài khoản một trăm triệu đồng"),
        (
            "vào số tài khoản 1234567890 10 triệu đồng",
            "vào số tài khoản một hai ba bốn năm sáu bảy tám chín không mười triệu đồng",
        ),
        ("Số TK 996817", "Số tài khoản chín chín sáu tám một bảy"),
        # a serial of five digits or more in a code, glued or after a space: digit by digit
        (
            "vali số HX 480149; HX480151 có",
            "va li số hát ích bốn tám không một bốn chín; hát ích bốn tám không một năm một có",
        ),
        ("số hiệu SITU289050.", "số hiệu ét i tê u hai tám chín không năm không."),
        ("ngô MON 89034, NK", "ngô mon tám chín không ba bốn, en ca"),
        (
            "năm 2024 có 12345 người",
            "năm hai nghìn không trăm hai mươi tư có mười hai nghìn ba trăm bốn mươi lăm người",
        ),
        # «HSQ, BS»: soldiers; a span of seconds after «đường» is no street
        ("thân nhân của HSQ, BS tại ngũ", "thân nhân của hạ sĩ quan, binh sĩ tại ngũ"),
        ("rời mắt khỏi đường 3-5 giây, phương", "rời mắt khỏi đường ba đến năm giây, phương"),
        ("10 tấn Chloramin B, đây", "mười tấn cờ lo ra min bê, đây"),
        # a count or an amount after capitals is no serial; letters before money or a standard
        ("Tổng số TP 15000 người", "Tổng số thành phố mười lăm nghìn người"),
        (
            "Mức đóng BHYT 1350000 đồng",
            "Mức đóng bảo hiểm y tế một triệu ba trăm năm mươi nghìn đồng",
        ),
        ("Số tiền VND500000 đã nộp", "Số tiền vê en đê năm trăm nghìn đã nộp"),
        ("Khử trùng bằng Cloramin-B theo", "Khử trùng bằng cờ lo ra min bê theo"),
        ("Cán bộ, HSQ/BS đơn vị", "Cán bộ, hạ sĩ quan, binh sĩ đơn vị"),
        ("Buổi tối 2-3 tiếng dùng", "Buổi tối hai đến ba tiếng dùng"),
        # hotlines listed by dashes are calls, unless a count follows or «từ» opens the range
        ("Hãy gọi 113-114-115 khi cần.", "Hãy gọi một một ba, một một bốn, một một năm khi cần."),
        ("Từ 112 – 116 người mắc.", "Từ một trăm mười hai đến một trăm mười sáu người mắc."),
        ("Có 113-115 hộ bị", "Có một trăm mười ba đến một trăm mười lăm hộ bị"),
        # a service number among counts after names is a count; among calls, a call
        (
            "trong đó Hà Nội 113, TP.HCM 94, Đà Nẵng 18.",
            "trong đó Hà Nội một trăm mười ba, Thành phố Hồ Chí Minh chín mươi tư, Đà Nẵng"
            " mười tám.",
        ),
        ("Nghệ An 9, Hà Nội 115.", "Nghệ An chín, Hà Nội một trăm mười lăm."),
        (
            "Hà Nội 113, TP.HCM 115, Đà Nẵng 18.",
            "Hà Nội một trăm mười ba, Thành phố Hồ Chí Minh một trăm mười lăm, Đà Nẵng mười tám.",
        ),
        ("xã Tân Hòa 113, xã Tân Phú 94.", "xã Tân Hòa một trăm mười ba, xã Tân Phú chín mươi tư."),
        (
            "Nghệ An 115, Hà Tĩnh 113 ca.",
            "Nghệ An một trăm mười lăm, Hà Tĩnh một trăm mười ba ca.",
        ),
        (
            "Gọi Viettel 198, Cấp cứu 115.",
            "Gọi Viết ten một chín tám, Cấp cứu một một năm.",
        ),
        (
            "Công an 113, Cứu hỏa 114, Cấp cứu 115",
            "Công an một một ba, Cứu hỏa một một bốn, Cấp cứu một một năm",
        ),
        # capitals with single small letters among them: each letter said
        ("dịch virus corona (nCoV) ở", "dịch vi rút corona, en xê ô vê, ở"),
        ("cuộc thi APhO, học sinh", "cuộc thi a pê hát ô, học sinh"),
        ("hàm lượng DRCs cao", "hàm lượng đê e rờ xê ét cao"),
        ("tuyến Hà Nội - SaPa và ví MoMo", "tuyến Hà Nội, Sa Pa và ví Mô mô"),
        ("ông Nguyễn VAn Hùng", "ông Nguyễn VAn Hùng"),  # the shift key held too long
        ("nước muối NaCl 0,9%", "nước muối en a xê e lờ không phẩy chín phần trăm"),
        # an account: digits taken whole, «đồng thời» no money, «tài khoản» alone a cue
        (
            "gửi số tài khoản 190 356 789 đồng thời yêu cầu",
            "gửi số tài khoản một chín không ba năm sáu bảy tám chín đồng thời yêu cầu",
        ),
        ("Số tài khoản 100 000 000 đồng", "Số tài khoản một trăm triệu đồng"),
        ("vào tài khoản 996817 để nhận", "vào tài khoản chín chín sáu tám một bảy để nhận"),
        # volts after a number, «kv» in small letters, a section's letter, a loan word
        ("lưới điện 220V của", "lưới điện hai trăm hai mươi vôn của"),
        ("Học sinh lớp 12V đạt giải", "Học sinh lớp mười hai vê đạt giải"),
        ("đường dây 110kv, cách", "đường dây một trăm mười ki lô vôn, cách"),
        ("Tổ 5 Kv 3 phường", "Tổ năm Kv ba phường"),
        ("Chuyên mục y tế tuần này", "Chuyên mục y tế tuần này"),
        ("theo mục b, khoản 2", "theo mục bê, khoản hai"),
        ("Xe container chở", "Xe công te nơ chở"),
        ("thực hiện QCDC ở cơ sở", "thực hiện quy chế dân chủ ở cơ sở"),
        ("Giá từ 111 đến 115 nghìn", "Giá từ một trăm mười một đến một trăm mười lăm nghìn"),
        (
            "Các số khẩn cấp: 113 - 114 - 115.",
            "Các số khẩn cấp: một một ba, một một bốn, một một năm.",
        ),
        # doses listed; a crossroads; a place's Roman numeral
        ("mũi 1,2 đối với", "mũi một, hai đối với"),
        ("tại ngã 4 Phú Lâm", "tại ngã tư Phú Lâm"),
        ("Khu phố Long Điền II, phường", "Khu phố Long Điền hai, phường"),
        # abbreviations by their neighbours, and the table's new entries
        ("Đội TTĐT phường", "Đội trật tự đô thị phường"),
        ("Cổng TTĐT tỉnh", "Cổng thông tin điện tử tỉnh"),
        ("tại x. Vang, huyện", "tại xã Vang, huyện"),
        ("SVĐ huyện, TT- Huế và Đăklăk", "sân vận động huyện, Thừa Thiên Huế và Đắk Lắk"),
    ],
)
def test_shares_of_service_numbers_crossroads_and_place_numerals(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # single letters joined by «&»; a rhyme closed by a glide takes no final consonant
        ("bột lọc nước P&G; tỉnh", "bột lọc nước pê và giê; tỉnh"),
        ("chủ tịch Quỹ AIP, cho", "chủ tịch Quỹ a i pê, cho"),
        # one province, not a span between two places
        ("từ Thừa Thiên - Huế đến Khánh Hòa", "từ Thừa Thiên Huế đến Khánh Hòa"),
        ("phải đội MBH khi", "phải đội mũ bảo hiểm khi"),
    ],
)
def test_letters_around_an_ampersand_closed_rhymes_and_one_province(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # measures in medicine typed in mixed case with a digit: each letter and digit
        ("thở oxy FiO2 100%", "thở ô xi ép i o hai một trăm phần trăm"),
        ("HbA1C 10,9%", "hát bê a một xê mười phẩy chín phần trăm"),
        ("liên kết với Hb thành HbCO", "liên kết với hát bê thành hát bê xê ô"),
        # spaced initials, three or more
        ("ông Ng. X. H bị co giật", "ông en giê ích hát bị co giật"),
        # a virus's branch with its letter in small type
        ("biến chủng clade Ib lan rộng", "biến chủng clade một bê lan rộng"),
        # a document's number with a letter: the letter's name
        ("Nghị quyết số 30c/NQ-CP", "Nghị quyết số ba mươi xê của Chính phủ"),
        # a list's number in brackets opens the line as «2)» does
        ("(2) Giai đoạn khởi phát", "Hai, Giai đoạn khởi phát"),
    ],
)
def test_mixed_codes_initials_branches_and_list_numbers(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "TCVN 5518-2:2007 và IEC 62053-20:2003",
            "tê xê vê en năm nghìn năm trăm mười tám gạch hai năm hai nghìn không trăm linh bảy"
            " và i e xê sáu mươi hai nghìn không trăm năm mươi ba gạch hai mươi"
            " năm hai nghìn không trăm linh ba",
        ),
        ("học bằng b2 và hạng c1.", "học bằng bê hai và hạng xê một."),
        (
            "nhãn hiệu CP 994; Nghị định số 15/NĐ-CP",
            "nhãn hiệu xê pê chín trăm chín mươi tư; Nghị định số mười lăm của Chính phủ",
        ),
        ("Viện Thủy sản I, II, III và", "Viện Thủy sản một, hai, ba và"),
        ("Anh Q.N, thành phố; Q. Chủ tịch", "Anh quy en, thành phố; quyền Chủ tịch"),
    ],
)
def test_standards_licence_classes_brands_and_numeral_lists(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_name_given_is_no_call_to_a_number() -> None:
    # «gọi tắt» (called for short) is no telephone cue: the decree keeps its number
    assert normalize_text("(gọi tắt: Nghị định 168)") == "gọi tắt: Nghị định một trăm sáu mươi tám"
    assert normalize_text("gọi 113 ngay") == "gọi một một ba ngay"


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        (["VD", "24891", "16"], "vê đê, hai bốn tám chín một, một sáu"),
        (["V896", "H12", "10"], "vê tám chín sáu, hát một hai, một không"),
        (["Việt Nam", "18188", "14"], "Việt Nam, một tám một tám tám, một bốn"),
        (["QLSP", "0845"], "quy e lờ ét pê, không tám bốn năm"),
    ],
)
def test_a_code_in_parts_is_said_letters_by_name_and_digits_one_by_one(
    parts: list[str], said: str
) -> None:
    assert say_code(parts) == said


def test_a_document_symbol_of_letter_groups_between_slashes_is_spelled() -> None:
    assert normalize_text("văn bản G/SPS/N/EU/804 của Ban") == (
        "văn bản giê ét pê ét en e u tám trăm linh bốn của Ban"
    )


def test_an_addendum_to_a_document_symbol_is_said_as_such() -> None:
    assert normalize_text("thông báo G/SPS/N/EU/804/Add.1 của EU") == (
        "thông báo giê ét pê ét en e u tám trăm linh bốn bổ sung một của Liên minh châu Âu"
    )


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # an amount after «thứ» is no list of ranks
        ("Du khách thứ 3,5 triệu đến", "Du khách thứ ba phẩy năm triệu đến"),
        ("thứ 2, 4 và 6 hằng tuần", "thứ hai, thứ tư và thứ sáu hằng tuần"),
        # a flare's class before a decimal is the letter, not ten
        ("ở mức X 1,7.", "ở mức ích một phẩy bảy."),
        # a short code offered instead of a hotline is a call too
        (
            "tổng đài là 18001090 hoặc 9090, và",
            "tổng đài là một tám không không một không chín không hoặc chín không chín không, và",
        ),
    ],
)
def test_review_of_round_57_ranks_flares_and_short_codes(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a Roman numeral before a decimal is still a number, only «X» a flare's class
        ("Tăng trưởng quý I 5,66%", "Tăng trưởng quý một năm phẩy sáu mươi sáu phần trăm"),
        ("dưới báo động I 0,5 m.", "dưới báo động một không phẩy năm mét."),
        ("Đến ngày thứ 4 triệu chứng sốt giảm", "Đến ngày thứ tư triệu chứng sốt giảm"),
        # a second number typed in groups, or an amount, after «hoặc»
        (
            "Liên hệ 0912345678 hoặc 0987 654 321.",
            "Liên hệ không chín một hai ba bốn năm sáu bảy tám hoặc không chín tám bảy sáu năm "
            "bốn ba hai một.",
        ),
        (
            "Liên hệ 0912345678 hoặc 2000 đồng",
            "Liên hệ không chín một hai ba bốn năm sáu bảy tám hoặc hai nghìn đồng",
        ),
        (
            "Gọi 1800 1090 hoặc 9090.",
            "Gọi một tám không không một không chín không hoặc chín không chín không.",
        ),
    ],
)
def test_review_of_round_57_numerals_and_codes_after_or(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_counts_listed_after_hamlets_are_counts_with_a_service_number_among_them() -> None:
    assert normalize_text("Số hộ nghèo: xóm Đông 113, xóm Tây 94, xóm Nam 58.") == (
        "Số hộ nghèo: xóm Đông một trăm mười ba, xóm Tây chín mươi tư, xóm Nam năm mươi tám."
    )
