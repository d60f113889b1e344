"""«Nghe đài»: what goes out, offered on 127.0.0.1 for the console to stream to browsers.

:class:`ListenSink` is fed like an Icecast sink (each programme block the pacing output
takes, never blocking it) and keeps time on its own: between programmes it sends silence,
so a listener's stream never stalls. Every connected client receives 16-bit mono PCM at
the station's rate from the moment it connects. The port is written to
``live/listen.json`` for the console (which encodes it to MP3 for the browser).
"""

from __future__ import annotations

import collections
import json
import logging
import os
import socket
import threading
import time
from datetime import datetime
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
LISTEN_FORMAT = "broadcaster-listen/1"
TICK = 0.02
MAX_QUEUE_SECONDS = 5.0
IDLE_AFTER = 0.15  # no programme block for this long: the stream carries silence
SEND_TIMEOUT = 0.2  # a client that cannot take a block this fast is dropped
NOBODY_WAIT = 1.0  # with no client the feed sleeps until one connects (or this long)


def listen_file(home: Path) -> Path:
    return home / "live" / "listen.json"


def read_listen_port(home: Path) -> int | None:
    """The daemon's listen port, or None when no daemon offers one."""
    try:
        data = json.loads(listen_file(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != LISTEN_FORMAT:
        return None
    port = data.get("port")
    return port if isinstance(port, int) else None


class ListenSink:
    logged = False  # not a broadcast output: the log's outputs column leaves it out
    name = "nghe-dai"

    def __init__(self, home: Path, sample_rate: int) -> None:
        self.home = home
        self.sample_rate = sample_rate
        self._queue: collections.deque[np.ndarray] = collections.deque()
        self._queued = 0
        self._last_push = 0.0
        self._lock = threading.Lock()
        self._clients: list[socket.socket] = []
        self._running = threading.Event()
        self._client_came = threading.Event()
        self._server: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self.port = 0

    def describe(self) -> str:
        return f"nghe đài qua bảng điều khiển (cổng {self.port})"

    def push(self, block: np.ndarray) -> None:
        with self._lock:
            if self._queued > MAX_QUEUE_SECONDS * self.sample_rate:
                return
            self._queue.append(np.asarray(block, dtype=np.float32))
            self._queued += len(block)
            self._last_push = time.monotonic()

    def down_seconds(self, _start: datetime, _end: datetime) -> float:
        return 0.0

    def start(self) -> None:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        server.settimeout(0.5)
        self._server = server
        self.port = server.getsockname()[1]
        target = listen_file(self.home)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".json.part")
            data = {"format": LISTEN_FORMAT, "port": self.port, "pid": os.getpid()}
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(target)
        except OSError as exc:
            log.warning("listen: cannot write %s: %s", target, exc)
        self._running.set()
        for run, name in ((self._accept, "listen-accept"), (self._feed, "listen-feed")):
            thread = threading.Thread(target=run, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def _accept(self) -> None:
        assert self._server is not None
        while self._running.is_set():
            try:
                client, _addr = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(SEND_TIMEOUT)
            with self._lock:
                self._clients.append(client)
            self._client_came.set()

    def _feed(self) -> None:
        """Programme blocks go out as the pacing output takes them; silence fills the rest.

        ``covered`` is the moment the stream sent so far reaches: silence is added only
        when no programme came for a moment, so a programme is never cut by filler. With
        no one listening nothing is made at all (an idle daemon stays idle).
        """
        covered = time.monotonic()
        while self._running.is_set():
            now = time.monotonic()
            with self._lock:
                blocks, self._queue = list(self._queue), collections.deque()
                self._queued = 0
                quiet = now - self._last_push > IDLE_AFTER
                nobody = not self._clients
            if nobody:
                self._client_came.wait(NOBODY_WAIT)
                self._client_came.clear()
                with self._lock:  # a listener hears from the moment it comes
                    self._queue.clear()
                    self._queued = 0
                covered = time.monotonic()
                continue
            if blocks:
                samples = np.concatenate(blocks)
                covered = max(covered, now - IDLE_AFTER) + len(samples) / self.sample_rate
            elif quiet and covered < now:
                samples = np.zeros(int((now - covered) * self.sample_rate), dtype=np.float32)
                covered += len(samples) / self.sample_rate
            else:
                samples = np.zeros(0, dtype=np.float32)
            if len(samples):
                self._send((np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes())
            time.sleep(TICK)

    def _send(self, pcm: bytes) -> None:
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            try:
                client.sendall(pcm)
            except OSError:
                self._drop(client)

    def _drop(self, client: socket.socket) -> None:
        with self._lock:
            if client in self._clients:
                self._clients.remove(client)
        client.close()

    def close(self) -> None:
        self._running.clear()
        self._client_came.set()
        if self._server is not None:
            self._server.close()
        for thread in self._threads:
            thread.join(timeout=2)
        with self._lock:
            clients, self._clients = self._clients, []
        for client in clients:
            client.close()
        if read_listen_port(self.home) == self.port:
            listen_file(self.home).unlink(missing_ok=True)
