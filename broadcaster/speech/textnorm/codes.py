"""Letter–digit codes and vehicle plates, spelled with Vietnamese letter names.

``A05`` → «a không năm», ``PC07`` → «pê xê không bảy», ``Quốc lộ 1A`` → «Quốc lộ một a»,
``tổ 7B`` → «tổ bảy bê», ``H5N1`` → «hát năm en một». Letters that form a known abbreviation
are said instead (``QL1A`` → «Quốc lộ một a»); a digit run with a leading zero, or in a code
of over ten characters, is read digit by digit (``05`` → «không năm»), any other as a number.
Vehicle plates keep every digit (``51F-007.45`` → «năm mươi mốt ép, không không bảy chấm bốn
năm»). A code in dashed parts (``VD-24891-16``) is said part by part (:func:`say_code`).
A flight's route between two airports' codes (``HAN-SGN``) is «hát a en đi ét giê en».
Capitals with no digit (unknown acronyms, initials, single letters) are ``acronyms``' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from broadcaster.speech.textnorm.doubts import CODE as GUESSED_CODE
from broadcaster.speech.textnorm.doubts import DoubtLog, watched
from broadcaster.speech.textnorm.numbers import (
    DIGITS,
    read_decimal,
    read_digits,
    read_int,
)
from broadcaster.speech.textnorm.unitnames import CAPITAL_SYMBOLS, alternation
from broadcaster.speech.textnorm.years import Q_QUARTER

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
# The capitals of both alphabets, for a character class.
UPPER = "A-ZĐĂÂÊÔƠƯ"
# The Vietnamese alphabet's order, of lettered points and lists («a, b, c, d, đ, e, …»)
ALPHABET = "abcdđeghiklmnopqrstuvxy"

# A unit in capitals after a number («220KV», «3CFU», «2W») ends a quantity, not a code (the
# longest first: «MVAR» is not cut at «MVA»). Not «V» for a code: «lớp 12V» is a class, and
# ``VOLTS`` decides volts by the words around.
_CAPITAL_UNITS = alternation(CAPITAL_SYMBOLS)
_CODE_UNITS = alternation(CAPITAL_SYMBOLS - {"V"})
CODE = re.compile(
    rf"(?<![\w\-.,])(?!0C\b|\d+OC\b|{Q_QUARTER}|KM\d{{2,4}}(?:\+|\b)|\d+(?:{_CODE_UNITS})\b)(?=[{UPPER}0-9]*[{UPPER}])(?=[{UPPER}0-9]*\d)([{UPPER}0-9]{{2,16}})(?![\w])"
)
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
    "GĐ": "giai đoạn",  # «KCN Tân Đức GĐ1»: a director takes no number
}


# A plate's dotted serial «007.45»; «26x.xx», «123.XX»: the last digits masked by the paper
_DOTTED_SERIAL = r"\d[\dxX]{2}[.,][\dxX]{2}"
# Vehicle plates: «51F-007.45», «50H-208.56», «66B1 38978» (after «BKS», «biển số»).
PLATE = re.compile(
    rf"(?<![\w.,/\-])(\d{{2}})\s?-?\s?([{UPPER}]{{1,2}})(\d{{0,2}})\s?[-–.]?\s?"
    rf"({_DOTTED_SERIAL}|\d{{2}}[.,]\d{{3}}|\d{{4,5}})(?![\w]|[.,]\d)"  # «74D - 00.222» too
)
_PLATE_CUES = frozenset({"bks", "bsx", "biển", "số", "mang"})


def read_plates(text: str) -> str:
    """Province number as a number, letters spelled, the rest digit by digit (zeros kept):
    «51F-007.45» → «năm mươi mốt ép, không không bảy chấm bốn năm». A serial without the
    dot needs a plate word before it, so «lớp 10A 2024» stays a class and a year."""

    def plate(m: re.Match[str]) -> str:
        serial = m.group(4)
        dotted = re.fullmatch(_DOTTED_SERIAL, serial) is not None  # not «00.222», «20.500»
        # «xe tải 81L-2130»: an old plate's dash makes it one; «12A1 - 20.500 đồng» is money
        money = re.match(r"\s*(?:đồng|đ|nghìn|ngàn|triệu|tỷ)\b", m.string[m.end() :])
        dashed = "-" in m.group(0) and not money
        if not (dotted or dashed) and not _PLATE_CUES & set(_words_before(m.string, m.start())):
            return m.group(0)
        head = f"{read_int(int(m.group(1)))} {spell(m.group(2))}"
        if m.group(3):
            head += f" {read_digits(m.group(3))}"
        tail = " chấm ".join(
            " ".join(LETTERS["X"] if c in "xX" else read_digits(c) for c in part)
            for part in re.split(r"[.,]", serial)
        )
        return f"{head}, {tail}"

    return PLATE.sub(plate, text)


def _words_before(text: str, pos: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text[max(0, pos - 40) : pos])][-4:]


def _guessed(m: re.Match[str], _reading: str) -> bool:
    """A code is a guess unless it is short or starts with a road prefix: ``PC07``,
    ``H5N1`` and ``51F-007`` are doubtful, ``A05``, ``F0`` and ``QL1A`` are not."""
    runs = re.findall(rf"[{UPPER}]+|\d+", m.group(1))
    letters = [r for r in runs if not r.isdigit()]
    if letters and letters[0] in PREFIXES:
        return False
    return len(runs) >= 3 or any(len(r) >= 2 for r in letters)


# Letters and a decimal number: «PM2.5», «PM2,5» (fine dust), «S1.7» (a cable) — the point
# is «phẩy», not a stop.
CODE_DECIMAL = re.compile(  # one letter takes one decimal: «F2.20» is a stall's number
    rf"(?<![\w.,\-])([{UPPER}]{{2,4}}(?=\d{{1,3}}[.,]\d{{1,2}}(?!\d))|[{UPPER}](?=\d[.,]\d(?!\d)))"
    rf"(\d{{1,3}})[.,](\d{{1,2}})(?![\w]|[.,]\d)"
)


# A registration code in three dashed parts: «VD-24891-16» (a medicine), «SĐK: QLSP-0845-14».
DASHED_CODE = re.compile(rf"(?<![\w\-.,/])([{UPPER}]{{1,5}})-(\d{{2,6}})-(\d{{1,4}})(?![\w\-])")


def say_code(parts: Iterable[str]) -> str:
    """A code's parts as an announcer reads them: each part's capitals by their Latin names,
    its digits one by one (zeros kept), a pause between parts: ``["VD", "24891", "16"]`` →
    «vê đê, hai bốn tám chín một, một sáu». Words a part opens with stay («Việt Nam»)."""

    def say(part: str) -> str:
        letters = part.rstrip("0123456789")
        digits = part[len(letters) :]
        said = [spell(letters, latin=True) if letters.isupper() else letters] if letters else []
        return " ".join([*said, read_digits(digits)] if digits else said)

    return ", ".join(say(part) for part in parts)


def _dashed_code(m: re.Match[str]) -> str:
    return say_code(m.groups())


NUMBER_LETTER = re.compile(r"(?<![\w.,/\-])(\d{1,4})([a-e])(?![\w'’])")
# «iPhone 6s», «iPhone 5c»: a phone's model, its letter spelled (no seconds)
PHONE_MODEL = re.compile(r"(?<=\b(?i:iphone) )(\d{1,2})([a-z])(?![\w'’])")
# «NO 2 , CO, SO 2 , O 3»: a gas's formula whose subscript the page typed apart.
FORMULA_APART = re.compile(r"\b(NO|SO|CO|O|NH|CH)\s([234])(?=\s*[,;.)]|\s+(?:và|hoặc)\b)")
LICENCE_CLASS = re.compile(r"(?<![\w\-.])([a-f])([12])(?![\w\-]|\.\w)")
# Measures in medicine typed in mixed case with a digit: «FiO2 100%», «SpO2», «HbA1C 10,9%».
MIXED_CODE = re.compile(r"(?<![\w\-.])([A-Z][a-z][A-Z]{1,2}\d[A-Za-z]?)(?![\w])")
_MIXED_HINT = re.compile(r"[a-z][A-Z]{1,2}\d")  # a pattern that opens on a class: fast


# «lưới điện 220V», «ắc quy 12V»: volts, where the line speaks of electricity before it
# (else «lớp 12V», «tổ 5V» are a class's and a group's letter).
VOLTS = re.compile(r"(?<![\w.,\-])(\d{1,4})V(?![\w\-]|\.\d)")
_ELECTRIC = re.compile(r"(?i)(?:điện|\bpin|ắc quy|acquy|nguồn|bóng đèn|ổ cắm|sạc)")


def _volts(m: re.Match[str]) -> str:
    near = _ELECTRIC.search(m.string, max(0, m.start() - 40), m.start())
    return f"{m.group(1)} vôn" if near else m.group(0)


# «ngã tư QL10-QL21B»: two roads joined by a dash, each read as a code
ROADS = ("QL", "TL", "ĐT", "HL", "ĐH")  # the road prefixes of PREFIXES
# Between two codes of a list: «TB-1234 và TB-2345», «BV 96279, BV 96280»
LIST_JOIN = r"(?:\s*,\s*|\s+(?:và|hoặc)\s+)"
ROAD_PAIR = re.compile(rf"(\S*\d[A-Z]?)-(?=(?:{'|'.join(ROADS)})\d)")
_CLASS_CODE = re.compile(r"[A-Z]\d+")  # «lớp K45-ĐH2»: a class, not a road
# Letters before an amount or a standard's number, never a serial's: «VND500000», «ISO 22000».
_AMOUNT_LETTERS = ("VND", "VNĐ", "USD", "EUR", "ISO", "TCVN")
# «HX 480149;», «MON 89034,», «BV 96279 TS»: capitals, a space, then a serial of five digits
# or more that ends the phrase (no thousands dot, no word counted or paid after it: «TP 15000
# người», «BHYT 1350000 đồng» are amounts), said digit by digit as a code's digits are.
SPACED_SERIAL = re.compile(
    rf"(?<![\w\-.,/])(?!(?:{'|'.join(_AMOUNT_LETTERS)})\b)([{UPPER}]{{2,5}}) (\d{{5,9}})"
    rf"(?=\s*(?:[;,.)]|$|-?[{UPPER}]{{2}}\b))(?![.,]\d)"
)
# «tòa CT4B-X2», «Đ5-T3»: two letter-digit codes joined by a dash, each read as a code; with
# the same letters, a span: «lô LK1-LK10» «… đến …»
CODE_PAIR = re.compile(
    rf"(?<![\w\-.,])(([{UPPER}]{{1,4}})\d{{1,3}}[{UPPER}]?)-"
    r"(?=([A-Z]{1,4})\d{1,3}[A-Z]?(?![\w\-]))"  # not «lớp K45-ĐH2» (a class, no road)
)


# «G/SPS/N/EU/804», «G/TBT/N/VNM/123/Add.1»: a document symbol of letter groups and a serial
# between slashes (the WTO's notifications), each group spelled, the slashes not said; an
# addendum, a revision or a corrigendum after it said as such
SLASHED_CODE = re.compile(
    r"(?<![\w/])([A-Z]{1,5}(?:/[A-Z]{1,5}){2,})/(\d{1,6})(?:/(Add|Rev|Corr)\.(\d{1,2}))?(?![\w/])"
)
_AMENDED = {"Add": "bổ sung", "Rev": "sửa đổi", "Corr": "đính chính"}


def _slashed_code(m: re.Match[str]) -> str:
    groups = (spell(group, latin=True) for group in m.group(1).split("/"))
    said = f"{' '.join(groups)} {_digits(m.group(2))}"
    return f"{said} {_AMENDED[m.group(3)]} {_digits(m.group(4))}" if m.group(3) else said


# «IPv4», «IPv6», «ipv6», «IPv4/IPv6»: the Internet Protocol's version
IP_VERSION = re.compile(r"(?i)(?<![\w.])IPv([46])(?![\w]|\.\w)")


# «57,1 GtCO2e»: gigatonnes, the unit, then the gas («Gt CO2 tương đương»)
GIGATONNES_OF_GAS = re.compile(r"(?:(?<=\d)|(?<=\d ))Gt(CO2)(e\b)?")


# «SBD 953xx», «1903****»: a number with its last digits masked, read digit by digit and each
# mask said («ích», «sao»); not a bold «**2024**»
MASKED_DIGITS = re.compile(r"(?<![\w.,*])(\d{2,})(x{2,6}|X{2,6}|\*{2,6})(?![\w*])")


def _masked_digits(m: re.Match[str]) -> str:
    mask = "sao" if m.group(2)[0] == "*" else "ích"
    return " ".join([read_digits(m.group(1)), *[mask] * len(m.group(2))])


# Airports by their codes, a flight's route between two of them: «HAN-SGN» «hát a en đi ét giê
# en» (never «han», a syllable)
_AIRPORTS = (
    "HAN|SGN|DAD|CXR|PQC|HPH|VII|HUI|VCA|VCL|UIH|TBB|BMV|PXU|DLI|VDH|THD|VDO|CAH|VCS|DIN|VKG"
    "|BKK|ICN|NRT|HND|KIX|SIN|HKG|TPE|PVG|PEK|CAN|KUL"
)
AIRPORT_ROUTE = re.compile(rf"(?<![\-–])\b({_AIRPORTS})\s?[-–]\s?({_AIRPORTS})\b(?![\-–])")


def read_airport_routes(text: str) -> str:
    """«HAN-SGN» «hát a en đi ét giê en»: a flight's route, in any line (a digit or not)."""
    if "-" not in text and "–" not in text:
        return text
    return AIRPORT_ROUTE.sub(
        lambda m: f"{spell(m[1], latin=True)} đi {spell(m[2], latin=True)}", text
    )


