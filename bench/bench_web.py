"""Console page speed on a busy station's year, printed (not asserted).

Fills a SQLite station like bench_report.py (24 slots, 2,000 segments, 1,000,000
airings over twelve months) plus 120 bookings, signs in through the real application
starts a real ``broadcaster web`` process and times each main page over loopback
HTTP (dashboard, segment list, day plan, a month's log, the report page). Prints
p50/p95 per page and the console process's RSS.

Run: .venv/bin/python bench/bench_web.py [AIRINGS] [REQUESTS_PER_PAGE]
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.argv = [sys.argv[0], *sys.argv[1:]]

import bench_report  # noqa: E402
import httpx  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from broadcaster.clock import FakeClock  # noqa: E402
from broadcaster.models import Booking  # noqa: E402
from broadcaster.settings import load_settings  # noqa: E402
from broadcaster.station import App, init_station, open_station  # noqa: E402
from broadcaster.users import add_user  # noqa: E402

BOOKINGS = 120  # active bookings a day: a busy district station, 24 slots
REQUESTS = int(sys.argv[2]) if len(sys.argv) > 2 else 30
PAGES = {
    "Tổng quan": "/",
    "Tin bài": "/tin-bai",
    "Lịch phát ngày": "/lich-phat/ngay?ngay=2026-11-20",
    "Nhật ký tháng": "/nhat-ky?thang=2026-11",
    "Báo cáo": "/bao-cao?thang=2026-11",
}


def book(app: App) -> None:
    now = app.now()
    with app.db.engine.begin() as conn:
        conn.execute(
            insert(Booking),
            [
                {
                    "segment_id": i + 1,
                    "slot_id": i % bench_report.SLOTS + 1,
                    "date_from": date(2026, 11, 1),
                    "date_to": date(2026, 12, 31),
                    "per_day": 1,
                    "weekdays": "1111111",
                    "created_at": now,
                }
                for i in range(BOOKINGS)
            ],
        )


def serve_and_time(home: Path) -> None:
    """Start a real ``broadcaster web`` process, sign in over loopback, time each page."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "BROADCASTER_WEB_PORT": str(port)}
    env.pop("BROADCASTER_HOME", None)
    env.pop("BROADCASTER_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "broadcaster", "--home", str(home), "web"],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        client = httpx.Client(base_url=base, follow_redirects=True, timeout=60)
        for _ in range(300):
            try:
                page = client.get("/dang-nhap")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        client.post(
            "/dang-nhap", data={"csrf": csrf.group(1), "name": "lan", "password": "mat-khau-123"}
        )
        for label, url in PAGES.items():
            assert client.get(url).status_code == 200, url  # warm up
            times = []
            for _ in range(REQUESTS):
                t0 = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
            print(
                f"{label:16s} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms "
                f"({REQUESTS} requests, {len(response.content) // 1024} KB)"
            )
        status = Path(f"/proc/{proc.pid}/status").read_text()
        peak = re.search(r"VmHWM:\s+(\d+) kB", status)
        now = re.search(r"VmRSS:\s+(\d+) kB", status)
        assert peak and now
        print(
            f"broadcaster web RSS: {int(now.group(1)) / 1024:.0f} MB "
            f"(peak {int(peak.group(1)) / 1024:.0f} MB)"
        )
        client.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(datetime(2026, 11, 30, 3, 0, tzinfo=UTC))
        settings = load_settings(Path(tmp) / "station", env={})
        init_station(settings, clock)
        app = open_station(settings, clock)
        started = time.perf_counter()
        bench_report.fill(app)
        book(app)
        add_user(app, "lan", "bien-tap", "mat-khau-123")
        print(f"Filled {bench_report.TOTAL:,} airings in {time.perf_counter() - started:.0f} s")
        app.close()
        serve_and_time(settings.home)


if __name__ == "__main__":
    main()
