"""The report as tables: CSV (the airing list, UTF-8 with BOM) and XLSX (five sheets)."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from broadcaster.catalogue.dates import format_date, format_duration
from broadcaster.labels import OUTCOME_LABELS
from broadcaster.report.numbers import MonthReport, Row, period_text
from broadcaster.settings import Settings

AIRING_HEADERS = (
    "Ngày",
    "Buổi phát",
    "Giờ theo lịch",
    "Giờ phát thực tế",
    "Thời lượng",
    "Tin, bài",
    "Chuyên mục",
    "Kết quả",
    "Ghi chú",
    "Loại",
)
KIND_LABELS = {"script": "tin, bài đọc", "recording": "ghi âm", "relay": "tiếp âm"}
DURATION = "[h]:mm:ss"
EXCEL_EPOCH = datetime(1899, 12, 30)
ONE_DAY = timedelta(days=1)


def _serial(moment: datetime) -> float:
    """An Excel date-time serial number (days since 1899-12-30) of a naive datetime."""
    return (moment - EXCEL_EPOCH) / ONE_DAY


def _clock(moment: object) -> str:
    return f"{moment:%H:%M:%S}" if moment is not None else ""


def airing_line(row: Row, settings: Settings) -> list[str]:
    return [
        format_date(row.day),
        row.slot,
        _clock(row.scheduled),
        _clock(row.start),
        format_duration(row.seconds),
        row.title,
        settings.category_label(row.category),
        OUTCOME_LABELS.get(row.outcome, row.outcome),
        row.error,
        KIND_LABELS.get(row.kind, row.kind),
    ]


def write_csv(report: MonthReport, settings: Settings, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(AIRING_HEADERS)
        for row in report.rows:
            writer.writerow(airing_line(row, settings))


def write_xlsx(report: MonthReport, settings: Settings, path: Path) -> None:
    """Five sheets; numbers as numbers, durations as Excel durations, dates as dates."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    bold = book.add_format({"bold": True})
    duration = book.add_format({"num_format": DURATION})
    percent = book.add_format({"num_format": "0.0%"})
    day_format = book.add_format({"num_format": "dd/mm/yyyy"})
    clock = book.add_format({"num_format": "hh:mm:ss"})
    label = settings.category_label

    def dur(sheet: Worksheet, row: int, col: int, seconds: float) -> None:
        sheet.write_number(row, col, seconds / 86400, duration)

    summary = book.add_worksheet("Tổng hợp")
    summary.set_column(0, 0, 34)
    summary.set_column(1, 1, 28)
    summary.write(0, 0, f"Báo cáo thời lượng phát sóng {report.label}", bold)
    summary.write_row(1, 0, [report.station, period_text(report)])
    t = report.totals
    counts = [("Số lượt phát", t.airings), ("Số tin, bài", t.items)]
    times = [
        ("Tổng thời lượng phát sóng", t.seconds),
        ("  trong đó: tin, bài đọc", report.spoken_seconds),
        ("  trong đó: ghi âm", report.recorded_seconds),
        ("  trong đó: tiếp âm (tiếp sóng)", report.relayed_seconds),
    ]
    more = [
        ("Số ngày phát sóng", report.broadcast_days),
        ("Số buổi phát", report.slot_sessions),
        ("Lượt phát tháng trước", report.previous.airings),
    ]
    row = 3
    for name, value in counts:
        summary.write(row, 0, name)
        summary.write_number(row, 1, value)
        row += 1
    for name, seconds in times:
        summary.write(row, 0, name)
        dur(summary, row, 1, seconds)
        row += 1
    for name, value in more:
        summary.write(row, 0, name)
        summary.write_number(row, 1, value)
        row += 1
    summary.write(row, 0, "Thời lượng tháng trước")
    dur(summary, row, 1, report.previous.seconds)
    if report.empty:
        summary.write(row + 2, 0, "Trong tháng không có lượt phát nào.")

    cats = book.add_worksheet("Theo chuyên mục")
    cats.set_column(0, 0, 26)
    cats.write_row(0, 0, ("Chuyên mục", "Lượt phát", "Số tin, bài", "Thời lượng", "Tỷ lệ"), bold)
    for n, (code, tally) in enumerate(report.by_category.items(), start=1):
        cats.write_row(n, 0, (label(code), tally.airings, tally.items))
        dur(cats, n, 3, tally.seconds)
        cats.write_number(n, 4, report.share(tally.seconds) / 100, percent)

    days = book.add_worksheet("Theo ngày")
    days.set_column(0, 0, 14)
    days.write_row(0, 0, ("Ngày", "Lượt phát", "Số tin, bài", "Thời lượng"), bold)
    n = 0
    for n, (day, tally) in enumerate(report.by_day.items(), start=1):
        days.write_datetime(n, 0, datetime.combine(day, datetime.min.time()), day_format)
        days.write_row(n, 1, (tally.airings, tally.items))
        dur(days, n, 3, tally.seconds)
    n += 2
    days.write_row(n, 0, ("Buổi phát", "Lượt phát", "Số tin, bài", "Thời lượng"), bold)
    for slot, tally in report.by_slot.items():
        n += 1
        days.write_row(n, 0, (slot, tally.airings, tally.items))
        dur(days, n, 3, tally.seconds)

    airings = book.add_worksheet("Lượt phát")
    airings.set_column(0, 0, 12)
    airings.set_column(5, 5, 40)
    airings.write_row(0, 0, AIRING_HEADERS, bold)
    names = {code: label(code) for code in settings.categories}
    for n, r in enumerate(report.rows, start=1):  # the long sheet: typed writes only
        airings.write_number(
            n, 0, _serial(datetime.combine(r.day, datetime.min.time())), day_format
        )
        airings.write_string(n, 1, r.slot)
        airings.write_number(n, 2, _serial(r.scheduled), clock)
        if r.start is not None:
            airings.write_number(n, 3, _serial(r.start), clock)
        airings.write_number(n, 4, r.seconds / 86400, duration)
        airings.write_string(n, 5, r.title)
        airings.write_string(n, 6, names.get(r.category, r.category))
        airings.write_string(n, 7, OUTCOME_LABELS.get(r.outcome, r.outcome))
        if r.error:
            airings.write_string(n, 8, r.error)

    problems = book.add_worksheet("Sự cố")
    problems.write_row(
        0, 0, ("Ngày", "Buổi phát", "Giờ theo lịch", "Tin, bài", "Kết quả", "Lý do"), bold
    )
    n = 0
    for n, r in enumerate(report.problems, start=1):
        problems.write_row(
            n,
            0,
            (
                format_date(r.day),
                r.slot,
                _clock(r.scheduled),
                r.title,
                OUTCOME_LABELS.get(r.outcome, r.outcome),
                r.error,
            ),
        )
    n += 2
    problems.write_row(n, 0, ("Tin đã đặt lịch nhưng chưa phát", "Buổi", "Từ", "Đến"), bold)
    for item in report.never_aired:
        n += 1
        problems.write_row(
            n, 0, (item.title, item.slot, format_date(item.date_from), format_date(item.date_to))
        )
    book.close()
