"""Real file-system faults for tests: a small tmpfs that fills up, a read-only mount.

Mounting needs root with CAP_SYS_ADMIN (this machine and CI as root). Where mounting is
refused, a read-only station is made with chmod when not root (the kernel then really
refuses writes), else SQLite opens the file read-only (``mode=ro``) — the same SQLite
«readonly database» error without a real read-only disk; tests say which in ``how``.
A full disk has no honest fallback: those tests are skipped where mounting is refused.
"""

from __future__ import annotations

import errno
import functools
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@functools.cache
def can_mount() -> bool:
    with tempfile.TemporaryDirectory() as probe:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            return False
        subprocess.run(["umount", probe], check=False)
        return True


@contextmanager
def tmpfs(path: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` kB mounted at ``path`` for the block."""
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path)], check=True
    )
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(disk: Path, leave_bytes: int = 0) -> Path:
    """Fill the file system holding ``disk`` until it refuses, then free ``leave_bytes``."""
    filler = disk / "filler.bin"
    block = b"\0" * 65536
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(block)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    if leave_bytes:
        os.truncate(filler, max(0, filler.stat().st_size - leave_bytes))
    return filler


def remount(path: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(path)], check=True)
