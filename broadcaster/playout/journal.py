"""The daemon's log writes: to the database, or to a durable local journal while it is away.

Every airing-log operation carries an idempotent key. When the database cannot take it
(the SQLite file was deleted or moved, the PostgreSQL server is unreachable), the
operation is appended to ``airlog.journal`` in the station home and fsync'd before the
call returns. Once the database is back, the journal is replayed in order and then
emptied; a replay interrupted by a crash is simply replayed again, and the keys make each
row land exactly once. Each line is a typed, versioned operation (``logops``), so a
journal left by an older version replays after an upgrade.

A full disk must not make the log false: a reserve file (``airlog.journal.reserve``) is
kept beside the journal and given up when the disk refuses the journal; beyond it the
operations wait in memory, and the heartbeat moves them to the journal, then to the
database, as soon as either has room.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError

from broadcaster.errors import StationError
from broadcaster.playout.logops import (
    LogOp,
    UnknownFormat,
    apply_op,
    compact,
    from_line,
    to_line,
)
from broadcaster.playout.replay import replay
from broadcaster.settings import Settings
from broadcaster.station import App

log = logging.getLogger(__name__)
JOURNAL_NAME = "airlog.journal"
RESERVE_NAME = "airlog.journal.reserve"
# Room kept for the journal on a full disk: about 1,500 log operations (a checkpoint every
# 2 s while airing: some 50 minutes on air) before operations are held in memory.
RESERVE_BYTES = 1024 * 1024
# Log operations written to the database in one transaction when the journal is replayed.
REPLAY_CHUNK = 500
# What a database that is away raises (the station core turns driver errors into
# StationError with a Vietnamese message).
DATABASE_DOWN = (SQLAlchemyError, StationError, OSError)


class Journal:
    """Append-only JSON lines (:mod:`~broadcaster.playout.logops`), each fsync'd.

    A torn last line (power cut) is skipped. When the disk is full, a reserve file kept
    beside the journal is given up so the journal can still be written; if even that is
    not enough, operations are held in memory (in order) until the disk or the database
    takes them: a write here never fails and never loses an operation while the process
    lives.
    """

    def __init__(self, path: Path, reserve_bytes: int = RESERVE_BYTES) -> None:
        self.path = path
        self.reserve = path.with_name(RESERVE_NAME)
        self.reserve_bytes = reserve_bytes
        self.held: list[LogOp] = []  # operations the disk could not take yet
        self.disk_full = False

    def append(self, op: LogOp) -> None:
        self.held.append(op)
        self.flush_held()

    def flush_held(self) -> bool:
        """Write the held operations to the file; True when none is left in memory."""
        if not self.held:
            return True
        data = b"".join(to_line(op) for op in self.held)
        try:
            self._write(data)
        except OSError as first:
            if not self._release_reserve(first):
                return self._hold(first)
            try:
                self._write(data)
            except OSError as exc:
                return self._hold(exc)
        self.held.clear()
        return True

    def _hold(self, exc: OSError) -> bool:
        if not self.disk_full:
            log.error(
                "the journal cannot be written (%s); %d log operation(s) kept in memory "
                "until there is room",
                exc,
                len(self.held),
            )
        self.disk_full = True
        return False

    def _write(self, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            size = os.fstat(fd).st_size
            # After a torn last line (a power cut), start on a line of our own.
            if size and os.pread(fd, 1, size - 1) != b"\n":
                data = b"\n" + data
            try:
                written = os.write(fd, data)  # O_APPEND: one write, at the end
                if written < len(data):  # a nearly full disk takes part of it
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                os.fsync(fd)
            except OSError:
                os.ftruncate(fd, size)  # no torn line of ours is left behind
                raise
        finally:
            os.close(fd)

    def _release_reserve(self, exc: OSError) -> bool:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT) or not self.reserve.exists():
            return False
        log.error("disk full: the journal's reserve (%s) is given up for the log", self.reserve)
        self.disk_full = True
        self.reserve.unlink(missing_ok=True)
        return True

    def ensure_reserve(self) -> bool:
        """Keep the reserve file in place (made again once the disk has room)."""
        try:
            if self.reserve.stat().st_size >= self.reserve_bytes:
                return True
        except FileNotFoundError:
            pass
        try:
            self.reserve.parent.mkdir(parents=True, exist_ok=True)
            with self.reserve.open("wb") as fh:
                fh.write(b"\0" * self.reserve_bytes)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            self.reserve.unlink(missing_ok=True)
            if not self.disk_full:
                log.warning("no room for the journal's reserve %s: %s", self.reserve, exc)
            self.disk_full = True
            return False
        if self.disk_full:
            log.warning("the disk has room again; the journal's reserve is back")
        self.disk_full = False
        return True

    def read(self) -> list[LogOp]:
        """The file's operations then the held ones; raises UnknownFormat for a newer file."""
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            lines = []
        ops = []
        for raw in lines:
            if not raw.strip():
                continue
            try:
                ops.append(from_line(raw))
            except UnknownFormat:
                raise
            except (ValueError, KeyError, TypeError):
                log.warning("journal: skipping a torn line in %s", self.path)
        return ops + self.held

    @property
    def pending(self) -> bool:
        if self.held:
            return True
        try:
            return self.path.stat().st_size > 0
        except FileNotFoundError:
            return False

    def clear(self, held: int) -> None:
        """Empty the file and forget the first ``held`` operations held in memory."""
        if self.path.exists():
            with self.path.open("r+b") as fh:
                fh.truncate(0)
                os.fsync(fh.fileno())
        del self.held[:held]

    def set_aside(self) -> Path:
        """Move a journal this version cannot read out of the way, for a newer version."""
        target = self.path.with_name(f"{self.path.name}.newer-{os.getpid()}-{time.time():.0f}")
        os.replace(self.path, target)
        return target


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

    def write(self, op: LogOp) -> None:
        """To the database; once it has failed, straight to the journal (fsync'd at once,
        not waiting on a server's timeouts) until the heartbeat's ``recover`` finds it back."""
        with self._lock:
            if self.watch.reachable and self.watch.ok() and self._replay_locked():
                try:
                    apply_op(self.app, op)
                    self.watch.reachable = True
                    return
                except DATABASE_DOWN as exc:
                    log.error("database unavailable (%s); the log goes to the journal", exc)
                    self.watch.reachable = False
            self.journal.append(op)

    def recover(self) -> bool:
        """Replay the journal if the database is back; True when the log is complete.

        Called with every heartbeat: operations held in memory on a full disk go to the
        journal file as soon as there is room, and the reserve is made again.
        """
        with self._lock:
            self.journal.flush_held()
            if not self.journal.held:
                self.journal.ensure_reserve()
            if not self.watch.ok():
                return False
            if not self._replay_locked():
                return False
            self.watch.reachable = True
            return True

    def _replay_locked(self) -> bool:
        if not self.journal.pending:
            return True
        try:
            ops = self.journal.read()
        except UnknownFormat as exc:
            aside = self.journal.set_aside()
            log.error(
                "%s; it is kept as %s for the newer version to replay (%s)",
                JOURNAL_NAME,
                aside,
                exc,
            )
            ops = self.journal.held[:]
        held = len(self.journal.held)
        todo = compact(ops)
        try:
            # One commit per chunk, not per operation: a site back after days replays
            # thousands of rows. A chunk that fails is rolled back whole and replayed
            # later; the keys keep the chunks already written from landing twice.
            for first in range(0, len(todo), REPLAY_CHUNK):
                with self.app.db.batch():
                    replay(self.app, todo[first : first + REPLAY_CHUNK])
        except DATABASE_DOWN as exc:
            log.warning("journal replay postponed: %s", exc)
            self.watch.reachable = False
            return False
        self.journal.clear(held)
        self.watch.reachable = True
        log.warning("journal replayed: %d log operation(s) written to the database", len(ops))
        return True


