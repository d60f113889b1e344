"""What the rules left for the synthesizer to guess, shown to the operator as doubts.

After every rule has run, these are still guesses in a line, and the operator should see
them before air:

- a slash between two words, which the synthesizer can only take as a pause
  («đồng/lượng» → «đồng, lượng»: per tael, or a list?);
- a spaced dash between two names («Vu Gia - Thu Bồn»: one river's name, or from one place
  to another?), which the synthesizer takes as a pause;
- a single consonant letter standing alone («phụ lục b»), which is no Vietnamese word;
- a word in Latin letters that is no Vietnamese syllable and no entry of the abbreviation
  table («SrePok», «Asia»): the synthesizer reads it the way it guesses;
- a word with Vietnamese letters that is no syllable: words typed glued («dâyăngten»), a
  typo («Nguồl»), a name of the highlands («Krông»).

Before the number rules, ``flag_odd_numbers`` notes number shapes no rule can read right
because the page mistyped them: a date with a three-digit year («24-3-219»), a doubled
slash («1/8//2013», «đồng//kg»), a day or month out of range in a full date («32/13/2024»),
two decimal commas («21,096,4»), a comma before the year («28/8,2020»), thousands that lost
or gained a digit («133.00 đồng», «16.8000 đồng»), a plate with masked digits («98H-066.xx»),
a clock time that is none («25h99»), and three digits after a comma, which may be thousands
grouped the English way («2,083»).
They are read as best the rules can, and shown.

The text itself is not changed here (the slash becomes a pause in ``tidy``, the word is
left as written); each span is noted in the doubt log so that «Máy sẽ đọc là» and
``text check`` list it with the reading chosen.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Set

from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.context import ADMIN_WORDS, THOUSANDS_AFTER
from broadcaster.speech.textnorm.daywords import valid_day
from broadcaster.speech.textnorm.doubts import FOREIGN, MISTYPED, NUMBER, ODD, SYMBOL, DoubtLog
from broadcaster.speech.textnorm.numbers import read_digits, read_int
from broadcaster.speech.textnorm.syllables import is_syllable, spelled_as_loanword
from broadcaster.speech.textnorm.unitnames import PER_HEAD, SYMBOL_UNITS

WORD_SLASH = re.compile(r"(?<![\w/])([^\W\d_]+)\s*/\s*([^\W\d_]+)(?![\w/])")
LIST_PAIRS = frozenset({("gia", "vùng"), ("nước", "vùng")})  # «quốc gia/vùng lãnh thổ»
_NOT_DOUBTFUL = frozenset({("và", "hoặc"), ("ngày", "tháng"), ("tháng", "năm"), *LIST_PAIRS})
# «xã/phường», «anh/chị»: either of two of a kind, a list as the pause says.
LIST_WORDS = ADMIN_WORDS | frozenset(["anh", "chị", "ông", "bà", "cô", "chú", "em"])
# «ghe/tàu», «bể/bồn»: vessels or tanks, either (never one of each: «2 bình/tàu» is per boat)
_OF_A_KIND = (
    LIST_WORDS,
    frozenset(("ghe", "thuyền", "tàu", "xuồng", "lan", "tiện")),  # «xà lan», «phương tiện»
    frozenset(("bể", "bồn", "téc", "lu", "bình", "can")),
    frozenset(("chai", "lọ", "ống", "tuýp", "hũ")),  # «10 chai/lọ» (not «24 chai/thùng»)
    frozenset(("nhóm", "loại", "chủng", "hạng", "dòng")),  # «20 nhóm/loại hàng hóa»: sorts
    frozenset(("bang", "vùng")),  # «6 bang/vùng» of a country abroad (not «10 tỉnh/vùng»)
)


def of_a_kind(first: str, second: str) -> bool:
    """Two words of one kind joined by a slash: either, a list («xã/phường», «ghe/tàu»)."""
    return any(first in kind and second in kind for kind in _OF_A_KIND)


_CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ"
NAME_DASH = re.compile(rf"(?<![\w.])([{_CAP}][a-zà-ỹđ]+)\s+[-–]\s+([{_CAP}][a-zà-ỹđ]+)")
# Words that open a sentence after a dateline's dash («Hà Nội - Sáng nay …»).
_OPENER_WORDS = """
    Theo Ngày Sáng Trưa Chiều Tối Đêm Hôm Sau Trong Tại Từ Với Để Đây Các Những Một Ông Bà
    Anh Chị Thực Hiện Trước Khi Nhằm Ngoài
