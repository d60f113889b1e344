"""Quantities: a number (single, range, decimal, list) and the unit after it, compound units.

``120-250mm`` → «một trăm hai mươi đến hai trăm năm mươi mi li mét»; ``/`` between two units is
read the way an announcer says it: «km/h» → «ki lô mét một giờ», «lần/ngày» → «lần mỗi ngày»,
«người/km2» → «người trên ki lô mét vuông». This is the last number rule: every digit it
finds is read as a quantity.
Fractions and ratios are read before, in ``ratios.py``.
"""

from __future__ import annotations

import itertools
import re

from broadcaster.speech.textnorm.chainage import read_chainages
from broadcaster.speech.textnorm.context import NUM, THOUSANDS_AFTER, has_dash
from broadcaster.speech.textnorm.doubts import NUMBER, UNIT, DoubtLog, watched
from broadcaster.speech.textnorm.leftovers import LIST_PAIRS, of_a_kind
from broadcaster.speech.textnorm.numbers import (
    LEADING_ZERO,
    read_decimal,
    read_digits,
    read_dotted_code,
    read_number_token,
)
from broadcaster.speech.textnorm.ratios import date_shaped
from broadcaster.speech.textnorm.syllables import is_syllable
from broadcaster.speech.textnorm.unitnames import (
    COUNTED,
    FOLDED_SPELLINGS,
    HOLDERS,
    LAND,
    MONEY,
    NOT_MONEY,
    PER_HEAD,
    PER_ONE,
    SYMBOL_UNITS,
    TIME,
    unit_words,
)

