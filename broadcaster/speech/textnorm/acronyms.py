"""Capitals no earlier rule knew, said as an announcer would.

- An unknown acronym is spelled by its Latin letter names or read as the syllable it spells:
  ``ABC`` → «a bê xê», ``MAY`` → «may»; a syllable closed by a stop with no tone is letters
  (``TOT`` → «tê ô tê»), and so are capitals with single small letters among them (``nCoV``,
  ``APhO``).
- A long capitalised word is read by its syllables: ``BUTINACA`` → «bu ti na ca».
- A Roman numeral left over is a number.
- A person's initials are spelled: ``T.G.H.`` → «tê giê hát».
- Single letters keep the alphabet's names: a name's initial (``anh H.`` → «anh hát»), a class
  (``nhóm A``), a legal point (``điểm đ``), a list (``A, B và C``).

An acronym, a long word, a Roman numeral or initials guessed this way is shown to the
operator as a doubt; a single letter (said by its name) is not.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import ALPHABET, LETTERS, UPPER, spell
from broadcaster.speech.textnorm.context import sentence_follows
from broadcaster.speech.textnorm.doubts import ABBREVIATION, GLUED, NUMBER, DoubtLog, watched
from broadcaster.speech.textnorm.numbers import DIGITS, read_int, roman_to_int
from broadcaster.speech.textnorm.sitenames import read_site_label
from broadcaster.speech.textnorm.syllables import (
    GLUED_CAPS,
    is_syllable,
    open_syllables,
    said_as_word,
    split_glued,
    toneless_stop,
)

# «CT&BVNTD»: each side of an ampersand no table knew is spelled (the sign is «và»).
ACRONYM = re.compile(rf"(?<![\w\-/.])([{UPPER}]{{2,6}})(?![\w\-/])")
# «Trung tâm NCTS III», «Cụm công nghiệp II»: a Roman numeral no rule before took is a number
# (a doubt all the same), never letters to spell.
LONE_ROMAN = re.compile(r"(?<![\w\-/.])([IVX]{2,5})(?![\w\-/])")
_ROMAN_PAIRS = ("II", "IV", "IX", "VI", "XI", "XV", "XX")  # one is in every such numeral
# Capitals joined by hyphens that no rule knew: «TE-CSTE», «NAVET-FLUVAC», «ADB-BUTINACA».
CAPS_COMPOUND = re.compile(rf"(?<![\w\-/.&])[{UPPER}]{{1,8}}(?:-[{UPPER}]{{1,10}})+(?![\w\-/&])")
# A long capitalised word no table knew: «BUTINACA» read as its syllables, «PETROSETCO» as a
# word, «TCTBĐATHHMB» spelled.
LONG_CAPS = re.compile(rf"(?<![\w\-.&])([{UPPER}]{{7,14}})(?![\w&])")
# «…, T nhảy xuống sông», «không thấy V lên»: a person named by one letter in mid-sentence
# (not «độ C»).
LONE_CAPITAL = re.compile(
    r"(?<=[a-zà-ỹđ,;:] )(?<!độ )([BCDĐGHKLMNPQRSTVX])(?![\w.\-'’/&])(?=\s+[a-zà-ỹđ])"
)
LONE_CONSONANT = re.compile(
    r"(?<![\w.\-'’/@])(?<!độ )([BCDĐGHKLMNPQRSTVX])(?![\w\-'’/@]|\.\w|\s?[-–]\s?\d)"
)
# «soạn Y gửi 191»: the letter an SMS command is (a vowel too)
SMS_LETTER = re.compile(
    r"(?i:\b(soạn(?:\s+tin(?:\s+nhắn)?)?(?:\s+theo\s+cú\s+pháp)?\s*:?\s*))([\"“]?)([A-Z])"
    r"(?=[\"”]?\s+(?i:gửi|gởi)\b)"
)
# A letter closing a place's name: «ấp Hòa Tây B (xã …», «khu phố Tân Lập C,».
NAME_LETTER = re.compile(
    r"\b([A-ZĐ][^\W\d_]{1,6}) ([BCDĐGHKLMNPQRSTVX])(?=\s*[,.;:)(]|\s+[a-zà-ỹđ]|\s*$)"
)


# «“BLACK PEPPER PINHEADS 3MM”», «“MADE IN VIETNAM”»: English words in capitals opening a
# quote, one of four letters or more no Vietnamese syllable: a phrase, said as words (not
# «HACCP GLOBALGAP», letters side by side outside quotes)
FOREIGN_CAPS = re.compile(r"(?<=[“\"])\s?([A-Z]{2,14}(?: [A-Z]{2,14})+)(?![\w\-/&])")


def _foreign_caps(m: re.Match[str]) -> str:
    words = m.group(1).split()
    if any(len(w) >= 4 and not is_syllable(w) for w in words):
        return m.group(0).lower()
    return m.group(0)


def _a_word(word: str) -> bool:
    """Whether capitals no table knew are said as one word: a Vietnamese syllable, unless it
    ends in a stop with no tone to carry it («TOT», «DAT»: a syllable closed by p, t, c or ch
    takes a sắc or nặng tone, so these are letters typed, not a word)."""
    return is_syllable(word) and not toneless_stop(word)


def say_caps(word: str) -> str:
    """An unknown capitalised word: a syllable as a word, open syllables as words, a name
    that falls into syllables as a word («NAVETCO» «navetco»), else letters. Vietnamese words
    typed glued without their marks are those words first («DIENBIEN» «Điện Biên»)."""
    if _a_word(word):
        return word.lower()
    if said := open_syllables(word):
        return said
    if not said_as_word(word):
        return spell(word, latin=True)
    return read_site_label(word) or word.lower()


# «eKYC», «eID» (an electronic service), «uPVC» (a plastic): one small letter, then capitals,
# each letter said (not a unit typed in capitals: «kWH», «kVAR», «mAH»)
SMALL_THEN_CAPITALS = re.compile(
    r"(?<![\w\-.])([a-z])(?!(?:WH|VAR|VA|AH|WP|HZ)\b)([A-Z]{2,5})(?![\w\-])"
)

# «H.N.T.», and with a two-letter initial «Tr.P», «Ng.V.A»: a person's initials, spelled.
_INITIAL = rf"(?:[{UPPER}]|Tr|Th|Ng|Nh|Ph|Ch|Kh|Gi)"
# spaced, three or more: «Ng. X. H», «Đ. V. N»
INITIALS = re.compile(
    rf"(?<![\w.])((?:{_INITIAL}\.){{1,4}}{_INITIAL}|(?:{_INITIAL}\. ){{2,4}}{_INITIAL})\.?(?![\w])"
)
_INITIAL_DOT = re.compile(rf"{_INITIAL}\.")  # what INITIALS needs: a quicker scan first
# A name shortened to one letter, or to the two letters of its first sound: «anh H. đã …»,
# «chị D. (20 tuổi», «bà Nguyễn Thị H.,», «chị Th. đang».
# Not «(Tr. 15)», «Ph. 12»: a page, a ward before their number (read by then).
DIGRAPHS = "Ngh|Th|Ph|Tr|Ch|Kh|Nh|Ng|Gi|Qu"
# «Mn», «Hg», «Pb», «Cl», «Mw», «Cr6+»: the symbol of an element or of a magnitude scale, its
# letters said — a closed list (not «Đt», «Ts.», «Kp.», «Mr»: abbreviations and titles typed in
# small letters, left as typed); «mm Hg» is a unit
ELEMENT_SYMBOLS = (
    *("Mn", "Hg", "Pb", "Cd", "Cr", "Zn", "Mg", "Mw", "Sr", "Tl", "Rb", "Nd", "Cl", "Br", "Sb"),
    "Pd",
)
CONSONANT_PAIR = re.compile(
    rf"(?<![\w.\-/@&'’])(?<!mm )({'|'.join(ELEMENT_SYMBOLS)})"
    r"(?:(?=\d[+−](?!\w))|(?![\w\-/@&'’]|\.\w))"  # an ion's charge after it: «Cr6+»
)
_NUMBER_WORD = rf"(?:{'|'.join(DIGITS)}|mười)\b"
INITIAL = re.compile(
    rf"(?<![\w.])([{UPPER}]|(?:{DIGRAPHS})(?!\.\s+{_NUMBER_WORD}))\.(?=\s*[(,;:]|\s+[a-zà-ỹđ])"
)
# «Lê Văn Tr. Hiện …», «Nguyễn Văn Th.» at the end: two letters closing a name, the dot kept
NAME_DIGRAPH = re.compile(rf"\b([A-ZĐ][^\W\d_]{{1,6}}) ({DIGRAPHS})\.(?=\s|$)")
# A letter that names a class or a group: «loại B», «nhóm A», «cúm A», «viêm gan B».
_GROUP_WORDS = (
    "loại|hạng|nhóm|khối|khu|lô|dãy|ấp|khóm|đội|tầng|cổng|vitamin|vi ta min|viêm gan|nhóm máu|týp"
    "|tuýp|cúm|nhà|tòa nhà|tòa|phòng|sảnh|khán đài"  # «Khu nhà T», «tòa B»
    "|tên"  # «đối tượng tên B»
    "|hậu tố|tiền tố|chữ cái|ký tự"  # «hậu tố "W"»
    "|giải"  # «10 giải A, 15 giải B»
    "|bảng"  # a group of a tournament: «bảng F»
    # a person named by one letter: «anh A», «bà T (SN 1962)»
    "|anh|chị|ông|bà|em|cháu|cụ|bé|đối tượng|nghi phạm|bệnh nhân|nạn nhân|nam sinh|nữ sinh"
)
GROUP_LETTER = re.compile(rf"(?i:\b({_GROUP_WORDS}))\s+[\"“]?([{UPPER}])(?![\w'’]|\.\w)")
# Two or three class letters: «vắc xin nhóm BC», «nhóm máu AB» (not the table's «BC»).
GROUP_LETTERS = re.compile(r"(?i:\b(nhóm|nhóm máu|týp|tuýp|loại))\s+([A-D]{2,3})(?![\w'’\-]|\.\w)")


# What GROUP_LETTERS needs, as plain substrings of the lowered line («nhóm máu» holds «nhóm»).
_CLASS_WORD_HINTS = ("nhóm", "týp", "tuýp", "loại")


def spell_class_letters(text: str) -> str:
    """«nhóm BC» is «nhóm bê xê»: read before the table would make it «báo cáo»."""
    low = text.lower()
    if not any(word in low for word in _CLASS_WORD_HINTS):
        return text
    return GROUP_LETTERS.sub(lambda m: f"{m.group(1)} {spell(m.group(2), latin=True)}", text)


# A lettered point of a legal text: «điểm d khoản 16 Điều 6», «điểm a, b và đ», «mục b».
_POINT = r"(?!y\s+[^\W\d_])[a-zđ](?![\w'’])"  # not «chuyên mục y tế»
POINT_LETTERS = re.compile(
    rf"(?i:\b(điểm|tiết|mục))\s+({_POINT}(?:\s*,\s*{_POINT})*(?:\s+(?:và|hoặc)\s+{_POINT})?)"
)


_LONE_SMALL_LETTER = re.compile(r"(?<!\w)[a-zđ](?!\w)")


def _letter_names(letters: str) -> str:
    """«a, b và đ» → «a, bê và đê»: each small letter standing alone said by its name."""
    return _LONE_SMALL_LETTER.sub(lambda c: LETTERS[c.group(0).upper()], letters)


def _point_letters(m: re.Match[str]) -> str:
    # the alphabet's own names: «d» comes before «đ»
    return f"{m.group(1)} {_letter_names(m.group(2))}"


# A list of single capital letters: «ba khu vực: A, B và C», «hạng A hoặc B».
LETTER_LIST = re.compile(
    rf"(?<![\w.])([{UPPER}](?:\s*,\s*[{UPPER}])*\s*,?\s+(?:và|hoặc|hay)\s+[{UPPER}])(?![\w'’]|\.\w)"
)


# Small letters in a row of the alphabet: «(x) là a, b, c hoặc d» (one letter, say «b» or «d»,
# may be a word of a foreign line: only a run of three or more in order).
SMALL_LETTER_LIST = re.compile(
    r"(?<![\w.\-/])(?<!, )([a-zđ](?:, [a-zđ])+,? (?:và|hoặc|hay) [a-zđ])(?![\w'’\-]|\.\w)"
)
# A lettered point opening a quote or a line: «quy định: “b, Đối với các trường …»
POINT_OPENING = re.compile(r"(?:^|(?<=“)|(?<=“ ))([a-zđ])(?=, [A-ZĐ])", re.M)
# A small letter standing for any one of them: «ghi "Tuyển thẳng (x)"», «ký hiệu (a)»; not a
# unit's symbol after its name («tối đa 2 mét (m)», «10-15cc (g)/bình», «Thành tiền (đ)», «(h)»,
# «(t)», «(s)», «(c) 2024»), nor «trainer(s)»
BRACKETED_LETTER = re.compile(r"(?:(?<=\s\()|(?<=^\())([abdeiknopqruvxy])(?=\))", re.M)


def _small_letter_list(m: re.Match[str]) -> str:
    letters = _LONE_SMALL_LETTER.findall(m.group(1))
    places = [ALPHABET.find(letter) for letter in letters]
    if -1 in places or places != list(range(places[0], places[0] + len(places))):
        return m.group(0)
    return _letter_names(m.group(1))


STRAY_CAPS = re.compile(rf"(?<![^\W\d_])([{UPPER}]{{2,14}})(?![^\W\d_])")


def _two_latin_letters(word: str) -> bool:
    """«IP», «AI»: two capitals of the plain alphabet are initials, not a word like «ĐI»."""
    return len(word) == 2 and word.isascii()


def _not_a_vietnamese_word(m: re.Match[str], _reading: str) -> bool:
    """«giá xăng TĂNG»: a capitalised syllable with a Vietnamese vowel is a word, no doubt."""
    word = m.group(1)
    return not (is_syllable(word) and re.search("[ĂÂÊÔƠƯ]", word))


def _name_digraph(m: re.Match[str]) -> str:
    """«Lê Văn Tr. Hiện …» → «Lê Văn tê e rờ. Hiện …»: the dot kept where a sentence follows."""
    ends = sentence_follows(m.string, m.end()) or not m.string[m.end() :].strip()
    return f"{m.group(1)} {spell(m.group(2))}{'.' if ends else ''}"


def _single_letters(text: str) -> str:
    """Letters standing alone: an initial, a list, a class, a lettered point, a name."""
    text = INITIAL.sub(lambda m: spell(m.group(1)), text)
    text = LETTER_LIST.sub(
        lambda m: re.sub(rf"[{UPPER}]", lambda c: LETTERS[c.group(0)], m.group(1)), text
    )
    text = GROUP_LETTER.sub(lambda m: f"{m.group(1)} {spell(m.group(2))}", text)
    text = POINT_LETTERS.sub(_point_letters, text)
    text = SMALL_LETTER_LIST.sub(_small_letter_list, text)
    text = POINT_OPENING.sub(lambda m: LETTERS[m.group(1).upper()], text)
    if "(" in text:
        text = BRACKETED_LETTER.sub(lambda m: LETTERS[m.group(1).upper()], text)
    text = NAME_LETTER.sub(lambda m: f"{m.group(1)} {LETTERS[m.group(2)]}", text)
    text = NAME_DIGRAPH.sub(_name_digraph, text)
    text = LONE_CAPITAL.sub(lambda m: LETTERS[m.group(1)], text)
    if "oạn" in text:  # «soạn», «Soạn»
        text = SMS_LETTER.sub(lambda m: m.group(1) + m.group(2) + LETTERS[m.group(3)], text)
    # Any consonant left alone is a letter: «xã Long khánh B», «hệ số K», «A, O, C»
    return LONE_CONSONANT.sub(lambda m: LETTERS[m.group(1)], text)


# What every rule of ``_single_letters`` needs: one letter with no letter or digit beside it (or
# an initial's two letters before its dot, «Th.»).
_SINGLE_LETTER = re.compile(rf"(?<!\w)(?:[^\W\d_]|(?:{DIGRAPHS})(?=\.))(?!\w)")
_TWO_CAPITALS = re.compile(rf"[{UPPER}]{{2}}")
# «nCoV», «IChO», «APhO», «NaCl», «DRCs»: capitals with single small letters among them, no
# word to say — each letter said (not a name with a longer small run, «BigC»).
MIXED_LETTERS = re.compile(
    r"(?<![\w\-.&])(?=[A-Za-z]{3,6}(?![\w\-&]))"
    r"(?=(?:[a-z]?[A-Z]){2})(?=[A-Z]*[a-z])(?:[a-z]?[A-Z]+)+[a-z]?(?![\w\-&])"
)


_MIXED_HINT = re.compile(r"[A-Z]{2}[a-z]|[a-z][A-Z]")  # what MIXED_LETTERS needs, found fast
# «LPBank», «TPBank», «MB Bank», «LPBANK»: a bank's capitals spelled, then «Bank» as the banks
# say it (the table's «VPBank» the same way)
BANK_NAME = re.compile(r"(?<![\w\-.&])([A-Z]{2,4}) ?(?:Bank|BANK)(?![\w\-&])")


def read_bank_names(text: str) -> str:
    """«HD Bank», «LPBank»: before the table's abbreviations, which read «HD» «hướng dẫn»."""
    if "Bank" in text or "BANK" in text:
        text = BANK_NAME.sub(lambda m: f"{spell(m.group(1), latin=True)} banh", text)
    return text


