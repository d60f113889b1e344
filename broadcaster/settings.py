"""One settings object: defaults < ``broadcaster.toml`` < ``BROADCASTER_*`` env < flags.

It is built once at the entry point and passed down; nothing reads it globally.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from broadcaster.errors import InputError
from broadcaster.settings_spec import (
    FILE_ONLY,
    RESTART,
    WEB,
    Declared,
    Spec,
    declared,
    monitor_source,
    no_duplicates,
    not_blank,
    one_line,
    outputs,
    quiet_hours,
    setting,
    time_zone,
)

SETTINGS_FILE = "broadcaster.toml"
DB_FILE = "broadcaster.db"
ENV_PREFIX = "BROADCASTER_"
KNOWN_ENGINES = ("gtts", "piper", "espeak-ng")

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
    """Every station setting, declared once: type, default and :class:`Spec`.

    The «Quản trị» form, ``broadcaster settings`` and the README's reference are
    generated from these declarations (see :data:`DECLARED`).
    """

    # -- the station -----------------------------------------------------------------
    home: Path = setting(  # noqa: RUF009 (a field specifier, not a shared value)
        Path("station"),
        Spec(
            "Thư mục đài",
            "Thư mục chứa broadcaster.toml, cơ sở dữ liệu và âm thanh. Chọn bằng --home "
            "hoặc biến BROADCASTER_HOME, không ghi trong tệp thiết lập.",
            role=FILE_ONLY,
            apply=RESTART,
        ),
    )
    db_url: str = setting(
        "",
        Spec(
            "Cơ sở dữ liệu",
            "Địa chỉ cơ sở dữ liệu SQLAlchemy, ví dụ postgresql://người_dùng@máy/tên_csdl "
            "(nhiều đài). Để trống: tệp SQLite broadcaster.db trong thư mục đài. Cũng đặt "
            "được bằng --db hoặc BROADCASTER_DB.",
            role=FILE_ONLY,
            apply=RESTART,
            secret=True,
        ),
    )
    station_name: str = setting(
        "Đài truyền thanh xã",
        Spec("Tên đài", "Tên in trên báo cáo và bảng điều khiển.", check=not_blank),
    )
    commune: str = setting("", Spec("Xã/phường", "Tên xã/phường, in trên báo cáo.", check=one_line))
    district: str = setting(
        "", Spec("Huyện/thị xã", "Tên huyện/thị xã, in trên báo cáo.", check=one_line)
    )
    station_head: str = setting("", Spec("Trưởng đài", "Người ký báo cáo tháng.", check=one_line))
    timezone: str = setting(
        "Asia/Ho_Chi_Minh",
        Spec(
            "Múi giờ",
            "Giờ của đài dùng cho lịch phát, nhật ký và báo cáo.",
            role=FILE_ONLY,
            apply=RESTART,
            check=time_zone,
        ),
    )
    categories: dict[str, str] = setting(  # noqa: RUF009
        dict(DEFAULT_CATEGORIES),
        Spec(
            "Chuyên mục",
            "Mã và tên các chuyên mục tin bài, trong bảng [categories] của "
            "broadcaster.toml («mã» = «tên»).",
            role=FILE_ONLY,
        ),
    )
    require_approval: bool = setting(
        True,
        Spec(
            "Tin phải được duyệt trước khi phát",
            "Chỉ tin đã được người duyệt (lãnh đạo) duyệt mới được phát.",
        ),
    )
    speech_rate_spm: int = setting(
        150,
        Spec(
            "Tốc độ đọc ước tính",
            "Dùng để ước tính thời lượng một kịch bản chưa tạo âm thanh.",
            minimum=60,
            maximum=400,
            unit="âm tiết/phút",
        ),
    )
    segment_gap: float = setting(
        2.0,
        Spec(
            "Khoảng lặng giữa hai tin",
            "Khoảng lặng giữa hai tin trong một buổi phát.",
            minimum=0,
            maximum=60,
            unit="giây",
        ),
    )
    # -- speech ----------------------------------------------------------------------
    tts_engines: tuple[str, ...] = setting(
        ("gtts", "piper", "espeak-ng"),
        Spec(
            "Thứ tự bộ đọc",
            "Các bộ đọc thử lần lượt: gtts (cần mạng), piper (cần tệp giọng), espeak-ng "
            "(luôn có). Bộ đầu tiên đọc được sẽ được dùng.",
            section="tts",
            choices=KNOWN_ENGINES,
            check=no_duplicates,
        ),
    )
    tts_language: str = setting(
        "vi",
        Spec("Ngôn ngữ đọc", "Mã ngôn ngữ cho gtts.", section="tts", role=FILE_ONLY),
    )
    piper_voice: str = setting(
        "",
        Spec(
            "Giọng Piper",
            "Tệp giọng .onnx của Piper (đường dẫn trong thư mục đài). Cài bằng «broadcaster "
            "tts voice add».",
            section="tts",
            check=one_line,
        ),
    )
    # espeak-ng: voice (a variant after «+», e.g. "vi+m3"), words per minute, pitch 0-99,
    # extra gap between words in 10 ms units. Tuned on bench/bench_intelligibility.py:
    # the f2 variant at 130 wpm is recognized best (CER 0.50 against 0.63 for "vi"@150).
    espeak_voice: str = setting(
        "vi+f2",
        Spec(
            "Giọng espeak-ng",
            "Giọng và biến thể sau dấu +, ví dụ «vi+f2» (nghe rõ nhất), «vi+m3», «vi-vn-x-south».",
            section="tts",
            check=not_blank,
        ),
    )
    espeak_speed: int = setting(
        130,
        Spec(
            "Tốc độ espeak-ng",
            "Tốc độ đọc của espeak-ng.",
            section="tts",
            minimum=80,
            maximum=450,
            unit="từ/phút",
        ),
    )
    espeak_pitch: int = setting(
        50,
        Spec(
            "Cao độ espeak-ng",
            "Cao độ giọng; 50 là giọng thường.",
            section="tts",
            minimum=0,
            maximum=99,
        ),
    )
    espeak_word_gap: int = setting(
        0,
        Spec(
            "Ngắt giữa các từ (espeak-ng)",
            "Ngắt thêm giữa các từ, đơn vị 10 mili giây.",
            section="tts",
            minimum=0,
            maximum=100,
        ),
    )
    # espeak-ng intelligibility ideas (bench/bench_espeak_ideas.py; kept only if they help).
    espeak_clause_pause_ms: int = setting(
        0,
        Spec(
            "Ngắt sau dấu phẩy (espeak-ng)",
            "Ngắt thêm sau mỗi dấu phẩy, mili giây (0: không thêm).",
            section="tts",
            minimum=0,
            maximum=2000,
            unit="ms",
        ),
    )
    espeak_slow_numbers: int = setting(
        100,
        Spec(
            "Tốc độ đọc số (espeak-ng)",
            "Số và tên riêng đọc ở chừng này phần trăm tốc độ thường (100: như thường).",
            section="tts",
            minimum=50,
            maximum=100,
            unit="%",
        ),
    )
    espeak_slow_names: int = setting(
        100,
        Spec(
            "Tốc độ đọc tên riêng (espeak-ng)",
            "Tên riêng đọc ở chừng này phần trăm tốc độ thường (100: như thường).",
            section="tts",
            minimum=50,
            maximum=100,
            unit="%",
        ),
    )
    # % of the voice's pitch range, where the tones live: 150 lowers the bulletins' CER
    # from 0.507 to 0.476 (bench/bench_espeak_ideas.py); 100 is espeak-ng's own.
    espeak_pitch_range: int = setting(
        150,
        Spec(
            "Độ rộng cao độ (espeak-ng)",
            "Phần trăm độ rộng cao độ của giọng, nơi có các thanh điệu: 150 nghe rõ hơn "
            "giọng gốc (100).",
            section="tts",
            minimum=50,
            maximum=300,
            unit="%",
        ),
    )
    # espeak-ng's amplitude (its -a, 100 = its own): above 100 its output is compressed
    # toward full scale (consonants louder against vowels); 150 lowers the bulletins' CER
    # from 0.476 to 0.463, 0.458 with the station dictionary (bench/bench_espeak_ideas.py).
    espeak_amplitude: int = setting(
        150,
        Spec(
            "Âm lượng espeak-ng",
            "Âm lượng giọng espeak-ng (100: như gốc); 150 nghe rõ hơn: giọng được nén sát "
            "mức tối đa, phụ âm rõ hơn, trước khi chuẩn hoá độ to.",
            section="tts",
            minimum=20,
            maximum=200,
        ),
    )
    # A station-local espeak-ng data folder built by «make espeak-vi-extra»: its Vietnamese
    # dictionary compiled with the station's own word list (vi_extra) when espeak-ng's sources
    # can be fetched, and its config (data/espeak_config: a darker spectrum for voiced sounds,
    # bench/bench_espeak_data.py); "" = the system's data.
    espeak_data_dir: str = setting(
        "",
        Spec(
            "Dữ liệu espeak-ng của đài",
            "Thư mục (trong thư mục đài) chứa dữ liệu espeak-ng riêng của đài: từ điển riêng "
            "và phổ giọng dễ nghe hơn (tạo bằng «make espeak-vi-extra»); để trống: dùng dữ "
            "liệu của hệ thống.",
            section="tts",
            check=one_line,
        ),
    )
    # Web and e-mail addresses in a script: read aloud («chấm gốp chấm vê en») or left out.
    read_links: bool = setting(
        True,
        Spec(
            "Đọc địa chỉ web và thư điện tử",
            "Đọc thành lời («chấm gốp chấm vê en»); tắt thì bỏ qua các địa chỉ đó.",
            section="tts",
        ),
    )
    piper_speaker: int = setting(
        0,
        Spec(
            "Người đọc Piper",
            "Số người đọc, với giọng Piper có nhiều người đọc.",
            section="tts",
            minimum=0,
            maximum=10000,
        ),
    )
    piper_speed: float = setting(
        1.0,
        Spec(
            "Tốc độ Piper",
            "1.0 là tốc độ gốc của giọng; 0.9 chậm hơn, 1.1 nhanh hơn.",
            section="tts",
            minimum=0.5,
            maximum=2.0,
        ),
    )
    tts_category: dict[str, dict[str, Any]] = setting(  # noqa: RUF009
        {},
        Spec(
            "Giọng riêng từng chuyên mục",
            "Bảng [tts.category.MÃ_CHUYÊN_MỤC] với espeak_voice, espeak_speed, "
            "espeak_pitch, espeak_word_gap, piper_speaker, piper_speed; ví dụ tin y tế "
            "đọc chậm hơn.",
            section="tts",
        ),
    )
    engine_retry_seconds: int = setting(
        60,
        Spec(
            "Thử lại bộ đọc hỏng sau",
            "Một bộ đọc vừa hỏng (mất mạng…) được thử lại sau chừng này giây.",
            section="tts",
            apply=RESTART,
            minimum=5,
            maximum=86400,
            unit="giây",
        ),
    )
    loudness_target: float = setting(
        -16.0,
        Spec(
            "Độ lớn chuẩn",
            "Độ lớn mọi tin được chuẩn hoá về (LUFS); -16 hợp với loa ngoài trời.",
            minimum=-40,
            maximum=-5,
            unit="LUFS",
        ),
    )
    true_peak: float = setting(
        -1.0,
        Spec("Đỉnh tối đa", "Đỉnh âm thanh không vượt quá.", minimum=-10, maximum=0, unit="dBTP"),
    )
    sample_rate: int = setting(
        24000,
        Spec(
            "Tần số lấy mẫu",
            "Tần số lấy mẫu của âm thanh tạo ra và của đầu ra.",
            apply=RESTART,
            minimum=8000,
            maximum=48000,
            unit="Hz",
        ),
    )
    audio_format: str = setting(
        "wav",
        Spec("Định dạng tệp âm thanh", "Định dạng tệp âm thanh lưu lại.", choices=("wav", "mp3")),
    )
    sentence_pause_ms: int = setting(
        350,
        Spec("Ngắt sau câu", "Khoảng lặng sau mỗi câu.", minimum=0, maximum=5000, unit="ms"),
    )
    paragraph_pause_ms: int = setting(
        800,
        Spec("Ngắt sau đoạn", "Khoảng lặng sau mỗi đoạn.", minimum=0, maximum=10000, unit="ms"),
    )
    jingle_dir: str = setting(
        "",
        Spec(
            "Thư mục nhạc hiệu",
            "Thư mục (trong thư mục đài) chứa nhạc hiệu đầu và cuối tin theo chuyên mục.",
            check=one_line,
        ),
    )
    station_id_file: str = setting(
        "",
        Spec(
            "Tệp giới thiệu đài",
            "Tệp âm thanh giới thiệu đài, phát trước mỗi tin (để trống: không có).",
            check=one_line,
        ),
    )
    # -- playout ---------------------------------------------------------------------
    # Where the programme goes: "device" (sound card), "file:PATH.wav", and/or
    # "icecast://source:PASSWORD@HOST:PORT/mount" for IP loudspeakers; several at once.
    output: tuple[str, ...] = setting(
        ("device",),
        Spec(
            "Đầu ra",
            "Nơi phát: «device» (card âm thanh), «file:ĐƯỜNG_DẪN.wav», "
            "«icecast://source:MẬT_KHẨU@MÁY:CỔNG/mount» (loa IP); nhiều đầu ra cách nhau "
            "bởi dấu phẩy.",
            apply=RESTART,
            check=outputs,
        ),
    )
    output_device: str = setting(
        "",
        Spec(
            "Card âm thanh",
            "Tên (một phần) card âm thanh; để trống: card mặc định.",
            apply=RESTART,
            check=one_line,
        ),
    )
    # How long after it is written a sound is heard (a card behind a sound server is
    # near 0); bench/bench_playout.py measures it on the station's own output.
    output_latency_correction_ms: int = setting(
        0,
        Spec(
            "Bù độ trễ đầu ra",
            "Âm thanh ghi ra được nghe sau chừng này (đo bằng bench/bench_playout.py).",
            apply=RESTART,
            minimum=0,
            maximum=5000,
            unit="ms",
        ),
    )
    render_ahead_minutes: int = setting(
        30,
        Spec(
            "Tạo âm thanh trước",
            "Tạo âm thanh cho các buổi phát sắp tới trước chừng này phút.",
            minimum=1,
            maximum=1440,
            unit="phút",
        ),
    )
    # PostgreSQL: seconds to wait for the server to accept a connection, and for any one
    # statement to finish (0: no limit). Beyond them a command says so in Vietnamese and
    # the daemon treats the database as away (its log goes to the journal).
    db_connect_timeout: int = setting(
        10,
        Spec(
            "Chờ máy chủ cơ sở dữ liệu",
            "Số giây chờ PostgreSQL nhận kết nối; quá thì báo lỗi (phần mềm phát ghi tạm "
            "nhật ký ra tệp).",
            role=FILE_ONLY,
            apply=RESTART,
            minimum=1,
            maximum=600,
            unit="giây",
        ),
    )
    db_statement_timeout: int = setting(
        30,
        Spec(
            "Chờ một lệnh cơ sở dữ liệu",
            "Số giây tối đa cho một lệnh PostgreSQL (0: không giới hạn).",
            role=FILE_ONLY,
            apply=RESTART,
            minimum=0,
            maximum=3600,
            unit="giây",
        ),
    )
    grace_minutes: int = setting(
        10,
        Spec(
            "Cho phép phát trễ",
            "Buổi phát lỡ giờ (máy tắt, mất điện) vẫn được phát nếu trễ không quá chừng "
            "này phút; quá thì ghi «bỏ lỡ».",
            apply=RESTART,
            minimum=0,
            maximum=180,
            unit="phút",
        ),
    )
    heartbeat_seconds: int = setting(
        5,
        Spec(
            "Nhịp báo còn chạy",
            "Phần mềm phát ghi «còn chạy» mỗi chừng này giây.",
            role=FILE_ONLY,
            apply=RESTART,
            minimum=1,
            maximum=60,
            unit="giây",
        ),
    )
    reload_seconds: int = setting(
        5,
        Spec(
            "Nhịp đọc lại lịch và thiết lập",
            "Phần mềm phát đọc lại lịch phát và broadcaster.toml mỗi chừng này giây.",
            role=FILE_ONLY,
            apply=RESTART,
            minimum=1,
            maximum=300,
            unit="giây",
        ),
    )
    wake_fallback_seconds: int = setting(
        10,
        Spec(
            "Nhịp xem lại yêu cầu phát ngay và tin khẩn cấp",
            "Yêu cầu phát ngay và tin khẩn cấp được báo ngay cho phần mềm phát; phòng khi "
            "lời báo bị lạc, phần mềm phát vẫn tự xem lại mỗi chừng này giây.",
            role=FILE_ONLY,
            apply=RESTART,
            minimum=1,
            maximum=86400,
            unit="giây",
        ),
    )
    fade_ms: int = setting(
        300,
        Spec(
            "Thời gian giảm dần",
            "Khi ngắt một tin (phát ngay, dừng), âm thanh nhỏ dần trong chừng này.",
            apply=RESTART,
            minimum=0,
            maximum=5000,
            unit="ms",
        ),
    )
    # Giờ yên tĩnh: only khẩn cấp may sound inside it; "" (a deliberate choice) means none.
    quiet_hours: str = setting(
        "21:30-05:00",
        Spec(
            "Giờ yên tĩnh",
            "Trong khoảng này chỉ tin khẩn cấp được phát, ví dụ «21:30-05:00». Để trống "
            "nếu đài không có giờ yên tĩnh.",
            check=quiet_hours,
        ),
    )
    # An imported khẩn cấp bulletin airs at once (True) or waits for a leader's approval.
    auto_emergency: bool = setting(
        True,
        Spec(
            "Tin khẩn cấp nhận về được phát ngay",
            "Tin khẩn cấp từ hệ thống thông tin nguồn phát ngay; tắt thì chờ người duyệt.",
        ),
    )
    # How often the daemon looks into ``inbox/`` for bulletins from a source system.
    inbox_scan_seconds: int = setting(
        10,
        Spec(
            "Nhịp xem hộp thư bản tin",
            "Phần mềm phát xem thư mục inbox/ mỗi chừng này giây.",
            apply=RESTART,
            minimum=1,
            maximum=3600,
            unit="giây",
        ),
    )
    # Relay (tiếp âm): open the stream this long before its start; on a drop retry this
    # many times, this many seconds apart; meanwhile air the fallback: "silence",
    # "station-id" (station_id_file) or the path of a filler recording.
    relay_open_ahead_seconds: float = setting(
        5.0,
        Spec(
            "Mở luồng tiếp âm trước",
            "Mở luồng tiếp âm trước giờ phát chừng này giây.",
            section="relay",
            minimum=0,
            maximum=120,
            unit="giây",
        ),
    )
    relay_retries: int = setting(
        3,
        Spec(
            "Số lần thử lại luồng tiếp âm",
            "Khi mất luồng tiếp âm, thử kết nối lại chừng này lần.",
            section="relay",
            minimum=0,
            maximum=100,
        ),
    )
    relay_retry_seconds: float = setting(
        2.0,
        Spec(
            "Thử lại luồng tiếp âm cách nhau",
            "Thời gian giữa hai lần thử lại.",
            section="relay",
            minimum=0.1,
            maximum=120,
            unit="giây",
        ),
    )
    relay_fallback: str = setting(
        "silence",
        Spec(
            "Khi mất luồng tiếp âm thì phát",
            "«silence» (im lặng), «station-id» (tệp giới thiệu đài) hoặc đường dẫn một tệp "
            "nhạc đệm.",
            section="relay",
            check=not_blank,
        ),
    )
    # Icecast output: "mp3" or "opus", kbit/s, what the mount carries when nothing airs
    # ("silence" or a recording played in a loop), the longest wait between reconnects,
    # and whether «make run» starts a local Icecast server for the icecast:// outputs.
    icecast_format: str = setting(
        "mp3",
        Spec(
            "Định dạng luồng Icecast",
            "«mp3» hoặc «opus».",
            section="icecast",
            apply=RESTART,
            choices=("mp3", "opus"),
        ),
    )
    icecast_bitrate: int = setting(
        64,
        Spec(
            "Tốc độ luồng Icecast",
            "Tốc độ bit của luồng gửi tới loa IP.",
            section="icecast",
            apply=RESTART,
            minimum=16,
            maximum=320,
            unit="kbit/s",
        ),
    )
    icecast_idle: str = setting(
        "silence",
        Spec(
            "Luồng Icecast khi không phát",
            "«silence» (im lặng) hoặc đường dẫn tệp phát lặp lại khi không có chương trình.",
            section="icecast",
            apply=RESTART,
            check=not_blank,
        ),
    )
    icecast_reconnect_max_seconds: float = setting(
        30.0,
        Spec(
            "Chờ kết nối lại Icecast tối đa",
            "Thời gian chờ dài nhất giữa hai lần kết nối lại máy chủ Icecast.",
            section="icecast",
            apply=RESTART,
            minimum=1,
            maximum=3600,
            unit="giây",
        ),
    )
    icecast_local: bool = setting(
        False,
        Spec(
            "Chạy máy chủ Icecast trên máy này",
            "«make run» tự chạy một máy chủ Icecast cho các đầu ra icecast:// tới 127.0.0.1.",
            apply=RESTART,
        ),
    )
    # -- limits (README «Giới hạn») ----------------------------------------------------
    title_max_chars: int = setting(
        300,
        Spec(
            "Tên tin bài dài tối đa",
            "Số ký tự tối đa của tên tin bài (cột trong cơ sở dữ liệu giữ tối đa 300).",
            minimum=20,
            maximum=300,
            unit="ký tự",
        ),
    )
    booking_max_days: int = setting(
        366,
        Spec(
            "Một lượt đặt lịch dài tối đa",
            "Số ngày tối đa của một lượt đặt lịch.",
            minimum=1,
            maximum=3660,
            unit="ngày",
        ),
    )
    script_max_minutes: float = setting(
        30.0,
        Spec(
            "Kịch bản dài tối đa",
            "Thời gian đọc ước tính tối đa của một kịch bản.",
            minimum=1,
            maximum=600,
            unit="phút",
        ),
    )
    # Khẩn cấp repeats: at least this many minutes apart, for at most this many hours and
    # this many airings in all; beyond that a change is refused.
    emergency_repeat_min_minutes: int = setting(
        15,
        Spec(
            "Tin khẩn cấp nhắc lại cách nhau ít nhất",
            "Tin khẩn cấp không được nhắc lại dày hơn chừng này phút.",
            minimum=1,
            maximum=1440,
            unit="phút",
        ),
    )
    emergency_repeat_max_hours: int = setting(
        72,
        Spec(
            "Tin khẩn cấp nhắc lại lâu nhất",
            "Tin khẩn cấp được nhắc lại trong tối đa chừng này giờ.",
            minimum=1,
            maximum=720,
            unit="giờ",
        ),
    )
    emergency_repeat_max_airings: int = setting(
        48,
        Spec(
            "Số lượt nhắc lại tối đa",
            "Tổng số lượt phát nhắc lại tối đa của một tin khẩn cấp.",
            minimum=1,
            maximum=1000,
            unit="lượt",
        ),
    )
    # Files read from anywhere (scripts, schedules, bulletins) are refused beyond this size
    # before they are parsed; a .docx also beyond this many MB unpacked or this many parts.
    text_file_max_mb: int = setting(
        20,
        Spec(
            "Tệp văn bản lớn tối đa",
            "Kịch bản, bảng buổi phát, bản tin lớn hơn chừng này bị từ chối trước khi đọc.",
            minimum=1,
            maximum=500,
            unit="MB",
        ),
    )
    docx_max_unpacked_mb: int = setting(
        50,
        Spec(
            "Tệp Word giải nén lớn tối đa",
            "Tệp .docx khi giải nén lớn hơn chừng này bị từ chối (chống tệp «bom nén»).",
            minimum=1,
            maximum=2000,
            unit="MB",
        ),
    )
    docx_max_entries: int = setting(
        1000,
        Spec(
            "Số phần tối đa của tệp Word",
            "Tệp .docx có nhiều phần hơn chừng này bị từ chối.",
            minimum=10,
            maximum=100000,
            unit="phần",
        ),
    )
    # -- proof of airing (air-check): what the loudspeakers really got is recorded from a
    # monitor input and every airing is verified against it.
    monitor: str = setting(
        "none",
        Spec(
            "Nguồn giám sát loa",
            "Nơi ghi lại âm thanh thật ra loa để đối chiếu: «pulse:TÊN_NGUỒN» (ví dụ "
            "«pulse:station.monitor»), «device:TÊN» (đầu vào card âm thanh nối với đường ra "
            "của bộ khuếch đại), «icecast» (nghe lại luồng của đài) hoặc «none» (không ghi).",
            apply=RESTART,
            check=monitor_source,
        ),
    )
    aircheck_days: int = setting(
        31,
        Spec(
            "Giữ bản ghi giám sát",
            "Bản ghi âm thanh ra loa được giữ chừng này ngày, cũ nhất bị xoá trước.",
            minimum=1,
            maximum=3660,
            unit="ngày",
        ),
    )
    aircheck_min_free_mb: int = setting(
        500,
        Spec(
            "Dung lượng đĩa trống tối thiểu",
            "Khi đĩa còn trống ít hơn chừng này, bản ghi giám sát cũ nhất bị xoá.",
            minimum=0,
            maximum=1000000,
            unit="MB",
        ),
    )
    silence_alarm_seconds: int = setting(
        10,
        Spec(
            "Báo động im lặng / phát nhầm sau",
            "Loa im lặng chừng này giây khi đang có tin phát, hoặc có tiếng khi không có gì "
            "phát, thì báo động.",
            minimum=2,
            maximum=3600,
            unit="giây",
        ),
    )
    alarm_command: str = setting(
        "",
        Spec(
            "Lệnh chạy khi báo động",
            "Lệnh chạy mỗi lần báo động (ví dụ gửi tin nhắn qua USB 3G); nội dung báo động "
            "là tham số cuối. Để trống: không chạy gì.",
            role=FILE_ONLY,
            check=one_line,
        ),
    )
    icecast_admin_password: str = setting(
        "",
        Spec(
            "Mật khẩu quản trị Icecast",
            "Có mật khẩu này, phần mềm phát ghi lại những cụm loa IP (người nghe mỗi luồng "
            "icecast://) đã kết nối trong mỗi lượt phát. Để trống: không ghi.",
            role=FILE_ONLY,
            apply=RESTART,
            secret=True,
            check=one_line,
        ),
    )
    # -- the web console (``broadcaster web``). Beyond 127.0.0.1 it needs HTTPS (cert and
    # key files) or web_allow_plain_http = true, said on purpose.
    web_host: str = setting(
        "127.0.0.1",
        Spec(
            "Địa chỉ bảng điều khiển",
            "127.0.0.1: chỉ trên máy đài; 0.0.0.0: mở cho điện thoại trong mạng UBND (cần "
            "HTTPS hoặc allow_plain_http).",
            section="web",
            role=FILE_ONLY,
            apply=WEB,
            check=not_blank,
        ),
    )
    web_port: int = setting(
        8080,
        Spec(
            "Cổng bảng điều khiển",
            "Cổng mạng của bảng điều khiển.",
            section="web",
            role=FILE_ONLY,
            apply=WEB,
            minimum=1,
            maximum=65535,
        ),
    )
    web_certfile: str = setting(
        "",
        Spec(
            "Tệp chứng chỉ HTTPS",
            "Tệp chứng chỉ (cert.pem) để mở HTTPS.",
            section="web",
            role=FILE_ONLY,
            apply=WEB,
            check=one_line,
        ),
    )
    web_keyfile: str = setting(
        "",
        Spec(
            "Tệp khoá HTTPS",
            "Tệp khoá riêng (key.pem) đi kèm chứng chỉ.",
            section="web",
            role=FILE_ONLY,
            apply=WEB,
            check=one_line,
        ),
    )
    web_allow_plain_http: bool = setting(
        False,
        Spec(
            "Cho phép HTTP không mã hoá",
            "Chỉ khi mạng nội bộ tin cậy và không có HTTPS; mật khẩu đi qua mạng không mã hoá.",
            section="web",
            role=FILE_ONLY,
            apply=WEB,
        ),
    )
    web_session_hours: int = setting(
        12,
        Spec(
            "Phiên đăng nhập dài",
            "Sau chừng này giờ phải đăng nhập lại.",
            section="web",
            apply=WEB,
            minimum=1,
            maximum=720,
            unit="giờ",
        ),
    )
    upload_audio_mb: int = setting(
        50,
        Spec(
            "Tệp ghi âm gửi lên tối đa",
            "Dung lượng tối đa của một tệp âm thanh gửi lên.",
            apply=WEB,
            minimum=1,
            maximum=2000,
            unit="MB",
        ),
    )
    upload_script_mb: int = setting(
        2,
        Spec(
            "Tệp kịch bản gửi lên tối đa",
            "Dung lượng tối đa của một tệp kịch bản (.txt, .docx) gửi lên.",
            apply=WEB,
            minimum=1,
            maximum=100,
            unit="MB",
        ),
    )
    # Live voice from the console («Phát trực tiếp») and «Nghe đài».
    live_chime_before: str = setting(
        "chime",
        Spec(
            "Chuông trước khi phát trực tiếp",
            "«chime»: tiếng chuông có sẵn; để trống: không có; hoặc đường dẫn một tệp âm thanh.",
            check=one_line,
        ),
    )
    live_chime_after: str = setting(
        "chime",
        Spec(
            "Chuông sau khi phát trực tiếp",
            "«chime»: tiếng chuông có sẵn; để trống: không có; hoặc đường dẫn một tệp âm thanh.",
            check=one_line,
        ),
    )
    live_max_minutes: int = setting(
        60,
        Spec(
            "Phát trực tiếp dài tối đa",
            "Một lần phát trực tiếp tự kết thúc sau chừng này phút.",
            minimum=1,
            maximum=600,
            unit="phút",
        ),
    )
    listen_enabled: bool = setting(
        True,
        Spec(
            "Cho nghe đài trên bảng điều khiển",
            "Phần mềm phát đưa âm thanh đang phát cho nút «Nghe đài» (chỉ trên máy này).",
            apply=RESTART,
        ),
    )
    # -- a commune with several sites ([site] in broadcaster.toml): the site this PC is (its
    # name and the token «broadcaster site add» printed), how many days of programme and
    # audio it holds to keep airing without the central database, where the central
    # console serves audio files, and when a silent site turns red on the sites page.
    site_name: str = setting(
        "",
        Spec(
            "Tên điểm phát của máy này",
            "Máy này phát các vùng của điểm phát mang tên này (như «broadcaster run --site "
            "TÊN»); để trống: đài một điểm phát.",
            section="site",
            role=FILE_ONLY,
            apply=RESTART,
            check=one_line,
        ),
    )
    site_token: str = setting(
        "",
        Spec(
            "Mã truy cập của điểm phát",
            "Mã do «broadcaster site add» in ra, để lấy tệp âm thanh từ đài trung tâm.",
            section="site",
            role=FILE_ONLY,
            apply=RESTART,
            secret=True,
            check=one_line,
        ),
    )
    site_offline_days: int = setting(
        3,
        Spec(
            "Số ngày giữ chương trình để phát khi mất mạng",
            "Điểm phát giữ sẵn chương trình và tệp âm thanh của chừng này ngày tới, để vẫn "
            "phát đúng giờ khi mất kết nối với cơ sở dữ liệu trung tâm.",
            section="site",
            apply=RESTART,
            minimum=1,
            maximum=31,
            unit="ngày",
        ),
    )
    site_central_url: str = setting(
        "",
        Spec(
            "Địa chỉ đài trung tâm",
            "Địa chỉ bảng điều khiển của đài trung tâm (ví dụ «https://10.0.0.2:8080»), nơi "
            "điểm phát lấy tệp âm thanh; để trống: đài một điểm phát.",
            section="site",
            role=FILE_ONLY,
            apply=RESTART,
            check=one_line,
        ),
    )
    site_silent_minutes: int = setting(
        5,
        Spec(
            "Báo đỏ khi điểm phát im lặng quá",
            "Điểm phát không gửi tín hiệu chừng này phút thì hiện màu đỏ ở trang điểm phát.",
            section="site",
            minimum=1,
            maximum=1440,
            unit="phút",
        ),
    )
    # Who the monthly report is addressed to.
    report_receiver: str = setting(
        "Sở Văn hóa, Thể thao và Du lịch",
        Spec(
            "Nơi nhận báo cáo tháng",
            "Cơ quan nhận báo cáo hằng tháng của xã (ví dụ «Sở Văn hóa, Thể thao và Du lịch "
            "tỉnh Bắc Ninh»).",
            section="report",
            check=not_blank,
        ),
    )

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
    def aircheck_dir(self) -> Path:
        return self.home / "aircheck"

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
    "espeak_clause_pause_ms",
    "espeak_slow_numbers",
    "espeak_slow_names",
    "espeak_pitch_range",
    "espeak_amplitude",
    "piper_speaker",
    "piper_speed",
)


# The declaration, in order: every setting with its type, default and Spec.
DECLARED: dict[str, Declared] = {f.name: declared(f) for f in dataclasses.fields(Settings)}


def declared_setting(name: str) -> Declared:
    """One declared setting by name, or a Vietnamese refusal naming the close ones."""
    item = DECLARED.get(name.strip().replace("-", "_").lower())
    if item is None:
        import difflib

        near = difflib.get_close_matches(name, list(DECLARED), n=3)
        hint = f" Có phải: {', '.join(near)}?" if near else ""
        raise InputError(
            f"Không có thiết lập «{name}».{hint} Xem danh sách: «broadcaster settings list»."
        )
    return item


# Loading lives beside the declaration; imported here so callers keep one name.
from broadcaster.settings_load import load_settings, settings_template  # noqa: E402

__all__ = [
    "DECLARED",
    "DEFAULT_CATEGORIES",
    "KNOWN_ENGINES",
    "VOICE_KEYS",
    "Settings",
    "declared_setting",
    "load_settings",
    "settings_template",
]
