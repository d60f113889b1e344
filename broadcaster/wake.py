"""Waking the daemon when a «play now» request or a khẩn cấp bulletin is written.

The one place for the mechanism. A writer calls :func:`announce` inside the transaction
that writes; running daemons hear it at once instead of polling the database:

- PostgreSQL: ``pg_notify`` on :data:`CHANNEL` in the same transaction (delivered on
  commit, never for a rollback); each daemon process LISTENs on its own connection.
- SQLite: after the commit, one datagram to each Unix socket in ``HOME/wake/`` (one per
  daemon process); no listener, or a dead one, is not an error.

A daemon runs each woken job in a :class:`Pulse`: at once when its topic is announced,
and at least every ``wake_fallback_seconds`` anyway, so a lost notification (a dropped
connection, a full socket buffer) costs at most that. The listener never stops or blocks
the daemon: it runs in its own thread and reconnects quietly when the database drops.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func
from sqlalchemy import select as sql_select
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "broadcaster_wake"
REQUESTS = "requests"  # a «play now» request (operator, live voice, khẩn cấp airing)
EMERGENCIES = "emergencies"  # a khẩn cấp bulletin armed (approved, imported, edited)
TOPICS = (REQUESTS, EMERGENCIES)
KEEPALIVE = 30.0  # seconds of silence after which the listener checks its connection
RETRY_MAX = 30.0  # the longest wait between two reconnection attempts
_PENDING = "broadcaster_wake_topics"
_SUN_PATH_MAX = 100  # a Unix socket path longer than this goes through /proc/self/fd


def socket_dir(home: Path) -> Path:
    return home / "wake"


# -- the writer's side -------------------------------------------------------------------
def announce(session: Session, home: Path, topic: str) -> None:
    """Wake the running daemons about ``topic`` once this session's transaction commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sql_select(func.pg_notify(CHANNEL, topic)))
        return
    pending: set[str] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = set()

        def after_commit(done: Session) -> None:
            topics = done.info.pop(_PENDING, set())
            for name in sorted(topics):
                poke(home, name)

        event.listen(session, "after_commit", after_commit, once=True)
    pending.add(topic)


def poke(home: Path, topic: str) -> int:
    """Send ``topic`` to every daemon socket of the station; how many took it."""
    folder = socket_dir(home)
    try:
        names = [p.name for p in folder.iterdir() if p.name.endswith(".sock")]
    except OSError:
        return 0
    sent = 0
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.setblocking(False)
        for name in names:
            try:
                with _short_path(folder, name) as path:
                    sock.sendto(topic.encode(), path)
                sent += 1
            except OSError:  # no one there (left by a crash), or its buffer is full
                continue
    return sent


@contextlib.contextmanager
def _short_path(folder: Path, name: str) -> Iterator[str]:
    """A path for ``folder/name`` short enough for a Unix socket address."""
    full = str(folder / name)
    if len(full.encode()) <= _SUN_PATH_MAX:
        yield full
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        yield f"/proc/self/fd/{fd}/{name}"
    finally:
        os.close(fd)


# -- the daemon's side -------------------------------------------------------------------
class Pulse:
    """Runs ``job`` in its own thread: at once when woken, and at least every ``every``
    seconds. A job may return the next moment it wants to run (a khẩn cấp repeat); a wake
    that comes while it runs makes it run once more."""

    def __init__(
        self,
        name: str,
        job: Callable[[], datetime | None],
        every: float,
        now: Callable[[], datetime],
    ) -> None:
        self.name = name
        self.job = job
        self.every = every
        self.now = now
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.runs = 0
        self.thread = threading.Thread(target=self._loop, name=f"pulse-{name}", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, wait: float = 0.0) -> None:
        """No more runs; a run under way finishes (waited for up to ``wait`` seconds)."""
        self._stop.set()
        self._wake.set()
        if wait and self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(wait)

    def _loop(self) -> None:
        wait = 0.0
        while not self._stop.is_set():
            if wait > 0:
                self._wake.wait(wait)
            if self._stop.is_set():
                return
            self._wake.clear()
            wanted: datetime | None = None
            try:
                wanted = self.job()
            except Exception:  # one failed run never stops the pulse (as a scheduler job)
                log.exception("%s failed; tried again at the next wake", self.name)
            self.runs += 1
            wait = self.every
            if wanted is not None:
                wait = min(wait, max(0.01, (wanted - self.now()).total_seconds()))


