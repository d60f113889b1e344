"""The abbreviation table: the shipped data file, extended by the station's own file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from broadcaster.errors import InputError

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
    """Replaces whole-token abbreviations, longest first; case-sensitive on purpose."""

    table: tuple[tuple[str, str], ...]
    pattern: re.Pattern[str]

    def expand(self, text: str) -> str:
        mapping = dict(self.table)
        text = self._drop_echo(text, mapping)
        return self.pattern.sub(
            lambda m: mapping[m.group(1)] + (" " if m.group(1).endswith(".") else ""), text
        )

    @staticmethod
    def _drop_echo(text: str, mapping: dict[str, str]) -> str:
        """«Ủy ban nhân dân (UBND)» is read once: the echoed abbreviation is dropped."""

        def repl(m: re.Match[str]) -> str:
            key = m.group(1)
            expansion = mapping.get(key)
            before = text[: m.start()].rstrip().lower()
            if expansion and before.endswith(expansion.lower()):
                return ""
            return m.group(0)

        return re.sub(r"\s*\(\s*([^()\s]{1,20})\s*\)", repl, text)


def make_expander(table: dict[str, str]) -> Expander:
    keys = sorted(table, key=len, reverse=True)
    dotted = "|".join(re.escape(k) for k in keys if k.endswith("."))
    plain = "|".join(re.escape(k) for k in keys if not k.endswith("."))
    # A token is not glued to a letter, digit or slash on either side; a key that ends
    # with a dot («TP.», «TM.») may be followed by anything.
    branches = [f"(?:{plain})(?=$|[^\\w/])"] if plain else []
    if dotted:
        branches.insert(0, f"(?:{dotted})")
    pattern = re.compile(rf"(?<![\w/.])({'|'.join(branches)})")
    return Expander(tuple(table.items()), pattern)


@lru_cache(maxsize=8)
def _cached_expander(items: tuple[tuple[str, str], ...]) -> Expander:
    return make_expander(dict(items))


def expander_for(table: dict[str, str]) -> Expander:
    return _cached_expander(tuple(sorted(table.items())))
