"""A TCP server that accepts connections and never says a word (a hung database server).

The kernel completes the TCP handshake from the listen backlog, so a client's ``connect``
succeeds and then waits for the server's first bytes forever: only a client-side timeout
ends the wait. Accepted sockets are held open (not closed) until the block ends.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def silent_server() -> Iterator[int]:
    """Listen on 127.0.0.1; yield the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not done.is_set():
            try:
                conn, _addr = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(conn)  # read nothing, answer nothing

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        done.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


def silent_url(port: int) -> str:
    return f"postgresql+psycopg2://broadcaster@127.0.0.1:{port}/station"