class Listener:
    """One per daemon process: hears the announcements and wakes the pulses subscribed."""

    def __init__(self, home: Path, engine: Engine) -> None:
        self.home = home
        self.engine = engine
        self._subscribers: dict[str, list[Callable[[], None]]] = {t: [] for t in TOPICS}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._path: Path | None = None  # our socket (SQLite)
        self._raw: Any = None  # the PostgreSQL connection that LISTENs
        self._stop_pipe: tuple[int, int] | None = None  # wakes the PostgreSQL select at stop
        self.connected = threading.Event()  # listening now (for tests and the log)

    @property
    def postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def subscribe(self, topic: str, callback: Callable[[], None]) -> None:
        with self._lock:
            self._subscribers[topic].append(callback)

    def unsubscribe(self, callback: Callable[[], None]) -> None:
        with self._lock:
            for callbacks in self._subscribers.values():
                if callback in callbacks:
                    callbacks.remove(callback)

    def start(self) -> None:
        if self._thread is not None:
            return
        target = self._listen_pg if self.postgresql else self._listen_socket
        self._thread = threading.Thread(target=target, name="wake-listener", daemon=True)
        self._thread.start()

    def stop(self, wait: float = 2.0) -> None:
        self._stop.set()
        pipe = self._stop_pipe
        if pipe is not None:
            with contextlib.suppress(OSError):
                os.write(pipe[1], b"x")
        path = self._path
        if path is not None:  # our own recv returns at once
            with (
                contextlib.suppress(OSError),
                socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock,
                _short_path(path.parent, path.name) as address,
            ):
                sock.sendto(b"", address)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(wait)

    def _dispatch(self, topics: set[str]) -> None:
        with self._lock:
            callbacks = [c for t in topics for c in self._subscribers.get(t, [])]
        for callback in callbacks:
            callback()

    def _wait(self, seconds: float) -> None:
        self._stop.wait(seconds)

    # PostgreSQL: LISTEN on a connection of our own ----------------------------------
    def _listen_pg(self) -> None:
        self._stop_pipe = os.pipe()
        try:
            self._listen_pg_until_stopped(self._stop_pipe[0])
        finally:
            pipe, self._stop_pipe = self._stop_pipe, None
            for fd in pipe:
                os.close(fd)

    def _listen_pg_until_stopped(self, stop_fd: int) -> None:
        retry = 1.0
        lost = False
        while not self._stop.is_set():
            try:
                self._raw = self._connect_pg()
                if lost:
                    log.warning("wake: listening on the database again")
                lost = False
                self.connected.set()
                retry = 1.0
                # Whatever was announced while we were away: look now.
                self._dispatch(set(TOPICS))
                self._serve_pg(self._raw, stop_fd)
            except Exception as exc:  # the database dropped: quietly try again later
                if self._stop.is_set():
                    return
                if not lost:
                    log.warning("wake: not listening (%s); polling until the database is back", exc)
                lost = True
                self.connected.clear()
            finally:
                self._close_pg()
            self._wait(retry)
            retry = min(RETRY_MAX, retry * 2)

    def _connect_pg(self) -> Any:
        proxied = self.engine.raw_connection()
        proxied.detach()  # ours alone: never handed back to the pool
        raw: Any = proxied.dbapi_connection
        if raw is None or not hasattr(raw, "poll"):
            proxied.close()
            raise RuntimeError("the PostgreSQL driver cannot LISTEN here (psycopg2 needed)")
        raw.autocommit = True
        with raw.cursor() as cur:
            cur.execute(f"LISTEN {CHANNEL}")
        return raw

    def _serve_pg(self, raw: Any, stop_fd: int) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([raw, stop_fd], [], [], KEEPALIVE)
            if self._stop.is_set():
                return
            if not ready:
                with raw.cursor() as cur:  # silence: is the server still there?
                    cur.execute("SELECT 1")
                continue
            raw.poll()  # raises when the server has gone
            topics = {n.payload for n in raw.notifies}
            raw.notifies.clear()
            if topics:
                self._dispatch(topics)

    def _close_pg(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None:
            with contextlib.suppress(Exception):
                raw.close()

    # SQLite: a datagram socket in the station home ----------------------------------
    def _listen_socket(self) -> None:
        retry = 1.0
        while not self._stop.is_set():
            try:
                self._serve_socket()
                return
            except Exception as exc:  # never the daemon's end: the poll goes on
                log.warning("wake: socket not usable (%s); polling meanwhile", exc)
                self.connected.clear()
            self._wait(retry)
            retry = min(RETRY_MAX, retry * 2)

    def _serve_socket(self) -> None:
        folder = socket_dir(self.home)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{os.getpid()}.sock"
        path = folder / name
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # left by a crashed process with the same pid
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        inode = -1
        try:
            with _short_path(folder, name) as address:
                sock.bind(address)
            sock.settimeout(KEEPALIVE)
            inode = path.stat().st_ino
            self._path = path
            self.connected.set()
            self._dispatch(set(TOPICS))  # what was announced before we were there
            while not self._stop.is_set():
                try:
                    data = sock.recv(256)
                except TimeoutError:
                    # Someone removed our socket file: bind a new one.
                    if not path.exists() or path.stat().st_ino != inode:
                        raise OSError(f"{path} was removed") from None
                    continue
                topics = {data.decode(errors="replace")} & set(TOPICS)
                if topics:
                    self._dispatch(topics)
        finally:
            self._path = None
            sock.close()
            with contextlib.suppress(OSError):
                if path.stat().st_ino == inode:
                    path.unlink()
