"""Ordinals and Roman numerals: «thứ 2» → «thứ hai», «thứ 4» → «thứ tư», «lần thứ 1» → «lần thứ
nhất», «Đại hội XIII» → «Đại hội mười ba», «khóa XV», «Quý II», «Khu III», «tổ IV».

After «thứ» (weekday or rank) and «hạng», «giải», 1 is «nhất» and 4 is «tư», never «một» or
«bốn», and a prize's 2 is «nhì» («giải 2», «giải II»); a list «thứ 2, 4 và 6» is read «thứ
hai, thứ tư và thứ sáu».
"""

from __future__ import annotations

import re
from collections.abc import Callable

from broadcaster.speech.textnorm.codes import LETTERS
from broadcaster.speech.textnorm.context import counted_after, directly_before, has_dash, word_after
from broadcaster.speech.textnorm.numbers import ordinal, prize, read_int, roman_to_int
from broadcaster.speech.textnorm.syllables import is_syllable

ORDINAL_WORDS = ("thứ", "hạng", "giải")
ROMAN_CONTEXT = (
    "quý",
    "quí",  # the old spelling: «QUÍ I, NĂM 2024»
    "khu",
    "khóa",
    "khoá",
    "lần thứ",
    "cụm",  # «Hội thi … cụm III»
    "cơ sở",
    "độ",  # «phản vệ độ III»
    "lần",
    "thứ",
    "thế kỷ",
    "thế kỉ",
    "kỳ",
    "kì",
    "đại hội",
    "phần",
    "chương",
    "mục",
    "tập",
    "hạng",
    "vòng",
    "giai đoạn",
    "cấp",
    "đợt",
    "tổ",
    "phường",
    "quận",
    "hội nghị",
    "nhiệm kỳ",
    "điều",
    "lớp",
    "đội",
    "khu vực",
    "nhóm",
    "vùng",
    "loại",
    "mức",
    "cấp độ",
    "bậc",
    "khối",
    "bảng",
    "tuyến",
    "thời kỳ",
    "quân khu",
    "quân đoàn",  # «Quân đoàn I», «Sư đoàn III»: a military unit's number
    "sư đoàn",
    "lữ đoàn",
    "trung đoàn",
    "tiểu đoàn",
    "hải đoàn",
    "thủy đoàn",
    "báo động",
    "phụ lục",
    "ngón",
    "bỏng độ",
    "đường bộ",
    "chuyên khoa",
    "giải",  # «1 giải I, 1 giải II»: a prize's rank, said «giải nhất», «giải nhì»
)
_ORD = "|".join(ORDINAL_WORDS)
ORDINAL = re.compile(
    rf"(?i)\b({_ORD})\s+(\d{{1,2}})"
    rf"((?:\s*,\s*\d{{1,2}})*(?:\s+(?:và|hoặc|đến)\s+\d{{1,2}}|(?:\s*[-–]\s*\d{{1,2}})+)?)"
    r"(?![\w/.,:]\d|\w|\s*(?:giờ|h\b|/)"
    # «thứ 3,5 triệu», «vị khách thứ 4 triệu»: an amount (not «thứ 4 triệu chứng», «tỷ lệ»)
    r"|\s*(?:triệu|nghìn|ngàn|tỷ|tỉ)\b(?!\s+(?:chứng|tập|phú|lệ)\b))"
)
_CTX = "|".join(sorted(ROMAN_CONTEXT, key=len, reverse=True))
_NUMERAL = r"(?:[IVX]+|XL|L[IVX]*)"
# «thế kỷ IX -X», «nhóm VI - VIII»: a range of two numerals; a dash then a word is no code
# («lần thứ XVII-năm 2022»), a dash then a letter or digit is («IV-2»).
ROMAN = re.compile(
    rf"(?i:\b({_CTX}))\s+({_NUMERAL})(?:\s*[-–]\s*({_NUMERAL}))?"
    # not «giải V.League»; «mức X 1,7» a flare's class
    r"(?![\w]|\.[^\W\d_]|-(?![a-zà-ỹđ]+\b)\w|(?<=ức X)\s+\d+(?:,\d|\.\d(?!\d\d)))"
    rf"((?:\s*(?:,|và|hoặc)\s*{_NUMERAL}(?![\w]|-\w))*)"  # «khu vực I, II và III»
)
# What ROMAN and ROMAN_CLASS both need: a numeral after a space, then no letter but a class.
_ROMAN_HINT = re.compile(r"\s[IVXL]+(?:[A-Da-d]|(?!\w))")
# «nhóm IB», «nhóm IIA» (protected species), «loại IIB»: a numeral, then a letter of its class.
# «clade Ib», «nhánh IIa»: a virus's branch, its letter in small type.
ROMAN_CLASS = re.compile(
    r"(?i:\b(nhóm|loại|hạng|phụ lục|clade|nhánh|dòng))\s+([IVX]{1,4})([A-Da-d])\b"
)
# «tuần 7,8», «tổ 1,2 và 3»: a list after a word that names one of a series; no decimal.
SERIES_LIST = re.compile(
    r"(?i)\b(tuần|tổ|xóm|(?<!nông )thôn|ấp|khu phố|lớp|khối|đợt|khóa|bản|đội|tầng|phòng|lô|khoản"
    r"|điều|đốt|ngón|mũi|liều)\s+(?!0,)(\d{1,2}(?:,\d{1,2})+)"  # «liều 0,5ml»: an amount
    r"(?![\d.,]|[^\W\d_]|\s*(?:%|m\b|km|ha|kg|tấn|triệu|tỷ|nghìn"
    r"|ml|mg|mcg|µg|μg|g\b|l\b|lít|viên|gói|ống))"  # «Liều 2,5 ml»: a dose
)
# «lớp 9.1», «5 chi đội: 9.1; 6.3; 8.1»: classes numbered by grade and section, «chín chấm
# một» (not «lớp 2.5 cm», a layer, nor «lớp 0.5»).
_CLASS_CODE = (
    r"[1-9]\d?\.\d{1,2}(?!\d|[\w.,]\d|\s*(?:%|[cmk]?m\b|kg|g\b|tấn|lít|l\b|ha\b|inch|mét"
    r"|nghìn|ngàn|triệu|tỷ|tỉ))"
)
CLASS_DOTS = re.compile(
    rf"(?i)\b(lớp|chi đội)(\s*:?\s+)({_CLASS_CODE}(?:\s*(?:[;,]|và)\s*{_CLASS_CODE})*)"
)
_CLASS_ONE = re.compile(r"(\d+)\.(\d+)")
CROSSROADS = re.compile(r"(?i)\b(ngã)\s+([3-6])(?![\w.,/])")
# A Roman numeral of two letters or more (a single «I», «V», «X» may be a letter).
_TWO_LETTERS_OR_MORE = "II|III|IV|VI|VII|VIII|IX|XI|XII|XIII"
# «Khu phố Long Điền II», «Phú Mỹ III», «cửa hàng số VIII»: a place's numeral of two letters
# or more, a number; after capitals too («KCN VSIP II», «EURO IV»).
PLACE_NUMERAL = re.compile(
    rf"\b([A-ZĐ][a-zà-ỹđ]+|[Ss]ố|[A-Z]{{3,}})\s+({_TWO_LETTERS_OR_MORE})(?![\w\-'’/])"
)
# «Yên Phong II-C», «VSIP II-A», «giai đoạn II-A», «nhóm II-B»: a numeral of two letters or
# more and its lettered part after a dash, «hai xê»
NUMERAL_AND_LETTER = re.compile(
    rf"(?<![\w\-])({_TWO_LETTERS_OR_MORE})\s?[-–]\s?([A-Ha-h])(?![\w\-])"
)
# «thép hình chữ I», «ông Hồ Văn I»: a letter's shape, a person's name (no institution's «I»)
_LETTER_I_BEFORE = re.compile(r"(?i)(?:\bchữ\s+|\b(?:ông|bà|anh|chị|em)\s+(?:[^\W\d_]+\s+){0,3})$")
# «Trường Mầm non số I», «Phụ lục số I», «Thủy đoàn … số I»: a single «I» after «số» (not
# initials «Trong số I.V.T», a list of letters, nor «trong số», «đa số»)
NUMBER_ONE = re.compile(
    r"(?<![Tt]rong )(?<![Đđ]a )(?<![Mm]ột )(?<![Tt]hiểu )\b([Ss]ố)\s+I"
    r"(?![\w\-'’/&]|\.\w|\s*,\s*[A-Z]\b)"
)
# «xã Tam Xuân I», «thôn Phú An I»: a single «I» closing a place's name after its kind.
PLACE_ONE = re.compile(
    r"(?i:\b(?:xã|phường|thôn|ấp|khu phố|khu|xóm|bản|khóm|làng|cụm)\s+)"
    r"((?:[^\W\d_]+\s+){1,3}?)I(?![\w\-'’/]|\.\w)"
)
# «Cục trưởng Cục I», «Vụ I», «Quân khu I»: an office or a command numbered one
OFFICE_ONE = re.compile(
    r"\b(Cục|Vụ|Quân khu|Quân đoàn|Binh đoàn|Hải đoàn|Vùng)\s+I(?![\w\-'’/&]|\.\w)"
)
# «Viện Nghiên cứu Nuôi trồng thủy sản I», «Trung tâm Bảo trợ xã hội I»: an institution's
# number closing its name, whatever the case of the words between.
INSTITUTION_ONE = re.compile(
    r"(?i:\b(?:viện|trung tâm|bệnh viện|xí nghiệp|nhà máy|trại|tổng đội|công ty)\s+)"
    r"((?:[^\W\d_]+\s+){1,8}?)I(?![\w\-'’/]|\.\w)"
)
# «Thứ 2-Thứ 6», «thứ 2 - chủ nhật»: a span of weekdays each written with its «thứ»
WEEKDAY_SPAN = re.compile(r"(?i)\b(thứ\s*[2-7])\s*[-–]\s*(?=thứ\s*[2-7]\b|chủ nhật\b)")
# «Viện Nuôi trồng Thủy sản I, II, III»: numerals listed after a name, «I» among them.
_ONE = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)"
NUMERAL_LIST = re.compile(
    rf"\b([^\W\d_]+)\s+({_ONE}(?:\s*,\s*{_ONE})*\s*(?:,|và)\s*{_ONE})(?![\w\-'’/])"
)
_DIGIT = re.compile(r"\d")
_DIGIT_COMMA_DIGIT = re.compile(r"\d,\d")
# «Tổ 13+16+17 phường Sài Đồng»: the same list joined by plus signs, no sum.
SERIES_PLUS = re.compile(
    r"(?i)\b(?:tuần|tổ|xóm|thôn|ấp|khu phố|lớp|đợt|khóa|bản|đội|tầng|phòng|lô|khoản|điều)"
    r"\s+\d{1,3}(?:\s*\+\s*\d{1,3})+(?![\d.,])"
)
# «quận 4», «Quận IV»: «quận bốn», which every working annotation accepts (half of them
# also accept Hồ Chí Minh City's own «quận tư»).
DISTRICT_FOUR = re.compile(r"\b([Qq]uận)\s+(?:4|IV)(?![\w.,/:]?\d|\w)")
HEADING = re.compile(r"^(\s*)([IVX]{1,5})\s*[.)/]\s+", re.M)
# «I.Đối tượng tham gia», «II.Nội dung»: the dot typed without its space, a word after it.
GLUED_HEADING = re.compile(r"^(\s*)([IVX]{1,5})\.(?=([^\W\d_]{2,})(?:\s|$))", re.M)
# «II- Đối tượng dự thi», «III – NỘI DUNG», «IV-Tổ chức»: a heading closed by a dash, when
# a capital opens its title or the numeral has two letters or more (a title in capitals is
# already in small letters here); «X-quang» stays a word.
DASH_HEADING = re.compile(r"^(\s*)([IVX]{1,5})\s*[-–]\s*(?=[^\W\d_])", re.M)
# «… đặt tên là Trường Sa. II. Khu dân cư …»: the next heading after a sentence, same line.
INLINE_HEADING = re.compile(r"(?<=[.;:] )()([IVX]{2,5})\.\s+(?=[A-ZĐ])")