_SYMBOLS = sorted(set(SYMBOL_UNITS) | FOLDED_SPELLINGS, key=len, reverse=True)
_SYM = "|".join(re.escape(u) for u in _SYMBOLS)
_WORDS = sorted(set(MONEY) | set(TIME) | set(COUNTED) | set(LAND) | PER_ONE, key=len, reverse=True)
_WORDS_ALT = "|".join(re.escape(u) for u in _WORDS)
_PART = "|".join(re.escape(u) for u in sorted(set(_SYMBOLS) | set(_WORDS), key=len, reverse=True))
# «15 m2/bè», «0,8m2/bể»: a measure per a holder is a compound unit too.
_PART_SET = frozenset(_SYMBOLS) | frozenset(_WORDS)
COMPOUND = re.compile(
    rf"(?<![^\W\d_]|/){NOT_MONEY}({_PART})((?:\s*/\s*(?:{HOLDERS}|{_PART}))+)(?![\w/²³])"
)
# A decimal written with a dot, as some papers do: «7.0-7.9 độ».
_DOT_DECIMAL = r"\d+\.\d{1,2}(?![\d.])"
RANGE = re.compile(
    rf"(?<![\w.,/])({_DOT_DECIMAL}|{NUM})(\s*(?:{_SYM})?)\s*(?:[-–—]|\.{{2,3}}|…)\s*"
    rf"(?=(?:{_DOT_DECIMAL}|{NUM})(?![\d/]))"
)
# «500,000» and «1,500,000»: commas grouping thousands (English style), never a decimal.
ENGLISH_THOUSANDS = re.compile(
    r"(?<![\w.,])\d{1,3}(?:(?:,\d{3}){2,}|,000|,\d{3}(?=(?:-\d{1,3},\d{3})?\s?"
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
    rf"(?<![\w.,/])({NUM})(\s*)((?:{_PART})(?:\s*/\s*(?:{_PART}))*)\s*[-–—]\s*"
    rf"(?=(?:{NUM})\s*\3(?![\w²³]))"
)
# «615.000 đồng - 1,1 triệu đồng»: amounts of money on both sides, whatever their scale.
_SCALES = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
_SCALE_WORD = rf"(?:{'|'.join(_SCALES)})"
_MONEY_AFTER = rf"(?:{_SCALE_WORD} )?(?:đồng|USD)"
MONEY_RANGE = re.compile(
    rf"(?<![\w.,/])((?:{NUM})\s*{_MONEY_AFTER})\s*[-–—]\s*(?=(?:{NUM})\s*{_MONEY_AFTER}(?!\w))"
)
# «128,5tỷ đồng», «12triệu»: a scale word typed against its number
GLUED_SCALE = re.compile(rf"(?<=\d)(?={_SCALE_WORD}(?!\w))")
# «800 triệu - 1 tỷ đồng/m2»: two amounts of a scale, the currency said once at the end.
SCALE_RANGE = re.compile(
    rf"(?<![\w.,/])((?:{NUM})\s*{_SCALE_WORD})\s*[-–—]\s*(?=(?:{NUM})\s*{_SCALE_WORD}\b)"
)
# «giá tiêu 145.000/kg»: an amount per a unit, the currency left out.
NUMBER_PER_UNIT = re.compile(
    r"(?<=\d)(?<![^\W\d_]\d)\s*/\s*"  # not after «m3»: «800m3/ha» is a compound unit
    r"(?=(?:kg|tấn|tạ|lít|m2|m²|m3|m³|ha|sào|con|người|hộ|tháng|ngày)(?![\w/]))"
)
# «10-60 cá/m2», «10-12 củ/kg», «60 lít/đàn/vụ»: what a number counts, per a unit or a holder.
COUNT_PER = re.compile(
    rf"(?<=\d)(\s*[a-zà-ỹđ]+(?: [a-zà-ỹđ]+){{0,3}})\s*/\s*"
    rf"(?:({_SYM})(?![\w²³/])|(?=(?:{_SYM})(?![\w²³]))|(?=(?:{HOLDERS}|HS)\b))"  # «lon/HS»
)
# «2,4 triệu ha», «1,5 tỷ m3»: a unit after a number's scale word.
SCALED_UNIT = re.compile(
    rf"(?<![\w.,])((?:{_DOT_DECIMAL}|{NUM})\s*{_SCALE_WORD}"  # «10.5 triệu ha»
    r"|(?<![^\W\d_])(?:chục|hàng chục|hàng trăm))"
    rf"\s+({_SYM})(?![\w²³/])"
)  # also «chục ha», «hàng trăm km»: a count in words, then its unit
# «điểm Toán x 2»: «x» between a word and a number is «nhân».
# «3 x 4», «dài 60cm x rộng 30cm»: a times sign between sizes
WORD_TIMES = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=\) )|(?<=, ))[x×](?= \d| (?:rộng|cao|dài|sâu|dày) \d)"
)
# «Số thuế phải nộp = Doanh thu x Thuế suất»: a formula's product of two named amounts.
FORMULA_TIMES = re.compile(r"(?<==)([^=]*?[^\W\d_] )[x×](?= [^\W\d_])")
# «250. 000 đồng»: a space typed after a thousands dot (no sentence starts with «000»)
BROKEN_THOUSANDS = re.compile(r"(?<=\d)\.\s(?=000(?!\d))")
# «570 000 ha», «10 000 con/m2»: thousands grouped by a space, then a word (not a phone number).
SPACED_THOUSANDS = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?: \d{3})+(?=\s*[^\W\d_])")
# Map coordinates: «20.746 độ vĩ Bắc» is a decimal, not twenty thousand.
COORDINATE = re.compile(r"(?<![\w.,])(\d{1,3})\.(\d{3,6})(?=\s*độ\s+(?:vĩ|kinh))")
# «20cm x 30cm», «52.650 đồng x 3 tháng», «9.7m * 4m»: a multiplication sign between numbers
TIMES_SIGN = re.compile(rf"(?<=\d)(\s*(?:{_SYM}|{_WORDS_ALT})?)\s*[x×*]\s*(?=\d)")
# Dots inside a code or a section number: «TCVN 5502.2003», «mục 2.3.4» — «chấm», not a
# sentence end. Thousands («1.500») and short decimals («4.5») are read elsewhere.
CODE_DOTS = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
HEIGHT = re.compile(r"(?<![\w.,])([12](?=m[4-9]\b)|\d{1,2}(?=m\d\d\b))m(\d+)(?!\w)")  # 1m6, 6m75
QUANTITY = re.compile(rf"(?<![\w.,])({NUM})(?:\s*({_SYM}))?(?![\w²³])")
# A number then a Latin letter run no known unit, no syllable: «10ppm», «200 kcal» (a doubt).
UNKNOWN_UNIT = re.compile(rf"(?<![\w.,])({NUM})(\s?)([a-zA-Zµμ]{{2,5}})(?![\w²³/])")
# «6.0m.» at a sentence's end: the full stop after the unit is no decimal point.
DECIMAL_DOT = re.compile(rf"(?<![\w.,])(\d+)\.(\d{{1,2}})(?:\s*({_SYM}))?(?![\w²³]|\.\d)")
LEFT_DIGITS = re.compile(r"\d+")
# «2 – 3 – 4 tháng tuổi», «3,5 - 3,2 - 3,1»: three or more numbers joined by dashes, a list
_N = r"\d{1,2}(?:,\d)?"
DASH_LIST = re.compile(rf"(?<![\w.,/\-–]){_N}(?:\s*[-–]\s*{_N}){{2,}}(?![\w/\-–]|[.,]\d)")
# A dash between two levels of one scale: «báo động 1 - BĐ 2», «cấp 3 - cấp 4».
LEVEL_RANGE = re.compile(
    r"(?<=\d)\s*[-–]\s*(?=(?:BĐ|báo động|cấp độ|cấp|mức|loại)\s*(?:\d|[IV]{1,3}\b))"
)


