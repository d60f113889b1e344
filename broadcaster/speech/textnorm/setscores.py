"""Scores of games counted in sets or half points, and a golf course's par, in a line about
that game.

- tennis: ``thắng 6-2, 5-7, 6-2``, ``6/3, 6/2``, ``6-7 (0)``, ``7-6(7-5)`` → «sáu hai, năm
  bảy, sáu hai», «sáu bảy (không)»: each set's games one after the other, never a range nor a
  day and month — after a score word, in a list of sets or before a tie-break only («diễn ra
  3/7», «Đêm 6/7» stay dates);
- chess: ``hòa 3,5-3,5``, ``thua 1,5-3,5`` → «ba phẩy năm ba phẩy năm»: a match's points in
  halves, one after the other;
- golf: ``par72`` → «par bảy mươi hai».

Runs first of the sport shapes (a match's score with its sets in brackets is left to them),
before the dates take a pair of small numbers for a day.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.context import directly_before, measured_after
from broadcaster.speech.textnorm.numbers import read_int

_TENNIS = re.compile(
    r"(?i)\bset\s+(?:\d|thứ|đầu|một|hai|ba|bốn|năm|quyết định)|\d\s+set\b|\bséc\b|quần vợt"
    r"|\btennis\b|tay vợt|tie-?break|Grand Slam|\bATP\b|\bWTA\b|Wimbledon|Roland Garros"
    r"|US Open|Australian Open|(?:Mỹ|Úc|Pháp) mở rộng|\bbreak\b"
)
# A set's games, a tie-break's points after it in a bracket: «6-4», «6/3», «6-7 (0)», «7-6(7-5)»
TENNIS_SET = re.compile(
    r"(?<![\w.,/\-–])([0-7])\s?[-–/]\s?([0-7])"
    r"(?:(\s?\()(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?\))?(?![\w/\-–]|[.,]\d)"
)
# Words right before a pair that make it a score: «thắng 6-2», «dẫn 5/3», «tỉ số 6/3»,
# «bằng 7-5»; else it is one only in a list of sets («6-2, 5-7, 6-2») or with a tie-break
# («6-7 (0)»): a lone pair in a line about tennis is as often a date («diễn ra 3/7»)
_SCORE_BEFORE = frozenset(
    ("thắng", "thua", "dẫn", "số", "hòa", "hoà", "bằng", "trước", "cuộc", "ngược", "gỡ", "lại")
)
_SET_BEFORE = re.compile(r"[0-7]\)?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)$")
# A bracket of several sets after a match's score: «thắng 3-1 (25-20, 20-25, …)», left to the
# sport rules that read the score and its sets together
# One set's score, with a dash or a slash («25-20», «25/19»; the sport rules' pair too)
SET_PAIR = r"\d{1,2}\s?[-–/]\s?\d{1,2}"
_SETS_IN_BRACKET = re.compile(rf"\s?\(\s*{SET_PAIR}\s*[,;]")
_SET_AFTER = re.compile(
    r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)[0-7]\s?[-–/]\s?[0-7](?![\w/\-–]|[.,]\d)"
)

_CHESS = re.compile(r"(?i)cờ vua|kỳ thủ|\bElo\b|đại kiện tướng|\bFIDE\b")
# A chess match's points, one side's half at least: «3,5-3,5», «0,5-2,5», «2-1,5»
CHESS_POINTS = re.compile(
    r"(?<![\w.,/\-–])(\d{1,2}(?:,5)?)\s?[-–]\s?(\d{1,2}(?:,5)?)(?![\w/\-–]|[.,]\d)"
)
# «par72», «par 3»: a hole's or a course's strokes, a number (not digits one by one)
PAR = re.compile(r"(?i)\b(par)\s?(\d{1,2})\b")


def _tennis_set(m: re.Match[str]) -> str:
    text, start = m.string, m.start()
    if measured_after(text, m.end()) or _SETS_IN_BRACKET.match(text, m.end()):
        return m.group(0)  # «kéo dài 2-3 tuần»: a span; «3-1 (25-20, …)»: volleyball's sets
    scored = directly_before(text, start) in _SCORE_BEFORE or m.group(4) is not None
    listed = _SET_BEFORE.search(text[max(0, start - 16) : start]) or _SET_AFTER.match(text, m.end())
    if not (scored or listed):
        return m.group(0)
    said = f"{read_int(int(m.group(1)))} {read_int(int(m.group(2)))}"
    if m.group(4) is None:
        return said
    tie = read_int(int(m.group(4)))
    if m.group(5) is not None:
        tie += f" {read_int(int(m.group(5)))}"
    return f"{said}{m.group(3)}{tie})"


def _chess_points(m: re.Match[str]) -> str:
    if ",5" not in m.group(0) or measured_after(m.string, m.end()):
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
