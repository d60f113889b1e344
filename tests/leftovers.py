"""Folders left by test runs that were killed: each server a test run starts lives in a
``PREFIX*`` folder of the temporary directory whose ``owner`` file names the test
process; a folder whose owner is gone was left behind (a station's own servers never
live in such folders, so they are never touched)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim(folder: Path) -> None:
    """Mark ``folder`` as this test process's."""
    (folder / "owner").write_text(str(os.getpid()))


def left_behind(prefix: str) -> Iterator[Path]:
    """Folders named ``prefix*`` whose owning test process is gone."""
    for folder in Path(tempfile.gettempdir()).glob(prefix + "*"):
        try:
            owner = int((folder / "owner").read_text())
        except (OSError, ValueError):
            continue
        if owner != os.getpid() and not alive(owner):
            yield folder
