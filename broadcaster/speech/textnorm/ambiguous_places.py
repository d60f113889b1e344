"""Abbreviations with more than one meaning in an address, a road or a place, decided by the
words around them: ``Q.1`` «quận» but ``Q. Chủ tịch`` «quyền»; ``TT`` before a place name
«thị trấn», ``TT Huế`` «Thừa Thiên»; ``ĐT 0912…`` «điện thoại», ``ĐT 605`` a provincial road
(«đường tỉnh»); ``SN 12`` «số nhà»; ``BS`` before a licence plate «biển số». One theme of
``ambiguous``, which runs the themes in turn.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.ambiguous_bodies import CENTRE_OF
from broadcaster.speech.textnorm.codes import LETTERS
from broadcaster.speech.textnorm.context import NAME, Rule, directly_before

# «Wall St. Journal», «Main St. New York»: a street after its own name, not a saint
_STREET_NAME = re.compile(r"\b[A-Z][a-z]+ $")


def _saint(m: re.Match[str]) -> str:
    street = _STREET_NAME.search(m.string, max(0, m.start() - 20), m.start())
    return m.group(0) if street else "Saint "


RULES: tuple[Rule, ...] = (
    ("SN", re.compile(r"\bSN\s*:?\s*(?=\d)"), "số nhà "),
    # «QĐ Hoàng Sa», «QĐ. Trường Sa»: the archipelagos, not a decision
    ("QĐ", re.compile(r"\bQĐ\.?\s*(?=(?i:hoàng sa|trường sa)\b)"), "quần đảo "),
    # «St.Louis», «St. Petersburg»: a city named for a saint
    ("St.", re.compile(r"(?<![\w.])St\.\s?(?=[A-Z][a-z])"), _saint),
    # «TT Huế», «TT. Huế», «TT.Huế», «TT - Huế», «TT HUẾ»: the province, not a town
    ("TT", re.compile(r"(?<![.&\-])\bTT\s*[.\-–]?\s*(?=Huế\b|HUẾ\b)"), "Thừa Thiên "),
    (
        "TT",
        re.compile(rf"(?<![.&\-])\bTT\.?\s+(?={NAME})(?!{CENTRE_OF})"),
        "thị trấn ",
    ),
    # a telephone number of nine digits or more follows; «sà lan ĐT 07920» is a hull's code
    # «ĐT: 0912…», «ĐT (028)…»: a phone (not «GD&ĐT (Cục …)», «Bộ KH-ĐT (…)»)
    (
        "ĐT",
        re.compile(r"(?<![A-ZĐ][-&])\bĐT(?=\s*:?\s*(?:\+|\(|0\d(?:[\s.]?\d){7}))"),
        "điện thoại",
    ),
    ("ĐT", re.compile(r"(?<=đường )ĐT\s*\.?\s*(?=[1-9]\d{2}[A-Z]?\b)"), "tỉnh "),
    ("ĐT", re.compile(r"\bĐT\s*\.?\s*(?=[1-9]\d{2}[A-Z]?\b)"), "đường tỉnh "),  # «ĐT.826C»
    ("Q.", re.compile(r"\bQ\.\s*(?=(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Chánh))"), "quyền "),
    # a monitoring well: «giếng Q.68», «quan trắc Q.109», «Q.77a», «Q.4M1», «Q.003» (a district:
    # «trạm quan trắc Q.1»)
    ("Q.", re.compile(r"(?:(?<=giếng )|(?<=Giếng ))Q\.(?=\d)"), "quy "),
    ("Q.", re.compile(r"\bQ\.\s*(?=\d{1,2}(?![A-Za-z\d]))"), "quận "),
    ("Q.", re.compile(r"\bQ\.(?=\d{1,3}[A-Za-z]|\d{3}(?!\w))"), "quy "),
    (
        "Q.",
        re.compile(r"(?<=\w )Q\.(?=\s*[(,;:)]|\s+[a-zà-ỹđ]|\s*$)"),
        "Quy ",
    ),  # «anh Phan Công Q.»
    ("Q.", re.compile(rf"(?<![A-ZĐ]\.)\bQ\.\s*(?={NAME})"), "quận "),
    # «P.trưởng ban», «P.Chủ tịch»: a deputy, before «P.» as «phường»
    (
        "P.",
        re.compile(r"\bP\.\s*(?=(?i:trưởng|giám đốc|chủ tịch|bí thư|hiệu trưởng|chánh)\b)"),
        "phó ",
    ),
    ("QL", re.compile(r"\bQL\s*\.\s*(?=\d{1,3}[A-Z]?\b)"), "Quốc lộ "),  # «QL.37», «QL.3B»
    # «Luật GTĐT nội địa»: inland waterways; «(P5, Q.11)»: a ward, then its district
    ("GTĐT", re.compile(r"\bGTĐT(?=\s+nội địa)"), "giao thông đường thủy"),
    (
        "P1|P2|P3|P4|P5|P6|P7|P8|P9",
        re.compile(r"\bP(?=\d{1,2},?\s*(?:Q\.?\s?\d|[Qq]uận\b))"),
        "phường ",
    ),
    # «(P. 103, nhà A1)», «P.1205 tầng 12»: a room in a building (not «P.103, nhà chờ», a sign)
    (
        "P.",
        re.compile(r"(?<![\w.])P\.\s*(?=\d{3,4}[A-Z]?\s*,?\s*(?:nhà [A-Z]\d*\b|tầng|dãy|tòa))"),
        lambda m: "" if directly_before(m.string, m.start()) == "phòng" else "phòng ",
    ),
    # «P.115», «W.207a»: a road sign's number (wards are numbered up to 2 digits)
    (
        "P.|W.|R.|I.|S.",
        re.compile(r"(?<![\w.])([PWRIS])\.(?=\d{3}[a-z]?\b)"),
        lambda m: f"{LETTERS[m.group(1)]} ",
    ),
    ("P.", re.compile(rf"(?<![A-ZĐ]\.)\bP\.\s*(?=\d\d?\b|{NAME})"), "phường "),
    # «x. Vang» (not «khóa X. Như vậy», a term's numeral ending a sentence)
    (
        "X.|x.",
        re.compile(rf"(?<![A-ZĐ]\.)(?<![Kk]hóa )(?<![Kk]hoá )(?<!thứ )\b[Xx]\.\s*(?={NAME})"),
        "xã ",
    ),
    ("H.", re.compile(r"\bH\.(?=[A-ZĐ] [A-ZĐ][a-zà-ỹđ])"), "huyện "),  # «H.A Lưới»
    ("CS", re.compile(r"\bCS(?=11[34]\b)"), "cảnh sát "),  # «CS113», the police line
    ("T.", re.compile(rf"\bT\.\s?[Pp]\.?\s*(?={NAME})"), "thành phố "),  # «T.P Sông Công»
    ("CS", re.compile(r"\bCS(?=[1-9]\b)"), "cơ sở "),  # «CS1: Khu 22 xã …», a branch
    ("H.", re.compile(rf"(?<![A-ZĐ]\.)\bH\.\s*(?={NAME})"), "huyện "),
    # «KP 3», «KP. Xóm Rẫy»: a quarter by its number or its name
    ("KP|kp", re.compile(r"\b(?:KP|kp)\.?\s*(?=\d)|\bKP\.\s*(?=[A-ZĐ]\S*\s+[A-ZĐ])"), "khu phố "),
    ("BS", re.compile(r"\bBS\s*:?\s*(?=\d{2}\s?[A-Z]{1,2}\d?\s?[-.]?\s?\d)"), "biển số "),
    # «Tp Hồ Chí Minh», «Tp. Vinh»: a city, as «TP»
    ("Tp", re.compile(rf"\bTp\.?\s*(?={NAME})"), "thành phố "),
    ("UN", re.compile(r"(?:(?<=Lào )|(?<=Lào: )|(?<=biển số ))UN\b"), "u en"),
)
