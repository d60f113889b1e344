"""Changing station settings in ``broadcaster.toml`` (the console and ``settings set``).

Only the changed keys' lines are rewritten, wherever the operator put them; comments and
every other line stay. Each value is checked by its declaration, and the new file by
loading it, before it replaces the old one in one step (a crash leaves the old file or
the new one). The result says which changes a running ``broadcaster run`` takes at once
and which wait for a restart.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from broadcaster.audit import record_change
from broadcaster.errors import InputError, StationError
from broadcaster.settings import (
    DECLARED,
    KNOWN_ENGINES,
    VOICE_KEYS,
    Settings,
    declared_setting,
    load_settings,
)
from broadcaster.settings_spec import LIVE, coerce, toml_literal
from broadcaster.station import App
from broadcaster.toml_edit import remove_table_key, set_table_values, write_atomically

__all__ = ["KNOWN_ENGINES", "Changed", "change_station_settings", "set_keys", "set_setting"]

_HEADER = re.compile(r"^\s*\[\s*([^\]\[]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


@dataclass(frozen=True)
class Changed:
    """What a change did: the new settings, what changed, what waits for a restart."""

    settings: Settings
    names: tuple[str, ...]
    waiting: tuple[str, ...]  # changed names that apply only after a restart

    @property
    def live(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if n not in self.waiting)


def _setting_at(table: str, key: str) -> str:
    """The setting a ``key = …`` line in ``[table]`` sets, as the loader reads it."""
    if not table:
        return key
    return f"{table}_{key}" if f"{table}_{key}" in DECLARED else key


def _end_comment(line: str) -> str:
    """A ``# …`` comment ending a ``key = value`` line, with the spaces before it, or ""."""
    for i, char in enumerate(line):
        if char != "#":
            continue
        try:
            tomllib.loads(line[:i])
        except tomllib.TOMLDecodeError:
            continue  # a «#» inside a quoted value
        return line[len(line[:i].rstrip()) :]
    return ""


def set_keys(text: str, changes: dict[str, Any]) -> str:
    """The TOML text with each declared ``name: value`` set (pure)."""
    lines = text.splitlines()
    for name, value in changes.items():
        item = DECLARED[name]
        line = f"{item.toml_key} = {toml_literal(value)}"
        table = ""
        place: int | None = None
        found = ""
        for i, raw in enumerate(lines):
            header = _HEADER.match(raw)
            if header:
                table = header.group(1)
                continue
            key = _KEY.match(raw)
            if key and "." not in table and _setting_at(table, key.group(1)) == name:
                place, found = i, key.group(1)
                break
        if place is not None:
            # The key as the operator wrote it, and their comment at the end of the line.
            lines[place] = f"{found} = {toml_literal(value)}{_end_comment(lines[place])}"
            continue
        section = item.spec.section
        headers = {i: m.group(1) for i, raw in enumerate(lines) if (m := _HEADER.match(raw))}
        if not section:
            first = min(headers, default=len(lines))
            last = max((i for i in range(first) if lines[i].strip()), default=-1)
            lines.insert(last + 1, line)
            continue
        start = next((i for i, table in headers.items() if table == section), None)
        if start is None:
            lines += ["", f"[{section}]", line]
            continue
        end = next((i for i in headers if i > start), len(lines))
        last = max((i for i in range(start, end) if lines[i].strip()), default=start)
        lines.insert(last + 1, line)
    return "\n".join(lines) + "\n"


def checked(name: str, value: Any, source: str) -> Any:
    """A person's value for a setting, converted and held to its declaration."""
    item = declared_setting(name)
    if not item.editable:
        raise InputError(
            f"Thiết lập «{item.name}» ({item.spec.label}) không đặt được bằng một giá trị: "
            f"hãy sửa {item.toml_place} trong broadcaster.toml."
        )
    return coerce(item, value, source, strict=True)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.exists() else ""
    except OSError as exc:
        raise StationError(f"Không đọc được tệp thiết lập {path}: {exc.strerror}.") from exc


