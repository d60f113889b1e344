"""Opening the station database: engine, automatic safe migration, one transaction per call.

SQLite runs in WAL mode with a busy timeout so the daemon and the CLI can write at once.
Before an existing SQLite database is migrated, a copy is kept beside it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from broadcaster.errors import StationError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 15000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    path = engine.url.database
    if not path or path == ":memory:" or not Path(path).exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(f"{path}.bak-{revision or 'none'}-{stamp}")
    # A consistent copy even while another process writes: SQLite's backup API.
    import sqlite3

    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; keep a copy of an existing SQLite file first."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    has_tables = bool(inspect(engine).get_table_names())
    if current is not None or has_tables:
        if engine.dialect.name == "sqlite":
            copy = _backup_sqlite(engine, current)
            log.warning("database upgrade %s -> %s, copy kept at %s", current, head, copy)
        else:
            log.warning(
                "database upgrade %s -> %s on %s; take a pg_dump first if unsure",
                current,
                head,
                engine.dialect.name,
            )
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """An engine plus a session factory; ``transaction()`` is one unit of work."""

    def __init__(self, url: str, *, auto_migrate: bool = True) -> None:
        self.url = url
        try:
            self.engine = make_engine(url)
            if auto_migrate:
                migrate(self.engine)
        except OperationalError as exc:
            raise StationError(
                f"Không mở được cơ sở dữ liệu ({_safe_url(url)}): {exc.orig}. "
                "Hãy kiểm tra đường dẫn --db / BROADCASTER_DB, quyền ghi thư mục và "
                "máy chủ cơ sở dữ liệu."
            ) from exc
        except SQLAlchemyError as exc:
            raise StationError(
                f"Cơ sở dữ liệu {_safe_url(url)} bị lỗi: {exc}. Bản sao trước khi nâng cấp "
                "(nếu có) nằm cạnh tệp dữ liệu với đuôi .bak-…"
            ) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll everything back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"
