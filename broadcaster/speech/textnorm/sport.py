"""Shapes of sport results, each said the way a sports announcer says it.

- a match's score: ``tỷ số 2-1``, ``thắng 3-0``, ``hòa 1 - 1`` → «tỷ số hai một» (two
  numbers one after the other, never a range; «thất bại 2-3 lần» stays a span of counts);
- the sets' scores: ``thắng 3-1 (25-20, 23-25, 25-18, 25-22)``, ``các ván 25-12, 25-18`` →
  «hai mươi lăm hai mươi, …», each a score (not a day and month, not a range);
- a class range in para sport or of vertebrae: ``hạng S7-S8``, ``C2-C6`` → «ét bảy đến ét
  tám», the letter said each time;
- a race time: ``1'23"01``, ``15’42”55``, ``44”50`` → «một phút hai mươi ba giây không
  một» (minutes, seconds, hundredths; a rowing time's thousandths ``8’42”065``);
- a medal count: ``(4V, 2B, 1Đ)`` → «bốn huy chương vàng, hai huy chương bạc, một huy chương
  đồng»;
- the Games and their year: ``SEA Games 33-2025`` → «SEA Games ba mươi ba, năm hai nghìn …»;
  so an edition in Roman numerals: ``Đại hội … lần thứ X-2026`` → «lần thứ mười, năm …»;
- a score with no score word right before it: ``nới rộng 3-0``, ``Thanh Hóa - Sài Gòn 2-2``,
  ``đại thắng đội tuyển Trung Quốc 3-1``, ``tổng tỉ số … là 5-3``, ``2-1 trước đối thủ`` →
  «ba không» (a verb of the score, two sides, a side, a score word earlier in the clause or a
  side after it; most such pairs are dates too, so never after a day's word, in a list of
  dates, after a weekday, a rank or a place's word: ``Chủ nhật 5-1``, ``(3-2)`` stay dates);
- a knockout round: ``vòng 1/8`` → «vòng một phần tám», not the first of August;
- points in a match, the leader's first: ``40-39``, ``159-155`` in a line about a match →
  «bốn mươi ba mươi chín», not a range (a range seldom runs downwards); not a day and month
  (the second number is above 12), a measure, a length of time, nor a place's numbers
  («Km 45-30»); level points «23-23»;
- a score with a slash after «tỷ số» in a line about a game in sets («tỉ số 25/15»), the sets
  in a bracket when each is listed and played («3-1 (25/19, 15/25, 25/21, 25/14)»; never a
  date: «thắng 2-0 (5/4, 20/4)», «Chiến thắng 30/4»);
- goals' minutes in brackets after a scorer (``goalminutes``); an age group with a dot «U.19»;
  a club's first or second team «TP.HCM I», «Hà Nội II» («một», «hai»).

Runs with the domain shapes, before the plate and code rules.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.context import (
    clause_around,
    directly_before,
    measured_after,
    q_meaning,
    word_after,
)
from broadcaster.speech.textnorm.daywords import DAY_WORDS
from broadcaster.speech.textnorm.goalminutes import read_goal_minutes
from broadcaster.speech.textnorm.numbers import (
    read_digits,
    read_fraction_digits,
    read_int,
    roman_to_int,
)
from broadcaster.speech.textnorm.setscores import SET_PAIR, read_set_scores
from broadcaster.speech.textnorm.syllables import is_syllable
from broadcaster.speech.textnorm.unitnames import unit_words

# A match's score: «tỷ số 2-1», «thắng 3-0», «hòa 1 - 1», «thất bại 0-2», «tỷ số chung cuộc
# là 2-1» — two numbers said one after the other.
_SCORE_WORDS = (
    r"(?:(?:san bằng|nâng|rút ngắn|gỡ)\s+)?(?:tỷ số|tỉ số|điểm số|(?<=san bằng )cách biệt)"
    r"(?:\s+(?:chung cuộc|cuối cùng|cách biệt))?(?:\s+(?:là|thành|lên|xuống))?"
    r"|(?:thắng|thua|hòa|hoà|thất bại)(?:\s+chung cuộc)?"
    r"|kết quả(?:\s+chung cuộc)?(?:\s+là)?\s*:?|chung cuộc\s*,?|(?:vươn lên\s+)?dẫn(?:\s+trước)?"
)
SCORE = re.compile(
    rf"(?i)\b({_SCORE_WORDS})\s+(\d{{1,2}})\s*[-–:/]\s*(\d{{1,2}})(?![\w/\-]|[.,]\d)"
)
# A line about a game played in sets, where a score after «tỷ số» may have a slash: «thắng set
# 1 với tỉ số 25/15» (a «tỷ số 1/3» elsewhere is a ratio, «Chiến thắng 30/4» a date)
_IN_SETS = re.compile(r"(?i)\b(?:set|séc|ván)\b")
# A club's first or second team by a Roman numeral after its place of two words or more, or
# its city's letters: «TP.HCM I», «Hà Nội I Watabe», «Long An II» («một», «hai»), in a line
# about a game (not a prize: «đạt Giải I»; not an English title: «What Was I Made For»)
TEAM_NUMBER = re.compile(
    r"(?:\b[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*|\bTP\.\s?HCM) (I{1,3})(?![\w/\-])"
)
# «U.19», «U.21»: an age group typed with a dot, no sentence's end
DOTTED_AGE_GROUP = re.compile(r"\bU\.(?=\d{2}\b(?![.,]\d))")
# «thất bại 2-3 lần», «thắng 2-3 vụ», «điểm số 8-9 điểm»: a span of counts, no score
_COUNTED_AFTER_SCORE = frozenset(
    ("lần", "vụ", "năm", "tháng", "ngày", "tuần", "mùa", "đợt", "lượt", "điểm", "trên")
)


def said_score(first: int, second: int) -> str:
    """A score's two numbers one after the other, never a range: «hai mươi lăm mười hai»."""
    return f"{read_int(first)} {read_int(second)}"


