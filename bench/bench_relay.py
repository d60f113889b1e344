"""Relay and Icecast output figures on this machine, printed (not asserted).

A real icecast2 on a free loopback port; ffmpeg loops a 440 Hz tone into a mount (the
radio station). A real «broadcaster run» process relays it in RELAYS slots of RELAY_S
seconds each, to a ``file:`` output (the sound card, recorded exactly) and to an Icecast
mount that an ffmpeg listener reads in real time (an IP loudspeaker). Prints:
- relay start lateness: first audible relayed sample vs the slot's scheduled second
  (log start plus the onset found in the recorded output)
- Icecast end-to-end delay: when the listener received the relay's onset vs when the
  sound card output played it
- CPU of the daemon (with its ffmpeg children) while relaying and streaming, in % of one core

Run: .venv/bin/python bench/bench_relay.py   (about two minutes)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from icecast_server import IcecastServer, read_wav  # noqa: E402
from sqlalchemy import select  # noqa: E402

from broadcaster.catalogue.bookings import BookingRequest, book_segment  # noqa: E402
from broadcaster.catalogue.slots import SlotSpec, add_slot  # noqa: E402
from broadcaster.models import Airing  # noqa: E402
from broadcaster.settings import load_settings  # noqa: E402
from broadcaster.station import init_station, open_station  # noqa: E402

RELAYS = 4
RELAY_S = 12
SPACING = 22
RATE = 24000
LISTEN_RATE = 8000
TICK = os.sysconf("SC_CLK_TCK")


def zone() -> str:
    shift = (12 - datetime.now(UTC).hour) % 24
    shift = shift - 24 if shift > 12 else shift
    return "Etc/GMT" + (f"-{shift}" if shift > 0 else f"+{-shift}" if shift < 0 else "")


def cli(home: Path, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "broadcaster", "--home", str(home), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def cpu_seconds(pid: int) -> float:
    """CPU time of ``pid``, its reaped children and its live descendants."""
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                text = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            stats[int(entry)] = text.rsplit(")", 1)[1].split()
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, fields in stats.items():
            if int(fields[1]) == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = 0
    for p in tree:
        if p in stats:
            f = stats[p]
            total += int(f[11]) + int(f[12]) + (int(f[13]) + int(f[14]) if p == pid else 0)
    return total / TICK


class LiveListener:
    """Reads a mount through ffmpeg in real time, noting when each 20 ms arrived."""

    def __init__(self, url: str) -> None:
        self.proc = subprocess.Popen(
            [
                *("ffmpeg", "-nostdin", "-v", "error", "-i", url, "-ac", "1"),
                *("-ar", str(LISTEN_RATE), "-flush_packets", "1", "-f", "s16le", "-"),
            ],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        self.chunks: list[tuple[float, float]] = []  # (arrival wall time, rms)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        size = LISTEN_RATE // 50 * 2
        while True:
            data = self.proc.stdout.read(size)
            if not data:
                return
            x = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768
            self.chunks.append((time.time(), float(np.sqrt(np.mean(x**2)))))

    def onset_after(self, after: float) -> float | None:
        quiet = False
        for at, rms in self.chunks:
            if at < after:
                continue
            if rms < 0.01:
                quiet = True
            elif quiet and rms > 0.05:
                return at
        return None

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def main() -> None:
    server = IcecastServer()
    server.start()
    source = server.play("dai-tinh", 440)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "station"
        air = Path(tmp) / "air.wav"
        init_station(load_settings(home, {"timezone": zone()}, env={}))
        toml = home / "broadcaster.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace(
                "segment_gap = 2.0",
                f'segment_gap = 1.0\noutput = ["file:{air}", "{server.source_url("xa")}"]',
            ),
            encoding="utf-8",
        )
        out = cli(
            home, "segment", "add", "--relay", server.url("dai-tinh"), "--duration",
            f"0:{RELAY_S}", "-c", "tiep-song",
        )  # fmt: skip
        sid = int(out.split("số ", 1)[1].split(":", 1)[0])
        cli(home, "segment", "approve", str(sid), "--by", "bench")
        app = open_station(load_settings(home, env={}))
        tz = app.settings.tz
        first = datetime.now(tz).replace(microsecond=0) + timedelta(seconds=16)
        names = []
        for i in range(RELAYS):
            start = first + timedelta(seconds=i * SPACING)
            end = start + timedelta(seconds=RELAY_S + 4)
            names.append(add_slot(app, SlotSpec(f"R{i}", start.time(), end.time())).name)
        book_segment(app, BookingRequest(sid, tuple(names), first.date(), first.date()))
        daemon = subprocess.Popen(
            [sys.executable, "-m", "broadcaster", "--home", str(home), "run"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        server.wait_mount("xa")
        listener = LiveListener(server.url("xa"))
        cpu: list[tuple[float, float]] = []
        deadline = time.time() + 16 + RELAYS * SPACING + 30
        rows: list[Airing] = []
        try:
            while time.time() < deadline:
                cpu.append((time.time(), cpu_seconds(daemon.pid)))
                with app.db.transaction() as session:
                    rows = list(session.scalars(select(Airing).order_by(Airing.scheduled_start)))
                if len(rows) == RELAYS and all(r.outcome != "open" for r in rows):
                    break
                time.sleep(0.5)
        finally:
            daemon.terminate()
            daemon.wait(30)
            listener.stop()
            source.kill()
            server.close()
            app.close()
        samples = read_wav(air)
        late, delay, busy = [], [], []
        for k, row in enumerate(rows):
            assert row.actual_start is not None and row.actual_end is not None
            offset = k * (RELAY_S * RATE)
            loud = np.nonzero(np.abs(samples[offset : offset + RELAY_S * RATE]) > 0.05)[0]
            onset = row.actual_start + timedelta(seconds=(loud[0] / RATE) if len(loud) else 0)
            late.append((onset - row.scheduled_start).total_seconds() * 1000)
            heard = listener.onset_after(onset.timestamp() - 1.0)
            if heard is not None:
                delay.append((heard - onset.timestamp()) * 1000)
            a, b = row.actual_start.timestamp() + 1, row.actual_end.timestamp() - 1
            window = [c for c in cpu if a <= c[0] <= b]
            if len(window) >= 2:
                busy.append((window[-1][1] - window[0][1]) / (window[-1][0] - window[0][0]))
        print(f"relays: {len(rows)} × {RELAY_S} s, outcomes {[r.outcome for r in rows]}")
        print(
            "relay start lateness (first audible relayed sample − scheduled): "
            f"median {statistics.median(late):.0f} ms, max {max(late):.0f} ms"
        )
        if delay:
            print(
                "Icecast end-to-end delay (listener received − sound card played): "
                f"median {statistics.median(delay):.0f} ms, max {max(delay):.0f} ms"
            )
        if busy:
            print(
                "daemon CPU while relaying + streaming (with its ffmpeg children): "
                f"mean {100 * statistics.mean(busy):.1f} % of one core, "
                f"max {100 * max(busy):.1f} %"
            )


if __name__ == "__main__":
    main()
