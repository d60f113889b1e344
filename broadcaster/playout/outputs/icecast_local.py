"""A local Icecast2 server for the station's own icecast:// outputs.

``python -m broadcaster.playout.outputs.icecast_local --home station`` (run by
``make run`` through deploy/local-icecast.sh) does nothing unless the settings say
``icecast_local = true``; then it writes ``station/icecast/icecast.xml`` for the port and
source password of the icecast:// outputs on this machine and starts ``icecast2`` in the
background. The tests start their server from the same config writer.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class LocalIcecast:
    port: int
    source_password: str
    bind: str = "127.0.0.1"


def icecast_config(server: LocalIcecast, base: Path, admin_password: str = "") -> str:
    """An icecast.xml: loopback bind, logs under ``base``, nobody/nogroup when root."""
    share = Path("/usr/share/icecast2")
    admin_password = admin_password or secrets.token_hex(8)
    owner = (
        "<security><chroot>0</chroot><changeowner><user>nobody</user>"
        "<group>nogroup</group></changeowner></security>"
        if os.geteuid() == 0
        else "<security><chroot>0</chroot></security>"
    )
    return f"""<icecast>
  <location>broadcaster</location>
  <admin>admin@localhost</admin>
  <limits>
    <clients>500</clients>
    <sources>20</sources>
    <queue-size>524288</queue-size>
    <client-timeout>30</client-timeout>
    <header-timeout>15</header-timeout>
    <source-timeout>10</source-timeout>
    <burst-on-connect>1</burst-on-connect>
    <burst-size>16384</burst-size>
  </limits>
  <authentication>
    <source-password>{escape(server.source_password)}</source-password>
    <relay-password>{escape(admin_password)}</relay-password>
    <admin-user>admin</admin-user>
    <admin-password>{escape(admin_password)}</admin-password>
  </authentication>
  <hostname>{escape(server.bind)}</hostname>
  <listen-socket>
    <port>{server.port}</port>
    <bind-address>{escape(server.bind)}</bind-address>
  </listen-socket>
  <fileserve>1</fileserve>
  <paths>
    <basedir>{share}</basedir>
    <logdir>{base / "log"}</logdir>
    <webroot>{share / "web"}</webroot>
    <adminroot>{share / "admin"}</adminroot>
    <pidfile>{base / "icecast.pid"}</pidfile>
  </paths>
  <logging>
    <accesslog>access.log</accesslog>
    <errorlog>error.log</errorlog>
    <loglevel>2</loglevel>
  </logging>
  {owner}
</icecast>
"""


def write_config(server: LocalIcecast, base: Path) -> Path:
    """Write ``base/icecast.xml`` (and a log dir the server may write as nobody)."""
    (base / "log").mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base / "log", "nobody", "nogroup")
        base.chmod(0o755)
    path = base / "icecast.xml"
    path.write_text(icecast_config(server, base), encoding="utf-8")
    path.chmod(0o644)
    return path


def local_server(outputs: tuple[str, ...] | list[str]) -> LocalIcecast | None:
    """The server the station's icecast:// outputs on this machine need, if any."""
    for spec in outputs:
        parts = urlsplit(spec)
        if parts.scheme == "icecast" and parts.hostname in LOCAL_HOSTS and parts.password:
            return LocalIcecast(parts.port or 8000, parts.password)
    return None


def start(server: LocalIcecast, base: Path) -> subprocess.Popen[bytes]:
    """Start icecast2 in the foreground as a child (the tests and the bench stop it)."""
    binary = shutil.which("icecast2")
    if binary is None:
        raise FileNotFoundError("icecast2")
    config = write_config(server, base)
    return subprocess.Popen(
        [binary, "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def main(argv: list[str] | None = None) -> int:
    from broadcaster.settings import load_settings

    parser = argparse.ArgumentParser(description="Start a local Icecast2 for the station.")
    parser.add_argument("--home", default=None)
    args = parser.parse_args(argv)
    settings = load_settings(args.home)
    if not settings.icecast_local:
        return 0
    server = local_server(settings.output)
    if server is None:
        print(
            "icecast_local = true nhưng không có đầu ra icecast://source:MẬT_KHẨU@127.0.0.1:"
            "CỔNG/mount nào trong «output». Hãy thêm một đầu ra như vậy.",
            file=sys.stderr,
        )
        return 1
    base = (settings.home / "icecast").resolve()
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=1):
            print(f"Icecast đã chạy sẵn tại http://127.0.0.1:{server.port}/.")
            return 0
    except OSError:
        pass
    config = write_config(server, base)
    binary = shutil.which("icecast2")
    if binary is None:
        print("Thiếu icecast2. Hãy chạy «make run» để cài.", file=sys.stderr)
        return 1
    subprocess.run([binary, "-b", "-c", str(config)], check=False)
    print(f"Đã chạy Icecast tại http://127.0.0.1:{server.port}/ (cấu hình {config}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