def _joiner(numerator: str, denominator: str) -> str:
    """How «/» is said between two units."""
    num, den = numerator.strip(), denominator.strip()
    if den in TIME:  # «lượt mỗi ngày», «cơ sở mỗi tháng», «tấn một năm»
        held = num in COUNTED and num not in ("lít", "tấn", "tạ", "yến", "kg")
        return "mỗi" if held or num not in _PART_SET else "một"
    if den in LAND or num in MONEY or num.endswith("đồng") or den in PER_ONE:
        return "một"
    if den not in _PART_SET and re.fullmatch(HOLDERS, den):
        return "một"  # «mét vuông một bè»: a count of things, one at a time
    return "trên"


def _after_number(m: re.Match[str]) -> bool:
    """A number right before the match counts it: «12 tháng/năm»."""
    return re.search(r"\d\s*$", m.string[max(0, m.start() - 4) : m.start()]) is not None


def read_compound(m: re.Match[str]) -> str:
    parts = [m.group(1), *re.split(r"\s*/\s*", m.group(2).strip())[1:]]
    if all(p.lower() in DATE_PARTS for p in parts) and not _after_number(m):
        return m.group(0)  # «ngày/tháng/năm»: a blank date (not «12 tháng/năm»)
    if parts[0] in PER_ONE and "cá nhân" in parts:
        # a person is what a measure is per («160 m2/cá nhân»), never after a holder or a
        # person: «50 hộ/cá nhân», «cá nhân/nhóm» are lists
        return m.group(0)
    words = unit_words(parts[0])
    for prev, part in itertools.pairwise(parts):
        words += f" {_joiner(prev, part)} {unit_words(part)}"
    return words


PER_SPAN = re.compile(r"(?<=[^\W\d_%])/(\d+)\s?(h|giờ|ngày|tuần)(?![\w])")  # 100mm/3h
_HOURS_BEFORE = re.compile(r"(?:\bgiờ|\dh)$")  # «24 giờ/7 ngày», «24h/7 ngày»
_PRICE_BEFORE = re.compile(r"(?:đồng|đ|nghìn|triệu|USD|VND|VNĐ)$")  # a price before the slash