# Words before a pair that make it a score only in a sentence about a match, with no count or
# measure after it («Giải thưởng chung cuộc 5-10 triệu đồng», «dẫn 2-3 km»)
_WEAK_SCORE_WORDS = ("kết", "chung", "dẫn", "vươn")


def _team_number(m: re.Match[str]) -> str:
    place, number = m.group(0)[: m.start(1) - m.start()], roman_to_int(m.group(1))
    if number is None or not all(is_syllable(word) for word in place.split() if "." not in word):
        return m.group(0)  # «What Was I Made For»: English words, no Vietnamese place
    return f"{place}{read_int(number)}"


def _score(m: re.Match[str]) -> str:
    if "/" in m.group(0) and not (
        m.group(1).lower().startswith(("tỷ số", "tỉ số")) and _IN_SETS.search(m.string)
    ):
        return m.group(0)  # «Chiến thắng 30/4», «thắng 2/3 số trận»
    if word_after(m.string, m.end()) in _COUNTED_AFTER_SCORE:
        return m.group(0)
    if m.group(1).lower().startswith("điểm") and not _A_GAME.search(m.string):
        return m.group(0)  # «Em đạt điểm số 42-45»: a pupil's marks, not a match
    if m.group(1).lower().startswith(_WEAK_SCORE_WORDS) and (
        not _match_sentence(m.string, m.start()) or measured_after(m.string, m.end())
    ):
        return m.group(0)  # «công bố kết quả 20-7», «chung cuộc 2-3 xã»: no match
    return f"{m.group(1)} {said_score(int(m.group(2)), int(m.group(3)))}"


