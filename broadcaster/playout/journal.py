"""The daemon's log writes: to the database, or to a durable local journal while it is away.

Every airing-log operation carries an idempotent key. When the database cannot take it
(the SQLite file was deleted or moved, the PostgreSQL server is unreachable), the
operation is appended to ``airlog.journal`` in the station home and fsync'd before the
call returns. Once the database is back, the journal is replayed in order and then
emptied; a replay interrupted by a crash is simply replayed again, and the keys make each
row land exactly once.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError

from broadcaster.errors import StationError
from broadcaster.playout.airlog import apply_op
from broadcaster.station import App

log = logging.getLogger(__name__)
JOURNAL_NAME = "airlog.journal"
# What a database that is away raises (the station core turns driver errors into
# StationError with a Vietnamese message).
DATABASE_DOWN = (SQLAlchemyError, StationError, OSError)


class Journal:
    """Append-only JSON lines, each fsync'd; a torn last line (power cut) is skipped."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, op: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = (json.dumps(op, ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)

    def read(self) -> list[dict[str, Any]]:
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            return []
        ops = []
        for raw in lines:
            try:
                ops.append(json.loads(raw))
            except ValueError:
                log.warning("journal: skipping a torn line in %s", self.path)
        return ops

    @property
    def pending(self) -> bool:
        try:
            return self.path.stat().st_size > 0
        except FileNotFoundError:
            return False

    def clear(self) -> None:
        if self.path.exists():
            with self.path.open("r+b") as fh:
                fh.truncate(0)
                os.fsync(fh.fileno())


class DatabaseWatch:
    """Is the station database still there? For SQLite: the same file at the same path.

    An open SQLite connection keeps writing into a deleted file without any error, so
    the file's identity is checked before each write. While the file is missing, no new
    connection may be opened (it would silently create an empty database).
    """

    def __init__(self, app: App) -> None:
        self.app = app
        url = app.db.engine.url
        self.path: Path | None = None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            self.path = Path(str(url.database)).resolve()
            self.identity = self._identity()
            event.listen(app.db.engine, "do_connect", self._refuse_missing)
        self.reachable = True

    def _identity(self) -> tuple[int, int] | None:
        assert self.path is not None
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def _refuse_missing(self, *_args: Any) -> None:
        if self.path is not None and not self.path.exists():
            import sqlite3

            raise sqlite3.OperationalError(f"database file {self.path} is missing")

    def ok(self) -> bool:
        if self.path is None:  # a server: each write tries it, failures go to the journal
            return True
        now = self._identity()
        if now is None:
            if self.identity is not None:
                log.error("the database file %s is gone; the log goes to the journal", self.path)
                self.identity = None
                self.app.db.dispose()  # let go of the deleted file (and its stale WAL)
            return False
        if now != self.identity:
            log.warning("the database file %s is back; reconnecting", self.path)
            self.app.db.dispose()
            self.identity = now
        return True


class AirLog:
    """Serialised log writes for one daemon; never raises (the airing must go on)."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.journal = Journal(app.settings.home / JOURNAL_NAME)
        self.watch = DatabaseWatch(app)
        self._lock = threading.Lock()

    @property
    def database_ok(self) -> bool:
        with self._lock:
            return self.watch.ok() and not self.journal.pending

    def write(self, op: dict[str, Any]) -> None:
        with self._lock:
            if self.watch.ok() and self._replay_locked():
                try:
                    apply_op(self.app, op)
                    self.watch.reachable = True
                    return
                except DATABASE_DOWN as exc:
                    log.error("database unavailable (%s); the log goes to the journal", exc)
                    self.watch.reachable = False
            self.journal.append(op)

    def recover(self) -> bool:
        """Replay the journal if the database is back; True when the log is complete."""
        with self._lock:
            if not self.watch.ok():
                return False
            return self._replay_locked()

    def _replay_locked(self) -> bool:
        if not self.journal.pending:
            return True
        ops = self.journal.read()
        try:
            for op in ops:
                apply_op(self.app, op)
        except DATABASE_DOWN as exc:
            log.warning("journal replay postponed: %s", exc)
            self.watch.reachable = False
            return False
        self.journal.clear()
        self.watch.reachable = True
        log.warning("journal replayed: %d log operation(s) written to the database", len(ops))
        return True