def _per_span(m: re.Match[str]) -> str:
    """«100mm/3h» is rain «trong ba giờ»; a service's «24 giờ/7 ngày» is «trên»; a ticket's
    «300.000 đồng/4h» is «cho», a parking fee's «5.000 đồng/1h» «một»."""
    if _PRICE_BEFORE.search(m.string, 0, m.start()):
        count = "một" if m.group(1) == "1" else f"cho {m.group(1)}"
        return f" {count} {unit_words(m.group(2))}"
    joiner = "trên" if _HOURS_BEFORE.search(m.string, 0, m.start()) else "trong"
    return f" {joiner} {m.group(1)} {unit_words(m.group(2))}"


# «thu hồi 13,7-13,8/20kg»: a decimal per a weighed amount, never a date.
PER_AMOUNT = re.compile(r"(?<=\d,\d)\s*/\s*(?=\d+\s?(?:kg|tấn|tạ|yến|lít|ha|sào|m2|m²|m3|m³)\b)")


# «kg Urê/sào», «2 lần khám/năm»: «/» after a plain word, before a land or time unit («người
# dân/hộ kinh doanh» are either).
PER_LAND = re.compile(
    r"(?<=[^\W\d_])(?<!dân)(?<!nghiệp)(?<!nhân)(?<!động)(?<!hợp đồng)(?<!Hợp đồng)\s*/\s*"
    rf"(?:(ha)\b|(?=(?:sào|mẫu|công|{PER_HEAD}|mét khối|mét vuông)\b))"  # «microgam/mét khối»
)
PER_TIME = re.compile(r"([^\W\d_]+)\s*/\s*(?=(?:ngày|tuần|tháng|năm|ca|buổi|phút|giờ|giây)\b)")
DATE_PARTS = frozenset(("ngày", "tháng", "năm"))  # «ngày/tháng/năm»: a form's blank date
# A unit named without a number («đơn vị tính: kg»): only the unmistakable symbols.
_ALONE = tuple("km kg m2 m² m3 m³ mm cm mg ml °C oC Wh W Hz dB".split())  # noqa: SIM905
# «hàng nghìn ha», «5 tấn một ha», «20,8/31 ha» (a number the fraction rule said): a count in
# words, then hectares («ha» alone may be a laugh)
HA_AFTER_WORDS = re.compile(
    r"(?<![^\W\d_])((?:hàng )?(?:chục|trăm|nghìn|ngàn|vạn|triệu)"
    r"|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt"
    r"|(?:(?<=hơn )|(?<=tấn )|(?<=tạ )|(?<=đồng )|(?<=triệu ))một|nửa|mỗi|trên) ha\b"
)
_ALONE_HINT = re.compile("|".join(map(re.escape, _ALONE)))
UNIT_ALONE = re.compile(
    r"(?<![\w/])(mmHg|km2|km²|m2|m²|m3|m³|cm³|kg|km|mm|cm|mg|ml|°C|oC|kWh|MWh|GWh|kWp|MWp|kW|MW|GW"
    r"|kHz|MHz|GHz|dBA|dB)(?![\w/²³])"
)


def read_units(text: str) -> str:
    """Units and «/» between units where no number stands before them."""
    if "/" in text:
        text = _per(text)
    if "=" in text:
        text = FORMULA_TIMES.sub(r"\1nhân", text)
    if _ALONE_HINT.search(text):
        text = UNIT_ALONE.sub(lambda m: unit_words(m.group(1)), text)
    if " ha" in text:
        text = HA_AFTER_WORDS.sub(r"\1 héc ta", text)
    return text