def _mixed_letters(m: re.Match[str]) -> str:
    """Each letter said, unless the word is syllables: two typed glued («SaPa», «MoMo»), or one
    whose second capital the shift key left («Nguyễn VAn», «Lê HUy»)."""
    word = m.group(0)
    glued = split_glued(word)  # «Sa Pa», not «A PhO»: each part a capital and small letters
    if glued and all(len(part) > 1 and part[1:].islower() for part in glued.split()):
        return word
    if word[:2].isupper() and is_syllable(word.lower()):
        return word
    return spell(word, latin=True)


# People the news names by initials: «chị P.», «cháu T.G.H.»
PERSON = r"(?:anh|chị|ông|bà|em|cháu|cô|chú|bé|cụ|nạn nhân|đối tượng|bệnh nhân|sản phụ)"
_PERSON_BEFORE = re.compile(rf"(?i)\b{PERSON}\s+$")


def _initials(m: re.Match[str]) -> str:
    """«T.G.H.» spelled; a person's last dot stays when a sentence starts after it («cháu
    T.G.H. Đến chiều»), a company's goes («C.P. Việt Nam»)."""
    said = spell(re.sub(r"[.\s]", "", m.group(1)).upper())
    ends = m.group(0).endswith(".") and sentence_follows(m.string, m.end())
    person = _PERSON_BEFORE.search(m.string[max(0, m.start() - 16) : m.start()])
    return said + "." if ends and person else said