_PAIRS = rf"{SET_PAIR}(?:(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+){SET_PAIR})*"
# Scores in a bracket after a match's score, no more than the sets it counts: the sets' «thắng
# 3-1 (25-20, 23-25, 25-18, 25-22)», the half time's «thắng 2-1 (1-0)»; with no score word
# before, as many as the sets, in a line about a game («đánh bại Thái Lan 3-1 (25-20, …)»)
SETS_AFTER_SCORE = re.compile(
    rf"(?i)(\b(?:{_SCORE_WORDS})\s+)?(?<![\w\-.,/])(\d)\s?[-–]\s?(\d)(\s?\(\s*)({_PAIRS})"
    r"(?=\s*\))"
)
# The sets' scores after the sets' name: «các ván 25-12, 25-18», «tỉ số các séc: 25-10, 25-8»,
# «Set 1: 25-20» (one pair only after a set's number and a colon)
SETS_NAMED = re.compile(
    r"(?i)(\b(?:(?:các|những|hai|ba|bốn|năm) )?(?:ván|séc|set|game)(?:\s+\d{1,2}(?=\s*:))?"
    r"(?: đấu)?(?: lần lượt)?"
    r"(?: là| với (?:tỷ|tỉ) số)?\s*:?\s*|\bcác (?:tỷ|tỉ) số(?: lần lượt)?(?: là)?\s*:?\s*)"
    rf"({_PAIRS})(?![\w/\-]|[.,]\d)"
)
_ONE_PAIR = re.compile(r"(\d{1,2})\s?[-–/]\s?(\d{1,2})")
_NUMBERED_SET = re.compile(r"\d\s*:")  # «Set 1:»: a set named by its number


def _said_pairs(pairs: str) -> str:
    return _ONE_PAIR.sub(lambda m: said_score(int(m.group(1)), int(m.group(2))), pairs)


def _sets_named(m: re.Match[str]) -> str:
    if measured_after(m.string, m.end()):
        return m.group(0)  # «tấm ván 2-3 cm», «ván 2, ván 3 lúc 15-17 giờ»
    if not _set_scores(m.group(2)):
        return m.group(0)
    if len(_ONE_PAIR.findall(m.group(2))) < 2 and not _NUMBERED_SET.search(m.group(1)):
        return m.group(0)  # «dùng ván 20-30 tấm»: one pair, no set named by its number
    return m.group(1) + _said_pairs(m.group(2))


def _set_scores(pairs: str) -> bool:
    """Pairs with a slash are sets' scores only when each is a played set's, one side at 15 or
    more («25/19»), never a day and month («(5/4, 20/4)»)."""
    return "/" not in pairs or all(max(int(a), int(b)) >= 15 for a, b in _ONE_PAIR.findall(pairs))


def _sets_after_score(m: re.Match[str]) -> str:
    won, lost = int(m.group(2)), int(m.group(3))
    sets = len(_ONE_PAIR.findall(m.group(5)))
    if sets > won + lost or not _set_scores(m.group(5)):
        return m.group(0)
    if "/" in m.group(5) and sets != won + lost:
        return m.group(0)  # «thắng 2-1 (20/11)»: with slashes, every set or a date
    if m.group(1):  # the score stays for SCORE, after its word
        return m.string[m.start() : m.start(5)] + _said_pairs(m.group(5))
    if sets < max(won, lost, 2) or not _A_GAME.search(m.string):
        return m.group(0)
    return f"{said_score(won, lost)}{m.group(4)}{_said_pairs(m.group(5))}"


# «hạng S7-S8», «T37-T38»: a class range in para sport, the letter said each time
CLASS_RANGE = re.compile(r"(?<![\w\-.,])([A-Z])(\d{1,2})\s*[-–]\s*\1(\d{1,2})(?![\w\-])")


def _class_range(m: re.Match[str]) -> str:
    """«S7-S8» «ét bảy đến ét tám»; «Q1-Q3» a span of a year's quarters, «quý một đến quý ba»."""
    letter, first, last = m.groups()
    if letter == "Q":  # «Q1-Q4, TP.HCM»: districts by the line; else quarters of a year
        if q_meaning(m.string, m.start(), int(last)) == "quận":
            return f"quận {first} đến quận {last}"
        if 1 <= int(first) < int(last) <= 4:
            return f"quý {first} đến quý {last}"
    return f"{spell(letter)} {first} đến {spell(letter)} {last}"


