"""``report`` and ``log``: what went out, for the district and for the operator."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import click

from broadcaster.catalogue.dates import format_date, format_duration, parse_month
from broadcaster.cli import CliError, CliState, date_option, pass_state
from broadcaster.cli.fmt import table
from broadcaster.errors import BroadcasterError
from broadcaster.labels import HEARD_LABELS, OUTCOME_LABELS
from broadcaster.report.files import write_report
from broadcaster.report.numbers import month_bounds, month_rows
from broadcaster.station import App


def _month(value: str) -> tuple[int, int]:
    try:
        return parse_month(value)
    except BroadcasterError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command("report")
@click.option(
    "--month",
    "month",
    required=True,
    metavar="NĂM-THÁNG",
    help="Tháng báo cáo, ví dụ 2026-11 hoặc 11/2026.",
)
@click.option(
    "--format",
    "fmt",
    default="all",
    show_default=True,
    metavar="ĐỊNH_DẠNG",
    help="csv, xlsx, docx hoặc all.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="THƯ_MỤC",
    help="Thư mục ghi báo cáo (mặc định: reports/NĂM-THÁNG trong thư mục đài).",
)
@click.option(
    "--number",
    type=click.IntRange(min=1, max=999999),
    metavar="SỐ",
    help="Số văn bản (số nguyên dương), ví dụ 12.",
)
@pass_state
def report_cmd(state: CliState, month: str, fmt: str, out: Path | None, number: int | None) -> None:
    """Báo cáo thời lượng phát sóng tháng (CSV, Excel, Word kèm biểu đồ)."""
    year, mon = _month(month)
    report, paths = write_report(
        state.app(), year, mon, fmt, out, str(number) if number is not None else ""
    )
    t = report.totals
    click.echo(
        f"Báo cáo {report.label}: {t.airings} lượt phát, {t.items} tin bài, "
        f"thời lượng {format_duration(t.seconds)}."
    )
    if report.empty:
        click.echo("Trong tháng không có lượt phát nào (báo cáo trống).")
    for path in paths:
        click.echo(f"Đã ghi: {path}")


@click.command("log")
@click.option("--month", "month", metavar="NĂM-THÁNG", help="Cả tháng, ví dụ 2026-11.")
@date_option("--date", "day", help="Một ngày, ví dụ 23/11/2026 (mặc định hôm nay).")
@date_option("--since", "since", help="Từ ngày này đến nay (dùng với --format json).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text (bảng để đọc) hoặc json (gửi báo cáo về hệ thống thông tin nguồn).",
)
@pass_state
def log_cmd(
    state: CliState, month: str | None, day: date | None, since: date | None, fmt: str
) -> None:
    """Nhật ký phát sóng: từng lượt phát của một ngày (mặc định hôm nay), một tháng, hoặc
    từ một ngày đến nay."""
    if [month, day, since].count(None) < 2:
        raise CliError(
            "Chỉ chọn một trong: --month NĂM-THÁNG, --date NGÀY hoặc --since NGÀY "
            "(không chọn gì: hôm nay)."
        )
    app = state.app()
    tz = app.settings.tz
    if [month, day, since].count(None) == 3:
        day = app.today()
    if fmt == "json":
        _print_json(app, month, day, since)
        return
    if since is not None:
        start = datetime.combine(since, time(0), tz)
        end = app.now() + timedelta(days=1)
    elif month is not None:
        start, end = month_bounds(*_month(month), tz)
    else:
        assert day is not None
        start = datetime.combine(day, time(0), tz)
        end = start + timedelta(days=1)
    rows = month_rows(app, start, end)
    if not rows:
        click.echo("Không có lượt phát nào trong khoảng này.")
        return
    zoned = any(r.zone for r in rows)  # a commune's log names the zone of each row
    lines = [
        (
            format_date(r.day),
            *((r.zone or "—",) if zoned else ()),
            r.slot,
            f"{r.scheduled:%H:%M:%S}",
            f"{r.start:%H:%M:%S}" if r.start else "",
            format_duration(r.seconds),
            r.title[:40],
            OUTCOME_LABELS.get(r.outcome, r.outcome),
            HEARD_LABELS.get(r.heard or "", ""),
        )
        for r in rows
    ]
    heads = ("Ngày", *(("Vùng",) if zoned else ()), "Buổi", "Lịch", "Thực tế")
    click.echo(table((*heads, "Thời lượng", "Tin, bài", "Kết quả", "Trên loa"), lines))
    total = sum(r.seconds for r in rows)
    click.echo(f"Cộng: {len(rows)} dòng, thời lượng {format_duration(total)}.")
    for r in rows:
        if r.heard in ("not-heard", "partly-heard", "no-evidence") and r.heard_detail:
            click.echo(f"  {HEARD_LABELS[r.heard]} — {r.title[:40]}: {r.heard_detail}")
    _print_alarms(app, start, end)


def _print_alarms(app: App, start: datetime, end: datetime) -> None:
    from broadcaster.aircheck.alarms import KIND_LABELS, alarms_between

    for alarm in alarms_between(app, start, end):
        click.secho(f"!!! {KIND_LABELS[alarm.kind]}: {alarm.detail}", fg="red")


def _print_json(app: App, month: str | None, day: date | None, since: date | None) -> None:
    import json

    from broadcaster.report.export import FORMAT, airings_since

    tz = app.settings.tz
    until = None
    if month is not None:
        start, until = month_bounds(*_month(month), tz)
    else:
        first = since or day
        assert first is not None
        start = datetime.combine(first, time(0), tz)
        until = start + timedelta(days=1) if day is not None else None
    document = {
        "format": FORMAT,
        "station": app.settings.station_name,
        "since": start.isoformat(),
        "airings": airings_since(app, start, until),
    }
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))
