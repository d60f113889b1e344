"""``broadcaster init``: create the station home (optionally with the example station)."""

from __future__ import annotations

from pathlib import Path

import click

from broadcaster.catalogue.example import load_example
from broadcaster.cli import CliState, pass_state
from broadcaster.station import init_station, open_station


@click.command("init")
@click.option("--name", metavar="TÊN", help="Tên đài, ví dụ «Đài truyền thanh xã Việt Hưng».")
@click.option("--timezone", metavar="MÚI_GIỜ", help="Múi giờ (mặc định Asia/Ho_Chi_Minh).")
@click.option(
    "--example",
    "example",
    is_flag=True,
    help="Nạp đài mẫu: lịch trong schedules/ và kịch bản trong scripts_vi/ (chỉ lần đầu).",
)
@click.option(
    "--example-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    metavar="THƯ_MỤC",
    help="Thư mục chứa schedules/ và scripts_vi/ của đài mẫu.",
)
@pass_state
def init_cmd(
    state: CliState, name: str | None, timezone: str | None, example: bool, example_dir: Path
) -> None:
    """Tạo thư mục đài (thiết lập và cơ sở dữ liệu). Chạy lại nhiều lần vẫn an toàn."""
    settings = state.settings(station_name=name, timezone=timezone)
    result = init_station(settings, state.clock)
    if result.created:
        click.echo(f"Đã tạo đài «{settings.station_name}» tại {result.home}.")
    else:
        click.echo(f"Đài tại {result.home} đã có sẵn; cơ sở dữ liệu đã được kiểm tra.")
    click.echo(f"Thiết lập: {settings.settings_path}")
    if example:
        app = open_station(state.settings(), state.clock)
        try:
            summary = load_example(app, example_dir)
        finally:
            app.close()
        click.echo(summary)


@click.command("demo")
@pass_state
def demo_cmd(state: CliState) -> None:
    """Đài mẫu: đặt một buổi phát thử «Lời chào» vài phút nữa để nghe đài chạy."""
    from broadcaster.catalogue.welcome import DEMO_SLOT, book_welcome
    from broadcaster.errors import BroadcasterError
    from broadcaster.speech.render import Renderer

    app = state.app()
    welcome = book_welcome(app)
    try:
        Renderer(app).render_and_store(welcome.segment_id)
    except BroadcasterError as exc:  # the daemon renders it again before air time
        click.echo(f"Chưa tạo được âm thanh lời chào ({exc}); phần mềm phát sẽ thử lại.")
    click.echo(
        f"Đài mẫu: lúc {welcome.start:%H:%M} (giờ đài, khoảng {welcome.minutes_ahead} phút nữa) "
        f"buổi «{DEMO_SLOT}» "
        "sẽ đọc một lời chào ngắn — buổi này chỉ có ở đài mẫu."
    )
    click.echo(
        "Cách nghe: mở bảng điều khiển (địa chỉ in bên dưới), đăng nhập rồi bấm «Nghe đài»; "
        "máy có loa thì loa cũng phát."
    )
