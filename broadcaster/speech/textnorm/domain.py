"""Shapes that belong to one kind of bulletin and nowhere else.

- fuel grades: ``E5RON92``, ``E5 RON 92``, ``RON95-III`` → «e năm rôn chín mươi hai»,
  «rôn chín mươi lăm ba» (the octane number is a number, the level after it a plain one);
- diesel by its sulphur content: ``0.05S``, ``0,001S-V`` → «không phẩy không năm ét»;
- eye diopters in call-up notices: ``cận thị từ 5D`` → «cận thị từ năm đi ốp»;
- fishing-boat numbers: ``BTh-97188-TS``, ``QNa 90668 TS`` → «bê tê hát chín bảy một tám
  tám tê ét»: the province letters spelled, the digits one by one (as on the hull), ``TS``;
  after «tàu cá» a number is a boat's even without its ``TS`` (``Tàu cá ĐNa 90152``), and
  each of a list of them (``tàu cá BV 96279 và BV 96280``);
- fertiliser grades: ``NPK 20-20-15`` → «NPK hai mươi, hai mươi, mười lăm», not a range, and
  any three small numbers joined by dashes (``phân bón 16-16-8``);
- a match's score, a race time, a class range (``sport``);
- a flight, an airliner's model (``vehicles``);
- a product's lot and registration numbers and its expiry, in recall notices (``labels``);
- storm names in capitals after «bão»: ``bão YAGI`` → «bão Yagi», a name, not letters to
  spell (noted as a guessed code, so the operator sees it);
- a rice variety's letters after «giống lúa» spelled (``giống lúa ĐH12``), ``KD 18`` in a line
  on rice «Khang dân mười tám»;
- rice varieties of the Cửu Long Delta Rice Research Institute (Ô Môn): ``OM5451``,
  ``OM 18`` → «ô mờ năm nghìn bốn trăm năm mươi mốt», «ô mờ mười tám»; those of the IRRI
  (``IR50404``) digit by digit, «i rờ năm không bốn không bốn»;
- a position at sea: ``08°00'00N`` → «tám độ không phút không giây vĩ Bắc»;
- a dyke's chainage written with a bare ``K``: ``K5+858`` is ``Km5+858`` (read by the
  units rule, «ki lô mét năm cộng tám trăm năm mươi tám»), and a dash to the next one «đến»;
- gold: ``vàng 9999`` → «vàng bốn số chín»; ``vàng 18k``, ``18kara`` → «mười tám ca ra»;
- a standard's number and year: ``QCVN 08:2008`` → «QCVN không tám năm hai nghìn không trăm
  linh tám» (a leading zero is said, the colon before a year is «năm»);
- the «4.0» of an industry or a technology: ``Cách mạng công nghiệp 4.0``, ``KHCN 4.0`` →
  «bốn chấm không», a generation's name, not a decimal;
- a numbered sub-clause of a legal text: ``khoản 3.40 Điều 3``, ``mục 2.1`` → «ba chấm bốn
  mươi», «hai chấm một»;
- a valve's or a meter's code after unknown capitals: ``van DMA 08-02`` → «không tám không
  hai», not the eighth of February;
- Agent Orange and its dioxin are one poison: ``chất độc da cam/dioxin``, ``CĐDC/Dioxin`` →
  «da cam đi ô xin», the slash unsaid;
- a chemical element's symbol in brackets after its name: ``chì (Pb)``, ``thủy ngân (Hg)`` →
  «pê bê», «hát giê», by its letters;
- a customs code: ``mã HS 0803`` → «mã hát ét không tám không ba».
- a road sign's code after «biển»: ``biển số DP.135``, ``biển W.201a`` → «dê pê một trăm ba
  mươi lăm», «vê kép hai trăm linh một a» (the alphabet's letter names; the dot unsaid).
- a picture's dimensions: ``3D`` → «ba đê»;
- a thing called by a number and a letter: ``vùng áp thấp được gọi là 93W`` → «chín mươi ba
  vê kép», a name, not watts.
- a software's version: ``iOS 26.2``, ``phiên bản 2.5`` → «hai mươi sáu chấm hai», not a
  decimal;
- a code, a year and a serial joined by dashes: ``CVE-2021-34527`` → «xê vê e hai nghìn không
  trăm hai mươi mốt, ba bốn năm hai bảy», never a range.

Runs before the plate and code rules, which would read these as plates or codes.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import LIST_JOIN, spell
from broadcaster.speech.textnorm.context import SECONDS_MARK, about_pupils
from broadcaster.speech.textnorm.doubts import CODE, DoubtLog, watched
from broadcaster.speech.textnorm.labels import read_label_shapes
from broadcaster.speech.textnorm.numbers import (
    read_decimal,
    read_digits,
    read_dotted_code,
    read_int,
    read_serial,
)
from broadcaster.speech.textnorm.punctuation import is_caps_line
from broadcaster.speech.textnorm.sport import read_sport_shapes
from broadcaster.speech.textnorm.vehicles import read_aircraft

# «biển số DP.135», «biển phụ S.501», «biển W.201a»: a road sign's code after «biển».
ROAD_SIGN = re.compile(
    r"(?:(?<=biển )|(?<=biển số )|(?<=biển phụ )|(?<=biển phụ số )|(?<=biển báo ))"
    r"(DP|[PRWSI])\.(\d{2,3})([a-z])?(?!\w|\.\d)"
)
_LEVEL = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
FUEL = re.compile(
    r"(?<![\w\-])(?:(E\d{1,2})\s*)?RON\s*(\d{2,3})(?:\s*-\s*(III|II|IV|V|I))?"
    r"((?:\s?/\s?\d{2,3}(?!\d))*)(?![\w])"  # «RON92/95», «RON 92 / 95 / 98»: grades listed
)
DIOPTER = re.compile(
    r"(?i:(cận thị|viễn thị|loạn thị|độ cận)\b)([^.;\d]{0,20}?)"
    r"(\d{1,2}(?:[.,]\d{1,2})?)\s?D(?![\w])"
)
# «được gọi là 93W», «áp thấp 29W», «Invest 93W»: a name, its letter by the alphabet (not watts).
CALLED = re.compile(
    r"(?i:\b(?:gọi là|ký hiệu|kí hiệu|mang tên|có tên|vùng áp thấp|áp thấp nhiệt đới|invest)\s+)"
    r"([1-9]\d{0,2})([A-Z])(?![\w])"
)


def _hull_shape(group: str) -> str:
    """A fishing boat's hull number, «BTh – 98765», «NA – 976.78»; ``group`` ``"("`` captures
    the letters and the digits, ``"(?:"`` does not."""
    return rf"{group}[A-ZĐ][A-ZĐa-zđ]{{0,2}})\s?[-–]?\s?{group}\d{{4,6}}|\d{{3}}\.\d{{2}})"


_HULL = _hull_shape("(")
# A vehicle inspection centre: «TTĐK 50-05V», «đăng kiểm 29-01V, 29-14D», «60.05D», «2901V» (not
# «1500V», «Thaco 2400D», nor after a battery or a voltage: «ắc quy 2412V»)
INSPECTION = re.compile(
    r"(?<![\w\-.,])(?<!quy )(?<!pin )(?<!Pin )(?<!áp )(?<!điện )(?<!Điện )"
    r"(\d{2})(?:\s?[-.]\s?|(?!00))(\d{2})([VDS])(?![\w\-])"
)
DIMENSIONS = re.compile(  # «màn hình 3D» «ba đê» (not «lớp 4D», «đường 4D»)
    r"(?i:\b(màn hình|hình ảnh|hình|ảnh|phim|in|công nghệ|mô hình|không gian|bản đồ|hiệu ứng"
    r"|kính|siêu âm|tái tạo|quét)\s+)"
    r"([2-4])D(?![\w])"
)
BOAT = re.compile(  # not «ISO 9001 – TS Nguyễn Văn A», a doctor's title before a name
    rf"(?<![\w\-]){_HULL}\s?[-–]?\s?TS(?![\w]|\s+[A-ZĐ][a-zà-ỹđ]*\s+[A-ZĐ])"
)
# «NPK 20-20-15», «NPK 16-16-8-13S»: a fertiliser's grade, numbers one after another.
# «DAP 18-46», «D.A.P 18-46»: nitrogen, then phosphate.
FERTILISER = re.compile(
    r"\b(NPK|DAP|D\.A\.P|N\.P\.K)\s+(\d{1,2}(?:-\d{1,2}){1,4})([A-Z]{0,2})(?![\w\-])"
)
# «NPK 16-16-8-TE», «16-16-8+TE»: trace elements after a fertiliser's grade
TRACE_ELEMENTS = re.compile(r"(?<=\d)\s?([-+])\s?TE(?![\w\-])")
# «NPK-828-TE»: a fertiliser's product code, its number and its letters («TE», trace elements)
FERTILISER_CODE = re.compile(r"\b(NPK|DAP)[-\s](\d{2,4})-([A-Z]{1,3})(?![\w\-])")
# «phân bón 16-16-8», «30-30-10»: three small numbers joined by dashes are a grade, never a range.
GRADE = re.compile(r"(?<![\w.,/\-])(\d{1,2}(?:-\d{1,2}){2,3})(?![\w\-/]|[.,]\d)")
STORM = re.compile(r"(?<=\b[bB]ão )([A-Z]{3,10})(?![\w\-])")
# «tỷ lệ 1/500, 1/2000, 1/5000»: a list of map scales, none of them a month and a year.
SCALE_LIST = re.compile(r"(?i)\b(tỷ lệ|tỉ lệ)\s+(1\s*[/:]\s*\d{2,6}(?:\s*,\s*1\s*[/:]\s*\d{2,6})+)")
RICE = re.compile(r"(?<![\w\-])OM\s?(?=\d{2,5}(?![\w.,]\d))")
# «giống lúa ĐH12», «giống lúa BC 15»: a variety's letters spelled (not «đường huyện»; a
# leading zero, «J02», is left to the code rules); in a line on rice, «KD 18», «KD18» the
# north's Khang dân 18 (elsewhere «KD 18 năm» is «kinh doanh»)
VARIETY = re.compile(r"(?<=\b[gG]iống lúa )(?!KD)([A-ZĐ]{1,4})\s?(?=[1-9]\d{0,3}(?![\w/]|[.,]\d))")
KHANG_DAN = re.compile(
    r"(?<![\w\-])KD\s?(?=18(?![\w/]|[.,]\d)(?!\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|%|năm(?! nay))))"
)
_ABOUT_RICE = re.compile(
    r"(?i)\b(?:lúa|gạo|mạ(?! kẽm)|gieo|cấy|giống|trà xuân|trà mùa|vụ xuân|vụ mùa)\b"
)
# Cassava varieties «KM94», «KM 140» in a text on cassava varieties: letters and number, never
# a kilometre post («KM94+500», «xe chở sắn lật tại KM 94»; «đoạn KM94 giống như …»).
CASSAVA = re.compile(r"(?<![\w\-])KM\s?(?=\d{2,3}(?![\w.,]\d|\w|\s?\+))")


# The IRRI varieties: «IR50404», «IR 504» → «i rờ năm không bốn không bốn», digit by digit.
IRRI = re.compile(r"(?<![\w\-])IR\s?(\d{2,5})(?![\w.,]\d|\w)")
# «QCVN 08:2008», «QCVN 08-MT:2015/BTNMT» (a field's letters after the number, the issuer).
# «TCVN 5518-2:2007», «IEC 62053-20:2003»: a part's number after a dash, «gạch hai mươi».
STANDARD = re.compile(
    r"\b(QCVN|TCVN|ISO|IEC)\s+(\d{1,5})(?!\d)(?:\s*-\s*([A-Z]{1,4}|\d{1,3}(?!\d)))?"
    r"(?:\s*:\s*(\d{4}))?(?:\s*/\s*([A-ZĐ]{2,8}))?(?![\w.,]\d)"
)


def _standard(m: re.Match[str]) -> str:
    number = m.group(2)
    words = read_digits(number) if number.startswith("0") else read_int(int(number))
    part = m.group(3) or ""
    if part.isdigit():  # a part of the standard: «5518-2» «… gạch hai»
        field = f" gạch {read_int(int(part))}"
    else:  # a field's letters: «08-MT»
        field = f" {spell(part, latin=True)}" if part else ""
    year = f" năm {read_int(int(m.group(4)))}" if m.group(4) else ""
    issuer = f" của {m.group(5)}" if m.group(5) else ""  # the table reads «BTNMT» later
    body = spell(m.group(1), latin=True) if m.group(1) == "IEC" else m.group(1)  # no table key
    return f"{body} {words}{field}{year}{issuer}"


def _fuel(m: re.Match[str]) -> str:
    grade = f"{spell(m.group(1)[0])} {read_int(int(m.group(1)[1:]))} " if m.group(1) else ""
    level = f" {read_int(_LEVEL[m.group(3)])}" if m.group(3) else ""
    other = "".join(f", {read_int(int(n))}" for n in re.findall(r"\d+", m.group(4)))
    return f" {grade}rôn {read_int(int(m.group(2)))}{level}{other} "


def _diopter(m: re.Match[str]) -> str:
    number = m.group(3).replace(".", ",")
    whole, _, frac = number.partition(",")
    words = read_int(int(whole)) + (f" phẩy {read_digits(frac)}" if frac else "")
    return f"{m.group(1)}{m.group(2)}{words} đi ốp"


def _fertiliser(m: re.Match[str]) -> str:
    numbers = ", ".join(read_int(int(n)) for n in m.group(2).split("-"))
    tail = f" {spell(m.group(3))}" if m.group(3) else ""
    return f"{m.group(1).replace('.', '')} {numbers}{tail}"  # «D.A.P» is the table's «DAP»


def _called(m: re.Match[str]) -> str:
    head = m.group(0)[: m.start(1) - m.start(0)]
    return f"{head}{read_int(int(m.group(1)))} {spell(m.group(2))}"


def _hull(m: re.Match[str]) -> str:
    """The province letters spelled, the digits one by one (a dot said «chấm»)."""
    digits = " chấm ".join(read_digits(part) for part in m.group(2).split("."))
    return f"{spell(m.group(1))} {digits}"


def _boat(m: re.Match[str]) -> str:
    return f" {_hull(m)} tê ét "


def _named_hull(group: str) -> str:
    """A hull number alone, no document's («số hiệu QĐ 1234»)."""
    return rf"(?!QĐ|NĐ|CV){_hull_shape(group)}(?![\w\-]|[.,]\d)"


