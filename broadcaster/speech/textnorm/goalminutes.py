"""The minutes of a match's goals, in brackets after the scorer, as a commentator says them.

- ``Quốc Nam (23')``, ``Minh Trí (30’, 45’+1)`` → «phút hai mươi ba», «phút ba mươi, phút
  bốn mươi lăm cộng một»: the minute mark after a number in a bracket is the minute of the
  match, said before it (a lone ``60’`` elsewhere is a length of time, left to the units);
- futsal's clock: ``Abramovich (9'11'', 12'17'')`` → «phút chín giây mười một, phút mười hai
  giây mười bảy»: the minute and the second, each said before its number.

Only right after a name, its last word capitalised (a scorer): «mỗi hiệp (45')», «bù giờ
(4')», «cao (6'1'')» are lengths. The sport rules say which lines are about a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from broadcaster.speech.textnorm.context import SECONDS_MARK
from broadcaster.speech.textnorm.numbers import read_int

_MINUTE = r"['’′]"
# One goal's time: minutes, then the seconds or the added minutes
_TIME = rf"\d{{1,3}}\s?{_MINUTE}(?:\d{{1,2}}\s?{SECONDS_MARK}|\s?\+\s?\d{{1,2}})?"
GOAL_MINUTES = re.compile(rf"(?<=\()\s*{_TIME}(?:\s*[,;]\s*{_TIME})*\s*(?=\))")
_ONE = re.compile(rf"(\d{{1,3}})\s?{_MINUTE}(?:(\d{{1,2}})\s?{SECONDS_MARK}|\s?\+\s?(\d{{1,2}}))?")


def _one(m: re.Match[str]) -> str:
    minute, second, added = m.groups()
    said = f"phút {read_int(int(minute))}"
    if second:
        return f"{said} giây {read_int(int(second))}"
    if added:
        return f"{said} cộng {read_int(int(added))}"
    return said


def read_goal_minutes(text: str, about_a_match: Callable[[str], bool]) -> str:
    """Each bracket of goal times after a scorer's name, its minutes said as such, in a line
    ``about_a_match`` accepts (asked only when the line has a bracket and a minute mark)."""
    if "(" not in text or not any(mark in text for mark in "'’′"):
        return text
    if not about_a_match(text):
        return text
    return GOAL_MINUTES.sub(_goals, text)


def _goals(m: re.Match[str]) -> str:
    before = m.string[: m.start() - 1].split()
    if not before or not before[-1][:1].isupper():
        return m.group(0)  # «mỗi hiệp (45')», «cao (6'1'')»: a length, no scorer
    return _ONE.sub(_one, m.group(0))
