"""Loading the declared settings: defaults < ``broadcaster.toml`` < ``BROADCASTER_*`` env
< flags, each value converted and checked by its declaration."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from broadcaster.errors import InputError, StationError
from broadcaster.settings import (
    DECLARED,
    DEFAULT_CATEGORIES,
    ENV_PREFIX,
    SETTINGS_FILE,
    VOICE_KEYS,
    Settings,
)
from broadcaster.settings_spec import Declared, coerce


def _coerce(name: str, value: Any, source: str) -> Any:
    """Turn a TOML or environment value into the setting's type, checked, or explain."""
    if name == "tts_category":
        return _coerce_voice_choices(value, source)
    if name == "categories":
        if not isinstance(value, Mapping):
            raise InputError(
                f"Mục [categories] ({source}) phải là một bảng «mã» = «tên chuyên mục»."
            )
        return {str(k): str(v) for k, v in value.items()}
    return coerce(DECLARED[name], value, source)


def _coerce_voice_choices(value: Any, source: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        raise InputError(
            f"Mục [tts.category] ({source}) phải gồm các bảng [tts.category.MÃ_CHUYÊN_MỤC]."
        )
    choices: dict[str, dict[str, Any]] = {}
    for code, table in value.items():
        wrong = sorted(set(table) - set(VOICE_KEYS))
        if wrong:
            raise InputError(
                f"Mục [tts.category.{code}] ({source}) có khoá không dùng được: "
                f"{', '.join(wrong)}. Chỉ chọn được: {', '.join(VOICE_KEYS)}."
            )
        choices[str(code)] = {k: _coerce(k, v, source) for k, v in table.items()}
    return choices


def _read_toml(path: Path) -> dict[str, Any]:
    from broadcaster.errors import ScriptFileError
    from broadcaster.textfiles import SETTINGS_FILE_MAX_BYTES, read_limited, toml_error_message

    try:
        raw = read_limited(path, SETTINGS_FILE_MAX_BYTES, "tệp thiết lập")
    except FileNotFoundError:
        return {}
    except ScriptFileError as exc:
        raise StationError(str(exc)) from exc
    except OSError as exc:
        raise StationError(
            f"Không đọc được tệp thiết lập {path}: {exc.strerror}. Hãy kiểm tra quyền đọc "
            "của thư mục đài."
        ) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise StationError(
            f"Tệp thiết lập {path} không phải văn bản UTF-8. Hãy lưu tệp dạng UTF-8."
        ) from exc
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise StationError(
            f"Tệp thiết lập {path} bị lỗi cú pháp TOML: {toml_error_message(exc)}. Hãy sửa tệp "
            "hoặc xoá nó rồi chạy «broadcaster init» để tạo lại."
        ) from exc
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key != "categories":
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}" if f"{key}_{sub}" in DECLARED else sub] = subvalue
        else:
            flat[key] = value
    unknown = sorted(set(flat) - set(DECLARED))
    if unknown:
        raise StationError(
            f"Tệp thiết lập {path} có khoá không biết: {', '.join(unknown)}. "
            "Hãy xoá hoặc sửa tên các khoá đó."
        )
    return {k: _coerce(k, v, str(path)) for k, v in flat.items()}


def _read_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, item in DECLARED.items():
        key = item.env_name
        if item.kind != "table" and key in env and env[key] != "":
            values[name] = _coerce(name, env[key], f"biến môi trường {key}")
    # BROADCASTER_DB is the documented short name of BROADCASTER_DB_URL.
    if env.get(ENV_PREFIX + "DB"):
        values["db_url"] = env[ENV_PREFIX + "DB"]
    return values


