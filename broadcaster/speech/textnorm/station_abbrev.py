"""Editing the station's own abbreviation file (``viet-tat.tsv`` in the station home)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from broadcaster.errors import InputError, NotFoundError
from broadcaster.speech.textnorm.abbreviations import parse_table

HEADER = "# Chữ viết tắt riêng của đài: chữ viết tắt<TAB>cách đọc\n"


def _read(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return parse_table(path.read_text(encoding="utf-8-sig").splitlines(), path.name)


def _write(path: Path, table: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tsv.tmp")
    body = "".join(f"{k}\t{v}\n" for k, v in sorted(table.items()))
    tmp.write_text(HEADER + body, encoding="utf-8")
    os.replace(tmp, path)


def _one_line(text: str) -> bool:
    """No tab, line break or other control or separator character (each would break the
    file's one entry per line)."""
    return not any(unicodedata.category(c) in ("Cc", "Zl", "Zp", "Co") for c in text)


def add_abbreviation(path: Path, abbreviation: str, reading: str) -> Path:
    key, value = abbreviation.strip(), reading.strip()
    if (
        not key
        or not value
        or any(c.isspace() for c in key)
        or key.startswith("#")  # a comment line in the file: the entry would be lost
        or not any(c.isalnum() for c in key)  # «.» or «(» would replace every stop or bracket
        or not _one_line(key + value)
    ):
        raise InputError(
            "Chữ viết tắt phải liền nhau (không có dấu cách), có ít nhất một chữ cái hoặc chữ"
            " số và không bắt đầu bằng «#»; cách đọc phải nằm trên một dòng và không được"
            " trống. Ví dụ: HTXNN đọc là «hợp tác xã nông nghiệp»."
        )
    table = _read(path)
    table[key] = value
    _write(path, table)
    return path


def remove_abbreviation(path: Path, abbreviation: str) -> None:
    table = _read(path)
    if abbreviation.strip() not in table:
        raise NotFoundError(
            f"«{abbreviation}» không có trong bảng riêng của đài ({path}). Chữ viết tắt có sẵn "
            "không bỏ được, nhưng có thể thay cách đọc bằng «text abbrev add»."
        )
    del table[abbreviation.strip()]
    _write(path, table)
