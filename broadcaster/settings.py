"""One settings object: defaults < ``broadcaster.toml`` < ``BROADCASTER_*`` env < flags.

It is built once at the entry point and passed down; nothing reads it globally.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from broadcaster.errors import InputError, StationError

SETTINGS_FILE = "broadcaster.toml"
DB_FILE = "broadcaster.db"
ENV_PREFIX = "BROADCASTER_"

DEFAULT_CATEGORIES: dict[str, str] = {
    "cchc": "Cải cách hành chính",
    "thong-bao": "Thông báo",
    "y-te": "Y tế",
    "phong-chong-thien-tai": "Phòng chống thiên tai",
    "an-ninh": "An ninh, trật tự",
    "nong-nghiep": "Nông nghiệp",
    "van-hoa": "Văn hóa, xã hội",
    "bau-cu": "Bầu cử",
    "tiep-song": "Tiếp sóng",
    "khac": "Khác",
}


@dataclass(frozen=True)
class Settings:
    home: Path = Path("station")
    db_url: str = ""
    station_name: str = "Đài truyền thanh xã"
    commune: str = ""
    district: str = ""
    station_head: str = ""
    timezone: str = "Asia/Ho_Chi_Minh"
    categories: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CATEGORIES))
    require_approval: bool = True
    # Speech rate used to estimate an unrendered script (syllables per minute).
    speech_rate_spm: int = 150
    # Silence between two segments of a programme, in seconds.
    segment_gap: float = 2.0
    tts_engines: tuple[str, ...] = ("gtts", "piper", "espeak-ng")
    tts_language: str = "vi"
    piper_voice: str = ""
    # espeak-ng: voice (a variant after «+», e.g. "vi+m3"), words per minute, pitch 0-99,
    # extra gap between words in 10 ms units. Tuned on bench/bench_intelligibility.py:
    # the f2 variant at 130 wpm is recognized best (CER 0.50 against 0.63 for "vi"@150).
    espeak_voice: str = "vi+f2"
    espeak_speed: int = 130
    espeak_pitch: int = 50
    espeak_word_gap: int = 0
    # Web and e-mail addresses in a script: read aloud («chấm gốp chấm vê en») or left out.
    read_links: bool = True
    # Piper: the speaker of a multi-speaker voice, and a speed factor (1.0 = the voice's own).
    piper_speaker: int = 0
    piper_speed: float = 1.0
    # Voice choices per category: {"y-te": {"espeak_speed": 140}, ...} ([tts.category.y-te]).
    tts_category: dict[str, dict[str, Any]] = field(default_factory=dict)
    # An engine that failed (no network, ...) is tried again after this many seconds.
    engine_retry_seconds: int = 60
    loudness_target: float = -16.0
    true_peak: float = -1.0
    sample_rate: int = 24000
    audio_format: str = "wav"
    sentence_pause_ms: int = 350
    paragraph_pause_ms: int = 800
    jingle_dir: str = ""
    station_id_file: str = ""
    # Where the programme goes: "device" (sound card), "file:PATH.wav", and/or
    # "icecast://source:PASSWORD@HOST:PORT/mount" for IP loudspeakers; several at once.
    output: tuple[str, ...] = ("device",)
    output_device: str = ""
    # How long after it is written a sound is heard (a card behind a sound server is
    # near 0); bench/bench_playout.py measures it on the station's own output.
    output_latency_correction_ms: int = 0
    render_ahead_minutes: int = 30
    grace_minutes: int = 10
    heartbeat_seconds: int = 5
    reload_seconds: int = 5
    fade_ms: int = 300
    # Giờ yên tĩnh: only khẩn cấp may sound inside it; "" (a deliberate choice) means none.
    quiet_hours: str = "21:30-05:00"
    # An imported khẩn cấp bulletin airs at once (True) or waits for a leader's approval.
    auto_emergency: bool = True
    # How often the daemon looks into ``inbox/`` for bulletins from a source system.
    inbox_scan_seconds: int = 10
    # Relay (tiếp âm): open the stream this long before its start; on a drop retry this
    # many times, this many seconds apart; meanwhile air the fallback: "silence",
    # "station-id" (station_id_file) or the path of a filler recording.
    relay_open_ahead_seconds: float = 5.0
    relay_retries: int = 3
    relay_retry_seconds: float = 2.0
    relay_fallback: str = "silence"
    # Icecast output: "mp3" or "opus", kbit/s, what the mount carries when nothing airs
    # ("silence" or a recording played in a loop), the longest wait between reconnects,
    # and whether «make run» starts a local Icecast server for the icecast:// outputs.
    icecast_format: str = "mp3"
    icecast_bitrate: int = 64
    icecast_idle: str = "silence"
    icecast_reconnect_max_seconds: float = 30.0
    icecast_local: bool = False
    # Limits on what the operator may store (README «Giới hạn»).
    title_max_chars: int = 300
    booking_max_days: int = 366
    script_max_minutes: float = 30.0
    # The web console (``broadcaster web``). Beyond 127.0.0.1 it needs HTTPS (cert and key
    # files) or web_allow_plain_http = true, said on purpose.
    web_host: str = "127.0.0.1"
    web_port: int = 8080
    web_certfile: str = ""
    web_keyfile: str = ""
    web_allow_plain_http: bool = False
    web_session_hours: int = 12
    upload_audio_mb: int = 50
    upload_script_mb: int = 2
    # A commune with several sites ([site] in broadcaster.toml): the site this PC is (its
    # name and the token «broadcaster site add» printed), how many days of programme and
    # audio it holds to keep airing without the central database, where the central
    # console serves audio files, and when a silent site turns red on the sites page.
    site_name: str = ""
    site_token: str = ""
    site_offline_days: int = 3
    site_central_url: str = ""
    site_silent_minutes: int = 5
    # Who the monthly report is addressed to.
    report_receiver: str = "Sở Văn hóa, Thể thao và Du lịch"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def settings_path(self) -> Path:
        return self.home / SETTINGS_FILE

    @property
    def audio_dir(self) -> Path:
        return self.home / "audio"

    @property
    def inbox_dir(self) -> Path:
        return self.home / "inbox"

    @property
    def report_dir(self) -> Path:
        return self.home / "reports"

    @property
    def abbreviations_path(self) -> Path:
        return self.home / "viet-tat.tsv"

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{(self.home / DB_FILE).resolve()}"

    def category_label(self, code: str) -> str:
        return self.categories.get(code, code)

    def for_category(self, code: str) -> Settings:
        """These settings with the category's own voice choices applied."""
        overrides = self.tts_category.get(code)
        return dataclasses.replace(self, **overrides) if overrides else self


