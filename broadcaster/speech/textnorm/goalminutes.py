"""The minutes of a match's goals, in brackets after the scorer, as a commentator says them.

- ``Quốc Nam (23')``, ``Minh Trí (30’, 45’+1)`` → «phút hai mươi ba», «phút ba mươi, phút
  bốn mươi lăm cộng một»: the minute mark after a number in a bracket is the minute of the
  match, said before it (a lone ``60’`` elsewhere is a length of time, left to the units);
- futsal's clock: ``Abramovich (9'11'', 12'17'')`` → «phút chín giây mười một, phút mười hai
  giây mười bảy»: the minute and the second, each said before its number.

Only in a line about a match: a goal, a scorer, a team (a bracket of minutes elsewhere is an
opening hour's, «(8’ – 11’)», or a bearing's).
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.numbers import read_int

_MINUTE = r"['’′]"
_SECOND = r"(?:''|’’|″|\"|”)"
# One goal's time: minutes, then the seconds or the added minutes
_TIME = rf"\d{{1,3}}\s?{_MINUTE}(?:\d{{1,2}}\s?{_SECOND}|\s?\+\s?\d{{1,2}})?"
GOAL_MINUTES = re.compile(rf"(?<=\()\s*{_TIME}(?:\s*[,;]\s*{_TIME})*\s*(?=\))")
_ONE = re.compile(rf"(\d{{1,3}})\s?{_MINUTE}(?:(\d{{1,2}})\s?{_SECOND}|\s?\+\s?(\d{{1,2}}))?")
# Words of a match's goals and players: the minutes are the match's
_A_GOAL = re.compile(
    r"(?i)\b(?:ghi bàn|bàn thắng|lập công|nổ súng|cú đúp|hat-trick|cầu thủ|tiền đạo|tiền vệ"
    r"|hậu vệ|futsal|bóng đá|trận đấu|đội tuyển|CLB|FC|tỷ số|tỉ số)\b"
)


def _one(m: re.Match[str]) -> str:
    minute, second, added = m.groups()
    said = f"phút {read_int(int(minute))}"
    if second:
        return f"{said} giây {read_int(int(second))}"
    if added:
        return f"{said} cộng {read_int(int(added))}"
    return said


def read_goal_minutes(text: str) -> str:
    """Each bracket of goal times in a line about a match, its minutes said as such."""
    if "(" not in text or not any(mark in text for mark in "'’′"):
        return text
    if not _A_GOAL.search(text):
        return text
    return GOAL_MINUTES.sub(lambda m: _ONE.sub(_one, m.group(0)), text)
