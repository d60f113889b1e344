"""Layout and punctuation: what the eye uses and the ear must not hear.

Before the number rules (``layout``): document endings ``./.``, bullets (``-``, ``+``, ``•``,
``*``, ``a)``), numbered points (``1.`` → «một,»), «Nơi nhận» lists. After them (``tidy``):
parentheses and dashes become pauses (commas), quotes and decorations disappear, ``&`` is «và»,
``xã/phường`` is «xã, phường», and no symbol is left that a synthesizer would read aloud.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.numbers import read_int

BULLET = re.compile(r"^\s*(?:[-+•●■▪►◦○*–—]+|[a-zđ]\s*\)|\(\s*[a-zđ\d]{1,2}\s*\))\s*")
NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(?=\D)")
ENDING = re.compile(r"\s*\./\.\s*$|\s*\.\s*/\s*\.\s*$")
COMPARE = {"≥": " từ ", "≤": " không quá ", ">": " trên ", "<": " dưới ", "±": " cộng trừ "}


def layout(line: str) -> str:
    """Line-level marks, before any number rule."""
    line = ENDING.sub(".", line)
    line = BULLET.sub("", line)
    line = NUMBERED.sub(lambda m: f"{read_int(int(m.group(1))).capitalize()}, ", line)
    line = re.sub(r"(?<!\w)[≥≤><±](?=\s*\d)", lambda m: COMPARE[m.group(0)], line)
    line = re.sub(r"(?<=[^\W\d_])-(?=\d)", " ", line)  # Covid-19, F-35
    return line


_TIDY: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"&", " và "),
        (r"\+", " cộng "),
        (r"=", " bằng "),
        (r"[“”\"«»*•●■▪►◦#_|~^{}\[\]<>@\\$]", " "),
        (r"[‘’`´′]", "'"),
        (r"(?<!\w)'|'(?!\w)", " "),
        (r"\s*\(\s*", ", "),
        (r"\s*\)\s*", ", "),
        (r"\s*[–—]\s*", ", "),
        (r"\s+-\s+|\s+-(?=\s|$)|(?<=\s)-(?=\w)|^-\s*", ", "),
        (r"\.{2,}|…", "."),
        (r"\s*/\s*", ", "),
        (r"%", " phần trăm"),
        (r"[ \t]+", " "),
        (r"\s+([,.;:!?])", r"\1"),
        (r"([,;:])(?=[^\s,.;:!?])", r"\1 "),
        (r"([,;:])(?:\s*[,;:])+", r"\1"),
        (r"[,;:]\s*([.!?])", r"\1"),
        (r"^[\s,.;:]+|[\s,;:]+$", ""),
    )
)
_SENTENCE = re.compile(r"([.!?]\s+)([^\W\d_])")


def tidy(text: str) -> str:
    """Symbols to pauses or words; spacing and punctuation the synthesizer reads well."""
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    text = _SENTENCE.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text.strip()
