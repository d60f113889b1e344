"""What a slash between units, counts and holders says: «per», or only a list.

«km/h» → «ki lô mét một giờ», «lần/ngày» → «lần mỗi ngày», «người/km2» → «người trên ki lô
mét vuông», «15 m2/bè» → «mười lăm mét vuông một bè», «đồng/cơ sở/tháng» → «đồng một cơ sở
mỗi tháng»; «xã/phường», «các hộ/doanh nghiệp», «theo tháng/kỳ» stay lists (the slash a
pause); «5 năm/lần», «2 ống/lần» are «một lần» (not before an ordinal: «nhắc lại/lần 2»);
«100ml/chai/lọ» is per either vessel («… trên chai, lọ»).
``units`` calls these while it reads the numbers; the rules with no number before them run
from ``read_slashes``.
"""

from __future__ import annotations

import itertools
import re

from broadcaster.speech.textnorm.context import directly_before
from broadcaster.speech.textnorm.leftovers import LIST_PAIRS, of_a_kind
from broadcaster.speech.textnorm.numbers import DIGITS
from broadcaster.speech.textnorm.unitnames import (
    COUNTED,
    HOLDER_WORDS,
    HOLDERS,
    LAND,
    MONEY,
    NOT_A_PLOT,
    NOT_MONEY,
    PARTS,
    PARTS_ALT,
    PER_ALT,
    PER_HEAD,
    PER_ONE,
    SYMBOLS,
    SYMBOLS_ALT,
    TIME,
    UNIT_WORDS,
    unit_words,
)

