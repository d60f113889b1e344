"""``run``, ``play-now`` and ``status``: the station on air."""

from __future__ import annotations

import logging

import click

from broadcaster.catalogue.dates import format_duration
from broadcaster.catalogue.levels import level_label
from broadcaster.cli import ID, CliError, CliState, pass_state
from broadcaster.cli.fmt import when
from broadcaster.cli.logfmt import use_station_clock
from broadcaster.labels import OUTCOME_LABELS
from broadcaster.playout.control import play_now, start_daemon, station_status
from broadcaster.playout.levels import emergencies_waiting, emergency_repeats

OUTPUT_HELP = "Đầu ra: «device» (loa của máy, mặc định) hoặc «file:ĐƯỜNG_DẪN.wav»."


@click.command("run")
@click.option("--output", metavar="ĐẦU_RA", help=OUTPUT_HELP)
@pass_state
def run_cmd(state: CliState, output: str | None) -> None:
    """Chạy phần mềm phát tự động (để chạy liên tục; dừng bằng Ctrl+C)."""
    logging.getLogger("broadcaster").setLevel(logging.INFO)
    app = state.app()
    use_station_clock(app.settings.tz)
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
@pass_state
def play_now_cmd(
    state: CliState, segment_id: int | None, text: str | None, output: str | None
) -> None:
    """Phát ngay một tin (ngắt tin đang phát, sau đó buổi phát tiếp tục)."""
    if (segment_id is None) == (text is None):
        raise CliError('Hãy ghi số tin cần phát ngay, hoặc dùng --text "nội dung".')
    result = play_now(state.app(), segment_id, text, output)
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
    if info.alive:
        click.echo(f"Phần mềm phát: ĐANG CHẠY (tín hiệu lúc {when(info.heartbeat_at, tz)}).")
    elif info.heartbeat_at:
        click.echo(
            f"Phần mềm phát: KHÔNG CHẠY (tín hiệu cuối lúc {when(info.heartbeat_at, tz)}). "
            "Hãy chạy «broadcaster run»."
        )
    else:
        click.echo("Phần mềm phát: CHƯA TỪNG CHẠY. Hãy chạy «broadcaster run».")
    if info.on_air:
        for airing in info.on_air:
            title = airing.segment.title if airing.segment else "?"
            level = level_label(airing.segment.level) if airing.segment else "?"
            click.echo(f"Đang phát: «{title}» ({level}) từ {when(airing.actual_start, tz)}.")
    else:
        click.echo("Đang phát: không có.")
    click.echo("Sắp phát:")
    if not info.next:
        click.echo("  (chưa có tin nào được đặt lịch)")
    for occ, entries in info.next:
        # The same figure as «plan» and the console: the items and the gaps between them.
        total = sum(e.duration for e in entries) + app.settings.segment_gap * max(
            0, len(entries) - 1
        )
        click.echo(
            f"  {occ.name} {occ.start:%H:%M} ngày {occ.start:%d/%m/%Y}: {len(entries)} tin, "
            f"khoảng {format_duration(total)}"
        )
        for entry in entries:
            click.echo(f"    - {entry.title} ({level_label(entry.level)})")
