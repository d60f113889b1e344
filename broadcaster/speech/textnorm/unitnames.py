"""The names of units as an announcer says them: symbols as typed (``km/h``, ``m²``, ``₫``,
``cent``), the same in capitals (``KM``, ``KV``), and the Vietnamese words that act as units
after a number or a slash (``đồng``, ``ngày``, ``hộ``, ``sào``).
"""

from __future__ import annotations

import re

# Symbol units as typed (case matters: «m» is metres, «M» is not a unit).
SYMBOL_UNITS = {
    "km2": "ki lô mét vuông",
    "km²": "ki lô mét vuông",
    "m2": "mét vuông",
    "m²": "mét vuông",
    "cm2": "xăng ti mét vuông",
    "m3": "mét khối",
    "m³": "mét khối",
    "Nm3": "mét khối chuẩn",  # a gas's volume at normal conditions: «350 µg/Nm3»
    "Nm³": "mét khối chuẩn",
    "cm3": "xăng ti mét khối",
    "cm³": "xăng ti mét khối",
    "cm²": "xăng ti mét vuông",
    "mm2": "mi li mét vuông",
    "mm²": "mi li mét vuông",
    "dm3": "đề xi mét khối",
    "dm³": "đề xi mét khối",
    "km": "ki lô mét",
    "cm": "xăng ti mét",
    "mm": "mi li mét",
    "m": "mét",
    "ha": "héc ta",
    "kg": "ki lô gam",
    "g": "gam",
    "gram": "gam",
    "mg": "mi li gam",
    "µm": "mi crô mét",
    "μm": "mi crô mét",
    "µg": "mi crô gam",
    "μg": "mi crô gam",
    "l": "lít",
    "ml": "mi li lít",
    "mL": "mi li lít",  # the SI symbol: «< 3CFU/100mL»
    "dL": "đề xi lít",  # blood tests: «mg/dL»
    "mmol": "mi li mol",  # blood sugar: «15,2 mmol/l», «48 mmol/mol»
    "nmol": "na nô mol",  # vitamin D in the blood: «72,1 ± 18,2 nmol/L»
    "µmol": "mi crô mol",  # creatinine, uric acid: «420 μmol/lít»
    "μmol": "mi crô mol",
    "mol": "mol",
    "dl": "đề xi lít",
    "L": "lít",  # after a slash only: «mmol/L»
    "ppm": "phần triệu",
    # a soil's or water's salinity, only as a conductivity per length («EC 4 dS/m»): a bare
    # «20 mS» may be a time
    "dS/m": "đề xi xi men trên mét",
    "mS/cm": "mi li xi men trên xăng ti mét",
    "µS/cm": "mi crô xi men trên xăng ti mét",
    "μS/cm": "mi crô xi men trên xăng ti mét",
    "uS/cm": "mi crô xi men trên xăng ti mét",
    "mS/m": "mi li xi men trên mét",
    "µS/m": "mi crô xi men trên mét",
    "μS/m": "mi crô xi men trên mét",
    "ppb": "phần tỷ",  # arsenic in well water: «dưới 10 ppb»
    "microgam": "mi crô gam",
    "microgram": "mi crô gam",
    "feet": "phít",  # «cao hơn 25.600 feet»
    "mcg": "mi crô gam",  # iodine in urine: «113,3 mcg/l»
    "ppt": "phần nghìn",  # salinity: «độ mặn 10 - 25 ppt»
    "lm": "lu men",  # a lamp's efficacy: «150 lm/W»
    "CFU": "xê ép u",  # bacteria counted in colonies: «320 CFU/ml»
    "cfu": "xê ép u",
    "°C": "độ xê",
    "ºC": "độ xê",
    "oC": "độ xê",
    "nm": "na nô mét",
    "OC": "độ xê",
    "0C": "độ xê",
    "độ C": "độ xê",
    "°c": "độ xê",  # «25 - 27°c», «25 độ c»: the letter in small type
    "ºc": "độ xê",
    "độ c": "độ xê",
    "°": "độ",
    "º": "độ",
    "%": "phần trăm",
    "‰": "phần nghìn",
    "mmHg": "mi li mét thủy ngân",
    "CV": "mã lực",  # a boat's engine: «tàu cá 400 CV»
    "cv": "mã lực",
    "DWT": "tấn trọng tải",
    "%o": "phần nghìn",
    "đ": "đồng",
    "₫": "đồng",
    "€": "ơ rô",
    "£": "bảng Anh",
    "¥": "yên",  # «giá ¥ 720»
    "$": "đô la",
    "US$": "đô la Mỹ",
    "NT$": "Đài tệ",  # Taiwan's dollar: «505,74 tỷ NT$»
    "℃": "độ xê",
    "VNĐ": "Việt Nam đồng",
    "VND": "Việt Nam đồng",
    "USD": "đô la Mỹ",
    "cent": "xen",
    "US cent": "xen",
    "pound": "pao",
    "lb": "pao",
    "TEU": "tê e u",  # containers: «18.300TEU», «530.728 Teu»
    "oz": "ao xơ",  # gold's world price: «1.774,4 USD/Ounce», «USD/oz»
    "ounce": "ao xơ",
    "gr": "gam",
    "JPY": "yên Nhật",
    "yen": "yên",  # «326,2 yen/kg» on the Tokyo exchange
    "Yen": "yên",
    "YEN": "yên",
    "EUR": "ơ rô",
    "CNY": "nhân dân tệ",
    "KRW": "uôn Hàn Quốc",
    "GBP": "bảng Anh",
    "IU": "đơn vị quốc tế",  # vitamin A doses
    "UI": "đơn vị quốc tế",
    "kcal": "ki lô ca lo",  # a ration's energy: «2800 - 2900 Kcal», «100 Kcal/kg thức ăn»
    "Kcal": "ki lô ca lo",
    "KCAL": "ki lô ca lo",
    "kgTT": "ki lô gam thể trọng",  # a veterinary dose by body weight: «30mg/1kgTT»
    "tr": "triệu",
    "h": "giờ",
    "ph": "phút",
    "s": "giây",
    "kW": "ki lô oát",
    "dB": "đê xi ben",  # noise: «tối đa 70dBA ban ngày»
    "dBA": "đê xi ben a",
    # prices abroad: «82,43 Baht/kg», «15.925 NDT/tấn» (yên, nhân dân tệ: see MONEY)
    "Baht": "bạt",
    "baht": "bạt",
    "NDT": "nhân dân tệ",
    # rubber is priced per degree of dry rubber: «433 đồng/độ TSC/kg», «436 đồng/DRC/kg»
    "TSC": "tê ét xê",
    "độ TSC": "độ tê ét xê",
    "DRC": "đê e rờ xê",
    "độ DRC": "độ đê e rờ xê",
    "kWh": "ki lô oát giờ",
    "mAh": "mi li am pe giờ",  # a battery's charge: «pin 5.000 mAh»
    "Wh": "oát giờ",  # a power bank's energy on a plane: «không quá 100Wh»
    "Ah": "am pe giờ",
    "Nm": "niu tơn mét",  # an engine's torque: «10,4 Nm» (not «nm», nanometres)
    "kgs": "ki lô gam",  # baggage: «7 kgs»
    "inch": "in",  # a screen: «6,7 inch», «6,3-inches»
    "inches": "in",
    "MMBtu": "triệu bê tê u",  # gas: «2,2 USD/MMBtu»
    "TWh": "tê ra oát giờ",  # a country's yearly power: «đạt 10 TWh»
    "N.m": "niu tơn mét",  # torque written with a dot: «250 N.m»
    "N·m": "niu tơn mét",
    "MW": "mê ga oát",
    "MWh": "mê ga oát giờ",
    "kWp": "ki lô oát píc",  # solar panels' peak power
    "MWp": "mê ga oát píc",
    "GW": "gi ga oát",
    "Hz": "héc",
    "kHz": "ki lô héc",
    "MHz": "mê ga héc",
    "GHz": "gi ga héc",
    "GWh": "gi ga oát giờ",
    "MPa": "mê ga pát xan",  # concrete's strength: «cường độ 30 MPa»
    "W": "oát",
    "kV": "ki lô vôn",
    "V": "vôn",
    "KB": "ki lô bai",  # mobile data
    "MB": "mê ga bai",
    "GB": "gi ga bai",
    "kbps": "ki lô bít trên giây",  # connection speeds
    "Mbps": "mê ga bít trên giây",
    "Gbps": "gi ga bít trên giây",
    "Tbps": "tê ra bít trên giây",  # an undersea cable's capacity
    "ms": "mi li giây",  # a network's delay: «ping trung bình ≤ 50ms» (not «ms/cm»: see units)
    "MBps": "mê ga bai trên giây",
    "Kbps": "ki lô bít trên giây",
    "dpi": "đê pê i",  # a photo's resolution: «300 dpi»
    "px": "pích xen",  # «2.048px x 1.536px»
    "cc": "phân khối",  # an engine's size: «4700cc»
    "kVA": "ki lô vôn am pe",  # transformers' apparent power
    "MVAr": "mê ga va phản kháng",  # capacitor banks' reactive power
    "MVA": "mê ga vôn am pe",
    "BTU": "bê tê u",  # an air conditioner's power: «12000BTU», «BTU/h»
    "man": "man",  # ten thousand yen, a worker's pay in Japan: «22man»
    "mph": "dặm một giờ",  # a hurricane's winds abroad: «155mph», «178 km/h/111 mph»
    "kph": "ki lô mét một giờ",
    "hPa": "héc tô pát xcan",  # a typhoon's pressure: «945hPa»
    "kN": "ki lô niu tơn",  # a rocket's thrust: «74.400 kN»
    "TFLOPS": "tê ra phlốp",  # a computer's speed: «200 PFLOPS», «1.1 EFLOPS»
    "PFLOPS": "pê ta phlốp",
    "EFLOPS": "ê xa phlốp",
    "Gt": "gi ga tấn",  # greenhouse gases: «57,1 GtCO2e»
    "centimet": "xăng ti mét",  # the unit's name spelled the French way: «78 centimet»
    "°F": "độ ép",  # heat abroad: «104 độ F», «40°F»
    "ºF": "độ ép",
    "độ F": "độ ép",
}
# Typed in capitals or mixed case: «Km», «KM», «KG», «M2».
FOLDED_UNITS = {
    "khz": "kHz",
    "km": "km",
    "kg": "kg",
    "km2": "km2",
    "m2": "m2",
    "m3": "m3",
    "ha": "ha",
    "mm": "mm",
    "kv": "kV",
    "kwh": "kWh",
    "mwh": "MWh",
    "kw": "kW",  # «22kw»
    "mhz": "MHz",  # «8294 Mhz»
    "ghz": "GHz",
    "gwh": "GWh",
    "mah": "mAh",
    "teu": "TEU",
    "ounce": "ounce",
    "kva": "kVA",  # «400KVA»
    "mvar": "MVAr",
    "wh": "Wh",
    "ah": "Ah",
    "twh": "TWh",
    "mmbtu": "MMBtu",
    "kgs": "kgs",
    "inch": "inch",
    "inches": "inches",
    "mph": "mph",
    "kph": "kph",
    "hpa": "hPa",
    "vnd": "VND",  # «220vnd»
    "btu": "BTU",
    "mg": "mg",  # a drug's strength on its box: «PARACETAMOL 500MG»
    "ml": "ml",  # «100ML»
}
FOLDED_SPELLINGS = {"Km", "KM", "KG", "Kg", "M2", "M3", "KM2", "Km2", "HA", "Ha", "MM", "KHz", "KV"}
FOLDED_SPELLINGS |= {"KWh", "KWH", "kWH", "kwh", "Kwh", "mAH", "Teu", "Ounce"}
FOLDED_SPELLINGS |= {"MWH", "Mwh", "mWh", "GWH", "Gwh", "gwh", "kw", "Kw", "KW", "Mhz", "MHZ"}
FOLDED_SPELLINGS |= {"mhz", "Ghz", "GHZ", "ghz", "Khz", "khz", "KHZ", "KVA", "KVa", "MVAR", "Mvar"}
FOLDED_SPELLINGS |= {"WH", "wh", "AH", "TWH", "MMBTU", "mmBtu", "mmBTU", "Kgs", "KGS"}
FOLDED_SPELLINGS |= {"MPH", "Mph", "KPH", "Kph", "HPa", "hpa", "HPA", "vnd", "Vnd", "btu", "Btu"}
FOLDED_SPELLINGS |= {"Inch", "INCH", "Inches", "INCHES", "MG", "ML", "Ml"}

