"""Shapes of a product's label as recall notices copy them (medicines, cosmetics, food), each
said the way an announcer reads a label:

- a lot number: ``số lô: 190813``, ``lô 112008`` → «một chín không tám một ba», digit by
  digit (a lot is a code, never an amount);
- a date of manufacture or expiry in one run of digits: ``NSX 240820``, ``HD 240823`` → «hai
  bốn không tám hai không», on a label only;
- a registration number: ``số đăng ký: VN-14902-12``, ``SĐK V896-H12-10`` → «vê en, một
  bốn chín không hai, một hai»: its letters by name, its digits one by one (as the code
  rules read ``VD-24891-16``), a pause for each dash — never a range;

An expiry date after ``HD`` on a label is decided with the other readings of an abbreviation
(``ambiguous``, from :data:`ON_A_LABEL`).

Runs with the domain shapes, before the number, plate and code rules.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import LIST_JOIN, say_code
from broadcaster.speech.textnorm.numbers import read_digits

# «số lô: 6880119», «Lô SX 230225», «lô 112008»: five digits or more, six after «lô» alone (a
# plot of land is «lô 12», «số lô 1502»); not «tổng số lô», and only before what a label
# puts after a lot (a count follows an amount: «lô 150000 liều»)
LOT = re.compile(
    r"(?i)((?<!tổng )\b(?:số lô|lô sản xuất|lô sx)\s*:?\s*|\blô\s+(?=\d{6}))"
    rf"(\d{{5,12}}(?:{LIST_JOIN}\d{{5,12}})*)(?![\w]|[.,]\d)"  # a list: «số lô 514015 và 1614007»
)
_DIGIT_RUN = re.compile(r"\d+")
# «NSX 240820», «HSD: 20250630», «HD 240823» on a label: a date of manufacture or expiry
# written as one run of digits, said digit by digit (never «hai trăm bốn mươi nghìn …»)
LABEL_DATE = re.compile(r"\b(NSX|HSD|EXP|MFG|HD)(\s*:?\s*)(\d{6,8})(?![\w]|[.,]\d)")
_LOT_END = re.compile(
    r"\s*(?:[,.;:)\-–]|$|(?i:ngày|nsx|hsd|hd|hạn|do|của|số|sản xuất|và|được|có|bị|thuộc)\b)"
)
# «số đăng ký: VN-14902-12», «SĐK: VD-25911-16», «số đăng ký V896-H12-10», «VNB-4408- 05»
# (``layout`` has made a dash between a word and a number a space: «VN 14902-12»)
_DASH = r"(?:\s?[-–_]\s?|\s)"
# Two groups of digits at least, or digits glued to its letters: «DN 0101234567» is a
# business's number and «BV 96279 TS» a boat's (read by the code and hull rules).
_GROUP = rf"{_DASH}[A-Z]{{0,3}}\d+"
REGISTRATION = re.compile(
    r"((?i:\bsố đăng ký)(?!\w)|\bSĐK(?!\w)|\bsố ĐK(?!\w))(\s*:?\s*)((?:[A-Z]{1,4}|Việt Nam)"
    rf"(?:\d+(?:{_GROUP}){{1,3}}|(?:{_GROUP}){{2,3}}))(?![\w\-–])"
)
# «HD» on a label: the expiry date (``ambiguous`` reads it so before a date)
EXPIRY = "hạn dùng"
# A line copied from a product's label: it names a date of manufacture, a lot, a registration.
ON_A_LABEL = re.compile(
    r"(?i)\bNSX\b|\bngày sản xuất\b|\bsố lô\b|\blô sản xuất\b|\bsố đăng ký\b|\bSĐK\b"
)


def _registration(m: re.Match[str]) -> str:
    parts = [p for p in re.split(r"\s?[-–_]\s?|(?<=\w) (?=[A-Z]{0,3}\d)", m.group(3)) if p]
    return m.group(1) + m.group(2) + say_code(parts)


def _lot(m: re.Match[str]) -> str:
    """Each lot of the list digit by digit; when a count follows the list's last number («số lô
    230225 và 12000 hộp»), the first lot alone."""
    if _LOT_END.match(m.string, m.end()):
        return m.group(1) + _DIGIT_RUN.sub(lambda d: read_digits(d.group(0)), m.group(2))
    first = _DIGIT_RUN.match(m.group(2))  # the list opens with a number
    if (
        first
        and first.end() < len(m.group(2))
        and _LOT_END.match(m.string, m.start(2) + first.end())
    ):
        return m.group(1) + read_digits(first.group(0)) + m.group(2)[first.end() :]
    return m.group(0)


def _label_date(m: re.Match[str]) -> str:
    mark = EXPIRY if m.group(1) == "HD" else m.group(1)
    return mark + m.group(2) + read_digits(m.group(3))


def read_label_shapes(text: str) -> str:
    if "lô" in text or "Lô" in text or "LÔ" in text:
        text = LOT.sub(_lot, text)
    if "đăng ký" in text or "Đăng ký" in text or "ĐK" in text:
        text = REGISTRATION.sub(_registration, text)
    if LABEL_DATE.search(text) and ON_A_LABEL.search(text):
        text = LABEL_DATE.sub(_label_date, text)
    return text