"""
_OPENERS = frozenset(_OPENER_WORDS.split())
# «xã Tam Xuân I», «Hòa Tú I»: a capital I left after a name may be the numeral one.
LONE_ROMAN_ONE = re.compile(r"(?<=[^\W\d_] )I(?![\w\-'’.])")
LONE_LETTER = re.compile(r"(?<![\w\-'’.])([bcdđghklmnpqrstvx])(?![\w\-'’])")
# «Mercedes-Benz»: names joined by a hyphen are words too (a digit after it is a code).
LATIN_WORD = re.compile(r"(?<![\w'’])(?<!\d-)([A-Za-z]{3,})(?![\w'’]|-\d)")
# A word with Vietnamese letters that is no syllable: «dâyăngten», «Têngóicước» (words typed
# glued, three or more), «trămkhông», a name of the highlands («Krông»).
# (Not beside a hyphen: a noted word there would turn the hyphen into a pause.)
ODD_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*)(?![\w'’-])")
# Where a reading some rule already noted opens, and where it closes.
_MARK_EDGE = re.compile(r"[\U000F0000-\U000FFFFD\ue001]")


ODD_NUMBER = re.compile(
    r"(?<![\w.,/\-])(?:"
    r"\d{1,2}([-/.])\d{1,2}\1\d{3}"  # a year of three digits
    r"|\d{1,2}/\d{1,2}//+\d{2,4}|\d{1,2}//+\d{1,2}(?:/\d{2,4})?"  # a doubled slash
    r"|\d{1,3},\d{3},(?!\d{3}(?!\d))\d+"  # two decimal commas (not thousands)
    r"|(\d{1,2})([/.])(\d{1,2})\3(?:19|20)\d\d"  # a full date, checked below
    r"|\d{1,2}/\d{1,2},(?:19|20)\d\d"  # a comma before the year
    r"|\d{1,3}\.\d{2}(?=\s*(?:đồng|đ)\b)"  # thousands that lost a digit: «133.00 đồng»
    r"|\d{1,3}\.\d{4}(?=\s*(?:đồng|đ)\b)"  # or gained one: «16.8000 đồng»
    r"|(\d{2})([A-Z]{1,2}\d?)-(\d{3})\.[xX]{2}"  # a plate with its last digits masked
    r"|((?:2[5-9]|[3-9]\d)h\d\d|\d{1,2}h[6-9]\d)"  # a clock time that is none: «25h99»
    r")(?![\w/\-]|[.,]\d)"
)
DOUBLED_SLASH = re.compile(r"([^\W\d_]+)//+([^\W\d_]+)")  # «đồng//kg»
# «2,083 lượt xem», «5,550-5,600 USD/thùng»: three digits after a comma may be a decimal or
# thousands grouped the English way; read as a decimal, shown. Not before a scale word
# («1,888 tỷ USD» is a decimal) nor a price in đồng (read as thousands), not «0,123». Its
# unit is read with it: «43,697 ha», «64,611 USD/thùng» (not a holder: «USD/người»).
COMMA_THOUSANDS = re.compile(
    r"(?<![\w.,/\-])[1-9]\d{0,2},(?!000)\d{3}(?:\s*[-–]\s*\d{1,3},\d{3})?"
    rf"(?:\s?(?:ha|km2|m2|m3|km|kg|tấn|m|USD(?:/(?!{PER_HEAD})[^\W\d_]+)?)(?![\w²³/]))?"
    # «6,935/7,085 km»: a part of a total, read with «trên»; «5,806 ha, địa điểm»: a comma
    # after the unit closes the clause
    r"(?![\w]|(?<=\d),|\.\d|\s*/\s*\d)"
    rf"(?!\s*(?:[-–]\s*\d{{1,3}},\d{{3}}\s*)?(?:nghìn|ngàn|triệu|tỷ|tỉ|{THOUSANDS_AFTER})\b)"
)
_COMMA_HINT = re.compile(r"\d,\d\d\d")
# «đạt 41, 7%», «chiếm 82, 44%»: a decimal comma typed with a space after it, a share right
# after the verb that gives it (not «lớp 5, 65% học sinh», «ngày 7/9, 40% khách hàng»; not
# two shares, ``_spaced_decimal``). Read as the decimal, shown.
SPACED_DECIMAL = re.compile(
    r"(?i:(?<=\bđạt )|(?<=\bchiếm )|(?<=\bbằng )|(?<=\bkhoảng ))(\d{1,3}), (\d{1,2})\s?%"
)
_VIEWS_BEFORE = re.compile(r"(?i)lượt xem\s*:?\s*$")  # a page's counter: thousands


def _spaced_decimal(m: re.Match[str], log: DoubtLog) -> str:
    """«đạt 41, 7%» is a decimal; «đạt 95, 97%», «khoảng 20, 30%» (the second larger) and
    «lần lượt đạt 82, 44%» are two shares."""
    whole, part = m.group(1), m.group(2)
    before = m.string[max(0, m.start() - 20) : m.start()].lower()
    if int(part) >= int(whole) or "lần lượt" in before:
        return m.group(0)
    return log.note(m.group(0), f"{whole},{part}%", MISTYPED)


def _on_the_calendar(day: int, month: int, year: int) -> bool:
    return valid_day(day, month) and day <= calendar.monthrange(year, month)[1]


def flag_odd_numbers(text: str, doubts: DoubtLog | None) -> str:
    """Note mistyped number shapes (the reading is whatever the later rules make of them)."""
    if doubts is None:
        return text
    log = doubts

    def odd(m: re.Match[str]) -> str:
        if m.group(8):
            hour, minute = m.group(8).split("h")
            reading = f"{read_int(int(hour))} giờ {read_int(int(minute))}"
            return log.note(m.group(0), reading, MISTYPED)
        if m.group(2) and _on_the_calendar(int(m.group(2)), int(m.group(4)), int(m.group(0)[-4:])):
            return m.group(0)  # a date that exists («31/02/2025», «29/02/2023» do not)
        if m.group(5):  # «98H-066.xx»: read what is shown, the hidden digits as letters
            province, series, serial = m.group(5, 6, 7)
            reading = (
                f"{read_int(int(province))} {spell(series)}, {read_digits(serial)} chấm ích ích"
            )
            return log.note(m.group(0), reading, MISTYPED)
        return log.note(m.group(0), m.group(0), MISTYPED)

    if "//" in text:
        text = DOUBLED_SLASH.sub(
            lambda m: log.note(m.group(0), "/".join(m.groups()), MISTYPED), text
        )
    if ", " in text and "%" in text:
        text = SPACED_DECIMAL.sub(lambda m: _spaced_decimal(m, log), text)
    if "," in text and _COMMA_HINT.search(text):
        text = COMMA_THOUSANDS.sub(
            lambda m: (
                m.group(0)
                if _VIEWS_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()])
                else log.note(m.group(0), m.group(0), NUMBER)
            ),
            text,
        )
    return ODD_NUMBER.sub(odd, text)


def flag_leftovers(
    text: str, doubts: DoubtLog | None, known: Callable[[], Set[str]] = frozenset
) -> str:
    """Note each leftover guess in ``doubts`` (wrapped as a doubt); nothing without a log.
    ``known()``: the words the tables' own readings use («u nét xcô», «mi crô gam»), no
    guess (asked only when a word is no syllable)."""
    if doubts is None:
        return text
    log = doubts
    if "/" in text:

        def slash(m: re.Match[str]) -> str:
            pair = (m.group(1).lower(), m.group(2).lower())
            if pair in _NOT_DOUBTFUL or of_a_kind(*pair):
                return m.group(0)
            return log.note(m.group(0), f"{m.group(1)}, {m.group(2)}", SYMBOL)

        text = WORD_SLASH.sub(slash, text)

    if "-" in text or "–" in text:

        def dash(m: re.Match[str]) -> str:
            if m.group(2) in _OPENERS:
                return m.group(0)
            return log.note(m.group(0), f"{m.group(1)}, {m.group(2)}", SYMBOL)

        text = NAME_DASH.sub(dash, text)
    text = LONE_LETTER.sub(lambda m: log.note(m.group(1), m.group(1), FOREIGN), text)
    if " I" in text:
        text = LONE_ROMAN_ONE.sub(
            lambda m: log.note("I", "I", NUMBER) if _after_a_name(m) else "I", text
        )

    words = LATIN_WORD.findall(text)

    def loan_or_said(word: str) -> bool:
        return _plain_word(word) or word in known()

    def said(word: str) -> bool:  # «héc tô pát xcan»: a unit's own reading, no guess
        return _said(word) or word in known()

    odd = not text.isascii() and _any_word(text, lambda word: not loan_or_said(word))
    if not odd and all(map(said, words)):
        return text  # no word to note: no pass that calls back for each
    foreign = _unless_noted(text, said, lambda word: log.note(word, word, FOREIGN))
    text = LATIN_WORD.sub(foreign, text)
    if odd:
        strange = _unless_noted(text, loan_or_said, lambda word: log.note(word, word, ODD))
        text = ODD_WORD.sub(strange, text)
    return text


def said_words(table: tuple[tuple[str, str], ...], own: Mapping[str, str]) -> frozenset[str]:
    """The words of the table's readings (``Expander.table``), of a segment's own readings
    and of the units' names: said as written on purpose («u nét xcô», «mi crô gam»), never a
    leftover guess."""
    extra = [w for said in own.values() for w in _WORDS(said)]
    return _table_words(table).union(extra)


@functools.lru_cache(maxsize=8)
def _table_words(table: tuple[tuple[str, str], ...]) -> frozenset[str]:
    readings = (*(said for _, said in table), *SYMBOL_UNITS.values())
    return frozenset(w for said in readings for w in _WORDS(said))


_WORDS = re.compile(r"[^\W\d_]+").findall


def _any_word(text: str, strange: Callable[[str], bool]) -> bool:
    """Whether a word with a letter no ASCII one is ``strange``. The tokens between spaces
    already found plain (syllables, loanwords, ASCII) are taken off in one set difference;
    only the few others are looked at."""
    tokens = text.split()
    if _PLAIN.issuperset(tokens):
        return False
    for token in set(tokens) - _PLAIN:
        if token.isascii() or all(map(_plain_word, _WORDS(token))):
            if len(_PLAIN) < 200_000:  # remembered, within bounds
                _PLAIN.add(token)
            continue
        if any(not word.isascii() and strange(word) for word in _WORDS(token)):
            return True
    return False


_PLAIN: set[str] = set()


def _plain_word(word: str) -> bool:
    return word.isascii() or _said(word) or spelled_as_loanword(word)


def _said(word: str) -> bool:
    """A word the synthesizer says as it is: a syllable, or capitals (spelled before)."""
    return word.isupper() or is_syllable(word)


def _unless_noted(
    text: str, said: Callable[[str], bool], note: Callable[[str], str]
) -> Callable[[re.Match[str]], str]:
    """A callback that notes a word not ``said``, unless it is inside a reading an earlier
    rule already noted."""
    edges = [m.start() for m in _MARK_EDGE.finditer(text)]  # where noted readings open, close
    depths = list(itertools.accumulate(-1 if text[i] == "\ue001" else 1 for i in edges))

    def word(m: re.Match[str]) -> str:
        found = m.group(1)
        last = bisect.bisect_left(edges, m.start()) - 1  # the last edge before the word
        return found if said(found) or (last >= 0 and depths[last] > 0) else note(found)

    return word


def _after_a_name(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 40) : m.start()].split()  # the word before only
    return bool(before) and before[-1][:1].isupper()
