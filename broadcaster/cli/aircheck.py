"""``broadcaster aircheck …``: verify airings against the air-check recording, listen to it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from broadcaster.cli import ID, BroadcasterGroup, CliError, CliState, date_option, pass_state
from broadcaster.labels import HEARD_LABELS


@click.group("aircheck", cls=BroadcasterGroup)
def aircheck_group() -> None:
    """Bằng chứng phát sóng: đối chiếu nhật ký với bản ghi từ loa, nghe lại."""


@aircheck_group.command("verify")
@date_option("--date", "day", help="Đối chiếu lại mọi lượt phát của ngày này, ví dụ 2/12/2026.")
@click.option("--pending", is_flag=True, help="Chỉ các lượt vừa phát chưa được đối chiếu.")
@click.option("--zone", metavar="VÙNG", help="Chỉ các lượt phát của vùng này (tên hoặc số).")
@pass_state
def verify_cmd(state: CliState, day: date | None, pending: bool, zone: str | None) -> None:
    """Đối chiếu từng lượt phát với bản ghi của nguồn giám sát (monitor) của vùng phát đó;
    vùng không có nguồn giám sát thì không được đối chiếu."""
    from broadcaster.aircheck.evidence import OneZone, verify_day, verify_pending
    from broadcaster.commune.registry import station_zones

    if (day is None) == (not pending):
        raise CliError("Hãy chọn một trong: --date NGÀY hoặc --pending.")
    app = state.app()
    only = OneZone(station_zones(app, (zone,))[0].zone_id) if zone else None
    verdicts = verify_pending(app, only) if pending else verify_day(app, day or app.today(), only)
    if not verdicts:
        click.echo("Không có lượt phát nào cần đối chiếu.")
        return
    for verdict in verdicts:
        click.echo(f"Lượt {verdict.airing_id}: {HEARD_LABELS[verdict.heard]}. {verdict.detail}")
    counts = {k: sum(v.heard == k for v in verdicts) for k in HEARD_LABELS}
    click.echo(
        f"Cộng: {counts['verified']} nghe thấy trọn vẹn, {counts['partly-heard']} một phần, "
        f"{counts['not-heard']} không nghe thấy, {counts['no-evidence']} không có bản ghi."
    )


@aircheck_group.command("play")
@click.argument("airing_id", type=ID, metavar="SỐ_LƯỢT_PHÁT")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    metavar="TỆP.wav",
    help="Ghi phần bản ghi của lượt phát này ra tệp WAV.",
)
@pass_state
def play_cmd(state: CliState, airing_id: int, out: Path) -> None:
    """Ghi ra tệp những gì nguồn giám sát thu được khi lượt phát này lên sóng."""
    from broadcaster.aircheck.evidence import airing_excerpt
    from broadcaster.aircheck.wav import write_wav

    app = state.app()
    samples, begin = airing_excerpt(app, airing_id)
    write_wav(out, samples)
    click.echo(
        f"Đã ghi {samples.size / 16000:.1f} giây từ {app.local(begin):%H:%M:%S} ra {out}.".replace(
            ".", ",", 1
        )
    )