# A fishing boat named without «TS» after «tàu cá» or its hull's «số hiệu», «biển hiệu»:
# «Tàu cá ĐNa 90152 (bị đâm chìm …)», «mang biển hiệu BV 96279,», «số hiệu NA – 976.78»; a
# list of them whole («tàu cá BV 96279 và BV 96280»).
BOAT_NAMED = re.compile(
    r"(?i:\b(?:tàu(?: cá)?(?: mang)?(?: số hiệu| số| biển hiệu| biển số)?"
    rf"|(?:mang )?(?:số hiệu|biển hiệu)))\s+{_named_hull('(')}"
    rf"((?:{LIST_JOIN}{_named_hull('(?:')})*)"
)
_NEXT_HULL = re.compile(_HULL)  # «… và BV 96280»: the next ones of a list


def _boat_named(m: re.Match[str]) -> str:
    more = _NEXT_HULL.sub(_hull, m.group(3))
    return f"{m.group(0)[: m.start(1) - m.start(0)]}{_hull(m)}{more}"


# Fuel by its sulphur content: «Dầu điêzen 0.05S», «DO 0,001S-V», «madút 3.5S».
SULPHUR = re.compile(r"(?<![\w.,])(\d)[.,](\d{1,4})\s?S(?:-(II|III|IV|V))?(?![\w\-])")


