"""The abbreviation table: the shipped data file, extended by the station's own file, and
the expander that reads a line with it (abbreviations of many meanings are decided first, by
the words around them, in ``ambiguous``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from broadcaster.errors import InputError

# A word for the loan-word lookup, hyphens included («Wi-Fi», «PC-Covid»).
_WORD = re.compile(r"(?<![\w/.\-])[^\W\d_][\w\-]*(?<!-)(?![\w/])")
_ABBR_PAIR = re.compile(r"(?<![\w/])([A-ZĐ]{2,8})/([A-ZĐ]{2,8})(?![\w/])")
_ECHO = re.compile(r"\s*\(\s*([^()\s]{1,20})\s*\)")
BUILTIN_PATH = Path(__file__).resolve().parents[2] / "data" / "viet-tat.tsv"


def parse_table(lines: Iterable[str], source: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise InputError(
                f"{source}, dòng {number}: cần đúng hai cột ngăn bằng phím Tab "
                "(chữ viết tắt, cách đọc)."
            )
        table[parts[0]] = parts[1]
    return table


@lru_cache(maxsize=1)
def builtin_table() -> dict[str, str]:
    return parse_table(BUILTIN_PATH.read_text(encoding="utf-8").splitlines(), BUILTIN_PATH.name)


def load_table(station_file: Path | None) -> dict[str, str]:
    """Built-in entries, overridden and extended by the station's file when it exists."""
    table = dict(builtin_table())
    if station_file is not None and station_file.exists():
        try:
            text = station_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(
                f"Không đọc được tệp viết tắt {station_file}. Hãy lưu tệp dạng UTF-8."
            ) from exc
        table.update(parse_table(text.splitlines(), station_file.name))
    return table


@dataclass(frozen=True)
class Expander:
    """Replaces whole-token abbreviations, longest first.

    Case-sensitive on purpose (``TP`` is not ``tp``), except loan words and brand names —
    keys of four letters or more with a lower-case letter, such as ``Covid`` or ``Zalo`` —
    which match in any case (``COVID``, ``zalo``).
    """

    table: tuple[tuple[str, str], ...]
    pattern: re.Pattern[str]
    lower: re.Pattern[str] | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    loans: dict[str, str] = field(default_factory=dict)
    # the loan words' keys as one pattern: a line with none of them needs no look
    loan_hint: re.Pattern[str] | None = None
    keys: frozenset[str] = frozenset()
    numbered: re.Pattern[str] | None = None
    # the capital keys in small letters («bhxh»): a line with none of them needs no look
    lowered: frozenset[str] = frozenset()

    def expand(self, text: str) -> str:
        mapping = self.mapping
        text = self._drop_echo(text, mapping)
        if "/" in text:  # «HIV/AIDS»: two known abbreviations, each read
            text = _ABBR_PAIR.sub(
                lambda m: (
                    f"{m.group(1)} / {m.group(2)}"
                    if m.group(1) in mapping and m.group(2) in mapping
                    else m.group(0)
                ),
                text,
            )

        def repl(m: re.Match[str]) -> str:
            said = _without_repeat(m.string, m.start(), mapping[m.group(1)])
            return said + (" " if m.group(1).endswith(".") else "")

        text = self.pattern.sub(repl, text)
        if self.lower is not None:
            text = self.lower.sub(repl, text)
        if not self.loans:
            return text
        if self.loan_hint is None or not self.loan_hint.search(text.lower()):
            return text
        loans = self.loans
        return _WORD.sub(lambda m: loans.get(m.group(0).lower(), m.group(0)), text)

    @staticmethod
    def split_glued_counts(text: str) -> str:
        """«3HCĐ», «8HCB», «3HTX»: a count typed against the abbreviation of what it counts,
        apart (not a document's number «64CP», «01QĐ», a lot «12CT», a unit «1TB»)."""
        if not _GLUED_KEY_HINT.search(text):
            return text
        return _GLUED_KEY.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)

    def expand_numbered(self, text: str) -> str:
        """Only the keys holding a digit («CMT8», «CK2»): before the number and code rules,
        which would read them as codes («xê em tê tám»)."""
        if self.numbered is None:
            return text
        return self.numbered.sub(lambda m: self.mapping[m.group(1)], text)

    @staticmethod
    def _drop_echo(text: str, mapping: dict[str, str]) -> str:
        """«Ủy ban nhân dân (UBND)» is read once: the echoed abbreviation is dropped."""

        def repl(m: re.Match[str]) -> str:
            key = m.group(1)
            expansion = mapping.get(key)
            if expansion:  # said just before: «Tổ dân phố (TDP)», «tuần tra, kiểm soát (TTKS)»
                said = _plain(expansion)
                window = _plain(text[max(0, m.start() - len(expansion) - 200) : m.start()])
                if said in window[-(len(said) + 12) :]:
                    return ""
            return m.group(0)

        return _ECHO.sub(repl, text) if "(" in text else text


