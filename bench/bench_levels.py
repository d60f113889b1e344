"""Bulletin intake and khẩn cấp scheduling speed, printed (not asserted).

Times ``inbox import`` of N bulletin files (each a text bulletin with one booking, one
transaction per file, files moved after the commit) and the daemon's once-a-second
khẩn cấp look with 50 repeating emergencies armed, on SQLite.

Run: .venv/bin/python bench/bench_levels.py [N]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

from broadcaster.catalogue.inbox import import_file
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.playout.levels import schedule_emergencies
from broadcaster.settings import load_settings
from broadcaster.station import init_station, open_station

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "station"
        clock = FakeClock(datetime(2026, 11, 24, 7, 0, tzinfo=TZ))
        settings = load_settings(home, env={})
        init_station(settings, clock)
        app = open_station(settings, clock)
        add_slot(app, SlotSpec("Buổi chiều", clock_time(17), clock_time(17, 45)))
        inbox = settings.inbox_dir
        inbox.mkdir(parents=True)
        for n in range(COUNT):
            bulletin = {
                "id": f"B-{n:05d}",
                "source": "bench",
                "level": "uu-tien" if n % 3 else "thong-thuong",
                "title": f"Bản tin {n}",
                "category": "thong-bao",
                "text": "Ủy ban nhân dân xã thông báo lịch tiếp công dân trong tuần. " * 5,
                "airings": [{"slot": "Buổi chiều", "dates": ["2026-11-25"]}],
            }
            (inbox / f"b{n:05d}.json").write_text(json.dumps(bulletin, ensure_ascii=False))
        times = []
        started = time.perf_counter()
        for path in sorted(inbox.glob("*.json")):
            t0 = time.perf_counter()
            assert import_file(app, path).outcome == "imported"
            times.append(time.perf_counter() - t0)
        total = time.perf_counter() - started
        print(
            f"inbox import: {COUNT} bulletins in {total:.2f} s; per bulletin median "
            f"{1000 * statistics.median(times):.1f} ms, max {1000 * max(times):.1f} ms"
        )
        for n in range(50):
            seg = add_segment(
                app,
                SegmentInput(
                    category="phong-chong-thien-tai",
                    level="khan-cap",
                    script=script_from_text(f"Cảnh báo {n}"),
                    repeat_every=30,
                    repeat_for=600,
                ),
            )
            approve_segment(app, seg.id, "bench")
        ticks = []
        for _ in range(60):
            t0 = time.perf_counter()
            schedule_emergencies(app, timedelta(minutes=10))
            ticks.append(time.perf_counter() - t0)
            clock.advance(60)
        print(
            f"khẩn cấp look (50 armed, every 30 min): median {1000 * statistics.median(ticks):.1f}"
            f" ms, max {1000 * max(ticks):.1f} ms per tick"
        )
        app.close()


if __name__ == "__main__":
    main()