# «tỉ lệ tử vong/mắc»: a rate of one count over another
RATE_OF_WORDS = re.compile(
    r"\b((?:[Tt]ỷ|[Tt]ỉ) lệ\s+[a-zà-ỹđ]+(?: [a-zà-ỹđ]+){0,2})\s*/\s*(?=[a-zà-ỹđ]+\b(?!/))"
)
# «1,5 tỷ đồng/mỗi căn»: «mỗi» says the «per» itself
SLASH_EACH = re.compile(r"\s*/\s*(?=mỗi\b)")
# «dư nợ QTDND/tổng dư nợ»: a share of a total; «2 triệu đồng trở lên/lần»: per time
SLASH_OF_TOTAL = re.compile(r"(?<=\S)\s*/\s*(?=tổng\b)")
SLASH_AFTER_BOUND = re.compile(r"(?:(?<=\btrở lên)|(?<=\btrở xuống))\s*/\s*(?=[a-zà-ỹđ])")
# «tỉnh/TP», «Báo NTNN/Điện tử»: a slash between an abbreviation and a word is a list; spaced
# so the abbreviation is read.
WORD_SLASH_ABBR = re.compile(r"(?<=[a-zà-ỹđ])/(?=[A-ZĐ])|(?<=[A-ZĐ]{2})/(?=[A-ZĐ]?[a-zà-ỹđ]{2,}\b)")
# A price, or an average, per anything: «8.000đ/bản sao», «1,6 triệu đồng/xe», «bình quân/xã»,
# «20.000 đồng/hành khách/lượt».
PER_ITEM = re.compile(
    rf"{NOT_MONEY}\b(đồng|đô la Mỹ|bình quân|nghìn|triệu|tỷ|tỉ)\s*/\s*"
    r"(?:([a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?)\s*/\s*)?(?=[a-zà-ỹđ]|[A-ZĐ]{2,6}(?!\w))"  # «đồng/HS»
    r"(?=((?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười) )?)"  # «đồng/ba con»: «trên», not «một»
)


# «đồng/cơ sở/tháng/học sinh», «15kg gạo/tháng/học sinh»: a «per» already said, and one more.
PER_CHAIN = re.compile(  # also before an abbreviation: «đồng/tháng/HSSV»
    rf"\b((?:mỗi|một) (?:tuần|quý|khóa|{HOLDERS}|(?:héc ta|sào) [a-zà-ỹđ]+(?=/(?:vụ|năm)\b)))"
    r"\s*/\s*(?=[a-zà-ỹđ]|[A-ZĐ]{2,}\b)"  # «đồng/ha lúa/vụ»
)


def _per_time(m: re.Match[str]) -> str:
    """«ngày/tháng/năm» is a blank date, not «per» — unless a number counts it: «12 tháng/năm»."""
    if m.group(1).lower() in DATE_PARTS and not _after_number(m):
        return m.group(0)
    return f"{m.group(1)} mỗi "


def _per(text: str) -> str:
    text = SLASH_EACH.sub(" ", text)
    text = SLASH_OF_TOTAL.sub(" trên ", text)
    text = SLASH_AFTER_BOUND.sub(" mỗi ", text)
    text = RATE_OF_WORDS.sub(r"\1 trên ", text)
    text = WORD_SLASH_ABBR.sub(" / ", text)
    text = COMPOUND.sub(lambda m: " " + read_compound(m), text)
    text = PER_LAND.sub(lambda m: " một héc ta" if m.group(1) else " một ", text)  # «Thu nhập/ha»
    text = PER_TIME.sub(_per_time, text)
    text = PER_ITEM.sub(
        lambda m: (
            f"{m.group(1)} {'trên' if m.group(3) and not m.group(2) else 'một'} "
            + (f"{m.group(2)} {'trên' if m.group(3) else 'một'} " if m.group(2) else "")
        ),
        text,
    )
    return PER_CHAIN.sub(_per_chain, text) if "/" in text else text