# «15 m2/bè», «0,8m2/bể»: a measure per a holder is a compound unit too.
COMPOUND = re.compile(
    rf"(?<![^\W\d_]|/){NOT_MONEY}({PARTS_ALT})((?:\s*/\s*(?:{PER_ALT}))+)(?![\w/²³])"
)
# Holders and times that a slash lists with another holder after a word of many: «các
# hộ/doanh nghiệp», «theo tháng/kỳ» (not «lít/bè», «số con/ổ», «mỗi năm/học sinh»).
_LISTED = frozenset(("hộ", "người", "con", "em", "chuyến", *TIME))
_MANY = frozenset(("các", "những", "theo", "từng"))
DATE_PARTS = frozenset(("ngày", "tháng", "năm"))  # «ngày/tháng/năm»: a form's blank date
# «giá tiêu 145.000/kg»: an amount per a unit, the currency left out.
NUMBER_PER_UNIT = re.compile(
    r"(?<=\d)(?<![^\W\d_]\d)\s*/\s*"  # not after «m3»: «800m3/ha» is a compound unit
    r"(?=(?:kg|tấn|tạ|lít|m2|m²|m3|m³|ha|sào|con|người|hộ|tháng|ngày)(?![\w/]))"
)
# «10-60 cá/m2», «10-12 củ/kg», «60 lít/đàn/vụ»: what a number counts, per a unit or a holder.
COUNT_PER = re.compile(
    rf"(?<=\d)(\s*[a-zà-ỹđ]+(?: [a-zà-ỹđ]+){{0,3}})\s*/\s*"
    rf"(?:({SYMBOLS_ALT})(?![\w²³/])|(?=(?:{SYMBOLS_ALT})(?![\w²³]))|(?=(?:{HOLDERS}|HS)\b))"
)
PER_SPAN = re.compile(r"(?<=[^\W\d_%])/(\d+)\s?(h|giờ|ngày|tuần)(?![\w])")  # 100mm/3h
_HOURS_BEFORE = re.compile(r"(?:\bgiờ|\dh)$")  # «24 giờ/7 ngày», «24h/7 ngày»
_PRICE_BEFORE = re.compile(r"(?:đồng|đ|nghìn|ngàn|triệu|USD|VND|VNĐ)$")  # a price before the slash
# «1,14 lượt/Điểm giao dịch xã/tháng», «24,17 lần/khách hàng/năm», «60 lít nước/giờ/gốc»: what
# a number counts, per a holder and per a time, each slash said as ``_joiner`` says it (not a
# list «5 xã/phường/thị trấn», «3 ca sáng/chiều/đêm», nor a blank date «ngày/tháng/năm», nor
# a year after the last slash «lần/người/năm 2023»)
CHAINED_PER = re.compile(
    r"(?<=\d)(\s*[a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?)\s*/\s*([^\W\d_]+(?: [^\W\d_]+){0,3}?)\s*/\s*"
    r"(?=([^\W\d_]+(?: [^\W\d_]+)?)(?![\w/]|\s*\d))"
)
_AMOUNTS_IN_WORDS = frozenset(("nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"))
# «thu hồi 13,7-13,8/20kg»: a decimal per a weighed amount, never a date.
PER_AMOUNT = re.compile(r"(?<=\d,\d)\s*/\s*(?=\d+\s?(?:kg|tấn|tạ|yến|lít|ha|sào|m2|m²|m3|m³)\b)")
# «kg Urê/sào», «Thu nhập/ha», «microgam/mét khối»: «/» after a plain word, before a land unit;
# before a head («2 lần khám/người»), not after a word that makes a list of them («người
# dân/hộ kinh doanh», «cơ sở sản xuất/hộ kinh doanh» are either), nor after a parent or a kin
# («cha mẹ/người giám hộ», «Ông/Bà/người giám hộ», «phụ huynh/người thân»: either of them).
_KIN_WORDS = ("mẹ", "bố", "cha", "ông", "bà", "vợ", "chồng", "anh", "chị", "cháu", "huynh", "thân")
_KIN = "".join(rf"(?<!\b{w})(?<!\b{w.capitalize()})" for w in _KIN_WORDS)
PER_LAND = re.compile(
    r"(?<=[^\W\d_])\s*/\s*(?:(?P<ha>ha)\b"
    rf"|(?=(?:sào|mẫu|công{NOT_A_PLOT}|mét khối|mét vuông)\b))"
    r"|(?<=[^\W\d_])(?<!dân)(?<!nghiệp)(?<!nhân)(?<!động)(?<!xuất)(?<!hợp đồng)(?<!Hợp đồng)"
    + _KIN
    + rf"\s*/\s*(?=(?:{PER_HEAD})\b)"
)
# «/lần» is per time, not before an ordinal («Tiêm nhắc lại/lần 2», «cấp mới/lần đầu»)
EACH_TIME = r"lần\b(?!\s*(?:\d|đầu|thứ|cuối|một|hai|ba|bốn|năm)\b)"
# «/phiên» a trading session, not «phiên bản», «phiên tòa», «phiên họp»
EACH_SESSION = r"phiên\b(?!\s*(?:bản|tòa|toà|họp|xử|chợ|dịch|âm|hiệu|thứ|\d))"
PER_TIME = re.compile(
    rf"([^\W\d_]+)\s*/\s*(?=(?:ngày|tuần|tháng|năm|ca|buổi|phút|giờ|giây)\b|{EACH_TIME}"
    rf"|{EACH_SESSION})"
)
# «tỉ lệ tử vong/mắc»: a rate of one count over another
RATE_OF_WORDS = re.compile(
    r"\b((?:[Tt]ỷ|[Tt]ỉ) lệ\s+[a-zà-ỹđ]+(?: [a-zà-ỹđ]+){0,2})\s*/\s*(?=[a-zà-ỹđ]+\b(?!/))"
)
# «20 doanh nghiệp hoạt động/nghìn dân», «số bác sĩ/vạn dân»: a rate per so many people
PER_POPULATION = re.compile(
    r"(?<=[^\W\d_])\s*/\s*(?=(?:nghìn|ngàn|vạn|triệu|\d{1,3}(?:\.\d{3})+)\s+dân\b)"
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
# «đồng/cơ sở/tháng/học sinh», «15kg gạo/tháng/học sinh»: a «per» already said, and one more;
# «Doanh thu/ha/vụ», «đồng/ha lúa/vụ».
PER_CHAIN = re.compile(  # also before an abbreviation: «đồng/tháng/HSSV»
    rf"\b((?:mỗi|một) (?:tuần|quý|khóa|{HOLDERS}|héc ta(?=\s*/)"
    r"|(?:héc ta|sào) [a-zà-ỹđ]+(?=/(?:vụ|năm)\b)))"
    r"\s*/\s*(?=[a-zà-ỹđ]|[A-ZĐ]{2,}\b)"
)


# What is weighed or poured rather than counted: «tấn một năm», not «mỗi»
WEIGHED = frozenset(("lít", "tấn", "tạ", "yến", "kg"))
# What a concentration is measured in, and per: «mg/lít», «μmol/lít»
_AMOUNTS = frozenset(
    ("mg", "g", "µg", "μg", "mcg", "ng", "mmol", "µmol", "μmol", "nmol", "IU", "UI")
)


def _joiner(numerator: str, denominator: str) -> str:
    """How «/» is said between two units."""
    num, den = numerator.strip(), denominator.strip()
    if den in TIME:  # «lượt mỗi ngày», «cơ sở mỗi tháng», «tấn một năm»
        held = num in COUNTED and num not in WEIGHED
        return "mỗi" if held or num not in PARTS else "một"
    if den == "lít" and num in _AMOUNTS:  # «/l», «/ml» are «trên» already
        return "trên"  # a concentration: «15 mg/lít», «420 μmol/lít» (not «10 km/lít»)
    if den in LAND or num in MONEY or num.endswith("đồng") or den in PER_ONE:
        return "một"
    if den not in PARTS and den in HOLDER_WORDS:
        return "một"  # «mét vuông một bè»: a count of things, one at a time
    return "trên"


def _after_number(m: re.Match[str]) -> bool:
    """A number right before the match counts it: «12 tháng/năm»."""
    return re.search(r"\d\s*$", m.string[max(0, m.start() - 4) : m.start()]) is not None


def _blank_date(words: list[str], m: re.Match[str]) -> bool:
    """«ngày/tháng/năm»: a form's blank date, not «per» — unless a number counts it: «12
    tháng/năm»."""
    return all(w.lower() in DATE_PARTS for w in words) and not _after_number(m)


def _a_list(parts: list[str], m: re.Match[str]) -> bool:
    """«ngày/tháng/năm» (a blank date), «các hộ/doanh nghiệp», «theo tháng/kỳ», «50 hộ/cá
    nhân»: the slashes join words of a list, not a measure and what it is per."""
    if _blank_date(parts, m):
        return True
    if parts[0] in PER_ONE and "cá nhân" in parts:
        return True  # a person is what a measure is per («160 m2/cá nhân»), never a holder's
    if any(of_a_kind(a, b) for a, b in itertools.pairwise(parts)):
        return True
    holder = any(p not in PARTS for p in parts[1:])
    return holder and parts[0].lower() in _LISTED and directly_before(m.string, m.start()) in _MANY


def read_compound(m: re.Match[str]) -> str:
    parts = [m.group(1), *re.split(r"\s*/\s*", m.group(2).strip())[1:]]
    either = ""
    if len(parts) > 2 and of_a_kind(parts[-2], parts[-1]):  # «100ml/chai/lọ»: per either one
        parts, either = parts[:-1], f", {parts[-1]}"
    if _a_list(parts, m):
        return m.group(0)
    words = unit_words(parts[0])
    for prev, part in itertools.pairwise(parts):
        words += f" {_joiner(prev, part)} {unit_words(part)}"
    return words + either


def _per_span(m: re.Match[str]) -> str:
    """«100mm/3h» is rain «trong ba giờ»; a service's «24 giờ/7 ngày» is «trên»; a ticket's
    «300.000 đồng/4h» is «cho», a parking fee's «5.000 đồng/1h» «một»."""
    if _PRICE_BEFORE.search(m.string, 0, m.start()):
        count = "một" if m.group(1) == "1" else f"cho {m.group(1)}"
        return f" {count} {unit_words(m.group(2))}"
    joiner = "trên" if _HOURS_BEFORE.search(m.string, 0, m.start()) else "trong"
    return f" {joiner} {m.group(1)} {unit_words(m.group(2))}"


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
    symbol = re.match(rf"(?:{SYMBOLS_ALT})(?![\w²³])", m.string[m.end() :])
    return f"{m.group(1)} trên " if symbol else f"{m.group(1)} một "  # «cá trên mét vuông»


def _chained_per(m: re.Match[str]) -> str:
    counted, middle, last = m.group(1).strip(), m.group(2), m.group(3).split()[0]
    words = counted.split()
    if (middle in TIME) == (last in TIME) or words[0] in TIME:
        return m.group(0)  # «3 ca sáng/chiều/đêm»: a list of shifts
    if (counted in PARTS and counted not in ("lượt", "lần")) or words[0] in SYMBOLS:
        return m.group(0)  # «30 mg/kg/ngày», «65 tạ/ha/vụ»: a compound unit, read as before
    if words[-1] in MONEY or words[-1] in _AMOUNTS_IN_WORDS:
        return m.group(0)  # «triệu đồng/hộ/tháng», «3 triệu/ha/vụ»: a price, ``PER_ITEM``'s
    if middle.split()[0] in _AMOUNTS_IN_WORDS:
        return m.group(0)  # «10 bác sĩ/vạn dân/năm»: a rate per so many people
    first = _joiner(words[-1], middle)
    return f"{m.group(1)} {first} {middle} {_joiner(middle.split()[-1], last)} "


def read_counts_per(text: str) -> str:
    """A number's «per» before its ranges are read: «100mm/3h», «13,7/20kg», «10-60 cá/m2»."""
    if text.count("/") > 1:
        text = CHAINED_PER.sub(_chained_per, text)
    text = PER_SPAN.sub(_per_span, text)
    text = PER_AMOUNT.sub(" trên ", text)
    return COUNT_PER.sub(_count_per, text)


def read_number_per_unit(text: str) -> str:
    return NUMBER_PER_UNIT.sub(" một ", text)


# «diện tích tối thiểu 20m2/cửa hàng»: an area per shop or stall (the shop words are no holders
# elsewhere: «45 cơ sở/cửa hàng», «cửa hàng/điểm bán» are lists)
AREA_PER_SHOP = re.compile(r"(?<=\d)(\s?(?:m2|m²))\s*/\s*(?=(?:cửa hàng|gian hàng|điểm bán)\b)")


def read_compounds(text: str) -> str:
    if "/" in text and "m" in text:
        text = AREA_PER_SHOP.sub(r"\1 một ", text)
    return COMPOUND.sub(lambda m: " " + read_compound(m), text)


# A number, or its words, right before a word: «2 ống», «hai ống»
_COUNT_BEFORE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(DIGITS[1:])}|mười|mươi|trăm|nghìn|lăm|mốt|tư))\s+$"
)