def _roman_number(numeral: str) -> str | None:
    value = roman_to_int(numeral)
    return read_int(value) if value else None


def spell_acronyms(text: str, doubts: DoubtLog | None = None) -> str:
    """An all-caps word left after abbreviation expansion, not a syllable: «ABC» → «a bê xê»;
    initials «H.N.T.» → «hát en tê». Each is an unknown abbreviation (a doubt)."""
    # «eCDT», «eKYC», «uPVC»: each letter said (before the rules for capitals, which would
    # read «KYC» as a syllable)
    capitals = _TWO_CAPITALS.search(text) is not None
    if capitals:
        text = SMALL_THEN_CAPITALS.sub(
            lambda m: f"{LETTERS[m.group(1).upper()]} {spell(m.group(2), latin=True)}", text
        )
    if any(symbol in text for symbol in ELEMENT_SYMBOLS):
        text = CONSONANT_PAIR.sub(lambda m: spell(m.group(1)), text)
    if _MIXED_HINT.search(text):
        text = MIXED_LETTERS.sub(watched(_mixed_letters, doubts, ABBREVIATION), text)
    if "." in text and _INITIAL_DOT.search(text):
        text = INITIALS.sub(watched(_initials, doubts, ABBREVIATION), text)
    if _SINGLE_LETTER.search(text):
        text = _single_letters(text)
    # No rule makes two capitals in a row (each spells them away): without them the rules
    # below rest, and the search above stands unless it found some.
    capitals = capitals and _TWO_CAPITALS.search(text) is not None
    if capitals and any(pair in text for pair in _ROMAN_PAIRS):
        text = LONE_ROMAN.sub(
            watched(lambda m: _roman_number(m.group(1)) or m.group(0), doubts, NUMBER), text
        )
    if capitals and ("“" in text or '"' in text):
        text = FOREIGN_CAPS.sub(_foreign_caps, text)
    # An unknown capitalised syllable («MAY») is read as a word: doubtful all the same.
    if capitals:
        text = ACRONYM.sub(
            watched(
                lambda m: (
                    m.group(0).lower()
                    if _a_word(m.group(1)) and not _two_latin_letters(m.group(1))
                    else open_syllables(m.group(1)) or spell(m.group(1), latin=True)
                ),
                doubts,
                ABBREVIATION,
                _not_a_vietnamese_word,
            ),
            text,
        )
        text = LONG_CAPS.sub(watched(lambda m: say_caps(m.group(1)), doubts, ABBREVIATION), text)
    # a pass that calls back only when some word splits (the split of a word is remembered)
    if not text.isascii() and any(map(split_glued, GLUED_CAPS.findall(text))):
        text = GLUED_CAPS.sub(
            watched(lambda m: split_glued(m.group(1)) or m.group(0), doubts, GLUED),
            text,
        )
    # capitals no rule took, beside a dot, a dash or a digit: «TTVH.HTCĐ», «TBHH-TCTBĐATHHMB»
    if capitals:
        text = STRAY_CAPS.sub(watched(lambda m: say_caps(m.group(1)), doubts, ABBREVIATION), text)
    if "-" not in text:
        return text
    return CAPS_COMPOUND.sub(
        watched(
            lambda m: " ".join(say_caps(w) for w in m.group(0).split("-")), doubts, ABBREVIATION
        ),
        text,
    )
