"""``broadcaster user …``: the people who sign in to the web console."""

from __future__ import annotations

import click

from broadcaster.cli import BroadcasterGroup, CliState, pass_state
from broadcaster.cli.fmt import table, when
from broadcaster.users import ROLE_LABELS, add_user, disable_user, list_users, set_password

ROLE_HELP = "Vai trò: bien-tap (biên tập), duyet (duyệt, lãnh đạo), quan-tri (quản trị)."


def _password(given: str | None) -> str:
    if given is not None:
        return given
    return str(
        click.prompt("Mật khẩu", hide_input=True, confirmation_prompt="Nhập lại mật khẩu", err=True)
    )


@click.group("user", cls=BroadcasterGroup)
def user_group() -> None:
    """Người dùng bảng điều khiển web: thêm, xem, đổi mật khẩu, khoá."""


@user_group.command("add")
@click.argument("name", metavar="TÊN_ĐĂNG_NHẬP")
@click.option("--role", required=True, metavar="VAI_TRÒ", help=ROLE_HELP)
@click.option("--password", metavar="MẬT_KHẨU", help="Mật khẩu (bỏ trống: hỏi khi chạy).")
@click.option("--full-name", default="", metavar="HỌ_TÊN", help="Họ tên đầy đủ.")
@pass_state
def user_add_cmd(
    state: CliState, name: str, role: str, password: str | None, full_name: str
) -> None:
    """Thêm người dùng, ví dụ: user add lan --role bien-tap --full-name "Nguyễn Thị Lan"."""
    app = state.app()
    user = add_user(app, name, role, _password(password), full_name)
    click.echo(f"Đã thêm người dùng «{user.name}» ({ROLE_LABELS[user.role]}).")


@user_group.command("list")
@pass_state
def user_list_cmd(state: CliState) -> None:
    """Danh sách người dùng."""
    app = state.app()
    users = list_users(app)
    if not users:
        click.echo("Chưa có người dùng nào. Thêm bằng «broadcaster user add».")
        return
    tz = app.settings.tz
    rows = [
        (
            u.name,
            u.full_name,
            ROLE_LABELS.get(u.role, u.role),
            "đã khoá" if u.disabled_at else ("phải đổi mật khẩu" if u.must_change else "hoạt động"),
            when(u.last_login_at, tz),
        )
        for u in users
    ]
    click.echo(table(("Tên", "Họ tên", "Vai trò", "Trạng thái", "Đăng nhập cuối"), rows))


@user_group.command("passwd")
@click.argument("name", metavar="TÊN_ĐĂNG_NHẬP")
@click.option("--password", metavar="MẬT_KHẨU", help="Mật khẩu mới (bỏ trống: hỏi khi chạy).")
@pass_state
def user_passwd_cmd(state: CliState, name: str, password: str | None) -> None:
    """Đặt mật khẩu mới cho một người dùng."""
    user = set_password(state.app(), name, _password(password))
    click.echo(f"Đã đổi mật khẩu của «{user.name}».")


@user_group.command("disable")
@click.argument("name", metavar="TÊN_ĐĂNG_NHẬP")
@click.option("--enable", is_flag=True, help="Mở khoá lại thay vì khoá.")
@pass_state
def user_disable_cmd(state: CliState, name: str, enable: bool) -> None:
    """Khoá một người dùng (không đăng nhập được nữa); --enable để mở lại."""
    user = disable_user(state.app(), name, enable=enable)
    click.echo(f"Đã {'mở khoá' if enable else 'khoá'} «{user.name}».")
