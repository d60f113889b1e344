"""``inbox import``: bulletins from a source system, from a file or a folder."""

from __future__ import annotations

from pathlib import Path

import click

from broadcaster.cli import BroadcasterGroup, CliError, CliState, pass_state


@click.group("inbox", cls=BroadcasterGroup)
def inbox_group() -> None:
    """Bản tin nhận từ hệ thống thông tin nguồn (tệp JSON; xem README)."""


@inbox_group.command("import")
@click.argument("path", type=click.Path(path_type=Path), required=False, metavar="[TỆP|THƯ_MỤC]")
@pass_state
def import_cmd(state: CliState, path: Path | None) -> None:
    """Nhận bản tin từ một tệp .json hoặc mọi tệp .json trong một thư mục (mặc định: inbox/
    của đài). Tệp đã nhận chuyển vào inbox/done/, tệp lỗi vào inbox/rejected/ kèm lý do."""
    from broadcaster.catalogue.inbox import import_path

    app = state.app()
    results = import_path(app, path or app.settings.inbox_dir)
    if not results:
        click.echo("Không có tệp bản tin (.json) nào để nhận.")
        return
    for result in results:
        click.echo(result.message)
        if result.moved_to is not None and result.outcome == "rejected":
            click.echo(
                f"  → đã chuyển vào {result.moved_to.parent}, lý do ghi trong "
                f"{result.moved_to.with_suffix('.txt').name}."
            )
    counts = {
        k: sum(r.outcome == k for r in results) for k in ("imported", "duplicate", "rejected")
    }
    summary = (
        f"Nhận {counts['imported']}, trùng (bỏ qua) {counts['duplicate']}, "
        f"bị từ chối {counts['rejected']}."
    )
    if counts["rejected"]:
        raise CliError(summary)
    click.echo(summary)
