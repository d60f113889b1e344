"""Quantities: a number (single, range, decimal, list) and the unit after it, compound units.

``120-250mm`` → «một trăm hai mươi đến hai trăm năm mươi mi li mét»; ``/`` between two units is
read the way an announcer says it («km/h» → «ki lô mét một giờ»: ``perunits.py``). This is
the last number rule: every digit it finds is read as a quantity.
Fractions and ratios are read before, in ``ratios.py``.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.chainage import read_chainages
from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.context import NUM, THOUSANDS_AFTER, has_dash
from broadcaster.speech.textnorm.doubts import NUMBER, UNIT, DoubtLog, watched
from broadcaster.speech.textnorm.numbers import (
    DIGITS,
    LEADING_ZERO,
    read_decimal,
    read_digits,
    read_dotted_code,
    read_number_token,
)
from broadcaster.speech.textnorm.perunits import (
    read_compounds,
    read_counts_per,
    read_number_per_unit,
    read_slashes,
)
from broadcaster.speech.textnorm.ratios import MM_HG, date_shaped
from broadcaster.speech.textnorm.syllables import is_syllable
from broadcaster.speech.textnorm.unitnames import (
    FOLDED_SPELLINGS,
    PARTS_ALT,
    SYMBOL_UNITS,
    SYMBOLS_ALT,
    TIME,
    WORDS_ALT,
    unit_words,
)

# A decimal written with a dot, as some papers do: «7.0-7.9 độ».
_DOT_DECIMAL = r"\d+\.\d{1,2}(?![\d.])"
RANGE = re.compile(
    rf"(?<![\w.,/])({_DOT_DECIMAL}|{NUM})(\s*(?:{SYMBOLS_ALT})?)\s*(?:[-–—]|\.{{2,3}}|…)\s*"
    rf"(?=(?:{_DOT_DECIMAL}|{NUM})(?![\d/]))"
)
# «500,000» and «1,500,000»: commas grouping thousands (English style), never a decimal.
ENGLISH_THOUSANDS = re.compile(
    r"(?<![\w.,])[1-9]\d{0,2}(?:(?:,\d{3}){2,}|,000|,\d{3}(?=(?:-\d{1,3},\d{3})?\s?"
    rf"{THOUSANDS_AFTER}\b))"
    r"(?![\d,]|\.\d)"
)  # «4,400 đ/kg»: a price in đồng with three decimals is a thousands comma; so is a count
# of views: «2,083 lượt xem», «Lượt xem: 10,953» (a page's counter, in the English way)
VIEW_COUNT = re.compile(
    r"(?i)(lượt xem\s*:?\s*[\U000F0000-\U000FFFFD]?\d{1,3}),(?=\d{3}(?![\d,]|\.\d))"
)
# «11.500 đồng/kg – 12.500 đồng/kg», «5 ha - 7 ha»: the same unit after both numbers makes
# the dash a range, whatever the unit (read before the compound units turn into words).
SAME_UNIT_RANGE = re.compile(
    rf"(?<![\w.,/])({NUM})(\s*)((?:{PARTS_ALT})(?:\s*/\s*(?:{PARTS_ALT}))*)\s*[-–—]\s*"
    rf"(?=({NUM})\s*\3(?![\w²³]))"
)


def _same_unit_range(m: re.Match[str]) -> str:
    """«5 ha - 7 ha» a range; «60% - 40%», «50% - 50%» the two shares of a whole, a pause."""
    first, spacing, unit, second = m.group(1, 2, 3, 4)
    a, b = _amount(first), _amount(second)
    if unit == "%" and a + b == 100 and a >= b:
        return f"{first}{spacing}{unit}, "
    return f"{first}{spacing}{unit} đến "


# «4 tạ - 1 tấn», «30 phút - 1 giờ», «6 tháng - 5 tuổi»: two units of one measure make the dash
# a range when it runs upward («1 tấn - 4 tạ» is a list; «5 người - 3 hộ» has no measure). Each
# unit's size in the smallest of its measure; land in square metres (a northern «sào», 360 m²).
_DAY = 86_400
_SIZES: tuple[dict[str, float], ...] = (
    {
        "g": 1,
        "gam": 1,
        "gram": 1,
        "lạng": 100,
        "kg": 1e3,
        "ký": 1e3,
        "yến": 1e4,
        "tạ": 1e5,
        "tấn": 1e6,
    },
    {
        "giây": 1,
        "phút": 60,
        "giờ": 3600,
        "tiếng": 3600,
        "ngày": _DAY,
        "tuần": 7 * _DAY,
        "tháng": 30 * _DAY,
        "năm": 365 * _DAY,
        "tuổi": 365 * _DAY,
    },
    {"mm": 1, "cm": 10, "dm": 100, "m": 1e3, "km": 1e6},
    {"ml": 1, "lít": 1e3, "l": 1e3},
    {"m2": 1, "m²": 1, "sào": 360, "mẫu": 3600, "ha": 1e4},
)
_MEASURE_OF = {unit: sizes for sizes in _SIZES for unit in sizes}
_MEASURE_ALT = "|".join(re.escape(u) for u in sorted(_MEASURE_OF, key=len, reverse=True))
MIXED_UNIT_RANGE = re.compile(
    rf"(?<![\w.,/])({NUM})\s*({_MEASURE_ALT})\s*[-–—]\s*(?=({NUM})\s*({_MEASURE_ALT})(?!\w))"
)


def _amount(number: str) -> float:
    return float(number.replace(".", "").replace(",", "."))


def _mixed_unit_range(m: re.Match[str]) -> str:
    first, unit, second, other = m.group(1, 2, 3, 4)
    sizes = _MEASURE_OF[unit]
    if unit == other or other not in sizes:
        return m[0]
    if _amount(first) * sizes[unit] >= _amount(second) * sizes[other]:
        return m[0]  # «1 tấn - 4 tạ», «35 tuổi - 7 năm tù»: no range runs downward
    return f"{first} {unit} đến "


# «615.000 đồng - 1,1 triệu đồng»: amounts of money on both sides, whatever their scale.
_SCALES = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
_SCALE_WORD = rf"(?:{'|'.join(_SCALES)})"
_MONEY_AFTER = rf"(?:{_SCALE_WORD} )?(?:đồng|USD)"
MONEY_RANGE = re.compile(
    rf"(?<![\w.,/])((?:{NUM})\s*{_MONEY_AFTER})\s*[-–—]\s*(?=(?:{NUM})\s*{_MONEY_AFTER}(?!\w))"
)
# «110kv», «500kv»: kilovolts typed in small letters against the number (not «Tổ 5 Kv 3», a
# «khu vực»)
GLUED_KV = re.compile(r"(?<=\d)kv\b(?!\s*\d)")
# «128,5tỷ đồng», «12triệu»: a scale word typed against its number
GLUED_SCALE = re.compile(rf"(?<=\d)(?={_SCALE_WORD}(?!\w))")
# «6,3-inch», «6,9-inches»: a screen's size joined to its unit by a hyphen
DASHED_INCH = re.compile(r"(?<=\d)-(?=inch(?:es)?\b)")
# «800 triệu - 1 tỷ đồng/m2»: two amounts of a scale, the currency said once at the end.
SCALE_RANGE = re.compile(
    rf"(?<![\w.,/])((?:{NUM})\s*{_SCALE_WORD})\s*[-–—]\s*(?=(?:{NUM})\s*{_SCALE_WORD}\b)"
)
# «2,4 triệu ha», «1,5 tỷ m3», «1,04 nghìn tỷ NT$»: a unit after a number's scale words.
SCALED_UNIT = re.compile(
    rf"(?<![\w.,])((?:{_DOT_DECIMAL}|{NUM})\s*{_SCALE_WORD}(?:\s{_SCALE_WORD})?"  # «10.5 triệu ha»
    r"|(?<![^\W\d_])(?:chục|hàng chục|hàng trăm))"
    rf"\s+({SYMBOLS_ALT})(?![\w²³/])"
)  # also «chục ha», «hàng trăm km»: a count in words, then its unit
# «điểm Toán x 2»: «x» between a word and a number is «nhân».
# «3 x 4», «dài 60cm x rộng 30cm»: a times sign between sizes
WORD_TIMES = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=\) )|(?<=, ))[x×](?= \d| (?:rộng|cao|dài|sâu|dày) \d)"
)
# «324,5 Yên (2,15 USD)/kg», «14 USD (khoảng 350.000 đồng)/m3», «(tăng 20%)/người/tháng»: the
# unit a bracketed amount (ending in money, a per cent or a dose's «ml», «mg»: «(2,5ml)/lần») is
# per, moved into the bracket; not «(Điều 5)/lần»
PER_AFTER_BRACKET = re.compile(
    r"\(([^()]{0,60}\d[\d.,]*\s?(?:đồng|đ|USD|VNĐ|VND|EUR|Yên|yên|tệ|triệu|tỷ|nghìn|ngàn|%"
    r"|ml|mL|mg|mcg|µg|μg|IU))"
    r"\s*\)\s*/\s*([^\W\d_]{1,6}[23²³]?(?:/[^\W\d_]{1,6})*)(?![\w/])"
)
# «Số thuế phải nộp = Doanh thu x Thuế suất x Hệ số»: a formula's product of named amounts,
# each sign in the clause after «=» (not «lợn lai Duroc x Landrace» in the next sentence)
FORMULA = re.compile(r"(?<==)[^=.;\n]+")
FORMULA_TIMES = re.compile(r"(?<=[^\W\d_),] )[x×](?= [^\W\d_(])")
# «250. 000 đồng»: a space typed after a thousands dot (no sentence starts with «000»)
BROKEN_THOUSANDS = re.compile(r"(?<=\d)\.\s(?=000(?!\d))")
# «570 000 ha», «10 000 con/m2»: thousands grouped by a space, then a word (not a phone number).
SPACED_THOUSANDS = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?: \d{3})+(?=\s*[^\W\d_])")
# Map coordinates: «20.746 độ vĩ Bắc» is a decimal, not twenty thousand.
COORDINATE = re.compile(r"(?<![\w.,])(\d{1,3})\.(\d{3,6})(?=\s*độ\s+(?:vĩ|kinh))")
# «20cm x 30cm», «52.650 đồng x 3 tháng», «9.7m * 4m»: a multiplication sign between numbers
TIMES_SIGN = re.compile(rf"(?<=\d)(\s*(?:{SYMBOLS_ALT}|{WORDS_ALT})?)\s*[x×*]\s*(?=\d)")
# Dots inside a code or a section number: «TCVN 5502.2003», «mục 2.3.4» — «chấm», not a
# sentence end. Thousands («1.500») and short decimals («4.5») are read elsewhere.
CODE_DOTS = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
HEIGHT = re.compile(r"(?<![\w.,])([12](?=m[4-9]\b)|\d{1,2}(?=m\d\d\b))m(\d+)(?!\w)")  # 1m6, 6m75
QUANTITY = re.compile(rf"(?<![\w.,])({NUM})(?:\s*({SYMBOLS_ALT}))?(?![\w²³])")
# A number then a Latin letter run no known unit, no syllable: «10ppm», «200 kj» (a doubt).
UNKNOWN_UNIT = re.compile(rf"(?<![\w.,])({NUM})(\s?)([a-zA-Zµμ]{{2,5}})(?![\w²³/])")
# «6.0m.» at a sentence's end: the full stop after the unit is no decimal point.
DECIMAL_DOT = re.compile(rf"(?<![\w.,])(\d+)\.(\d{{1,2}})(?:\s*({SYMBOLS_ALT}))?(?![\w²³]|\.\d)")
LEFT_DIGITS = re.compile(r"\d+")
# «2 – 3 – 4 tháng tuổi», «3,5 - 3,2 - 3,1»: three or more numbers joined by dashes, a list
_N = r"\d{1,2}(?:,\d)?"
DASH_LIST = re.compile(rf"(?<![\w.,/\-–]){_N}(?:\s*[-–]\s*{_N}){{2,}}(?![\w/\-–]|[.,]\d)")
# A dash between two levels of one scale: «báo động 1 - BĐ 2», «cấp 3 - cấp 4».
LEVEL_RANGE = re.compile(
    r"(?<=\d)\s*[-–]\s*(?=(?:BĐ|báo động|cấp độ|cấp|mức|loại)\s*(?:\d|[IV]{1,3}\b))"
)


# A unit named without a number («đơn vị tính: kg»): only the unmistakable symbols.
_ALONE = tuple("km kg m2 m² m3 m³ mm cm mg ml °C oC Wh W Hz dB".split())  # noqa: SIM905
# «hàng nghìn ha», «5 tấn một ha», «Trên một ha đất», «một vài ha», «20,8/31 ha» (a number the
# fraction rule said): a count in words, then hectares («ha» alone, or «ha ha», may be a laugh)
HA_AFTER_WORDS = re.compile(
    r"(?<![^\W\d_])((?:hàng )?(?:chục|trăm|nghìn|ngàn|vạn|triệu)"
    rf"|{'|'.join(DIGITS[2:])}|tư|lăm|mười|mươi|mốt"
    r"|(?i:một|nửa|mỗi|trên|vài|mấy|nhiều)) ha\b(?!\s+ha\b)"
)
_ALONE_HINT = re.compile("|".join(map(re.escape, _ALONE)))
UNIT_ALONE = re.compile(  # also after a bracket: «cáp (3*185 +1*95)mm2»
    r"(?<![\w/])(mmHg|km2|km²|mm2|mm²|cm2|cm²|m2|m²|m3|m³|cm³|kg|km|mm|cm|mg|ml|°C|oC|kWh|MWh|GWh"
    r"|kWp|MWp|kW|MW|GW"
    r"|kHz|MHz|GHz|dBA|dB)(?![\w/²³])"
)


# «85,93 Mb/giây», «10 Gbit/s», «2 Tb/s»: bits a second, the usual symbol (a size in «Mb» or
# «Gb» alone may be bits or bytes: left, and seen)
BIT_RATE = re.compile(r"(?<=\d)(\s?[kMGT])(?:b|bit)\s?/\s?(?:giây|s)\b")


def read_units(text: str) -> str:
    """Units and «/» between units where no number stands before them."""
    if "g" in text and ("Hg" in text or "hg" in text):
        text = MM_HG.sub("mmHg", text)  # «đơn vị mm Hg», «(mmhg)»: millimetres of mercury
    if "/" in text:
        text = read_slashes(text)
    if "=" in text and (" x " in text or " × " in text):
        text = FORMULA.sub(lambda m: FORMULA_TIMES.sub("nhân", m.group(0)), text)
    if _ALONE_HINT.search(text):
        text = UNIT_ALONE.sub(lambda m: unit_words(m.group(1)), text)
    if " ha" in text:
        text = HA_AFTER_WORDS.sub(r"\1 héc ta", text)
    return text


def _code_dots(m: re.Match[str]) -> str:
    token = m.group(0)
    return token if _THOUSANDS.fullmatch(token) else read_dotted_code(token)


_COMPARED = re.compile(r"(?:hơn|bằng|dưới|đến)\s*$")  # «lớn hơn 29.9.»: a value, compared


def _decimal_dot(m: re.Match[str]) -> str:
    # «mục 2.3.»: a section's number at a sentence end, not «6.0m.» nor «lớn hơn 29.9.»
    if (
        not m.group(3)
        and m.string[m.end() : m.end() + 1] == "."
        and not _COMPARED.search(m.string[max(0, m.start() - 8) : m.start()])
    ):
        return m.group(0)
    return read_decimal(m.group(1), m.group(2)) + (
        f" {unit_words(m.group(3))}" if m.group(3) else ""
    )


def _unknown_unit(m: re.Match[str]) -> str:
    unit = m.group(3)
    if unit in SYMBOL_UNITS or unit in FOLDED_SPELLINGS or unit in TIME or is_syllable(unit):
        return m.group(0)
    if unit.isupper() and m.group(2):  # «2025 TP.HCM»: an abbreviation after a number
        return m.group(0)
    if m.group(2) and len(unit) >= 4 and unit.istitle():  # «bão số 3 Yagi»: a name after it
        return m.group(0)
    # «10ppm»; «50.000ABC»: the number read whole, capitals spelled by a later rule
    return f"{read_number_token(m.group(1))} {unit}"


# «$5», «US$ 2,5 triệu», «€30», «NT$27.470», «¥ 720»: the sign written before the amount is
# said after it (a full stop after the amount stays where it is).
SIGN_FIRST = re.compile(
    r"(?<![\w$])(US\$|NT\$|\$|€|£|¥)\s?(\d(?:[\d.,]*\d)?(?:\s(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?)"
)


# «¥» is the yuan too: in a line about China it is «nhân dân tệ»
_CHINA = re.compile(r"(?i)trung quốc|nhân dân tệ|\bNDT\b|\bCNY\b|taobao")


def _sign_first(m: re.Match[str]) -> str:
    unit = unit_words(m.group(1))
    if m.group(1) == "¥" and _CHINA.search(m.string):
        unit = unit_words("CNY")
    if m.string[m.end() :].lstrip().lower().startswith(unit.lower()):
        return m.group(2)  # «¥1.200 yên»: the unit is said once
    return f"{m.group(2)} {unit}"


_SCALE_WORDS = (*_SCALES, "chục", "trăm")  # SCALED_UNIT needs one


# «1,6% Ca; 19 ppm Fe; 2 ppm Mo»: a nutrient's chemical symbol after its share, spelled (not
# the words «ca», «mo» its letters look like)
ELEMENT_AFTER_SHARE = re.compile(
    r"(?<=\d)(\s?(?:%|ppm)\s+)(Ca|Fe|Cu|Mo|Mg|Mn|Zn|Na|Co|Se|Si|Al|Cl|Cd|Pb|Hg|As)"
    # in a list of contents, or any symbol after «ppm»: not «10% Co.opmart», «95% Na Hang»
    r"(?=\s*(?:[;,()]|\.(?!\w)|$|và\b|[-–]\s)|(?<=ppm [A-Z][a-z])(?!\w))"
)


# «EC 1,5 - 2 ms/cm»: a conductivity typed in small letters, millisiemens (not milliseconds)
_SMALL_SIEMENS = re.compile(r"(?<=\d)( ?)ms/(c?m)\b")


def read_quantities(text: str, doubts: DoubtLog | None = None) -> str:
    """Compound units, ranges, number + unit, and any number left: all to words."""
    if "ms/" in text:
        text = _SMALL_SIEMENS.sub(r"\1mS/\2", text)
    if "%" in text or "ppm" in text:
        text = ELEMENT_AFTER_SHARE.sub(lambda m: m.group(1) + spell(m.group(2), latin=True), text)
    if any(word in text for word in _SCALES):
        text = GLUED_SCALE.sub(" ", text)
    if "-inch" in text:
        text = DASHED_INCH.sub(" ", text)
    if "kv" in text:
        text = GLUED_KV.sub("kV", text)
    if "/" in text and "b" in text:
        text = BIT_RATE.sub(lambda m: f"{m.group(1)}bps", text)
    if any(sign in text for sign in "$€£¥"):
        text = SIGN_FIRST.sub(_sign_first, text)
    if "," in text:
        text = ENGLISH_THOUSANDS.sub(lambda m: m.group(0).replace(",", "."), text)
        if "ượt xem" in text:
            text = VIEW_COUNT.sub(r"\1.", text)
    text = SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", "."), text)
    if ". 000" in text:
        text = BROKEN_THOUSANDS.sub(".", text)
    if "độ" in text:
        text = COORDINATE.sub(lambda m: read_decimal(m.group(1), m.group(2)), text)
    if ")/" in text or ") /" in text:
        text = PER_AFTER_BRACKET.sub(r"(\1/\2)", text)
    if "/" in text:
        text = read_counts_per(text)
    if has_dash(text):
        text = DASH_LIST.sub(lambda m: re.sub(r"\s*[-–]\s*", ", ", m.group(0)), text)
        text = SAME_UNIT_RANGE.sub(_same_unit_range, text)
        text = MONEY_RANGE.sub(r"\1 đến ", text)
        text = MIXED_UNIT_RANGE.sub(_mixed_unit_range, text)
        text = SCALE_RANGE.sub(r"\1 đến ", text)
    if "/" in text:
        text = read_number_per_unit(text)
    if any(word in text for word in _SCALE_WORDS):
        text = SCALED_UNIT.sub(lambda m: f"{m.group(1)} {unit_words(m.group(2))}", text)
    if "/" in text:
        text = read_compounds(text)
    if "K" in text or "k" in text:
        text = read_chainages(text)
    text = HEIGHT.sub(lambda m: f"{m.group(1)} mét {re.sub('^0', 'không ', m.group(2))}", text)
    if "x" in text or "×" in text or "*" in text:
        text = TIMES_SIGN.sub(lambda m: f"{m.group(1)} nhân ", text)
    if " x " in text or " × " in text:
        text = WORD_TIMES.sub("nhân", text)
    if has_dash(text) or ".." in text or "…" in text:
        text = RANGE.sub(lambda m: f"{m.group(1)}{m.group(2)} đến ", text)
        text = LEVEL_RANGE.sub(" đến ", text)
    if "." in text:
        text = DECIMAL_DOT.sub(watched(_decimal_dot, doubts, NUMBER, date_shaped), text)
        text = CODE_DOTS.sub(_code_dots, text)
    text = UNKNOWN_UNIT.sub(watched(_unknown_unit, doubts, UNIT), text)

    text = LEADING_ZERO.sub(lambda m: read_digits(m.group(0)), text)

    def quantity(m: re.Match[str]) -> str:
        words = read_number_token(m.group(1))
        return f"{words} {unit_words(m.group(2))}" if m.group(2) else words

    text = QUANTITY.sub(quantity, text)
    return text
