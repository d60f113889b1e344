"""The report as tables: CSV (the airing list, UTF-8 with BOM) and XLSX (five sheets)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from broadcaster.dates import format_date, format_duration
from broadcaster.labels import OUTCOME_LABELS
from broadcaster.report import MonthReport, Row, period_text
from broadcaster.settings import Settings

AIRING_HEADERS = (
    "Ngày",
    "Buổi phát",
    "Giờ theo lịch",
    "Giờ phát thực tế",
    "Giờ kết thúc",
    "Thời lượng",
    "Tin, bài",
    "Chuyên mục",
    "Kết quả",
    "Ghi chú",
)
DURATION = "[h]:mm:ss"


def _clock(moment: object) -> str:
    return f"{moment:%H:%M:%S}" if moment is not None else ""


def airing_line(row: Row, settings: Settings) -> list[str]:
    return [
        format_date(row.day),
        row.slot,
        _clock(row.scheduled),
        _clock(row.start),
        _clock(row.end),
        format_duration(row.seconds),
        row.title,
        settings.category_label(row.category),
        OUTCOME_LABELS.get(row.outcome, row.outcome),
        row.error,
    ]


def write_csv(report: MonthReport, settings: Settings, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(AIRING_HEADERS)
        for row in report.rows:
            writer.writerow(airing_line(row, settings))


def _bold(ws: WriteOnlyWorksheet, values: Iterable[object]) -> list[WriteOnlyCell]:
    cells = []
    for value in values:
        cell = WriteOnlyCell(ws, value=value)
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def _duration(ws: WriteOnlyWorksheet, seconds: float) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=seconds / 86400)
    cell.number_format = DURATION
    return cell


def _percent(ws: WriteOnlyWorksheet, value: float) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value / 100)
    cell.number_format = "0.0%"
    return cell


def write_xlsx(report: MonthReport, settings: Settings, path: Path) -> None:
    """Numbers as numbers, durations as Excel durations, dates as dates."""
    book = Workbook(write_only=True)
    label = settings.category_label

    summary = book.create_sheet("Tổng hợp")
    summary.append(_bold(summary, [f"Báo cáo thời lượng phát sóng {report.label}"]))
    summary.append([report.station, period_text(report)])
    summary.append([])
    t = report.totals
    for name, value in (
        ("Số lượt phát", t.airings),
        ("Số tin, bài", t.items),
        ("Tổng thời lượng phát sóng", None),
        ("  trong đó: tin, bài đọc", None),
        ("  trong đó: ghi âm, tiếp sóng", None),
        ("Số ngày phát sóng", report.broadcast_days),
        ("Số buổi phát", report.slot_sessions),
        ("Lượt phát tháng trước", report.previous.airings),
        ("Thời lượng tháng trước", None),
    ):
        seconds = {
            "Tổng thời lượng phát sóng": t.seconds,
            "  trong đó: tin, bài đọc": report.spoken_seconds,
            "  trong đó: ghi âm, tiếp sóng": report.recorded_seconds,
            "Thời lượng tháng trước": report.previous.seconds,
        }.get(name)
        summary.append([name, _duration(summary, seconds) if seconds is not None else value])
    if report.empty:
        summary.append([])
        summary.append(["Trong tháng không có lượt phát nào."])

    cats = book.create_sheet("Theo chuyên mục")
    cats.append(_bold(cats, ("Chuyên mục", "Lượt phát", "Số tin, bài", "Thời lượng", "Tỷ lệ")))
    for code, tally in report.by_category.items():
        cats.append(
            [
                label(code),
                tally.airings,
                tally.items,
                _duration(cats, tally.seconds),
                _percent(cats, report.share(tally.seconds)),
            ]
        )

    days = book.create_sheet("Theo ngày")
    days.append(_bold(days, ("Ngày", "Lượt phát", "Số tin, bài", "Thời lượng")))
    for day, tally in report.by_day.items():
        cell = WriteOnlyCell(days, value=day)
        cell.number_format = "dd/mm/yyyy"
        days.append([cell, tally.airings, tally.items, _duration(days, tally.seconds)])
    days.append([])
    days.append(_bold(days, ("Buổi phát", "Lượt phát", "Số tin, bài", "Thời lượng")))
    for slot, tally in report.by_slot.items():
        days.append([slot, tally.airings, tally.items, _duration(days, tally.seconds)])

    airings = book.create_sheet("Lượt phát")
    airings.append(_bold(airings, AIRING_HEADERS))
    for row in report.rows:
        day = WriteOnlyCell(airings, value=row.day)
        day.number_format = "dd/mm/yyyy"
        times = []
        for moment in (row.scheduled, row.start, row.end):
            cell = WriteOnlyCell(airings, value=moment.replace(tzinfo=None) if moment else None)
            cell.number_format = "hh:mm:ss"
            times.append(cell)
        airings.append(
            [
                day,
                row.slot,
                *times,
                _duration(airings, row.seconds),
                row.title,
                label(row.category),
                OUTCOME_LABELS.get(row.outcome, row.outcome),
                row.error,
            ]
        )

    problems = book.create_sheet("Sự cố")
    problems.append(
        _bold(problems, ("Ngày", "Buổi phát", "Giờ theo lịch", "Tin, bài", "Kết quả", "Lý do"))
    )
    for row in report.problems:
        problems.append(
            [
                format_date(row.day),
                row.slot,
                _clock(row.scheduled),
                row.title,
                OUTCOME_LABELS.get(row.outcome, row.outcome),
                row.error,
            ]
        )
    problems.append([])
    problems.append(_bold(problems, ("Tin đã đặt lịch nhưng chưa phát", "Buổi", "Từ", "Đến")))
    for item in report.never_aired:
        problems.append(
            [item.title, item.slot, format_date(item.date_from), format_date(item.date_to)]
        )
    book.save(path)
