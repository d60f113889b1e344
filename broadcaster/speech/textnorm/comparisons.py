"""Comparison signs and arrows, said as words before any number rule: «> 35 độ» «trên ba
mươi lăm độ», «p < 0,05» «pê nhỏ hơn …», «9,0 < pH ≤ 9,8» with each bound in full; an arrow
between places is a pause, between numbers «đến» («5% → 7%»), a lone «=>» «suy ra».
"""

from __future__ import annotations

import re

# «Đinh Tiên Hoàng > Điện Biên Phủ», «5% → 7%»: a route is a pause, a change between numbers
# «đến»; «> 35 độ» before a number stays a comparison.
ARROW = re.compile(r"\s*(?:-+>|=+>|[→⇒➔➜⟶➡]|(?<=[^\W\d_])\s*>(?=\s*[^\W\d_]))\s*")
P_VALUE = re.compile(r"(?<![\w.])p\s*([<>=≤≥])\s*(?=0[,.]\d)")
# «> 35 độ», «lai Zebu>75%»: a comparison before a number (not inside a code: «A>0»)
# a signed value too: «< +4,0m», «<+ 1.6 m» (a plus spaced from its number, not a minus: «< - 2
# SD» is no comparison this rule can read)
_SIGNED = r"(?=\s*(?:\+\s?|[\-−])?\d)"
COMPARED_NUMBER = re.compile(rf"(?:(?<!\w)|(?<=[^\W\d_]{{2}}))[><±]{_SIGNED}|[≥≤]{_SIGNED}")
# «9,0 < pH ≤ 9,8»: a value between two bounds, each sign said in full
# (a bound may end in a unit: «20 °C ≤ T ≤ 30 °C»; the value may be words: «80 < HA tâm thu
# < 120»)
BETWEEN_BOUNDS = re.compile(
    r"(?:(?<=\d)|(?<=°C)|(?<=%))\s*([<>≤≥])\s*([^\W\d_]+(?: [^\W\d_]+){0,3})\s*([<>≤≥])"
    r"\s*(?=[+\-−]?\d)"
)
_BOUND = {"<": "nhỏ hơn", ">": "lớn hơn", "≤": "nhỏ hơn hoặc bằng", "≥": "lớn hơn hoặc bằng"}
_P_COMPARED = _BOUND | {"=": "bằng"}
COMPARE = {
    "≥": " lớn hơn hoặc bằng ",
    "≤": " không quá ",
    ">": " trên ",
    "<": " dưới ",
    "±": " cộng trừ ",
}


_COMPARISON_SIGN = re.compile("[><±≥≤]")
# «+/-3%», «(+/-)», and a tolerance typed with a space «sai số … là + - 0,20%»
PLUS_MINUS = re.compile(r"\+\s?/\s?[-−–]|(?<![\w)])\+ [-−–](?= \d)")
_P_SIGN = re.compile(r"p ?[<>=≤≥]")


# «hệ số 0,4 => hưởng 596.000 đồng»: a consequence, «suy ra» (not at a line's start, where it
# marks an item, nor before a step «VNeID => Chọn …», nor in a chain «A => B => C»: pauses)
_CONSEQUENCE = re.compile(r"=+>|⇒")


def _arrow(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 200) : m.start()].rstrip()[-1:]
    after = m.string[m.end() : m.end() + 1]
    if (before.isdigit() or before == "%") and after.isdigit():
        return " đến "
    alone = len(_CONSEQUENCE.findall(m.string)) == 1
    if _CONSEQUENCE.fullmatch(m.group(0).strip()) and before and after.islower() and alone:
        return " suy ra "
    return ", "


def read_comparisons(line: str, numbers: bool) -> str:
    """The signs of a line said as words; ``numbers``: the line holds a digit."""
    line = line.replace(">=", "≥").replace("<=", "≤")  # «pH>=4»
    if "+" in line:  # «biên độ +/-3%», «25+/-0,5 mm», «(+/-)», «+ - 0,20%»: plus or minus
        line = PLUS_MINUS.sub(" cộng trừ ", line)
    # a test's p-value: «p <0,05» is «pê nhỏ hơn …», not «p dưới»
    if _P_SIGN.search(line):
        line = P_VALUE.sub(lambda m: f"pê {_P_COMPARED[m.group(1)]} ", line)
    if numbers and _COMPARISON_SIGN.search(line):
        line = BETWEEN_BOUNDS.sub(lambda m: f" {_BOUND[m[1]]} {m[2]} {_BOUND[m[3]]} ", line)
    if ">" in line or any(c in line for c in "→⇒➔➜⟶➡"):
        line = ARROW.sub(_arrow, line)
    if numbers and _COMPARISON_SIGN.search(line):
        line = COMPARED_NUMBER.sub(lambda m: COMPARE[m.group(0)], line)
    return line