# A race time: «1'23"01», «15’42”55», «44”50» — minutes, seconds, hundredths
RACE_TIME = re.compile(
    r"(?<![\w.,'’°])(?:(\d{1,2})\s?['’′])?(\d{1,2})\s?[\"”″](\d{2,3})(?!\d|\s?°)"  # no bearing
)


def _fraction_said(digits: str) -> str:
    """A race time's hundredths (or tenths, thousandths) after its seconds: «05» «không năm»."""
    return read_digits(digits) if digits.startswith("0") else read_int(int(digits))


def _race_time(m: re.Match[str]) -> str:
    text, start = m.string, m.start()
    if not m.group(1) and text.rfind("“", 0, start) > text.rfind("”", 0, start):
        return m.group(0)  # «“Bài ca 24”50 năm»: the quote a title opened, closed
    minutes = f"{read_int(int(m.group(1)))} phút " if m.group(1) else ""
    return f"{minutes}{read_int(int(m.group(2)))} giây {_fraction_said(m.group(3))}"


# A race time with a colon and hundredths: «4:02.50», «1:59,87», «2:05.1», «1:02:15.30» —
# hours, minutes, seconds, hundredths or tenths (a clock's time has none; not after «lúc»,
# «giờ»: a mistyped clock); a lap's «1:20,775s», its seconds' unit after the fraction
COLON_RACE_TIME = re.compile(
    r"(?<![\w.,:])(?<!lúc )(?<!Lúc )(?<!giờ )(?:(\d{1,2}):(?=[0-5]\d:))?"
    r"(\d{1,2}):([0-5]\d)[.,](\d{1,3})(\s?s\b)?(?![\w:]|[.,]\d)"
)


_SCALE = re.compile(r"(?i)\bt[ỷỉ] lệ|\bbản đồ")


def _colon_race_time(m: re.Match[str]) -> str:
    hours, minutes, seconds, fraction, unit = m.groups()
    bare = len(fraction) == 3 and not (unit or hours)  # the scale is looked for only then
    if bare and (fraction == "000" or _SCALE.search(m.string, max(0, m.start() - 30), m.start())):
        return m.group(0)  # «bản đồ 1:25.000»: a map's scale
    said = f"{read_int(int(hours))} giờ " if hours else ""
    said += f"{read_int(int(minutes))} phút {read_int(int(seconds))}"
    if unit:  # «1:20,775s»: «hai mươi phẩy bảy trăm bảy mươi lăm giây»
        return f"{said} phẩy {read_fraction_digits(fraction)} giây"
    return f"{said} giây {_fraction_said(fraction)}"


def _league(m: re.Match[str]) -> str:
    tier = f" {read_int(int(m.group(2)))}" if m.group(2) else ""
    return f"{spell(m.group(1))}{tier} lích"


# A runner's pace, minutes and seconds a kilometre: «pace trung bình 2:59/km», «5:30 / km»
PACE = re.compile(
    r"(?<![\w.,:'’])(\d{1,2})(?::|\s?['’′])([0-5]\d)(?:\s?[\"”″])?\s*(?:phút|min)?\s*/\s*(?i:(km))"
    r"(?![\w/])"
)


def _pace(m: re.Match[str]) -> str:
    per = unit_words("km")
    return f"{read_int(int(m.group(1)))} phút {read_int(int(m.group(2)))} giây một {per}"