def _say_roman(m: re.Match[str], say: Callable[[int], str]) -> str:
    value = roman_to_int(m.group(0))
    return say(value) if value else m.group(0)


def _roman_class(m: re.Match[str]) -> str:
    value = roman_to_int(m.group(2))
    letter = LETTERS[m.group(3).upper()]
    return f"{m.group(1)} {read_int(value)} {letter}" if value else m.group(0)


# «mỗi giải 2 triệu», «áp giải 2 đối tượng», «trao giải 2 đội»: «giải» no prize's rank here
_NO_PRIZE_BEFORE = frozenset(("mỗi", "áp", "dẫn", "hòa", "hoà", "giải"))
_NO_PRIZE_AFTER = frozenset(("triệu", "nghìn", "ngàn", "tỷ", "tỉ", "suất", "đội", "đối", "em"))


def _a_prize(m: re.Match[str]) -> bool:
    """«đạt giải 2», «giải 1, 2 và 3»: a prize's rank, nothing counted after it."""
    if directly_before(m.string, m.start()) in _NO_PRIZE_BEFORE:
        return False
    return not counted_after(m.string, m.end()) and word_after(m.string, m.end()) not in (
        _NO_PRIZE_AFTER
    )


# What a rank is in, not what is ranked: «xếp hạng 4 số lượng doanh nghiệp», «dân số»
_RANKED_IN = frozenset(("số", "tổng", "dân", "diện", "sản", "kế", "dự", "mục"))


