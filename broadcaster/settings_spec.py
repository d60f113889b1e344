"""What a station setting is, apart from its value: the parts of the one declaration.

Each field of :class:`broadcaster.settings.Settings` is declared with :func:`setting`:
its type and default (the dataclass field) and a :class:`Spec` (Vietnamese label and
help, its place in ``broadcaster.toml``, who may change it in the console, whether a
running ``broadcaster run`` takes it at once or waits for a restart, and how it is
checked). The settings object, the «Quản trị» form, the README's settings reference and
``broadcaster settings`` are all generated from that declaration (datasette declares
its settings the same way).

Pure: no file, no database.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from broadcaster.errors import InputError

T = TypeVar("T")

# When a change takes effect.
LIVE = "live"  # at once: the running daemon reloads it within reload_seconds
RESTART = "restart"  # waits for «broadcaster run» to be started again
WEB = "web"  # waits for «broadcaster web» to be started again
APPLY_LABELS = {
    LIVE: "có hiệu lực ngay (phần mềm phát tự nạp lại)",
    RESTART: "cần khởi động lại phần mềm phát (broadcaster run)",
    WEB: "cần khởi động lại bảng điều khiển (broadcaster web)",
}
# Who may change it in the console; FILE_ONLY: only in broadcaster.toml or the CLI.
ADMIN = "quan-tri"
APPROVER = "duyet"
FILE_ONLY = ""

TRUE_WORDS = {"1", "true", "yes", "on", "có", "co", "bật", "bat"}
FALSE_WORDS = {"0", "false", "no", "off", "không", "khong", "tắt", "tat"}


@dataclass(frozen=True)
class Spec:
    label: str
    help: str
    section: str = ""  # TOML table it is written to ("" = top level)
    role: str = ADMIN
    apply: str = LIVE
    choices: tuple[str, ...] = ()  # for a tuple: each item must be one of them
    minimum: float | None = None
    maximum: float | None = None
    # Raises InputError for a value of the right type that is still wrong.
    check: Callable[[Any], None] | None = None
    unit: str = ""
    # A password or token: never shown back (console, «settings list/show»), only whether set.
    secret: bool = False


def setting(default: T, spec: Spec) -> T:
    """A declared settings field (its type is the annotation in ``Settings``)."""
    meta = {"spec": spec}
    if isinstance(default, dict | list):
        frozen = json.dumps(default)
        return dataclasses.field(default_factory=lambda: json.loads(frozen), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


@dataclass(frozen=True)
class Declared:
    """One setting as the declaration gives it."""

    name: str
    kind: str  # str, int, float, bool, list, table, path
    default: Any
    spec: Spec

    @property
    def toml_key(self) -> str:
        prefix = f"{self.spec.section}_"
        if self.spec.section and self.name.startswith(prefix):
            return self.name[len(prefix) :]
        return self.name

    @property
    def toml_place(self) -> str:
        """Where it goes in broadcaster.toml: «[tts] engines» or «quiet_hours»."""
        if self.kind == "table":
            return (
                f"[{self.spec.section}.{self.toml_key}.MÃ]"
                if self.spec.section
                else (f"[{self.name}]")
            )
        return f"[{self.spec.section}] {self.toml_key}" if self.spec.section else self.toml_key

    @property
    def env_name(self) -> str:
        return "BROADCASTER_" + self.name.upper()

    @property
    def editable(self) -> bool:
        """Can a one-line value set it (``settings set``, a form field)?"""
        return self.kind in {"str", "int", "float", "bool", "list"}


def may_change(item: Declared, role: str) -> bool:
    """May a console user with ``role`` change this setting?"""
    from broadcaster.users import ROLES

    need = item.spec.role
    return bool(need) and role in ROLES and ROLES.index(role) >= ROLES.index(need)


_SECTION_GROUPS = {
    "tts": "Giọng đọc",
    "relay": "Tiếp âm",
    "icecast": "Loa IP (Icecast)",
    "web": "Bảng điều khiển web",
    "site": "Điểm phát (xã nhiều điểm phát)",
    "report": "Báo cáo",
}
_NAME_GROUPS = (
    (
        (
            "loudness",
            "true_peak",
            "sample_rate",
            "audio_format",
            "sentence_",
            "paragraph_",
            "jingle",
            "station_id",
        ),
        "Âm thanh",
    ),
    (
        (
            "output",
            "render_ahead",
            "grace",
            "heartbeat",
            "reload",
            "fade",
            "quiet_hours",
            "auto_emergency",
            "inbox",
            "icecast_local",
        ),
        "Phát sóng",
    ),
    (("title_max", "booking_max", "script_max"), "Giới hạn"),
    (("upload_",), "Bảng điều khiển web"),
)


def group_of(item: Declared) -> str:
    """The heading a setting is shown under (the form, the README, ``settings list``)."""
    if item.spec.section in _SECTION_GROUPS:
        return _SECTION_GROUPS[item.spec.section]
    for prefixes, group in _NAME_GROUPS:
        if item.name.startswith(prefixes):
            return group
    return "Đài"


def grouped(items: Iterable[Declared]) -> list[tuple[str, list[Declared]]]:
    """Settings under their headings, each heading once, in the order headings first
    appear in the declaration (the README reference, ``settings list``, the form)."""
    groups: dict[str, list[Declared]] = {}
    for item in items:
        groups.setdefault(group_of(item), []).append(item)
    return list(groups.items())


def kind_of(type_text: str) -> str:
    if type_text.startswith("tuple"):
        return "list"
    if type_text.startswith("dict"):
        return "table"
    return {"Path": "path"}.get(type_text, type_text)


def declared(field: dataclasses.Field[Any]) -> Declared:
    spec = field.metadata.get("spec")
    if not isinstance(spec, Spec):
        raise TypeError(f"settings field {field.name} has no Spec")
    if field.default is not dataclasses.MISSING:
        default = field.default
    elif field.default_factory is not dataclasses.MISSING:
        default = field.default_factory()
    else:
        default = None
    kind = kind_of(str(field.type))
    if kind == "list" and isinstance(default, list):
        default = tuple(default)
    return Declared(field.name, kind, default, spec)


def _bad(item: Declared, value: Any, why: str, source: str) -> InputError:
    return InputError(
        f"Giá trị «{show_value(value)}» của thiết lập «{item.name}» ({item.spec.label}, "
        f"{source}) không hợp lệ: {why}."
    )


def coerce(item: Declared, value: Any, source: str, strict: bool = False) -> Any:
    """``value`` (TOML, environment, form or command line) as the setting's type, checked.

    ``strict`` (a change by a person) also holds each value to the declared choices.
    """
    if item.kind == "table":
        return value  # tables are checked by the loader, which knows their shape
    try:
        converted = _convert(item.kind, value)
    except (TypeError, ValueError) as exc:
        expected = {
            "bool": "hãy ghi true/false (có/không)",
            "int": "phải là số nguyên",
            "float": "phải là số (dấu chấm thập phân)",
        }.get(item.kind, "sai kiểu")
        raise _bad(item, value, expected, source) from exc
    check_value(item, converted, source, strict)
    return converted


def _convert(kind: str, value: Any) -> Any:
    from pathlib import Path

    if kind == "path":
        return Path(str(value))
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise ValueError(text)
    if kind == "int":
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        return int(str(value).strip()) if isinstance(value, str) else int(value)
    if kind == "float":
        text = value.strip().replace(",", ".") if isinstance(value, str) else value
        return float(text)
    if kind == "list":
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        return tuple(str(v).strip() for v in items if str(v).strip())
    if isinstance(value, Mapping | list):
        raise TypeError(value)
    return str(value)


def check_value(item: Declared, value: Any, source: str, strict: bool) -> None:
    spec = item.spec
    if isinstance(value, int | float) and not isinstance(value, bool):
        if spec.minimum is not None and value < spec.minimum:
            raise _bad(item, value, f"không được nhỏ hơn {show_value(spec.minimum)}", source)
        if spec.maximum is not None and value > spec.maximum:
            raise _bad(item, value, f"không được lớn hơn {show_value(spec.maximum)}", source)
    if strict and spec.choices:
        values = value if isinstance(value, tuple) else (value,)
        wrong = [v for v in values if v not in spec.choices]
        if wrong:
            raise _bad(item, value, f"chỉ chọn được: {', '.join(spec.choices)}", source)
    if spec.check is not None:
        try:
            spec.check(value)
        except InputError as exc:
            raise InputError(f"{exc} (thiết lập «{item.name}», {source})") from exc


def shown(item: Declared, value: Any) -> str:
    """What an operator is shown of a setting's value: a secret only says it is set."""
    if item.spec.secret:
        return "•••••• (đã đặt)" if value else ""
    return show_value(value)


