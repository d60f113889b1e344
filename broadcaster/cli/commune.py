"""``site …``, ``zone …`` and ``cluster …``: the sites, zones and clusters of a commune."""

from __future__ import annotations

import click

from broadcaster.cli import BroadcasterGroup, CliState, pass_state
from broadcaster.cli.fmt import table, when
from broadcaster.commune.registry import (
    add_cluster,
    add_site,
    add_zone,
    edit_zone,
    list_clusters,
    list_sites,
    list_zones,
    revoke_site,
)

MAIN_SITE = "(máy chính)"


@click.group("site", cls=BroadcasterGroup)
def site_group() -> None:
    """Điểm phát: mỗi máy tính nối với bộ khuếch đại hoặc máy phát FM."""


@site_group.command("add")
@click.argument("name", metavar="TÊN")
@pass_state
def site_add_cmd(state: CliState, name: str) -> None:
    """Thêm một điểm phát; in ra mã bí mật của điểm phát (chỉ in một lần)."""
    new = add_site(state.app(), name)
    click.echo(
        f"Đã thêm điểm phát «{new.site.name}». Mã bí mật (ghi vào broadcaster.toml của máy "
        "đó, mục site_token; chỉ in một lần):",
        err=True,
    )
    click.echo(new.token)


@site_group.command("list")
@pass_state
def site_list_cmd(state: CliState) -> None:
    """Danh sách điểm phát và tín hiệu cuối của từng điểm."""
    app = state.app()
    sites = list_sites(app)
    if not sites:
        click.echo("Chưa có điểm phát nào: đài chỉ có một máy phát («broadcaster run»).")
        return
    tz = app.settings.tz
    rows = [
        (
            s.id,
            s.name,
            when(s.heartbeat_at, tz) or "chưa chạy",
            "đã thu hồi mã" if s.revoked_at else "",
        )
        for s in sites
    ]
    click.echo(table(("Số", "Điểm phát", "Tín hiệu cuối", ""), rows))


@site_group.command("revoke")
@click.argument("name", metavar="TÊN")
@pass_state
def site_revoke_cmd(state: CliState, name: str) -> None:
    """Thu hồi mã bí mật của một điểm phát (máy đó không tải được tệp âm thanh nữa)."""
    revoke_site(state.app(), name)
    click.echo(f"Đã thu hồi mã của điểm phát «{name}».")


@click.group("zone", cls=BroadcasterGroup)
def zone_group() -> None:
    """Vùng phát: nhóm loa nghe chung một chương trình."""


@zone_group.command("add")
@click.argument("name", metavar="TÊN")
@click.option("--site", metavar="ĐIỂM_PHÁT", help="Điểm phát cấp tín hiệu (mặc định máy chính).")
@click.option(
    "--output",
    required=True,
    metavar="ĐẦU_RA",
    help="«device», «device:TÊN_CARD», «file:ĐƯỜNG_DẪN.wav» hoặc «icecast://…».",
)
@click.option(
    "--monitor",
    default="none",
    show_default=True,
    metavar="NGUỒN",
    help="Nguồn thu lại để kiểm tra tiếng phát thật.",
)
@pass_state
def zone_add_cmd(state: CliState, name: str, site: str | None, output: str, monitor: str) -> None:
    """Thêm một vùng phát với đầu ra của nó."""
    zone = add_zone(state.app(), name, output, site, monitor)
    click.echo(
        f"Đã thêm vùng phát «{zone.name}» (điểm phát {site or MAIN_SITE}, đầu ra {zone.output})."
    )


@zone_group.command("edit")
@click.argument("name", metavar="TÊN")
@click.option(
    "--output",
    metavar="ĐẦU_RA",
    help="Đầu ra mới: «device», «device:TÊN_CARD», «file:ĐƯỜNG_DẪN.wav» hoặc «icecast://…».",
)
@click.option(
    "--monitor",
    metavar="NGUỒN",
    help="Nguồn thu lại mới để kiểm tra tiếng phát thật («none»: không ghi âm kiểm tra).",
)
@pass_state
def zone_edit_cmd(state: CliState, name: str, output: str | None, monitor: str | None) -> None:
    """Sửa đầu ra hoặc nguồn kiểm tra của một vùng phát (điểm phát áp dụng khi chạy lại)."""
    zone = edit_zone(state.app(), name, output, monitor)
    click.echo(
        f"Đã sửa vùng phát «{zone.name}»: đầu ra {zone.output}, kiểm tra {zone.monitor}. "
        "Điểm phát của vùng dùng thiết lập mới khi chạy lại (broadcaster run --site …)."
    )


@zone_group.command("list")
@pass_state
def zone_list_cmd(state: CliState) -> None:
    """Danh sách vùng phát."""
    zones = list_zones(state.app())
    if not zones:
        click.echo("Chưa có vùng phát nào: cả đài là một vùng.")
        return
    rows = [(z.id, z.name, site or MAIN_SITE, z.output, z.monitor) for z, site in zones]
    click.echo(table(("Số", "Vùng phát", "Điểm phát", "Đầu ra", "Kiểm tra"), rows))


@click.group("cluster", cls=BroadcasterGroup)
def cluster_group() -> None:
    """Cụm loa: loa IP hoặc nhóm loa dây/FM của một vùng phát."""


@cluster_group.command("add")
@click.argument("name", metavar="TÊN")
@click.option("--zone", required=True, metavar="VÙNG", help="Vùng phát của cụm loa.")
@click.option("--mount", default="", metavar="ĐỊA_CHỈ", help="Luồng Icecast cụm loa IP nghe.")
@click.option("--lat", type=float, metavar="VĨ_ĐỘ", help="Vĩ độ, ví dụ 21.0285.")
@click.option("--lon", type=float, metavar="KINH_ĐỘ", help="Kinh độ, ví dụ 105.8542.")
@click.option("--note", default="", metavar="GHI_CHÚ", help="Ghi chú.")
@pass_state
def cluster_add_cmd(
    state: CliState,
    name: str,
    zone: str,
    mount: str,
    lat: float | None,
    lon: float | None,
    note: str,
) -> None:
    """Thêm một cụm loa vào vùng phát."""
    cluster = add_cluster(state.app(), name, zone, mount, lat, lon, note)
    click.echo(f"Đã thêm cụm loa «{cluster.name}» vào vùng «{zone}».")


@cluster_group.command("list")
@pass_state
def cluster_list_cmd(state: CliState) -> None:
    """Danh sách cụm loa."""
    app = state.app()
    clusters = list_clusters(app)
    if not clusters:
        click.echo("Chưa có cụm loa nào.")
        return
    tz = app.settings.tz
    rows = [
        (
            c.id,
            c.name,
            zone,
            c.mount,
            f"{c.lat}, {c.lon}" if c.lat is not None else "",
            when(c.last_seen, tz),
        )
        for c, zone in clusters
    ]
    click.echo(table(("Số", "Cụm loa", "Vùng", "Luồng", "Toạ độ", "Nghe lần cuối"), rows))