def _per_time(m: re.Match[str]) -> str:
    """«lần khám/năm» is «lần khám mỗi năm», «Mức hỗ trợ/lần» «mỗi lần», but «2 ống/lần»
    «hai ống một lần» after a count (as the compound units say «5 năm/lần»); «ngày/tháng/năm»
    stays a blank date."""
    if _blank_date([m.group(1)], m):
        return m.group(0)
    counted = m.string.startswith("lần", m.end()) and _COUNT_BEFORE.search(
        m.string, max(0, m.start() - 12), m.start()
    )  # «2 ống/lần», its number already said
    return f"{m.group(1)} {'một' if counted else 'mỗi'} "


def _per_chain(m: re.Match[str]) -> str:
    """Not between two of a kind: «1 xã/phường» is a list, whatever «một» before it."""
    held = m.group(1).split()[-1]
    follows = re.match(r"[^\W\d_]+", m.string[m.end() :])
    if follows and of_a_kind(held, follows.group(0)):
        return m.group(0)
    return f"{m.group(1)} một "


# People per group: «từ 20 người/đoàn», «10 vận động viên/đội», «30 người/1 đoàn» (not a list:
# «tác giả/nhóm tác giả», «hội viên/đoàn viên», «cá nhân/nhóm»)
PER_GROUP = re.compile(
    r"\b((?:người|vận động viên|VĐV|khách|thành viên))\s*/\s*(?:(?:1|một)\s+)?"
    r"(?=(?:đoàn|Đoàn|đội|Đội|nhóm)(?![^\W\d_]| viên| cơ sở| trẻ| tác giả| học sinh))"
)


def read_slashes(text: str) -> str:
    """Slashes with no number right before them: «đồng/kg», «Thu nhập/ha», «lần khám/năm»."""
    text = SLASH_EACH.sub(" ", text)
    text = SLASH_OF_TOTAL.sub(" trên ", text)
    text = PER_POPULATION.sub(" trên ", text)
    text = SLASH_AFTER_BOUND.sub(" mỗi ", text)
    text = RATE_OF_WORDS.sub(r"\1 trên ", text)
    text = WORD_SLASH_ABBR.sub(" / ", text)
    text = read_compounds(text)
    text = PER_GROUP.sub(r"\1 một ", text)
    text = PER_LAND.sub(lambda m: " một héc ta" if m.group("ha") else " một ", text)
    text = PER_TIME.sub(_per_time, text)
    text = PER_ITEM.sub(
        lambda m: (
            f"{m.group(1)} {'trên' if m.group(3) and not m.group(2) else 'một'} "
            + (f"{m.group(2)} {'trên' if m.group(3) else 'một'} " if m.group(2) else "")
        ),
        text,
    )
    return PER_CHAIN.sub(_per_chain, text) if "/" in text else text
