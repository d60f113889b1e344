"""Shared fixtures: a fake clock, a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from pg_server import postgres_server
from sqlalchemy import create_engine, text

from broadcaster.cli import CliState, cli
from broadcaster.clock import Clock, FakeClock
from broadcaster.settings import Settings, load_settings
from broadcaster.station import App, init_station, open_station

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
REPO = Path(__file__).resolve().parent.parent
# The real commune texts the tests read, kept in the repository so a clone alone runs them.
SEEDS = REPO / "tests" / "data" / "seeds"


@pytest.fixture
def clock() -> FakeClock:
    """Monday 23 November 2026, 05:00 in Hà Nội."""
    return FakeClock(datetime(2026, 11, 23, 5, 0, tzinfo=TZ))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on a Unix socket; yields its URL with a {db} field."""
    with postgres_server() as url:
        yield url


_counter = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    base: str = request.getfixturevalue("pg_server")
    name = f"t{os.getpid()}_{next(_counter)}"
    admin = create_engine(base.format(db="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield base.format(db=name)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return load_settings(tmp_path / "station", {"db_url": db_url}, env={})


def _open(settings: Settings, clock: FakeClock) -> Iterator[App]:
    init_station(settings, clock)
    station = open_station(settings, clock)
    yield station
    station.close()


@pytest.fixture
def app(settings: Settings, clock: FakeClock) -> Iterator[App]:
    """An initialised station, once on SQLite and once on PostgreSQL."""
    yield from _open(settings, clock)


@pytest.fixture
def sqlite_app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    """An initialised station on SQLite only, for tests about audio rather than storage."""
    yield from _open(load_settings(tmp_path / "station", env={}), clock)


class Cli:
    """Runs ``broadcaster`` commands in-process against the test station."""

    def __init__(self, home: Path, db: str, clock: Clock) -> None:
        self.home, self.db, self.clock = home, db, clock
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None) -> Result:
        state = CliState(home=str(self.home), db=self.db, clock=self.clock)
        return self.runner.invoke(cli, list(args), obj=state, input=input, catch_exceptions=False)


@pytest.fixture
def run(app: App, clock: FakeClock) -> Cli:
    """A CLI bound to an initialised station (SQLite and PostgreSQL)."""
    return Cli(app.settings.home, app.settings.db_url, clock)


@pytest.fixture
def run_sqlite(tmp_path: Path, clock: FakeClock) -> Cli:
    """A CLI on a station home that is not initialised yet (SQLite default)."""
    return Cli(tmp_path / "station", "", clock)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under CI a skipped test is a failure: the real parts (browser, mounts, sound, the
    database server) must have run, or the run is not green."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") == "true" and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where every real part must run: {reason}"
