"""Nhật ký (the airing log of a day or a month) and Báo cáo (the monthly report)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from starlette.responses import FileResponse, Response

from broadcaster.catalogue.dates import format_date, parse_date, parse_month
from broadcaster.errors import BroadcasterError, NotFoundError, ReportError
from broadcaster.labels import HEARD_LABELS, OUTCOME_LABELS
from broadcaster.report.cache import month_summary
from broadcaster.report.counts import log_summary
from broadcaster.report.numbers import month_bounds, month_rows
from broadcaster.web.core import Ctx, FormError, page

LOG_PAGE = 500
FORMATS = ("csv", "xlsx", "docx")
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _last_month(ctx: Ctx) -> str:
    first = ctx.app.today().replace(day=1)
    prev = first - timedelta(days=1)
    return f"{prev.year}-{prev.month:02d}"


@page()
def airing_log(ctx: Ctx) -> Response:
    tz = ctx.app.settings.tz
    month = ctx.query("thang")
    outcome = ctx.query("ket-qua")
    error = None
    rows = []
    label = ""
    try:
        if month:
            year, mon = parse_month(month)
            start, end = month_bounds(year, mon, tz)
            label = f"tháng {mon:02d}/{year}"
        else:
            day = parse_date(ctx.query("ngay"), ctx.app.today()) if ctx.query("ngay") else None
            day = day or ctx.app.today()
            start = datetime.combine(day, time(0), tz)
            end = start + timedelta(days=1)
            label = f"ngày {format_date(day)}"
        rows = month_rows(ctx.app, start, end, outcome or None, last=LOG_PAGE)
        count, total = log_summary(ctx.app, start, end, outcome or None)
    except BroadcasterError as exc:
        error = FormError(str(exc))
        count, total = 0, 0.0
    return ctx.render(
        "log.html",
        title="Nhật ký phát sóng",
        rows=rows,
        count=count,
        total=total,
        label=label,
        outcomes=OUTCOME_LABELS,
        heard_labels=HEARD_LABELS,
        filters={"thang": month, "ngay": ctx.query("ngay"), "ket-qua": outcome},
        error=error,
    )


@page()
def airing_aircheck(ctx: Ctx) -> Response:
    """What the monitor recorded for one airing, as WAV for the browser's player."""
    from broadcaster.aircheck.evidence import airing_excerpt
    from broadcaster.aircheck.wav import wav_bytes

    samples, _begin = airing_excerpt(ctx.app, int(ctx.request.path_params["airing_id"]))
    return Response(wav_bytes(samples), media_type="audio/wav")


def _month_choice(ctx: Ctx) -> tuple[int, int, str]:
    raw = ctx.query("thang") or _last_month(ctx)
    year, mon = parse_month(raw)
    return year, mon, f"{year}-{mon:02d}"


@page()
def report_page(ctx: Ctx) -> Response:
    error = None
    report = None
    value = ctx.query("thang") or _last_month(ctx)
    try:
        year, mon, value = _month_choice(ctx)
        report = month_summary(ctx.app, year, mon)
    except BroadcasterError as exc:
        error = FormError(str(exc), "thang")
    chart = []
    if report is not None and report.totals.seconds:
        peak = max((t.seconds for t in report.by_day.values()), default=0.0) or 1.0
        chart = [(d, t.seconds, 100 * t.seconds / peak) for d, t in sorted(report.by_day.items())]
    return ctx.render(
        "report.html",
        title="Báo cáo tháng",
        report=report,
        month=value,
        chart=chart,
        formats=FORMATS,
        error=error,
    )


@page("report.make")
def report_download(ctx: Ctx) -> Response:
    fmt = ctx.request.path_params["fmt"]
    if fmt not in FORMATS:
        raise NotFoundError(f"Không có định dạng báo cáo «{fmt}». Hãy chọn csv, xlsx hoặc docx.")
    from broadcaster.report.files import write_report  # python-docx, XlsxWriter: only here

    year, mon = parse_month(ctx.request.path_params["month"])
    _report, paths = write_report(ctx.app, year, mon, fmt)
    folder = ctx.app.settings.report_dir.resolve()
    wanted = [p for p in paths if p.suffix == f".{fmt}"]
    if not wanted:
        raise ReportError("Không tạo được tệp báo cáo.")
    path = wanted[0].resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise NotFoundError("Tệp báo cáo không nằm trong thư mục báo cáo của đài.")
    return FileResponse(path, media_type=MEDIA[fmt], filename=path.name)
