"""Script text → speakable Vietnamese, one rule at a time, in a fixed order.

The order is the grammar: the most specific number context claims its digits first, so no
later rule sees them — web addresses, then document numbers (``76/NQ-CP``), ambiguous
abbreviations that look at a number (``SN 1985``), dates, clock times, telephone numbers,
letter–digit codes, ordinals and Roman numerals, fractions, and last every quantity with its
unit. Abbreviations are expanded after the number rules, which need the letter codes intact;
punctuation is tidied at the very end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from broadcaster.speech.textnorm.abbreviations import expander_for, load_table, resolve_ambiguous
from broadcaster.speech.textnorm.clean import clean_text
from broadcaster.speech.textnorm.codes import read_codes, read_plates, spell_acronyms
from broadcaster.speech.textnorm.contacts import read_links, read_phones
from broadcaster.speech.textnorm.dates import read_dates, read_times
from broadcaster.speech.textnorm.docnumbers import read_doc_numbers
from broadcaster.speech.textnorm.numbers import DIGITS
from broadcaster.speech.textnorm.ordinals import read_ordinals
from broadcaster.speech.textnorm.punctuation import layout, read_caps, tidy
from broadcaster.speech.textnorm.units import read_quantities, read_ratios, read_units

_DIGIT = re.compile(r"\d")


def make_normalizer(
    station_abbreviations: Path | None = None, *, links: bool = True
) -> Callable[[str], str]:
    """A normalizer with the station's own abbreviations loaded once.

    ``links``: read web and e-mail addresses aloud (True) or leave them out (False).
    """
    expander = expander_for(load_table(station_abbreviations))
    keys = expander.keys
    expand = expander.expand

    def normalize_line(line: str) -> str:
        text = clean_text(line)
        text = read_links(text, links)
        text = layout(text)
        text = read_caps(text, keys)
        if _DIGIT.search(text):
            text = read_plates(text)
            text = read_doc_numbers(text, expand)
            text = resolve_ambiguous(text)
            text = read_dates(text)
            text = read_times(text)
            text = read_phones(text)
            text = read_codes(text)
            text = read_ordinals(text)
            text = read_ratios(text)
            text = read_quantities(text)
        else:
            text = resolve_ambiguous(text)
            text = read_ordinals(text)
        text = read_units(text)
        text = expand(text)
        text = spell_acronyms(text)
        text = _DIGIT.sub(lambda m: f" {DIGITS[int(m.group(0))]} ", text)  # anything left
        return tidy(text)

    return normalize_line


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
