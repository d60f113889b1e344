"""Files sent through the console: size limits and content checks before the catalogue sees them.

The kind of a file is decided by its first bytes, never by its name: a «.txt» that is
really a program, a PDF or a recording is refused with a message that says what to send.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from broadcaster.catalogue.scriptfile import (
    ScriptText,
    as_broadcast,
    decode_bytes,
    read_docx,
    read_script_file,
    validate_script,
)
from broadcaster.errors import ScriptFileError
from broadcaster.settings import Settings

# First bytes of the audio formats a station meets, and the suffix each is stored under.
_AUDIO_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"RIFF", 0, ".wav"),
    (b"ID3", 0, ".mp3"),
    (b"\xff\xfb", 0, ".mp3"),
    (b"\xff\xf3", 0, ".mp3"),
    (b"\xff\xf2", 0, ".mp3"),
    (b"OggS", 0, ".ogg"),
    (b"fLaC", 0, ".flac"),
    (b"ftyp", 4, ".m4a"),
    (b"\xff\xf1", 0, ".aac"),
    (b"\xff\xf9", 0, ".aac"),
    (b"\x30\x26\xb2\x75", 0, ".wma"),
)
_NOT_SCRIPT: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "chương trình máy tính"),
    (b"\x7fELF", "chương trình máy tính"),
    (b"\x89PNG", "ảnh"),
    (b"\xff\xd8\xff", "ảnh"),
    (b"GIF8", "ảnh"),
    (b"Rar!", "tệp nén"),
    (b"\x1f\x8b", "tệp nén"),
)


def audio_suffix(head: bytes) -> str | None:
    """The stored suffix of an audio file recognised by its first bytes, else None."""
    for magic, at, suffix in _AUDIO_MAGIC:
        if head[at : at + len(magic)] == magic:
            if suffix == ".wav" and head[8:12] != b"WAVE":
                continue
            return suffix
    return None


def _too_big(name: str, size: int, limit_mb: int) -> ScriptFileError:
    return ScriptFileError(
        f"Tệp «{name}» quá lớn ({size / 1_000_000:.1f} MB); giới hạn là {limit_mb} MB. "
        "Hãy gửi tệp nhỏ hơn (người quản trị có thể đổi giới hạn trong thiết lập)."
    )


def script_from_upload(name: str, data: bytes, settings: Settings) -> ScriptText:
    """A script sent as a file: .txt in any encoding a station meets, or .docx."""
    limit_mb = settings.upload_script_mb
    if len(data) > limit_mb * 1_000_000:
        raise _too_big(name, len(data), limit_mb)
    if not data.strip():
        raise ScriptFileError(f"Tệp «{name}» trống. Hãy chọn tệp có nội dung.")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ScriptFileError(
            f"Tệp «{name}» là định dạng Word cũ (.doc). Hãy mở bằng Word và «Lưu thành» .docx "
            "hoặc văn bản .txt (UTF-8)."
        )
    if audio_suffix(data[:16]):
        raise ScriptFileError(
            f"Tệp «{name}» là tệp âm thanh, không phải kịch bản. Hãy gửi nó ở mục «Tệp ghi âm»."
        )
    if data.startswith(b"%PDF"):  # an administrative document as PDF: its text is read
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{Path(name).stem or 'van-ban'}.pdf"
            path.write_bytes(data)
            script = read_script_file(path)
        return ScriptText(script.text, name, script.source_hash, "pdf", script.original)
    for magic, what in _NOT_SCRIPT:
        if data.startswith(magic):
            raise ScriptFileError(
                f"Tệp «{name}» là {what}, không phải kịch bản. Hãy gửi tệp .txt hoặc .docx."
            )
    if data.startswith(b"PK\x03\x04"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "kich-ban.docx"
            path.write_bytes(data)
            text = validate_script(read_docx(path, settings, name), name)
            return as_broadcast(read_script_file_from_text(text, name, data), path)
    text, encoding = decode_bytes(data)
    if "\x00" in text or sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f") > 8:
        raise ScriptFileError(
            f"Tệp «{name}» không phải văn bản. Hãy gửi tệp .txt (UTF-8) hoặc .docx."
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (Path(name).stem or "kich-ban")
        path = path.with_suffix(".txt")
        path.write_bytes(data)
        script = read_script_file(path, settings)
    return ScriptText(script.text, name, script.source_hash, encoding, script.original)


def read_script_file_from_text(text: str, name: str, data: bytes) -> ScriptText:
    import hashlib

    return ScriptText(text, name, hashlib.sha256(data).hexdigest(), "docx")


def check_recording_upload(name: str, path: Path, limit_mb: int) -> Path:
    """A recording sent as a file: size and kind checked; returns it under its true suffix."""
    size = path.stat().st_size
    if size > limit_mb * 1_000_000:
        raise _too_big(name, size, limit_mb)
    with path.open("rb") as fh:
        head = fh.read(16)
    suffix = audio_suffix(head)
    if suffix is None:
        raise ScriptFileError(
            f"Tệp «{name}» không phải tệp âm thanh (mp3, wav, ogg, m4a, flac, …). "
            "Hãy chọn đúng tệp ghi âm."
        )
    stem = Path(name).stem or "ghi-am"
    named = path.with_name(stem + suffix)
    path.replace(named)
    return named