def load_settings(
    home: Path | str | None = None,
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Build the settings for a station home.

    ``home`` (a flag) wins over ``BROADCASTER_HOME``, which wins over ``./station``.
    ``overrides`` are command-line flags; ``None`` values are ignored.
    """
    env = os.environ if env is None else env
    home_path = Path(home) if home else Path(env.get(ENV_PREFIX + "HOME") or "station")
    if home_path.exists() and not home_path.is_dir():
        raise StationError(
            f"«{home_path}» là một tệp, không phải thư mục đài. Hãy chỉ --home (hoặc biến "
            "BROADCASTER_HOME) vào thư mục của đài, ví dụ «station»."
        )
    values: dict[str, Any] = {}
    values.update(_read_toml(home_path / SETTINGS_FILE))
    values.update(_read_env(env))
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = _coerce(key, value, "tham số dòng lệnh")
    values["home"] = home_path
    settings = Settings(**values)
    unknown = sorted(set(settings.tts_category) - set(settings.categories))
    if unknown:
        raise InputError(
            f"Mục [tts.category] chọn giọng cho chuyên mục không có: {', '.join(unknown)}. "
            f"Các chuyên mục: {', '.join(settings.categories)}."
        )
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"Múi giờ «{settings.timezone}» không tồn tại. Hãy dùng tên chuẩn, "
            "ví dụ «Asia/Ho_Chi_Minh»."
        ) from exc
    return settings


def settings_template(name: str, timezone: str) -> str:
    """The commented ``broadcaster.toml`` written by ``broadcaster init``."""
    cats = "\n".join(f'"{code}" = "{label}"' for code, label in DEFAULT_CATEGORIES.items())
    return f"""# Thiết lập của đài. Xem tất cả (giải thích, mặc định): «broadcaster settings list»;
# đổi: trang «Thiết lập đài» hoặc «broadcaster settings set TÊN GIÁ_TRỊ». Phần mềm phát
# đang chạy tự nạp lại tệp này; thiết lập nào cần khởi động lại thì lệnh sẽ nói rõ.
station_name = "{name}"
commune = ""
district = ""
station_head = ""
timezone = "{timezone}"
# Nội dung phải được duyệt («segment approve») trước khi phát.
require_approval = true
# Khoảng lặng giữa hai tin trong một buổi phát (giây).
segment_gap = 2.0
# Giờ yên tĩnh: trong khoảng này chỉ tin khẩn cấp được phát. Để "" nếu đài không có.
quiet_hours = "21:30-05:00"
# Tin khẩn cấp nhận từ hệ thống thông tin nguồn được phát ngay (true) hay chờ duyệt (false).
auto_emergency = true

[tts]
# Thứ tự thử các bộ đọc: gtts (cần mạng), piper (cần tệp giọng), espeak-ng.
engines = ["gtts", "piper", "espeak-ng"]
# Giọng Piper: cài bằng «broadcaster tts voice add TỆP_HOẶC_ĐỊA_CHỈ».
piper_voice = ""
# Tốc độ Piper (1.0 là tốc độ gốc), người đọc (giọng nhiều người đọc).
# piper_speed = 1.0
# piper_speaker = 0
# espeak-ng: giọng (biến thể sau dấu +), tốc độ (từ/phút), cao độ 0-99, ngắt giữa các từ.
# espeak_voice = "vi+f2"
# espeak_speed = 130
# Độ rộng cao độ (%), nơi có các thanh điệu: 150 nghe rõ hơn giọng gốc (100).
# espeak_pitch_range = 150
# Âm lượng espeak-ng (100 là gốc): 150 nén giọng sát mức tối đa, phụ âm rõ hơn.
# espeak_amplitude = 150
# Dữ liệu espeak-ng của đài: từ điển riêng, phổ giọng dễ nghe hơn («make espeak-vi-extra»).
# espeak_data_dir = "espeak-ng"
# Giọng riêng cho từng chuyên mục, ví dụ đọc chậm hơn cho tin y tế:
# [tts.category.y-te]
# espeak_speed = 135
# piper_speed = 0.9

[categories]
{cats}
"""


def value_source(settings: Settings, item: Declared, env: Mapping[str, str] | None = None) -> str:
    """Where a setting's value comes from, in Vietnamese (for ``settings show``)."""
    env = os.environ if env is None else env
    if item.name == "home":
        return "tham số --home hoặc BROADCASTER_HOME" if env.get(item.env_name) else "mặc định"
    if env.get(item.env_name) or (item.name == "db_url" and env.get(ENV_PREFIX + "DB")):
        return f"biến môi trường {item.env_name}"
    try:
        in_file = item.name in _read_toml(settings.settings_path)
    except (InputError, StationError):
        in_file = False
    if in_file:
        return f"tệp {settings.settings_path}"
    if getattr(settings, item.name) != item.default:
        return "tham số dòng lệnh"
    return "mặc định"
