import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from silent_server import silent_server, silent_url
from sqlalchemy import inspect, text

from broadcaster.database import Database, Timeouts, current_revision, head_revision
from broadcaster.errors import StationError
from broadcaster.models import Segment
from broadcaster.settings import load_settings
from broadcaster.station import App, db_timeouts

BC = [sys.executable, "-m", "broadcaster"]


def test_schema_is_migrated_to_head(app: App) -> None:
    assert current_revision(app.db.engine) == head_revision()
    tables = set(inspect(app.db.engine).get_table_names())
    assert {"station", "segment", "segment_event", "slot", "booking", "airing"} <= tables


def test_datetimes_come_back_aware_utc(app: App) -> None:
    with app.db.transaction() as session:
        session.add(Segment(title="t", category="khac", created_at=app.now(), updated_at=app.now()))
    with app.db.transaction() as session:
        segment = session.query(Segment).one()
        assert segment.created_at == app.now()
        assert segment.created_at.utcoffset() is not None


def test_transaction_rolls_back_everything_on_error(app: App) -> None:
    try:
        with app.db.transaction() as session:
            session.add(
                Segment(title="t", category="khac", created_at=app.now(), updated_at=app.now())
            )
            session.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with app.db.transaction() as session:
        assert session.query(Segment).count() == 0


def _segment(app: App, title: str) -> None:
    with app.db.transaction() as session:
        session.add(
            Segment(title=title, category="khac", created_at=app.now(), updated_at=app.now())
        )


def _titles(app: App) -> list[str]:
    with app.db.transaction() as session:
        return sorted(s.title for s in session.query(Segment))


def test_a_batch_commits_its_transactions_together(app: App) -> None:
    with app.db.batch():
        _segment(app, "một")
        _segment(app, "hai")
        assert _titles(app) == ["hai", "một"]  # each sees what the batch wrote so far
    assert _titles(app) == ["hai", "một"]


def test_a_failure_in_a_batch_writes_none_of_it(app: App) -> None:
    with pytest.raises(RuntimeError), app.db.batch():
        _segment(app, "một")
        _segment(app, "hai")
        raise RuntimeError("the database went away mid-batch")
    assert _titles(app) == []


def test_another_thread_is_not_part_of_the_batch(app: App) -> None:
    seen: list[list[str]] = []
    with app.db.batch():
        _segment(app, "trong lô")
        thread = threading.Thread(target=lambda: seen.append(_titles(app)))
        thread.start()
        thread.join()
    assert seen == [[]]  # not committed yet when the other thread looked
    assert _titles(app) == ["trong lô"]


def test_sqlite_uses_wal_and_busy_timeout(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 15000
    db.dispose()


def test_two_writers_at_once_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Database(url).dispose()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        db = Database(url)
        try:
            for i in range(30):
                with db.engine.begin() as conn:
                    conn.execute(
                        text(
                            "INSERT INTO station (name, timezone, created_at) "
                            "VALUES (:a, 'Asia/Ho_Chi_Minh', '2026-01-01 00:00:00')"
                        ),
                        {"a": f"w{n}-{i}"},
                    )
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with sqlite3.connect(tmp_path / "x.db") as conn:
        assert conn.execute("SELECT count(*) FROM station").fetchone()[0] == 60


def test_outdated_sqlite_is_copied_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY)")
    Database(f"sqlite:///{path}").dispose()
    copies = list(tmp_path.glob("old.db.bak-none-*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "legacy_note" in names and "segment" not in names


def test_fresh_database_gets_no_copy(tmp_path: Path) -> None:
    Database(f"sqlite:///{tmp_path / 'new.db'}").dispose()
    assert not list(tmp_path.glob("*.bak-*"))


def test_a_server_that_accepts_and_never_answers_is_given_up_after_the_connect_timeout(
    tmp_path: Path,
) -> None:
    """The command stops by itself and says how many seconds it waited, in Vietnamese."""
    home = tmp_path / "station"
    home.mkdir()
    with silent_server() as port:
        env = {**os.environ, "BROADCASTER_DB_CONNECT_TIMEOUT": "2"}
        done = subprocess.run(
            [*BC, "--home", str(home), "--db", silent_url(port), "slot", "list"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,  # a hang fails the test instead of blocking the run
            check=False,
        )
    said = done.stdout + done.stderr
    assert done.returncode != 0, said
    assert "không trả lời trong 2 giây" in said, said
    assert "Traceback" not in said


def test_timeouts_are_settings_passed_to_the_server(tmp_path: Path) -> None:
    env = {"BROADCASTER_DB_CONNECT_TIMEOUT": "7", "BROADCASTER_DB_STATEMENT_TIMEOUT": "9"}
    settings = load_settings(tmp_path, env=env)
    assert db_timeouts(settings) == Timeouts(connect=7, statement=9)
    assert load_settings(tmp_path, env={}).db_connect_timeout == 10


def test_a_statement_beyond_the_statement_timeout_is_a_vietnamese_error(pg_server: str) -> None:
    db = Database(pg_server.format(db="postgres"), timeouts=Timeouts(connect=5, statement=1))
    try:
        refused = pytest.raises(StationError, match="không làm xong một câu lệnh trong 1 giây")
        with refused, db.transaction() as session:
            session.execute(text("SELECT pg_sleep(30)"))
    finally:
        db.dispose()
