"""«Nghe đài»: a listener who connects hears the stream (silence, then the programme);
with no one listening the sink makes nothing and keeps nothing."""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np

from broadcaster.playout.outputs.listen import ListenSink, read_listen_port

RATE = 8000
GUARD = 60.0  # against a hang only


def receive(client: socket.socket, wanted: int) -> bytes:
    data = b""
    while len(data) < wanted:
        chunk = client.recv(65536)
        assert chunk, "the sink closed the stream"
        data += chunk
    return data


def test_a_listener_hears_silence_then_the_programme_pushed_after_it_came(
    tmp_path: Path,
) -> None:
    sink = ListenSink(tmp_path, RATE)
    sink.start()
    try:
        sink.push(np.full(RATE, 0.5, dtype=np.float32))  # no one listens: dropped
        port = read_listen_port(tmp_path)
        assert port == sink.port
        with socket.create_connection(("127.0.0.1", port), timeout=GUARD) as client:
            first = np.frombuffer(receive(client, 2 * 160), dtype="<i2")
            assert not first.any()  # silence: what was pushed before nobody heard is gone
            sink.push(np.full(RATE // 10, 0.5, dtype=np.float32))
            heard = b""
            while not np.frombuffer(heard[: len(heard) // 2 * 2], dtype="<i2").any():
                heard += receive(client, 2)
            loud = np.frombuffer(heard[: len(heard) // 2 * 2], dtype="<i2")
            assert loud.max() == int(0.5 * 32767)
    finally:
        sink.close()
    assert all(not t.is_alive() for t in sink._threads)