def _sulphur(m: re.Match[str]) -> str:
    words = f"{read_decimal(m.group(1), m.group(2))} ét"
    return words + (f" {read_int(_LEVEL[m.group(3)])}" if m.group(3) else "")


# A position at sea in degrees, minutes and seconds: «08°00'00N», «109°43'E», «12°00’N»; the
# Vietnamese headings «20°53’42’’ B», «106°59’1’’Đ»; a fraction of a second; no heading
# («20°38’57.9″ vĩ độ Bắc»). Seconds need their mark, a heading or «vĩ độ», «kinh độ» after
# them: a bare number after the minutes is the next amount («20°15’ 30 km», «17°15’ 125 hải lý»).
_HEADING = {
    "N": "vĩ Bắc",
    "S": "vĩ Nam",
    "E": "kinh Đông",
    "W": "kinh Tây",
    "B": "vĩ Bắc",
    "Đ": "kinh Đông",
    "T": "kinh Tây",
}
_HEADINGS = f"[{''.join(_HEADING)}](?!\\w)"
_AMOUNT = r"\d{1,2}(?:[.,]\d{1,2})?(?!\d|[.,]\d)"
_SECONDS_MARK = SECONDS_MARK
_LATITUDE_WORDS = r"\s(?:vĩ|kinh) độ\b"  # «17°15’30 vĩ độ Bắc»: seconds, their mark lost
DMS = re.compile(
    rf"(?<![\w.,])(\d{{1,3}})\s?°\s?({_AMOUNT})\s?['’′]"
    rf"(?:\s?({_AMOUNT})(?=\s?(?:{_SECONDS_MARK}|{_HEADINGS})|{_LATITUDE_WORDS})\s?{_SECONDS_MARK}?)?"
    rf"(?:\s?({_HEADINGS}))?"
)
# «16,3°N; 124,6°E», «16,3°B»: a position in decimal degrees.
DEGREES = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:[.,]\d{{1,3}})?)\s?°\s?({_HEADINGS})")


