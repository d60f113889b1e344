"""Reading files that come from anywhere — scripts, slot tables, bulletins, the settings file —
without letting one of them exhaust the station PC's memory.

Every reader goes through :func:`read_limited`: only regular files (``/dev/zero``, a pipe or
a device is refused at once), at most ``limit`` bytes read, refused beyond with a
Vietnamese message. A .docx (a zip archive) is checked by :func:`check_docx` before it is
opened: entry count and unpacked size from its directory, so a zip bomb never unpacks.
TOML syntax errors are explained in Vietnamese by :func:`toml_error_message`.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

from broadcaster.errors import InputError, ScriptFileError

MB = 1_000_000
# broadcaster.toml is read before the settings exist: its own fixed bound.
SETTINGS_FILE_MAX_BYTES = 1 * MB


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",").replace(",0", "") + " MB"


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`ScriptFileError`
    otherwise. ``what`` names the file for the operator («tệp kịch bản», «tệp lịch» …)."""
    not_regular = ScriptFileError(
        f"«{path}» không phải một tệp thông thường (là thư mục, thiết bị hoặc ống dẫn), "
        f"không dùng làm {what} được. Hãy chỉ đúng một tệp."
    )
    if not stat.S_ISREG(path.stat().st_mode):  # checked before opening: a pipe would block
        raise not_regular
    with path.open("rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise not_regular
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ScriptFileError(
            f"«{path.name}» quá lớn cho {what}: giới hạn là {_mb(limit)}. Hãy kiểm tra lại "
            "có đúng tệp không, hoặc chia thành nhiều tệp nhỏ hơn (giới hạn đổi được bằng "
            "text_file_max_mb trong thiết lập của đài)."
        )
    return data


def check_docx(path: Path, max_unpacked: int, max_entries: int, name: str = "") -> None:
    """Refuse a .docx whose archive has too many parts or unpacks too large (zip bomb),
    judged from its directory before anything is unpacked."""
    shown = name or path.name
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ScriptFileError(
            f"Tệp {shown} không phải tệp Word .docx hợp lệ. Hãy mở bằng Word và «Lưu thành» "
            "định dạng .docx, hoặc lưu thành văn bản .txt (UTF-8)."
        ) from exc
    unpacked = sum(max(0, e.file_size) for e in entries)
    if len(entries) > max_entries or unpacked > max_unpacked:
        raise ScriptFileError(
            f"Tệp {shown} khi giải nén có {len(entries)} phần, nặng {_mb(unpacked)} — vượt giới "
            f"hạn ({max_entries} phần, {_mb(max_unpacked)}) của một văn bản Word. Tệp có thể "
            "bị hỏng hoặc cố ý làm hại máy; hãy mở bằng Word, chép nội dung sang văn bản mới "
            "rồi lưu lại."
        )


_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")
_TOML_PHRASES = (
    ("Expected '=' after a key", "thiếu dấu «=» sau tên khoá"),
    ("Invalid value", 'giá trị viết sai (chữ phải trong ngoặc kép, ví dụ "06:00")'),
    ("Cannot overwrite a value", "một khoá được ghi hai lần"),
    ("Cannot declare", "một bảng được khai báo hai lần"),
    ("Unclosed array", "thiếu dấu «]» đóng danh sách"),
    ("Expected ']]'", "thiếu «]]» đóng tên bảng [[…]]"),
    ("Expected ']'", "thiếu «]» đóng tên bảng […]"),
    ("Unclosed inline table", "thiếu dấu «}» đóng bảng"),
    ("Unterminated string", "thiếu dấu ngoặc kép đóng chuỗi"),
    ("Illegal character", "có ký tự không được phép"),
    ("Expected newline", "thừa chữ sau giá trị trên cùng một dòng"),
    ("Invalid statement", "dòng không đúng dạng «khoá = giá trị» hay «[bảng]»"),
)


def toml_error_message(exc: Exception) -> str:
    """A tomllib error in Vietnamese: what is wrong and on which line and column."""
    text = str(exc)
    what = next((vi for en, vi in _TOML_PHRASES if en in text), "sai cú pháp TOML")
    found = _WHERE.search(text)
    where = f" ở dòng {found.group(1)}, cột {found.group(2)}" if found else ""
    if not found and "at end of document" in text:
        where = " ở cuối tệp"
    return f"{what}{where}"


def decode_text(data: bytes, path: Path, what: str) -> str:
    """UTF-8 text (with or without a BOM) of a settings, slot table or bulletin file."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"Không đọc được {what} «{path.name}»: tệp không phải văn bản UTF-8. Hãy lưu tệp "
            "dạng UTF-8."
        ) from exc
