"""Writing the monthly report's files: all or nothing, never a half-written file."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from broadcaster.errors import ReportError
from broadcaster.report.chart import write_chart
from broadcaster.report.docx import write_docx
from broadcaster.report.numbers import MonthReport, monthly_report
from broadcaster.report.tables import write_csv, write_xlsx
from broadcaster.station import App

FORMATS = ("csv", "xlsx", "docx")
PARALLEL_ROWS = 5000


def _formats(choice: str) -> list[str]:
    value = choice.strip().lower()
    if value == "all":
        return list(FORMATS)
    if value not in FORMATS:
        raise ReportError(f"Định dạng «{choice}» không có. Hãy chọn csv, xlsx, docx hoặc all.")
    return [value]


def write_report(
    app: App, year: int, month: int, fmt: str = "all", out_dir: Path | None = None, number: str = ""
) -> tuple[MonthReport, list[Path]]:
    """Build the report and write the chosen files (plus the chart) into ``out_dir``."""
    formats = _formats(fmt)
    report = monthly_report(app, year, month)
    folder = out_dir or app.settings.report_dir / f"{year}-{month:02d}"
    stem = f"bao-cao-{year}-{month:02d}"
    created = _missing_folders(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".dang-ghi-", dir=folder))
    except OSError as exc:
        _remove_empty(created)
        raise ReportError(
            f"Không ghi được vào thư mục «{folder}»: {_reason(exc)}. Hãy chọn thư mục khác "
            "bằng --out hoặc kiểm tra quyền ghi và dung lượng đĩa."
        ) from exc
    done = False
    try:
        chart = work / f"bieu-do-{year}-{month:02d}.png"
        write_chart(report, app.settings, chart)
        writers: dict[str, Callable[[Path], None]] = {
            "csv": lambda p: write_csv(report, app.settings, p),
            "xlsx": lambda p: write_xlsx(report, app.settings, p),
            "docx": lambda p: write_docx(
                report, app.settings, chart, p, number, app.settings.commune
            ),
        }
        with ProcessPoolExecutor(max_workers=1) as pool:
            pending = None
            if "xlsx" in formats and len(report.rows) > PARALLEL_ROWS:
                # The Excel file is the slow one on a big month: a second process writes
                # it while this one writes the others.
                pending = pool.submit(write_xlsx, report, app.settings, work / f"{stem}.xlsx")
            for name in formats:
                if not (name == "xlsx" and pending is not None):
                    writers[name](work / f"{stem}.{name}")
            if pending is not None:
                pending.result()
        written = []
        for produced in sorted(work.iterdir()):
            target = folder / produced.name
            os.replace(produced, target)
            written.append(target)
        done = True
        return report, written
    except OSError as exc:
        raise ReportError(
            f"Không ghi được báo cáo vào «{folder}»: {_reason(exc)}. Không có tệp nào bị ghi "
            "dở; hãy giải phóng dung lượng đĩa hoặc chọn thư mục khác bằng --out."
        ) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not done:
            _remove_empty(created)


def _reason(exc: OSError) -> str:
    return "đĩa đầy" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))


def _missing_folders(folder: Path) -> list[Path]:
    """The folders ``mkdir(parents=True)`` would create, deepest first."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Undo the folders this attempt created, if nothing else was put in them."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return