def _dms(m: re.Match[str]) -> str:
    words = f"{read_int(int(m.group(1)))} độ {_amount(m.group(2))} phút"
    if m.group(3) is not None:
        words += f" {_amount(m.group(3))} giây"
    return f"{words} {_HEADING[m.group(4)]}" if m.group(4) else words


def _amount(written: str) -> str:
    """Minutes or seconds: «42», «57.9», «57,9»."""
    whole, _, fraction = written.replace(",", ".").partition(".")
    return read_decimal(whole, fraction) if fraction else read_int(int(whole))


# «đoạn K5+858 - K5+905»: a chainage along a dyke, kilometres plus metres.
DYKE_CHAINAGE = re.compile(r"(?<![\w.])K(\d{1,4})\s*\+\s*(\d{1,3})(?![\w.,]\d|\w)")


# «vàng 9999», «nhẫn vàng 18K», «dây chuyền 18kara»: gold's fineness.
GOLD_FINE = re.compile(r"(?i)(?<=\bvàng )9999\b")
KARAT = re.compile(r"(?<![\w.,])(\d{1,2})\s?(?:[kK]ara|[kK])(?!\w)")


def _karat(m: re.Match[str]) -> str:
    """«18k» is karats only beside gold; elsewhere «18k» may be thousands («18k/tháng»)."""
    near = m.string[max(0, m.start() - 12) : m.start()].lower()
    if "kara" not in m.group(0).lower() and "vàng" not in near:
        return m.group(0)
    return f"{read_int(int(m.group(1)))} ca ra"


