"""Web addresses and e-mail addresses: read the way an announcer spells them out, or dropped.

``dichvucong.gov.vn`` → «dichvucong chấm gốp chấm vê en»; ``ubnd@gmail.com`` → «ubnd a còng
gờ meo chấm com». The station decides with the ``read_links`` setting; when dropped, the
address disappears and the sentence around it stays.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.numbers import read_digits

EMAIL = re.compile(r"(?<![\w.@])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
URL = re.compile(
    r"(?i)(?<![\w@])(?:https?://\S+|www\.\S+|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
    r"\.(?:gov\.vn|com\.vn|org\.vn|edu\.vn|net\.vn|vn|com|org|net|gov)(?:/\S*)?(?![\w.@]))"
)
KNOWN = {
    "www": "vê kép vê kép vê kép",
    "gov": "gốp",
    "vn": "vê en",
    "com": "com",
    "org": "o rờ gờ",
    "net": "nét",
    "edu": "e đu",
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
    if len(part) <= 3 and part.isalpha():
        return spell(part)
    return low


def read_address(address: str) -> str:
    address = re.sub(r"(?i)^https?://", "", address).rstrip("/")
    words = []
    for piece in re.findall(r"[^\W_]+|[./@\-_]", address):
        words.append(MARKS.get(piece) or _read_part(piece))
    return " ".join(w for w in words if w)


def read_links(text: str, read: bool = True) -> str:
    def repl(m: re.Match[str]) -> str:
        raw = m.group(0)
        tail = ""
        while raw and raw[-1] in ".,;:!?)»”\"'":
            tail = raw[-1] + tail
            raw = raw[:-1]
        return (read_address(raw) if read else "") + tail

    text = EMAIL.sub(repl, text)
    return URL.sub(repl, text)