def read_codes(text: str, doubts: DoubtLog | None = None) -> str:
    """Letter–digit tokens: letter runs spelled (road prefixes said), digit runs read."""
    if "xx" in text or "XX" in text or "**" in text:
        text = MASKED_DIGITS.sub(_masked_digits, text)
    if "v" in text and ("IP" in text or "ip" in text):
        text = IP_VERSION.sub(lambda m: f"i pê vê {DIGITS[int(m.group(1))]}", text)
    if "/" in text:
        text = SLASHED_CODE.sub(_slashed_code, text)
    text = FORMULA_APART.sub(r"\1\2", text)
    if "GtCO" in text:
        text = GIGATONNES_OF_GAS.sub(lambda m: f"Gt CO2{' tương đương' if m[2] else ''}", text)
    if any(f"-{road}" in text for road in ROADS):
        text = ROAD_PAIR.sub(
            lambda m: m.group(0) if _CLASS_CODE.fullmatch(m.group(1)) else f"{m.group(1)} - ", text
        )
    if "V" in text:
        text = VOLTS.sub(_volts, text)
    text = DASHED_CODE.sub(watched(_dashed_code, doubts, GUESSED_CODE), text)
    text = SPACED_SERIAL.sub(
        watched(lambda m: f"{m.group(1)} {read_digits(m.group(2))}", doubts, GUESSED_CODE), text
    )
    if "-" in text:
        text = CODE_PAIR.sub(lambda m: m.group(1) + (" đến " if m[2] == m[3] else " "), text)
    text = CODE_DECIMAL.sub(
        lambda m: f"{spell(m.group(1), latin=True)} {read_decimal(m.group(2), m.group(3))}", text
    )

    def code(m: re.Match[str]) -> str:
        # a prefix opens a code («QĐ22», not «…QĐ9»); a long one, or a serial of five digits or
        # more («SITU289050», «HX480151»), is said digit by digit
        words, long = [], len(m.group(1)) > 10
        runs = re.findall(rf"[{UPPER}]+|\d+", m.group(1))
        serial = runs[0] not in _AMOUNT_LETTERS  # «VND500000», «ISO22000»: a number
        for n, run in enumerate(runs):
            if run.isdigit():
                words.append(
                    read_digits(run) if long or (serial and len(run) >= 5) else _digits(run)
                )
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
    if "hone" in text or "HONE" in text:  # «iPhone», «Iphone», «IPHONE»
        text = PHONE_MODEL.sub(
            lambda m: f"{_digits(m.group(1))} {LETTERS[m.group(2).upper()]}", text
        )
    # «Nghị quyết 30a», «nhà 12b»: a number and a small letter (not a unit: đ, g, h, m …)
    text = NUMBER_LETTER.sub(lambda m: f"{_digits(m.group(1))} {LETTERS[m.group(2).upper()]}", text)
    # «Quốc lộ 1A», «tổ 7B», «Quốc lộ 14 B»: a number followed by one or two capital letters
    # (not a unit in capitals, nor «30C», degrees whose sign was lost).
    return re.sub(
        rf"(?<![\w.,])(\d+)(?!(?:C|{_CAPITAL_UNITS})\b)([{UPPER}]{{1,2}})(?![\w])",
        lambda m: f"{_digits(m.group(1))} {spell(m.group(2))}",
        text,
    )
