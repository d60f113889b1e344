"""``broadcaster web``: check where the console may listen, then serve it with uvicorn."""

from __future__ import annotations

import ipaddress
import logging

from broadcaster.errors import InputError
from broadcaster.settings import Settings
from broadcaster.station import App

log = logging.getLogger(__name__)


def is_local(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(settings: Settings) -> str | None:
    """A warning to print when the console listens beyond this PC; refuse plain HTTP there
    unless the station said so on purpose (pure)."""
    if is_local(settings.web_host):
        return None
    https = bool(settings.web_certfile and settings.web_keyfile)
    if not https and not settings.web_allow_plain_http:
        raise InputError(
            f"Bảng điều khiển sẽ mở cho cả mạng ({settings.web_host}) mà không có HTTPS: mật "
            "khẩu có thể bị nghe lén. Hãy đặt web_certfile và web_keyfile (chứng chỉ HTTPS) "
            "trong broadcaster.toml, hoặc nếu chỉ dùng trong mạng nội bộ tin cậy, đặt "
            "web_allow_plain_http = true."
        )
    scheme = "HTTPS" if https else "HTTP thường (không mã hoá)"
    return (
        f"Cảnh báo: bảng điều khiển mở cho các máy khác trong mạng tại {settings.web_host}:"
        f"{settings.web_port} qua {scheme}. Chỉ dùng trong mạng của UBND; đặt mật khẩu mạnh."
    )


def address(settings: Settings) -> str:
    https = bool(settings.web_certfile and settings.web_keyfile)
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "") else settings.web_host
    return f"{'https' if https else 'http'}://{host}:{settings.web_port}"


def serve(app: App) -> None:
    import uvicorn

    from broadcaster.web.app import create_app

    settings = app.settings
    https = bool(settings.web_certfile and settings.web_keyfile)
    config = uvicorn.Config(
        create_app(app, secure_cookie=https),
        host=settings.web_host,
        port=settings.web_port,
        ssl_certfile=settings.web_certfile or None,
        ssl_keyfile=settings.web_keyfile or None,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,  # no «server: uvicorn»: say nothing about the software
    )
    # What is loaded by now (modules, templates, the app) lives as long as the console:
    # keep it out of the collector's full passes, which a page building a day plan (many
    # short-lived objects) would otherwise make scan it again and again.
    import gc

    gc.collect()
    gc.freeze()
    uvicorn.Server(config).run()