def _ranked_a_count(m: re.Match[str]) -> bool:
    """«xếp hạng 4 di tích»: things ranked, counted after the number (not «xếp hạng 4 dân
    số», a rank in the country's population); «hạng 4 sao»: a rating's stars, counted."""
    if word_after(m.string, m.end()) == "sao":
        return True
    return (
        directly_before(m.string, m.start()) == "xếp"
        and counted_after(m.string, m.end())
        and word_after(m.string, m.end()) not in _RANKED_IN
    )


def read_ordinals(text: str) -> str:
    def ordinals(m: re.Match[str]) -> str:
        word = m.group(1)
        if word.lower() == "giải" and not _a_prize(m):
            return m.group(0)
        if _ranked_a_count(m):
            return m.group(0)  # «xếp hạng 4 di tích»: ranked four of them, a count
        say = prize if word.lower() == "giải" else ordinal
        head = f"{word} {say(int(m.group(2)))}"
        rest = re.sub(  # «thứ 2 – 6» a span of weekdays; «thứ 3 - 5 - 7» a list of days
            r"\d{1,2}",
            lambda d: f"{word.lower()} {say(int(d.group(0)))}",
            re.sub(
                r"\s*[-–]\s*",
                ", " if len(re.findall("[-–]", m.group(3))) > 1 else " đến ",
                m.group(3),
            ),
        )
        return head + rest

    if _DIGIT.search(text):
        if has_dash(text):
            text = WEEKDAY_SPAN.sub(r"\1 đến ", text)
        text = ORDINAL.sub(ordinals, text)
    if "," in text and _DIGIT_COMMA_DIGIT.search(text):
        text = SERIES_LIST.sub(lambda m: f"{m.group(1)} {m.group(2).replace(',', ', ')}", text)
    if "." in text and any(w in text for w in ("ớp", "ỚP", "đội", "ĐỘI")):  # «lớp», «LỚP»
        text = CLASS_DOTS.sub(
            lambda m: (
                m.group(1)
                + m.group(2)
                + _CLASS_ONE.sub(
                    lambda c: f"{read_int(int(c.group(1)))} chấm {read_int(int(c.group(2)))}",
                    m.group(3),
                )
            ),
            text,
        )
    if "+" in text:
        text = SERIES_PLUS.sub(lambda m: m.group(0).replace("+", ", "), text)
    if "uận" in text:
        text = DISTRICT_FOUR.sub(r"\1 bốn", text)
    if "gã" in text:  # «ngã 4» is «ngã tư», a crossroads
        text = CROSSROADS.sub(
            lambda m: f"{m.group(1)} {'tư' if m.group(2) == '4' else read_int(int(m.group(2)))}",
            text,
        )

    def roman(m: re.Match[str]) -> str:
        value = roman_to_int(m.group(2))
        if not value:
            return m.group(0)
        context = m.group(1).lower()
        say = prize if context == "giải" else ordinal if context.endswith("thứ") else read_int
        last = roman_to_int(m.group(3)) if m.group(3) else None
        if m.group(3) and not (last and last > value):
            return m.group(0)
        head = f"{m.group(1)} {say(value)}" + (f" đến {say(last)}" if last else "")
        return head + re.sub(_NUMERAL, lambda n: _say_roman(n, say), m.group(4) or "")

    if _ROMAN_HINT.search(text):
        text = ROMAN_CLASS.sub(_roman_class, text)
        text = ROMAN.sub(roman, text)
        if "-" in text or "–" in text:
            text = NUMERAL_AND_LETTER.sub(
                lambda m: (
                    f"{read_int(roman_to_int(m.group(1)) or 0)} {LETTERS[m.group(2).upper()]}"
                ),
                text,
            )
        text = PLACE_NUMERAL.sub(
            lambda m: f"{m.group(1)} {read_int(roman_to_int(m.group(2)) or 0)}", text
        )
        text = NUMERAL_LIST.sub(
            lambda m: (
                f"{m.group(1)} "
                + re.sub(r"[IVX]+", lambda r: read_int(roman_to_int(r.group(0)) or 0), m.group(2))
            ),
            text,
        )
        text = INSTITUTION_ONE.sub(
            lambda m: (
                m.group(0) if _LETTER_I_BEFORE.search(m.group(1)) else m.group(0)[:-1] + "một"
            ),
            text,
        )
        text = OFFICE_ONE.sub(r"\1 một", text)
        if "số I" in text or "Số I" in text:
            text = NUMBER_ONE.sub(r"\1 một", text)
        text = PLACE_ONE.sub(
            lambda m: (
                m.group(0)[:-1] + "một"
                if all(w[:1].isupper() for w in m.group(1).split())
                else m.group(0)
            ),
            text,
        )

    def heading(m: re.Match[str]) -> str:
        value = roman_to_int(m.group(2))
        return f"{m.group(1)}{read_int(value).capitalize()}, " if value else m.group(0)

    text = HEADING.sub(heading, text)
    if "." in text:
        text = GLUED_HEADING.sub(
            lambda m: heading(m) if is_syllable(m.group(3)) else m.group(0), text
        )
    if "-" in text or "–" in text:
        text = DASH_HEADING.sub(
            lambda m: (
                heading(m) if m.string[m.end()].isupper() or len(m.group(2)) > 1 else m.group(0)
            ),
            text,
        )
    return INLINE_HEADING.sub(heading, text) if ". " in text else text
