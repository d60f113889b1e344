"""Changing a few station settings in ``broadcaster.toml`` from the console.

Only the named keys' lines are rewritten; the operator's comments and every other line
stay. The new file is checked by loading it before it replaces the old one.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

from broadcaster.audit import record_change
from broadcaster.errors import InputError, StationError
from broadcaster.settings import Settings, load_settings
from broadcaster.station import App

# Console-editable settings: field name -> (TOML section or "", key in that section).
EDITABLE: dict[str, tuple[str, str]] = {
    "station_name": ("", "station_name"),
    "commune": ("", "commune"),
    "district": ("", "district"),
    "station_head": ("", "station_head"),
    "require_approval": ("", "require_approval"),
    "tts_engines": ("tts", "engines"),
}
KNOWN_ENGINES = ("gtts", "piper", "espeak-ng")


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def set_keys(text: str, changes: dict[str, Any]) -> str:
    """The TOML text with each ``field: value`` of ``EDITABLE`` set (pure)."""
    lines = text.splitlines()
    for name, value in changes.items():
        section, key = EDITABLE[name]
        line = f"{key} = {toml_value(value)}"
        current = ""
        place: int | None = None
        end_of_section: int | None = None
        first_header: int | None = None
        for i, raw in enumerate(lines):
            header = re.match(r"^\s*\[([^\]]+)\]\s*(#.*)?$", raw)
            if header:
                if first_header is None:
                    first_header = i
                if current == section and section:
                    end_of_section = i
                current = header.group(1).strip()
                continue
            if current == section and re.match(rf"^\s*{re.escape(key)}\s*=", raw):
                place = i
                break
        if place is not None:
            lines[place] = line
        elif not section:
            at = first_header if first_header is not None else len(lines)
            lines.insert(at, line)
        elif f"[{section}]" in (raw.strip() for raw in lines):
            at = end_of_section if end_of_section is not None else len(lines)
            lines.insert(at, line)
        else:
            lines += ["", f"[{section}]", line]
    return "\n".join(lines) + "\n"


def check_engines(names: list[str]) -> list[str]:
    picked = [n.strip() for n in names if n.strip()]
    unknown = [n for n in picked if n not in KNOWN_ENGINES]
    if unknown or not picked:
        raise InputError(
            "Thứ tự bộ đọc phải gồm ít nhất một trong: gtts, piper, espeak-ng "
            f"(không biết: {', '.join(unknown) or 'trống'})."
        )
    if len(set(picked)) != len(picked):
        raise InputError("Mỗi bộ đọc chỉ ghi một lần trong thứ tự.")
    return picked


def update_settings(settings: Settings, changes: dict[str, Any]) -> Settings:
    """Write the changes into the station's settings file and return the new settings."""
    path: Path = settings.settings_path
    if "station_name" in changes and not str(changes["station_name"]).strip():
        raise InputError("Tên đài không được để trống.")
    if "tts_engines" in changes:
        changes = {**changes, "tts_engines": check_engines(list(changes["tts_engines"]))}
    try:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
    except OSError as exc:
        raise StationError(f"Không đọc được tệp thiết lập {path}: {exc.strerror}.") from exc
    new = set_keys(old, changes)
    tmp = path.with_suffix(".toml.tmp")
    try:
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise StationError(
            f"Không ghi được tệp thiết lập {path}: {exc.strerror}. Hãy kiểm tra quyền ghi."
        ) from exc
    try:
        load_settings(settings.home, {"db_url": settings.db_url or None}, env={})
    except Exception:
        path.write_text(old, encoding="utf-8")
        raise
    values: dict[str, Any] = {k: tuple(v) if k == "tts_engines" else v for k, v in changes.items()}
    return dataclasses.replace(settings, **values)


def change_station_settings(app: App, changes: dict[str, Any]) -> Settings:
    """Write the changed settings, record who changed what, return the new settings."""
    current = app.settings
    changed = {k: v for k, v in changes.items() if _differs(getattr(current, k), v)}
    if not changed:
        raise InputError("Chưa có gì thay đổi trong thiết lập.")
    new = update_settings(current, changed)
    with app.db.transaction() as session:
        detail = ", ".join(f"{k} = {toml_value(getattr(new, k))}" for k in changed)
        record_change(session, app, "station", None, "settings", detail)
    return new


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, tuple):
        return list(old) != list(new)
    return bool(old != new)