# «SEA Games 33-2025», «ASIAD 19-2023»: the Games' number, then its year (no range)
GAMES_YEAR = re.compile(
    r"(?i)\b((?:SEA Games|ASIAD|Asian Games|Paralympic|Olympic|ASEAN Para Games)\s+\d{1,2})"
    r"\s?[-–]\s?(?=(?:19|20)\d\d(?!\d))"
)
# «Đại hội thể thao toàn quốc lần thứ X-2026», «lần thứ 9-2022»: the edition, then its year
EDITION_YEAR = re.compile(
    r"(?i)\b(lần thứ (?:[IVXL]{1,6}|\d{1,2}))\s?[-–]\s?"
    r"(?=(?:19|20)\d\d(?!\d)(?!\s*[-–]\s*(?:19|20)\d\d))"  # not a term «XX - 2025 - 2030»
)
# A medal count, gold, silver and bronze: «(4V, 2B, 1Đ)», «5V - 3B - 2Đ»
MEDALS = re.compile(
    r"(?<![\w.,])(\d{1,3})\s?V\s*[,;\-–]\s*(\d{1,3})\s?B\s*(?:[,;\-–]|và)\s*(\d{1,3})\s?Đ(?!\w)"
)
# Points that fall, in a line about a match: «sau 4 loạt bắn là 40-39, 79-77» (a day and
# month, «30-12», is no score: the second number is above 12)
FALLING_POINTS = re.compile(r"(?<![\w.,/\-])(\d{2,3})\s?[-–]\s?(\d{2,3})(?![\w/\-]|[.,]\d)")
_A_MATCH = re.compile(
    r"(?i)\b(?:loạt bắn|loạt cung|ván đấu|đối thủ|tỷ số|tỉ số|điểm số|bàn thắng|chủ nhà|đội khách"
    r"|hiệp (?:\d|một|hai|phụ)|\d hiệp(?! hội| định| sĩ)|ván \d"
    r"|(?<!mặt )trận (?:đấu|chung kết|bán kết|tứ kết|tranh|mở màn|giao hữu|thắng|thua|hòa|bóng"
    r"|cầu lông))\b"
)
# «Km 45-30», «số nhà 45-23», «tổ 12-10»: a place's numbers after the word before the pair
_PLACE_WORDS = frozenset(("km", "số", "tổ", "nhà", "phòng"))


# A sentence about a match between sides: «Đội xã An Bình thắng đội xã Tân Phú», «vượt qua
# người đồng đội» (not «Khánh Hòa», «giải quyết»: the words must stand as such; «đội» only
# before a name, a team or an age group, not «Các đội xếp hạng»)
_SIDES = re.compile(
    r"(?i:\b(?:thắng|thua|đánh bại|vượt qua|gặp))\s+\w|(?i:\bđội)\s+(?:(?i:đội)|U\d|[A-ZĐ])"
)


