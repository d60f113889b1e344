"""Signs typed with a number that no later rule would read: a minus, a vulgar fraction, the
lunar-calendar mark, a division sign used for a range.

- a minus glued to a number after a word or a colon: ``nhiệt độ -2°C`` → «nhiệt độ âm 2°C»,
  ``So với tuần trước: -20.000 đ/kg`` → «… âm 20.000 đ/kg» (a range ``10 -20`` has a number
  before it, a bullet ``-20 hộ`` starts its line: neither is a minus), and ``-5°C`` opening
  a line;
- ``½ viên`` → «một nửa viên», ``¾`` → «ba phần tư», ``1 ½ gói``, ``1 1/2 viên`` → «một gói
  rưỡi», «một viên rưỡi»;
- a span from a day to a day of the new month: ``từ 28 - mùng 3 Tết`` → «28 đến mùng 3»;
- ``25/9 âl`` → «25/9 âm lịch»;
- a division sign between numbers is a range: ``2÷4 ngày`` → «2-4 ngày»;
- a degree sign typed as a zero: ``230C`` → «23°C»; left out after a temperature's words:
  ``Nhiệt độ thấp nhất từ 23 - 26C`` → «… 26°C»;
- a times sign between a word and itself, a planting grid: ``hàng x hàng 50 cm`` → «hàng
  nhân hàng»;
- ``Xquang`` → «X-quang», as the rules for a letter before a word read it;
- a times sign after a percentage, a tax's formula: ``5% x (doanh thu - 500 triệu đồng)``
  → «5% nhân (doanh thu trừ 500 triệu đồng)», or after a named amount in a formula:
  ``Tiền phạt = Số thuế x (số ngày - 10)``;
- ``khách/h`` → «khách/giờ»: per hour after a counted word; ``đồng/1 tháng`` → «đồng 1 tháng».

Runs before every number rule, which then read the number as usual.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import directly_before
from broadcaster.speech.textnorm.doubts import NUMBER, DoubtLog
from broadcaster.speech.textnorm.unitnames import SYMBOL_UNITS as UNIT_SYMBOLS

# «(- 1,02%)»: a sign typed apart from its number, in brackets
MINUS = re.compile(r"(?<=[^\W\d_]|[:(=,;])(\s*)[-−](?:(?=\d)|(?:(?<=\([-−])|(?<=\( [-−]))\s(?=\d))")
VULGAR = {
    "½": "một nửa",
    "⅓": "một phần ba",
    "⅔": "hai phần ba",
    "¼": "một phần tư",
    "¾": "ba phần tư",
    "⅕": "một phần năm",
    "⅖": "hai phần năm",
    "⅗": "ba phần năm",
    "⅘": "bốn phần năm",
    "⅙": "một phần sáu",
    "⅚": "năm phần sáu",
    "⅐": "một phần bảy",
    "⅛": "một phần tám",
    "⅜": "ba phần tám",
    "⅝": "năm phần tám",
    "⅞": "bảy phần tám",
    "⅑": "một phần chín",
    "⅒": "một phần mười",
}
VULGAR_SIGN = re.compile(f"(\\d?)\\s*([{''.join(VULGAR)}])")
# «2÷4 ngày», «230C÷240C», «85÷88%»: agronomy bulletins write a range with a division sign;
# «400 ~ 500», «1 ~ 1.5 giờ» with a tilde. Either between two numbers is a range.
SIGN_RANGE = re.compile(r"(?<=[\dC%])\s*[÷~]\s*(?=\d)")
# «65 – dưới 75 tuổi», «từ 60 - trên 80»: a span to a bound
DASH_TO_BOUND = re.compile(r"(?<=\d)\s*[-–]\s*(?=(?:dưới|trên|hết|đủ)\s+\d)")
# «tàu cá từ 6<12 m»: from a number up to below another
FROM_TO_BELOW = re.compile(r"(?i)(?<=\btừ )(\d+(?:,\d+)?(?:\s?m)?)\s*(?:<|dưới)\s*(?=\d)")
# «từ 28 - mùng 3 Tết»: a span from a bare day to a day of the new month (not «29/1 - mùng 1
# Tết», a date and its lunar day, nor «Tổ 1 - mùng 1», a rota)
TO_NEW_MONTH = re.compile(r"(?<![\w/.\-])(\d{1,2})\s*[-–]\s*(?=(?:mùng|mồng)\s+\d)")
_ROTA_WORDS = frozenset(
    ("tổ", "đợt", "ca", "kíp", "nhóm", "đội", "số", "khu", "lần", "xóm", "thôn", "ấp")
)
# «12 tháng – 2 tuổi», «2 ngày - 1 tuần», «2 tuổi rưỡi – 3 tuổi»: a span between two durations
_DURATION = r"(?:phút|giờ|ngày|tuần|tháng|năm)"
DURATION_SPAN = re.compile(
    rf"(?<=\d)(\s*(?:{_DURATION}|tuổi)(?:\s+tuổi)?(?:\s+rưỡi)?)\s*[-–]\s*"
    rf"(?=\d{{1,3}}\s*(?:{_DURATION}|tuổi)\b)"
)
# «từ bậc 1 - bậc 4», «tuần 2 – tuần 5»: a span between two of a series, the word said twice
# (the second number above the first; not a fixture or a rota «Đội 1 - Đội 4», «Tổ 1 - Tổ
# 4», nor a list «Thôn 1 - Thôn 3 - Thôn 5»)
_SERIES = r"bậc|cấp|tuần|tầng|lớp|đợt|khóa|khoá|km|mức|kỳ|quý|khối|hạng|vòng|tháng"
SERIES_SPAN = re.compile(
    rf"(?i)\b({_SERIES}) (\d{{1,3}})\s*[-–]\s*(\1) (\d{{1,3}})"
    r"(?![\w/\-]|[.,]\d|\s*[-–]\s*\w)"
)


_WORD_AFTER_DASH = re.compile(r"\d\s*[-–]\s*[^\W\d_]")  # what SERIES_SPAN needs, found fast


# «từ Điều 5 - Điều 8», «từ tổ 1 - tổ 4»: after «từ», a span whatever the word
FROM_SPAN = re.compile(
    r"(?i)(?<!đến từ )(?<=từ )([^\W\d_]{2,8}) (\d{1,3})\s*[-–]\s*(\1) (\d{1,3})"
    r"(?![\w/\-]|[.,]\d|\s*[-–,]\s*\w|\s+sang\b)"
)


def _series_span(m: re.Match[str]) -> str:
    if int(m.group(4)) <= int(m.group(2)):
        return m.group(0)
    return f"{m.group(1)} {m.group(2)} đến {m.group(3)} {m.group(4)}"


# «lứa tuổi 9x», «thế hệ 8x»: those born in a decade, said «chín ích» as «8X» is (not «2x3»)
GENERATION = re.compile(r"(?<![\w.,/])([0-9]{1,2})x\b(?!\s*[\d(]|\.[xX]{2})")  # not «30K-26x.xx»
_GENERATION_HINT = re.compile(r"\dx\b")
# «1:59:47 vs 1:58:35»: two results compared («vs» between words may be «vệ sinh»)
VERSUS = re.compile(r"(?<=\d) vs\.? (?=\d)")
# A tilde before one number is «about».
TILDE_ABOUT = re.compile(r"(?<![\w~])~\s*(?=\d)")
# «≈ 2.000đ/kWh», «1 USD≈25.400 đồng»: «xấp xỉ», between two amounts or before one
NEARLY_EQUAL = re.compile(r"\s*[≈≃≅]\s*")
_ABOUT_SAID = re.compile(r"(?i)(?:khoảng|gần|chừng|xấp xỉ|tầm)\s*$")
# «230C»: a degree sign lost in typing (23°C), read before a plate or code rule sees «0C-»: the
# «0C» that ends such a temperature (not a plate «60C-316.76»).
_LOST_SIGN = r"\s?0C(?![\w]|\s?[-–]\s?\d)"
LOST_DEGREE = re.compile(rf"(?<![\w.,])(\d{{1,2}}(?:,\d)?){_LOST_SIGN}")  # also «23,5 0C»
# The words before a number with a letter that names a place: a class «lớp 10C», a road, a
# block, a lot, a flat, a house or a room keep their «C». As the page writes them: a capital
# «Nhà 20C» heads an address, a small «trong nhà 30C» is indoors; a room is small too
# («phòng 10C»), but not its air («nhiệt độ phòng 25 0C»).
_PLACE_WORDS = tuple(
    f"{word} "
    for word in (
        *("lớp", "Lớp", "lộ", "QL", "tổ", "Tổ", "khu", "Khu", "lô", "Lô", "ốt", "hộ"),
        *("Phòng", "Nhà", "số nhà", "nhà số", "Nhà số", "Tòa nhà", "tòa nhà"),
    )
)


def _names_a_place(text: str, pos: int) -> bool:
    before = text[max(0, pos - 12) : pos]
    if before.endswith("phòng "):
        return not before.endswith("độ phòng ")
    return before.endswith(_PLACE_WORDS)


_TENS_DEGREE = re.compile(r"[1-9]0C")  # «30C»: 3°C with the sign lost, or 30°C without it


def _lost_degrees(text: str, doubts: DoubtLog | None) -> tuple[str, int]:
    """«230C» → «23°C» (not a place's number), and how many signs were put back. «30C» is a
    doubt: three degrees with the sign lost, or thirty with it left out («trên 40C»)."""
    lost = 0

    def put_back(m: re.Match[str]) -> str:
        nonlocal lost
        if _names_a_place(m.string, m.start()):
            return m.group(0)
        lost += 1
        said = f"{m.group(1)}°C"
        if doubts is not None and _TENS_DEGREE.fullmatch(m.group(0)):
            return doubts.note(m.group(0), said, NUMBER)
        return said

    return LOST_DEGREE.sub(put_back, text), lost


# «800C sau 10 phút; 1000C chết ngay», «đun sôi ở 1000C»: boiling, its sign lost, in a line
# that lost others or boils; else a thousand degrees («Lò nung 850 - 1000C»)
LOST_THOUSAND = re.compile(r"(?<![\w.,])1000C(?![\w]|\s?[-–]\s?\d)")
# «hấp tiệt trùng ở 1210C», «sấy ở 1050C», «lò đốt đạt 8500C»: three digits and a lost sign
# after a word of heat (else a flat, a code: «Căn hộ 1510C»; «1000C» is LOST_THOUSAND's)
LOST_HOT_DEGREE = re.compile(rf"(?<![\w.,])(?!1000C)(\d{{3}}){_LOST_SIGN}")
_HEAT = re.compile(r"(?i)\b(?:nhiệt|hấp|sấy|đun|nung|chiên|rang|lò|nóng|tiệt trùng|đốt)\b")
_BOILING = re.compile(r"(?i)\b(?:sôi(?! nổi| động)|đun|tiệt trùng)\b")
_SPAN_BEFORE = re.compile(r"(?:[-–]|\bđến|\btới)\s*$")
# «Nhiệt độ thấp nhất từ 23 - 26C, có nơi dưới 22C»: the degree sign left out.
BARE_CELSIUS = re.compile(r"(?<![\w.,])(\d{1,2}(?:,\d)?)\s?C(?![\w])")
LUNAR = re.compile(r"(?<=\d)\s*(?:âl|ÂL|Âl)(?![\w])")
# «gieo tháng 11- 1 dl»: months of the solar calendar (after a month only: «5 dl» is a volume)
SOLAR = re.compile(r"(?i)(\btháng\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*dl\b")
# «U7-U20»: a span of age groups
AGE_GROUPS = re.compile(r"\b(U\d{1,2})\s*[-–]\s*(U\d{1,2})\b")
# «-5°C»: a temperature below zero, its minus glued to the number (``layout`` keeps it from
# the bullet rule at a line's start; a bullet has its space).
BELOW_ZERO = r"[-−]\d+(?:[.,]\d+)?\s?°"
MINUS_DEGREES = re.compile(rf"^(\s*)(?={BELOW_ZERO})[-−]")
# «1.500 khách/h»: per hour after a number and what it counts («km/h» is a unit, read by the
# unit rules; «p/h», «T/h» are «phối hợp», «tổng hợp»).
PER_HOUR = re.compile(r"(?<=\d)(\s?)([^\W\d_]{2,}(?: [^\W\d_]{2,})?)/h(?![\w/])")
PERCENT_TIMES = re.compile(r"(?<=%)\s+[x×]\s+(?=\(|[^\W\d_])")  # «5% x toàn bộ doanh thu»
# «Tiền phạt = Số thuế x (số ngày - 10)»: a formula's product, a bracket after the sign (not
# «đồng ý = đánh dấu x (vào ô trống)», a mark)
FORMULA_BRACKET = re.compile(
    r"(?<==)([^=.;\n]{0,80}?[^\W\d_])(?<!dấu)(?<!chữ)\s+[x×]\s+\(([^()]{2,80})\)"
)
FORMULA_MINUS = re.compile(r"(?<=nhân \()([^()\d\-–]{2,40}?)\s+[-–]\s+(?=\w)")  # «(doanh thu - 500»
XRAY = re.compile(r"(?i)\bx(?=quang\b)")  # «Xquang»: the page's «X-quang» typed as one word
GRID = re.compile(r"(?i)\b([^\W\d_]+) [x×] \1\b")  # «cây x cây», «hàng × hàng»
# «10 triệu đồng/1 tháng»: per one of a time or a holder, said «một tháng» with no «trên»
PER_ONE = re.compile(
    r"(?<=[^\W\d_])\s*/\s*(?=1\s+(?:tháng|năm|ngày|tuần|người|hộ|con|lần|suất|ha)\b)"
)


def _minus(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 200) : m.start()].rstrip()  # a window: no quadratic
    if before.endswith("("):
        return f"{m.group(1) or ''}âm "  # «18.000(-500)»: a change in brackets, a sign
    if before and before[-1].isalpha() and before[-1].isupper() and len(before.split()[-1]) == 1:
        return m.group(0)  # «loại A -3»: a class letter, not a sign
    if not m.group(1) and before[-1:].isalpha():
        return m.group(0)  # «Covid-19», «F-16»: a hyphen inside a name
    if before.split()[-1][:1].isdigit():
        return m.group(0)  # «3000oC -3500oC»: after a number and its unit, a range
    return f"{m.group(1) or ' '}âm "


def _formula_bracket(m: re.Match[str]) -> str:
    # «(số ngày - số ngày miễn)», «(số ngày - 10)»; not «(hệ số 2 - 3)», a range
    inside = re.sub(r"(?<=[^\W\d_])\s+[-–]\s+(?=\w)", " trừ ", m.group(2))
    return f"{m.group(1)} nhân ({inside})"


# A whole and a half, as a dose is said: «1 ½ gói», «uống 1 1/2 viên» → «một gói rưỡi»; «1 ½
# đến 2 viên», «liều 1 ½.» → «một rưỡi»; before a unit or anything else «một và một nửa»
_COUNTERS = (
    "viên|gói|ống|lọ|chai|cốc|ly|bát|chén|liều|lần|giờ|tiếng|ngày|tuần|tháng|năm|tuổi"
    "|(?:muỗng|thìa)(?: cà phê| canh)?"
)
WHOLE_AND_HALF = re.compile(
    rf"(?<![\d.,/])(\d+)(?:\s*½|\s+1/2(?=\s+(?:{_COUNTERS})\b))"
    rf"(?:\s+({_COUNTERS})\b(?![/²³])|(?=\s*(?:[.,;:)]|$|\s(?:đến|hoặc|hay|và|sau|trước)\b)))"
)


def _whole_and_half(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)} rưỡi" if m.group(2) else f"{m.group(1)} rưỡi"


def _vulgar(m: re.Match[str]) -> str:
    whole = f"{m.group(1)} và " if m.group(1) else ""
    return f" {whole}{VULGAR[m.group(2)]} "


def _bare_celsius(m: re.Match[str]) -> str:
    """Only within a clause about temperature («nhiệt độ»), not «lớp 12C», «tổ 3C»."""
    head = m.string[max(0, m.start() - 60) : m.start()].lower()
    clause = re.split(r"[.;]", head)[-1]
    return f"{m.group(1)}°C" if "nhiệt" in clause else m.group(0)


# «chữ a-z», «từ A-Z»: the whole alphabet, from its first letter to its last.
ALPHABET = re.compile(r"(?<![\w\-./])([aA])\s*[-–]\s*([zZ])(?![\w\-/]|\.\w)")
# «CO₂», «H₂O»: a formula's subscript digits are said as digits.
SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _hot_degrees(m: re.Match[str]) -> str:
    """A word of heat in the 40 characters before: «hấp … ở 1210C», not «Căn hộ 1510C»."""
    heat = _HEAT.search(m.string, max(0, m.start() - 40), m.start())
    return f"{m.group(1)}°C" if heat else m.group(0)


def _thousand_degrees(m: re.Match[str], boils: bool) -> str:
    before = m.string[max(0, m.start() - 6) : m.start()]
    return "100°C" if boils and not _SPAN_BEFORE.search(before) else "1000°C"


def read_signs(text: str, doubts: DoubtLog | None = None) -> str:
    if not text.isascii():
        text = text.translate(SUBSCRIPTS)
    if "-" in text or "−" in text:
        text = MINUS.sub(_minus, text)
        if "°" in text:
            text = MINUS_DEGREES.sub(r"\1âm ", text)
    if "½" in text or " 1/2 " in text:
        text = WHOLE_AND_HALF.sub(_whole_and_half, text)
    if any(sign in text for sign in VULGAR):
        text = VULGAR_SIGN.sub(_vulgar, text)
    if " vs" in text:
        text = VERSUS.sub(" so với ", text)
    if "0C" in text:
        text, lost = _lost_degrees(text, doubts)
        if "0C" in text and _HEAT.search(text):
            text = LOST_HOT_DEGREE.sub(_hot_degrees, text)
        if "1000C" in text:
            boils = bool(lost) or _BOILING.search(text) is not None
            text = LOST_THOUSAND.sub(lambda m: _thousand_degrees(m, boils), text)
    if "C" in text and "nhiệt" in text.lower():
        text = BARE_CELSIUS.sub(_bare_celsius, text)
    if "÷" in text or "~" in text:
        text = SIGN_RANGE.sub("-", text).replace("÷", " chia ")
    if "<" in text or "dưới" in text:
        text = FROM_TO_BELOW.sub(r"\1 đến dưới ", text)
    if ("dưới" in text or "trên" in text or "hết" in text or "đủ" in text) and (
        "-" in text or "–" in text
    ):
        text = DASH_TO_BOUND.sub(" đến ", text)
    if ("mùng" in text or "mồng" in text) and ("-" in text or "–" in text):
        text = TO_NEW_MONTH.sub(
            lambda m: (
                m.group(0)
                if directly_before(m.string, m.start()) in _ROTA_WORDS
                else f"{m.group(1)} đến "
            ),
            text,
        )
    if "-" in text or "–" in text:
        text = DURATION_SPAN.sub(r"\1 đến ", text)
        if _WORD_AFTER_DASH.search(text):
            text = SERIES_SPAN.sub(_series_span, text)
            text = FROM_SPAN.sub(_series_span, text)
    if "≈" in text or "≃" in text or "≅" in text:
        text = NEARLY_EQUAL.sub(" xấp xỉ ", text)
    if "~" in text:
        text = TILDE_ABOUT.sub(
            lambda m: (
                ""
                if _ABOUT_SAID.search(m.string[max(0, m.start() - 40) : m.start()])
                else "khoảng "
            ),
            text,
        )
    if "l" in text or "L" in text:
        text = LUNAR.sub(" âm lịch", text)
        if "dl" in text or "DL" in text:
            text = SOLAR.sub(r"\1 dương lịch", text)
    if ("z" in text or "Z" in text) and ("-" in text or "–" in text):
        text = ALPHABET.sub(r"\1 đến dét", text)
    if "U" in text and "-" in text:
        text = AGE_GROUPS.sub(r"\1 đến \2", text)
    if "uang" in text and XRAY.search(text):
        text = XRAY.sub("X-", text)
    if " x " in text or " × " in text:
        text = GRID.sub(r"\1 nhân \1", text)
        if "%" in text:
            text = PERCENT_TIMES.sub(" nhân ", text)
            text = FORMULA_MINUS.sub(r"\1 trừ ", text)
        if "=" in text:
            text = FORMULA_BRACKET.sub(_formula_bracket, text)
    if "x" in text and _GENERATION_HINT.search(text):
        text = GENERATION.sub(r"\1 ích", text)
    if "/1" in text or "/ 1" in text:
        text = PER_ONE.sub(" ", text)
    if "/h" in text:
        text = PER_HOUR.sub(
            lambda m: m.group(0) if m.group(2) in UNIT_SYMBOLS else f"{m.group(1)}{m.group(2)}/giờ",
            text,
        )
    return text