# Settings a category may choose for itself under [tts.category.CODE].
VOICE_KEYS = (
    "espeak_voice",
    "espeak_speed",
    "espeak_pitch",
    "espeak_word_gap",
    "piper_speaker",
    "piper_speed",
)


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _coerce(name: str, value: Any, source: str) -> Any:
    """Turn a TOML or environment value into the field's type, or explain the mistake."""
    kind = str(_FIELDS[name].type)
    if name == "tts_category":
        return _coerce_voice_choices(value, source)
    try:
        if kind == "Path":
            return Path(str(value))
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on", "có", "co", "bật"}:
                return True
            if text in {"0", "false", "no", "off", "không", "khong", "tắt"}:
                return False
            raise ValueError(text)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind.startswith("tuple"):
            items = value if isinstance(value, list | tuple) else str(value).split(",")
            return tuple(str(v).strip() for v in items if str(v).strip())
        if kind.startswith("dict"):
            if not isinstance(value, Mapping):
                raise ValueError(value)
            return {str(k): str(v) for k, v in value.items()}
        return str(value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            f"Giá trị «{value}» của thiết lập «{name}» ({source}) không hợp lệ. "
            f"Hãy sửa lại trong {source}."
        ) from exc


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
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise StationError(
            f"Không đọc được tệp thiết lập {path}: {exc.strerror}. Hãy kiểm tra quyền đọc "
            "của thư mục đài."
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StationError(
            f"Tệp thiết lập {path} bị lỗi cú pháp: {exc}. Hãy sửa tệp hoặc xoá nó rồi chạy "
            "«broadcaster init» để tạo lại."
        ) from exc
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key != "categories":
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}" if f"{key}_{sub}" in _FIELDS else sub] = subvalue
        else:
            flat[key] = value
    unknown = sorted(set(flat) - set(_FIELDS))
    if unknown:
        raise StationError(
            f"Tệp thiết lập {path} có khoá không biết: {', '.join(unknown)}. "
            "Hãy xoá hoặc sửa tên các khoá đó."
        )
    return {k: _coerce(k, v, str(path)) for k, v in flat.items()}


def _read_env(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _FIELDS:
        key = ENV_PREFIX + name.upper()
        if key in env and env[key] != "":
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
    return f"""# Thiết lập của đài. Sửa xong, các lệnh mới sẽ dùng ngay giá trị mới.
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
# Giọng riêng cho từng chuyên mục, ví dụ đọc chậm hơn cho tin y tế:
# [tts.category.y-te]
# espeak_speed = 135
# piper_speed = 0.9

[categories]
{cats}
"""
