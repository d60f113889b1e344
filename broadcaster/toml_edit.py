"""Changing values in ``broadcaster.toml`` safely: the operator's comments and layout are
kept, the result is checked by parsing it back, and the file is replaced in one step
(a crash leaves the old file or the new one, never half of each)."""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from pathlib import Path

from broadcaster.errors import StationError

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def toml_value(value: str | list[str] | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def set_table_values(text: str, table: str, values: dict[str, str | list[str]]) -> str:
    """``text`` with ``key = value`` set for each key in the ``[table]`` section."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if _header(ln) == table), None)
    if start is None:
        block = [f"[{table}]"] + [f"{k} = {toml_value(v)}" for k, v in values.items()]
        # A new table goes after its parent's tables ([tts.category.y-te] after [tts]),
        # else before the first other table, or at the end.
        parent = table.split(".", 1)[0]
        family = [
            i
            for i, ln in enumerate(lines)
            if "." in table and (h := _header(ln)) and (h == parent or h.startswith(parent + "."))
        ]
        if family:
            first = next(
                (i for i in range(family[-1] + 1, len(lines)) if _header(lines[i])), len(lines)
            )
            while first > 0 and not lines[first - 1].strip():
                first -= 1
            lines[first:first] = ["", *block]
            return "\n".join(lines).strip("\n") + "\n"
        first = next((i for i, ln in enumerate(lines) if _header(ln)), len(lines))
        lines[first:first] = [*block, ""] if first < len(lines) else ["", *block]
        return "\n".join(lines).strip("\n") + "\n"
    end = next((i for i in range(start + 1, len(lines)) if _header(lines[i])), len(lines))
    for key, value in values.items():
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        found = next((i for i in range(start + 1, end) if pattern.match(lines[i])), None)
        line = f"{key} = {toml_value(value)}"
        if found is None:
            last = max((i for i in range(start, end) if lines[i].strip()), default=start)
            lines.insert(last + 1, line)
            end += 1
        else:
            lines[found] = line
    return "\n".join(lines) + "\n"


def _header(line: str) -> str | None:
    match = _HEADER.match(line)
    return match.group(1).strip() if match else None


def update_settings_file(path: Path, table: str, values: dict[str, str | list[str]]) -> None:
    """Set values in one table of the settings file, checked and replaced atomically."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = set_table_values(old, table, values)
    try:
        parsed = tomllib.loads(new).get(table, {})
    except tomllib.TOMLDecodeError as exc:
        raise StationError(
            f"Không sửa được {path} tự động ({exc}). Hãy sửa tay mục [{table}]: "
            + ", ".join(f"{k} = {toml_value(v)}" for k, v in values.items())
        ) from exc
    if any(parsed.get(k) != v for k, v in values.items()):
        raise StationError(
            f"Không sửa được {path} tự động. Hãy sửa tay mục [{table}]: "
            + ", ".join(f"{k} = {toml_value(v)}" for k, v in values.items())
        )
    write_atomically(path, new)


def write_atomically(path: Path, text: str) -> None:
    """Replace the file's text in one step (the old file or the new one, never half)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".broadcaster-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StationError(
            f"Không ghi được {path}: {exc.strerror}. Hãy kiểm tra quyền ghi."
        ) from exc


def remove_table_key(text: str, table: str, key: str) -> str:
    """``text`` without the ``key = …`` line of ``[table]``; an emptied table goes too."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if _header(ln) == table), None)
    if start is None:
        return text
    end = next((i for i in range(start + 1, len(lines)) if _header(lines[i])), len(lines))
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    kept = [ln for ln in lines[start + 1 : end] if not pattern.match(ln)]
    if not any(ln.strip() and not ln.strip().startswith("#") for ln in kept):
        # Nothing left in the table: drop its header as well, keep one blank line.
        while start > 0 and not lines[start - 1].strip():
            start -= 1
        block: list[str] = [""] if start > 0 and end < len(lines) else []
    else:
        block = [lines[start], *kept]
    return "\n".join([*lines[:start], *block, *lines[end:]]).rstrip("\n") + "\n"