# «250–300k», «500k/tháng», «350k/h», «1032k»: thousands (of đồng) in a small «k», not beside gold.
_DIGIT_K = re.compile(r"\dk")
THOUSAND_K = re.compile(r"(?<![\w.,])(\d{1,4})k(?![\w²³])(?!\s?g\b)")


def _thousands(m: re.Match[str]) -> str:
    """«150k» «150 nghìn»; «1032k» is an amount of millions, «1.032.000»."""
    if len(m.group(1)) < 4:
        return f"{m.group(1)} nghìn"
    if re.search(r"\d\s?[-–]\s?$", m.string[max(0, m.start() - 3) : m.start()]):
        return m.group(0)  # «1500–1200k»: a range ``K_RANGE`` left, its first amount unread
    return f"{int(m.group(1)) * 1000:,}".replace(",", ".")


# «1tr5», «2tr35»: millions and what follows them glued («1,5 triệu», «2,35 triệu»), said as the
# amount in full («một triệu năm trăm nghìn»)
MILLIONS_TR = re.compile(r"(?<![\w.,])(\d{1,3})tr(\d{1,3})(?!\w|[.,]\d)")
_DIGIT_TR = re.compile(r"\dtr\d")  # what MILLIONS_TR needs, found fast


def _millions(m: re.Match[str]) -> str:
    amount = int(m.group(1)) * 1_000_000 + int(m.group(2).ljust(3, "0")) * 1000
    return f"{amount:,}".replace(",", ".")


# «800–1200k», «500-1500k»: a range whose «k» after the second amount counts both in thousands
K_RANGE = re.compile(r"(?<![\w.,])(\d{1,4})(\s?[-–]\s?)(\d{4})k(?![\w²³])(?!\s?g\b)")


def _k_range(m: re.Match[str]) -> str:
    first, dash, second = int(m.group(1)), m.group(2), int(m.group(3))
    if first >= second:
        return m.group(0)
    return f"{first * 1000:,}{dash}{second * 1000:,}".replace(",", ".")


# A pesticide's formulation after its strength: «Sofit 300 EC», «Bebu 30 WP» — letters to
# spell, not the table's «EC» (Ủy ban châu Âu) or «ND» (nhân dân).
FORMULATION = re.compile(r"(?<=\d)\s?(EC|EW|SC|SL|WP|WG|WDG|GR|OD|SP|ND)(?![\w\-/])")
_FORMULATION_HINT = re.compile(r"\d\s?(?:E[CW]|S[CLP]|W[PG]|GR|OD|ND)")


