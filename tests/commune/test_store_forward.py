"""Store and forward: two site daemons keep airing their zones from their own copy while
the commune's PostgreSQL is stopped mid-day, and their journals replay exactly once.

Real parts: a private PostgreSQL (stopped and started by the test), the central console
``broadcaster web`` serving audio by sha256 to the sites' tokens, two ``run --site``
processes with ``file:`` outputs. Events are placed relative to readiness.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Cli
from daemon_proc import add_recording, cli_for, local, make_home, stop
from pg_server import pg_ctl, postgres_server
from site_proc import log_rows, run_site, site_ready, wait_log
from sqlalchemy import create_engine, text

from broadcaster.playout import offline
from broadcaster.speech.audiofile import file_sha256


@pytest.fixture
def private_pg() -> Iterator[str]:
    """A PostgreSQL of this test alone (it is stopped mid-test)."""
    with postgres_server() as base:
        admin = create_engine(base.format(db="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE commune"))
        admin.dispose()
        yield base.format(db="commune")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_web(home: Path, db_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BROADCASTER_WEB_PORT": str(port)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "broadcaster", "--home", str(home), "--db", db_url, "web"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(home.parent / "web.log").open("ab"),
    )
    end = time.monotonic() + 60
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the console never listened")


def site_home(root: Path, db_url: str, central: str, token: str) -> Path:
    home = make_home(root, db_url)
    with (home / "broadcaster.toml").open("a", encoding="utf-8") as fh:
        fh.write(f'\n[site]\ncentral_url = "{central}"\ntoken = "{token}"\n')
    return home


def fetch(url: str, token: str) -> int:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def wait_until(check, what: str, timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def holds(home: Path, segment_id: int) -> bool:
    copy = offline.load(home)
    return (
        copy is not None
        and segment_id in copy.audio
        and any(e.segment_id == segment_id for p in copy.planned for e in p.entries)
    )


def token_of(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return str(result.output).strip().splitlines()[-1]


def test_sites_air_through_a_database_outage_and_replay_once(
    tmp_path: Path, private_pg: str
) -> None:
    db = private_pg
    central = make_home(tmp_path / "central", db)
    cli: Cli = cli_for(central, db)
    token_a = token_of(cli("site", "add", "A"))
    token_b = token_of(cli("site", "add", "B"))
    token_gone = token_of(cli("site", "add", "Cũ"))
    assert cli("site", "revoke", "Cũ").exit_code == 0
    for name, site in (("Vùng A", "A"), ("Vùng B", "B")):
        out = tmp_path / f"{site}.wav"
        added = cli("zone", "add", name, "--site", site, "--output", f"file:{out}")
        assert added.exit_code == 0, added.output
    before = add_recording(cli, tmp_path, 3, "Trước khi mất mạng")
    (tmp_path / "d").mkdir()
    during = add_recording(cli, tmp_path / "d", 3, "Trong khi mất mạng")
    (tmp_path / "e").mkdir()
    restarted = add_recording(cli, tmp_path / "e", 3, "Sau khi máy B khởi động lại")

    port = free_port()
    web = start_web(central, db, port)
    url = f"http://127.0.0.1:{port}"
    home_a = site_home(tmp_path / "a", db, url, token_a)
    home_b = site_home(tmp_path / "b", db, url, token_b)
    site_a = run_site(home_a, db, "A")
    site_b = run_site(home_b, db, "B")
    stopped = False
    try:
        site_ready(home_a, db, "A", site_a)
        site_ready(home_b, db, "B", site_b)
        assert cli("slot", "add", "S1", "--start", local(central, 12), "--end",
                   local(central, 27)).exit_code == 0  # fmt: skip
        assert cli("slot", "add", "S2", "--start", local(central, 50), "--end",
                   local(central, 80)).exit_code == 0  # fmt: skip
        assert cli("book", str(before), "--slot", "S1").exit_code == 0
        assert cli("slot", "add", "S3", "--start", local(central, 95), "--end",
                   local(central, 125)).exit_code == 0  # fmt: skip
        assert cli("book", str(during), "--slot", "S2").exit_code == 0
        assert cli("book", str(restarted), "--slot", "S3", "--zone", "Vùng B").exit_code == 0
        wait_until(
            lambda: all(holds(h, during) for h in (home_a, home_b)) and holds(home_b, restarted),
            "the copies",
        )
        copy = offline.load(home_a)
        assert copy is not None
        digest = copy.audio[during]
        # A wrong or revoked token gets nothing; the site's own token gets the file.
        audio_url = f"{url}/diem-phat/am-thanh/{digest}"
        assert fetch(audio_url, "sai-ma") == 403
        assert fetch(audio_url, token_gone) == 403
        assert fetch(audio_url, token_a) == 200
        # A damaged file in a site's store is fetched again before air.
        stored = home_a / "store" / digest
        stored.write_bytes(b"hong")
        wait_until(
            lambda: stored.exists() and file_sha256(stored) == digest, "the store repaired", 60
        )
        wait_log(central, db, 2)  # S1 aired in both zones
        pg_ctl(db, "stop")
        stopped = True
        # Both sites air S2 from their copy; their log goes to their journals.
        for home in (home_a, home_b):
            journal = home / "airlog.journal"
            wait_until(
                lambda j=journal: j.exists() and '"op": "close"' in j.read_text(encoding="utf-8"),
                f"the journal of {home.name}",
                150,
            )
        # Site B restarted while the database is still away airs S3 from its copy.
        stop(site_b)
        site_b = run_site(home_b, db, "B")
        journal_b = home_b / "airlog.journal"
        wait_until(
            lambda: journal_b.read_text(encoding="utf-8").count('"op": "close"') >= 2,
            "site B's S3 in its journal",
            150,
        )
        pg_ctl(db, "start")
        stopped = False
        found = wait_log(central, db, 5, timeout=120)
        time.sleep(3)  # a second replay would show now
        found = log_rows(central, db)
    finally:
        if stopped:
            pg_ctl(db, "start")
        stop(site_a)
        stop(site_b)
        web.terminate()
        web.wait(20)
    assert sorted(found) == sorted(
        [
            (before, "Vùng A", "A", "aired"),
            (before, "Vùng B", "B", "aired"),
            (during, "Vùng A", "A", "aired"),
            (during, "Vùng B", "B", "aired"),
            (restarted, "Vùng B", "B", "aired"),
        ]
    )
    for home in (home_a, home_b):
        assert not (home / "airlog.journal").read_text(encoding="utf-8")  # replayed, emptied
