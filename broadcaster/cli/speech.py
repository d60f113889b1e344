"""``tts engines``, ``render`` and ``preview``: turning scripts into speech."""

from __future__ import annotations

from pathlib import Path

import click
from click._termui_impl import ProgressBar

from broadcaster.catalogue.dates import format_duration
from broadcaster.cli import ID, BroadcasterGroup, CliError, CliState, pass_state
from broadcaster.cli.fmt import table
from broadcaster.playout.preview import preview_segment
from broadcaster.settings import VOICE_KEYS, Settings
from broadcaster.speech.batch import render_many, select_segments
from broadcaster.speech.engines.registry import engine_names, engine_status
from broadcaster.speech.render import Renderer, RenderResult


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
    click.echo("")
    click.echo("Lựa chọn giọng của đài: " + voice_choices(settings))
    for code, choices in settings.tts_category.items():
        label = settings.category_label(code)
        chosen = ", ".join(f"{k} = {v}" for k, v in choices.items())
        click.echo(f"  Chuyên mục {label} ({code}): {chosen}")


def voice_choices(settings: Settings) -> str:
    return ", ".join(f"{key} = {getattr(settings, key)}" for key in VOICE_KEYS)


@tts_group.group("voice", cls=BroadcasterGroup)
def voice_group() -> None:
    """Giọng đọc Piper ngoại tuyến của đài."""


@voice_group.command("add")
@click.argument("source", metavar="TỆP_HOẶC_ĐỊA_CHỈ")
@click.option("--sha256", metavar="MÃ", help="Mã kiểm tra sha256 của tệp .onnx (nên ghi).")
@click.option(
    "--any-language", is_flag=True, help="Cho cài cả giọng không phải tiếng Việt (để thử)."
)
@pass_state
def voice_add_cmd(state: CliState, source: str, sha256: str | None, any_language: bool) -> None:
    """Cài giọng Piper (.onnx + .onnx.json) từ tệp hoặc địa chỉ http(s) và dùng nó."""
    from broadcaster.speech.voices import install_voice

    click.echo(f"Đang lấy và thử giọng {source} ...", err=True)
    voice = install_voice(state.settings(), source, sha256, any_language)
    click.echo(f"Đã cài giọng Piper {voice.path} (tiếng {voice.language}).")
    click.echo(f"Mã kiểm tra sha256: {voice.sha256}" + ("" if sha256 else " (đã ghi lại)"))
    click.echo(
        f"Đọc thử được {voice.trial_seconds:.1f} giây. Thứ tự bộ đọc: {', '.join(voice.engines)}."
    )
    if voice.speakers > 1:
        click.echo(
            f"Giọng có {voice.speakers} người đọc; chọn bằng piper_speaker trong broadcaster.toml."
        )


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
        source = f"có sẵn, {r.engine}" if r.cached else r.engine
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