def _per_chain(m: re.Match[str]) -> str:
    """Not between two of a kind: «1 xã/phường» is a list, whatever «một» before it."""
    held = m.group(1).split()[-1]
    follows = re.match(r"[^\W\d_]+", m.string[m.end() :])
    if follows and of_a_kind(held, follows.group(0)):
        return m.group(0)
    return f"{m.group(1)} một "


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
    # «10ppm»; «50.000ABC»: the number read whole, capitals spelled by a later rule
    return f"{read_number_token(m.group(1))} {unit}"


# «$5», «US$ 2,5 triệu», «€30»: the sign written before the amount is said after it.
SIGN_FIRST = re.compile(
    r"(?<![\w$])(US\$|\$|€|£)\s?(\d[\d.,]*(?:\s(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?)"
)


UNIT_WORDS = frozenset(_WORDS) | frozenset(SYMBOL_UNITS)


def _count_per(m: re.Match[str]) -> str:
    counted, unit = m.group(1).strip(), m.group(2)
    follows = re.match(r"[^\W\d_]+", unit or m.string[m.end() :])
    after = follows.group(0) if follows else ""
    pair = (counted.split()[-1], after)  # «15 xã/phường», «80 quốc gia/vùng lãnh thổ»: a list
    if of_a_kind(*pair) or pair in LIST_PAIRS:
        return m.group(0)
    if after in ("giờ", "vụ") and not unit and counted.split()[-1] not in UNIT_WORDS:
        return f"{m.group(1)} mỗi "  # «4.500 khách/giờ», «30kg hạt/vụ»: things counted per time
    if counted in MONEY or after in TIME or {counted, after} <= UNIT_WORDS:
        return m.group(0)  # «3 giờ/ngày», «đồng/kg», «tấn/ha»: the compound rules read those
    if unit:  # «2 tấn hạt/ha»: the unit is read here, no number stands before it
        return f"{m.group(1)} trên {unit_words(unit)}"
    symbol = re.match(rf"(?:{_SYM})(?![\w²³])", m.string[m.end() :])
    return f"{m.group(1)} trên " if symbol else f"{m.group(1)} một "  # «cá trên mét vuông»


_SCALE_WORDS = (*_SCALES, "chục", "trăm")  # SCALED_UNIT needs one


def read_quantities(text: str, doubts: DoubtLog | None = None) -> str:
    """Compound units, ranges, number + unit, and any number left: all to words."""
    if any(word in text for word in _SCALES):
        text = GLUED_SCALE.sub(" ", text)
    if any(sign in text for sign in "$€£"):
        text = SIGN_FIRST.sub(lambda m: f"{m.group(2)} {unit_words(m.group(1))}", text)
    if "," in text:
        text = ENGLISH_THOUSANDS.sub(lambda m: m.group(0).replace(",", "."), text)
        if "ượt xem" in text:
            text = VIEW_COUNT.sub(r"\1.", text)
    text = SPACED_THOUSANDS.sub(lambda m: m.group(0).replace(" ", "."), text)
    if ". 000" in text:
        text = BROKEN_THOUSANDS.sub(".", text)
    if "độ" in text:
        text = COORDINATE.sub(lambda m: read_decimal(m.group(1), m.group(2)), text)
    if "/" in text:
        text = PER_SPAN.sub(_per_span, text)
        text = PER_AMOUNT.sub(" trên ", text)
        text = COUNT_PER.sub(_count_per, text)
    if has_dash(text):
        text = DASH_LIST.sub(lambda m: re.sub(r"\s*[-–]\s*", ", ", m.group(0)), text)
        text = SAME_UNIT_RANGE.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} đến ", text)
        text = MONEY_RANGE.sub(r"\1 đến ", text)
        text = SCALE_RANGE.sub(r"\1 đến ", text)
    if "/" in text:
        text = NUMBER_PER_UNIT.sub(" một ", text)
    if any(word in text for word in _SCALE_WORDS):
        text = SCALED_UNIT.sub(lambda m: f"{m.group(1)} {unit_words(m.group(2))}", text)
    if "/" in text:
        text = COMPOUND.sub(lambda m: " " + read_compound(m), text)
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
