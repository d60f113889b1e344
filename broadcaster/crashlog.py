"""The last resort shared by the CLI and the console: an unexpected error's traceback is
appended to ``broadcaster-errors.log`` in the station home (or the temporary folder), and
the operator is told, in Vietnamese, where it is."""

from __future__ import annotations

import tempfile
import traceback
from datetime import UTC, datetime
from pathlib import Path

CRASH_LOG = "broadcaster-errors.log"
UNEXPECTED = "lỗi ngoài dự kiến"


def write_crash(home: Path | None, header: str, exc: BaseException) -> Path | None:
    """Append the traceback under ``header``; return the file written (None: nowhere)."""
    text = "".join(traceback.format_exception(exc))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    folders = [home] if home is not None else []
    folders.append(Path(tempfile.gettempdir()))
    for folder in folders:
        try:
            if folder.is_dir():
                with (folder / CRASH_LOG).open("a", encoding="utf-8") as fh:
                    fh.write(f"--- {stamp} {header}\n{text}\n")
                return folder / CRASH_LOG
        except OSError:
            continue
    return None


def crash_message(exc: BaseException, where: Path | None, what: str) -> str:
    """One Vietnamese sentence: what failed, that nothing was half-written, where the log is."""
    saved = f" Chi tiết kỹ thuật đã ghi vào {where}" if where else ""
    return (
        f"Gặp {UNEXPECTED} ({type(exc).__name__}); {what} chưa làm xong và không ghi dở gì."
        f"{saved}. Hãy gửi tệp đó cho người hỗ trợ kỹ thuật."
    )
