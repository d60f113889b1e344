"""Installing a Piper voice into the station: fetch, check, try, then switch to it.

``install_voice`` takes a local ``.onnx`` file (its ``.onnx.json`` beside it) or an
http(s) address (the ``.onnx.json`` at the same address + ``.json``). Everything is
fetched into a scratch folder inside the station home; the checksum is checked (or
recorded), the voice must load and speak a Vietnamese sentence aloud; only then are
the files moved into ``voices/`` and ``broadcaster.toml`` updated (atomically). Any
failure leaves the station exactly as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from broadcaster.errors import InputError, StationError, TTSError
from broadcaster.settings import Settings
from broadcaster.toml_edit import update_settings_file

log = logging.getLogger(__name__)
VOICES_DIR = "voices"
TRIAL_TEXT = "Đài truyền thanh xã xin kính chào bà con. Sau đây là bản tin thời sự."
OFFLINE_ENGINES = ("piper", "espeak-ng")


class VoiceError(InputError):
    """A voice that cannot be installed: bad address, no network, bad checksum, not a voice."""


@dataclass(frozen=True)
class InstalledVoice:
    path: Path  # relative to the station home
    sha256: str
    language: str
    speakers: int
    sample_rate: int
    trial_seconds: float
    engines: list[str]


def _is_url(source: str) -> bool:
    return urllib.parse.urlparse(source).scheme in ("http", "https")


def _download(url: str, target: Path, timeout: float) -> None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, target.open("wb") as fh:
            shutil.copyfileobj(response, fh, 1 << 20)
    except urllib.error.HTTPError as exc:
        raise VoiceError(
            f"Máy chủ trả lỗi {exc.code} cho địa chỉ {url}. Hãy kiểm tra lại địa chỉ tệp giọng."
        ) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise VoiceError(
            f"Không tải được {url} ({reason}). Hãy kiểm tra kết nối mạng và địa chỉ, hoặc tải "
            "tệp về máy rồi cài từ tệp."
        ) from exc


def _fetch(source: str, work: Path, timeout: float) -> tuple[Path, Path]:
    """The model and its config, copied or downloaded into ``work``."""
    name = Path(urllib.parse.unquote(urllib.parse.urlparse(source).path)).name
    if not name.endswith(".onnx"):
        raise VoiceError(
            f"«{source}» không phải tệp giọng Piper: cần tệp có đuôi .onnx (kèm tệp .onnx.json "
            "cùng tên), ví dụ vi_VN-vais1000-medium.onnx."
        )
    model, config = work / name, work / f"{name}.json"
    if _is_url(source):
        _download(source, model, timeout)
        _download(f"{source}.json", config, timeout)
        return model, config
    if urllib.parse.urlparse(source).scheme not in ("", "file"):
        raise VoiceError(f"Địa chỉ «{source}» không hợp lệ: chỉ nhận http://, https:// hoặc tệp.")
    local = Path(urllib.parse.urlparse(source).path if source.startswith("file:") else source)
    for path in (local, Path(f"{local}.json")):
        if not path.is_file():
            raise VoiceError(
                f"Không thấy tệp {path}. Giọng Piper gồm hai tệp cùng tên: {local.name} và "
                f"{local.name}.json."
            )
    shutil.copyfile(local, model)
    shutil.copyfile(f"{local}.json", config)
    return model, config


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_config(config: Path) -> dict[str, object]:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VoiceError(f"Tệp {config.name} không phải cấu hình giọng Piper ({exc}).") from exc
    if not isinstance(data, dict) or "phoneme_id_map" not in data:
        raise VoiceError(
            f"Tệp {config.name} không phải cấu hình giọng Piper (thiếu phoneme_id_map)."
        )
    return data


def voice_language(config: dict[str, object]) -> str:
    language = config.get("language")
    espeak = config.get("espeak")
    code = language.get("code") if isinstance(language, dict) else None
    code = code or (espeak.get("voice") if isinstance(espeak, dict) else None)
    return str(code or "")


def _try_voice(settings: Settings, model: Path, work: Path) -> float:
    """Load the voice and speak a sentence; the seconds of audio it made."""
    from broadcaster.speech.engines.piper_engine import PiperEngine
    from broadcaster.speech.loudness import decode_mono, rms_dbfs

    trial = dataclasses.replace(settings, piper_voice=str(model), piper_speaker=0, piper_speed=1.0)
    try:
        engine = PiperEngine(trial)
        out = work / "trial.wav"
        engine.synthesize(TRIAL_TEXT, out)
        samples = decode_mono(out, 16000)
    except (TTSError, OSError) as exc:
        raise VoiceError(f"Giọng «{model.name}» không dùng được: {exc}") from exc
    finally:
        PiperEngine._loaded.pop(str(model.resolve()), None)
    seconds = len(samples) / 16000
    if seconds < 1.0 or rms_dbfs(samples) < -45:
        raise VoiceError(
            f"Giọng «{model.name}» nạp được nhưng không đọc thành tiếng (chỉ có khoảng lặng). "
            "Tệp giọng có thể bị hỏng; hãy tải lại."
        )
    return seconds


def offline_order(engines: tuple[str, ...]) -> list[str]:
    """The engine order with Piper as the offline engine: online ones first, then Piper."""
    rest = [n for n in engines if n != "piper"]
    first_offline = next((i for i, n in enumerate(rest) if n in OFFLINE_ENGINES), len(rest))
    return [*rest[:first_offline], "piper", *rest[first_offline:]]


def install_voice(
    settings: Settings,
    source: str,
    sha256: str | None = None,
    any_language: bool = False,
    timeout: float = 60.0,
) -> InstalledVoice:
    if not settings.settings_path.exists():
        raise StationError(
            f"Chưa có đài ở {settings.home}. Hãy chạy «broadcaster init» trước khi cài giọng."
        )
    wanted = (sha256 or "").strip().lower()
    if wanted and (len(wanted) != 64 or any(c not in "0123456789abcdef" for c in wanted)):
        raise VoiceError(f"Mã kiểm tra «{sha256}» không hợp lệ: cần 64 ký tự hệ mười sáu (sha256).")
    voices = settings.home / VOICES_DIR
    try:
        voices.mkdir(exist_ok=True)
        scratch = tempfile.TemporaryDirectory(dir=voices, prefix=".tai-")
    except OSError as exc:
        raise StationError(f"Không ghi được vào {voices}: {exc.strerror}.") from exc
    with scratch as name:
        work = Path(name)
        model, config = _fetch(source, work, timeout)
        digest = _sha256(model)
        if wanted and digest != wanted:
            raise VoiceError(
                f"Mã kiểm tra của {model.name} không khớp: mong đợi {wanted}, tệp tải về có "
                f"{digest}. Tệp bị hỏng hoặc không đúng tệp; chưa cài gì."
            )
        data = _read_config(config)
        language = voice_language(data)
        if not language.lower().startswith("vi") and not any_language:
            raise VoiceError(
                f"Giọng «{model.name}» là giọng tiếng «{language or 'không rõ'}», không phải "
                "tiếng Việt; chưa cài. (Dùng --any-language nếu thật sự muốn cài.)"
            )
        seconds = _try_voice(settings, model, work)
        Path(f"{model}.sha256").write_text(f"{digest}  {model.name}\n", encoding="utf-8")
        for part in (config, Path(f"{model}.sha256"), model):  # the model last: it names the voice
            os.replace(part, voices / part.name)
    relative = Path(VOICES_DIR) / model.name
    engines = offline_order(settings.tts_engines)
    update_settings_file(
        settings.settings_path, "tts", {"piper_voice": relative.as_posix(), "engines": engines}
    )
    audio = data.get("audio")
    return InstalledVoice(
        path=relative,
        sha256=digest,
        language=language,
        speakers=int(str(data.get("num_speakers", 1))),
        sample_rate=int(str(audio.get("sample_rate", 0))) if isinstance(audio, dict) else 0,
        trial_seconds=seconds,
        engines=engines,
    )
