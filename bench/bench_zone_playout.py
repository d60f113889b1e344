"""One site feeding three zones (``file:`` outputs) from one «broadcaster run --site»
process on a PostgreSQL started here. Prints (never asserts):

- start lateness on each zone's output while the two other zones air at the same moment
  (ROUNDS slots four seconds apart, each airing in all three zones at once): the log's
  actual start (when the first block went to the output) minus the scheduled start;
- the daemon's CPU use (one core = 100 %) with 0, 1, 2 and 3 zones airing a long tone,
  and so the CPU each extra zone costs.

Run: .venv/bin/python bench/bench_zone_playout.py [ROUNDS]   (default 20; about 6 minutes)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_playout import percentile, tone, zone  # noqa: E402
from pg_server import postgres_server  # noqa: E402
from site_proc import site_ready  # noqa: E402
from sqlalchemy import select  # noqa: E402

from broadcaster.catalogue.bookings import BookingRequest, book_segment  # noqa: E402
from broadcaster.catalogue.slots import SlotSpec, add_slot  # noqa: E402
from broadcaster.commune.registry import add_site, add_zone  # noqa: E402
from broadcaster.models import Airing  # noqa: E402
from broadcaster.settings import load_settings  # noqa: E402
from broadcaster.station import App, init_station, open_station  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
SPACING = 4.0
SITE = "Điểm bench"
ZONES = ("Vùng 1", "Vùng 2", "Vùng 3")
CPU_SECONDS = 30.0
LONG = 42.0  # the tone each zone airs while CPU is measured
FINAL = ("aired", "partial", "interrupted", "failed", "missed", "preempted")


def home_for(root: Path, db_url: str) -> Path:
    settings = load_settings(root, {"timezone": zone(), "db_url": db_url}, env={})
    init_station(settings)
    toml = root / "broadcaster.toml"
    text = toml.read_text(encoding="utf-8").replace("segment_gap = 2.0", "segment_gap = 1.0")
    toml.write_text(text, encoding="utf-8")
    return root


def recording(home: Path, db_url: str, path: Path, title: str) -> int:
    base = [sys.executable, "-m", "broadcaster", "--home", str(home), "--db", db_url]

    def run(*args: str) -> str:
        return subprocess.run([*base, *args], capture_output=True, text=True, check=True).stdout

    out = run("segment", "add", "--audio", str(path), "-c", "khac", "--title", title)
    sid = out.split("số ", 1)[1].split(":", 1)[0]
    run("segment", "approve", sid, "--by", "bench")
    run("render", sid)
    return int(sid)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def sleep_until(moment: datetime) -> None:
    while (left := (moment - datetime.now(moment.tzinfo)).total_seconds()) > 0:
        time.sleep(min(left, 1.0))


def final_rows(app: App) -> list[Airing]:
    with app.db.transaction() as session:
        rows = session.scalars(select(Airing).order_by(Airing.id))
        return [r for r in rows if r.outcome in FINAL]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, postgres_server() as base:
        db_url = base.format(db="postgres")
        root = Path(tmp)
        central = home_for(root / "central", db_url)
        app = open_station(load_settings(central, {"db_url": db_url}, env={}))
        add_site(app, SITE)
        zone_ids = {}
        for n, name in enumerate(ZONES, 1):
            zone_ids[add_zone(app, name, f"file:{root / f'zone{n}.wav'}", SITE).id] = name
        tone(root / "short.wav", 1.0, 880)
        tone(root / "long.wav", LONG, 440)
        short = recording(central, db_url, root / "short.wav", "Tin ngắn")
        long = recording(central, db_url, root / "long.wav", "Tin dài")
        site_home = home_for(root / "site", db_url)
        command = [sys.executable, "-m", "broadcaster", "--home", str(site_home), "--db", db_url]
        proc = subprocess.Popen(
            [*command, "run", "--site", SITE],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            site_ready(site_home, db_url, SITE, proc)
            tz = app.settings.tz
            today = datetime.now(tz).date()
            # Lateness: every slot airs in the three zones at once.
            first = datetime.now(tz).replace(microsecond=0) + timedelta(seconds=15)
            names = []
            for i in range(ROUNDS):
                start = first + timedelta(seconds=i * SPACING)
                end = start + timedelta(seconds=SPACING - 0.5)
                names.append(add_slot(app, SlotSpec(f"L{i:02d}", start.time(), end.time())).name)
            book_segment(app, BookingRequest(short, tuple(names), today, today))
            # CPU: 0, 1, 2, 3 zones airing the long tone at once, one after the other.
            phases = []
            at = first + timedelta(seconds=ROUNDS * SPACING + 10)
            for k in range(4):
                phases.append(at)
                if k:
                    spec = SlotSpec(f"C{k}", at.time(), (at + timedelta(seconds=LONG + 5)).time())
                    add_slot(app, spec, ZONES[:k])
                    book_segment(app, BookingRequest(long, (f"C{k}",), today, today))
                at += timedelta(seconds=LONG + 10)
            cpu: list[float] = []
            for at in phases:
                sleep_until(at + timedelta(seconds=5))
                used, t0 = cpu_seconds(proc.pid), time.monotonic()
                time.sleep(CPU_SECONDS)
                cpu.append(100 * (cpu_seconds(proc.pid) - used) / (time.monotonic() - t0))
            sleep_until(at)
            rows = final_rows(app)
        finally:
            proc.terminate()
            proc.wait(30)
        app.close()
    late: dict[str, list[float]] = {name: [] for name in ZONES}
    for row in rows:
        if row.segment_id == short and row.actual_start is not None and row.zone_id:
            ms = (row.actual_start - row.scheduled_start).total_seconds() * 1000
            late[zone_ids[row.zone_id]].append(ms)
    print(f"load average before/after: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    print(f"start lateness, {ROUNDS} slots airing in all three zones at once (ms):")
    for name, values in late.items():
        if not values:
            print(f"  {name}: no airing logged")
            continue
        print(
            f"  {name}: {len(values)} airings, median {statistics.median(values):.1f}, "
            f"p95 {percentile(values, 95):.1f}, max {max(values):.1f}"
        )
    print("daemon CPU (% of one core) with N zones airing:")
    for k, value in enumerate(cpu):
        extra = f", +{value - cpu[k - 1]:.2f} for zone {k}" if k else ""
        print(f"  {k} zone(s): {value:.2f} %{extra}")
    if len(cpu) == 4:
        print(f"  per extra zone (mean of 1→2, 2→3): {(cpu[3] - cpu[1]) / 2:.2f} %")


if __name__ == "__main__":
    main()
