"""Script text → speakable Vietnamese, one rule at a time, in a fixed order.

Document numbers, dates and times are read before plain numbers, so that no later
rule sees their digits; abbreviations are expanded after the number rules, which
need the letter codes (``76/NQ-CP``) intact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from broadcaster.speech.textnorm.abbreviations import Expander, expander_for, load_table
from broadcaster.speech.textnorm.clean import clean_text
from broadcaster.speech.textnorm.numbers import (
    DIGITS,
    read_decimal,
    read_digits,
    read_int,
    read_number_string,
    roman_to_int,
)

UNITS = {
    "km2": "ki lô mét vuông",
    "km²": "ki lô mét vuông",
    "m2": "mét vuông",
    "m²": "mét vuông",
    "m3": "mét khối",
    "m³": "mét khối",
    "km/h": "ki lô mét một giờ",
    "km": "ki lô mét",
    "cm": "xăng ti mét",
    "mm": "mi li mét",
    "m": "mét",
    "ha": "héc ta",
    "kg": "ki lô gam",
    "g": "gam",
    "tấn": "tấn",
    "lít": "lít",
    "l": "lít",
    "ml": "mi li lít",
    "°C": "độ C",
    "ºC": "độ C",
    "độ C": "độ C",
    "°": "độ",
    "%": "phần trăm",
    "đồng": "đồng",
    "đ": "đồng",
    "VNĐ": "Việt Nam đồng",
    "VND": "Việt Nam đồng",
    "USD": "đô la Mỹ",
    "tr": "triệu",
    "ng": "nghìn",
    "h": "giờ",
}
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
ROMAN_CONTEXT = (
    "quý",
    "khu",
    "khóa",
    "khoá",
    "lần thứ",
    "thế kỷ",
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
)
MONTH_NAMES = {1: "một", 4: "tư"}

# 76/NQ-CP, 11970/KH-UBND, 2454 ĐA-UBND, 15/2023/NĐ-CP
_CODE_PART = r"[A-ZĐ][A-Za-zĐđ&]*"
DOC_NUMBER = re.compile(
    rf"(?<![\w/])(\d+)(?:/(\d{{4}}))?\s*(?:/\s*|\s+)({_CODE_PART}(?:-{_CODE_PART})+|"
    rf"(?:NQ|QĐ|KH|CT|TB|CV|ĐA|NĐ|TT|BC|HD|TTr)\b)"
)
DATE_DMY = re.compile(r"(?<![\w/.,])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?![\w/])")
DATE_DM = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
MONTH_YEAR = re.compile(r"(?i)(tháng)\s+(\d{1,2})\s*/\s*(\d{4})(?![\w/])")
TIME_H = re.compile(r"(?<![\w.,])(\d{1,2})\s?[hg](\d{2})?(?:['p]|\s*phút)?(?![\w])")
TIME_COLON = re.compile(r"(?<![\w.,:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\w:])")
PHONE = re.compile(
    r"(?<![\w.,])(0\d{2,3}(?:[ .\-]?\d){6,8})(?![\w])|(?<![\w.,])(1[89]00[ .]?\d{4})(?![\w])"
)
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
RANGE = re.compile(rf"(?<![\w.,])({NUMBER})\s*[-–—]\s*({NUMBER})(?![\w])")
NUMBER_UNIT = re.compile(rf"(?<![\w.,])({NUMBER})(?:\s*({_UNIT_RE}))?(?![\w²³])")
DECIMAL_DOT = re.compile(r"(?<![\w.,])(\d+)\.(\d{1,2})(?![\w.]|\.\d)")
ROMAN_RE = re.compile(
    rf"(?i:\b({'|'.join(sorted(ROMAN_CONTEXT, key=len, reverse=True))}))\s+([IVXLC]+)(?![\w])"
)
MONTH_WORD = re.compile(r"(?i)\b(tháng)\s+0?([14])(?![\w/]|[.,]\d)")


def _date_words(day: int, month: int, year: int | None, preceded_by_day: bool) -> str:
    parts = [] if preceded_by_day else ["ngày"]
    parts += [read_int(day), "tháng", MONTH_NAMES.get(month, read_int(month))]
    if year is not None:
        parts += ["năm", read_int(year)]
    return " ".join(parts)


def _before(text: str, pos: int, word: str) -> bool:
    return text[:pos].rstrip().lower().endswith(word)


def _read_dates(text: str) -> str:
    def dmy(m: re.Match[str]) -> str:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return m.group(0)
        return _date_words(d, mo, y, _before(m.string, m.start(), "ngày"))

    def dm(m: re.Match[str]) -> str:
        d, mo = int(m.group(1)), int(m.group(2))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return m.group(0)
        return _date_words(d, mo, None, _before(m.string, m.start(), "ngày"))

    def month_year(m: re.Match[str]) -> str:
        mo, y = int(m.group(2)), int(m.group(3))
        if not 1 <= mo <= 12:
            return m.group(0)
        return f"{m.group(1)} {MONTH_NAMES.get(mo, read_int(mo))} năm {read_int(y)}"

    text = DATE_DMY.sub(dmy, text)
    text = MONTH_YEAR.sub(month_year, text)
    return DATE_DM.sub(dm, text)


def _read_times(text: str) -> str:
    def hm(hour: int, minute: int) -> str | None:
        if hour > 24 or minute > 59:
            return None
        return f"{read_int(hour)} giờ" + (f" {read_int(minute)} phút" if minute else "")

    def by_h(m: re.Match[str]) -> str:
        return hm(int(m.group(1)), int(m.group(2) or 0)) or m.group(0)

    def by_colon(m: re.Match[str]) -> str:
        words = hm(int(m.group(1)), int(m.group(2)))
        if words is None:
            return m.group(0)
        if m.group(3) and int(m.group(3)):
            words += f" {read_int(int(m.group(3)))} giây"
        return words

    return TIME_COLON.sub(by_colon, TIME_H.sub(by_h, text))


def _read_number(token: str) -> str:
    if "," in token:
        integer, frac = token.split(",", 1)
        return read_decimal(integer, frac)
    return read_number_string(token)


def _read_doc_numbers(text: str, expander: Expander) -> str:
    def repl(m: re.Match[str]) -> str:
        number = read_int(int(m.group(1)))
        year = f" năm {read_int(int(m.group(2)))}" if m.group(2) else ""
        codes = " ".join(expander.expand(part) for part in m.group(3).split("-"))
        return f"{number}{year} trên {codes}"

    return DOC_NUMBER.sub(repl, text)


def _read_phones(text: str) -> str:
    return PHONE.sub(lambda m: read_digits(m.group(0)), text)


def _read_ranges(text: str) -> str:
    return RANGE.sub(lambda m: f"{_read_number(m.group(1))} đến {_read_number(m.group(2))}", text)


def _read_numbers(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        unit = m.group(2)
        words = _read_number(m.group(1))
        return f"{words} {UNITS[unit]}" if unit else words

    text = DECIMAL_DOT.sub(lambda m: read_decimal(m.group(1), m.group(2)), text)
    return NUMBER_UNIT.sub(repl, text)


def _read_romans(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        value = roman_to_int(m.group(2))
        return f"{m.group(1)} {read_int(value)}" if value else m.group(0)

    return ROMAN_RE.sub(repl, text)


def _symbols(text: str) -> str:
    text = re.sub(r"(?<=[^\W\d_])-(?=\d)", " ", text)  # Covid-19
    text = re.sub(r"(?<=\d)(?=[^\W\d_])", " ", text)  # 5ha, 3km handled; glue left over
    text = MONTH_WORD.sub(lambda m: f"{m.group(1)} {MONTH_NAMES[int(m.group(2))]}", text)
    return text


def _tidy(text: str) -> str:
    text = text.replace("&", " và ").replace("+", " cộng ")
    text = re.sub(r"[“”\"«»*•●■▪►#_|~^]", " ", text)
    text = re.sub(r"[‘’`´]", "'", text)
    text = re.sub(r"\s*[–—]\s*", ", ", text)
    text = re.sub(r"\s+-\s+", ", ", text)
    text = re.sub(r"^\s*[-+]\s*", "", text, flags=re.M)
    text = re.sub(r"\.{2,}|…", ".", text)
    text = re.sub(r"(?<=\w)/(?=\w)", " ", text)
    text = re.sub(r"\s*/\s*", " ", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?=[^\s\d])", r"\1 ", text)
    text = re.sub(r",(\s*,)+", ",", text)
    return text.strip()


def make_normalizer(station_abbreviations: Path | None = None) -> Callable[[str], str]:
    """A normalizer with the station's own abbreviations loaded once."""
    expander = expander_for(load_table(station_abbreviations))

    def normalize_line(line: str) -> str:
        text = clean_text(line)
        text = _symbols(text)
        text = _read_doc_numbers(text, expander)
        text = _read_dates(text)
        text = _read_times(text)
        text = _read_phones(text)
        text = _read_ranges(text)
        text = _read_romans(text)
        text = _read_numbers(text)
        text = expander.expand(text)
        text = re.sub(r"\d", lambda m: DIGITS[int(m.group(0))], text)  # anything left
        return _tidy(text)

    return normalize_line


def normalize_lines(lines: Iterable[str], station_abbreviations: Path | None = None) -> list[str]:
    """One output line for each input line, same order (for ``text normalize``)."""
    normalize_line = make_normalizer(station_abbreviations)
    return [normalize_line(line) for line in lines]


def normalize_text(text: str, station_abbreviations: Path | None = None) -> str:
    return "\n".join(normalize_lines(clean_text(text).split("\n"), station_abbreviations))
