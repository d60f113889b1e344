"""Script text → speakable Vietnamese, one rule at a time, in a fixed order.

The order is the grammar: the most specific number context claims its digits first, so no
later rule sees them — web addresses, then document numbers (``76/NQ-CP``), ambiguous
abbreviations that look at a number (``SN 1985``), dates, clock times, telephone numbers,
letter–digit codes, ordinals and Roman numerals, fractions, and last every quantity with its
unit. Abbreviations are expanded after the number rules, which need the letter codes intact;
punctuation is tidied at the very end.

``make_checker`` also reports what the rules were unsure of (``doubts.Doubt``): each rule
that guesses notes the span and the reading it chose. ``readings`` (a segment's own
overrides, span as written → reading) are put in place before any rule runs.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from broadcaster.speech.textnorm.abbreviations import station_expander
from broadcaster.speech.textnorm.acronyms import (
    read_bank_names,
    spell_acronyms,
    spell_class_letters,
)
from broadcaster.speech.textnorm.ambiguous import resolve_ambiguous
from broadcaster.speech.textnorm.ambiguous_people import OFFICE_ABBREVIATIONS
from broadcaster.speech.textnorm.bloodgroups import read_blood_groups
from broadcaster.speech.textnorm.clean import clean_text
from broadcaster.speech.textnorm.clock import read_times
from broadcaster.speech.textnorm.codes import read_airport_routes, read_codes, read_plates
from broadcaster.speech.textnorm.contacts import read_phones
from broadcaster.speech.textnorm.dates import read_dates
from broadcaster.speech.textnorm.definitions import read_definitions, read_echoes
from broadcaster.speech.textnorm.docnumbers import read_doc_numbers
from broadcaster.speech.textnorm.domain import read_domain_shapes
from broadcaster.speech.textnorm.doubts import Doubt, DoubtLog, has_marks, strip_marks, unmark
from broadcaster.speech.textnorm.highland import read_highland_names
from broadcaster.speech.textnorm.leftovers import flag_leftovers, flag_odd_numbers, said_words
from broadcaster.speech.textnorm.manymeanings import flag_many_meanings
from broadcaster.speech.textnorm.numbers import DIGITS
from broadcaster.speech.textnorm.ordinals import read_ordinals
from broadcaster.speech.textnorm.punctuation import layout, read_caps, tidy
from broadcaster.speech.textnorm.ratios import read_house_spans, read_ratios, read_slash_scores
from broadcaster.speech.textnorm.shortdates import expand_short_dates
from broadcaster.speech.textnorm.signs import read_signs
from broadcaster.speech.textnorm.sitenames import read_bylines
from broadcaster.speech.textnorm.syllables import is_syllable
from broadcaster.speech.textnorm.units import read_quantities, read_units
from broadcaster.speech.textnorm.vehicles import read_car_models, read_vehicle_codes
from broadcaster.speech.textnorm.weblinks import read_links

_DIGIT = re.compile(r"\d")


_SENTENCE_START = re.compile(r"([.!?]\s+)([^\W\d_])")


@dataclass(frozen=True)
class Normalized:
    """The spoken text and what was doubtful in it (positions in ``text``)."""

    text: str
    doubts: tuple[Doubt, ...] = ()


def _override_pattern(readings: Mapping[str, str]) -> re.Pattern[str] | None:
    keys = sorted((k for k in readings if k.strip()), key=len, reverse=True)
    if not keys:
        return None
    return re.compile(rf"(?<![\w.,/])({'|'.join(re.escape(k) for k in keys)})(?![\w]|[.,/]\d)")


# «PGS.TS», «Ths.BS», «GS.TSKH»: titles or offices joined by a dot, each in the table.
_TITLE = r"[A-ZĐ][A-Za-zĐđ0-9]{1,7}"
DOTTED_TITLES = re.compile(rf"(?<![\w.])({_TITLE}(?:\.{_TITLE})+)\b")


def _split_titles(m: re.Match[str], keys: frozenset[str]) -> str:
    """Each dot of the chain between two titles of the table is a pause, unless the pair is
    a table key itself («TP.HCM»)."""
    parts = m.group(1).split(".")
    said = parts[0]
    for head, tail in itertools.pairwise(parts):
        split = f"{head}.{tail}" not in keys and {head, f"{head}."} & keys and tail in keys
        if head in ("CT", "PCT") and tail in OFFICE_ABBREVIATIONS:
            split = False  # «CT.UBND»: the chairman of the office, read by its context rule
        said += (", " if split else ".") + tail
    return said


SPACED_AMPERSAND = re.compile(r"(?<![\w&])([A-ZĐ]{1,6})(?: &\s*|&\s+)([A-ZĐ]{1,6})(?![\w&])")
# «Sở GD - ĐT», «Sở TT – TT»: the table's «GD-ĐT» (or «GD&ĐT») typed with spaces round a dash
_SPACED = r"(?: [-–]\s*|[-–]\s+)"
# «LĐ - TB - XH»: up to three parts; the table's «LĐ-TB-XH» typed with spaces.
SPACED_DASH = re.compile(  # «LĐ - TB &XH», «LĐ-TB &XH»: the last part joined by an ampersand
    rf"(?<![\w&\-])([A-ZĐ]{{1,6}})(?:{_SPACED}|-(?=[A-ZĐ]{{1,6}}(?: &|& )))([A-ZĐ]{{1,6}})"
    rf"(?:(?:{_SPACED}|\s*&\s*)([A-ZĐ]{{1,6}}))?(?![\w&\-])"
)


def _joined(m: re.Match[str], keys: frozenset[str]) -> str:
    glued = m.group(0)[len(m.group(1)) : len(m.group(1)) + 2]  # the dash and what follows it
    if glued[:1] == "-" and not glued[1:].isspace() and m.lastindex != 3:
        return m.group(0)  # «PT-TH & Báo tỉnh»: a dash with no space joins only before «&XH»
    if m.lastindex == 3:
        first, second, third = m.group(1, 2, 3)
        for whole in (f"{first}-{second}-{third}", f"{first}-{second}&{third}"):
            if whole in keys:
                return whole
        rest = m.group(0)[m.end(2) - m.start() :]  # the third part as typed
    else:
        rest = ""
    for joiner in ("&", "-"):
        joined = f"{m.group(1)}{joiner}{m.group(2)}"
        if joined in keys:
            return joined + rest
    return m.group(0)


# «luật bhxh», «sản phẩm ocop»: a table's capitals typed in small letters (no syllable).
LOWER_CASE_ABBREVIATION = re.compile(r"(?<![\w@./\-])[a-zđ]{3,8}(?![\w@/\-]|\.\w)")
# Every word LOWER_CASE_ABBREVIATION finds is among these (found faster, with no look around).
_SMALL_LETTERS = re.compile(r"[a-zđ]{3,8}")


def _lower_case(m: re.Match[str], mapping: dict[str, str]) -> str:
    word = m.group(0)
    key = word.upper()
    if key not in mapping or not key.isupper() or is_syllable(word):
        return word
    return mapping[key]


REPEATED_IN_BRACKETS = re.compile(
    r"(?i)\b((?:[^\W\d_]+ ){1,7}[^\W\d_]+)\s*(?:\(\s*\1\s*\)|[-–]\s*\1\b)"
)

# Words that repeat without echoing: «hai mươi hai giờ (hai giờ)» is two amounts.
_AMOUNT_WORDS = frozenset(
    (
        *DIGITS,
        *("mười", "mươi", "mốt", "tư", "lăm", "trăm", "nghìn", "triệu", "tỷ", "linh", "lẻ"),
        "phẩy",
        *("giờ", "phút", "giây", "ngày", "tuần", "tháng", "tiếng"),
    )
)


def _drop_repeat(m: re.Match[str]) -> str:
    """An echo is dropped, but not the end of a longer amount said again: «hai mươi hai giờ
    (hai giờ)» are two amounts."""
    before = m.string[max(0, m.start() - 40) : m.start()].split()  # the word before only
    if (
        before
        and before[-1].lower() in _AMOUNT_WORDS
        and set(m.group(1).lower().split()) <= _AMOUNT_WORDS
    ):
        return m.group(0)
    return m.group(1)


# The first word after a bracket or a dash, which REPEATED_IN_BRACKETS needs said before it.
_AFTER_MARK = re.compile(r"[(\-–]\s*([^\W\d_]+)")


# More than thirty digits (dots, commas or slashes among them) are no amount an announcer
# reads as one number: said digit by digit (and Python will not turn 4,300 digits into an int).
_HUGE_NUMBER = re.compile(r"\d[\d.,/]{30,}")  # opens with a digit: a quick scan of the line


def _digit_by_digit(m: re.Match[str]) -> str:
    digits = [c for c in m.group(0) if c.isdigit()]
    return " ".join(digits) if len(digits) > 30 else m.group(0)


def _repeats_a_word(text: str) -> bool:
    low = text.lower()
    return any(m.group(1).lower() in low[: m.start()] for m in _AFTER_MARK.finditer(text))


def make_checker(
    station_abbreviations: Path | None = None,
    *,
    links: bool = True,
    readings: Mapping[str, str] | None = None,
) -> Callable[[str], Normalized]:
    """A line normalizer that also reports its doubts; the station's abbreviations are
    loaded once. ``links``: read web and e-mail addresses aloud (True) or leave them out."""
    expander = station_expander(station_abbreviations)
    keys = expander.keys
    expand = expander.expand
    own = dict(readings or {})
    overrides = _override_pattern(own)
    known = functools.cache(lambda: said_words(expander.table, own))  # seldom asked

    def check_line(line: str) -> Normalized:
        doubts = DoubtLog()
        text = clean_text(line)
        if has_marks(text):
            text = strip_marks(text)  # the doubt markers are the normalizer's own
        if len(text) > 30 and _HUGE_NUMBER.search(text):
            text = _HUGE_NUMBER.sub(_digit_by_digit, text)
        if overrides is not None:
            text = overrides.sub(lambda m: f" {own[m.group(1)]} ", text)
        text = read_links(text, links)
        text = read_definitions(text)
        text = read_highland_names(text, keys)
        text = read_echoes(text, keys, doubts)
        text = read_bylines(text, doubts)
        text = read_blood_groups(text)
        text = read_car_models(text)  # before the layout turns «BT-50» into «BT 50»
        text = layout(text)
        text = read_signs(text, doubts)
        text = read_domain_shapes(text, keys, doubts)
        text = read_airport_routes(text)  # «HAN-SGN»: before «HAN» is taken for a syllable
        text = read_caps(text, keys)
        if "&" in text:  # «GD &ĐT», «GD& ĐT»: the table's «GD&ĐT» typed with a space
            text = SPACED_AMPERSAND.sub(lambda m: _joined(m, keys), text)
        if " -" in text or "- " in text or "–" in text or ("&" in text and "-" in text):
            text = SPACED_DASH.sub(lambda m: _joined(m, keys), text)
        if "." in text:  # «PGS.TS», «ThS.BS.CK2»: before a code rule reads «CK2»
            text = DOTTED_TITLES.sub(lambda m: _split_titles(m, keys), text)
        if _DIGIT.search(text):
            text = expander.split_glued_counts(text)  # «3HCĐ»
            text = read_vehicle_codes(text)  # after read_caps: small letters hide a headline
            text = expander.expand_numbered(text)
            text = flag_odd_numbers(text, doubts)
            text = resolve_ambiguous(text)  # «BS 64E1-612.37»: before the plate is read
            text = read_plates(text)
            text = read_doc_numbers(text, expand)
            text = read_house_spans(text)
            text = read_slash_scores(text)
            text = expand_short_dates(text, doubts)
            text = read_dates(text, doubts)
            text = read_times(text)
            text = read_phones(text)
            text = read_codes(text, doubts)
            text = read_ordinals(text)
            text = read_ratios(text, doubts)
            text = read_quantities(text, doubts)
        else:
            text = resolve_ambiguous(text)
            text = read_ordinals(text)
        text = read_units(text)
        text = spell_class_letters(text)
        text = read_bank_names(text)  # before the table: «HD Bank»
        text = flag_many_meanings(text, expander.mapping, doubts)
        text = expand(text)
        if not expander.lowered.isdisjoint(_SMALL_LETTERS.findall(text)):
            text = LOWER_CASE_ABBREVIATION.sub(lambda m: _lower_case(m, expander.mapping), text)
        # «Tổ chức Y tế thế giới (WHO)», «… - WHO»: words repeating those right before
        if ("(" in text or "-" in text or "–" in text) and _repeats_a_word(text):
            text = REPEATED_IN_BRACKETS.sub(_drop_repeat, text)
        text = spell_acronyms(text, doubts)
        text = _DIGIT.sub(lambda m: f" {DIGITS[int(m.group(0))]} ", text)  # anything left
        text = flag_leftovers(text, doubts, known)
        text, found = unmark(tidy(text), doubts)
        # A marked reading at a sentence start escaped tidy's capital letter.
        text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
        return Normalized(text, tuple(found))

    return check_line


def make_normalizer(
    station_abbreviations: Path | None = None, *, links: bool = True
) -> Callable[[str], str]:
    """A normalizer with the station's own abbreviations loaded once.

    ``links``: read web and e-mail addresses aloud (True) or leave them out (False).
    """
    check_line = make_checker(station_abbreviations, links=links)
    return lambda line: check_line(line).text


def normalize_lines(
    lines: Iterable[str], station_abbreviations: Path | None = None, *, links: bool = True
) -> list[str]:
    """One output line for each input line, same order (for ``text normalize``)."""
    normalize_line = make_normalizer(station_abbreviations, links=links)
    return [normalize_line(line) for line in lines]


def normalize_text(
    text: str, station_abbreviations: Path | None = None, *, links: bool = True
) -> str:
    return "\n".join(
        normalize_lines(clean_text(text).split("\n"), station_abbreviations, links=links)
    )


def check_text(
    text: str,
    station_abbreviations: Path | None = None,
    *,
    links: bool = True,
    readings: Mapping[str, str] | None = None,
) -> Normalized:
    """The whole text as it will be spoken, with each doubt placed in it."""
    return check_lines(make_checker(station_abbreviations, links=links, readings=readings), text)


def check_lines(check_line: Callable[[str], Normalized], text: str) -> Normalized:
    """A text line by line with one checker (loaded once for many texts)."""
    lines: list[str] = []
    doubts: list[Doubt] = []
    offset = 0
    for line in clean_text(text).split("\n"):
        result = check_line(line)
        doubts += [
            Doubt(d.span, d.reading, d.kind, d.start + offset, d.end + offset)
            for d in result.doubts
        ]
        lines.append(result.text)
        offset += len(result.text) + 1
    return Normalized("\n".join(lines), tuple(doubts))
