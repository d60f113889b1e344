"""A person the news names by an initial: «chị P.», «ông Q. cho biết», «cháu H.», «chị Th.»,
«bà Ngh.» (a digraph), glued to the given name «ông T.Anh», «bà H.Lan». The initial is spelled
(«chị pê»); its dot stays when a new sentence starts after it («chị P. Cũng …»). Run before
the place abbreviations read «P.» as «phường» and «H.» as «huyện».
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.acronyms import DIGRAPHS, PERSON
from broadcaster.speech.textnorm.codes import spell
from broadcaster.speech.textnorm.context import sentence_follows

_LETTER = rf"(?:{DIGRAPHS}|[A-ZĐ])"
PERSON_INITIAL = re.compile(
    rf"(?i:\b{PERSON})\s+({_LETTER})\.(?:(?!\w|\s?[A-ZĐ]\.)|(?=[^\W\d_]{{2,}}\b))"
)
# «Bà Nguyễn Thị NĐ», «ông Lê Văn BT»: a name masked to its initials in a court ruling, after a
# surname (not «Ngữ Văn HKI»), spelled, never an abbreviation («NĐ» is no «nghị định» there)
_SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đinh|Mai|Trịnh"
    "|Lâm|Lương|Cao|Hà|Tạ|Tô|Trương|Chu|Đoàn|Lưu|Kiều|Quách|Thái|Triệu|Vương|Hứa|Tăng|Lại|Khổng"
)
MASKED_NAME = re.compile(rf"(\b(?:{_SURNAMES})\s+(?:Thị|Văn)\s+)([A-ZĐ]{{2,3}})\b(?![-/.]\w)")
# What PERSON_INITIAL cannot match without: a capital (or a digraph) and its dot
_CAPITAL_DOT = re.compile(rf"{_LETTER}\.")


def _initial(m: re.Match[str]) -> str:
    """«chị P.» is «chị pê»; the dot stays when a sentence starts after it («chị P. Cũng»)."""
    said = m.group(0)[: -len(m.group(1)) - 1] + spell(m.group(1))
    if m.string[m.end() : m.end() + 1].isalpha():  # glued to a given name: «ông T.Anh»
        if m.group(1) in ("P", "Q", "X", "Ph") or not m.string[m.end()].isupper():
            return m.group(0)  # «Tuấn Anh P.Chủ tịch», «Q.Bình Thạnh»: an office, a place
        return said + " "
    return said + "." if sentence_follows(m.string, m.end()) else said


def read_person_initials(text: str) -> str:
    """Spell the initials that name a person; everything else is left as it is."""
    if "." in text and _CAPITAL_DOT.search(text):
        text = PERSON_INITIAL.sub(_initial, text)
    if "Thị" in text or "Văn" in text:
        text = MASKED_NAME.sub(lambda m: m.group(1) + spell(m.group(2)), text)
    return text