def _match_sentence(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` is about a match, so «kết quả 3-1» is its score."""
    sentence = clause_around(text, pos)
    return bool(_A_MATCH.search(sentence) or _SIDES.search(sentence) or _PLAYERS.search(sentence))


def _falling_points(m: re.Match[str]) -> str:
    first, second = int(m.group(1)), int(m.group(2))
    if second > first or second <= 12:
        return m.group(0)  # «23-23» is level, no range
    if measured_after(m.string, m.end()):
        return m.group(0)  # «hạng 60-55 kg»: a measure
    if directly_before(m.string, m.start()) in _PLACE_WORDS:
        return m.group(0)
    return said_score(first, second)


# Single digits joined by a dash, with no score word before them (``_small_score``)
SMALL_SCORE = re.compile(r"(?<![\w.,/\-–])(\d)\s?[-–]\s?(\d)(?![\w/\-–]|[.,]\d)")
# What makes such a pair a score, right before it — most such pairs are dates too («5-1»):
# a verb of the score («nới rộng 3-0», «rút ngắn còn 1-2», «lội ngược dòng 1-2»), two sides
# joined by a dash («Thanh Hóa - Sài Gòn 2-2»), or a side named after a team word or a verb
# of the match («đại thắng đội tuyển Trung Quốc 3-1», «Đội Tân Phú 2-1»)
_NAME = r"[A-ZĐ][^\W\d_]*(?:\s+(?:[A-ZĐ][^\W\d_]*|T&T|FC))*"
_SCORE_VERBS = r"(?i)\b(?:nhân lên|nới rộng|rút ngắn(?:\s+còn)?|lội ngược dòng|quân bình|gỡ hòa)"
_SCORE_VERB = re.compile(rf"{_SCORE_VERBS}\s*$")  # right before the pair
_SCORE_BEFORE = re.compile(
    rf"{_NAME}\s+[-–]\s+{_NAME}\s*$"
    rf"|(?:\b(?i:đội tuyển|đội|thắng|thua|hòa|gặp|trước|đánh bại|vượt qua)|\bĐT|\bCLB|\bU\d\d)"
    rf"\s+{_NAME}\s*$"
    r"|\b(?i:thắng|thua|hòa|gặp|trước|đánh bại|vượt qua)"
    r"\s+(?i:đối thủ|đội bạn|đội khách)\s*$"
    # a score word earlier in the clause: «tổng tỉ số qua 2 lượt … là 5-3», «tỷ số 0-0 hoặc 1-1»
    r"|(?i:\bt[ỷỉ] số\b)[^.;:!?()]{0,60}$"
)
# A side right after the pair: «thắng lợi vất vả 2-1 trước đối thủ», «… 3-1 trước Thái Lan»
_SIDE_AFTER = re.compile(r"\s+trước\s+(?:đối thủ|đội|ĐT|CLB|U\d\d|[A-ZĐ])")
# Words right before a pair that make it a date however the clause runs: «ngày 5-3»
_DATE_BEFORE = frozenset(DAY_WORDS.split("|"))
# …or a list of dates it closes: «ngày 5-3 và 8-3»
_DATE_LIST_BEFORE = re.compile(
    rf"(?i)\b(?:{DAY_WORDS})\s+\d{{1,2}}\s?[-–/.]\s?\d{{1,2}}"
    r"(?:\s*(?:,|và)\s*\d{1,2}\s?[-–/.]\s?\d{1,2})*\s*(?:,|và)\s*$"
)
# A name that is no side: a weekday, a rank, a grade («Chủ nhật 5-1», «Thứ 2-6», «Hạng 1-3»)
_NOT_A_SIDE = re.compile(r"(?i)\b(?:thứ|chủ nhật|hạng|top|khối|lớp|thôn|khu|phút|tổ)\s*$")
# Words of a match's players, a sentence about a match for the score rules (not for the points
# of ``FALLING_POINTS``)
_PLAYERS = re.compile(
    r"(?i)\b(?:ghi bàn|cầu thủ|tiền đạo|tiền vệ|hậu vệ|trung vệ|thủ môn|hat-trick|cú đúp)\b"
)


# What ``_small_score`` needs somewhere in the text: a match, its sides, players or a verb
_SMALL_SCORE_CUES = (
    _A_MATCH,
    _SIDES,
    _PLAYERS,
    re.compile(_SCORE_VERBS),
)


def _small_score(m: re.Match[str]) -> str:
    first, second = int(m.group(1)), int(m.group(2))
    text, start = m.string, m.start()
    before, head = directly_before(text, start), text[max(0, start - 80) : start]
    if before in _PLACE_WORDS or before in _DATE_BEFORE or measured_after(text, m.end()):
        return m.group(0)
    if _DATE_LIST_BEFORE.search(head):
        return m.group(0)
    if _SCORE_VERB.search(head):  # the verb says a score was made: no more is needed
        return said_score(first, second)
    if _NOT_A_SIDE.search(head):
        return m.group(0)
    if not _SCORE_BEFORE.search(head) and not _SIDE_AFTER.match(text, m.end()):
        return m.group(0)
    if not _match_sentence(text, start):
        return m.group(0)
    return said_score(first, second)


# A knockout round by the share of the sides left: «vòng 1/8», «vòng 1/16»
KNOCKOUT_ROUND = re.compile(r"(?i)\b(vòng)\s+1\s?/\s?(4|8|16|32|64)(?![\w/]|[.,]\d)")
# The national league however it is typed, read before «V» can be a volt or a Roman five
# «V.League», «J.League Cup», «K-League 2», «J1 League», «A-League», «J.LEAGUE»: a country's
# league by its letter (and its tier)
LEAGUE = re.compile(r"\b([VJKA])(\d?)\s?[.\-]?\s?(?:League|LEAGUE)\b")

_MEDALS_HINT = re.compile(r"\d\s?V\s*[,;\-–]")  # what MEDALS needs, found fast
_GAMES_HINTS = ("games", "asiad", "lympic")
_SET_HINT = re.compile(r"(?i)ván|séc|set|game|các t[ỷỉ] số")  # what SETS_NAMED needs
# A line about a game, where «ván» is no plank («tấm ván 20-30 tấm») and «điểm số» no pupil's
# marks
_A_GAME = re.compile(
    r"(?i)\b(?:đội|giải|trận|bóng|cầu lông|vận động viên|VĐV|thắng|thua|hòa|hoà|t[ỷỉ] số)\b"
)


def _about_a_match(text: str) -> bool:
    return bool(_PLAYERS.search(text) or _A_MATCH.search(text))


def read_sport_shapes(text: str) -> str:
    text = read_set_scores(text)
    text = read_goal_minutes(text, _about_a_match)
    if "U." in text:
        text = DOTTED_AGE_GROUP.sub("U", text)
    if " I" in text and _A_GAME.search(text):  # «TP.HCM I»
        text = TEAM_NUMBER.sub(_team_number, text)
    if "V" in text and "Đ" in text and _MEDALS_HINT.search(text):
        text = MEDALS.sub(
            lambda m: (
                f"{read_int(int(m.group(1)))} huy chương vàng, {read_int(int(m.group(2)))}"
                f" huy chương bạc, {read_int(int(m.group(3)))} huy chương đồng"
            ),
            text,
        )
    if "-" in text or "–" in text:
        text = CLASS_RANGE.sub(_class_range, text)
    if '"' in text or "”" in text or "″" in text:
        text = RACE_TIME.sub(_race_time, text)
    if ":" in text:
        text = COLON_RACE_TIME.sub(_colon_race_time, text)
    low = text.lower()
    if "League" in text or "LEAGUE" in text:
        text = LEAGUE.sub(_league, text)
    if "/" in text and "òng" in low:
        text = KNOCKOUT_ROUND.sub(
            lambda m: f"{m.group(1)} một phần {read_int(int(m.group(2)))}", text
        )
    if "/" in text and (":" in text or "'" in text or "’" in text or "′" in text):
        text = PACE.sub(_pace, text)
    dashed = "-" in text or ":" in text or "–" in text
    if not dashed and "/" in text and "ố" in low and _IN_SETS.search(text):
        text = SCORE.sub(_score, text)  # «tỉ số 25/15» (with a dash, SCORE runs below)
    if dashed:
        if any(games in low for games in _GAMES_HINTS):
            text = GAMES_YEAR.sub(r"\1, năm ", text)
        if "ần thứ" in low:
            text = EDITION_YEAR.sub(r"\1, năm ", text)
        if "(" in text:
            text = SETS_AFTER_SCORE.sub(_sets_after_score, text)
        if _SET_HINT.search(text) and _A_GAME.search(text):
            text = SETS_NAMED.sub(_sets_named, text)
        text = SCORE.sub(_score, text)
        if any(cue.search(text) for cue in _SMALL_SCORE_CUES):
            text = SMALL_SCORE.sub(_small_score, text)
        if FALLING_POINTS.search(text) and _A_MATCH.search(text):
            text = FALLING_POINTS.sub(_falling_points, text)
    return text
