"""Dates only where the context makes them dates; fractions, counts and street names."""

import pytest

from broadcaster.speech.textnorm.normalize import normalize_text

YEAR_24 = "năm hai nghìn không trăm hai mươi tư"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("tháng 9-2024", f"tháng chín {YEAR_24}"),
        ("tháng 9/2024", f"tháng chín {YEAR_24}"),
        ("từ tháng 9-10/2024", f"từ tháng chín đến tháng mười {YEAR_24}"),
        ("từ tháng 6 - 8", "từ tháng sáu đến tháng tám"),
        ("ngày 15-8", "ngày mười lăm tháng tám"),
        ("ngày 7.3", "ngày bảy tháng ba"),
        ("ngày 7.3.2025", "ngày bảy tháng ba năm hai nghìn không trăm hai mươi lăm"),
        ("Quý II/2025", "Quý hai năm hai nghìn không trăm hai mươi lăm"),
        ("quý 3/2024", f"quý ba {YEAR_24}"),
        ("từ ngày 5-7/10/2024", f"từ ngày năm đến ngày bảy tháng mười {YEAR_24}"),
        ("từ 5-7/10/2024", f"từ ngày năm đến ngày bảy tháng mười {YEAR_24}"),
        ("từ 30/9-2/10/2024", f"từ ngày ba mươi tháng chín đến ngày hai tháng mười {YEAR_24}"),
        (
            "tuần 35 (từ 26/8 - 1/9/2024)",
            f"tuần ba mươi lăm, từ ngày hai mươi sáu tháng tám đến ngày một tháng chín {YEAR_24}",
        ),
        ("từ ngày 20-25/8", "từ ngày hai mươi đến ngày hai mươi lăm tháng tám"),
        ("các ngày 5, 6 và 7/10", "các ngày năm, sáu và bảy tháng mười"),
        ("từ đêm 12/10", "từ đêm mười hai tháng mười"),
        ("ngày 12-10-2024", f"ngày mười hai tháng mười {YEAR_24}"),
        ("tháng 12 năm 2021", "tháng mười hai năm hai nghìn không trăm hai mươi mốt"),
        # shapes seen in provincial weather bulletins
        ("từ ngày 2 đến 6-9", "từ ngày hai đến ngày sáu tháng chín"),
        ("từ 19 giờ ngày 31-8", "từ mười chín giờ ngày ba mươi mốt tháng tám"),
        ("đến ngày (04/11) có mưa", "đến ngày bốn tháng mười một có mưa"),
        ("từ ngày 17/8-19/8", "từ ngày mười bảy tháng tám đến ngày mười chín tháng tám"),
        ("đêm 25/7 đến ngày 26/07", "đêm hai mươi lăm tháng bảy đến ngày hai mươi sáu tháng bảy"),
        ("sóng cao 2-3m", "sóng cao hai đến ba mét"),
        ("tổ 2-3 người", "tổ hai đến ba người"),
        # fractions and counts are not dates
        ("7/9 xã", "bảy trên chín xã"),
        ("12/15 thôn đạt chuẩn", "mười hai trên mười lăm thôn đạt chuẩn"),
        ("xã đạt 4/5 tiêu chí", "xã đạt bốn trên năm tiêu chí"),
        ("đạt 3/4 kế hoạch", "đạt ba trên bốn kế hoạch"),
        ("5-7/10 xã", "năm đến bảy trên mười xã"),
        # streets named after a date; house numbers
        ("đường 2/9", "đường Hai tháng Chín"),
        ("đường 30/4", "đường Ba mươi tháng Tư"),
        ("phố 19/5", "phố Mười chín tháng Năm"),
        ("nhà số 27/4 đường Lê Lợi", "nhà số hai mươi bảy trên bốn đường Lê Lợi"),
        ("hẻm 12/3", "hẻm mười hai trên ba"),
    ],
)
def test_dates_and_what_is_not_a_date(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("lúc 15 giờ 00", "lúc mười lăm giờ"),
        ("lúc 8 giờ 15'", "lúc tám giờ mười lăm phút"),
        ("20 giờ 00 phút", "hai mươi giờ"),
        ("lúc 6h00 và 7h", "lúc sáu giờ và bảy giờ"),
        ("từ 7h30 đến 11h00", "từ bảy giờ ba mươi phút đến mười một giờ"),
        ("hồi 04 giờ", "hồi bốn giờ"),
        ("trực 24h", "trực hai mươi tư giờ"),
        ("7g30 sáng", "bảy giờ ba mươi phút sáng"),
        ("mua 5g muối", "mua năm gam muối"),
        ("làm việc 7h-11h", "làm việc bảy giờ đến mười một giờ"),
        ("chiều 13h30' - 17h", "chiều mười ba giờ ba mươi phút đến mười bảy giờ"),
        ("từ 8h0 đến 16h30", "từ tám giờ đến mười sáu giờ ba mươi phút"),
        ("8h5 sáng", "tám giờ năm phút sáng"),
    ],
)
def test_clock_times(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("xếp thứ 6/10 về thời gian", "xếp thứ sáu trên mười về thời gian"),
        ("hạng 3/25", "hạng ba trên hai mươi lăm"),
        ("đạt thứ 15 – 20/66 tỉnh", "đạt thứ mười lăm đến thứ hai mươi trên sáu mươi sáu tỉnh"),
        (
            "(22-12-1944/22-12-2023)",
            "ngày hai mươi hai tháng mười hai năm một nghìn chín trăm bốn mươi tư đến ngày hai mươi"
            " hai tháng mười hai năm hai nghìn không trăm hai mươi ba",
        ),
        ("2/3 thời lượng khóa học", "hai phần ba thời lượng khóa học"),
        ("6/6 vùng kinh tế", "sáu trên sáu vùng kinh tế"),
        # a share is never more than its whole: «15/3 doanh nghiệp» is a day
        ("từ 15/3 doanh nghiệp sẽ gửi", "từ ngày mười lăm tháng ba doanh nghiệp sẽ gửi"),
        (
            "trong 3 ngày (14,15 và 16/4)",
            "trong ba ngày, mười bốn, mười lăm và ngày mười sáu tháng tư",
        ),
        ("ngày 3,4,5/6", "ngày ba, bốn, năm tháng sáu"),
        ("đạt 8,5/10 điểm", "đạt tám phẩy năm trên mười điểm"),
        ("so với ngày 3-4 Tết", "so với ngày ba đến bốn Tết"),
        ("mùng 3-4 Tết", "mùng ba đến bốn Tết"),
        (
            "Từ 25.1 (20 tháng Chạp), trời rét",
            "Từ ngày hai mươi lăm tháng một, hai mươi tháng Chạp, trời rét",
        ),
        ("(24 - 25.3) nắng nóng", "ngày hai mươi tư đến ngày hai mươi lăm tháng ba, nắng nóng"),
        (
            "Cập nhật: 15/11/2025 ,19:33",
            "Cập nhật: ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm,"
            " mười chín giờ ba mươi ba phút",
        ),
        (
            "22/06/2020 13:48Cháy chợ",
            "ngày hai mươi hai tháng sáu năm hai nghìn không trăm hai mươi mười ba giờ bốn mươi"
            " tám phút Cháy chợ",
        ),
        ("giảm gần 1/4 so với tháng 3", "giảm gần một phần tư so với tháng ba"),
        ("tạm nộp 3/5 kỳ", "tạm nộp ba trên năm kỳ"),
        ("giảm 1/3 giá vé", "giảm một phần ba giá vé"),
        ("còn 2/3 số cũ", "còn hai phần ba số cũ"),
        # a share of those counted, or of a length: not the first of March
        ("với 1/3 trong số họ", "với một phần ba trong số họ"),
        ("hoặc 1/3 đường kính", "hoặc một phần ba đường kính"),
        ("đến 1/5 sẽ nghỉ", "đến ngày một tháng năm sẽ nghỉ"),
    ],
)
def test_ranks_shares_days_of_tet_and_dates_beside_other_marks(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the end of a span after a date just read is a date too
        (
            "từ ngày 27-2 đến 15-3",
            "từ ngày hai mươi bảy tháng hai đến ngày mười lăm tháng ba",
        ),
        ("ngày 11 đến 13.10", "ngày mười một đến ngày mười ba tháng mười"),
        ("ngày 5 đến 10-15 giờ", "ngày năm đến mười đến mười lăm giờ"),
        # round the clock after a service word; a date elsewhere
        ("tổng đài hỗ trợ 24/7", "tổng đài hỗ trợ hai mươi tư trên bảy"),
        ("Ngày 24/7, trực 24/7.", "Ngày hai mươi tư tháng bảy, trực hai mươi tư trên bảy."),
    ],
)
def test_span_ends_and_round_the_clock(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a dash after a date, before an hour; a date after an hour
        (
            "từ 19 giờ ngày 20.10 - 7 giờ ngày 21.10",
            "từ mười chín giờ ngày hai mươi tháng mười đến bảy giờ ngày hai mươi mốt tháng mười",
        ),
        ("từ 12 giờ đến 14 giờ 18-5", "từ mười hai giờ đến mười bốn giờ ngày mười tám tháng năm"),
        # an hour, then a span of minutes
        ("lúc 7 giờ 30-45 phút", "lúc bảy giờ ba mươi đến bốn mươi lăm phút"),
        # «từ d-m» before «đến» or a comma: a range cannot start a range
        (
            "sửa chữa từ 1-4 đến 17 giờ ngày 18-4",
            "sửa chữa từ ngày một tháng tư đến mười bảy giờ ngày mười tám tháng tư",
        ),
        ("Từ 1-4, ngưng qua cầu", "Từ ngày một tháng tư, ngưng qua cầu"),
        # a proper fraction before a whole it is a share of; a time word keeps a day
        ("chỉ thông 1/3 mặt cầu", "chỉ thông một phần ba mặt cầu"),
        ("chiếm 2/3 diện tích", "chiếm hai phần ba diện tích"),
        ("1/2 mái đê bị sạt", "một phần hai mái đê bị sạt"),
        # a share of a vial, a dose, a tablet: a container is a whole too
        ("được truyền 2/3 lọ thuốc", "được truyền hai phần ba lọ thuốc"),
        ("uống 1/2 viên thuốc", "uống một phần hai viên thuốc"),
        ("từ 1/6 viên chức được", "từ ngày một tháng sáu viên chức được"),
        ("Từ 1/6 chai nhựa bị cấm", "Từ ngày một tháng sáu chai nhựa bị cấm"),
        ("uống từ 1/4 viên thuốc", "uống từ một phần tư viên thuốc"),
        ("sáng 1/3 mặt đường ngập", "sáng một tháng ba mặt đường ngập"),
        ("Đoàn về 1/3 mặt trận", "Đoàn về ngày một tháng ba mặt trận"),
        ("trẻ từ 1-4 tuổi", "trẻ từ một đến bốn tuổi"),
        ("giảm từ 2-3 độ", "giảm từ hai đến ba độ"),
        # the day a clause names, given by «là», and the next one after a comma
        (
            "Ngày khai giảng vẫn là 5-9, giáo dục thường xuyên là 8-9.",
            "Ngày khai giảng vẫn là ngày năm tháng chín, giáo dục thường xuyên là ngày tám tháng"
            " chín.",
        ),
        ("Ngày 3 họp; số người là 5-9.", "Ngày ba họp; số người là năm đến chín."),
        ("Liều dùng: mỗi ngày là 1-2 gói.", "Liều dùng: mỗi ngày là một đến hai gói."),
        ("Dự báo ngày mai, chỉ số là 8-10.", "Dự báo ngày mai, chỉ số là tám đến mười."),
        ("Ngày hội đông vui, số đội là 6-8.", "Ngày hội đông vui, số đội là sáu đến tám."),
        (
            "Theo Sở, ngày khai giảng vẫn là 5-9.",
            "Theo Sở, ngày khai giảng vẫn là ngày năm tháng chín.",
        ),
        ("Ngày 15/7/Giáp thìn, nhân dân", "Ngày mười lăm tháng bảy năm Giáp thìn, nhân dân"),
        # a lunar date whose year is named by its stem and branch
        (
            "Ngày 30/5/2018 (16/4/Mậu Tuất) khai giảng",
            "Ngày ba mươi tháng năm năm hai nghìn không trăm mười tám, ngày mười sáu tháng tư"
            " năm Mậu Tuất, khai giảng",
        ),
    ],
)
def test_dates_and_hours_joined_by_dashes(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a span of dotted days runs forward in time, else it is decimals
        (
            "chỉ số từ 2.5 - 5.4 là mức thấp",
            "chỉ số từ hai phẩy năm đến năm phẩy bốn là mức thấp",
        ),
        ("từ 25.12 - 2.1", "từ ngày hai mươi lăm tháng mười hai đến ngày hai tháng một"),
        # both months and a year: a date span without any cue
        (
            "Tháng cao điểm (17.10 - 18.11.2021) đã",
            "Tháng cao điểm, ngày mười bảy tháng mười đến ngày mười tám tháng mười một năm hai"
            " nghìn không trăm hai mươi mốt, đã",
        ),
    ],
)
def test_dotted_day_spans_run_forward(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("dịp 30/4-1/5", "dịp ngày ba mươi tháng tư đến ngày một tháng năm"),
        (
            "từ ngày 01/05/2021đến ngày 30/5",
            "từ ngày một tháng năm năm hai nghìn không trăm hai mươi mốt"
            " đến ngày ba mươi tháng năm",
        ),
        ("từ 15g vào chiều thứ Ba", "từ mười lăm giờ vào chiều thứ Ba"),
        ("từ 23g đến 5 giờ sáng", "từ hai mươi ba giờ đến năm giờ sáng"),
        ("Từ 7g–11g ngày 5/12", "Từ bảy giờ đến mười một giờ ngày năm tháng mười hai"),
        ("nặng 15g muối", "nặng mười lăm gam muối"),
    ],
)
def test_holiday_spans_glued_dates_and_hours_written_g(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_week_span_ends_on_a_date_and_a_range_of_ages_stays_a_range() -> None:
    assert normalize_text("Trong tuần 19 đến 26-10, giá lúa") == (
        "Trong tuần mười chín đến ngày hai mươi sáu tháng mười, giá lúa"
    )
    assert normalize_text("từ 10 đến 11-12 tuổi") == "từ mười đến mười một đến mười hai tuổi"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("diễn ra 26-2 tới", "diễn ra ngày hai mươi sáu tháng hai tới"),
        ("tỷ số 3-1", "tỷ số ba một"),
        ("cấp 7-6", "cấp bảy đến sáu"),
        ("từ 5-7 ngày", "từ năm đến bảy ngày"),
    ],
)
def test_a_larger_day_before_a_smaller_month_is_a_date(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # two days, then their month in words
        ("vào mùng 3-4 tháng 10", "vào mùng ba đến bốn tháng mười"),
        ("ngày 20-22 tháng 5", "ngày hai mươi đến hai mươi hai tháng năm"),
        # a count in a year after a dash, as after a slash
        ("lần 1-2025", "lần một năm hai nghìn không trăm hai mươi lăm"),
        ("từ 8-2024 đến nay", "từ tháng tám năm hai nghìn không trăm hai mươi tư đến nay"),
        # round the clock: «giờ» where it is written
        ("trực 24/24h", "trực hai mươi tư trên hai mươi tư giờ"),
        ("trực 24h/24h", "trực hai mươi tư giờ trên hai mươi tư giờ"),
        # thousands after a colon: a map's scale, never a clock time
        ("bản đồ 1:25.000", "bản đồ một trên hai mươi lăm nghìn"),
        ("chỉ là 1:1.000.000.", "chỉ là một trên một triệu."),
        ("lúc 10:30.", "lúc mười giờ ba mươi phút."),
        ("Từ 0 – 50: 1.678 đ", "Từ không đến năm mươi: một nghìn sáu trăm bảy mươi tám đồng"),
        # a web page's time with its AM/PM mark
        ("9:29 CH", "chín giờ hai mươi chín phút chiều"),
        ("lúc 7:15 SA, rồi", "lúc bảy giờ mười lăm phút sáng, rồi"),
        # a holiday's name before a date says its day: no «ngày» added, slash or dash
        ("dịp Quốc khánh 2/9", "dịp Quốc khánh hai tháng chín"),
        ("Quốc khánh 2-9", "Quốc khánh hai tháng chín"),
        # any dot, dash or spaced slash after a holiday's name is its date
        ("chào mừng ngày Quốc khánh 2/ 9.", "chào mừng ngày Quốc khánh hai tháng chín."),
        (
            "ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20.10, thiết thực",
            "ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam hai mươi tháng mười, thiết thực",
        ),
        ("ngày Quốc tế Người cao tuổi 1-10", "ngày Quốc tế Người cao tuổi một tháng mười"),
        # a day, then its date in brackets
        (
            "Trong ngày thi đấu đầu tiên (24.11), các đội",
            "Trong ngày thi đấu đầu tiên, hai mươi tư tháng mười một, các đội",
        ),
        ("ngày thi đấu (3 trận)", "ngày thi đấu, ba trận"),
    ],
)
def test_day_spans_counts_in_a_year_and_scales(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a span between two of the same kind; from one month to another
        ("Từ tháng 4 - tháng 6, El Nino", "Từ tháng tư đến tháng sáu, El Nino"),
        ("quý I - quý III", "quý một đến quý ba"),
        (
            "từ tháng 1.2015 - 1.2018, có",
            "từ tháng một năm hai nghìn không trăm mười lăm đến tháng một năm hai nghìn không trăm"
            " mười tám, có",
        ),
        # months sharing a year (no day named); days sharing a month stay days
        (
            "trong 3 tháng (7, 8, 9/2016), giá",
            "trong ba tháng, tháng bảy, tám, chín năm hai nghìn không trăm mười sáu, giá",
        ),
        (
            "các ngày 7, 8, 9/10/2016",
            "các ngày bảy, tám, chín tháng mười năm hai nghìn không trăm mười sáu",
        ),
        # the next day's date; «ngày sau» is no day word before a weight
        (
            "đến 1 giờ sáng hôm sau 23.4, nhiều",
            "đến một giờ sáng hôm sau hai mươi ba tháng tư, nhiều",
        ),
        ("ngày sau 2.5 kg", "ngày sau hai phẩy năm ki lô gam"),
        # round the clock after a hotline, in brackets too
        ("đường dây nóng (24/7) 1900", "đường dây nóng hai mươi tư trên bảy, một nghìn chín trăm"),
        # a ratio after «pha loãng» or «tỷ lệ» is never a clock time
        ("pha loãng 1:33, Virkon", "pha loãng một trên ba mươi ba, Virkon"),
        ("bản đồ tỷ lệ 1:25.000", "bản đồ tỷ lệ một trên hai mươi lăm nghìn"),
    ],
)
def test_spans_of_one_kind_months_of_a_year_and_ratios(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


def test_a_date_set_off_by_commas_after_a_day_word() -> None:
    assert normalize_text("Chiều nay, 16.10, Trung tâm") == (
        "Chiều nay, ngày mười sáu tháng mười, Trung tâm"
    )


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Sáng sớm 5-11, người nhà mở cửa", "Sáng sớm năm tháng mười một, người nhà mở cửa"),
        # a span of days running forward with no cue: a range, not «mười lăm-ngày mười bảy»
        (
            "lưu trú trong thời gian 15-17/6 và",
            "lưu trú trong thời gian ngày mười lăm đến ngày mười bảy tháng sáu và",
        ),
        ("Ký hiệu biển số áp dụng từ 1-7", "Ký hiệu biển số áp dụng từ ngày một tháng bảy"),
        ("sử dụng từ 1-7 lần", "sử dụng từ một đến bảy lần"),
        # a date typed short: two-digit year, or a slash left over
        (
            "27/10/17, 10:18",
            "ngày hai mươi bảy tháng mười năm hai nghìn không trăm mười bảy,"
            " mười giờ mười tám phút",
        ),
        (
            "từ ngày 17/10/ đến 21/10/2023",
            "từ ngày mười bảy tháng mười đến ngày hai mươi mốt tháng mười"
            " năm hai nghìn không trăm hai mươi ba",
        ),
        ("số 12/10/17", "số mười hai trên mười trên mười bảy"),
        # round the clock, the cue a few words away; a day stays a day
        (
            "sẵn sàng tiếp nhận thông tin sự cố 24/7.",
            "sẵn sàng tiếp nhận thông tin sự cố hai mươi tư trên bảy.",
        ),
        (
            "hỗ trợ khách hàng đến hết ngày 24/7",
            "hỗ trợ khách hàng đến hết ngày hai mươi tư tháng bảy",
        ),
        ("hoạt động 24/24g", "hoạt động hai mươi tư trên hai mươi tư giờ"),
    ],
)
def test_days_typed_short_or_after_a_cue_further_away(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Sau ăn tối 3-10 giờ thì", "Sau ăn tối ba đến mười giờ thì"),
        # a date written month first, as in English, turned round
        (
            "Cập nhật 09-24-2018",
            "Cập nhật ngày hai mươi tư tháng chín năm hai nghìn không trăm mười tám",
        ),
        ("6/28/2012", "ngày hai mươi tám tháng sáu năm hai nghìn không trăm mười hai"),
        ("tháng 6, 7 và 8/2025", "tháng sáu, bảy và tám năm hai nghìn không trăm hai mươi lăm"),
        ("Trong đợt I/2019", "Trong đợt một năm hai nghìn không trăm mười chín"),
        ("Thông tư 05/2012", "Thông tư số năm năm hai nghìn không trăm mười hai"),
        ("Thông tư số 05/2012", "Thông tư số năm năm hai nghìn không trăm mười hai"),
        # a run of durations is no month: «6 tháng 04 tháng»
        ("9 tháng 6 tháng 04 tháng", "chín tháng sáu tháng bốn tháng"),
        ("Người từ đủ 65 – dưới 75 tuổi", "Người từ đủ sáu mươi lăm đến dưới bảy mươi lăm tuổi"),
    ],
)
def test_english_dates_counts_in_a_year_and_durations(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "thời hạn 10 năm (8.2019-7.2029), sẽ",
            "thời hạn mười năm, tháng tám năm hai nghìn không trăm mười chín"
            " đến tháng bảy năm hai nghìn không trăm hai mươi chín, sẽ",
        ),
        # «tới» is «up to» before a share of a whole; a time of day keeps the date
        ("cắt giảm tới 1/3 lượng khí", "cắt giảm tới một phần ba lượng khí"),
        ("sáng 1/3 mặt đường", "sáng một tháng ba mặt đường"),
        ("công nhân kỹ thuật bậc 3/7.", "công nhân kỹ thuật bậc ba trên bảy."),
    ],
)
def test_spans_of_months_and_shares_up_to(text: str, spoken: str) -> None:
    assert normalize_text(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a line whose dots are dates or thousands: a dotted day opens or closes a span
        (
            "từ 1.4 đến hết năm nay, giảm 2.000 đồng",
            "từ ngày một tháng tư đến hết năm nay, giảm hai nghìn đồng",
        ),
        (
            "hôm 21.11 tăng 10 USD, đến 22.11 lùi lại",
            "hôm hai mươi mốt tháng mười một tăng mười đô la Mỹ,"
            " đến ngày hai mươi hai tháng mười một lùi lại",
        ),
        (
            "hiệu lực từ 15.12.2025. Nghĩa là từ 15.12, việc hát",
            "hiệu lực từ ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi lăm."
            " Nghĩa là từ ngày mười lăm tháng mười hai, việc hát",
        ),
        # a quantity, a measured index, a range of numbers, or a line with no date style
        ("giá 2.000 đồng, tăng từ 2.5 ha", "giá hai nghìn đồng, tăng từ hai phẩy năm héc ta"),
        ("giá 2.000 đồng, chỉ số UV từ 10.5", "giá hai nghìn đồng, chỉ số u vê từ mười phẩy năm"),
        (
            "giá 2.000 đồng, từ 2.5 đến 3.1 ha",
            "giá hai nghìn đồng, từ hai phẩy năm đến ba phẩy một héc ta",
        ),
        ("tăng từ 1.4 lên 1.6", "tăng từ một phẩy bốn lên một phẩy sáu"),
        # a value that rises or falls, a measure, an age, a tael, a line with no dotted date
        (
            "Giá lúa tăng từ 5.5 lên 6.2 nghìn đồng, nộp 2.000 đồng.",
            "Giá lúa tăng từ năm phẩy năm lên sáu phẩy hai nghìn đồng, nộp hai nghìn đồng.",
        ),
        ("điểm từ 6.5 trở lên, lệ phí 30.000 đồng", "điểm từ sáu phẩy năm trở lên, lệ phí"),
        ("Trẻ từ 1.5 tuổi, phí 2.000 đồng", "Trẻ từ một phẩy năm tuổi"),
        ("ngày 12.5.2024, lên tới 9.5 lượng", "lên tới chín phẩy năm lượng"),
        ("ngày 12.5.2024, ngập sâu đến 1.2 m²", "ngập sâu đến một phẩy hai mét vuông"),
        ("hệ số từ 1.2, phí 2.000 đồng", "hệ số từ một phẩy hai, phí"),
        # a line with thousands dots or «d.m năm YYYY»: its dotted days are days
        (
            "Từ 1.7, mức lương cơ sở tăng lên 2.340.000 đồng/tháng.",
            "Từ ngày một tháng bảy, mức lương",
        ),
        ("Tính đến 30.9 năm 2024, cả xã", "Tính đến ngày ba mươi tháng chín năm"),
        ("Từ 1.6 trở đi, hạn chót ngày 15.5.2025.", "Từ ngày một tháng sáu trở đi"),
        ("Từ 1.9 năm ngoái đến hết ngày 15.5.2025", "Từ ngày một tháng chín năm ngoái"),
        ("Sáng 15.5, mực nước dâng từ 1.5 đến hơn 2 mét.", "dâng từ một phẩy năm đến hơn"),
        ("Tối 12.7, độ mặn từ 4.5 phần nghìn", "độ mặn từ bốn phẩy năm phần nghìn"),
        # a named day with a comma after it still tells the line's style
        (
            "Ngày 12.5, xã chỉ đạo gieo sạ xong trước 20.5.",
            "xong trước ngày hai mươi tháng năm.",
        ),
    ],
)
def test_a_dotted_day_in_a_span_when_the_line_writes_dates_with_dots(
    text: str, spoken: str
) -> None:
    assert spoken in normalize_text(text)


def test_a_dotted_date_before_a_time_zone_is_a_date() -> None:
    assert normalize_text("lúc 22h35 ngày 28.10 giờ Việt Nam") == (
        "lúc hai mươi hai giờ ba mươi lăm phút ngày hai mươi tám tháng mười giờ Việt Nam"
    )


def test_a_span_of_hours_in_a_time_zone_stays_a_span() -> None:
    assert normalize_text("vào rạng sáng 2-4 giờ Việt Nam.") == (
        "vào rạng sáng hai đến bốn giờ Việt Nam."
    )
