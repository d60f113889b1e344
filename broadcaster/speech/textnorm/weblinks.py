"""Web and e-mail addresses: read the way an announcer spells them out, or dropped.

``dichvucong.gov.vn`` → «dịch vụ công chấm gốp chấm vê en» (words typed without diacritics
are put back by ``sitenames``); ``ubnd@gmail.com`` → «u bê en đê a còng gờ meo chấm com» (a
short part that is no syllable is spelled); a file's type is said after «chấm» (``.jpg`` →
«chấm gi pê giê»); an ending standing alone after its dot («đuôi .com, .top») is said after
«chấm». The station decides with the ``read_links`` setting; when dropped, the address
disappears and the sentence around it stays.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.numbers import read_digits
from broadcaster.speech.textnorm.sitenames import has_no_vowel, read_site_label
from broadcaster.speech.textnorm.syllables import is_syllable

EMAIL = re.compile(r"(?<![\w.@])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# The endings that make «word.word» an address («dichvucong.gov.vn», «abc.com»); more endings
# are read only where one stands alone after its dot («đuôi .info»), or a second-level one
# before «.vn» («.edu.vn»).
_ADDRESS_ENDINGS = ("vn", "com", "org", "net", "gov")
_RARE_ENDINGS = ("info", "biz", "vip", "cc")
_ENDINGS = (*_ADDRESS_ENDINGS, "edu", *_RARE_ENDINGS)
# Endings that scam sites favour, English words too: an address with one, or one alone, only in
# small letters and in a line about a site or a link («đường link đến website vn-ibs.top»,
# «đuôi lạ như .top, .xyz»; not «tăng mạnh .Top 5», «học .online tại nhà»)
_LOOSE_ENDINGS = (*_RARE_ENDINGS, "top", "xyz", "shop", "site", "online", "club")
_SECOND_LEVEL = ("gov", "com", "net", "org", "edu", "ac", "info", "biz")
URL = re.compile(
    r"(?i)(?<![\w@])(?:https?://\S+|www\.\S+|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
    rf"\.(?:{'|'.join(_ADDRESS_ENDINGS)})(?:/\S*)?"
    r"(?![\w@]|\.\w))"  # a full stop after the address ends the sentence
)
LOOSE_URL = re.compile(
    r"(?<![\w@.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*"
    rf"\.(?:{'|'.join(_LOOSE_ENDINGS)})(?:/\S*)?(?![\w@]|\.\w)"
)
LOOSE_ENDING = re.compile(rf"(?<![\w.@/])\.({'|'.join(_LOOSE_ENDINGS)})(?![\w@/]|\.\w)")
_SITE_CUE = re.compile(
    r"(?i)\b(?:website|trang web|web|link|đường dẫn|tên miền|đuôi|truy cập vào|truy cập)\b"
)
KNOWN = {
    "www": "vê kép vê kép vê kép",
    "gov": "gốp",
    "vn": "vê en",
    "com": "com",
    "org": "o rờ gờ",
    "net": "nét",
    "edu": "e đu",
    "info": "in phô",
    "biz": "bít",
    "vip": "víp",
    "top": "tóp",
    "shop": "sốp",
    "site": "sai",
    "online": "on lai",
    "club": "clắp",
    "gmail": "gờ meo",
    "yahoo": "da hu",
    "zalo": "Da lô",
    "facebook": "Phây búc",
}
MARKS = {".": "chấm", "/": "gạch chéo", "@": "a còng", "-": "gạch ngang", "_": "gạch dưới"}


def _read_part(part: str) -> str:
    low = part.lower()
    if low in KNOWN:
        return KNOWN[low]
    if part.isdigit():
        return read_digits(part)
    words = read_site_label(low)
    if words:
        return words
    short = part.isalpha() and (len(part) <= 3 or (len(part) <= 5 and not is_syllable(part)))
    if short or has_no_vowel(part):  # «ubnd», «vnpt», «dvc»: letters to spell
        return spell(part, latin=True)
    return low


def read_address(address: str) -> str:
    """An address as an announcer gives it: a page's long path («/video-cap-nhat-…-677065.html»)
    is never read out, only the site; a short one («/dichvucong») is."""
    address = re.sub(r"(?i)^https?://", "", address).rstrip("/")
    site, slash, path = address.partition("/")
    if slash and not re.fullmatch(r"[A-Za-z]{1,15}", path):
        address = site
    words = []
    for piece in re.findall(r"[^\W_]+|[./@\-_]", address):
        words.append(MARKS.get(piece) or _read_part(piece))
    return " ".join(w for w in words if w)


# «định dạng .jpg, .png», «anh1.pdf»: a file's type after its dot, as it is said.
FILE_TYPES = {
    "jpg": "gi pê giê",
    "jpeg": "gi pét",
    "png": "pê nờ giê",
    "pdf": "pê đê ép",
    "doc": "đốc",
    "docx": "đốc ích",
    "xls": "ích e lờ ét",
    "xlsx": "ích e lờ ét ích",
    "mp3": "em pê ba",
    "mp4": "em pê bốn",
    "avi": "a vê i",
    "zip": "díp",
    "apk": "a pê ca",  # an Android app's file: «file có đuôi .apk»
}
FILE_TYPE = re.compile(rf"(?i)(?<![\w/.])(\w*)\.({'|'.join(FILE_TYPES)})(?!\w|\.\w)")
_FILE_DOT = re.compile(rf"(?i)\.(?:{'|'.join(FILE_TYPES)})")  # what FILE_TYPE needs, found fast


def _file_type(m: re.Match[str]) -> str:
    return f" {m.group(1)} chấm {FILE_TYPES[m.group(2).lower()]}"


# What every address URL reads has: a scheme, «www.» or one of its endings.
_URL_MARKS = ("http", "www.", *(f".{ending}" for ending in _ADDRESS_ENDINGS))
# A domain's ending standing alone: «tên miền “.vn”», «đuôi .com, .net», «.gov.vn», «.VN» →
# «chấm vê en», each part after its «chấm»
DOMAIN_ENDING = re.compile(
    rf"(?i)(?<![\w.@/])\.((?:{'|'.join(_SECOND_LEVEL)})\.vn|{'|'.join(_ENDINGS)})(?![\w@/]|\.\w)"
)


def _domain_ending(m: re.Match[str]) -> str:
    return " ".join(f"chấm {_read_part(part)}" for part in m.group(1).split("."))


def read_links(text: str, read: bool = True) -> str:
    def repl(m: re.Match[str]) -> str:
        raw = m.group(0)
        tail = ""
        while raw and raw[-1] in ".,;:!?)»”\"'":
            tail = raw[-1] + tail
            raw = raw[:-1]
        return (read_address(raw) if read else "") + tail

    if "@" in text:
        text = EMAIL.sub(repl, text)
    low = text.lower()
    cue = "." in text and _SITE_CUE.search(text) is not None
    if read and "." in text:  # before the addresses: «.gov.vn» is no address «gov.vn»
        text = DOMAIN_ENDING.sub(_domain_ending, text)
        if cue:
            text = LOOSE_ENDING.sub(_domain_ending, text)
    if any(mark in low for mark in _URL_MARKS):
        text = URL.sub(repl, text)
    if cue:
        text = LOOSE_URL.sub(repl, text)
    return FILE_TYPE.sub(_file_type, text) if _FILE_DOT.search(text) else text
