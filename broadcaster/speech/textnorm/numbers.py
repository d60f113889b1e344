"""Reading numbers the way a Vietnamese announcer does.

mốt (21), tư (24), lăm (15, 25), linh (105), mười, không trăm (2023), nghìn/triệu/tỷ;
decimals with «phẩy»; digit strings (phone numbers) one digit at a time.
"""

from __future__ import annotations

import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ((10**6, "triệu"), (10**3, "nghìn"), (1, ""))
BILLION = 10**9


def _triple(n: int, full: bool) -> list[str]:
    """0 < n < 1000; ``full`` reads a zero hundreds digit («không trăm») and «linh»."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append("linh")
            words.append(DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def _words(n: int, leading: bool) -> list[str]:
    if n >= BILLION:
        high, low = divmod(n, BILLION)
        words = [*_words(high, leading), "tỷ"]
        return words + _words(low, leading=False) if low else words
    words = []
    started = not leading
    for size, name in GROUPS:
        group = n // size % 1000
        if group == 0:
            continue
        words += _triple(group, full=started)
        if name:
            words.append(name)
        started = True
    return words


def read_int(n: int) -> str:
    """``2023`` → «hai nghìn không trăm hai mươi ba»."""
    if n < 0:
        return "âm " + read_int(-n)
    if n == 0:
        return "không"
    return " ".join(_words(n, leading=True))


def read_digits(digits: str) -> str:
    """``0912`` → «không chín một hai»; non-digits are skipped."""
    return " ".join(DIGITS[int(c)] for c in digits if c.isdigit())


def read_serial(digits: str) -> str:
    """A code's serial after its letters: four digits or more, or opening with a zero, one by
    one («TB-1384», «CVE-2024-0012»); a shorter one as a number («tàu KN-201»)."""
    return read_digits(digits) if len(digits) > 3 or digits[0] == "0" else read_int(int(digits))


def read_number_string(text: str) -> str:
    """A written integer: ``2.096`` (dots group thousands), ``09`` (leading zero dropped);
    ``0.938`` is no thousands (no group opens on a zero): a decimal with a dot."""
    if text.startswith("0.") and text.count(".") == 1:
        return read_decimal("0", text[2:])
    return read_int(int(text.replace(".", "")))


def read_fraction_digits(frac: str) -> str:
    """The part after «phẩy»: short ones as a number (83 → tám mươi ba), else digit by digit.

    Three digits after one zero are a number of hundreds, as in a thousands group
    (``075`` → «không trăm bảy mươi lăm»); other leading zeros are said one by one.
    """
    if len(frac) == 3 and frac[0] == "0" and frac[1] != "0":
        return f"không trăm {read_int(int(frac[1:]))}"
    if frac.startswith("0") or len(frac) > 3:
        return read_digits(frac)
    return read_int(int(frac))


def read_decimal(integer: str, frac: str) -> str:
    """``92``, ``83`` → «chín mươi hai phẩy tám mươi ba»."""
    return f"{read_number_string(integer)} phẩy {read_fraction_digits(frac)}"


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(text: str) -> int | None:
    """Strict reading of I..CXCIX; ``None`` for anything that is not canonical."""
    total, prev = 0, 0
    for ch in reversed(text):
        value = ROMAN.get(ch)
        if value is None:
            return None
        if value < prev:
            total -= value
        else:
            total += value
            prev = value
    return total if total > 0 and int_to_roman(total) == text else None


def int_to_roman(n: int) -> str:
    out = []
    for value, sym in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def read_number_token(token: str) -> str:
    """``1.500.000`` → thousands grouped by dots; ``1,5`` → «một phẩy năm»; ``09`` → «chín»."""
    if "," in token:
        integer, frac = token.split(",", 1)
        return read_decimal(integer, frac)
    return read_number_string(token)


def read_dotted_code(token: str) -> str:
    """A code's groups joined by dots, each said, «chấm» between: «2922.42.20»; an account
    number («0376.1.0.9085266», «4216.2010.02178»: a leading zero, ten digits or more) digit
    by digit."""
    parts = token.split(".")
    if token.startswith("0") or len(token.replace(".", "")) >= 10:
        return " chấm ".join(read_digits(part) for part in parts)
    return " chấm ".join(
        read_digits(part) if part.startswith("0") else read_number_token(part) for part in parts
    )


def ordinal(n: int) -> str:
    """The word after «thứ»: nhất, hai, ba, tư, năm … (never «thứ một», «thứ bốn»)."""
    return {1: "nhất", 4: "tư"}.get(n, read_int(n))


def prize(n: int) -> str:
    """The word after «giải»: «giải nhất», «giải nhì», «giải ba», «giải tư»."""
    return "nhì" if n == 2 else ordinal(n)


MONTHS = {1: "một", 4: "tư"}


def month_name(n: int) -> str:
    """«tháng tư», never «tháng bốn»; «tháng một» (solar calendar), «tháng mười hai»."""
    return MONTHS.get(n, read_int(n))


# A month's name as the rules have just said it, for a pattern: «tháng mười một», «tháng tư».
SPOKEN_MONTH = "(?:" + "|".join(sorted({month_name(n) for n in range(1, 13)}, key=len)[::-1]) + ")"


# «số lô: 07062011», «058»: a run that starts with a zero is a code, said digit by digit; so
# is one of eight digits or more with no thousands dot («số 98462444», «BB: 30032026»: in
# the working corpus every such run is a code or a phone), unless an amount or a count.
_MONEY = r"đồng|đ\b|VNĐ|VND|USD"
_AMOUNT_AFTER = (  # «10000000 đến 20000000 đồng»: a span's first amount too
    rf"{_MONEY}|người|lượt|tấn|con|liều|cây|m2|m3|ha\b|kg|thuê bao|phiếu|nghìn|ngàn|triệu|tỷ"
    rf"|(?:đến|tới|[-–])\s*\d+\s*(?:{_MONEY})"
)
LEADING_ZERO = re.compile(
    rf"(?<![\w.,/])(?:0\d{{2,}}|[1-9]\d{{7,}}(?!\s*(?:{_AMOUNT_AFTER})))(?![\w]|[.,]\d)"
)
