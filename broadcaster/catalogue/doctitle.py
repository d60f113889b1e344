"""A document's title, taken the way a commune officer would name it.

An administrative document (Nghị định 30/2020/NĐ-CP layout) opens with the agency,
the quốc hiệu and tiêu ngữ, «Số: …/TB-UBND», the place and date, then the kind of
document («THÔNG BÁO») and its subject (the line after it, or «V/v …» under the number).
None of those header lines tells two notices apart; the subject does.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from broadcaster.catalogue.scriptfile import ScriptText

MAX_CHARS = 120

# Kinds of document whose next line is the subject.
KINDS = (
    "THÔNG BÁO",
    "KẾ HOẠCH",
    "QUYẾT ĐỊNH",
    "CÔNG VĂN",
    "GIẤY MỜI",
    "TỜ TRÌNH",
    "BÁO CÁO",
    "CHỈ THỊ",
    "THƯ NGỎ",
    "LỜI KÊU GỌI",
    "THƯ KÊU GỌI",
    "HƯỚNG DẪN",
    "BẢN TIN",
)
_HEADER = re.compile(
    r"""^(
        CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI          # quốc hiệu
      | ĐỘC\s+LẬP\s*[-–—]                     # tiêu ngữ
      | Độc\s+lập\s*[-–—]
      | (Ủ|U|Uỷ|Ủy|ỦY|UỶ)\s*(Y\s+)?BAN\s+NHÂN\s+DÂN
      | ỦY\s+BAN | UỶ\s+BAN | UBND\b | HĐND\b
      | HỘI\s+ĐỒNG\s+NHÂN\s+DÂN
      | ĐẢNG\s+(BỘ|ỦY|UỶ)
      | BAN\s+CHỈ\s+(HUY|ĐẠO)
      | (TRẠM|PHÒNG|TRUNG\s+TÂM|CÔNG\s+AN|BAN|HỘI|MẶT\s+TRẬN|ĐOÀN)\b[^a-zà-ỹ]*$  # agency
      | Số\s*[:.]                             # Số: 12/TB-UBND
      | Kính\s+gửi
      | [-_=*.~\s]+$                          # rules under the header
    )""",
    re.VERBOSE,
)
_PLACE_DATE = re.compile(r",?\s*ngày\s+[\d.\s]*tháng\s+[\d.\s]*năm\s*\d*\s*$", re.IGNORECASE)
_VV = re.compile(r"^(V/v|V/V|v/v)\s*[:.]?\s*")  # the subject under «Số:» of a công văn
_ABOUT = re.compile(r"^(Về\s+việc|VỀ\s+VIỆC|V/v|V/V|v/v)\s*[:.]?\s*")


def _clean(line: str) -> str:
    return " ".join(unicodedata.normalize("NFC", line).replace("\u00a0", " ").split())


def _is_header(line: str) -> bool:
    return bool(_HEADER.match(line) or _PLACE_DATE.search(line))


def _kind(line: str) -> str | None:
    bare = line.rstrip(" :.").upper()
    return next((k for k in KINDS if bare == k), None)


def _continued(lines: list[str], start: int) -> str:
    """A subject that runs over several lines: following lines in lower case join it."""
    text = lines[start]
    for nxt in lines[start + 1 : start + 4]:
        if not nxt or _is_header(nxt) or _kind(nxt):
            break
        if nxt[0].islower() or (text.isupper() and nxt.isupper()):
            text += " " + nxt
        else:
            break
    return text


def _sentence(text: str) -> str:
    """An all-capitals subject in sentence case (the operator can restore proper names)."""
    if text.isupper():
        text = text.lower()
    return text[:1].upper() + text[1:]


def _short(text: str) -> str:
    text = text.strip(" -*:")
    return (text[: MAX_CHARS - 3] + "…") if len(text) > MAX_CHARS else text


def document_title(text: str) -> str:
    """The title of a document's text: its subject, else its first meaningful line (pure)."""
    lines = [_clean(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    for n, line in enumerate(lines):
        vv = _VV.match(line)
        if vv and line[vv.end() :]:
            return _short(_sentence(_continued([line[vv.end() :], *lines[n + 1 :]], 0)))
    for n, line in enumerate(lines[:-1]):
        kind = _kind(line)
        if kind is None:
            continue
        subject = _continued(lines, n + 1)
        about = _ABOUT.match(subject)
        if about:
            return _short(f"{kind.capitalize()} về việc {subject[about.end() :]}")
        if _is_header(subject):
            continue
        return _short(_sentence(subject))
    for line in lines:
        if not _is_header(line) and not _kind(line):
            return _short(line)
    return _short(lines[0]) if lines else ""


def script_title(script: ScriptText) -> str:
    """The title of a script: from the document as written when it was an administrative
    document turned into a broadcast script (its «THÔNG BÁO» / «V/v» lines are there)."""
    return document_title(script.original or script.text)
