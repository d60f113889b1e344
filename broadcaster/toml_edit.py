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
        # A new table goes before the first other table, or at the end.
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
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".broadcaster-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(new)
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
