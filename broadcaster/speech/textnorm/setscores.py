"""Scores of games counted in sets, holes or half points, in a line about that game.

- tennis: ``thắng 6-2, 5-7, 6-2``, ``6/3, 6/2``, ``6-7 (0)``, ``7-6(7-5)`` → «sáu hai, năm
  bảy, sáu hai», «sáu bảy (không)»: each set's games one after the other, never a range nor a
  day and month (not after a day's word: «ngày 6/7» stays a date);
- chess: ``hòa 3,5-3,5``, ``thua 1,5-3,5`` → «ba phẩy năm ba phẩy năm»: a match's points in
  halves, one after the other;
- golf: ``par72`` → «par bảy mươi hai»; ``-12 gậy`` stays a score below par, said with its
  sign by the sign rule.

Runs with the sport shapes, before the dates take a pair of small numbers for a day.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import (
    MEASURED_AFTER,
    counted_after,
    directly_before,
    word_after,
)
from broadcaster.speech.textnorm.numbers import read_int

_TENNIS = re.compile(
    r"(?i)\bset\b|\bséc\b|quần vợt|\btennis\b|tay vợt|tie-?break|Grand Slam|\bATP\b|\bWTA\b"
    r"|Wimbledon|Roland Garros|US Open|Australian Open|\bbreak\b"
)
# A set's games, a tie-break's points after it in a bracket: «6-4», «6/3», «6-7 (0)», «7-6(7-5)»
TENNIS_SET = re.compile(
    r"(?<![\w.,/\-–])([0-7])\s?[-–/]\s?([0-7])"
    r"(?:(\s?\()(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?\))?(?![\w/\-–]|[.,]\d)"
)
# Words before a pair that make it a date or a span, not a set: «ngày 6/7», «từ 2-3»
_NOT_A_SET_BEFORE = frozenset(("ngày", "hôm", "tháng", "từ", "khoảng", "sáng", "chiều", "tối"))
# Lengths of time after a pair: a span, «2-3 tuần»
_SPAN_OF = frozenset(("phút", "giờ", "giây", "tiếng", "ngày", "tuần", "tháng", "năm", "tuổi"))

_CHESS = re.compile(r"(?i)cờ vua|kỳ thủ|\bElo\b|đại kiện tướng|\bFIDE\b")
# A chess match's points, one side's half at least: «3,5-3,5», «0,5-2,5», «2-1,5»
CHESS_POINTS = re.compile(
    r"(?<![\w.,/\-–])(\d{1,2}(?:,5)?)\s?[-–]\s?(\d{1,2}(?:,5)?)(?![\w/\-–]|[.,]\d)"
)
# «par72», «par 3»: a hole's or a course's strokes, a number (not digits one by one)
PAR = re.compile(r"(?i)\b(par)\s?(\d{1,2})\b")


def _counted_after(text: str, end: int) -> bool:
    """A measure, a count or a length of time after a pair: a span, no score."""
    return (
        MEASURED_AFTER.match(text, end) is not None
        or counted_after(text, end)
        or word_after(text, end) in _SPAN_OF
    )


def _tennis_set(m: re.Match[str]) -> str:
    text = m.string
    if directly_before(text, m.start()) in _NOT_A_SET_BEFORE or _counted_after(text, m.end()):
        return m.group(0)
    said = f"{read_int(int(m.group(1)))} {read_int(int(m.group(2)))}"
    if m.group(4) is None:
        return said
    tie = read_int(int(m.group(4)))
    if m.group(5) is not None:
        tie += f" {read_int(int(m.group(5)))}"
    return f"{said}{m.group(3)}{tie})"


def _chess_points(m: re.Match[str]) -> str:
    if ",5" not in m.group(0) or _counted_after(m.string, m.end()):
        return m.group(0)
    return f"{m.group(1)} {m.group(2)}"


def read_set_scores(text: str) -> str:
    if "-" in text or "–" in text or "/" in text:
        if _TENNIS.search(text):
            text = TENNIS_SET.sub(_tennis_set, text)
        if ",5" in text and _CHESS.search(text):
            text = CHESS_POINTS.sub(_chess_points, text)
    if "par" in text.lower():
        text = PAR.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    return text
