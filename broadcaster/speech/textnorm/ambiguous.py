"""Abbreviations with more than one meaning, decided by the words around them.

``SN 1985`` is «sinh năm» before a year but ``SN 12`` is «số nhà»; ``TT`` before a place name
is «thị trấn», elsewhere «thông tư»; ``CT UBND`` is «Chủ tịch», ``CT`` alone «chỉ thị»;
``ĐT 0912…`` is «điện thoại», ``ĐT 605`` a provincial road («đường tỉnh»); ``Q. Chủ tịch`` is
«quyền», ``Q.1`` «quận». Run before the number rules, which turn the digits into words.
"""

from __future__ import annotations

import re

_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^\W\d_]*"
_OFFICE = r"(?:UBND|HĐND|UBMTTQ|MTTQ|Ủy ban|Hội|Hội đồng|xã|huyện|tỉnh|phường|thị trấn|nước)"

RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bSN\s*:?\s*(?=(?:19|20)\d\d\b)"), "sinh năm "),
    (re.compile(r"\bSN\s*:?\s*(?=\d)"), "số nhà "),
    (re.compile(r"\bNS\s*:?\s*(?=(?:19|20)\d\d\b)"), "năm sinh "),
    (re.compile(rf"\bTT\.?\s+(?={_NAME})(?!Y\b|Văn\b|Chính\b|Phục\b|Dự\b|Khuyến\b)"), "thị trấn "),
    (
        re.compile(r"\bTT\s+(?=(?:Y tế|Văn hóa|Chính trị|Phục vụ|Dự báo|Khuyến nông))"),
        "Trung tâm ",
    ),
    (re.compile(rf"\b(P?CT)\.?\s+(?={_OFFICE})"), "CT_"),
    (re.compile(r"\bĐT(?=\s*:?\s*[0+(])"), "điện thoại"),
    (re.compile(r"\bĐT\s*\.?\s*(?=[1-9]\d{2}\b)"), "đường tỉnh "),
    (re.compile(r"\bQ\.\s*(?=(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Chánh))"), "quyền "),
    (re.compile(r"\bQ\.\s*(?=\d)"), "quận "),
    (re.compile(rf"\bP\.\s*(?=\d|{_NAME})"), "phường "),
    (re.compile(rf"\bX\.\s*(?={_NAME})"), "xã "),
    (re.compile(rf"\bH\.\s*(?={_NAME})"), "huyện "),
    (re.compile(r"\bKP\.?\s*(?=\d)"), "khu phố "),
)


def resolve_ambiguous(text: str) -> str:
    for pattern, reading in RULES:
        if reading == "CT_":
            text = pattern.sub(
                lambda m: "Phó Chủ tịch " if m.group(1) == "PCT" else "Chủ tịch ", text
            )
        else:
            text = pattern.sub(reading, text)
    return text
