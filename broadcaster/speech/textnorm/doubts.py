"""What the normalizer was unsure of: each doubtful span, the reading it chose, and why.

A rule that guesses passes its callback through ``watched``: when a ``DoubtLog`` is given,
the reading is noted and wrapped in invisible markers (private-use characters, which no
rule matches), so the normalizer can tell afterwards where each doubtful reading landed in
the spoken text. ``unmark`` strips the markers and returns the spans' positions. Rules
called without a log behave exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Kinds of doubt, and the reason the operator reads (Vietnamese).
ABBREVIATION = "viet-tat"
NUMBER = "so"
CODE = "ma"
UNIT = "don-vi"
SYMBOL = "ky-hieu"
FOREIGN = "nuoc-ngoai"
GLUED = "viet-lien"
MISTYPED = "go-nham"
AMBIGUOUS = "nhieu-nghia"
BYLINE = "ten-bao"
ODD = "tu-la"
ECHO = "doan-tu-cau"
REASONS = {
    ABBREVIATION: "chữ viết tắt chưa có trong bảng, máy đánh vần từng chữ cái",
    NUMBER: (
        "cách viết số này có thể đọc nhiều kiểu"
        " (ngày tháng, phân số, số thập phân, số nghìn, số La Mã)"
    ),
    CODE: "mã gồm chữ và số, máy đoán cách đọc",
    UNIT: "đơn vị chưa biết, máy để nguyên",
    SYMBOL: "dấu / hoặc gạch nối giữa hai từ, máy đọc thành chỗ ngắt",
    FOREIGN: "từ nước ngoài hoặc tên viết bằng chữ Latinh, máy đọc theo cách đoán",
    GLUED: "hai từ viết liền nhau, máy tách ra để đọc",
    MISTYPED: "con số có vẻ gõ nhầm (ngày, giờ, năm hoặc dấu chấm phẩy lạ), máy đọc theo cách đoán",
    AMBIGUOUS: "chữ viết tắt có nhiều nghĩa, máy chọn nghĩa thường gặp",
    ECHO: (
        "chữ viết tắt chưa có trong bảng, máy đọc thành các chữ đã nói trước đó"
        " trong câu có cùng chữ cái đầu"
    ),
    ODD: (
        "từ không phải một tiếng tiếng Việt (gõ sai, viết liền hoặc tên riêng),"
        " máy đọc theo cách đoán"
    ),
    BYLINE: (
        "tên tờ báo viết tắt ở đầu bài (nguồn tin), máy đánh vần;"
        " phát thanh viên thường bỏ: nên xóa khỏi bài trước khi duyệt"
    ),
}

_OPEN_BASE = 0xF0000  # chr(_OPEN_BASE + i) opens doubt i (supplementary private use area)
_CLOSE = "\ue001"
_MARK = re.compile(r"([\U000F0000-\U000FFFFD])(.*?)" + _CLOSE, re.S)
_ANY_MARK = re.compile(r"[\U000F0000-\U000FFFFD\ue001]")


@dataclass(frozen=True)
class Doubt:
    """A doubtful span: as written, the reading chosen, the kind; where the reading is in
    the spoken text (``start``/``end``, -1 when not placed)."""

    span: str
    reading: str
    kind: str
    start: int = -1
    end: int = -1

    @property
    def reason(self) -> str:
        return REASONS.get(self.kind, self.kind)


class DoubtLog:
    """Collects doubts while one line is normalized."""

    def __init__(self) -> None:
        self.noted: list[tuple[str, str, str]] = []

    def note(self, span: str, reading: str, kind: str) -> str:
        """Record a doubt; return the reading wrapped in markers."""
        self.noted.append((span.strip(), reading.strip(), kind))
        index = len(self.noted) - 1
        lead = reading[: len(reading) - len(reading.lstrip())]
        trail = reading[len(reading.rstrip()) :]
        return f"{lead}{chr(_OPEN_BASE + index)}{reading.strip()}{_CLOSE}{trail}"


Callback = Callable[[re.Match[str]], str]


def watched(
    callback: Callback,
    doubts: DoubtLog | None,
    kind: str,
    when: Callable[[re.Match[str], str], bool] | None = None,
) -> Callback:
    """``callback`` for ``re.sub``; its reading is noted as doubtful when ``when`` says so
    (default: whenever the rule changed the text)."""
    if doubts is None:
        return callback
    log = doubts

    def run(m: re.Match[str]) -> str:
        reading = callback(m)
        if reading != m.group(0) and (when is None or when(m, reading)):
            return log.note(m.group(0), reading, kind)
        return reading

    return run


def unmark(text: str, doubts: DoubtLog, offset: int = 0) -> tuple[str, list[Doubt]]:
    """The text without markers, and each placed doubt with its position (plus ``offset``)."""
    out: list[str] = []
    found: list[Doubt] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(text):
        before = _ANY_MARK.sub("", text[pos : m.start()])
        out.append(before)
        length += len(before)
        inner = _ANY_MARK.sub("", m.group(2))
        index = ord(m.group(1)) - _OPEN_BASE
        if inner.strip() and 0 <= index < len(doubts.noted):
            span, _reading, kind = doubts.noted[index]
            said = inner.strip()
            start = offset + length + len(inner) - len(inner.lstrip())
            found.append(Doubt(span, said, kind, start, start + len(said)))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(_ANY_MARK.sub("", text[pos:]))
    return "".join(out), found


def has_marks(text: str) -> bool:
    return _ANY_MARK.search(text) is not None


def strip_marks(text: str) -> str:
    return _ANY_MARK.sub("", text)