# «chất độc da cam/dioxin», «CĐDC/Dioxin»: one poison, the slash unsaid
AGENT_ORANGE = re.compile(r"(?i)\b(da cam|CĐDC)\s*/\s*(?=(?:dioxin|điôxin)\b)")
# «Cách mạng công nghiệp 4.0», «CMCN 4.0», «nông nghiệp 4.0», «Web 3.0», «Chợ 4.0»,
# «nông dân 4.0», «thời đại 4.0»
GENERATION = re.compile(
    r"(?<!tốt )\b(nghiệp|nghệ|CMCN|KHCN|[Ww]eb|Industry|phiên bản|[Cc]hợ|[Tt]hời đại|[Kk]ỷ nguyên"
    r"|[Nn]ông dân|[Cc]ông dân|[Đđ]ô thị|[Dd]u lịch|[Gg]iáo dục|[Nn]gân hàng|[Tt]rường học)"
    r"\s+([1-9])\.0(?![\w]|[.,/]\d)"
    r"(?!\s*(?:%|/|điểm|nghìn|ngàn|triệu|tỷ|tỉ|vạn|lượt|lần|phần|ha|tấn|kg|trở lên)(?!\w))"
)  # not «6.0%», «5.0 điểm», «2.0 ha», a «tốt nghiệp 8.0», a headline in capitals
# «iOS 26.2», «phiên bản 2.5», «Android 4.4»: a software's version, «chấm» (not a car's trim
# «Phiên bản 2.0L», nor thousands «Phiên bản 12.500 xe», nor an amount «2.5 triệu»; «17.4.1»,
# with two dots, is a version already)
VERSION = re.compile(
    r"\b((?i:phiên bản|bản cập nhật)|iOS|iPadOS|macOS|Android|HarmonyOS)\s+(\d{1,3})\.(\d{1,2})"
    r"(?![\w]|[.,]\d|\s?[A-Za-z]{1,4}\b|\s*(?:%|triệu|nghìn|tỷ))"
)
# A code, a year and a serial joined by dashes: «CVE-2021-34527», «CVE-2024-0012» — no range:
# letters spelled, the year, the serial digit by digit (a short one without a leading zero as a
# number)
YEAR_CODE = re.compile(  # not a span of years «KH-2021-2025»
    r"(?<![\w\-])([A-Z]{2,6})-((?:19|20)\d\d)-(?!(?:19|20)\d\d(?!\d))(\d{3,7})(?![\w\-]|[.,]\d)"
)


def _year_code(m: re.Match[str]) -> str:
    return f"{spell(m.group(1), latin=True)} {read_int(int(m.group(2)))}, {read_serial(m.group(3))}"


# «khoản 3.40 Điều 3», «tiểu mục 2.1», «Dự án 5.3» (of a national programme): a sub-clause,
# «ba chấm bốn mươi»; «bảng số liệu 3.7»,
# «Biểu đồ 2.1», «Hình 2.1», «bảng 3.1» (not «vòng bảng»): a report's numbered table or figure;
# never before an amount («Biểu đồ 1.5 triệu lượt», «khoản 3.5 triệu đồng»)
# «điểm 9.1 khoản 9», «Điểm 2.2, khoản 2», «điểm 1.3 Điều 4»: a point of a clause, when a
# numbered clause or article follows (not «đạt điểm 9.5, điều đó …», a mark)
SUB_CLAUSE = re.compile(
    r"(?i:\b(khoản|mục|tiểu mục|phụ lục|dự án|tiểu dự án"
    r"|(?-i:[Bb]ảng số liệu|(?<![Vv]òng )[Bb]ảng|[Bb]iểu đồ|[Ss]ơ đồ|[Bb]ản đồ|Hình"
    r"|BẢNG SỐ LIỆU|(?<!VÒNG )BẢNG|BIỂU ĐỒ|SƠ ĐỒ|BẢN ĐỒ"
    r"|(?<!MÔ )(?<!ĐIỂN )(?<!TÌNH )(?<!ĐỊA )(?<!ĐỊNH )(?<!ĐỒ )HÌNH)"
    r"|điểm(?=\s+\S+\s*,?\s*(?:của\s+)?(?:khoản|điều|mục|phụ lục)\s+(?:\d|này\b|[IVX]+\b))))"
    r"\s+(\d{1,2})\.(\d{1,2})(?![\w]|[.,]\d)"
    r"(?!\s*(?:%|(?i:(?:triệu|nghìn|ngàn|tỷ|tỉ|tấn|kg|lần|USD|ha|héc ta|hecta|km|m|mét|lượt|người"
    r"|hộ|MW|MWp|kW|kWp)\b|điểm\b(?!\s+[a-zđ]\b))))"
)