# «hợp đồng/giấy báo», «Hội đồng/Ban», «cộng đồng/xã»: «đồng» in a word, no money
NOT_MONEY = "(?<!hợp )(?<!Hợp )(?<!cộng )(?<!Cộng )(?<!hội )(?<!Hội )"
# Vietnamese words that act as units in «đồng/kg», «lần/ngày», «tấn/ha».
MONEY: tuple[str, ...] = (
    *("đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "USD", "VNĐ", "đ", "nhân dân tệ", "đô la"),
    "nghìn",  # «350k/h» is «350 nghìn/h»
    *("ngàn", "ngàn đồng"),  # «116-118 ngàn/kg»
    *(
        "yên",
        "Yên",
        "yen",
        "Yen",
        "YEN",
        "Baht",
        "baht",
        "NDT",
        "Nhân dân tệ",
    ),  # prices abroad: «341,00 Yên/kg»
    *("bảng Anh", "Bảng Anh"),  # «2.148 bảng Anh/tấn»
)
TIME = {"h": "giờ", "giờ": "giờ", "s": "giây", "giây": "giây", "phút": "phút", "ph": "phút"}
TIME |= {w: w for w in ("ngày", "tuần", "tháng", "năm", "quý", "vụ", "đêm", "ca", "buổi", "đợt")}
TIME["phiên"] = "phiên"  # a trading session: «276.435 hợp đồng/phiên»
TIME["sec"] = "giây"  # «3.527 m3/sec», a flow on the Mekong's stations
TIME["năm học"] = "năm học"  # «9 tháng/năm học/học sinh»
COUNTED = [
    "lần",
    "liều",
    "lượt",
    "chuyến",
    "viên",
    "gói",
    "bữa",
    "suất",
    "người",
    "con",
    "hộ",
    "cây",
    "quả",
    "trứng",
    "bao",
    "chai",
    "hộp",
    "lít",
    "tấn",
    "tạ",
    "yến",
    "kg",
    "học",
    "sinh",
    "hải lý",  # «2,5 hải lý/giờ»: a boat's speed
]
LAND = {"ha": "héc ta", "sào": "sào", "mẫu": "mẫu", "công": "công"}
LAND |= {"hecta": "héc ta", "hécta": "héc ta"}  # the hectare in words: «150 cây/hecta»
PER_ONE = {
    "người",
    "hộ",
    "con",
    "cây",
    "suất",
    "chiếc",
    "lít",
    "bao",
    "lượt",
    "khẩu",
    "em",
    "ký",
    "lần",
    "lượng",  # gold: «triệu đồng/lượng»
    "lô",  # land: «311m2/lô»
    "thửa",
    "cá nhân",  # land: «160 m2/cá nhân»
    "lứa",  # a cut of grass, a litter: «tấn/ha/lứa»
    "căn",
    "chỉ",
    *("trái", "quả", "cái", "chậu", "cành", "bó"),  # fruit and Tết flowers: «gram/trái»
    *("tuýp", "hũ", "vỉ", "ống", "lọ"),  # «100ml/tuýp», «500g/hũ», «200.000 IU/1ml/ống»
}

# A count per head, after a slash: a person, a household, a registered resident («USD/người»,
# «kg/khẩu»), read «một người» (an alternation for the patterns of ``perunits``).
PER_HEAD = "người|hộ|khẩu"
# What a count is per, after a slash: «10-60 cá/m2», «60 lít/đàn/vụ», «4 tấn/mẻ», «45
# phút/tiết», «100 m2/loại», «lóng/thân».
HOLDER_WORDS = frozenset(
    (
        *("hộ", "người", "đàn", "vụ", "lượt", "chuyến", "con", "cây", "lồng", "bè", "ô"),
        *("suất", "lớp", "trường", "xã", "thôn", "khẩu", "học sinh", "học viên", "tập thể"),
        *("cơ sở", "chi hội", "hội viên", "gốc", "sào", "mẫu", "công", "ha", "chu kỳ", "năm"),
        *("tháng", "ngày", "địa phương", "gia đình", "đơn vị", "thùng", "bao", "hộp", "chai"),
        *("can", "lọ", "gói", "túi", "bình", "máy", "tiểu vùng", "vùng", "dự án", "doanh nghiệp"),
        *("hợp tác xã", "thửa", "làng", "môn", "tối", "ổ", "bể", "ao", "chuồng", "mẻ", "lứa"),
        *("lò", "silô", "bộ", "mùa", "buồng", "củ", "bàn", "mâm", "giờ", "tàu", "bồn", "kỳ"),
        *("tiết", "trận", "hồ sơ", "phuy", "loại", "thân", "khóm", "bông", "trụ", "bụi", "hốc"),
        *("hố", "ki-ốt", "ki ốt", "kiốt", "sạp"),  # a pit: «5 tấn/hố»; a stall «đồng/m2/ki-ốt»
        "bước giá",  # an auction's bid step: «9.000.000 đồng/m2/bước giá»
        "tổ máy",  # a pump's or a turbine's unit: «m3/tổ máy/giờ»
    )
)
# What «công» opens when it is no plot's measure: «dự án/công trình», «tổ chức/công dân»
NOT_A_PLOT = (
    r"(?! (?:trình|ty|nhân|chức|việc|tác|dân|đoàn|an|nghệ|nghiệp|khai|lập|viên|ích|bố|nợ"
    r"|thương|chứng|ước|văn|cộng|suất|điểm|tố|sở|nông|lao)\b)"
)
# What a holder word never opens: «bình quân», «bàn giao», «thân nhân», «công trình»; «giờ/…»
# is a rate.
_NOT_A_HOLDER = {
    "bình": "(?! quân)",
    "bàn": "(?! giao| bạc)",
    "giờ": "(?!/)",
    "thân": "(?! nhân)",
    "công": NOT_A_PLOT,
}


def _holder(word: str) -> str:
    return re.escape(word) + _NOT_A_HOLDER.get(word, "")


def _longest_first(words: frozenset[str]) -> list[str]:
    """An alternation tries its words in order: «học sinh» must come before «học»."""
    return sorted(words, key=lambda w: (-len(w), w))


# The holders as an alternation for the patterns of ``perunits``, longest first.
HOLDERS = "|".join(_holder(w) for w in _longest_first(HOLDER_WORDS))


# The alternations the patterns of ``units`` and ``perunits`` are built from, longest first:
# unit symbols («km», «m2», «Kg»), unit words («đồng», «tháng», «lượt»), and either.
SYMBOLS = frozenset(SYMBOL_UNITS) | FOLDED_SPELLINGS
# The symbols a page writes in capitals («220KV», «50HA», «3CFU», «400IU», «5USD»): glued to a
# number they make a quantity, not a letter–digit code (``codes``). Derived from the table, so
# a unit added to it is never spelled as a code; a unit typed in small letters («4G» is not
# four grams) is not among them, nor «L», which after a number is as often a runway's side
# («11L/29R») or a size as litres, nor a symbol opening with a digit or a sign («0C»: «1510C» is
# a flat; «°C»).
CAPITAL_SYMBOLS = frozenset(s for s in SYMBOLS if s.isupper() and s[0].isalpha()) - {"L"}
# Symbols of a physical measure («GHz», «kg», «MW», «GB», «inch»): after «6/4» they make a
# pair or a share, not a day. Not money («USD», «Baht»), nor symbols that are also an
# abbreviation («MB» a bank, «KM» a sale, «CV» a dispatch, «tr», «ph»), nor a word («ha»).
_NOT_MEASURES = frozenset(
    "tr ph cv gr lm px cent baht dpi ha mb km ndt tsc drc eur cny jpy krw vnd vnđ".split()  # noqa: SIM905
)
MEASURE_SYMBOLS = frozenset(
    s
    for s in SYMBOLS
    if len(s) > 1 and s.isalnum() and s not in MONEY and s.lower() not in _NOT_MEASURES
) | {"km"}  # «km» in small letters is a distance
_WORDS = frozenset(MONEY) | frozenset(TIME) | frozenset(COUNTED) | frozenset(LAND) | PER_ONE
UNIT_WORDS = _WORDS | frozenset(SYMBOL_UNITS)
PARTS = UNIT_WORDS | FOLDED_SPELLINGS  # what a compound unit is made of: «m3/giờ», «lượt/ngày»


def alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


SYMBOLS_ALT = alternation(SYMBOLS)
WORDS_ALT = alternation(_WORDS)
PARTS_ALT = alternation(PARTS)
# What follows a slash in a compound unit: a unit or a holder, the longest first («năm học»
# before «năm», «học sinh» before «học»), a holder with its guard («bình(?! quân)»), a unit
# without one («m3/giờ/máy»).
PER_ALT = "|".join(
    re.escape(w) if w in PARTS else _holder(w) for w in _longest_first(HOLDER_WORDS | PARTS)
)


def unit_words(unit: str) -> str:
    unit = unit.strip()
    if unit in SYMBOL_UNITS:
        return SYMBOL_UNITS[unit]
    if unit in FOLDED_SPELLINGS:
        return SYMBOL_UNITS[FOLDED_UNITS[unit.lower()]]
    return TIME.get(unit) or LAND.get(unit) or unit
