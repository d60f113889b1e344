"""Letter–digit codes and unknown acronyms, spelled with Vietnamese letter names.

``A05`` → «a không năm», ``PC07`` → «pê xê không bảy», ``Quốc lộ 1A`` → «Quốc lộ một a»,
``tổ 7B`` → «tổ bảy bê», ``H5N1`` → «hát năm en một». Letters that form a known abbreviation
are said instead (``QL1A`` → «Quốc lộ một a»); a digit run with a leading zero, or in a code
of over ten characters, is read digit by digit (``05`` → «không năm»), any other as a number.
Vehicle plates keep every digit (``51F-007.45`` → «năm mươi mốt ép, không không bảy chấm bốn
năm»); a name shortened to a letter is said by its letter name (``anh H.`` → «anh hát»).
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import sentence_follows
from broadcaster.speech.textnorm.doubts import ABBREVIATION, GLUED, NUMBER, DoubtLog, watched
from broadcaster.speech.textnorm.doubts import CODE as GUESSED_CODE
from broadcaster.speech.textnorm.numbers import (
    DIGITS,
    read_decimal,
    read_digits,
    read_int,
    roman_to_int,
)
from broadcaster.speech.textnorm.syllables import (
    GLUED_CAPS,
    is_syllable,
    open_syllables,
    split_glued,
)

LETTERS = {
    "A": "a",
    "Ă": "á",
    "Â": "ớ",
    "B": "bê",
    "C": "xê",
    "D": "dê",
    "Đ": "đê",
    "E": "e",
    "Ê": "ê",
    "F": "ép",
    "G": "giê",
    "H": "hát",
    "I": "i",
    "J": "gi",
    "K": "ca",
    "L": "e lờ",
    "M": "em",
    "N": "en",
    "O": "o",
    "Ô": "ô",
    "Ơ": "ơ",
    "P": "pê",
    "Q": "quy",
    "R": "e rờ",
    "S": "ét",
    "T": "tê",
    "U": "u",
    "Ư": "ư",
    "V": "vê",
    "W": "vê kép",
    "X": "ích",
    "Y": "i dài",
    "Z": "dét",
}
_UP = "A-ZĐĂÂÊÔƠƯ"
CODE = re.compile(
    rf"(?<![\w\-.,])(?!0C\b|\d+OC\b|KM\d{{2,4}}(?:\+|\b)|\d+(?:KV|KW|KM|KG|HA|MM|M2|M3|CV|DWT|KB|MB|GB|W|MW|GW)\b)(?=[{_UP}0-9]*[{_UP}])(?=[{_UP}0-9]*\d)([{_UP}0-9]{{2,16}})(?![\w])"
)
# «CT&BVNTD»: each side of an ampersand no table knew is spelled (the sign is «và»).
ACRONYM = re.compile(rf"(?<![\w\-/.])([{_UP}]{{2,6}})(?![\w\-/])")
# «Trung tâm NCTS III», «Cụm công nghiệp II»: a Roman numeral no rule before took is a number
# (a doubt all the same), never letters to spell.
LONE_ROMAN = re.compile(r"(?<![\w\-/.])([IVX]{2,5})(?![\w\-/])")
_ROMAN_PAIRS = ("II", "IV", "IX", "VI", "XI", "XV", "XX")  # one is in every such numeral
# Capitals joined by hyphens that no rule knew: «TE-CSTE», «NAVET-FLUVAC», «ADB-BUTINACA».
CAPS_COMPOUND = re.compile(rf"(?<![\w\-/.&])[{_UP}]{{1,8}}(?:-[{_UP}]{{1,10}})+(?![\w\-/&])")
# A long capitalised word no table knew: «BUTINACA» read as its syllables, «PETROLIMEX» spelled.
LONG_CAPS = re.compile(rf"(?<![\w\-.&])([{_UP}]{{7,14}})(?![\w&])")
# «…, T nhảy xuống sông», «không thấy V lên»: a person named by one letter in mid-sentence
# (not «độ C»).
LONE_CAPITAL = re.compile(
    r"(?<=[a-zà-ỹđ,;:] )(?<!độ )([BCDĐGHKLMNPQRSTVX])(?![\w.\-'’/&])(?=\s+[a-zà-ỹđ])"
)
LONE_CONSONANT = re.compile(
    r"(?<![\w.\-'’/@])(?<!độ )([BCDĐGHKLMNPQRSTVX])(?![\w\-'’/@]|\.\w|\s?[-–]\s?\d)"
)
# A letter closing a place's name: «ấp Hòa Tây B (xã …», «khu phố Tân Lập C,».
NAME_LETTER = re.compile(
    r"\b([A-ZĐ][^\W\d_]{1,6}) ([BCDĐGHKLMNPQRSTVX])(?=\s*[,.;:)(]|\s+[a-zà-ỹđ]|\s*$)"
)


def say_caps(word: str) -> str:
    """An unknown capitalised word: a syllable as a word, open syllables as words, else letters."""
    if is_syllable(word):
        return word.lower()
    return open_syllables(word) or spell(word, latin=True)


# How announcers spell a Latin abbreviation («CDC» «xê đê xê», «OTP» «ô tê pê»): D is «đê»
# and O «ô». A single letter (a plate's series, a name's initial, a class) keeps the
# alphabet's names, as do Vietnamese initials holding an Đ («ĐTDĐ»: «dê» before «đê»).
_LATIN = LETTERS | {"D": "đê", "O": "ô"}


def spell(letters: str, latin: bool = False) -> str:
    """Letter names; ``latin``: an abbreviation of two or more letters, spelled as above."""
    upper = letters.upper()
    names = _LATIN if latin and len(upper) > 1 and "Đ" not in upper else LETTERS
    return " ".join(names.get(ch, ch) for ch in upper)


def _digits(run: str) -> str:
    if run.startswith("0") or len(run) > 6:
        return read_digits(run)
    return read_int(int(run))


# Letter prefixes of codes that are read as words: roads and flood alarm levels.
PREFIXES = {
    "QL": "Quốc lộ",
    "TL": "Tỉnh lộ",
    "ĐT": "đường tỉnh",
    "HL": "Huyện lộ",
    "ĐH": "đường huyện",
    "BĐ": "báo động",
    "TOP": "tốp",  # «TOP10»
    "QĐ": "quyết định",  # «QĐ22»: a decision cited by its number alone
    "NĐ": "nghị định",
}


# Vehicle plates: «51F-007.45», «50H-208.56», «66B1 38978» (after «BKS», «biển số»).
PLATE = re.compile(
    rf"(?<![\w.,/\-])(\d{{2}})\s?-?\s?([{_UP}]{{1,2}})(\d{{0,2}})\s?[-–.]?\s?"
    r"(\d{3}[.,]\d{2}|\d{2}[.,]\d{3}|\d{4,5})(?![\w]|[.,]\d)"  # «74D - 00.222» too
)
_PLATE_CUES = frozenset({"bks", "bsx", "biển", "số", "mang"})


def read_plates(text: str) -> str:
    """Province number as a number, letters spelled, the rest digit by digit (zeros kept):
    «51F-007.45» → «năm mươi mốt ép, không không bảy chấm bốn năm». A serial without the
    dot needs a plate word before it, so «lớp 10A 2024» stays a class and a year."""

    def plate(m: re.Match[str]) -> str:
        serial = m.group(4)
        dotted = re.fullmatch(r"\d{3}[.,]\d{2}", serial) is not None  # not «00.222», «20.500»
        # «xe tải 81L-2130»: an old plate's dash makes it one; «12A1 - 20.500 đồng» is money
        money = re.match(r"\s*(?:đồng|đ|nghìn|ngàn|triệu|tỷ)\b", m.string[m.end() :])
        dashed = "-" in m.group(0) and not money
        if not (dotted or dashed) and not _PLATE_CUES & set(_words_before(m.string, m.start())):
            return m.group(0)
        head = f"{read_int(int(m.group(1)))} {spell(m.group(2))}"
        if m.group(3):
            head += f" {read_digits(m.group(3))}"
        tail = " chấm ".join(read_digits(part) for part in re.split(r"[.,]", serial))
        return f"{head}, {tail}"

    return PLATE.sub(plate, text)


def _words_before(text: str, pos: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text[max(0, pos - 40) : pos])][-4:]


def _guessed(m: re.Match[str], _reading: str) -> bool:
    """A code is a guess unless it is short or starts with a road prefix: ``PC07``,
    ``H5N1`` and ``51F-007`` are doubtful, ``A05``, ``F0`` and ``QL1A`` are not."""
    runs = re.findall(rf"[{_UP}]+|\d+", m.group(1))
    letters = [r for r in runs if not r.isdigit()]
    if letters and letters[0] in PREFIXES:
        return False
    return len(runs) >= 3 or any(len(r) >= 2 for r in letters)


# Letters and a decimal number: «PM2.5», «PM2,5» (fine dust), «S1.7» (a cable) — the point
# is «phẩy», not a stop.
CODE_DECIMAL = re.compile(  # one letter takes one decimal: «F2.20» is a stall's number
    rf"(?<![\w.,\-])([{_UP}]{{2,4}}(?=\d{{1,3}}[.,]\d{{1,2}}(?!\d))|[{_UP}](?=\d[.,]\d(?!\d)))"
    rf"(\d{{1,3}})[.,](\d{{1,2}})(?![\w]|[.,]\d)"
)


# A registration code in three dashed parts: «VD-24891-16» (a medicine), «SĐK: QLSP-0845-14».
DASHED_CODE = re.compile(rf"(?<![\w\-.,/])([{_UP}]{{1,5}})-(\d{{2,6}})-(\d{{1,4}})(?![\w\-])")


def _dashed_code(m: re.Match[str]) -> str:
    return f"{spell(m.group(1), latin=True)}, {read_digits(m.group(2))}, {read_digits(m.group(3))}"


NUMBER_LETTER = re.compile(r"(?<![\w.,/\-])(\d{1,4})([a-e])(?![\w'’])")
# «NO 2 , CO, SO 2 , O 3»: a gas's formula whose subscript the page typed apart.
FORMULA_APART = re.compile(r"\b(NO|SO|CO|O|NH|CH)\s([234])(?=\s*[,;.)]|\s+(?:và|hoặc)\b)")
E_SERVICE = re.compile(r"(?<![\w\-.])e([A-Z]{2,5})(?![\w\-])")
LICENCE_CLASS = re.compile(r"(?<![\w\-.])([a-f])([12])(?![\w\-]|\.\w)")
# Measures in medicine typed in mixed case with a digit: «FiO2 100%», «SpO2», «HbA1C 10,9%».
MIXED_CODE = re.compile(r"(?<![\w\-.])([A-Z][a-z][A-Z]{1,2}\d[A-Za-z]?)(?![\w])")
_MIXED_HINT = re.compile(r"[a-z][A-Z]{1,2}\d")  # a pattern that opens on a class: fast


def read_codes(text: str, doubts: DoubtLog | None = None) -> str:
    """Letter–digit tokens: letter runs spelled (road prefixes said), digit runs read."""
    text = FORMULA_APART.sub(r"\1\2", text)
    text = DASHED_CODE.sub(watched(_dashed_code, doubts, GUESSED_CODE), text)
    text = CODE_DECIMAL.sub(
        lambda m: f"{spell(m.group(1), latin=True)} {read_decimal(m.group(2), m.group(3))}", text
    )

    def code(m: re.Match[str]) -> str:
        # a prefix opens a code («QĐ22», not «…QĐ9»); a long one is said digit by digit
        words, long = [], len(m.group(1)) > 10
        for n, run in enumerate(re.findall(rf"[{_UP}]+|\d+", m.group(1))):
            if run.isdigit():
                words.append(read_digits(run) if long else _digits(run))
            else:
                words.append((n == 0 and PREFIXES.get(run)) or spell(run, latin=True))
        return " ".join(words)

    text = CODE.sub(watched(code, doubts, GUESSED_CODE, _guessed), text)
    if _MIXED_HINT.search(text):  # «FiO2», «SpO2», «HbA1C»: each letter and digit said
        text = MIXED_CODE.sub(
            lambda m: " ".join(LETTERS.get(ch.upper()) or DIGITS[int(ch)] for ch in m.group(1)),
            text,
        )
    # «bằng b2», «hạng c1»: a driving licence's class typed in small letters
    if "bằng" in text or "hạng" in text:
        text = LICENCE_CLASS.sub(
            lambda m: f"{LETTERS[m.group(1).upper()]} {DIGITS[int(m.group(2))]}", text
        )
    # «Nghị quyết 30a», «nhà 12b»: a number and a small letter (not a unit: đ, g, h, m …)
    text = NUMBER_LETTER.sub(lambda m: f"{_digits(m.group(1))} {LETTERS[m.group(2).upper()]}", text)
    # «Quốc lộ 1A», «tổ 7B», «Quốc lộ 14 B»: a number followed by one or two capital letters.
    return re.sub(
        rf"(?<![\w.,])(\d+)(?!V\b|W\b|C\b|OC\b|KV\b|KW\b|KM\b|KG\b|HA\b|MM\b|CV\b|[KMG]B\b|[MG]W\b)([{_UP}]{{1,2}})(?![\w])",
        lambda m: f"{_digits(m.group(1))} {spell(m.group(2))}",
        text,
    )


# «H.N.T.», and with a two-letter initial «Tr.P», «Ng.V.A»: a person's initials, spelled.
_INITIAL = rf"(?:[{_UP}]|Tr|Th|Ng|Nh|Ph|Ch|Kh|Gi)"
# spaced, three or more: «Ng. X. H», «Đ. V. N»
INITIALS = re.compile(
    rf"(?<![\w.])((?:{_INITIAL}\.){{1,4}}{_INITIAL}|(?:{_INITIAL}\. ){{2,4}}{_INITIAL})\.?(?![\w])"
)
_INITIAL_DOT = re.compile(rf"{_INITIAL}\.")  # what INITIALS needs: a quicker scan first
# A name shortened to one letter: «anh H. đã …», «chị D. (20 tuổi», «bà Nguyễn Thị H.,».
INITIAL = re.compile(rf"(?<![\w.])([{_UP}])\.(?=\s*[(,;:]|\s+[a-zà-ỹđ])")
# A letter that names a class or a group: «loại B», «nhóm A», «cúm A», «viêm gan B».
_GROUP_WORDS = (
    "loại|hạng|nhóm|khối|khu|lô|dãy|ấp|khóm|đội|tầng|cổng|vitamin|vi ta min|viêm gan|nhóm máu|týp"
    "|tuýp|cúm|nhà|tòa nhà|tòa|phòng|sảnh|khán đài"  # «Khu nhà T», «tòa B»
    "|tên"  # «đối tượng tên B»
    "|giải"  # «10 giải A, 15 giải B»
    # a person named by one letter: «anh A», «bà T (SN 1962)»
    "|anh|chị|ông|bà|em|cháu|cụ|bé|đối tượng|nghi phạm|bệnh nhân|nạn nhân|nam sinh|nữ sinh"
)
GROUP_LETTER = re.compile(rf"(?i:\b({_GROUP_WORDS}))\s+([{_UP}])(?![\w'’]|\.\w)")
# Two or three class letters: «vắc xin nhóm BC», «nhóm máu AB» (not the table's «BC»).
GROUP_LETTERS = re.compile(r"(?i:\b(nhóm|nhóm máu|týp|tuýp|loại))\s+([A-D]{2,3})(?![\w'’\-]|\.\w)")


# What GROUP_LETTERS needs, as plain substrings of the lowered line («nhóm máu» holds «nhóm»).
_CLASS_WORD_HINTS = ("nhóm", "týp", "tuýp", "loại")


def spell_class_letters(text: str) -> str:
    """«nhóm BC» is «nhóm bê xê»: read before the table would make it «báo cáo»."""
    low = text.lower()
    if not any(word in low for word in _CLASS_WORD_HINTS):
        return text
    return GROUP_LETTERS.sub(lambda m: f"{m.group(1)} {spell(m.group(2), latin=True)}", text)


# A lettered point of a legal text: «điểm d khoản 16 Điều 6», «điểm a, b và đ».
_POINT = r"[a-zđ](?![\w'’])"
POINT_LETTERS = re.compile(
    rf"(?i:\b(điểm|tiết))\s+({_POINT}(?:\s*,\s*{_POINT})*(?:\s+(?:và|hoặc)\s+{_POINT})?)"
)


def _point_letters(m: re.Match[str]) -> str:
    # the alphabet's own names: «d» comes before «đ»
    return f"{m.group(1)} " + re.sub(
        r"(?<!\w)[a-zđ](?!\w)", lambda c: LETTERS[c.group(0).upper()], m.group(2)
    )


# A list of single capital letters: «ba khu vực: A, B và C», «hạng A hoặc B».
LETTER_LIST = re.compile(
    rf"(?<![\w.])([{_UP}](?:\s*,\s*[{_UP}])*\s*,?\s+(?:và|hoặc|hay)\s+[{_UP}])(?![\w'’]|\.\w)"
)


STRAY_CAPS = re.compile(rf"(?<![^\W\d_])([{_UP}]{{2,8}})(?![^\W\d_])")


def _two_latin_letters(word: str) -> bool:
    """«IP», «AI»: two capitals of the plain alphabet are initials, not a word like «ĐI»."""
    return len(word) == 2 and word.isascii()


def _not_a_vietnamese_word(m: re.Match[str], _reading: str) -> bool:
    """«giá xăng TĂNG»: a capitalised syllable with a Vietnamese vowel is a word, no doubt."""
    word = m.group(1)
    return not (is_syllable(word) and re.search("[ĂÂÊÔƠƯ]", word))


def _single_letters(text: str) -> str:
    """Letters standing alone: an initial, a list, a class, a lettered point, a name."""
    text = INITIAL.sub(lambda m: spell(m.group(1)), text)
    text = LETTER_LIST.sub(
        lambda m: re.sub(rf"[{_UP}]", lambda c: LETTERS[c.group(0)], m.group(1)), text
    )
    text = GROUP_LETTER.sub(lambda m: f"{m.group(1)} {spell(m.group(2))}", text)
    text = POINT_LETTERS.sub(_point_letters, text)
    text = NAME_LETTER.sub(lambda m: f"{m.group(1)} {LETTERS[m.group(2)]}", text)
    text = LONE_CAPITAL.sub(lambda m: LETTERS[m.group(1)], text)
    # Any consonant left alone is a letter: «xã Long khánh B», «hệ số K», «A, O, C»
    return LONE_CONSONANT.sub(lambda m: LETTERS[m.group(1)], text)


# What every rule of ``_single_letters`` needs: one letter with no letter or digit beside it.
_SINGLE_LETTER = re.compile(r"(?<!\w)[^\W\d_](?!\w)")
_TWO_CAPITALS = re.compile(rf"[{_UP}]{{2}}")


# People the news names by initials: «chị P.», «cháu T.G.H.»
PERSON = r"(?:anh|chị|ông|bà|em|cháu|cô|chú|bé|cụ|nạn nhân|đối tượng|bệnh nhân|sản phụ)"
_PERSON_BEFORE = re.compile(rf"(?i)\b{PERSON}\s+$")


def _initials(m: re.Match[str]) -> str:
    """«T.G.H.» spelled; a person's last dot stays when a sentence starts after it («cháu
    T.G.H. Đến chiều»), a company's goes («C.P. Việt Nam»)."""
    said = spell(re.sub(r"[.\s]", "", m.group(1)).upper())
    ends = m.group(0).endswith(".") and sentence_follows(m.string, m.end())
    person = _PERSON_BEFORE.search(m.string[max(0, m.start() - 16) : m.start()])
    return said + "." if ends and person else said