def _sub_clause(m: re.Match[str]) -> str:
    said = f"{read_int(int(m.group(2)))} chấm {read_int(int(m.group(3)))}"
    # «BẢNG 2.3: KẾT QUẢ»: a headline in capitals stays one, for the headline rule to lower
    # (not «Xem BẢNG 2.3 dưới đây», a line in small letters)
    capitals = m.group(1).isupper() and is_caps_line(m.string)
    return f"{m.group(1)} {said.upper() if capitals else said}"


# «van DMA 08-02»: two pairs of digits after unknown capitals are a code, not a date
PAIRED_CODE = re.compile(r"(?<![\w\-/.])([A-Z]{3,5}) (\d\d)-(\d\d)(?![\w\-/.]|[.,]\d)")


def _paired_code(m: re.Match[str], known: frozenset[str]) -> str:
    if m.group(1) in known:
        return m.group(0)
    return f"{m.group(1)} {read_digits(m.group(2))} {read_digits(m.group(3))}"


# Two-letter element symbols (capital, small letter) the heavy-metal and water bulletins name;
# not those that are also names or words in brackets («(Ba)», «(Ca)», «(Co)», «(Li)»).
_ELEMENTS = "Pb|Hg|Cd|As|Cu|Zn|Fe|Mn|Ni|Cr|Al|Na|Mg|Sn|Ag|Au|Sb|Cl|Si"
# «mã HS 0803», «thuộc mã HS sau 2922.42.20», «mã HS tương ứng là 6506.10.10», «nhóm hàng HS
# 72.25»: a customs code (Harmonized System) by its letters, not «học sinh»; its dotted groups
# joined by «chấm».
HS_CODE = re.compile(
    r"\b([Mm]ã(?: số)?|[Nn]hóm hàng)\s+HS(\s*:?\s*(?:sau\s+|(?:là|tương ứng là)\s+"
    r"(?=\d+\.\d|\d{4}(?:\d\d){0,2}(?!\d)))?)"  # a pupil's code has ten digits
    r"(\d{2,10}(?:\.\d{1,4}){0,3})(?![\w.,]\d)"
)


def _hs_code(m: re.Match[str]) -> str:
    if "là" in m.group(2) and about_pupils(m.string, m.start(), m.end()):
        return m.group(0)  # «Phụ huynh tra cứu mã HS là 12345678»: a pupil's code
    code = m.group(3)
    said = read_dotted_code(code) if "." in code else code  # undotted: as numbers are read
    return f"{m.group(1)} hát ét{m.group(2)}{said}"


ELEMENT = re.compile(rf"\(\s*({_ELEMENTS})\s*\)")  # opens with a literal: a quick scan
# «50 đ/c», «đ/c Hùng»: comrades (the table's «đồng chí», in small letters as it reads them),
# read before a count takes «đ» for money and «/c» for a per; not after a price («12.000 đ/c»);
# «Đ/c: Thôn 3»: an address
COMRADE = re.compile(r"(?<![\w/])(?<!\.\d{3} )[đĐ]/c(?![\w/])(\s*:)?")