def journal_state(settings: Settings) -> JournalState:
    """What ``status`` and the console say about the journal, read from another process."""
    path = settings.home / JOURNAL_NAME
    try:
        waiting = path.stat().st_size > 0
    except OSError:
        waiting = False
    try:
        free: int | None = shutil.disk_usage(settings.home).free
    except OSError:
        free = None
    return JournalState(waiting, free is not None and free < RESERVE_BYTES, free)


@dataclass(frozen=True)
class JournalState:
    waiting: bool  # log operations wait in the journal for the database
    disk_full: bool  # less room in the station home than the journal's reserve
    free_bytes: int | None


def journal_warnings(state: JournalState) -> list[str]:
    """What the operator is told about the log's journal (``status`` and the console)."""
    found = []
    if state.disk_full:
        free = (
            f"{state.free_bytes / 1e6:.1f} MB".replace(".", ",")
            if state.free_bytes is not None
            else "không rõ"
        )
        found.append(
            f"Đĩa đầy (còn {free} trống ở thư mục đài): nhật ký phát không ghi được vào cơ sở "
            "dữ liệu; các lượt phát được giữ lại và sẽ được ghi khi có chỗ trống. Hãy xoá bớt "
            "tệp cũ ngay (ví dụ âm thanh trong audio/cache, báo cáo cũ)."
        )
    if state.waiting:
        found.append(
            "Nhật ký phát đang chờ trong tệp airlog.journal (cơ sở dữ liệu chưa nhận được); "
            "phần mềm phát sẽ tự ghi vào khi cơ sở dữ liệu ghi được."
        )
    return found
