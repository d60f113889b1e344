"""The ``broadcaster`` program: the command line plus ``broadcaster web`` (the console).

Only this module sees both interfaces: it adds the console's command to the CLI, so the
CLI never imports the web layer and the web layer never imports click.
"""

from __future__ import annotations

import click

from broadcaster.cli import CliState, cli, pass_state
from broadcaster.cli import main as cli_main


@click.command("web", options_metavar="[TÙY_CHỌN]")
@click.option("--host", metavar="ĐỊA_CHỈ", help="Địa chỉ lắng nghe (mặc định 127.0.0.1).")
@click.option("--port", type=int, metavar="CỔNG", help="Cổng (mặc định 8080).")
@pass_state
def web_cmd(state: CliState, host: str | None, port: int | None) -> None:
    """Chạy bảng điều khiển web (mở trình duyệt tới địa chỉ được in ra)."""
    from broadcaster.station import open_station
    from broadcaster.users import ensure_first_admin
    from broadcaster.web.server import address, check_bind, serve

    settings = state.settings(web_host=host, web_port=port)
    warning = check_bind(settings)
    app = open_station(settings, state.clock)
    try:
        first = ensure_first_admin(app)
        if warning:
            click.echo(warning, err=True)
        click.echo(f"Bảng điều khiển: mở trình duyệt tới {address(settings)}", err=True)
        if first:
            click.echo(
                f"Tài khoản đầu tiên: tên «{first[0]}», mật khẩu một lần «{first[1]}» "
                "(chỉ in lần này; phải đổi ngay khi đăng nhập).",
                err=True,
            )
        else:
            click.echo("Đăng nhập bằng tài khoản của bạn (quên mật khẩu: nhờ quản trị).", err=True)
        serve(app)
    finally:
        app.close()


def main() -> None:
    cli.add_command(web_cmd)
    cli_main()


if __name__ == "__main__":
    main()