def show_value(value: Any) -> str:
    """A value the way an operator types it (``settings set``, the form)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Mapping):
        if value and all(isinstance(v, Mapping) for v in value.values()):
            return "; ".join(
                f"{code}: " + ", ".join(f"{k} = {show_value(x)}" for k, x in table.items())
                for code, table in value.items()
            )
        return f"({len(value)} mục)" if value else "(không có)"
    return str(value)


def range_text(item: Declared) -> str:
    """«Từ 0 đến 60.», «Chọn trong: mp3, opus.» or ""."""
    spec = item.spec

    def num(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else str(x)

    parts = []
    if spec.choices:
        parts.append(f"Chọn trong: {', '.join(spec.choices)}.")
    if spec.minimum is not None and spec.maximum is not None:
        parts.append(f"Từ {num(spec.minimum)} đến {num(spec.maximum)}.")
    elif spec.minimum is not None:
        parts.append(f"Ít nhất {num(spec.minimum)}.")
    return " ".join(parts)


def toml_literal(value: Any) -> str:
    """A value as TOML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_literal(v) for v in value) + "]"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


# -- checks shared by several settings ---------------------------------------------------
def no_duplicates(value: tuple[str, ...]) -> None:
    if not value:
        raise InputError("Danh sách không được để trống.")
    if len(set(value)) != len(value):
        raise InputError("Mỗi mục chỉ ghi một lần.")


