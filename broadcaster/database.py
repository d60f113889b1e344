"""Opening the station database: engine, automatic safe migration, one transaction per call.

SQLite runs in WAL mode with a busy timeout so the daemon and the CLI can write at once.
Before an existing SQLite database is migrated, a copy is kept beside it.

Alembic is imported only when the stored schema revision differs from the newest one,
which is read from the migration files' ``revision =`` lines (no Alembic import): a
command on an up-to-date station does not pay for it. Every database failure becomes a
:class:`StationError` with a Vietnamese message here (``database_error``).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from broadcaster.errors import StationError

if TYPE_CHECKING:
    from alembic.config import Config

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


# The PostgreSQL drivers SQLAlchemy knows, in the order a bare «postgresql://» tries them.
PG_DRIVERS = (("psycopg", "psycopg"), ("psycopg2", "psycopg2"))


def resolve_url(url: str) -> str:
    """Give a bare ``postgresql://`` URL the driver that is installed (the one place for it).

    SQLAlchemy picks a default driver for a bare URL whether or not it is installed; the
    station ships psycopg2 (setup.cfg), so the URL is pointed at whichever driver is there.
    """
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() in ("postgresql", "postgres"):
        for driver, module in PG_DRIVERS:
            if importlib.util.find_spec(module) is not None:
                return f"postgresql+{driver}://{rest}"
    return url


@dataclass(frozen=True)
class Timeouts:
    """How long a database server may take, in seconds (0: no limit).

    ``connect`` bounds opening a connection (a server that accepts TCP and never answers);
    ``statement`` is enforced by the server on every statement. SQLite has neither: its
    own busy timeout applies.
    """

    connect: int = 10
    statement: int = 30


def make_engine(url: str, timeouts: Timeouts | None = None) -> Engine:
    url = resolve_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    args: dict[str, Any] = {}
    if url.startswith("postgresql") and timeouts is not None:
        if timeouts.connect > 0:
            args["connect_timeout"] = timeouts.connect
        if timeouts.statement > 0:
            args["options"] = f"-c statement_timeout={timeouts.statement * 1000}"
    return create_engine(url, pool_pre_ping=True, connect_args=args)


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision, as Alembic computes it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*[\"']?([\w-]*)", re.M)


def cheap_head_revision() -> str | None:
    """The newest revision read from the migration files without importing Alembic.

    None when the files do not name exactly one head (then Alembic decides).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {m[1]: m[2] for m in _REVISION_LINE.finditer(path.read_text("utf-8"))}
        if found.get("revision"):
            revisions.add(found["revision"])
        if found.get("down_revision") and found["down_revision"] != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for an empty database)."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    current = current_revision(engine)
    if current is not None and current == cheap_head_revision():
        return
    head = head_revision()
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
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # An upgrade of a large log may take longer than one statement may take.
            conn.execute(text("SET LOCAL statement_timeout = 0"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


# The unit of work of the open ``Database.batch()`` in this thread (or task), if any.
_BATCH: ContextVar[tuple[Database, Session] | None] = ContextVar("batch", default=None)


class Database:
    """An engine plus a session factory; ``transaction()`` is one unit of work.

    Inside ``batch()`` every ``transaction()`` of the same thread joins the batch's one
    unit of work, committed once at its end (a journal replay: thousands of log
    operations, one commit instead of one each).
    """

    def __init__(
        self, url: str, *, auto_migrate: bool = True, timeouts: Timeouts | None = None
    ) -> None:
        self.url = url
        self.timeouts = timeouts or Timeouts()
        try:
            self.engine = make_engine(url, self.timeouts)
            if auto_migrate:
                migrate(self.engine)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise database_error(exc, url, opening=True, timeouts=self.timeouts) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit on success, roll everything back on any error.

        A failure of the database itself (read-only, full disk, server gone) becomes a
        :class:`StationError` with a Vietnamese message; nothing is half-written.
        """
        joined = _BATCH.get()
        if joined is not None and joined[0] is self:  # committed (or not) with the batch
            yield joined[1]
            return
        with self._unit() as session:
            yield session

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """One unit of work for many ``transaction()`` calls: all of them or none."""
        if _BATCH.get() is not None:
            raise RuntimeError("a batch is already open in this thread")
        with self._unit() as session:
            token = _BATCH.set((self, session))
            try:
                yield session
            finally:
                _BATCH.reset(token)

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise database_error(exc, self.url, timeouts=self.timeouts) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


_DB_HINT = (
    "Hãy kiểm tra đường dẫn --db / BROADCASTER_DB, quyền ghi thư mục và máy chủ cơ sở dữ liệu."
)


def database_error(
    exc: BaseException, url: str, *, opening: bool = False, timeouts: Timeouts | None = None
) -> StationError:
    """A Vietnamese message that says what is wrong with the database and what to do."""
    log.info("database error on %s: %r", _safe_url(url), exc)
    where = _safe_url(url)
    detail = str(getattr(exc, "orig", None) or exc).lower()
    timeouts = timeouts or Timeouts()
    if "timeout expired" in detail or "connection timeout" in detail:
        return StationError(
            f"Máy chủ cơ sở dữ liệu «{where}» không trả lời trong {timeouts.connect} giây "
            "(thiết lập db_connect_timeout). Hãy kiểm tra máy chủ PostgreSQL có đang chạy, "
            "đúng địa chỉ và cổng, và mạng tới nó."
        )
    if "statement timeout" in detail:
        return StationError(
            f"Máy chủ cơ sở dữ liệu «{where}» không làm xong một câu lệnh trong "
            f"{timeouts.statement} giây (thiết lập db_statement_timeout). Máy chủ có thể "
            "đang quá tải hoặc bị treo; hãy kiểm tra nó rồi chạy lại."
        )
    if isinstance(exc, ImportError) or "can't load plugin" in detail:
        return StationError(
            f"Không hiểu địa chỉ cơ sở dữ liệu «{where}» (thiếu trình điều khiển hoặc sai "
            "kiểu). Hãy dùng sqlite:///ĐƯỜNG_DẪN.db hoặc postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL."
        )
    if isinstance(exc, ValueError) or "could not parse" in detail:
        return StationError(
            f"Địa chỉ cơ sở dữ liệu «{url}» viết sai. Hãy dùng dạng sqlite:///ĐƯỜNG_DẪN.db "
            "hoặc postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL."
        )
    folder = sqlite_file(url)
    if folder is not None and folder.parent.is_dir() and not os.access(folder.parent, os.W_OK):
        return StationError(
            f"Thư mục «{folder.parent}» chỉ đọc (ổ đĩa bị khoá ghi hoặc không có quyền ghi), "
            "nên không ghi được cơ sở dữ liệu. Hãy gắn lại ổ đĩa cho phép ghi, hoặc chạy lệnh "
            "bằng người dùng có quyền ghi vào thư mục đài."
        )
    if folder is not None and _free_bytes(folder.parent) < LOW_DISK_BYTES:
        detail = "disk is full"
    if "file is not a database" in detail or "not a database" in detail:
        return StationError(
            f"Tệp «{where}» không phải cơ sở dữ liệu của đài (có thể là tệp khác hoặc đã "
            "hỏng). Hãy chỉ đúng tệp cơ sở dữ liệu của đài bằng --db (hoặc bỏ --db để dùng "
            "tệp trong thư mục đài)."
        )
    if "readonly" in detail or "read-only" in detail or "read only" in detail:
        return StationError(
            f"Cơ sở dữ liệu «{where}» chỉ đọc, không ghi được. Hãy cho phép ghi vào thư "
            "mục đài (ổ đĩa không bị khoá chỉ đọc, đúng quyền của người chạy lệnh)."
        )
    if "disk is full" in detail or "no space" in detail or "disk full" in detail:
        return StationError(
            f"Đĩa đầy: không ghi được vào cơ sở dữ liệu «{where}». Hãy xoá bớt tệp cũ "
            "(ví dụ âm thanh trong audio/cache) rồi chạy lại; chưa có gì bị ghi dở."
        )
    if "database is locked" in detail:
        return StationError(
            f"Cơ sở dữ liệu «{where}» đang bận (một lệnh khác giữ quá lâu). Hãy chạy lại sau "
            "ít giây."
        )
    if "unable to open database" in detail or "disk i/o error" in detail:
        return StationError(
            f"Không mở được cơ sở dữ liệu «{where}». Hãy kiểm tra thư mục đài có tồn tại, "
            "cho phép ghi (ổ đĩa không chỉ đọc) và còn chỗ trống."
        )
    if opening:
        return StationError(f"Không mở được cơ sở dữ liệu «{where}». {_DB_HINT}")
    return StationError(f"Cơ sở dữ liệu «{where}» báo lỗi khi ghi hoặc đọc. {_DB_HINT}")


# Less free space than this beside a SQLite file, and a failure to open or write it is
# reported as a full disk (SQLite itself then says only «unable to open» or «I/O error»).
LOW_DISK_BYTES = 512 * 1024


def _free_bytes(folder: Path) -> int:
    import shutil

    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return LOW_DISK_BYTES


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url

    try:
        database = make_url(url).database
    except Exception:
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("://", 1)[0] + "://…"
