"""Abbreviations a bulletin defines itself: «xâm nhập mặn (XNM)», then «XNM tăng cao».

A writer who coins an abbreviation spells it out once, with the letters in brackets after
the words they stand for. When the initials of the words just before the brackets are the
letters («báo động (BĐ)», «Sở Nông nghiệp và Môi trường (NNMT)» — «và» may be left out or
written «&»), the bracket is dropped and every later use in the same text is read as those
words: ``BĐ2`` → «báo động 2», ``Sở NNMT`` → «Sở Nông nghiệp và Môi trường». Runs before
every other rule, so a defined abbreviation wins over the table and over letter–digit codes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

_DEFINED = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ&]{1,7})\s*\)")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_EXTRA = 3  # words besides one per letter: «và», and a little slack


def _initials(words: list[str], ampersand: bool) -> str:
    out = []
    for w in words:
        if w.lower() == "và":
            out.append("&" if ampersand else "")
        else:
            out.append(unicodedata.normalize("NFD", w[0])[0].upper())  # «Ủy» → U
    return "".join(out)


def defined_words(before: str, abbreviation: str) -> str | None:
    """The words at the end of ``before`` whose initials spell ``abbreviation``, or None."""
    letters = len(abbreviation.replace("&", ""))
    tail = before[-120:]
    words = list(_WORD.finditer(tail))
    ampersand = "&" in abbreviation
    for k in range(letters, min(len(words), letters + _MAX_EXTRA) + 1):
        chosen = words[-k:]
        # Only the words right before the bracket: nothing but spaces, hyphens and commas
        # between («thất thoát, thất thu (TTTT)»).
        gaps = [tail[a.end() : b.start()] for a, b in itertools.pairwise(chosen)]
        if any(g.strip(" -,") for g in gaps) or tail[chosen[-1].end() :].strip():
            return None
        if _initials([w.group(0) for w in chosen], ampersand) == abbreviation:
            return tail[chosen[0].start() :]
    return None


def read_definitions(text: str) -> str:
    """Drop each defining bracket and read the abbreviation's later uses as its words."""
    if "(" not in text:
        return text
    defined: dict[str, str] = {}

    def drop(m: re.Match[str]) -> str:
        abbreviation = m.group(1)
        words = defined_words(text[: m.start()], abbreviation)
        if words is None:
            return m.group(0)
        defined.setdefault(abbreviation, words)
        return " "

    text = _DEFINED.sub(drop, text)
    for abbreviation, words in defined.items():
        use = re.compile(rf"(?<![\w&]){re.escape(abbreviation)}(?![^\W\d_]|&)")
        text = use.sub(words.replace("\\", "\\\\") + " ", text)
    return text