# What a count counts: medals, cooperatives, pupils, members, firms, workers …
_COUNTED = "HCV|HCB|HCĐ|HTX|HS|HSSV|SV|HV|GV|VĐV|ĐV|CB|CBCS|CBCC|DN|LĐ|NKT|TNV"
_GLUED_KEY = re.compile(rf"(?<![\w.,/\-])([1-9]\d{{0,3}})({_COUNTED})(?![\w\-/])")
_GLUED_KEY_HINT = re.compile(r"\d[A-ZĐ]{2}")


def _plain(text: str) -> str:
    """Small letters, the commas and dashes between words gone: «Tuần tra, kiểm soát»."""
    return " ".join(re.sub(r"[,;:\-–]", " ", text.lower()).split())


_LAST_WORDS = re.compile(r"([^\W\d_]+)(?: ([^\W\d_]+))? $")


def _without_repeat(text: str, start: int, said: str) -> str:
    """«Chỉ số CPI», «Ủy ban UBND», «Bảo hiểm BHXH»: the two words just before the
    abbreviation that open its reading are not said twice («chỉ số giá tiêu dùng», not «chỉ
    số chỉ số …»). One word is not enough: «Đại hội Hội ND», «Xã hội HĐND» keep theirs."""
    last = _LAST_WORDS.search(text, max(0, start - 30), start)
    if last is None or last.group(2) is None:
        return said
    words = said.split()
    if len(words) > 2 and [w.lower() for w in last.groups()] == [w.lower() for w in words[:2]]:
        return " ".join(words[2:])
    return said


def is_loan_word(key: str) -> bool:
    """``Covid``, ``Zalo``, ``online``, ``VNeID``: matched in any case."""
    return len(key) >= 4 and any(c.islower() for c in key) and not re.search(r"[./&\s]", key)


def _pattern(keys: list[str], guard: str) -> re.Pattern[str] | None:
    """Whole tokens, longest first: not glued to a letter, digit or slash on either side;
    a key that ends with a dot («TP.», «TM.») may be followed by anything but, for a single
    letter, another initial («Q.H.V.»). Longest first
    across both kinds, so «TP.HCM» is tried before «TP.». ``guard`` is a character class of
    first letters that rejects most positions at once (speed)."""
    if not keys:
        return None
    ends = {
        # «Q.» is «quyền», but «Q.H.V.» and «anh Q.N» are a person's initials
        k: ("(?![A-ZĐ](?:\\.|\\b))" if len(k) == 2 else "") if k.endswith(".") else "(?=$|[^\\w/])"
        for k in keys
    }
    return re.compile(rf"(?<![\w/.])(?={guard})({trie_pattern(ends)})")


_Node = dict[str, "_Node"]


def trie_pattern(ends: dict[str, str]) -> str:
    """The keys as one pattern whose alternatives share their first characters (``re`` tries
    a thousand separate alternatives one after another at every position; the trie tries one
    path). Longer keys come before a shorter one that is their prefix, so the longest key
    that matches, with the lookaround in ``ends`` after it, wins, as in a list sorted longest
    first."""
    tree: _Node = {}
    for key in ends:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def branch(node: _Node, prefix: str) -> str:
        options = [re.escape(c) + branch(node[c], prefix + c) for c in sorted(node) if c]
        if "" in node:
            options.append(ends[prefix])  # the shortest last: the key itself, then its guard
        if len(options) == 1:
            return options[0]
        return "(?:" + "|".join(options) + ")"

    return branch(tree, "")


def make_expander(table: dict[str, str]) -> Expander:
    keys = sorted(table, key=len, reverse=True)
    upper = [k for k in keys if not k[0].islower()]
    lower = [k for k in keys if k[0].islower()]
    firsts = "".join(sorted({re.escape(k[0]) for k in upper}))
    return Expander(
        tuple(table.items()),
        _pattern(upper, f"[{firsts}]") or re.compile(r"(?!)"),
        _pattern(lower, "[^\\W\\d_]"),
        mapping=dict(table),
        loans=(loans := {k.lower(): v for k, v in table.items() if is_loan_word(k)}),
        loan_hint=re.compile(trie_pattern(dict.fromkeys(loans, ""))) if loans else None,
        keys=frozenset(table),
        lowered=frozenset(k.lower() for k in table if k.isupper()),
        numbered=_numbered_pattern([k for k in keys if any(c.isdigit() for c in k)]),
    )


def _numbered_pattern(keys: list[str]) -> re.Pattern[str] | None:
    if not keys:
        return None
    return re.compile(rf"(?<![\w/.])({'|'.join(re.escape(k) for k in keys)})(?![\w/])")


@lru_cache(maxsize=8)
def _cached_expander(items: tuple[tuple[str, str], ...]) -> Expander:
    return make_expander(dict(items))


def expander_for(table: dict[str, str]) -> Expander:
    return _cached_expander(tuple(sorted(table.items())))


def station_expander(station_file: Path | None) -> Expander:
    """The expander of the built-in table and the station's file (kept: a line normalizer is
    made for each text, the built-in table changes only with the program)."""
    if station_file is None or not station_file.exists():
        return _builtin_expander()
    return expander_for(load_table(station_file))


@lru_cache(maxsize=1)
def _builtin_expander() -> Expander:
    return expander_for(load_table(None))
