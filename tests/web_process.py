"""A real ``broadcaster web`` process (uvicorn) on a free port, for tests and benches."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class WebProcess:
    """``broadcaster web`` for a station home; ``first_admin`` is the one-time sign-in."""

    def __init__(self, home: Path, db: str = "", extra_env: dict[str, str] | None = None) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "BROADCASTER_WEB_PORT": str(self.port), **(extra_env or {})}
        self.env.pop("BROADCASTER_HOME", None)
        self.env.pop("BROADCASTER_DB", None)
        self.db = ["--db", db] if db else []
        self.lines: list[str] = []
        self.proc: subprocess.Popen[str] | None = None
        self.first_admin: tuple[str, str] | None = None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "broadcaster", "--home", str(self.home), *self.db, *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )

    def start(self) -> WebProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "broadcaster", "--home", str(self.home), *self.db, "web"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)
            found = re.search(r"tên «(\w+)», mật khẩu một lần «([\w-]+)»", line)
            if found:
                self.first_admin = (found.group(1), found.group(2))
            if "Đăng nhập bằng" in line or found:
                break
        rest = threading.Thread(target=lambda: self.lines.extend(self.proc.stderr or []))  # type: ignore[union-attr]
        rest.daemon = True
        rest.start()
        while self.proc.poll() is None:  # ready when it accepts connections
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise AssertionError("broadcaster web stopped: " + "".join(self.lines))

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
