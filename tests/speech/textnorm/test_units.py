"""Quantities: the unit after every number form, compound units, typed variants."""

import pytest

from broadcaster.speech.textnorm.normalize import normalize_text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # ranges, with the unit glued or spaced (weather centre bulletins)
        ("lượng mưa 120-250mm", "lượng mưa một trăm hai mươi đến hai trăm năm mươi mi li mét"),
        ("có nơi trên 300 mm", "có nơi trên ba trăm mi li mét"),
        ("độ ẩm 40-45%", "độ ẩm bốn mươi đến bốn mươi lăm phần trăm"),
        (
            "gió cấp 6-7 (39-61 km/h)",
            "gió cấp sáu đến bảy, ba mươi chín đến sáu mươi mốt ki lô mét một giờ",
        ),
        ("từ 20°C - 25°C", "từ hai mươi độ xê đến hai mươi lăm độ xê"),
        # the same unit after both numbers: a range, whatever the unit
        (
            "giá 11.500 đồng/kg – 12.500 đồng/kg",
            "giá mười một nghìn năm trăm đồng một ki lô gam đến mười hai nghìn năm trăm đồng một"
            " ki lô gam",
        ),
        ("cách 20km-30km", "cách hai mươi ki lô mét đến ba mươi ki lô mét"),
        ("mỗi tổ 2 người - 3 người", "mỗi tổ hai người đến ba người"),
        ("mật độ 1.500-3.000 con/m2", "mật độ một nghìn năm trăm đến ba nghìn con trên mét vuông"),
        # decimals and lists
        ("mực nước 5,12 m", "mực nước năm phẩy mười hai mét"),
        ("đạt 92,5%", "đạt chín mươi hai phẩy năm phần trăm"),
        ("các đoạn 3, 5 và 7 km", "các đoạn ba, năm và bảy ki lô mét"),
        ("cao 1m70", "cao một mét bảy mươi"),
        ("tấm 3 x 4 m", "tấm ba nhân bốn mét"),
        # compound units: «một», «mỗi», «trên» as an announcer says them
        ("lưu lượng 1.250 m3/s", "lưu lượng một nghìn hai trăm năm mươi mét khối một giây"),
        ("năng suất 6,5 tấn/ha", "năng suất sáu phẩy năm tấn một héc ta"),
        ("giá 62.000 đồng/kg", "giá sáu mươi hai nghìn đồng một ki lô gam"),
        ("uống 2 lần/ngày", "uống hai lần mỗi ngày"),
        ("hàm lượng 0,5 mg/l", "hàm lượng không phẩy năm mi li gam trên lít"),
        (
            "mật độ dân số 520 người/km2",
            "mật độ dân số năm trăm hai mươi người trên ki lô mét vuông",
        ),
        ("hỗ trợ 1,5 triệu đồng/người/tháng", "hỗ trợ một phẩy năm triệu đồng một người mỗi tháng"),
        ("liều 15-20 ml/bình", "liều mười lăm đến hai mươi mi li lít một bình"),
        ("mưa lớn (>100mm/3h)", "mưa lớn, trên một trăm mi li mét trong ba giờ"),
        (
            "phổ biến 40-70 mm/24 giờ",
            "phổ biến bốn mươi đến bảy mươi mi li mét trong hai mươi tư giờ",
        ),
        ("vùng núi 50-100mm/ngày", "vùng núi năm mươi đến một trăm mi li mét một ngày"),
        ("tổng lượng mưa 300-500 mm/đợt", "tổng lượng mưa ba trăm đến năm trăm mi li mét một đợt"),
        ("tốc độ 120km/h", "tốc độ một trăm hai mươi ki lô mét một giờ"),
        ("trên 50mm trong 24h", "trên năm mươi mi li mét trong hai mươi tư giờ"),
        # typed variants
        ("nhiệt độ 12-15oC", "nhiệt độ mười hai đến mười lăm độ xê"),
        ("dưới 8 0C", "dưới tám độ xê"),
        ("cao nhất 35ºC", "cao nhất ba mươi lăm độ xê"),
        ("rét 8°C", "rét tám độ xê"),
        ("đường dài 12 Km, 5 KM", "đường dài mười hai ki lô mét, năm ki lô mét"),
        (
            "nhà 250 m², sân 30 m2, bể 20 m³",
            "nhà hai trăm năm mươi mét vuông, sân ba mươi mét vuông, bể hai mươi mét khối",
        ),
        ("tỷ lệ 1:500", "tỷ lệ một trên năm trăm"),
        ("bón 5-7 kg Urê/sào", "bón năm đến bảy ki lô gam Urê một sào"),
        ("khám 2 lần/năm", "khám hai lần mỗi năm"),
        ("trẻ uống với liều 2 ống/lần.", "trẻ uống với liều hai ống một lần."),
        ("khám 5 năm/lần", "khám năm năm một lần"),
        (
            "có 20 doanh nghiệp hoạt động/nghìn dân; có",
            "có hai mươi doanh nghiệp hoạt động trên nghìn dân; có",
        ),
        ("Tiêm nhắc lại/lần 2 sau", "Tiêm nhắc lại, lần hai sau"),  # an ordinal: no «per»
        ("Mức hỗ trợ/lần là 2 triệu", "Mức hỗ trợ mỗi lần là hai triệu"),  # no count before
        # a rate is no thousands: its number may be a fraction
        (
            "Tỷ lệ mắc 12,345 ca/100.000 dân",
            "Tỷ lệ mắc mười hai phẩy ba trăm bốn mươi lăm ca trên một trăm nghìn dân",
        ),
        ("có 0,125 ca", "có không phẩy một trăm hai mươi lăm ca"),
        (
            "đạt 337 MWH, 2,1 GWH",
            "đạt ba trăm ba mươi bảy mê ga oát giờ, hai phẩy một gi ga oát giờ",
        ),
        ("cường độ 30 MPa", "cường độ ba mươi mê ga pát xan"),
        ("Đơn vị tính: đồng/kg", "Đơn vị tính: đồng một ki lô gam"),
        ("ngày/tháng/năm sinh", "ngày, tháng, năm sinh"),
        ("thuốc 200g/l", "thuốc hai trăm gam trên lít"),
        ("1/2 số hộ có vườn", "một phần hai số hộ có vườn"),
        ("sạt lở tại Km12+300", "sạt lở tại ki lô mét mười hai cộng ba trăm"),
        (
            "giá 12.500 - 13.000 đ/kg",
            "giá mười hai nghìn năm trăm đến mười ba nghìn đồng một ki lô gam",
        ),
        ("thuốc 150.000đ/chai", "thuốc một trăm năm mươi nghìn đồng một chai"),
    ],
)
def test_units_after_every_number_form(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a count per head of a population, a household, a commune
        ("từ 2,33 con/phụ nữ", "từ hai phẩy ba mươi ba con trên phụ nữ"),
        ("bình quân 5 điểm/xã", "bình quân năm điểm trên xã"),
        # a decimal per a weighed amount
        (
            "thu hồi 13,7-13,8/20kg có giá",
            "thu hồi mười ba phẩy bảy đến mười ba phẩy tám trên hai mươi ki lô gam có giá",
        ),
        # between two administrative units it is a list
        ("tại 15 xã/phường", "tại mười lăm xã, phường"),
        # a time unit per time unit; only a form's blank date stays a list
        ("hoạt động 3 giờ/ngày", "hoạt động ba giờ một ngày"),
        ("ghi rõ ngày/tháng/năm sinh", "ghi rõ ngày, tháng, năm sinh"),
        # an unmistakable unit after a word, a scale word or with a superscript
        (
            "khoảng 3.457 đồng một kWh",
            "khoảng ba nghìn bốn trăm năm mươi bảy đồng một ki lô oát giờ",
        ),
        ("đạt 2.700 triệu kWh", "đạt hai nghìn bảy trăm triệu ki lô oát giờ"),
        # a battery's charge; kilowatt hours and milliampere hours typed with a capital H
        ("pin 4.500mAh sạc nhanh", "pin bốn nghìn năm trăm mi li am pe giờ sạc nhanh"),
        (
            "Pin 5000 mAH, dùng 200 kWH",
            "Pin năm nghìn mi li am pe giờ, dùng hai trăm ki lô oát giờ",
        ),
        ("xi lanh từ 50cm³ trở lên", "xi lanh từ năm mươi xăng ti mét khối trở lên"),
        ("dây 2,5 mm² lõi đồng", "dây hai phẩy năm mi li mét vuông lõi đồng"),
        # a word broken at a line end, a dash typed without its space
        ("dung tích xi- lanh", "dung tích xi lanh"),
        ("tuyến Hà Nội- Hải Phòng", "tuyến Hà Nội, Hải Phòng"),
    ],
)
def test_per_heads_units_after_words_and_broken_words(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "giá 56 - 56,4 triệu đồng/lượng.",
            "giá năm mươi sáu đến năm mươi sáu phẩy bốn triệu đồng một lượng.",
        ),
        ("mất khoảng 5 km2 đất", "mất khoảng năm ki lô mét vuông đất"),
        ("tại Km12+300", "tại ki lô mét mười hai cộng ba trăm"),
        ("0,123 gram heroin", "không phẩy một trăm hai mươi ba gam heroin"),
        ("hoạt động 24h/24h/ngày", "hoạt động hai mươi tư giờ trên hai mươi tư giờ một ngày"),
        ("mức báo động (BĐ) 1 - BĐ 2; các", "mức báo động một đến báo động hai; các"),
        ("cấp 3 - cấp 4", "cấp ba đến cấp bốn"),
        ("từ Thanh Hóa - Phú Yên có mưa", "từ Thanh Hóa đến Phú Yên có mưa"),
        ("lưu vực Vu Gia - Thu Bồn", "lưu vực Vu Gia, Thu Bồn"),
        ("Sáng nay (22.1), giá vàng", "Sáng nay, ngày hai mươi hai tháng một, giá vàng"),
    ],
)
def test_gold_areas_round_the_clock_levels_and_places(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "khoảng 248 – 311m2/lô; đơn giá",
            "khoảng hai trăm bốn mươi tám đến ba trăm mười một mét vuông một lô; đơn giá",
        ),
        ("9 bè (khoảng 15 m2/bè) của", "chín bè, khoảng mười lăm mét vuông một bè, của"),
        ("diện tích 0,8m2/bể anh", "diện tích không phẩy tám mét vuông một bể anh"),
        ("6 loại rau (100 m2/loại), lợi", "sáu loại rau, một trăm mét vuông một loại, lợi"),
        ("3.500 m3/giờ/máy.", "ba nghìn năm trăm mét khối một giờ một máy."),
        ("Thu nhập/ha cà phê", "Thu nhập một héc ta cà phê"),
        ("Doanh thu/ha/vụ đạt", "Doanh thu một héc ta một vụ đạt"),
        ("Giá trị sản xuất/ha đất canh tác", "Giá trị sản xuất một héc ta đất canh tác"),
        ("Số con/ổ bình quân", "Số con một ổ bình quân"),
        ("Mỗi năm/học sinh được", "Mỗi năm một học sinh được"),
        ("Phí gửi xe 5 ngàn/1h", "Phí gửi xe năm ngàn một giờ"),
        ("tối đa 9 tháng/năm học/học sinh; mức", "tối đa chín tháng một năm học một học sinh; mức"),
        ("bón 2 lít/bè", "bón hai lít một bè"),
        (
            "mức 500.000 đồng/thân nhân/lần; các",
            "mức năm trăm nghìn đồng một thân nhân mỗi lần; các",
        ),
        ("là cơ sở sản xuất/hộ kinh doanh, còn", "là cơ sở sản xuất, hộ kinh doanh, còn"),
        ("giá 118 ngàn/kg", "giá một trăm mười tám ngàn một ki lô gam"),
        # a list, when no number counts the first: holders, times, sorts; «bình quân» no holder
        ("Các hộ/doanh nghiệp chấp hành", "Các hộ, doanh nghiệp chấp hành"),
        ("Thu phí theo tháng/kỳ", "Thu phí theo tháng, kỳ"),
        ("Có 20 nhóm/loại hàng hóa", "Có hai mươi nhóm, loại hàng hóa"),
        ("25 m2/bình quân đầu người", "hai mươi lăm mét vuông, bình quân đầu người"),
        ("có 31 - 34 lóng/thân.", "có ba mươi mốt đến ba mươi tư lóng một thân."),
        ("lưu trú 128,5tỷ đồng", "lưu trú một trăm hai mươi tám phẩy năm tỷ đồng"),
        ("đạt 12triệu đồng, tỉnh", "đạt mười hai triệu đồng, tỉnh"),
        (
            "tỷ lệ 1/500, 1/2000, 1/5000 và",
            "tỷ lệ một trên năm trăm, một trên hai nghìn, một trên năm nghìn và",
        ),
        ("băng tần 900/1800 MHz là", "băng tần chín trăm trên một nghìn tám trăm mê ga héc là"),
        (
            "công suất 2.014,2 kWp và 4 GW",
            "công suất hai nghìn không trăm mười bốn phẩy hai ki lô oát píc và bốn gi ga oát",
        ),
        ("học sinh lớp 12/3, trường", "học sinh lớp mười hai trên ba, trường"),
        (
            "Nhân Ngày Gia đình Việt Nam (28.6), ngày",
            "Nhân Ngày Gia đình Việt Nam, ngày hai mươi tám tháng sáu, ngày",
        ),
        (
            "ngày 9-2 (29-12 âm lịch), các",
            "ngày chín tháng hai, hai mươi chín tháng mười hai âm lịch, các",
        ),
    ],
)
def test_lots_scales_frequencies_classes_and_named_days(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("phí 8.000đ/bản sao", "phí tám nghìn đồng một bản sao"),
        ("hỗ trợ 1,6 triệu đồng/xe", "hỗ trợ một phẩy sáu triệu đồng một xe"),
        ("bình quân/xã 3 tỷ đồng", "bình quân một xã ba tỷ đồng"),
        ("giá lúa 4,400 đ/kg", "giá lúa bốn nghìn bốn trăm đồng một ki lô gam"),
        # «VNĐ» as «đ»: the words that make it thousands are the doubt report's too
        ("giá 4,400 VNĐ/kg", "giá bốn nghìn bốn trăm Việt Nam đồng một ki lô gam"),
        (
            "lúa khô 4,500-4,600 đ/kg",
            "lúa khô bốn nghìn năm trăm đến bốn nghìn sáu trăm đồng một ki lô gam",
        ),
        ("vốn 2,500 tỷ đồng", "vốn hai phẩy năm trăm tỷ đồng"),  # billions: a decimal comma
        ("vài trăm mg/dL", "vài trăm mi li gam trên đề xi lít"),
        ("trên AM 675KHz", "trên a em sáu trăm bảy mươi lăm ki lô héc"),
        ("số lô: 07062011", "số lô: không bảy không sáu hai không một một"),
        ("số lô 0218", "số lô không hai một tám"),
    ],
)
def test_prices_per_item_thousands_in_dong_and_codes_with_a_leading_zero(
    text: str, spoken: str
) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a currency sign before or after the amount
        ("giá 100₫, 5€ và 3 £", "giá một trăm đồng, năm ơ rô và ba bảng Anh"),
        ("khoản vay US$ 2,5 triệu", "khoản vay hai phẩy năm triệu đô la Mỹ"),
        ("nhiệt độ 30 ℃", "nhiệt độ ba mươi độ xê"),
        # amounts of money of different scales on both sides of a dash
        (
            "giá vé 615.000 đồng - 1,1 triệu đồng/người",
            "giá vé sáu trăm mười lăm nghìn đồng đến một phẩy một triệu đồng trên người",
        ),
        # a unit after the number's scale word
        ("quản lý 2,4 triệu ha rừng", "quản lý hai phẩy bốn triệu héc ta rừng"),
        # a dyke's chainage with a bare K, and a span of two chainages
        (
            "đoạn K5+858 - K5+905",
            "đoạn ki lô mét năm cộng tám trăm năm mươi tám"
            " đến ki lô mét năm cộng chín trăm linh năm",
        ),
        ("từ Km 12 - Km 15", "từ ki lô mét mười hai đến ki lô mét mười lăm"),
        # gold's fineness
        ("nhẫn vàng 18k và vàng 9999", "nhẫn vàng mười tám ca ra và vàng bốn số chín"),
        ("dây chuyền 18kara", "dây chuyền mười tám ca ra"),
    ],
)
def test_currency_signs_money_spans_scaled_units_chainages_and_gold(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("lương 223.000 JPY/tháng", "lương hai trăm hai mươi ba nghìn yên Nhật một tháng"),
        ("vé 700 EUR", "vé bảy trăm ơ rô"),
    ],
)
def test_currency_codes(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # an amount per a unit with the currency left out
        ("giá tiêu 145.000/kg", "giá tiêu một trăm bốn mươi lăm nghìn một ki lô gam"),
        # a «per» after a «per»
        (
            "hỗ trợ 2 triệu đồng/cơ sở/tháng/học sinh",
            "hỗ trợ hai triệu đồng một cơ sở mỗi tháng một học sinh",
        ),
        ("15kg gạo/tháng/học sinh", "mười lăm ki lô gam gạo mỗi tháng một học sinh"),
        # coffee futures, mixed-case units
        ("giá 2,90 cent/lb", "giá hai phẩy chín mươi xen trên pao"),
        ("mật độ 500 gr/l", "mật độ năm trăm gam trên lít"),
        ("đường dây 350KV và 20KM", "đường dây ba trăm năm mươi ki lô vôn và hai mươi ki lô mét"),
        # a position in decimal degrees
        (
            "tâm bão ở 16,3°N; 124,6°E",
            "tâm bão ở mười sáu phẩy ba độ vĩ Bắc; một trăm hai mươi tư phẩy sáu độ kinh Đông",
        ),
    ],
)
def test_amounts_per_unit_chains_of_per_and_positions(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # what a number counts, per a unit or per what holds it
        ("mật độ 10 - 60 cá/m 2", "mật độ mười đến sáu mươi cá trên mét vuông"),
        ("loại 10-12 củ/kg", "loại mười đến mười hai củ trên ki lô gam"),
        ("thu 60 lít/đàn/vụ", "thu sáu mươi lít một đàn một vụ"),
        ("năng suất 20 tấn/ha", "năng suất hai mươi tấn một héc ta"),
        ("có 1 xã/phường đạt chuẩn", "có một xã, phường đạt chuẩn"),
        ("tại 15 xã/phường, 2 thôn", "tại mười lăm xã, phường, hai thôn"),
        ("thép Φ14 ÷16", "thép phi mười bốn đến mười sáu"),
        ("phục vụ 4.500 khách/giờ", "phục vụ bốn nghìn năm trăm khách mỗi giờ"),
        (
            "vay 1,5 triệu đồng/tháng/HSSV",
            "vay một phẩy năm triệu đồng một tháng một học sinh, sinh viên",
        ),
        # per an abbreviation, then per a time; a share of a total; per time after a bound
        (
            "không quá 150.000 đồng/HS/tháng, 23.000 đồng/USD",
            "không quá một trăm năm mươi nghìn đồng một học sinh mỗi tháng,"
            " hai mươi ba nghìn đồng một đô la Mỹ",
        ),
        ("dư nợ QTDND/tổng dư nợ", "dư nợ quỹ tín dụng nhân dân trên tổng dư nợ"),
        ("từ 2 triệu đồng trở lên/lần", "từ hai triệu đồng trở lên mỗi lần"),
        ("ép tim 100–120 lần ép/phút", "ép tim một trăm đến một trăm hai mươi lần ép mỗi phút"),
        # a count of things never counted in fractions: the comma groups thousands
        ("lắp trên 2,500 trạm; 3,5 người", "lắp trên hai nghìn năm trăm trạm; ba phẩy năm người"),
        ("là 2,123 ca với", "là hai nghìn một trăm hai mươi ba ca với"),
        ("hơn một ha khoai, nửa ha lúa", "hơn một héc ta khoai, nửa héc ta lúa"),
        ("mức sinh 1,48 con/mẹ", "mức sinh một phẩy bốn mươi tám con trên mẹ"),
        # a service's hours are «trên» seven days; rain falls «trong» three hours
        ("trực 24 giờ/07 ngày", "trực hai mươi tư giờ trên bảy ngày"),
        ("mưa 100mm/3h", "mưa một trăm mi li mét trong ba giờ"),
        (
            "giá 250. 000 – 300.000 đồng/kg",
            "giá hai trăm năm mươi nghìn đến ba trăm nghìn đồng một ki lô gam",
        ),
        ("asen dưới 10 ppb", "asen dưới mười phần tỷ"),
        ("mỗi chiếc ghế là 30.000đồng.", "mỗi chiếc ghế là ba mươi nghìn đồng."),
        ("cho 30kg hạt/vụ", "cho ba mươi ki lô gam hạt mỗi vụ"),
        ("tưới 3 - 4 lần/mùa khô", "tưới ba đến bốn lần một mùa khô"),
        ("đạt 378,7tấn.", "đạt ba trăm bảy mươi tám phẩy bảy tấn."),
        (
            "Đề án 1 triệu ha, hay một triệu ha lúa",
            "Đề án một triệu héc ta, hay một triệu héc ta lúa",
        ),
        ("hàng nghìn ha rừng", "hàng nghìn héc ta rừng"),
        (
            "dài 60cm x rộng 30cm x cao 80cm",
            "dài sáu mươi xăng ti mét nhân rộng ba mươi xăng ti mét nhân cao tám mươi xăng ti mét",
        ),
    ],
)
def test_counts_per_unit_or_holder(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("tàu cá công suất 400 CV", "tàu cá công suất bốn trăm mã lực"),
        ("tốc độ 2,5 hải lý/giờ", "tốc độ hai phẩy năm hải lý mỗi giờ"),
        ("cảng cho tàu 5.000DWT", "cảng cho tàu năm nghìn tấn trọng tải"),
        (
            "huyết áp <140/90 mmHg",
            "huyết áp dưới một trăm bốn mươi trên chín mươi mi li mét thủy ngân",
        ),
        ("hỗ trợ 40 triệu/nhà", "hỗ trợ bốn mươi triệu một nhà"),
        ("xây 5 ngôi nhà/địa phương", "xây năm ngôi nhà một địa phương"),
    ],
)
def test_boats_blood_pressure_and_amounts_per_house(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # transformers' apparent power
        ("trạm 250kVA", "trạm hai trăm năm mươi ki lô vôn am pe"),
        ("tổng 50.000MVA", "tổng năm mươi nghìn mê ga vôn am pe"),
        # a glued run of capitals no table knows: the number stays whole
        ("mua 50.000ABC", "mua năm mươi nghìn a bê xê"),
        # «per» after a thing of up to three words, before a unit symbol
        ("01 lít nước vôi/m2", "một lít nước vôi trên mét vuông"),
        ("5 kg vôi bột/m2", "năm ki lô gam vôi bột trên mét vuông"),
        # mobile data; a thing per what holds it
        ("giá 5đ/10KB", "giá năm đồng trên mười ki lô bai"),
        ("gói 3GB/ngày", "gói ba gi ga bai một ngày"),
        ("đóng 25kg/thùng", "đóng hai mươi lăm ki lô gam một thùng"),
        # a long run of digits is an account or a code; an amount stays a number
        ("mã ngân hàng 058", "mã ngân hàng không năm tám"),
        ("số 9846244464 do", "số chín tám bốn sáu hai bốn bốn bốn sáu bốn do"),
        ("số tiền 150000000 đồng", "số tiền một trăm năm mươi triệu đồng"),
        # a count in words before a unit; «x» between a word and a number; a degree typed «OC»
        ("hàng trăm km đường, 2 xã", "hàng trăm ki lô mét đường, hai xã"),
        ("(Điểm Toán + Điểm Văn) x 2", "Điểm Toán cộng Điểm Văn, nhân hai"),
        ("nhiệt độ 38OC", "nhiệt độ ba mươi tám độ xê"),
        ("65–75 nm", "sáu mươi lăm đến bảy mươi lăm na nô mét"),
        # three or more numbers joined by dashes are a list
        ("tiêm lúc 2 – 3 – 4 tháng tuổi", "tiêm lúc hai, ba, bốn tháng tuổi"),
        ("nhiệt độ 20 - 25 độ", "nhiệt độ hai mươi đến hai mươi lăm độ"),
        # a currency named in words, per unit
        ("3.043 nhân dân tệ/tấn", "ba nghìn không trăm bốn mươi ba nhân dân tệ một tấn"),
    ],
)
def test_powers_glued_letters_and_amounts_per_unit(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # prices abroad: the currency capitalised or in its own letters, per a unit
        ("ở mức 341,00 Yên/kg", "ở mức ba trăm bốn mươi mốt phẩy không không Yên một ki lô gam"),
        ("tăng lên 82,43 Baht/kg", "tăng lên tám mươi hai phẩy bốn mươi ba bạt một ki lô gam"),
        ("lên 15.925 NDT/tấn", "lên mười lăm nghìn chín trăm hai mươi lăm nhân dân tệ một tấn"),
        ("16.630 Nhân dân tệ/kg", "mười sáu nghìn sáu trăm ba mươi Nhân dân tệ một ki lô gam"),
        ("Tổ 5 Yên Thế", "Tổ năm Yên Thế"),  # a place, not a currency
        # rubber is priced per degree of dry rubber
        ("mủ 385 đồng/độ TSC/kg", "mủ ba trăm tám mươi lăm đồng một độ tê ét xê trên ki lô gam"),
        ("giá 270-312 đồng/TSC", "giá hai trăm bảy mươi đến ba trăm mười hai đồng một tê ét xê"),
        # watts; a unit per a part of a whole; two amounts of a scale
        ("công suất tối đa 30W", "công suất tối đa ba mươi oát"),
        ("tối thiểu 50 ha/tiểu vùng", "tối thiểu năm mươi héc ta một tiểu vùng"),
        ("giá 800 triệu - 1 tỷ đồng/m2", "giá tám trăm triệu đến một tỷ đồng một mét vuông"),
        # a chainage whose number comes after a word or a plus
        ("từ Km thứ 11 đến Km+500", "từ ki lô mét thứ mười một đến ki lô mét cộng năm trăm"),
        # a list of three numbers before a full stop; a formula's product of named amounts
        ("theo phác đồ 0 – 2 – 6. Nên", "theo phác đồ không, hai, sáu. Nên"),
        ("Số thuế = Doanh thu x Thuế suất", "Số thuế bằng Doanh thu nhân Thuế suất"),
    ],
)
def test_prices_abroad_rubber_watts_and_formulas(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # noise in decibels, after a number and alone
        ("tối đa 70dBA ban ngày", "tối đa bảy mươi đê xi ben a ban ngày"),
        ("phải xem dBA, tức", "phải xem đê xi ben a, tức"),
        # a dotted decimal before a scale word, then its unit
        ("gần 10.5 triệu ha", "gần mười phẩy năm triệu héc ta"),
        # a unit after a compound unit's exponent; a thing per hectare; four words per a holder
        ("tưới 800m3/ha và", "tưới tám trăm mét khối một héc ta và"),
        ("năng suất 2 tấn hạt/ha", "năng suất hai tấn hạt trên héc ta"),
        ("bón 10 kg phân hữu cơ /cây.", "bón mười ki lô gam phân hữu cơ một cây."),
        ("10-60 cá/m2/năm", "mười đến sáu mươi cá trên mét vuông một năm"),
        # a fertiliser's grade of two numbers
        ("loại DAP 18-46 của", "loại đê a pê mười tám, bốn mươi sáu của"),
    ],
)
def test_decibels_dotted_scales_and_units_per_holder(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("khoảng 1,5 tỷ đồng/mỗi căn", "khoảng một phẩy năm tỷ đồng mỗi căn"),
        ("cho 20 cầu ong/tối, cho", "cho hai mươi cầu ong một tối, cho"),
        ("mỗi lần 0,5 mL, cách", "mỗi lần không phẩy năm mi li lít, cách"),
        ("tỉ lệ tử vong/mắc là 0,04%", "tỉ lệ tử vong trên mắc là không phẩy không bốn phần trăm"),
        ("tỷ lệ nhiễm HIV/AIDS trong", "tỷ lệ nhiễm hát i vê, ết trong"),
    ],
)
def test_each_per_evening_millilitres_and_rates_of_words(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("glucose 15,2 mmol/l", "glucose mười lăm phẩy hai mi li mol trên lít"),
        (
            "≥ 126 mg/dL; 140 mg/dl",
            "lớn hơn hoặc bằng một trăm hai mươi sáu mi li gam trên đề xi lít;"
            " một trăm bốn mươi mi li gam trên đề xi lít",
        ),
        ("48 mmol/mol", "bốn mươi tám mi li mol trên mol"),
        ("nồng độ 400 ppm", "nồng độ bốn trăm phần triệu"),
        ("Nồng độ (ppm)", "Nồng độ, phần triệu"),
        ("loại 330-400 gram/trái", "loại ba trăm ba mươi đến bốn trăm gam một trái"),
        ("giá 60.000 đồng/chậu", "giá sáu mươi nghìn đồng một chậu"),
        # a tilde: a range between two numbers, «about» before one
        (
            "400 ~ 500 ppm; 1 ~ 1.5 giờ",
            "bốn trăm đến năm trăm phần triệu; một đến một phẩy năm giờ",
        ),
        ("~30 người; khoảng ~ 30 người", "khoảng ba mươi người; khoảng ba mươi người"),
        # a part of a whole in thousands, the unit glued on
        (
            "đạt 158.190/167.312ha",
            "đạt một trăm năm mươi tám nghìn một trăm chín mươi"
            " trên một trăm sáu mươi bảy nghìn ba trăm mười hai héc ta",
        ),
        # a page's view counter in the English way
        ("Lượt xem: 10,953", "Lượt xem: mười nghìn chín trăm năm mươi ba"),
        ("có 2,083 lượt xem", "có hai nghìn không trăm tám mươi ba lượt xem"),
        ("hưởng 2/3 suất thừa kế", "hưởng hai phần ba suất thừa kế"),
    ],
)
def test_units_of_medicine_fruit_and_counters(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # thousands in a small «k» (not beside gold)
        (
            "250–300k tiền điện, 500k/tháng, thuê 350k/h",
            "hai trăm năm mươi đến ba trăm nghìn tiền điện, năm trăm nghìn một tháng,"
            " thuê ba trăm năm mươi nghìn một giờ",
        ),
        ("nhẫn vàng 18k", "nhẫn vàng mười tám ca ra"),
        ("vượt 100MW so với (600MW)", "vượt một trăm mê ga oát so với, sáu trăm mê ga oát"),
        ("13.347 KWh", "mười ba nghìn ba trăm bốn mươi bảy ki lô oát giờ"),
        (
            "320 CFU/ml; độ mặn 10 - 25 ppt",
            "ba trăm hai mươi xê ép u trên mi li lít; độ mặn mười đến hai mươi lăm phần nghìn",
        ),
        ("lớn hơn 29.9.", "lớn hơn hai mươi chín phẩy chín."),
        ("mục 2.3.", "mục hai chấm ba."),
        # two amounts side by side are no echo: «hai mươi hai giờ (hai giờ)»
        ("Từ 20 giờ 00 đến 22 giờ 00 (02 giờ).", "Từ hai mươi giờ đến hai mươi hai giờ, hai giờ."),
    ],
)
def test_thousands_in_k_power_bacteria_and_amounts_side_by_side(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a blood pressure glued to its unit, after a sign
        (
            "huyết áp >140/90mmHg",
            "huyết áp trên một trăm bốn mươi trên chín mươi mi li mét thủy ngân",
        ),
        # the unit a bracketed amount is per
        (
            "lên 324,5 Yên (2,15 USD)/kg.",
            "lên ba trăm hai mươi tư phẩy năm Yên, hai phẩy mười lăm đô la Mỹ một ki lô gam.",
        ),
        # every sign of a formula's product
        (
            "Thể tích = Chiều dài x Chiều rộng x Chiều cao",
            "Thể tích bằng Chiều dài nhân Chiều rộng nhân Chiều cao",
        ),
        # three decimals before things never counted in fractions: a thousands comma
        ("giảm 1,193 vụ", "giảm một nghìn một trăm chín mươi ba vụ"),
        # a share of the accused is no date
        ("của 2/3 bị cáo kháng cáo", "của hai trên ba bị cáo kháng cáo"),
    ],
)
def test_pressures_per_units_after_brackets_products_and_counts(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("huyết áp 140/90mm Hg", "huyết áp một trăm bốn mươi trên chín mươi mi li mét thủy ngân"),
        ("140/90 mmhg", "một trăm bốn mươi trên chín mươi mi li mét thủy ngân"),
        (
            "huyết áp 140-159/90-99 mmHg",
            "huyết áp một trăm bốn mươi đến một trăm năm mươi chín trên chín mươi đến chín mươi "
            "chín mi li mét thủy ngân",
        ),
        # an article in brackets is no amount a unit is per
        ("phạt 2 triệu đồng (Điều 5)/lần", "phạt hai triệu đồng, Điều năm, lần"),
        (
            "giá thuê 15 USD (khoảng 350.000 đồng)/m2/tháng",
            "giá thuê mười lăm đô la Mỹ, khoảng ba trăm năm mươi nghìn đồng một mét vuông một "
            "tháng",
        ),
        (
            "Tiền thuê đất = Diện tích x Đơn giá x Hệ số x Tỷ lệ x Thời gian x Mức giảm",
            "Tiền thuê đất bằng Diện tích nhân Đơn giá nhân Hệ số nhân Tỷ lệ nhân Thời gian nhân "
            "Mức giảm",
        ),
        # a breed cross in the next sentence is no product
        (
            "Tiền phạt = Diện tích x Đơn giá. Theo đó, lợn lai Duroc x Landrace được ưa chuộng.",
            "Tiền phạt bằng Diện tích nhân Đơn giá. Theo đó, lợn lai Duroc x Landrace được ưa "
            "chuộng.",
        ),
    ],
)
def test_review_of_round_56_pressures_brackets_and_formulas(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_long_line_of_brackets_is_read_in_linear_time() -> None:
    from broadcaster.speech.textnorm.units import PER_AFTER_BRACKET

    line = "giá (" + "1 " * 10_000 + "đồng)x (2 USD)/kg"
    assert PER_AFTER_BRACKET.search(line) is not None  # bounded: no scan of the whole bracket


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # bits a second in small b, bytes a second, an undersea cable's terabits
        ("đạt 85,93 Mb/giây", "đạt tám mươi lăm phẩy chín mươi ba mê ga bít trên giây"),
        ("10 Gbit/s và 2 Tb/s", "mười gi ga bít trên giây và hai tê ra bít trên giây"),
        ("đạt 39,44 MBps", "đạt ba mươi chín phẩy bốn mươi tư mê ga bai trên giây"),
        ("lên tới 54 Tbps.", "lên tới năm mươi tư tê ra bít trên giây."),
        # a size in «Mb» alone may be bits or bytes: left as typed (and seen)
        ("không quá 5Mb.", "không quá năm Mb."),
        ("đạt đến 2 Terabit/giây", "đạt đến hai tê ra bít mỗi giây"),
    ],
)
def test_data_rates_and_sizes_in_bits(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # what a clump, an ear, a post holds: a holder after a slash
        ("mật độ 30 con/khóm trở lên", "mật độ ba mươi con một khóm trở lên"),
        ("còn 65 hạt/bông", "còn sáu mươi lăm hạt một bông"),
        (
            "bón 0,3 – 0,5 kg/trụ mỗi tháng",
            "bón không phẩy ba đến không phẩy năm ki lô gam một trụ mỗi tháng",
        ),
        # a share of a grain is no date
        ("mầm dài 1/3 hạt thóc", "mầm dài một phần ba hạt thóc"),
        # a speed measured over its limit
        ("tốc độ 56/50km/h", "tốc độ năm mươi sáu trên năm mươi ki lô mét một giờ"),
    ],
)
def test_round_58_holders_grain_shares_and_speeds(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken
