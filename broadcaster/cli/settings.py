"""``broadcaster settings …``: every station setting from its declaration (list, show, set)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from broadcaster.cli import BroadcasterGroup, CliState, pass_state

if TYPE_CHECKING:
    from broadcaster.settings import Settings
    from broadcaster.settings_spec import Declared


@click.group("settings", cls=BroadcasterGroup)
def settings_group() -> None:
    """Thiết lập của đài: xem tất cả, xem một, đặt giá trị (ghi vào broadcaster.toml)."""


@settings_group.command("list")
@pass_state
def settings_list_cmd(state: CliState) -> None:
    """Mọi thiết lập: giá trị đang dùng, mặc định và giải thích."""
    from broadcaster.settings import DECLARED
    from broadcaster.settings_spec import grouped

    settings = state.settings()
    _say_pending(state)
    for group, items in grouped(DECLARED.values()):
        click.echo(f"\n== {group} ==")
        for item in items:
            _list_line(settings, item)


def _list_line(settings: Settings, item: Declared) -> None:
    from broadcaster.settings_spec import show_value, shown

    value = getattr(settings, item.name)
    changed = "" if value == item.default else "  (đã đổi)"
    click.echo(f"{item.name} = {shown(item, value) or '(trống)'}{changed}")
    default = show_value(item.default) or "(trống)"
    click.echo(f"    {item.spec.label}. {item.spec.help} Mặc định: {default}.")


@settings_group.command("show")
@click.argument("name", metavar="TÊN")
@pass_state
def settings_show_cmd(state: CliState, name: str) -> None:
    """Một thiết lập: giá trị, nguồn, mặc định, giải thích, ai được đổi, khi nào có hiệu lực."""
    from broadcaster.settings import declared_setting
    from broadcaster.settings_load import value_source
    from broadcaster.settings_spec import APPLY_LABELS, FILE_ONLY, range_text, show_value, shown
    from broadcaster.users import ROLE_LABELS

    item = declared_setting(name)
    settings = state.settings()
    value = getattr(settings, item.name)
    click.echo(f"{item.name}: {item.spec.label}")
    click.echo(f"  Giá trị: {shown(item, value) or '(trống)'} ({value_source(settings, item)})")
    click.echo(f"  Mặc định: {show_value(item.default) or '(trống)'}")
    click.echo(f"  {item.spec.help} {range_text(item)}".rstrip())
    if item.spec.unit:
        click.echo(f"  Đơn vị: {item.spec.unit}")
    click.echo(f"  Trong broadcaster.toml: {item.toml_place}; biến môi trường: {item.env_name}")
    who = (
        "chỉ sửa trong tệp hoặc bằng «broadcaster settings set»"
        if item.spec.role == FILE_ONLY
        else f"người {ROLE_LABELS[item.spec.role]} (trang «Thiết lập đài») hoặc dòng lệnh"
    )
    click.echo(f"  Ai được đổi: {who}")
    click.echo(f"  Khi đổi: {APPLY_LABELS[item.spec.apply]}")
    _say_pending(state, item.name)


@settings_group.command("set")
@click.argument("name", metavar="TÊN")
@click.argument("value", metavar="GIÁ_TRỊ")
@pass_state
def settings_set_cmd(state: CliState, name: str, value: str) -> None:
    """Đặt một thiết lập (kiểm tra giá trị, ghi vào broadcaster.toml, giữ ghi chú), ví dụ:
    settings set quiet_hours 22:00-05:00. Danh sách ghi bằng dấu phẩy: settings set
    tts_engines "piper, espeak-ng". Giọng riêng của một chuyên mục: settings set
    tts_category.y-te.espeak_speed 120 (giá trị "" là bỏ)."""
    from broadcaster.settings import DECLARED
    from broadcaster.settings_file import describe_change, set_setting

    result = set_setting(state.app(), name, value)
    click.echo(f"Đã ghi vào {result.settings.settings_path}:")
    for line in describe_change(result):
        click.echo(f"  {line}")
    overridden = [
        DECLARED[n].env_name for n in result.names if os.environ.get(DECLARED[n].env_name)
    ]
    if overridden:
        click.echo(
            f"Lưu ý: biến môi trường {', '.join(overridden)} đang đặt giá trị khác và được ưu "
            "tiên hơn tệp thiết lập; bỏ biến đó thì giá trị mới mới được dùng."
        )
    if result.waiting:
        click.echo(
            "Lưu ý: thay đổi này CHƯA có hiệu lực với phần mềm đang chạy; hãy khởi động lại "
            "như trên."
        )
    else:
        click.echo("Phần mềm phát đang chạy sẽ tự nạp lại trong vài giây.")


def _say_pending(state: CliState, only: str = "") -> None:
    """Say which settings the running daemon has not taken yet (it needs a restart)."""
    from broadcaster.errors import BroadcasterError
    from broadcaster.playout.control import restart_notice, restart_pending

    try:
        waiting = restart_pending(state.app())
    except BroadcasterError:
        return  # no station or database yet: nothing runs, nothing waits
    waiting = tuple(n for n in waiting if not only or n == only)
    if waiting:
        click.echo(restart_notice(waiting))
