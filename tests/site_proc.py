"""Site daemons (``broadcaster run --site NAME``) as real processes, for commune tests."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from daemon_proc import FINAL, settings_of
from sqlalchemy import select

from broadcaster.models import Airing, Site
from broadcaster.station import open_station


def run_site(home: Path, db_url: str, site: str) -> subprocess.Popen[bytes]:
    log = (home.parent / f"site-{site}.log").open("ab")
    command = [sys.executable, "-m", "broadcaster", "--home", str(home), "--db", db_url]
    return subprocess.Popen(
        [*command, "run", "--site", site],
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def site_ready(home: Path, db_url: str, site: str, proc: subprocess.Popen[bytes]) -> None:
    """Until the site's heartbeat carries the daemon's pid."""
    end = time.monotonic() + 120
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"site daemon {site} exited with {proc.returncode}")
        app = open_station(settings_of(home, db_url))
        try:
            with app.db.transaction() as session:
                row = session.scalar(select(Site).where(Site.name == site))
                fresh = (
                    row is not None
                    and row.heartbeat_at is not None
                    and datetime.now(UTC) - row.heartbeat_at < timedelta(seconds=5)
                )
                if fresh and row is not None and row.daemon_pid == proc.pid:
                    return
        finally:
            app.close()
        time.sleep(0.2)
    raise AssertionError(f"site daemon {site} never became ready")


LogRow = tuple[int | None, str, str, str]


def log_rows(home: Path, db_url: str) -> list[LogRow]:
    """(segment, zone, site, outcome) of every log row."""
    app = open_station(settings_of(home, db_url))
    try:
        with app.db.transaction() as session:
            return [
                (
                    a.segment_id,
                    a.zone.name if a.zone else "",
                    a.site.name if a.site else "",
                    a.outcome,
                )
                for a in session.scalars(select(Airing).order_by(Airing.id))
            ]
    finally:
        app.close()


def wait_log(
    home: Path, db_url: str, count: int, timeout: float = 240
) -> list[tuple[int | None, str, str, str]]:
    end = time.monotonic() + timeout
    found: list[tuple[int | None, str, str, str]] = []
    while time.monotonic() < end:
        found = log_rows(home, db_url)
        if len([r for r in found if r[3] in FINAL]) >= count:
            return found
        time.sleep(0.3)
    raise AssertionError(f"timed out; log is {found}")
