"""Spoken text → the SSML espeak-ng reads, for the intelligibility ideas that need marks.

``clause_pause_ms`` puts a break after each comma, semicolon and colon (espeak-ng's own
pause there is short); ``slow_numbers`` and ``slow_names`` read runs of number words and
capitalised names at that percentage of the normal rate; ``pitch_range`` widens (or
narrows) the voice's pitch range, where Vietnamese tones live. Pure functions: the engine feeds
the result to ``espeak-ng -m``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = frozenset(
    {
        "không",
        "một",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "mươi",
        "mốt",
        "lăm",
        "tư",
        "trăm",
        "nghìn",
        "ngàn",
        "triệu",
        "tỷ",
        "tỉ",
        "linh",
        "lẻ",
        "phẩy",
    }
)
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]+|\s+|\S", re.UNICODE)
_SENTENCE_END = frozenset(".!?\n")


@dataclass(frozen=True)
class Marks:
    clause_pause_ms: int = 0
    slow_numbers: int = 100  # percent of the normal rate for number words
    slow_names: int = 100  # … and for capitalised names
    pitch_range: int = 100  # percent of the voice's pitch range (wider: tones further apart)

    @property
    def active(self) -> bool:
        return (
            bool(self.clause_pause_ms)
            or self.slow_numbers != 100
            or self.slow_names != 100
            or self.pitch_range != 100
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _kind(word: str, sentence_start: bool) -> str:
    if word.lower() in NUMBER_WORDS:
        return "number"
    if word[:1].isupper() and not sentence_start:
        return "name"
    return ""


def to_ssml(text: str, marks: Marks) -> str:
    """The text as SSML with the breaks and slower runs ``marks`` asks for."""
    out: list[str] = []
    run: list[str] = []  # the tokens of the current slow run (words and the spaces between)
    run_kind = ""
    sentence_start = True

    def rate(kind: str) -> int:
        return marks.slow_numbers if kind == "number" else marks.slow_names

    def flush() -> None:
        nonlocal run, run_kind
        if run:
            body = "".join(run).rstrip()
            tail = "".join(run)[len(body) :]
            out.append(f'<prosody rate="{rate(run_kind)}%">{_escape(body)}</prosody>{tail}')
        run, run_kind = [], ""

    for token in _TOKEN.findall(text):
        if token.isspace():
            (run if run else out).append(token)
            if "\n" in token:
                flush()
                sentence_start = True
            continue
        if token[0].isalpha():
            kind = _kind(token, sentence_start)
            sentence_start = False
            if kind and rate(kind) != 100:
                if run and kind != run_kind:
                    flush()
                run_kind = kind
                run.append(token)
                continue
            flush()
            out.append(_escape(token))
            continue
        flush()
        out.append(_escape(token))
        if any(c in _SENTENCE_END for c in token):
            sentence_start = True
        if marks.clause_pause_ms and any(c in ",;:" for c in token):
            out.append(f'<break time="{marks.clause_pause_ms}ms"/>')
    flush()
    body = "".join(out)
    if marks.pitch_range != 100:
        body = f'<prosody range="{marks.pitch_range}%">{body}</prosody>'
    return "<speak>" + body + "</speak>"