def _roman_number(numeral: str) -> str | None:
    value = roman_to_int(numeral)
    return read_int(value) if value else None


def spell_acronyms(text: str, doubts: DoubtLog | None = None) -> str:
    """An all-caps word left after abbreviation expansion, not a syllable: «ABC» → «a bê xê»;
    initials «H.N.T.» → «hát en tê». Each is an unknown abbreviation (a doubt)."""
    # «eCDT», «eID», «eKYC»: an electronic service's name, each letter said (before the
    # rules for capitals, which would read «KYC» as a syllable)
    if "e" in text:
        text = E_SERVICE.sub(lambda m: f"e {spell(m.group(1), latin=True)}", text)
    if "." in text and _INITIAL_DOT.search(text):
        text = INITIALS.sub(watched(_initials, doubts, ABBREVIATION), text)
    if _SINGLE_LETTER.search(text):
        text = _single_letters(text)
    # No rule from here on makes two capitals in a row: without them, three rules rest.
    capitals = _TWO_CAPITALS.search(text) is not None
    if capitals and any(pair in text for pair in _ROMAN_PAIRS):
        text = LONE_ROMAN.sub(
            watched(lambda m: _roman_number(m.group(1)) or m.group(0), doubts, NUMBER), text
        )
    # An unknown capitalised syllable («VAT», «TOP») is read as a word: doubtful all the same.
    if capitals:
        text = ACRONYM.sub(
            watched(
                lambda m: (
                    m.group(0).lower()
                    if is_syllable(m.group(1)) and not _two_latin_letters(m.group(1))
                    else open_syllables(m.group(1)) or spell(m.group(1), latin=True)
                ),
                doubts,
                ABBREVIATION,
                _not_a_vietnamese_word,
            ),
            text,
        )
        text = LONG_CAPS.sub(watched(lambda m: say_caps(m.group(1)), doubts, ABBREVIATION), text)
    # a pass that calls back only when some word splits (the split of a word is remembered)
    if not text.isascii() and any(map(split_glued, GLUED_CAPS.findall(text))):
        text = GLUED_CAPS.sub(
            watched(lambda m: split_glued(m.group(1)) or m.group(0), doubts, GLUED),
            text,
        )
    if capitals:  # capitals no rule took, beside a dot, a dash or a digit: «TTVH.HTCĐ»
        text = STRAY_CAPS.sub(watched(lambda m: say_caps(m.group(1)), doubts, ABBREVIATION), text)
    if "-" not in text:
        return text
    return CAPS_COMPOUND.sub(
        watched(
            lambda m: " ".join(say_caps(w) for w in m.group(0).split("-")), doubts, ABBREVIATION
        ),
        text,
    )
