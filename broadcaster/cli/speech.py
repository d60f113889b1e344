"""``tts engines``, ``render`` and ``preview``: turning scripts into speech."""

from __future__ import annotations

from pathlib import Path

import click
from click._termui_impl import ProgressBar

from broadcaster.catalogue.dates import format_duration
from broadcaster.cli import ID, BroadcasterGroup, CliError, CliState, pass_state
from broadcaster.cli.fmt import table
from broadcaster.playout.preview import preview_segment
from broadcaster.speech.engines.registry import engine_names, engine_status
from broadcaster.speech.render import Renderer, RenderResult, render_many, select_segments


@click.group("tts", cls=BroadcasterGroup)
def tts_group() -> None:
    """Bộ đọc tiếng Việt (gtts, piper, espeak-ng)."""


@tts_group.command("engines")
@pass_state
def engines_cmd(state: CliState) -> None:
    """Từng bộ đọc: dùng được ngay bây giờ không, và vì sao không."""
    settings = state.settings()
    order = engine_names(settings)
    rows = []
    for status in engine_status(settings):
        place = str(order.index(status.name) + 1) if status.name in order else "-"
        rows.append(
            (
                place,
                status.name,
                "có" if status.usable else "không",
                status.voice or "",
                status.reason,
            )
        )
    click.echo(table(("Thứ tự", "Bộ đọc", "Dùng được", "Giọng", "Lý do"), rows))


@click.command("render")
@click.argument("segment_ids", type=ID, nargs=-1, metavar="[SỐ_TIN]...")
@click.option("--all", "everything", is_flag=True, help="Mọi tin bài đã duyệt.")
@click.option("--stale", is_flag=True, help="Chỉ tin chưa có âm thanh hoặc âm thanh đã cũ.")
@pass_state
def render_cmd(
    state: CliState, segment_ids: tuple[int, ...], everything: bool, stale: bool
) -> None:
    """Tạo âm thanh (giọng đọc, chuẩn hoá độ lớn) cho các tin bài."""
    app = state.app()
    ids = select_segments(app, segment_ids, everything, stale)
    if not ids:
        click.echo("Không có tin bài nào cần tạo âm thanh.")
        return
    bar: ProgressBar[int]
    with click.progressbar(
        length=len(ids), label="Đang tạo âm thanh", file=click.get_text_stream("stderr")
    ) as bar:

        def step(_result: RenderResult | None) -> None:
            bar.update(1)

        renderer = Renderer(app)
        outcome = render_many(app, ids, step, renderer)
    for r in outcome.done:
        source = "có sẵn" if r.cached else r.engine
        click.echo(f"Tin {r.segment_id}: {format_duration(r.duration)} ({source}) → {r.path}")
    for name, reason in renderer.unavailable.items():
        click.echo(f"Không dùng được {name}: {reason}")
    for sid, message in outcome.failed:
        click.echo(f"Tin {sid}: LỖI — {message}")
    if outcome.failed:
        raise CliError(f"{len(outcome.failed)} tin bài chưa tạo được âm thanh.")


@click.command("preview")
@click.argument("segment_id", type=ID, metavar="SỐ_TIN")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="TỆP",
    help="Ghi ra tệp (.wav hoặc đúng định dạng của đài) thay vì phát ra loa.",
)
@pass_state
def preview_cmd(state: CliState, segment_id: int, out: Path | None) -> None:
    """Nghe thử một tin bài (phát ra loa, hoặc ghi ra tệp với --out)."""
    result, where = preview_segment(state.app(), segment_id, out)
    length = format_duration(result.duration)
    click.echo(f"Đã phát tin {segment_id} ({length}, {result.engine}) ra {where}.")