def write_settings(settings: Settings, changes: dict[str, Any]) -> Settings:
    """Write checked values into the station's settings file; the settings it now gives."""
    path: Path = settings.settings_path
    old = _read(path)
    new = set_keys(old, changes)
    by_hand = StationError(
        f"Không sửa được {path} tự động (giá trị cũ viết trên nhiều dòng?). Hãy sửa tay: "
        + ", ".join(f"{DECLARED[k].toml_place} = {toml_literal(v)}" for k, v in changes.items())
    )
    try:
        tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise by_hand from exc  # nothing written
    write_atomically(path, new)
    try:
        reread = load_settings(settings.home, {"db_url": settings.db_url or None}, env={})
        if any(getattr(reread, k) != v for k, v in changes.items()):
            raise by_hand
    except Exception:
        write_atomically(path, old)
        raise
    return dataclasses.replace(settings, **changes)


def change_station_settings(app: App, changes: dict[str, Any], source: str = "") -> Changed:
    """Check and write the changed settings, record who changed what."""
    current = app.settings
    values = {k: checked(k, v, source or "thiết lập đài") for k, v in changes.items()}
    changed = {k: v for k, v in values.items() if getattr(current, k) != v}
    if not changed:
        raise InputError("Chưa có gì thay đổi trong thiết lập.")
    new = write_settings(current, changed)
    with app.db.transaction() as session:
        detail = ", ".join(f"{k} = {toml_literal(getattr(new, k))}" for k in changed)
        record_change(session, app, "station", None, "settings", detail)
    waiting = tuple(k for k in changed if DECLARED[k].spec.apply != LIVE)
    return Changed(new, tuple(changed), waiting)


def set_setting(app: App, name: str, text: str) -> Changed:
    """``broadcaster settings set NAME VALUE``: one setting from typed text.

    ``tts_category.MÃ.KHOÁ`` sets one voice choice of a category (empty text removes it).
    """
    parts = name.replace("tts.category.", "tts_category.").split(".")
    if parts[0] == "tts_category" and len(parts) == 3:
        return set_category_voice(app, parts[1], parts[2], text, "dòng lệnh")
    item = declared_setting(name)
    return change_station_settings(app, {item.name: text}, "dòng lệnh")


def set_category_voice(app: App, code: str, key: str, text: str, source: str = "") -> Changed:
    """One voice choice of a category ([tts.category.CODE] KEY), or its removal (``""``)."""
    settings = app.settings
    if code not in settings.categories:
        raise InputError(
            f"Không có chuyên mục «{code}». Các chuyên mục: {', '.join(settings.categories)}."
        )
    if key not in VOICE_KEYS:
        raise InputError(
            f"«{key}» không chọn riêng được cho chuyên mục. Chọn được: {', '.join(VOICE_KEYS)}."
        )
    before = dict(settings.tts_category.get(code, {}))
    after = dict(before)
    if text.strip():
        after[key] = coerce(DECLARED[key], text, source or "giọng riêng chuyên mục", strict=True)
    else:
        after.pop(key, None)
    if after == before:
        raise InputError("Chưa có gì thay đổi trong thiết lập.")
    path = settings.settings_path
    old = _read(path)
    table = f"tts.category.{code}"
    if key in after:
        new = set_table_values(old, table, {key: after[key]})
    else:
        new = remove_table_key(old, table, key)
    write_atomically(path, new)
    choices = {c: dict(v) for c, v in settings.tts_category.items() if c != code}
    if after:
        choices[code] = after
    try:
        reread = load_settings(settings.home, {"db_url": settings.db_url or None}, env={})
        if reread.tts_category != choices:
            raise StationError(f"Không sửa được {path} tự động. Hãy sửa tay mục [{table}].")
    except Exception:
        write_atomically(path, old)
        raise
    new_settings = dataclasses.replace(settings, tts_category=choices)
    with app.db.transaction() as session:
        shown = toml_literal(after[key]) if key in after else "(như cả đài)"
        record_change(session, app, "station", None, "settings", f"{table}.{key} = {shown}")
    return Changed(new_settings, ("tts_category",), ())


def describe_change(result: Changed) -> list[str]:
    """Vietnamese lines saying what changed and when it takes effect."""
    from broadcaster.settings_spec import APPLY_LABELS, shown

    lines = []
    for name in result.names:
        item = DECLARED[name]
        value = shown(item, getattr(result.settings, name))
        lines.append(f"«{item.spec.label}» ({name}) = {value}: {APPLY_LABELS[item.spec.apply]}.")
    return lines
