"""Road and dyke chainage, as a road notice says it: «Km12+300» → «ki lô mét mười hai cộng ba
trăm», «K5+858 - K5+905» → «… đến …», «từ Km thứ 11» → «từ ki lô mét thứ mười một».

Runs with the quantities (``units``), before the ranges.
"""

from __future__ import annotations

import re

from broadcaster.speech.textnorm.numbers import read_number_token

# «từ Km thứ 11 đến Km+500»: a chainage whose number comes after a word or a plus.
KM_WITHOUT_NUMBER = re.compile(r"(?<![\w.])K[mM](?=\s+thứ\b|\s*\+\s*\d)")
# Road chainage «Km12+300»: kilometre twelve plus three hundred metres; «Km số 1856+004»,
# «Km ĐS 44+210» (a railway's: «đường sắt»; not «KM số 3», a promotion, without a «+»);
# «Km15,5», «Km số 1.098».
CHAINAGE = re.compile(
    r"(?<!\d)(?<!\d )\b[Kk]([Mm])(?:\s+(số|ĐS)\s+|\s?)(\d{1,4}(?:\.\d{3}|,\d{1,3})?)"
    r"(?:\s*\+\s*(\d+))?(?![\w]|[.,]\d)"
)
_SAID = {"số": "số ", "ĐS": "đường sắt "}
# «K5+858 - K5+905», «Km12 - Km15», «Km số 5+200 - Km số 6+100», «km 221-km 221+700»: from
# one chainage to another.
CHAINAGE_SPAN = re.compile(
    r"(?<=\d)\s*[-–]\s*(?=K[Mm]?\s?\d+\s*\+\s*\d|[Kk][Mm]\s?\d|[Kk]m\s+(?:số|ĐS)\s+\d)"
)
_CHAINAGE_BEFORE = re.compile(r"\b(?:K[Mm]?|km)(?:\s+(?:số|ĐS))?\s?\d+(?:\s*\+\s*\d+)?$")


def _chainage_span(m: re.Match[str]) -> str:
    """Only when a chainage stands before the dash too: «K5+858 - K5+905», not «5 - K5»."""
    head = m.string[max(0, m.start() - 18) : m.start()]
    return " đến " if _CHAINAGE_BEFORE.search(head) else m.group(0)


def _chainage(m: re.Match[str]) -> str:
    capital_m, word, number, plus = m.groups()
    if word and capital_m == "M" and not plus:
        return m.group(0)  # «Chương trình KM số 3»: a promotion
    words = f"ki lô mét {_SAID.get(word or '', '')}{read_number_token(number)}"
    return words + (f" cộng {read_number_token(plus)}" if plus else "")


def read_chainages(text: str) -> str:
    text = KM_WITHOUT_NUMBER.sub("ki lô mét", text)
    text = CHAINAGE_SPAN.sub(_chainage_span, text)
    return CHAINAGE.sub(_chainage, text)
