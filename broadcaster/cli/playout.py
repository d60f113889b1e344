"""``run``, ``play-now`` and ``status``: the station on air."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import click

from broadcaster.catalogue.dates import format_duration
from broadcaster.catalogue.levels import level_label
from broadcaster.cli import ID, CliError, CliState, pass_state
from broadcaster.cli.fmt import when
from broadcaster.cli.logfmt import use_station_clock
from broadcaster.errors import QuietHoursError, StationError
from broadcaster.labels import OUTCOME_LABELS
from broadcaster.playout.control import (
    play_now,
    restart_notice,
    restart_pending,
    start_daemon,
    station_status,
)
from broadcaster.playout.journal import journal_warnings
from broadcaster.playout.levels import emergencies_waiting, emergency_repeats
from broadcaster.station import App

if TYPE_CHECKING:
    from broadcaster.commune.targeting import ZoneScope

OUTPUT_HELP = "Đầu ra: «device» (loa của máy, mặc định) hoặc «file:ĐƯỜNG_DẪN.wav»."


@click.command("run")
@click.option("--output", metavar="ĐẦU_RA", help=OUTPUT_HELP)
@click.option("--site", metavar="ĐIỂM_PHÁT", help="Phát các vùng của điểm phát này.")
@pass_state
def run_cmd(state: CliState, output: str | None, site: str | None) -> None:
    """Chạy phần mềm phát tự động (để chạy liên tục; dừng bằng Ctrl+C)."""
    from broadcaster.commune.registry import site_scopes

    logging.getLogger("broadcaster").setLevel(logging.INFO)
    site = site or state.settings().site_name or None
    try:
        app = state.app()
        scopes = site_scopes(app, site, output or ",".join(app.settings.output))
    except StationError:
        if site is None:
            raise
        app, scopes = _offline_site(state)  # the database is away: air from the copy
    use_station_clock(app.settings.tz)
    if site is not None or scopes[0].zone_id is not None:
        from broadcaster.playout.sites import SiteRunner

        runner = SiteRunner(app, scopes)
        runner.open()
        click.echo(
            f"Điểm phát «{site or 'chính'}» của đài «{app.settings.station_name}» bắt đầu phát "
            f"tự động: {runner.describe()}. Dừng bằng Ctrl+C.",
            err=True,
        )
        runner.run_forever()
        click.echo("Đã dừng phát tự động.", err=True)
        return
    daemon = start_daemon(app, output)
    click.echo(
        f"Đài «{app.settings.station_name}» bắt đầu phát tự động ra "
        f"{daemon.output.describe()}. Dừng bằng Ctrl+C.",
        err=True,
    )
    daemon.run_forever()
    click.echo("Đã dừng phát tự động.", err=True)


@click.command("play-now")
@click.argument("segment_id", type=ID, required=False, metavar="[SỐ_TIN]")
@click.option("--text", metavar="VĂN_BẢN", help="Thông báo khẩn gõ trực tiếp, đọc ngay.")
@click.option("--output", metavar="ĐẦU_RA", help=OUTPUT_HELP)
@click.option(
    "--khan-cap",
    "as_emergency",
    is_flag=True,
    help="Trong giờ yên tĩnh: phát tin đã duyệt như tin KHẨN CẤP (hỏi xác nhận trước).",
)
@click.option("--yes", "-y", "assume_yes", is_flag=True, help="Không hỏi xác nhận.")
@click.option(
    "--zone", "zones", multiple=True, metavar="VÙNG", help="Chỉ vùng này (mặc định mọi vùng)."
)
@pass_state
def play_now_cmd(
    state: CliState,
    segment_id: int | None,
    text: str | None,
    output: str | None,
    as_emergency: bool,
    assume_yes: bool,
    zones: tuple[str, ...],
) -> None:
    """Phát ngay một tin (ngắt tin đang phát, sau đó buổi phát tiếp tục)."""
    if (segment_id is None) == (text is None):
        raise CliError('Hãy ghi số tin cần phát ngay, hoặc dùng --text "nội dung".')
    app = state.app()
    try:
        result = play_now(app, segment_id, text, output, zones=zones)
    except QuietHoursError as exc:
        if not as_emergency:
            raise CliError(
                f"{exc} Để phát như tin khẩn cấp: «broadcaster play-now {segment_id} --khan-cap»."
            ) from exc
        question = (
            f"Bây giờ là giờ yên tĩnh {exc.quiet}. Phát tin số {segment_id} như tin KHẨN CẤP "
            "ra loa ngay?"
        )
        if not assume_yes and not click.confirm(question, default=False, err=True):
            raise CliError("Đã hủy, không phát gì.") from exc
        result = play_now(app, segment_id, text, output, as_emergency=True, zones=zones)
    airing = result.airing
    if airing is None or airing.outcome not in ("aired", "partial"):
        raise CliError(f"Không phát được tin {result.segment_id}: {result.error or 'lỗi không rõ'}")
    click.echo(
        f"Đã phát ngay tin {result.segment_id} "
        f"({format_duration(airing.duration or 0)}, {OUTCOME_LABELS[airing.outcome]})."
    )


@click.command("status")
@pass_state
def status_cmd(state: CliState) -> None:
    """Phần mềm phát có đang chạy không, đang phát gì, sắp phát gì."""
    app = state.app()
    info = station_status(app)
    waiting = restart_pending(app) if info.alive else ()
    if waiting:
        click.echo(restart_notice(waiting))
    tz = app.settings.tz
    for segment in emergencies_waiting(app):
        click.echo(
            f"!!! TIN KHẨN CẤP CHỜ DUYỆT: số {segment.id} «{segment.title}»"
            + (f" (từ {segment.bulletin_source})" if segment.bulletin_source else "")
            + f'. Duyệt để phát ngay: «broadcaster segment approve {segment.id} --by "Họ tên"».'
        )
    for segment, moment in emergency_repeats(app):
        click.echo(
            f"Tin khẩn cấp số {segment.id} «{segment.title}»: lượt phát tới lúc {when(moment, tz)}."
        )
    _aircheck_lines(app)
    for warning in journal_warnings(info.journal):
        click.echo(f"!!! {warning}")
    if info.silent_owner is not None:
        click.echo(
            f"Phần mềm phát: ĐANG CHẠY (tiến trình số {info.silent_owner.pid}) nhưng không ghi "
            f"được tín hiệu vì đĩa đầy (tín hiệu cuối lúc {when(info.heartbeat_at, tz)})."
        )
    elif info.alive:
        click.echo(f"Phần mềm phát: ĐANG CHẠY (tín hiệu lúc {when(info.heartbeat_at, tz)}).")
    elif info.heartbeat_at:
        click.echo(
            f"Phần mềm phát: KHÔNG CHẠY (tín hiệu cuối lúc {when(info.heartbeat_at, tz)}). "
            "Hãy chạy «broadcaster run»."
        )
    else:
        click.echo("Phần mềm phát: CHƯA TỪNG CHẠY. Hãy chạy «broadcaster run».")
    _print_sites(app)
    if info.on_air:
        for airing in info.on_air:
            title = airing.segment.title if airing.segment else "?"
            level = level_label(airing.segment.level) if airing.segment else "?"
            zone = f" [vùng {airing.zone.name}]" if airing.zone else ""
            click.echo(f"Đang phát{zone}: «{title}» ({level}) từ {when(airing.actual_start, tz)}.")
    else:
        click.echo("Đang phát: không có.")
    click.echo("Sắp phát:")
    if not info.next:
        click.echo("  (chưa có tin nào được đặt lịch)")
    for slot in info.next:
        entries = [p.entry for p in slot.airing]
        click.echo(
            f"  {f'[Vùng {slot.zone}] ' if slot.zone else ''}{slot.name} {slot.start:%H:%M} "
            f"ngày {slot.start:%d/%m/%Y}: {len(entries)} tin, khoảng {format_duration(slot.used)}"
        )
        for entry in entries:
            click.echo(f"    - {entry.title} ({level_label(entry.level)})")


def _aircheck_lines(app: App) -> None:
    """Red lines for dead or wrong air going on (or in the last hour), a failing monitor."""
    from datetime import timedelta

    from broadcaster.aircheck.alarms import KIND_LABELS, open_alarms
    from broadcaster.aircheck.archive import read_status

    for alarm in open_alarms(app, within=timedelta(hours=1)):
        going = "ĐANG DIỄN RA" if alarm.ended_at is None else "đã hết"
        click.secho(f"!!! {KIND_LABELS[alarm.kind]} ({going}): {alarm.detail}", fg="red")
    if app.settings.monitor.strip() not in ("", "none"):
        status = read_status(app.settings.aircheck_dir / "station")
        if status is not None and status.state == "failed":
            click.secho(
                f"!!! Nguồn giám sát {status.source} lỗi: {status.reason}. Các lượt phát lúc "
                "này không có bằng chứng nghe thấy trên loa.",
                fg="red",
            )


def _print_sites(app: App) -> None:
    """A commune's sites, red ones first said so (nothing for a single-site station)."""
    from broadcaster.playout.site_health import sites_overview

    tz = app.settings.tz
    for site in sites_overview(app):
        state = "!!! ĐỎ: " + "; ".join(site.problems) if site.red else "bình thường"
        held = (
            f"giữ {format_days(site.held_days)} chương trình"
            if site.held_days is not None
            else "chưa có bản lưu chương trình"
        )
        free = f", đĩa trống {gigabytes(site.disk_free)}" if site.disk_free is not None else ""
        beat = when(site.heartbeat_at, tz) or "chưa có"
        click.echo(f"Điểm phát «{site.name}»: {state} (tín hiệu {beat}; {held}{free}).")
        for zone in site.zones:
            now = f"đang phát «{zone.on_air}»" if zone.on_air else "không phát"
            nxt = (
                f"sắp phát {zone.next.name} {zone.next.start.astimezone(tz):%H:%M %d/%m}"
                if zone.next
                else "chưa có buổi nào sắp tới"
            )
            click.echo(f"  Vùng «{zone.name}» ({zone.output}): {now}; {nxt}.")
            for name, seen in zone.clusters:
                click.echo(f"    Cụm loa «{name}»: nghe lần cuối {when(seen, tz) or 'chưa rõ'}.")


def format_days(days: float) -> str:
    return f"{days:.1f}".replace(".", ",") + " ngày"


def gigabytes(count: int) -> str:
    return f"{count / 1e9:.1f}".replace(".", ",") + " GB"


def _offline_site(state: CliState) -> tuple[App, list[ZoneScope]]:
    """A site started while the central database is unreachable: its copy's zones, and a
    station whose database connects lazily (the heartbeat finds it when it is back)."""
    from broadcaster.database import Database
    from broadcaster.playout.sites import offline_scopes

    settings = state.settings()
    app = App(settings, Database(settings.database_url, auto_migrate=False), state.clock)
    scopes = offline_scopes(app)
    if not scopes:
        app.close()
        raise CliError(
            "Không kết nối được cơ sở dữ liệu của xã và điểm phát này chưa có bản lưu chương "
            "trình để phát khi mất mạng. Hãy kiểm tra mạng tới máy chủ rồi chạy lại."
        )
    click.echo("Mất kết nối cơ sở dữ liệu của xã: phát theo bản lưu của điểm phát.", err=True)
    return app, scopes