def read_domain_shapes(text: str, known: frozenset[str], doubts: DoubtLog | None = None) -> str:
    """``known``: abbreviations in the table (``bão ATNĐ`` is not a name)."""
    if "/c" in text:
        text = COMRADE.sub(lambda m: "địa chỉ:" if m.group(1) else "đồng chí", text)
    if _FORMULATION_HINT.search(text):
        text = FORMULATION.sub(lambda m: " " + spell(m.group(1), latin=True), text)
    if "vàng" in text or "ara" in text:
        text = GOLD_FINE.sub("bốn số chín", text)
        text = KARAT.sub(_karat, text)
    if _DIGIT_K.search(text) and "vàng" not in text.lower():
        text = THOUSAND_K.sub(_thousands, K_RANGE.sub(_k_range, text))
    if _DIGIT_TR.search(text):
        text = MILLIONS_TR.sub(_millions, text)
    if "K" in text and "+" in text:
        text = DYKE_CHAINAGE.sub(r"Km\1+\2", text)
    if "°" in text:
        text = DMS.sub(_dms, text)
        text = DEGREES.sub(
            lambda m: f"{m.group(1).replace('.', ',')} độ {_HEADING[m.group(2)]}", text
        )
    if "RON" in text:
        text = FUEL.sub(_fuel, text)
    if "S" in text:
        text = SULPHUR.sub(_sulphur, text)
    if "D" in text:
        text = DIOPTER.sub(_diopter, text)
    if " tên " in text or " hiệu " in text or " là " in text or "thấp" in text or "nvest" in text:
        text = CALLED.sub(_called, text)
    text = read_sport_shapes(text)
    text = read_label_shapes(text)
    if "OS" in text or "ản" in text or "ẢN" in text or "Android" in text:  # «bản», «BẢN»
        text = VERSION.sub(_sub_clause, text)  # the same words: «hai chấm năm»
    if "-19" in text or "-20" in text:
        text = YEAR_CODE.sub(_year_code, text)
    if "đăng kiểm" in text.lower() or "TTĐK" in text:
        text = INSPECTION.sub(
            lambda m: f"{read_int(int(m.group(1)))}, {read_digits(m.group(2))} {spell(m.group(3))}",
            text,
        )
    if "D" in text:
        text = DIMENSIONS.sub(lambda m: f"{m.group(1)} {read_int(int(m.group(2)))} đê", text)
    if "TS" in text:
        text = BOAT.sub(_boat, text)
    if "tàu" in text or "Tàu" in text or "hiệu" in text:
        text = BOAT_NAMED.sub(_boat_named, text)
    text = read_aircraft(text)
    if "NPK" in text or "DAP" in text or "A.P" in text or "P.K" in text:
        text = FERTILISER.sub(_fertiliser, text)
        text = FERTILISER_CODE.sub(lambda m: f"{m[1]} {read_int(int(m[2]))} {spell(m[3])}", text)
        if "TE" in text:
            text = TRACE_ELEMENTS.sub(lambda m: " cộng tê e" if m[1] == "+" else " tê e", text)
    if "-" in text:
        text = GRADE.sub(lambda m: ", ".join(read_int(int(n)) for n in m.group(1).split("-")), text)
    if "lệ" in text:
        text = SCALE_LIST.sub(
            lambda m: (
                f"{m.group(1)} "
                + ", ".join(
                    f"một trên {read_int(int(part.split('/')[-1].split(':')[-1]))}"
                    for part in re.split(r"\s*,\s*", m.group(2))
                )
            ),
            text,
        )
    low = text.lower()  # once: no rule after it adds a word looked up in it («khoản», «sắn»)
    if "/" in text and "xin" in low:
        text = AGENT_ORANGE.sub(r"\1 ", text)
    if ".0" in text:
        text = GENERATION.sub(r"\1 \2 chấm không", text)
    if "." in text and any(
        w in low for w in ("khoản", "mục", "lục", "điều", "bảng", "đồ", "hình", "dự án")
    ):
        text = SUB_CLAUSE.sub(_sub_clause, text)
    if "-" in text:
        text = PAIRED_CODE.sub(lambda m: _paired_code(m, known), text)
    if " HS" in text:
        text = HS_CODE.sub(_hs_code, text)
    if "(" in text:
        text = ELEMENT.sub(lambda m: f"({spell(m.group(1))})", text)
    if "biển" in low and "." in text:
        text = ROAD_SIGN.sub(
            lambda m: (
                f"{spell(m.group(1))} {read_int(int(m.group(2)))}"
                + (f" {spell(m.group(3))}" if m.group(3) else "")
            ),
            text,
        )
    if "OM" in text:
        text = RICE.sub("ô mờ ", text)
    if "KD" in text and _ABOUT_RICE.search(text):
        text = KHANG_DAN.sub("Khang dân ", text)
    if "iống lúa " in text:
        text = VARIETY.sub(lambda m: spell(m.group(1), latin=True) + " ", text)
    if "KM" in text and "giống" in low and ("sắn" in low or "khoai mì" in low):
        text = CASSAVA.sub("ca em ", text)
    if "IR" in text:
        text = IRRI.sub(lambda m: f"i rờ {read_digits(m.group(1))}", text)
    if "CVN" in text or "ISO" in text or "IEC" in text:
        text = STANDARD.sub(_standard, text)
    if "bão " in text or "Bão " in text:
        text = STORM.sub(
            watched(
                lambda m: m.group(0) if m.group(1) in known else m.group(1).capitalize(),
                doubts,
                CODE,
                lambda m, _: m.group(1).capitalize() not in known,  # «YAGI»: a name it knows
            ),
            text,
        )
    return text
