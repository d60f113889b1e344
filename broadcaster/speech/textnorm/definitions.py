"""Abbreviations a bulletin defines itself: «xâm nhập mặn (XNM)», then «XNM tăng cao».

A writer who coins an abbreviation spells it out once, with the letters in brackets after
the words they stand for. When the initials of the words just before the brackets are the
letters («báo động (BĐ)», «Sở Nông nghiệp và Môi trường (NNMT)» — «và» may be left out or
written «&»), the bracket is dropped and every later use in the same text is read as those
words: ``BĐ2`` → «báo động 2», ``Sở NNMT`` → «Sở Nông nghiệp và Môi trường». Runs before
every other rule, so a defined abbreviation wins over the table and over letter–digit codes.
Letters defined by mostly foreign words («full marathon (FM)», «Helen Keller International
(HKI)») are the name announcers say: the bracket stays and is spelled.

A writer may also say the words once with no bracket and use the letters later: «tổ chức
tham gia bảo hiểm tiền gửi … Luật BHTG». Four to six capitals that no table knows are read
as the words said before them in the same line whose initials they are (``read_echoes``);
never a code's part, letters before a number, a symbol's name or a capitalised word. Such a
reading is a guess: it is shown to the operator as a doubt (``doubts.ECHO``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from broadcaster.speech.textnorm.doubts import ECHO, DoubtLog
from broadcaster.speech.textnorm.syllables import is_syllable

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


def _foreign(words: str) -> bool:
    """Most of the words are no Vietnamese syllable: a foreign name, whose letters are the name
    announcers say («full marathon (FM)»); not «Ban quản lý rừng Ea Sô (BQLRES)»."""
    said = _WORD.findall(words)
    return sum(not is_syllable(w) for w in said) * 2 > len(said)


def read_definitions(text: str) -> str:
    """Drop each defining bracket and read the abbreviation's later uses as its words."""
    if "(" not in text:
        return text
    defined: dict[str, str] = {}

    def drop(m: re.Match[str]) -> str:
        abbreviation = m.group(1)
        words = defined_words(text[: m.start()], abbreviation)
        if words is None or _foreign(words):
            return m.group(0)  # «Helen Keller International (HKI)»: the letters are its name
        defined.setdefault(abbreviation, words)
        return " "

    text = _DEFINED.sub(drop, text)
    for abbreviation, words in defined.items():
        use = re.compile(rf"(?<![\w&]){re.escape(abbreviation)}(?![^\W\d_]|&)")
        text = use.sub(words.replace("\\", "\\\\") + " ", text)
    return text


# Capitals a table does not know, four to six letters (three would match too many runs of
# words by chance: «TCT … tổ chức tuyên truyền»), standing alone: not a code's part
# («682/TTr-SCT»), not before a number («TCCS 3:2018»), not a symbol («có ký hiệu CGĐ»).
_UNKNOWN = re.compile(
    r"(?<![\w&.\-–/@])(?<![\d\-–/] )(?<!ký hiệu )([A-ZĐ]{4,6})(?![\w&\-/@]|\.\w|\s*[(:]?\s*\d)"
)


_FOUR_CAPITALS = re.compile(r"[A-ZĐ]{4}")  # what _UNKNOWN needs, found fast


def _said_words(text: str, letters: str, at: int) -> str | None:
    """Vietnamese words of ``text`` side by side, said before ``at``, whose initials are
    ``letters`` («và» may stand between), not right before it (the letters then repeat the
    words: «Tiêu chuẩn Việt Nam TCVN»)."""
    words = [w for w in _WORD.finditer(text, 0, at) if not w.group(0).isupper()]
    for start in range(len(words)):
        for size in (len(letters), len(letters) + 1):
            chosen = words[start : start + size]
            if len(chosen) < size:
                break
            gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(chosen)]
            if any(g.strip(" -") for g in gaps):
                continue
            if not text[chosen[-1].end() : at].strip():
                continue
            said = [w.group(0) for w in chosen]
            if said[0].lower() == "và" or said[-1].lower() == "và":
                continue  # «và» only between the words: «… và Văn phòng Đăng ký» is no VPĐK
            if _initials(said, ampersand=False) == letters and all(map(is_syllable, said)):
                return text[chosen[0].start() : chosen[-1].end()]
    return None


def _a_name(capitals: str) -> bool:
    """«HONDA», «SAMSUNG»: a word in capitals (two vowels or more), not initials."""
    return sum(ch in "AEIOUY" for ch in capitals) >= 2


# «nhắn tin với cú pháp: TALS gửi 1405», «soạn tin UH gửi 1409»: a text message's keyword
_SMS_KEYWORD_BEFORE = re.compile(
    r"(?i)(?:\bcú pháp|\bsoạn(?: tin)?|(?<!tin )\bnhắn(?: tin)?)\s*:?\s*[\"“]?$"
)


def read_echoes(text: str, keys: frozenset[str], doubts: DoubtLog | None = None) -> str:
    """«… bảo hiểm tiền gửi … Luật BHTG»: capitals no table knows, read as the words of the
    same text whose initials they are (the writer said them once, with no bracket). Each is
    a guess, noted in ``doubts`` for the operator to confirm."""
    if not _FOUR_CAPITALS.search(text):
        return text
    said: dict[str, str | None] = {}

    def read(m: re.Match[str]) -> str:
        abbreviation = m.group(1)
        alone = text[: m.start()].rstrip()[-1:] == "(" and text[m.end() :].lstrip()[:1] == ")"
        if abbreviation in keys or alone or is_syllable(abbreviation) or _a_name(abbreviation):
            return abbreviation  # «(BOG)»: its letters given; «TIN VẮN», «HOANG», «HONDA»
        if _SMS_KEYWORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return abbreviation  # «cú pháp: TALS gửi 1405»: what to type, letter by letter
        if abbreviation not in said:  # its words looked for once, at its first use
            said[abbreviation] = _said_words(text, abbreviation, m.start())
        words = said[abbreviation]
        if not words:
            return abbreviation
        # inside a bracket right after its words it is an echo the normalizer drops («Đại hội
        # đại biểu phụ nữ (ĐH ĐBPN)»): no doubt to show there
        bracketed = text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start())
        if doubts is None or bracketed:
            return words.lower()
        return doubts.note(abbreviation, words.lower(), ECHO)

    return _UNKNOWN.sub(read, text)
