"""Fractions, ratios and house numbers: whatever «a/b» the date rule did not claim.

``7/9 xã`` → «bảy trên chín xã», ``đạt 4/5 tiêu chí`` → «đạt bốn trên năm tiêu chí»,
``số 27/4`` → «số hai mươi bảy trên bốn», ``tỷ lệ 1:500`` and ``1:25.000`` → «… một trên …»;
a share of a whole is «phần» (``1/3 giá`` → «một phần ba giá», ``gần 1/4``, ``2/3 số hộ``,
``1/3 mặt cầu``: the wholes are ``SHARE_NOUNS``); counts per head (``2,33 con/phụ nữ``); a
transformer's voltages (``22/0,4 kV`` → «hai mươi hai trên không phẩy bốn ki lô vôn»);
three or more counts joined by «/» are a list; households and their people (``1.000 hộ/4.000
nhân khẩu``) «với», not a rate per a round hundred («2 hộ/100 người» «trên»). A span of house
numbers (``ngõ 12/5 - 12/9``) is read before the date rules could take it for two dates.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import LETTERS
from broadcaster.speech.textnorm.context import (
    ADMIN_WORDS,
    DATE_CUES,
    MEASURED_AFTER,
    NUM,
    PROPORTION_CUES,
    clause_before,
    counted_after,
    directly_before,
    share_after,
    words_before,
)
from broadcaster.speech.textnorm.doubts import NUMBER, DoubtLog, watched
from broadcaster.speech.textnorm.numbers import ordinal, read_int, read_number_token
from broadcaster.speech.textnorm.unitnames import unit_words

# «1.288 hộ/4.911 nhân khẩu»: households and the people in them, a count of each («với»)
HOUSEHOLDS_AND_PEOPLE = re.compile(
    r"(?<=\d)(\s+hộ(?:\s+(?:dân|gia đình))?)\s*/\s*"
    r"(?!10*(?:\.000)*\s)(?=\d[\d.]*\s+(?:nhân khẩu|khẩu|người)\b)"  # not a rate «/100 người»
)

WORD_PER_NUMBER = re.compile(
    r"(?<=[^\W\d_])\s*/\s*(?=\d)(?!\d+\s?(?:h|giờ|ngày|tuần)(?!\w))"  # not «100mm/3h»
)
FRACTION = re.compile(rf"(?<![\w.,/])({NUM})\s*/\s*({NUM})(?:\s*/\s*({NUM}))?(?![\w/]|[.,]\d)")
# «158.190/167.312ha», «7.840/9.045xã», «31,24/32,5m»: a part of a whole in thousands or with
# decimals (never a date), a unit glued on; «75/98,3km», «12/15ha»: a whole with its unit glued
# (not two races' distances «cự ly 100/200m»)
_GROUPED = r"\d{1,3}(?:\.\d{3})+"
_GLUED_WHOLE = r"\d+(?:,\d+)?(?:ha|km2|km|m2|m3|m|kg)(?![\w²³])"
_PART = rf"{_GROUPED}(?=\s*/\s*{_GROUPED})|\d+,\d+|(?<!ly )(?<!li )\d+(?=\s*/\s*{_GLUED_WHOLE})"
PART_OF_THOUSANDS = re.compile(
    rf"(?<![\w.,/])({_PART})"
    rf"\s*/\s*({_GROUPED}|\d+(?:,\d+)?)(?:\s*(ha|km2|km|m2|m3|m|kg)(?![\w²³]))?(?![\d/])"
)
_PART_HINT = re.compile(rf"\d(?:\.\d\d\d|,\d+)\s*/|\d\s*/\s*{_GLUED_WHOLE}")
# «trạm biến áp 22/0,4 kV», «35/10kV», «110/35/22kV», «220/380V»: a transformer's voltages,
# «trên» between them
_VOLTS = r"\d{1,3}(?:[,.]\d)?"
# «56/50km/h»: a speed measured over the limit, «trên» between them
SPEED_OVER_LIMIT = re.compile(r"(?<![\w.,/])(\d{2,3})\s*/\s*(?=\d{2,3}\s?km/(?:h|giờ)\b)")
# «140/90mmHg», «>140/90 mmHg», «140-159/90-99 mmHg» (a grade's band): a blood pressure,
# «trên» between its two numbers (or ranges); the unit typed «mm Hg», «mmhg» is folded
MM_HG = re.compile(r"(?:(?<=\d)|\b)mm\s?[Hh]g\b")  # also folded by ``units`` with no number
_PRESSURE_VALUE = r"(\d{2,3})(?:\s*[-–]\s*(\d{2,3}))?"
PRESSURE = re.compile(rf"(?<![\w.,/\-–]){_PRESSURE_VALUE}\s*/\s*{_PRESSURE_VALUE}(?=\s?mmHg(?!\w))")


def _pressure(m: re.Match[str]) -> str:
    def value(low: str, high: str | None) -> str:
        return read_int(int(low)) + (f" đến {read_int(int(high))}" if high else "")

    return f"{value(m[1], m[2])} trên {value(m[3], m[4])} "


VOLTAGE_PAIR = re.compile(
    rf"(?<![\w.,/])({_VOLTS}(?:\s*/\s*{_VOLTS}){{1,2}})\s?(kV|KV|kv|V)(?![\w/])"
)


def _voltages(m: re.Match[str]) -> str:
    said = " trên ".join(
        read_number_token(v.replace(".", ",")) for v in re.split(r"\s*/\s*", m.group(1))
    )
    return f"{said} {unit_words('V' if m.group(2) == 'V' else 'kV')}"


# «(35 vụ/50 tàu/449 ngư dân)»: three or more counts joined by «/» are a list, not «trên».
COUNT_LIST = re.compile(
    rf"(?<![\w.,/])(?:(?:{NUM})\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*){{2,}}(?:{NUM})\s+[^\W\d_]+"
)
# «cự ly 100/200m», «cự ly 1.500/5.000m», «các cự ly 60m/100m/200m»: races' distances, a list
DISTANCES = re.compile(  # not a share of one «cự ly 1/2 km»
    rf"(?<=\b[lL][yi] )(?!1\s*/)(?:(?:{NUM})\s?(?:m|km)?\s*/\s*)+(?:{NUM})"
    r"(?=\s?(?:m|km)(?![\w²³/]))"
)
# «50 tàu/1.558 người», «142 PT/1.022 LĐ», «25 dự án/43 HS»: boats, vehicles or entries, and
# the people on them or in them, «với»; a ratio stays «trên» («499 lượt/167 tàu», «45 nữ/120
# lao động», «10 khối/4 nhân khẩu», «tỷ lệ 1 giáo viên/25 học sinh»).
_WORDS2 = r"[^\W\d_]+(?:\s+[^\W\d_]+)?"
COUNT_PAIR = re.compile(rf"(?<![\w.,/])({NUM})\s+({_WORDS2})\s*/\s*({NUM})\s*({_WORDS2})(?![\w/])")
_CARRIERS = frozenset(
    (
        "tàu",
        "tàu cá",
        "tàu thuyền",
        "thuyền",
        "ghe",
        "xuồng",
        "phương tiện",
        "PT",
        "dự án",
        "đề tài",
    )
)
_PEOPLE = frozenset(
    (
        *("người", "lao động", "LĐ", "ngư dân", "thuyền viên", "học sinh", "HS", "thí sinh"),
        *("khách", "hành khách", "thành viên", "sinh viên", "tác giả", "công nhân"),
    )
)
_RATE_BEFORE = re.compile(r"(?i)\b(?:t[ỷỉ] lệ|định mức|bình quân|trung bình)\W+$")


def _first_words(words: str) -> set[str]:
    """«tàu cá» and «tàu»: a noun of one or two words, whichever a table lists."""
    return {words, words.split()[0]}


def _count_pair(m: re.Match[str]) -> str:
    carrier, people = m.group(2), m.group(4)
    if (
        not _first_words(carrier) & _CARRIERS
        or not _first_words(people) & _PEOPLE
        or _RATE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    ):
        return m.group(0)
    return f"{m.group(1)} {carrier} với {m.group(3)} {people}"


# After such a pair, a place's line in the same list leaves the carrier out: «1.308 phương
# tiện/11.981 lao động (Quảng Trị: 60/425 lao động; Đà Nẵng: 03/72 lao động)».
_PLACE_PAIR = re.compile(rf"(?<=:)(\s*)({NUM})\s*/\s*({NUM})(\s*({_WORDS2}))(?![\w/])")


def _read_count_pairs(text: str) -> str:
    if "/" not in text:
        return text
    pairs = list(COUNT_PAIR.finditer(text))
    said = [(m, _count_pair(m)) for m in pairs]
    read = [(m, s) for m, s in said if s != m.group(0)]
    if not read:
        return text
    crews = {p for m, _ in read for p in _first_words(m.group(4))} & _PEOPLE
    out, at = [], 0
    for m, s in read:
        out += [text[at : m.start()], s]
        at = m.end()
    tail = text[at:]

    def place_pair(m: re.Match[str]) -> str:
        if not _first_words(m.group(5)) & crews:
            return m.group(0)
        return f"{m.group(1)}{m.group(2)} với {m.group(3)}{m.group(4)}"

    return "".join(out) + _PLACE_PAIR.sub(place_pair, tail)


# «số 43/106 - 43/98», «ngõ 12/5 - 12/9»: from one house number to another.
HOUSE_SPAN = re.compile(
    r"(?i)\b(số|nhà|ngõ|ngách|hẻm|kiệt) (\d{1,4})/(\d{1,4})\s*[-–]\s*(\d{1,4})/(\d{1,4})(?![\w/])"
)


# «780/8/52/6E», «hẻm 246/4A»: a house number of several parts, a letter closing one or four
# parts and more; each slash «trên», never a date.
HOUSE_NUMBER = re.compile(r"(?<![\w/.,\-])\d{1,4}(?:/\d{1,4}[A-Z]?){1,4}(?![\w/\-]|[.,]\d)")


_HOUSE_HINT = re.compile(r"/\d{1,4}(?:[A-Z]|/\d{1,4}/)")  # what HOUSE_NUMBER needs


def _house_number(m: re.Match[str]) -> str:
    parts = m.group(0).split("/")
    if len(parts) < 4 and not any(part[-1].isalpha() for part in parts):
        return m.group(0)  # «12/3/2024» is a date, «12/5» is left to the date rules
    if len(parts) < 4 and parts[-1].endswith("V"):
        return m.group(0)  # «220/380V»: voltages (``VOLTAGE_PAIR``)
    said = []
    for part in parts:
        letter = part[-1] if part[-1].isalpha() else ""
        number = read_int(int(part.rstrip(letter)))
        said.append(f"{number} {LETTERS[letter]}" if letter else number)
    return " trên ".join(said)


# «Số 154-154A»: two house numbers, the second closed by a letter.
HOUSE_PAIR = re.compile(r"(?i:\b(số|nhà) )(\d{1,4})\s*[-–]\s*(\d{1,4})([A-Z])(?![\w/\-])")


def _house_pair(m: re.Match[str]) -> str:
    first, second = read_int(int(m.group(2))), read_int(int(m.group(3)))
    return f"{m.group(1)} {first} đến {second} {LETTERS[m.group(4)]}"


def read_house_spans(text: str) -> str:
    """Before the date rules, which would take «12/5 - 12/9» for two dates, or «246/4A» for
    a day and a month; before the code rules, which would take «154A» for a code."""
    if "/" not in text:
        return HOUSE_PAIR.sub(_house_pair, text) if "-" in text or "–" in text else text
    if _HOUSE_HINT.search(text):
        text = HOUSE_NUMBER.sub(_house_number, text)
    if not ("-" in text or "–" in text):
        return text
    text = HOUSE_PAIR.sub(_house_pair, text)
    return HOUSE_SPAN.sub(
        lambda m: (
            f"{m.group(1)} "
            + " đến ".join(
                f"{read_int(int(a))} trên {read_int(int(b))}"
                for a, b in ((m.group(2), m.group(3)), (m.group(4), m.group(5)))
            )
        ),
        text,
    )


# «tỷ lệ 1:500»; «1:1.000.000», «chọi 1:3» anywhere (no clock time has these minutes); odds
# with a decimal «tỷ lệ chọi … là 1:5,87» only after «chọi» or «tỷ lệ» (a race's «2:15,34»)
SCALE = re.compile(
    rf"(?i)\b(tỷ lệ|tỉ lệ)\s+({NUM})\s*:\s*({NUM})\b"
    r"|()(?<![\w.,:])(\d{1,3}):(\d|\d{1,3}(?:\.\d{3})+|\d{1,2},\d{1,2})(?![\w:]|[.,]\d)"
)
# «tỷ lệ chọi 1/7, trường B là 1/6»: in a sentence on the odds of admission, «1/b» is odds,
# said as «1:7» is (not a share, nor a date)
ODDS_SENTENCE = re.compile(r"(?i)\bt[ỷỉ] lệ chọi\b[^.;!?\n]{0,80}")
_SLASH_PAIR = re.compile(rf"(?<![\w.,/])1\s*/\s*({NUM})(?![\w/]|[.,]\d)")  # odds are «1/…»
# What says odds before «1/7» in such a sentence: «chọi 1/7», «là 1/6» (anything else,
# «hạn nộp 1/7», «thi 1/6», may be a day)
_ODDS_CUE = re.compile(r"\b(?:chọi|là)\s*$")


def _odds(m: re.Match[str]) -> str:
    if not _ODDS_CUE.search(m.string, 0, m.start()):
        return m.group(0)
    return f"một trên {read_number_token(m.group(1))}"


# «thị lực mỗi mắt đạt 9/10; tổng thị lực hai mắt từ 18/10 trở lên», «Thị lực: MP 9/10»:
# in a sentence on eyesight, tenths (at most 20, for two eyes) are eyesight unless a day's word
# says a day («vào ngày 20/10», «thứ Hai 14/10», «kết thúc 30/10», «từ 10/10 đến 15/10») or a
# whole follows («1/10 số học sinh»)
ACUITY_SENTENCE = re.compile(r"(?i)\bthị lực\b[^.!?\n]{0,160}")
_TENTHS = re.compile(r"(\s*[-–]\s*)?(?<![\w.,/])(1?\d|20)\s*/\s*10(?![\w/]|[.,]\d)")
# the other end of a range: «9/10 - 10/10», «9/10 đến 10/10», «từ 10/10 xuống 5/10»
_RANGE_END = re.compile(r"\d\s*/\s*10\s*(?:[-–]|\b(?:đến|tới|xuống))\s*$")
_DAY_BEFORE = (DATE_CUES - {"từ"}) | {"thúc", "hết"}
_EYE_VERBS = frozenset(("đạt", "giảm", "tăng", "còn", "lực"))  # «đạt từ 9/10»
# «thị lực mắt phải là 8/10» (not «hạn khám thị lực là 15/10»)
_SIGHT_IS = re.compile(r"(?i)(?<!khám )(?<!đo )thị lực[^,;\d]{0,25}\blà\s*$")
_BOTH_EYES = re.compile(r"(?i)\b(?:hai mắt|tổng)\b")  # more than 10/10 is two eyes' sum


def _eyesight(text: str, start: int, end: int, tenths: int) -> bool:
    before, words = directly_before(text, start), words_before(text, start, 2)
    if tenths > 10 and not _BOTH_EYES.search(text, 0, start):
        return False
    if before == "từ":  # «từ 18/10 trở lên», «đạt từ 9/10», not «học sinh từ 10/10 đến 15/10»
        return text[end:].lstrip().startswith(("trở lên", "xuống")) or words[0] in _EYE_VERBS
    if before in _DAY_BEFORE or (len(words) == 2 and words[0] in ("thứ", "chủ")):
        return False
    if before == "là":
        return _SIGHT_IS.search(text, 0, start) is not None  # not «hạn khám … là 15/10»
    return not share_after(text, end, start)


def _tenths_of(sentence: str) -> str:
    """Each tenths of a sentence on eyesight read, the second end of a range as the first."""
    last = False  # whether the tenths before were eyesight

    def one(m: re.Match[str]) -> str:
        nonlocal last
        text, start = m.string, m.start(2)
        in_range = _RANGE_END.search(text, 0, start) is not None  # «9/10 - 10/10», «đến 10/10»
        sight = last if in_range else _eyesight(text, start, m.end(), int(m[2]))
        last = sight
        if not sight:
            return m.group(0)
        said = f"{read_int(int(m[2]))} trên mười"
        return f" đến {said}" if in_range and m.group(1) else f"{m.group(1) or ''}{said}"

    return _TENTHS.sub(one, sentence)


def read_slash_scores(text: str) -> str:
    """Scores and lists written like days, read before the dates take them: odds «tỷ lệ chọi
    1/7» «một trên bảy», eyesight «thị lực … 18/10» «mười tám trên mười», races' distances
    «cự ly 5/10/21 km» «năm, mười, hai mươi mốt ki lô mét»."""
    if "ly " in text or "li " in text:
        text = DISTANCES.sub(lambda m: re.sub(r"\s*/\s*", ", ", m.group(0)), text)
    if "chọi" in text:
        text = ODDS_SENTENCE.sub(lambda m: _SLASH_PAIR.sub(_odds, m[0]), text)
    if "thị lực" in text.lower():
        text = ACUITY_SENTENCE.sub(lambda m: _tenths_of(m[0]), text)
    return text


# «2,33 con/phụ nữ», «5 điểm/xã»: a count of something per head of a population, a
# household, a commune. Between two administrative units it is a list («15 xã/phường»).
_PER_HEAD = (
    "phụ nữ|bà mẹ|mẹ|người dân|người|hộ dân|hộ|nhân khẩu|khẩu|trẻ|học sinh|lớp|trường|gia đình|"
    "lao động|bệnh nhân|xã|phường|thôn|xóm|ấp|bản|tổ|đơn vị|cơ sở"
)
# places listed with a slash: «huyện/xã», «các làng/bản», «5 khóm/phường» (never «per»)
_PLACES = ADMIN_WORDS | frozenset(["làng", "buôn", "bon", "khóm", "sóc", "plây", "phum"])
PER_HEAD = re.compile(
    rf"(?<![\w.,/])({NUM})(\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*/\s*(?=(?:{_PER_HEAD})\b(?!\s*/))"
)


# «bố trí đủ 5 cán bộ, chiến sĩ công an chính quy/xã»: a count per commune, the counted words
# too many for ``PER_HEAD``; not a list of two kinds of place («huyện/xã», «xã/phường»).
PER_PLACE = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=(?:xã|phường|thôn|bản)\b(?!\s*/))")


def _per_place(m: re.Match[str]) -> str:
    text, start = m.string, m.start()
    sentence = clause_before(text, start)
    after = [w.lower() for w in re.findall(r"[^\W\d_]+", text[m.end() : m.end() + 20])]
    before = [w.lower() for w in words_before(text, start, 3)]
    listed = (before[-1:] and before[-1] in _PLACES) or (len(after) > 1 and after[1] in _PLACES)
    if listed or {"các", "những", "mọi"} & set(before) or not re.search(r"\d", sentence):
        return m.group(0)  # «các làng/bản», «huyện/xã»: a list of places, not «per»
    return " một "


def _per_head(m: re.Match[str]) -> str:
    counted = m.group(2).split()
    after = re.findall(r"[^\W\d_]+", m.string[m.end() : m.end() + 20])
    if counted[-1].lower() in _PLACES and after and after[0].lower() in _PLACES:
        return m.group(0)  # «15 xã/phường»: either, a list
    return f"{m.group(1)}{m.group(2)} trên "


def date_shaped(m: re.Match[str], _reading: str) -> bool:
    """«2/3», «6.1»: a day and a month as much as a fraction or a decimal; «3/2026»."""
    parts = [p for p in m.groups() if p]
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", parts[1]):  # «đợt 3/2026»: the third of the year?
        return True
    if MEASURED_AFTER.match(m.string, m.end()):  # «2.5 ha», «1.5 triệu»: a quantity, not a date
        return False
    return 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12 and not parts[1].startswith("0")


_ODDS_BEFORE = re.compile(r"(?i)\b(?:chọi|t[ỷỉ] lệ)\b[^.;]{0,40}$")


def _scale(m: re.Match[str]) -> str:
    word, first, second = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
    if not word and "," in second and not _ODDS_BEFORE.search(m.string[: m.start()]):
        return m.group(0)
    said = f"{read_number_token(first)} trên {read_number_token(second)}"
    return f"{word} {said}" if word else said


# «NPK (16:16:8)/500m2»: an amount of what the bracket names per an area (the layout has made
# the bracket a pause by then: «16, 16, 8,/500m2»)
PER_AREA_AFTER_BRACKET = re.compile(r",\s*/\s*(?=\d[\d.,]*\s?(?:m2|m²|ha|sào|mẫu|công)(?!\w))")


def read_ratios(text: str, doubts: DoubtLog | None = None) -> str:
    text = SCALE.sub(_scale, text)
    if "," in text and "/" in text:
        text = PER_AREA_AFTER_BRACKET.sub(", trên ", text)
    if "km/" in text:
        text = SPEED_OVER_LIMIT.sub(lambda m: f"{read_int(int(m[1]))} trên ", text)
    if "mm" in text and ("Hg" in text or "hg" in text):
        text = MM_HG.sub("mmHg", text)
        text = PRESSURE.sub(_pressure, text)
    if "/" in text and ("V" in text or "kv" in text):
        text = VOLTAGE_PAIR.sub(_voltages, text)

    text = re.sub(rf"(?<![\w.,/])({NUM})\s*[-–]\s*(?=(?:{NUM})\s*/\s*\d)", r"\1 đến ", text)
    text = COUNT_LIST.sub(lambda m: re.sub(r"\s*/\s*", ", ", m.group(0)), text)
    text = _read_count_pairs(text)
    if "hộ" in text:
        text = HOUSEHOLDS_AND_PEOPLE.sub(r"\1 với ", text)
    text = WORD_PER_NUMBER.sub(" trên ", text)  # «112,8 trẻ trai/100 trẻ gái»
    if _PART_HINT.search(text):
        text = PART_OF_THOUSANDS.sub(
            lambda m: (
                f"{read_number_token(m.group(1))} trên {read_number_token(m.group(2))} "
                + (unit_words(m.group(3)) if m.group(3) else "")
            ),
            text,
        )
    text = PER_HEAD.sub(_per_head, text)
    if "/" in text:
        text = PER_PLACE.sub(_per_place, text)

    def fraction(m: re.Match[str]) -> str:
        parts = [p for p in m.groups() if p]
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            a, b = int(parts[0]), int(parts[1])
            of_all = share_after(m.string, m.end())  # «2/3 số hộ», «1/3 mặt cầu»
            cued = directly_before(m.string, m.start()) in PROPORTION_CUES
            share = a == 1 or cued
            # «5/6 sân bay» counts; «bằng 1/2 cây lúa» is a share of one whatever follows
            counted = counted_after(m.string, m.end()) and not of_all and not cued
            if 0 < a < b <= 10 and (share or of_all) and not counted:
                # «1/3 giá», «gần 1/4», «2/3 số hộ»: a share, «một phần ba», «một phần tư»;
                # «5/6 sân bay» is five out of six
                return f"{read_int(a)} phần {'tư' if b == 4 else read_int(b)}"
        return " trên ".join(read_number_token(p) for p in parts)

    return FRACTION.sub(watched(fraction, doubts, NUMBER, date_shaped), text)


# A rank out of a total: «xếp thứ 6/10», «hạng 3/25», «xếp 6/10», «thứ 15 – 20/66», «ở vị trí
# 6/6» — not a date.
RANK_OUT_OF = re.compile(
    r"(?i)\b(thứ|hạng|xếp|vị trí)\s+(?:(\d{1,3})\s*[-–]\s*)?(\d{1,3})\s*/\s*(\d{1,3})"
    r"(?![\w/]|[.,]\d)"
)


def read_rank(m: re.Match[str]) -> str:
    """«thứ 6/10» → «thứ sáu trên mười» (read by ``dates`` before a slash can be a date)."""
    first, place, total = m.group(2), int(m.group(3)), int(m.group(4))
    if not 0 < place <= total or (first and not 0 < int(first) < place):
        return m.group(0)
    if m.group(1).lower() == "vị trí" and (
        share_after(m.string, m.end()) or (place == 1 and total <= 4)
    ):
        # «tại vị trí 1/3 trên», «vị trí 1/2 cầu»: a share of a length
        return f"{m.group(1)} {read_int(place)} phần {'tư' if total == 4 else read_int(total)}"
    rank = m.group(1).lower() == "thứ"
    say = ordinal if rank else read_int
    said = say(place)
    if first:  # «thứ mười lăm đến thứ hai mươi»
        said = f"{say(int(first))} đến {'thứ ' if rank else ''}{said}"
    return f"{m.group(1)} {said} trên {read_int(total)}"
