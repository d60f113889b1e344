"""Monthly report speed on a busy district's year of log, printed (not asserted).

Fills the airing log with 1,000,000 airings over twelve months (24 slots, 2,000
segments, about 1 % problems), on SQLite and on a throw-away PostgreSQL server, then
times one month's numbers and the full set of files (CSV, XLSX, DOCX, chart).

Run: .venv/bin/python bench/bench_report.py [AIRINGS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pg_server import postgres_server  # noqa: E402
from sqlalchemy import create_engine, insert, text  # noqa: E402

from broadcaster.clock import FakeClock  # noqa: E402
from broadcaster.models import Airing, Segment, Slot  # noqa: E402
from broadcaster.report.files import write_report  # noqa: E402
from broadcaster.report.numbers import monthly_report  # noqa: E402
from broadcaster.settings import DEFAULT_CATEGORIES, load_settings  # noqa: E402
from broadcaster.station import App, init_station, open_station  # noqa: E402

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
SLOTS, SEGMENTS, DAYS = 24, 2000, 365
FIRST_DAY = datetime(2025, 12, 1, tzinfo=UTC) - timedelta(hours=7)


def fill(app: App) -> None:
    now = app.now()
    rng = random.Random(7)
    cats = list(DEFAULT_CATEGORIES)
    with app.db.engine.begin() as conn:
        conn.execute(
            insert(Slot),
            [
                {
                    "id": i + 1,
                    "name": f"Buổi {i:02d}",
                    "start_time": clock_time(i, 0),
                    "end_time": clock_time(i, 59),
                    "weekdays": "1111111",
                    "created_at": now,
                }
                for i in range(SLOTS)
            ],
        )
        conn.execute(
            insert(Segment),
            [
                {
                    "id": i + 1,
                    "title": f"Tin bài số {i + 1}",
                    "category": cats[i % len(cats)],
                    "level": "thong-thuong",
                    "kind": "recording" if i % 9 == 0 else "script",
                    "script_text": "",
                    "source_name": "",
                    "source_hash": "",
                    "recording_path": "",
                    "status": "approved",
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                    "audio_stale": False,
                }
                for i in range(SEGMENTS)
            ],
        )
    per_slot_day = TOTAL // (SLOTS * DAYS) + 1
    batch: list[dict[str, object]] = []
    made = 0
    for day in range(DAYS):
        for slot in range(SLOTS):
            base = FIRST_DAY + timedelta(days=day, hours=slot)
            for k in range(per_slot_day):
                if made >= TOTAL:
                    break
                start = base + timedelta(seconds=k * 31)
                outcome = "aired" if rng.random() > 0.01 else rng.choice(["missed", "failed"])
                went = outcome == "aired"
                batch.append(
                    {
                        "segment_id": rng.randrange(1, SEGMENTS + 1),
                        "slot_id": slot + 1,
                        "scheduled_start": start,
                        "actual_start": start if went else None,
                        "actual_end": start + timedelta(seconds=30) if went else None,
                        "duration": 30.0 if went else 0.0,
                        "outcome": outcome,
                        "error": "" if went else "bench",
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


def measure(label: str, app: App, out: Path) -> None:
    started = time.perf_counter()
    fill(app)
    filled = time.perf_counter() - started
    if app.db.engine.dialect.name == "postgresql":
        with app.db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    started = time.perf_counter()
    report = monthly_report(app, 2026, 11, listing=False)
    numbers = time.perf_counter() - started
    started = time.perf_counter()
    _, paths = write_report(app, 2026, 11, "all", out)
    files = time.perf_counter() - started
    print(
        f"{label}: {TOTAL:,} airings loaded in {filled:.0f} s; November: "
        f"{report.totals.airings:,} airings. Numbers {numbers:.2f} s; all formats "
        f"{files:.2f} s ({', '.join(p.suffix for p in paths)})"
    )


def station(home: Path, db_url: str) -> App:
    clock = FakeClock(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    settings = load_settings(home, {"db_url": db_url}, env={})
    init_station(settings, clock)
    return open_station(settings, clock)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = station(Path(tmp) / "sqlite", "")
        measure("SQLite", app, Path(tmp) / "out-sqlite")
        app.close()
        with postgres_server() as base:
            admin = create_engine(base.format(db="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("CREATE DATABASE bench"))
            admin.dispose()
            app = station(Path(tmp) / "pg", base.format(db="bench"))
            measure("PostgreSQL", app, Path(tmp) / "out-pg")
            app.close()


if __name__ == "__main__":
    main()
