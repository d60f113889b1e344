"""One playout daemon per station: a lock that dies with its process.

In the station home, ``playout.lock`` is held with an exclusive ``flock`` (``msvcrt``
on Windows) for as long as the daemon runs; the kernel drops it when the process dies,
even by ``kill -9``, so a stale lock is simply taken over. The file also says who holds
it (host, pid, since when) for the refusal message. On PostgreSQL, where two homes on
two machines may share one database, the daemon also holds a session advisory lock on
a dedicated connection; its holder is named by the connection's ``application_name``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

from sqlalchemy import text

from broadcaster.errors import StationError
from broadcaster.station import App

log = logging.getLogger(__name__)
LOCK_NAME = "playout.lock"
# pg_try_advisory_lock key: "bcplayou" as a signed 64-bit integer; advisory locks are
# per database, and one database is one station.
PG_LOCK_KEY = int.from_bytes(b"bcplayou", "big", signed=True)
PG_APP_PREFIX = "broadcaster-run"


@dataclass(frozen=True)
class Owner:
    host: str
    pid: int
    since: datetime

    def describe(self, app: App) -> str:
        return (
            f"máy «{self.host}», tiến trình số {self.pid}, chạy từ "
            f"{app.local(self.since):%H:%M:%S ngày %d/%m/%Y}"
        )


def refusal(app: App, owner: Owner | None) -> StationError:
    who = owner.describe(app) if owner else "không rõ máy và tiến trình"
    return StationError(
        f"Đài này đã có phần mềm phát đang chạy ({who}). Mỗi đài chỉ được chạy một "
        "«broadcaster run», nếu không mỗi tin sẽ phát hai lần. Hãy dùng phần mềm đang chạy, "
        "hoặc dừng nó trước (Ctrl+C ở cửa sổ của nó, hoặc «kill "
        f"{owner.pid if owner else 'SỐ_TIẾN_TRÌNH'}») rồi chạy lại."
    )


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        # Lock one byte far past the text (allowed beyond the end of a file), so the
        # owner's details stay readable by the process that is refused.
        fh.seek(1 << 20)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            fh.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_owner(raw: bytes) -> Owner | None:
    try:
        data = json.loads(raw)
        return Owner(str(data["host"]), int(data["pid"]), datetime.fromisoformat(data["since"]))
    except (ValueError, KeyError, TypeError):
        return None


class StationLock:
    """One daemon per station, or per site of a commune (``site_id``)."""

    def __init__(self, app: App, site_id: int | None = None) -> None:
        self.app = app
        self.site_id = site_id
        name = LOCK_NAME if site_id is None else f"playout-site{site_id}.lock"
        self.path = app.settings.home / name
        self.key = PG_LOCK_KEY if site_id is None else PG_LOCK_KEY + site_id
        self._file: IO[bytes] | None = None
        self._pg: Any = None  # the connection that holds the advisory lock
        self.owner = Owner(socket.gethostname(), os.getpid(), app.now())

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        """Own the station, or raise :class:`StationError` naming the running daemon."""
        if self.held:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+b")  # noqa: SIM115 - held for the daemon's life
        except OSError as exc:
            raise StationError(
                f"Không tạo được tệp khoá {self.path}: {exc.strerror}. Hãy kiểm tra quyền ghi "
                "thư mục đài."
            ) from exc
        if not _try_lock(fh):
            fh.seek(0)
            owner = _read_owner(fh.read())
            fh.close()
            raise refusal(self.app, owner)
        fh.seek(0)
        previous = _read_owner(fh.read())
        if previous is not None:
            log.warning("taking over the lock left by pid %s (no longer running)", previous.pid)
        fh.truncate(0)
        fh.write(
            json.dumps(
                {
                    "host": self.owner.host,
                    "pid": self.owner.pid,
                    "since": self.owner.since.isoformat(),
                }
            ).encode()
        )
        fh.flush()
        os.fsync(fh.fileno())
        self._file = fh
        try:
            self._acquire_pg()
        except StationError:
            self.release()
            raise

    # -- PostgreSQL ---------------------------------------------------------------------
    def _app_name(self) -> str:
        o = self.owner
        return f"{PG_APP_PREFIX} {o.pid} {o.since:%Y%m%dT%H%M%S} {o.host}"[:63]

    def _acquire_pg(self) -> None:
        engine = self.app.db.engine
        if engine.dialect.name != "postgresql":
            return
        conn = engine.connect()
        conn.execute(
            text("SELECT set_config('application_name', :n, false)"), {"n": self._app_name()}
        )
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar()
        conn.commit()
        if not got:
            owner = self._pg_owner(conn)
            conn.close()
            raise refusal(self.app, owner)
        self._pg = conn

    def _pg_owner(self, conn: Any) -> Owner | None:
        names = conn.execute(
            text(
                "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            )
        ).scalars()
        for name in names:
            parts = str(name).split(" ", 3)
            if len(parts) == 4 and parts[0] == PG_APP_PREFIX:
                try:
                    since = datetime.strptime(parts[2], "%Y%m%dT%H%M%S")
                    return Owner(parts[3], int(parts[1]), since.replace(tzinfo=UTC))
                except ValueError:
                    continue
        return None

    def keep(self) -> None:
        """Called with the heartbeat: after a database server restart, take the lock again."""
        if self.app.db.engine.dialect.name != "postgresql" or not self.held:
            return
        if self._pg is not None:
            try:
                self._pg.execute(text("SELECT 1"))
                self._pg.commit()
                return
            except Exception:
                log.warning("the advisory lock's connection was lost; taking the lock again")
                try:
                    self._pg.close()
                except Exception:
                    log.debug("closing a dead connection", exc_info=True)
                self._pg = None
        try:
            self._acquire_pg()
        except StationError as exc:
            log.error("%s", exc)

    def release(self) -> None:
        if self._pg is not None:
            try:
                self._pg.close()
            except Exception:
                log.debug("closing the lock connection", exc_info=True)
            self._pg = None
        if self._file is not None:
            self._file.truncate(0)  # a clean stop: no owner to name any more
            self._file.close()  # closing drops the flock; the file stays for the next owner
            self._file = None


def local_owner(app: App) -> Owner | None:
    """The daemon named in this home's lock file, if it runs on this machine now.

    Read without taking the lock (a starting daemon is never refused because of it); for
    ``status`` when the daemon cannot write its heartbeat (a full disk).
    """
    try:
        owner = _read_owner((app.settings.home / LOCK_NAME).read_bytes())
    except OSError:
        return None
    if owner is None or owner.host != socket.gethostname():
        return None
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return owner  # alive, under another user
    return owner
