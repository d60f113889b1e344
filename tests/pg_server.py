"""Starting a real, throw-away PostgreSQL server (for the tests and the report bench)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from leftovers import claim, left_behind


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed; run «make test», which installs it.")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


PREFIX = "bc-pg-"


def clean_leftovers() -> None:
    """Stop the servers that killed test runs left behind, and only those.

    Each server lives in a ``bc-pg-*`` folder whose ``owner`` file names the test process
    that started it; a folder whose owner is gone is stopped and removed. A station's own
    PostgreSQL never lives in such a folder, so it is never touched.
    """
    runas = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    for root in left_behind(PREFIX):
        if (root / "data" / "postmaster.pid").exists():
            subprocess.run(
                [
                    *runas,
                    str(_bindir() / "pg_ctl"),
                    "-D",
                    str(root / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ],
                check=False,
                capture_output=True,
            )
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[str]:
    """initdb + pg_ctl on a Unix socket in a temporary folder; yields a URL with {db}."""
    bindir = _bindir()
    clean_leftovers()
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    claim(root)
    data = root / "data"
    runas: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        pw = pwd.getpwnam("postgres")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        runas = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [
            *runas,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *runas,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(root / "log"),
            "-o",
            f"-k {root} -p {port} -c listen_addresses='' -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg2://postgres@/{{db}}?host={root}&port={port}"
    finally:
        subprocess.run(
            [*runas, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def pg_ctl(url: str, action: str) -> None:
    """``stop`` or ``start`` the server behind a URL made by :func:`postgres_server`."""
    root = Path(url.split("host=", 1)[1].split("&", 1)[0])
    port = url.split("port=", 1)[1].split("&", 1)[0]
    runas = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    args = [str(_bindir() / "pg_ctl"), "-D", str(root / "data"), "-w"]
    if action == "stop":
        args += ["-m", "fast", "stop"]
    else:
        options = f"-k {root} -p {port} -c listen_addresses='' -c fsync=off"
        args += ["-l", str(root / "log"), "-o", options, "start"]
    subprocess.run([*runas, *args], check=True, capture_output=True)
