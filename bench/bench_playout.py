"""Playout timing on the real audio path, printed (not asserted).

Schedules 50 one-second airings three seconds apart plus one programme of five
segments, plays them through PulseAudio's null sink «station», records the sink's
monitor and prints:
- start lateness (audible start in the recording minus scheduled start): median, p95, max
- the gap between consecutive segments of a programme beyond the planned pause
- the idle daemon's CPU use and resident memory (a real «broadcaster run» process)

With ``--console``, a real ``broadcaster web`` process on the same station serves 20
requests a second (dashboard, live box, day plan, segment list) while the airings play.

Run: .venv/bin/python bench/bench_playout.py [--console]   (about four minutes)
     .venv/bin/python bench/bench_playout.py --idle [--pg] [SECONDS]   (idle daemon only;
     --pg: on a PostgreSQL started here; SECONDS measured, default 60)
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pulse_monitor import MonitorRecorder, ensure_null_sink, lateness_ms, pulse_env  # noqa: E402
from sqlalchemy import select  # noqa: E402

from broadcaster.catalogue.bookings import BookingRequest, book_segment  # noqa: E402
from broadcaster.catalogue.slots import SlotSpec, add_slot  # noqa: E402
from broadcaster.models import Airing  # noqa: E402
from broadcaster.playout.control import start_daemon  # noqa: E402
from broadcaster.settings import load_settings  # noqa: E402
from broadcaster.station import init_station, open_station  # noqa: E402

AIRINGS = 50
SPACING = 3.0
GAP = 1.0


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


def tone(path: Path, seconds: float, freq: int) -> None:
    subprocess.run(
        [
            "sox",
            "-n",
            "-r",
            "24000",
            "-c",
            "1",
            str(path),
            "synth",
            str(seconds),
            "sine",
            str(freq),
        ],
        check=True,
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class ConsoleLoad:
    """A ``broadcaster web`` process and a client asking it 20 pages a second."""

    PAGES = ("/", "/truc-tiep", "/lich-phat/ngay", "/tin-bai")

    def __init__(self, home: Path, rate: float = 20.0) -> None:
        import httpx

        from broadcaster.users import add_user

        app = open_station(load_settings(home, env={}))
        add_user(app, "bench", "bien-tap", "mat-khau-123")
        app.close()
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        env = {**os.environ, "BROADCASTER_WEB_PORT": str(port)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "broadcaster", "--home", str(home), "web"],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        for _ in range(300):
            try:
                page = self.client.get("/dang-nhap")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token
        self.client.post(
            "/dang-nhap",
            data={"csrf": token.group(1), "name": "bench", "password": "mat-khau-123"},
        )
        self.rate = rate
        self.served = 0
        self.started = time.monotonic()
        self.stop_flag = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        step = 1.0 / self.rate
        due = time.monotonic()
        while not self.stop_flag.is_set():
            self.client.get(self.PAGES[self.served % len(self.PAGES)])
            self.served += 1
            due += step
            time.sleep(max(0.0, due - time.monotonic()))

    def stop(self) -> str:
        self.stop_flag.set()
        self.thread.join(10)
        seconds = time.monotonic() - self.started
        self.proc.terminate()
        self.proc.wait(20)
        return f"console: {self.served} pages in {seconds:.0f} s ({self.served / seconds:.1f}/s)"


def main() -> None:
    ensure_null_sink()
    pulse_env()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "station"
        settings = load_settings(home, {"timezone": zone()}, env={})
        init_station(settings)
        toml = home / "broadcaster.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace(
                "segment_gap = 2.0", f'segment_gap = {GAP}\noutput_device = "pulse"'
            ),
            encoding="utf-8",
        )
        ids = []
        for n, (length, freq) in enumerate(
            [(1.0, 880), (1.2, 660), (0.8, 550), (1.1, 770), (0.9, 990), (1.0, 440)]
        ):
            tone(Path(tmp) / f"t{n}.wav", length, freq)
            out = cli(home, "segment", "add", "--audio", str(Path(tmp) / f"t{n}.wav"), "-c", "khac")
            sid = out.split("số ", 1)[1].split(":", 1)[0]
            cli(home, "segment", "approve", sid, "--by", "bench")
            ids.append(sid)
        cli(home, "render", "--all")
        app = open_station(load_settings(home, env={}))
        tz = app.settings.tz
        first = datetime.now(tz).replace(microsecond=0) + timedelta(seconds=12)
        slots = []
        for i in range(AIRINGS):
            start = first + timedelta(seconds=i * SPACING)
            slots.append(
                add_slot(
                    app,
                    SlotSpec(f"B{i:02d}", start.time(), (start + timedelta(seconds=2.5)).time()),
                ).name
            )
        chain = first + timedelta(seconds=AIRINGS * SPACING + 2)
        add_slot(app, SlotSpec("Chuỗi", chain.time(), (chain + timedelta(seconds=30)).time()))
        today = first.date()
        book_segment(app, BookingRequest(int(ids[0]), tuple(slots), today, today))
        for sid in ids[1:]:
            book_segment(app, BookingRequest(int(sid), ("Chuỗi",), today, today))
        load = ConsoleLoad(home) if "--console" in sys.argv else None
        recorder = MonitorRecorder()
        daemon = start_daemon(app, None)
        daemon.start()
        deadline = time.monotonic() + AIRINGS * SPACING + 90
        try:
            while time.monotonic() < deadline:
                with app.db.transaction() as session:
                    rows = list(session.scalars(select(Airing).order_by(Airing.actual_start)))
                if len(rows) == AIRINGS + 5 and all(r.outcome != "open" for r in rows):
                    break
                time.sleep(1)
        finally:
            daemon.stop()
            recording = recorder.stop()
            if load is not None:
                print(load.stop())
        onsets = recording.onsets(min_silence=0.5)
        if len(onsets) != len(rows):
            print(f"warning: {len(onsets)} onsets for {len(rows)} airings")
        late = [
            lateness_ms(recording, f, r.scheduled_start)
            for f, r in zip(onsets[:AIRINGS], rows[:AIRINGS], strict=False)
        ]
        print(f"airings: {len(rows)} logged, outcomes {sorted({r.outcome for r in rows})}")
        size = [abs(x) for x in late]
        print(
            f"start lateness over {len(late)} airings (negative: early): median "
            f"{statistics.median(late):.1f} ms; |lateness| p95 {percentile(size, 95):.1f} ms, "
            f"max {max(size):.1f} ms"
        )
        chain_rows = rows[AIRINGS:]
        loud = abs(recording.samples) > 0.02
        gaps = []
        chain_onsets = onsets[AIRINGS:]
        for k in range(len(chain_onsets) - 1):
            segment_end = chain_onsets[k] + int(chain_rows[k].duration * 48000)
            ends = loud[chain_onsets[k] : chain_onsets[k + 1]].nonzero()[0]
            heard_end = chain_onsets[k] + int(ends[-1]) if ends.size else segment_end
            gaps.append((chain_onsets[k + 1] - heard_end) / 48 - GAP * 1000)
        if gaps:
            print(
                f"gap beyond the planned {GAP:.0f} s pause: "
                f"median {statistics.median(gaps):.1f} ms, max {max(gaps):.1f} ms"
            )
        app.close()

        print(idle_daemon(home, 30))


def idle_daemon(home: Path, seconds: float, db_url: str = "") -> str:
    """A real «broadcaster run» with nothing to air: its CPU use and resident memory."""
    db = ["--db", db_url] if db_url else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "broadcaster", "--home", str(home), *db, "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    try:
        time.sleep(10)
        tick = os.sysconf("SC_CLK_TCK")

        def cpu() -> float:
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / tick

        before, t0 = cpu(), time.monotonic()
        time.sleep(seconds)
        used, wall = cpu() - before, time.monotonic() - t0
        rss = next(
            int(line.split()[1])
            for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
            if line.startswith("VmRSS")
        )
    finally:
        proc.terminate()
        proc.wait(20)
    return f"idle daemon: CPU {100 * used / wall:.2f} % over {wall:.0f} s, RSS {rss / 1024:.0f} MB"


def idle_only(seconds: float, pg: bool) -> None:
    """Only the idle daemon's figure, on a fresh station (SQLite, or a PostgreSQL)."""
    from contextlib import ExitStack

    ensure_null_sink()
    pulse_env()
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        db_url = ""
        if pg:
            from pg_server import postgres_server

            db_url = stack.enter_context(postgres_server()).format(db="postgres")
        home = Path(tmp) / "station"
        settings = load_settings(home, {"timezone": zone(), "db_url": db_url}, env={})
        init_station(settings)
        toml = home / "broadcaster.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace(
                "segment_gap = 2.0", 'segment_gap = 2.0\noutput_device = "pulse"'
            ),
            encoding="utf-8",
        )
        print(("PostgreSQL " if pg else "SQLite ") + idle_daemon(home, seconds, db_url))


if __name__ == "__main__":
    if "--idle" in sys.argv:
        numbers = [float(a) for a in sys.argv[1:] if a[0].isdigit()]
        idle_only(numbers[0] if numbers else 60.0, "--pg" in sys.argv)
    else:
        main()