def one_line(value: str) -> None:
    if "\n" in value or "\r" in value:
        raise InputError("Chỉ ghi trên một dòng.")


def not_blank(value: str) -> None:
    if not value.strip():
        raise InputError("Không được để trống.")
    one_line(value)


def quiet_hours(value: str) -> None:
    from broadcaster.quiet_hours import parse_quiet_hours

    parse_quiet_hours(value)


def time_zone(value: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"Múi giờ «{value}» không tồn tại. Hãy dùng tên chuẩn, ví dụ «Asia/Ho_Chi_Minh»."
        ) from exc


def monitor_source(value: str) -> None:
    """A monitor input: «pulse:SOURCE», «device:NAME», «icecast» or «none»."""
    monitor = value.strip()
    kind, _, name = monitor.partition(":")
    if not (monitor in ("none", "icecast") or kind in ("pulse", "device")):
        raise InputError(
            f"Nguồn giám sát (monitor) «{value}» không hợp lệ. Hãy dùng «pulse:TÊN_NGUỒN», "
            "«device:TÊN_THIẾT_BỊ», «icecast» hoặc «none»."
        )
    if kind in ("pulse", "device") and not name.strip():
        raise InputError(
            f"Nguồn giám sát «{value}» thiếu tên sau dấu «:», ví dụ «pulse:station.monitor»."
        )


def outputs(value: tuple[str, ...]) -> None:
    if not value:
        raise InputError("Phải có ít nhất một đầu ra (ví dụ «device»).")
    for spec in value:
        if spec != "device" and not spec.startswith(("file:", "icecast://")):
            raise InputError(
                f"Đầu ra «{spec}» không hợp lệ: dùng «device», «file:ĐƯỜNG_DẪN.wav» hoặc "
                "«icecast://source:MẬT_KHẨU@MÁY:CỔNG/mount»."
            )
