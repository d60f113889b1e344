"""A merged commune on one PostgreSQL: 6 sites, 12 zones, 60 clusters, a year of log.

Prints (never asserts) what the issue's performance goals ask for:
- each site's programme preparation (the store-and-forward copy for offline_days);
- the console's sites page and dashboard data, p95 over repeated calls;
- the monthly report's numbers on a year of ~3 M airing rows with zone and site;
- a site's catch-up: journal replay of 72 h of log rows, rows per second.

Run: .venv/bin/python bench/bench_zones.py [AIRINGS]   (default 3,000,000)

Loading the year takes minutes; to measure again on the same data, point
``BENCH_ZONES_DB`` at a PostgreSQL database of your own (filled on the first run, reused
after): ``BENCH_ZONES_DB=postgresql+psycopg2://postgres@127.0.0.1:55432/bench``.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pg_server import postgres_server  # noqa: E402
from sqlalchemy import create_engine, insert, text  # noqa: E402

from broadcaster.clock import FakeClock  # noqa: E402
from broadcaster.commune.registry import site_scopes  # noqa: E402
from broadcaster.models import (  # noqa: E402
    Airing,
    Booking,
    BookingZone,
    Cluster,
    Segment,
    Site,
    Slot,
    SlotZone,
    Zone,
)
from broadcaster.playout import offline  # noqa: E402
from broadcaster.playout.airlog import AiringRef  # noqa: E402
from broadcaster.playout.journal import AirLog, Journal  # noqa: E402
from broadcaster.playout.logops import CheckpointOp, CloseOp, OpenOp, ref_data  # noqa: E402
from broadcaster.playout.overview import overview  # noqa: E402
from broadcaster.playout.site_health import sites_overview  # noqa: E402
from broadcaster.report.numbers import count_rows, monthly_report  # noqa: E402
from broadcaster.settings import load_settings  # noqa: E402
from broadcaster.station import App, init_station, open_station  # noqa: E402

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
SITES, ZONES, CLUSTERS, SLOTS, SEGMENTS, DAYS = 6, 12, 60, 8, 3000, 365
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
FIRST_DAY = NOW - timedelta(days=DAYS)
REPLAY_ROWS = 3000  # 72 h of a busy site's two zones, several times over


def fill(app: App) -> None:
    now = app.now()
    rng = random.Random(18)
    rows: dict[type, list[dict[str, object]]] = {
        Site: [
            {"id": i + 1, "name": f"Điểm {i + 1}", "token_hash": "0" * 64, "created_at": now}
            for i in range(SITES)
        ],
        Zone: [
            {
                "id": z + 1,
                "name": f"Vùng {z + 1}",
                "site_id": z % SITES + 1,
                "output": f"file:/tmp/z{z + 1}.wav",
                "monitor": "none",
                "created_at": now,
            }
            for z in range(ZONES)
        ],
        Cluster: [
            {
                "id": c + 1,
                "name": f"Cụm {c + 1}",
                "zone_id": c % ZONES + 1,
                "mount": "",
                "note": "",
                "created_at": now,
            }
            for c in range(CLUSTERS)
        ],
        Slot: [
            {
                "id": s + 1,
                "name": f"Buổi {s + 1}",
                "start_time": clock_time(5 + 2 * s, 0),
                "end_time": clock_time(5 + 2 * s, 45),
                "weekdays": "1111111",
                "created_at": now,
            }
            for s in range(SLOTS)
        ],
        Segment: [
            {
                "id": i + 1,
                "title": f"Tin bài số {i + 1}",
                "category": "thong-bao",
                "level": "thong-thuong",
                "kind": "recording",
                "script_text": "",
                "source_name": "",
                "source_hash": "",
                "recording_path": "",
                "status": "approved",
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "audio_stale": False,
                "audio_duration": 60.0,
                "audio_hash": f"{i + 1:064x}",
            }
            for i in range(SEGMENTS)
        ],
    }
    # Half the slots run in chosen zones; 400 bookings active now, a third zone-targeted.
    rows[SlotZone] = [
        {"slot_id": s + 1, "zone_id": z + 1}
        for s in range(0, SLOTS, 2)
        for z in range(ZONES)
        if (s + z) % 3
    ]
    today = (now + timedelta(hours=7)).date()
    rows[Booking] = [
        {
            "id": b + 1,
            "segment_id": rng.randrange(1, SEGMENTS + 1),
            "slot_id": b % SLOTS + 1,
            "date_from": today - timedelta(days=3),
            "date_to": today + timedelta(days=10),
            "per_day": 1,
            "weekdays": "1111111",
            "created_at": now,
        }
        for b in range(400)
    ]
    rows[BookingZone] = [{"booking_id": b + 1, "zone_id": b % ZONES + 1} for b in range(0, 400, 3)]
    with app.db.engine.begin() as conn:
        for model in (Site, Zone, Cluster, Slot, Segment, SlotZone, Booking, BookingZone):
            conn.execute(insert(model), rows[model])
        for table in ("site", "zone", "cluster", "slot", "segment", "booking"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100000)"))
    per_day = TOTAL // DAYS + 1
    batch: list[dict[str, object]] = []
    made = 0
    for day in range(DAYS):
        base = FIRST_DAY + timedelta(days=day)
        for k in range(per_day):
            if made >= TOTAL:
                break
            zone = k % ZONES + 1
            start = base + timedelta(hours=(k // ZONES) % SLOTS * 2, seconds=k % 2400)
            went = rng.random() > 0.01
            batch.append(
                {
                    "segment_id": rng.randrange(1, SEGMENTS + 1),
                    "slot_id": (k // ZONES) % SLOTS + 1,
                    "scheduled_start": start,
                    "actual_start": start if went else None,
                    "actual_end": start + timedelta(seconds=60) if went else None,
                    "duration": 60.0 if went else 0.0,
                    "outcome": "aired" if went else "missed",
                    "error": "" if went else "bench",
                    "zone_id": zone,
                    "site_id": (zone - 1) % SITES + 1,
                    "created_at": start,
                }
            )
            made += 1
        if len(batch) >= 20000:
            with app.db.engine.begin() as conn:
                conn.execute(insert(Airing), batch)
            batch = []
    if batch:
        with app.db.engine.begin() as conn:
            conn.execute(insert(Airing), batch)
    with app.db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))


def timed(call, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        found.append((time.perf_counter() - started) * 1000)
    return found


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def replay_rate(app: App, home: Path) -> tuple[int, float]:
    """Rows per second of a journal replay (open, one checkpoint and close per row)."""
    journal = Journal(home / "airlog.journal")
    start = NOW - timedelta(hours=72)
    for n in range(REPLAY_ROWS):
        at = start + timedelta(seconds=86 * n)
        ref = AiringRef(n % SEGMENTS + 1, n % SLOTS + 1, None, at, zone_id=1, site_id=1)
        key = uuid.uuid4().hex
        ref_d, started = ref_data(ref), at.isoformat()
        journal.append(OpenOp(op="open", key=key, ref=ref_d, started=started, at=started))
        checked = (at + timedelta(seconds=30)).isoformat()
        journal.append(
            CheckpointOp(op="checkpoint", key=key, ref=ref_d, started=started, at=checked)
        )
        journal.append(
            CloseOp(
                op="close",
                key=key,
                ref=ref_d,
                started=started,
                at=(at + timedelta(seconds=60)).isoformat(),
                outcome="aired",
                error="",
                duration=60.0,
                outputs="file:/tmp/z1.wav",
            )
        )
    airlog = AirLog(app)
    started = time.perf_counter()
    assert airlog.recover()
    seconds = time.perf_counter() - started
    assert not journal.read()
    return REPLAY_ROWS, REPLAY_ROWS / seconds


def main() -> None:
    given = os.environ.get("BENCH_ZONES_DB")
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        if given:
            url = given
        else:
            base = stack.enter_context(postgres_server())
            admin = create_engine(base.format(db="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("CREATE DATABASE bench"))
            admin.dispose()
            url = base.format(db="bench")
        clock = FakeClock(NOW)
        settings = load_settings(Path(tmp) / "st", {"db_url": url}, env={})
        init_station(settings, clock)
        app = open_station(settings, clock)
        if count_rows(app) == 0:
            started = time.perf_counter()
            fill(app)
            print(f"{TOTAL:,} airing rows loaded in {time.perf_counter() - started:.0f} s")
        print(
            f"commune: {SITES} sites, {ZONES} zones, {CLUSTERS} clusters, "
            f"{count_rows(app):,} airing rows (PostgreSQL)"
        )
        prep = []
        for n in range(1, SITES + 1):
            scopes = site_scopes(app, f"Điểm {n}", "device")
            offline.prepare(app, scopes, settings.site_offline_days)  # warm
            prep += timed(lambda s=scopes: offline.prepare(app, s, 3), 3)
        print(
            f"site programme preparation ({ZONES // SITES} zones, 3 days + today): "
            f"median {statistics.median(prep):.0f} ms, max {max(prep):.0f} ms"
        )
        # As the console does before serving (web/server.py): what is loaded by now stays
        # out of the garbage collector's full passes.
        gc.collect()
        gc.freeze()
        page = timed(lambda: sites_overview(app), 20)
        print(f"sites page data: p95 {p95(page):.0f} ms (median {statistics.median(page):.0f})")
        dash = timed(lambda: (overview(app), sites_overview(app, with_next=False)), 20)
        print(f"dashboard data: p95 {p95(dash):.0f} ms (median {statistics.median(dash):.0f})")
        report = timed(lambda: monthly_report(app, 2026, 11, listing=False), 3)
        print(f"monthly report numbers (November, per zone): {statistics.median(report):.0f} ms")
        rows, rate = replay_rate(app, Path(tmp) / "st")
        print(f"journal replay: {rows:,} rows (72 h of a site) at {rate:,.0f} rows/s")
        app.close()


if __name__ == "__main__":
    main()
