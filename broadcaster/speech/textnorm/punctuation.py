"""Layout and punctuation: what the eye uses and the ear must not hear.

Before the number rules (``layout``): document endings ``./.``, bullets (``-``, ``+``, ``•``,
``*``, ``a)``), numbered points (``1.`` → «một,»), «Nơi nhận» lists. After them (``tidy``):
parentheses and dashes become pauses (commas), quotes and decorations disappear, ``&`` is «và»,
``xã/phường`` is «xã, phường», and no symbol is left that a synthesizer would read aloud.

ALL-CAPS headlines and names, read as words rather than spelled.

A line written in capitals («ĐA DẠNG HOÁ CÁC HÌNH THỨC …») becomes ordinary sentence case;
inside a mixed line, a run of capitalised syllables («TÂN MINH», «HUYỆN THÁP MƯỜI») becomes a
name in title case. Known abbreviations (``UBND``), Roman numerals and letter–digit codes are
kept as written for the rules that read them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from broadcaster.speech.textnorm.codes import ALPHABET, LETTERS
from broadcaster.speech.textnorm.comparisons import read_comparisons
from broadcaster.speech.textnorm.numbers import read_int, roman_to_int
from broadcaster.speech.textnorm.signs import BELOW_ZERO
from broadcaster.speech.textnorm.syllables import is_syllable
from broadcaster.speech.textnorm.unitnames import LAND, SYMBOL_UNITS

# «-5°C» opening a line is a temperature's minus (read by ``signs``), not a bullet.
BULLET = re.compile(rf"^\s*(?:(?!{BELOW_ZERO})[-+•●■▪►◦○*–—]+|\(\s*[a-zđ]{{1,2}}\s*\))\s*")
# «(i) Dự án …; (ii) Dự án …», «gồm: i) …; ii) …»: items numbered by small Roman numerals,
# said as their numbers. «ii)», «iii)», «iv)», «ix)», and any numeral in brackets «(vi)», are
# items wherever they stand; «i», «v», «x» (letters) and «vi)» (a word: «phạm vi)») only beside
# a neighbour in the list («(ii)», «(iv)», «(vii)») or opening a line in brackets «(v) Tổ chức»
# — else a point's letter («i) …» after «h)»), a mark «(x)».
SMALL_ROMAN_ITEM = re.compile(r"(?:\(|(?<![^\s:;,(]))(i{1,3}|iv|vi{0,3}|ix|x)\)(?=\s+\S)")
_ROMAN_ITEM_HINT = re.compile(r"(?<![^\W\d_])[ivx]{1,4}\)")
_NEEDS_A_NEIGHBOUR = {
    "i": (2,),
    "v": (4, 6),
    "x": (9,),
    "vi": (5, 7),
    "vii": (6, 8),
    "viii": (7, 9),
}


def _roman_items(line: str) -> str:
    found = [(m, roman_to_int(m.group(1).upper()) or 0) for m in SMALL_ROMAN_ITEM.finditer(line)]
    values = {value for _, value in found}

    def an_item(m: re.Match[str]) -> bool:
        numeral, bracketed = m.group(1), m.group(0)[0] == "("
        neighbours = _NEEDS_A_NEIGHBOUR.get(numeral)
        if neighbours is None or values.intersection(neighbours):
            return True
        return bracketed and (len(numeral) > 1 or not line[: m.start()].strip())

    for m, value in reversed(found):
        if an_item(m):
            said = read_int(value)
            if not line[: m.start()].strip():
                said = said.capitalize()
            line = f"{line[: m.start()]} {said},{line[m.end() :]}"
    return line.lstrip() if line[:1] == " " else line


# A lettered point of a list, «a) Là công dân …; b) Tuổi đời …»: its letter is said.
LIST_LETTER = re.compile(r"(^\s*|[;:.,)]\s+)([a-zđ])\s*\)\s+(?=\S)")
# «… Áp thấp nhiệt đới b) Rủi ro nhóm 2 …»: a point with no mark before it, taken only as the
# letter after the previous point of the same line and before a capital.
_LETTER_AFTER_WORD = re.compile(r"(?<=[^\W\d_] )([a-zđ])\)\s+(?=[^\W\d_a-zà-ỹđ])")
# Three numbers or more joined by slashes, two of them at least decimals or shares: a list
# («67,33/ 25,98/ 5,70/ 0,99», «67,3%/ 26%/ 5,7%»), not fractions nor a date. A list starts
# only at its first item (never after «/ »), and does not give back items: one pass.
_LISTED = r"\d{1,3}(?:,\d{1,3})?%?"
DECIMALS_BY_SLASHES = re.compile(
    rf"(?<![\d,./%])(?<!/ ){_LISTED}(?:\s?/\s?{_LISTED}){{2,}}+(?![\d/]|,\d)"
)


def _listed(m: re.Match[str]) -> str:
    items = re.split(r"\s*/\s*", m.group(0))
    if sum("," in item or "%" in item for item in items) < 2:
        return m.group(0)
    return ", ".join(items)


NUMBERED = re.compile(r"^\s*\(?(\d{1,2})\s*[.)/]\s+(?=\D)")  # «2.», «2)», «(2)»: «Hai,»
# «2.1. Đăng ký …», «1.1. Lịch …»: a numbered sub-point, «hai chấm một».
SUBNUMBERED = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+(?=[^\W\d_])")
# «đến ngày (04/11)»: the date is the day named, not an aside.
DATE_IN_PARENS = re.compile(r"(?i)\b(ngày)\s*\(\s*(\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?)\s*\)")
# A place name: one to four capitalised words («Thanh Hóa», «Bà Rịa Vũng Tàu»).
_PLACE = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^\W\d_]*(?: [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^\W\d_]*){0,3}"
# «Nhân Ngày Gia đình Việt Nam (28.6)»: the date of the named day, said as a date.
NAMED_DAY_DATE = re.compile(r"(\bNgày\b[^()\n]{0,60}?)\s*\(\s*(\d{1,2}[./\-]\d{1,2})\s*\)")
# «từ Thanh Hóa - Phú Yên»: from one place to another.
PLACE_RANGE = re.compile(rf"(?<=\btừ )({_PLACE})\s+[-–]\s+(?={_PLACE})")
# A day named by its words, and a day's date: «sáng nay», «hôm sau»; «22.1», «3/9/2025».
_NAMED_DAY = r"(?:sáng|trưa|chiều|tối|đêm|hôm)\s+(?:nay|qua|mai)|hôm sau"
_DAY_MONTH = r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?"
# «Sáng nay (22.1)», «Chiều qua (3/9)»: the date of the day named, said as a date.
DAY_DATE_IN_PARENS = re.compile(rf"(?i)\b({_NAMED_DAY})\s*\(\s*({_DAY_MONTH})\s*\)")
RATIO_AFTER_WORD = re.compile(
    r"(?i)\b(tỷ lệ|tỉ lệ|pha loãng|pha)\s+(\d+(?:,\d+)?)\s*:\s*(\d+(?:[.,]\d+)*)(?![\w:])"
)
ONE_PROVINCE = re.compile(r"Thừa Thiên\s*[-–]\s*Huế")
COVID_SPACED = re.compile(r"(?i)\b(covid)\s+-\s*(?=19\b)")
ABOUT = re.compile(r"(?<![\w/])V/[vV](?![\w/])")
# «Từ tháng 4 - tháng 6», «quý I - quý III», «quý III/2022 - quý I/2023», «quý III năm 2022 -
# quý I năm 2023», «ngày 5/12/2024 - ngày 10/1/2025»: a span between two of the same kind.
SAME_WORD_RANGE = re.compile(
    r"(?i)\b((tháng|quý|tuần|năm|ngày) (?:\d{1,4}|[IVX]{1,4})"
    r"(?:(?:[/.]\d{1,2})?[/.](?:19|20)\d\d| năm (?:19|20)\d\d)?)"
    r"\s*[-–—]\s*(?=\2 (?:\d|[IVX]))"
)
# «từ tháng 1.2015 - 1.2018»: from one month to another.
MONTH_YEAR_RANGE = re.compile(
    r"(?i)\b(tháng \d{1,2}([./\-])(?:19|20)\d\d)\s+[-–]\s+(?=\d{1,2}\2(?:19|20)\d\d\b)"
)
# «Chiều nay, 16.10, Trung tâm …»: the same date set off by commas.
DAY_DATE_IN_COMMAS = re.compile(rf"(?i)\b({_NAMED_DAY}),\s*({_DAY_MONTH})(?=\s*,)")
# A reference to a source, «[43]», «[87], [89]»: never read out.
CITATION = re.compile(r"\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?:\s*,\s*\[\d{1,3}\])*")
# «BĐ2-BĐ3»: from one alarm level to the next.
ALARM_SPAN = re.compile(r"(?<=BĐ\d)\s*[-–]\s*(?=BĐ\s?\d)")
ETC = re.compile(r"(?:(?<=[^\W\d_])\.|(?<![\w.]))\s*v\.\s?v\b\.?(?:(?=\s+[A-ZĐÂĂÊÔƠƯ])()|\s*$())?")
ENDING = re.compile(r"\s*\./\.\s*$|\s*\.\s*/\s*\.\s*$")


NPK_SHARES = re.compile(
    r"\bNPK\s*(\()?\s*(\d{1,2})\s*([:\-–.])\s*(\d{1,2})\s*\3\s*(\d{1,2})(?!\d|[.,:\-]\d)(?(1)\s*\))"
)


def _subnumbered(m: re.Match[str]) -> str:
    """Only before a capital: «2.1. Đăng ký» is a point, «6.1 ha» is a quantity."""
    if not m.string[m.end() : m.end() + 1].isupper():
        return m.group(0)
    return f"{read_int(int(m.group(1))).capitalize()} chấm {read_int(int(m.group(2)))}, "


_VESSEL_BEFORE = re.compile(r"(?i)\b(?:tàu|tàu cá|thuyền)\s+$")


def _hyphen_before_number(m: re.Match[str]) -> str:
    word, number, code_tail = m.group(1), m.group(2), m.group(3)
    if roman_to_int(word) and len(number) == 4:
        return m.group(0)
    before = m.string[max(0, m.start() - 2) : m.start()].strip()[-1:]
    if (word in SYMBOL_UNITS or word in LAND or word == "đồng") and before.isdigit():
        return m.group(0)  # «300 kg-350 kg», «5 ha-7 ha»: a unit after a number, then a range
    if len(number) >= 4 and _VESSEL_BEFORE.search(m.string[max(0, m.start() - 12) : m.start()]):
        return m.group(0)  # «tàu BN-0629»: a boat's number (domain.BOAT_NAMED reads it)
    if word.isupper() and code_tail:
        return m.group(0)
    if word.isupper() and number.startswith("0") and len(number) <= 4:
        return f"{word} {' '.join(number)}"  # «gói thầu XL-01»: «ích e lờ không một»
    if len(word) == 1 and word.isupper():
        return f"{LETTERS.get(word, word)} {number}"  # «L-29NG»: a letter
    if len(word) <= 3 and not is_syllable(word) and m.string[m.end() : m.end() + 1].isupper():
        return f"{word.upper()} {number}"  # «máy tính fx-570MS»: a model's letters, typed small
    return f"{word} {number}"


def _unmarked_points(line: str) -> str:
    """«a) …, b) …» where «b)» follows a word: a point when it is the next letter."""
    marked = [m.group(2) for m in LIST_LETTER.finditer(line)]
    if not marked:
        return line

    def point(m: re.Match[str]) -> str:
        letter = m.group(1)
        before = [x for x in marked if x in ALPHABET]
        here = ALPHABET.find(letter)
        if here < 1 or ALPHABET[here - 1] not in before:
            return m.group(0)
        head = re.sub(r"\b[a-zđ]\)", "", line[: m.start()])
        if head.count("(") != head.count(")"):
            return m.group(0)  # inside a bracket: «(xem điểm b) Khoản 2»
        return f"; {letter}) "

    return _LETTER_AFTER_WORD.sub(point, line)


# «sau15 ngày», «vàtổ»-style typing: a Vietnamese word glued to the number after it; a word
# opening a sentence or a time too, of three letters or more, or «Từ» («Khoảng19h»; not
# «Na2SO4», nor a name's digits inside a sentence, «nick Lan88»: ``_glued_number``).
GLUED_NUMBER = re.compile(
    r"(?<![\w.])([a-zà-ỹđ]{2,7}|Từ|(?![a-zà-ỹđ])[^\W\d_][a-zà-ỹđ]{2,6})(?=\d)"
)


GLUED_AFTER_NUMBER = re.compile(
    r"(?<=\d)(?=(?:đến|tới|và|lúc|ngày|tấn|tạ|yến|lít|người|hộ|con|cây|đồng)(?![^\W\d_]))"
    r"|(?<=\d{4})(?=[A-ZĐ][a-zà-ỹđ])"  # «378,7tấn»: a unit in words glued to its number
)


# «thể tích 15L», «bình 20L», «1.5L»: litres in a capital L against the number (not a
# runway «11L/29R», a plate «51L-123.45», nor a code «12LX»)
GLUED_LITRES = re.compile(
    r"(?<![\w.,/])(\d+\.\d(?![\d.])|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)L(?![\w/\-–]|\.\d)"
)
# «100.000đèn», «12đèn»: a Vietnamese word glued to the number it counts (not a unit like «5kg»)
WORD_AFTER_NUMBER = re.compile(r"(?<![\w.,])(\d[\d.,]*)([a-zà-ỹđ]{2,7})(?![^\W\d_])")


def _word_after_number(m: re.Match[str]) -> str:
    number, word = m.group(1, 2)
    return f"{number} {word}" if is_syllable(word) and word not in SYMBOL_UNITS else m.group(0)


# Words that open a time anywhere: «Lịch cắt điện: Từ6h», «Sáng nay, Khoảng9h»
_TIME_CUES = frozenset(
    ("Từ", "Đến", "Khoảng", "Lúc", "Vào", "Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Ngày", "Sau")
)


def _glued_number(m: re.Match[str]) -> str:
    word = m.group(1)
    if not is_syllable(word) or word == "ha":  # «ha15»: a unit
        return word
    if word[0].isupper() and word not in _TIME_CUES:
        before = m.string[max(0, m.start() - 8) : m.start()].rstrip()[-1:]
        if before not in ("", ".", "!", "?", "("):
            return word  # «nick Lan88», «Mật khẩu: Hoa12345»: a name's digits, no new sentence
    return f"{word} "


_ANY_DIGIT = re.compile(r"\d")
HYPHEN_BEFORE_NUMBER = re.compile(r"(?<![\w.,])([^\W\d_][^\W_]*)-(\d+)(?=(-\d)?)")


def layout(line: str) -> str:
    """Line-level marks, before any number rule."""
    numbers = _ANY_DIGIT.search(line) is not None  # no rule below makes a digit
    if "/" in line:
        line = ENDING.sub(".", line)
    line = line.replace("_", " ")  # «kỳ họp 4_NQ»: a file name's joiner, never said
    if "/v" in line or "/V" in line:  # «Công văn số 60/2020 V/v …»: «về việc», no volt
        line = ABOUT.sub("về việc", line)
    if ")" in line and _ROMAN_ITEM_HINT.search(line):
        line = _roman_items(line)
    line = BULLET.sub("", line)
    if numbers:
        line = GLUED_NUMBER.sub(_glued_number, line)
        line = re.sub(r"(?<=[^\W\d_]),(?=\d)", ", ", line)  # «7 bộ,16 họ»: a list
        # «01/05/2021đến», «19/04/2019Hết hiệu lực»: a number glued to the word after it
        line = GLUED_AFTER_NUMBER.sub(" ", line)
        line = WORD_AFTER_NUMBER.sub(_word_after_number, line)
        if "L" in line:
            line = GLUED_LITRES.sub(r"\1 l", line)
        if "NPK" in line:  # «NPK(20:20:15)», «NPK 16-16-8»: the three shares, listed
            line = NPK_SHARES.sub(
                lambda m: f"NPK {m[2]}, {m[4]}, {m[5]}{',' if m[1] else ''}", line
            )
        if "/" in line:  # «giỏi/ khá/ trung bình … là 67,33/ 25,98/ 5,70/ 0,99»: a list
            line = DECIMALS_BY_SLASHES.sub(_listed, line)
        if "%" in line:  # «16%P2O5»: a per cent glued to what it is of
            line = re.sub(r"(?<=\d%)(?=[^\W\d_])(?!o\b)", " ", line)  # not «4%o», per mille
    if ".." in line or "…" in line:  # «đến...11 lần»: an ellipsis glued to the number after it
        line = re.sub(r"(\.{2,}|…)(?=\d)", r"\1 ", line)
    if " & " in line:  # «Sở NN & PTNT»: the table's «NN&PTNT» typed with spaces
        line = re.sub(r"(?<![\w&])([A-ZĐ]{1,5}) & ([A-ZĐ]{2,6})(?![\w&])", r"\1&\2", line)
    if "&" in line:  # «2 ngày 10&11.6»: between numbers, «và», before the day rules
        line = re.sub(r"(?<=\d)\s?&\s?(?=\d)", " và ", line)
    if " 2" in line or " 3" in line:  # «cá/m 2», «1000 m 3»: an exponent typed apart
        line = re.sub(
            r"(?<=[\d/] )(m|cm|km)\s([23])(?!\w|[.,]\d)|(?<=/)(m|cm|km)\s([23])(?!\w|[.,]\d)",
            lambda m: (m.group(1) or m.group(3)) + (m.group(2) or m.group(4)),
            line,
        )
    if "Φ" in line or "φ" in line or "Ø" in line:  # «thép Φ14»: a bar's diameter
        line = re.sub(r"[Φφ∅Ø]\s?(?=\d)", "phi ", line)
    if " -" in line:  # «Covid -19»: a hyphen typed apart, no minus
        line = COVID_SPACED.sub(r"\1-", line)
    if "- " in line:  # «ngành GD- ĐT»: a compound abbreviation typed with a stray space
        line = re.sub(r"(?<![\w\-])([A-ZĐ]{2,4})-\s+(?=[A-ZĐ]{2,4}(?![\w\-]))", r"\1-", line)
    if "v.v" in line:  # «múa dân tộc.v.v. Các …»: «vân vân», the sentence's end kept
        line = ETC.sub(lambda m: " vân vân" + ("." if m.lastindex else ""), line)
    if "tô" in line:  # «ôtô», «môtô»: the old joined spelling
        line = re.sub(r"\b([ÔôMm]ô?)tô\b", lambda m: f"{m.group(1)} tô", line)
    if "[" in line:
        line = CITATION.sub("", line)
    if "BĐ" in line:
        line = ALARM_SPAN.sub(" đến ", line)
    if ")" in line:
        line = _unmarked_points(line)
        line = LIST_LETTER.sub(lambda m: f"{m.group(1)}{LETTERS[m.group(2).upper()]}, ", line)
    if numbers and ":" in line:  # «pha loãng 1:33», «tỷ lệ 1:25»: a ratio, not a clock time
        line = RATIO_AFTER_WORD.sub(r"\1 \2 trên \3", line)
    if numbers and "(" in line:
        line = DATE_IN_PARENS.sub(r"\1 \2", line)
        line = DAY_DATE_IN_PARENS.sub(r"\1, ngày \2,", line)
    if numbers and any(f"{word}," in line.lower() for word in ("nay", "qua", "mai", "sau")):
        line = DAY_DATE_IN_COMMAS.sub(r"\1, ngày \2", line)
    if "Ngày" in line:
        line = NAMED_DAY_DATE.sub(r"\1, ngày \2,", line)
    if "-" in line or "–" in line:
        line = ONE_PROVINCE.sub("Thừa Thiên Huế", line)  # one place, not «từ Thừa Thiên đến Huế»
        line = PLACE_RANGE.sub(r"\1 đến ", line)
        line = SAME_WORD_RANGE.sub(r"\1 đến ", line)
        if numbers:
            line = MONTH_YEAR_RANGE.sub(r"\1 đến ", line)
    if numbers:
        line = SUBNUMBERED.sub(_subnumbered, line)
        line = NUMBERED.sub(lambda m: f"{read_int(int(m.group(1))).capitalize()}, ", line)
    line = read_comparisons(line, numbers)
    # Covid-19, F-35; not 7h-11h or 20km-30km (a word that starts with a number), nor
    # «quý IV-2019» (a Roman numeral, then a year) or «VD-24891-16» (a code)
    if numbers and "-" in line:
        line = HYPHEN_BEFORE_NUMBER.sub(_hyphen_before_number, line)
    return line


# (pattern, replacement, characters or strings without which the rule has nothing to do;
# the latter kept as one pattern, looked for in a single pass)
_TIDY: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...] = tuple(
    (re.compile(pattern), repl, re.compile("|".join(map(re.escape, trigger))) if trigger else None)
    for pattern, repl, trigger in (
        (r"\s*[°º]\s*C\b", " độ C", "°º"),
        (r"[°º]", " độ ", "°º"),
        (r"&", " và ", "&"),
        (r"\+", " cộng ", "+"),
        (r"=", " bằng ", "="),
        (r"\s*[|\t]\s*", ", ", "|\t"),  # a table's cell border: a pause between cells
        (r"(?<=\S)\s+[•●■▪►◦]+\s*(?=\S)", ", ", "•●■▪►◦"),  # a bullet inside a line: a pause
        (r"“([^”″\n]*)″", r"“\1”", "″"),  # «“… giật cấp 15″»: a closing quote typed as seconds
        # «″áp dụng … xác thực″»: double primes as quotes, the first opening a word (not
        # «55″ và 65″», inches left and seen)
        (r"(?<![^\s(])″(?=\w)([^″“”\n]*)″", r"“\1”", "″"),
        (r"[“”\"«»*•●■▪►◦#_~^{}\[\]<>@\\$®™©]", " ", ""),
        (r"[‘’`´′]", "'", "‘’`´′"),
        (r"'", " ", "'"),
        (r"\s*\(\s*", ", ", "("),
        (r"\s*\)\s*", ", ", ")"),
        (r"(?<=[.!?])\s*[–—-]+\s+", " ", "–—-"),  # «hợp lệ. – Đồng hồ»: a dash opening a point
        (r"\s*[–—]\s*", ", ", "–—"),
        (r"\s+-\s+|\s+-(?=\s|$)|(?<=\s)-(?=\w)|^-\s*", ", ", "-"),
        (r"(?<=[a-zà-ỹđ])-\s+(?=[a-zà-ỹđ])", " ", "-"),  # «xi- lanh»: a word broken at a line end
        (r"(?<=\w)-\s+", ", ", "-"),  # «Hà Nội- Hải Phòng»: a dash typed without its space
        (r"(?<!\w)-+|-+(?!\w)", ", ", "-"),  # any other dash beside a mark: a pause
        # «LY006… được trồng», «Tày, Nùng, Dao…), hơn …»: a pause
        (r"(?:\.{2,}|…)(?=\s+[a-zà-ỹđ]|\s*[,;:])", ",", ("..", "…")),
        (r"\.{2,}|…", ".", ("..", "…")),
        (r"\s*/\s*", ", ", "/"),
        (r"%", " phần trăm ", "%"),  # «93,45%KH»: a word glued after the sign
        (r"[ \t]+", " ", ("  ", "\t")),  # a single space stays as it is
        (r"\s+(?=[,.;:!?])", "", ""),
        (r"([,;:])(?=[^\s,.;:!?])", r"\1 ", ""),
        (r"([,;:])(?:\s*[,;:])+", r"\1", ""),
        (r"[,;:]\s*(?=[.!?])", "", ""),
    )
)
_SENTENCE = re.compile(r"([.!?]\s+)([^\W\d_])")


# Marks no rule reads: emoji and pictographs (often a bullet: «☝️Đối tượng …»), dingbats,
# variation selectors and joiners, reference marks. Nothing a synthesizer should name.
_UNSAID_CATEGORIES = frozenset(("So", "Sk", "Sm", "Sc", "Cf", "Me"))  # not Co: doubt marks
_UNSAID_MARKS = frozenset("※¶†‡§·")


def _unsaid(c: str) -> bool:
    if c in _UNSAID_MARKS:
        return True
    if c.isascii() or c in "°º‰":
        return False
    # combining marks stay: a decomposed tone mark is part of its letter
    return unicodedata.category(c) in _UNSAID_CATEGORIES or c in "\ufe0e\ufe0f\u20e3"


# Letters and marks that are never dropped: a line made of them alone needs no look at each.
_SAID = frozenset(
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
    "–—…“”‘’«»°"
)
_SAID |= frozenset(c.upper() for c in _SAID)


def drop_unsaid(text: str) -> str:
    if text.isascii() or all(c.isascii() or c in _SAID for c in set(text)):
        return text
    return "".join(" " if _unsaid(c) else c for c in text)


def _trim(text: str) -> str:
    """No pause or space at the ends; a full stop stays at the end, not at the start."""
    start, end = 0, len(text)
    while start < end and (text[start] in ",.;:" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in ",;:" or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def tidy(text: str) -> str:
    """Symbols to pauses or words; spacing and punctuation the synthesizer reads well."""
    text = drop_unsaid(text)
    for pattern, repl, trigger in _TIDY:
        if trigger is None or trigger.search(text):
            text = pattern.sub(repl, text)
    text = _trim(text)
    text = _SENTENCE.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text.strip()


# Two capitals in a row: what a run of two capitalised words (``_RUN``) needs.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x2500)) if c.isupper() and c.isalpha())
_TWO_UPPER = re.compile(f"[{_UPPER}]{{2}}")
# A word in capitals: ``run`` below changes a run only if it holds two of them, so a line
# with fewer than two is left as it is without the run pass.
_CAPS_WORD = re.compile(f"(?<!\\w)[{_UPPER}]{{2,}}(?!\\w)")
_WORD = re.compile(r"(?<![\w&\-/])[^\W\d_]{2,}(?![\w&\-/]|\.\w)")
_RUN = re.compile(r"(?<![\w&\-/.])[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})+(?![\w&\-/]|\.\w)")


def _keep(word: str, table: Container[str]) -> bool:
    return word in table or roman_to_int(word) is not None or not is_syllable(word)


def _headline_word(word: str, table: Container[str]) -> bool:
    """In a capitals line, a syllable is a word (even «ĐA» in «ĐA DẠNG»); acronyms stay."""
    if roman_to_int(word) is not None or (word in table and len(word) >= 3):
        return False
    return bool(is_syllable(word))


def is_caps_line(line: str) -> bool:
    letters = sum(map(str.isalpha, line))
    if letters < 8:
        return False
    return sum(map(str.isupper, line)) / letters > 0.85


def read_caps(line: str, table: Container[str]) -> str:
    if is_caps_line(line):
        out = _WORD.sub(
            lambda m: (
                m.group(0)
                if not m.group(0).isupper() or not _headline_word(m.group(0), table)
                else m.group(0).lower()
            ),
            line,
        )
        return re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), out)

    def run(m: re.Match[str]) -> str:
        words = m.group(0).split()
        caps = [w.isupper() and not _keep(w, table) for w in words]
        if sum(caps) < 2:
            return m.group(0)
        return " ".join(w.capitalize() if c else w for w, c in zip(words, caps, strict=True))

    if not _TWO_UPPER.search(line) or len(_CAPS_WORD.findall(line)) < 2:
        return line
    return _RUN.sub(run, line)
