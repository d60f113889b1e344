"""Faults, printed (not asserted): kill -9 across simulated days, and concurrent writers.

1. Crash days. The day of six slots from ``tests/crashsim.py`` (20 booked airings)
   runs on an injected clock against a real SQLite file, with 1–4 kill -9 points per day
   drawn at random (half of them inside a slot) and restart delays from 1 s to 2 h. The
   crash is an in-process simulation faithful to kill -9 (queued log writes thrown
   away, nothing closed, the flock dropped; the restart is a new App + Daemon on the same
   files running the daemon's own recover/catch-up). The clock runs as fast as the
   machine allows, far beyond 60x. Prints airings expected, final rows found,
   duplicates and missing rows (goal: 0 and 0).
2. Concurrent writers. A real ``broadcaster run`` process airs a slot of 20 short
   segments (file output, real time) while 10 writer processes make 1,000 service calls
   (``add_segment``, each its own transaction, through the same service the CLI uses).
   Prints rows lost, p50/p95/max call time (goal: 0 lost, p95 <= 2 s) and whether every
   airing got its row.

3. Parallel sign-in guesses. A real ``broadcaster web`` (uvicorn) process; 40 threads
   send wrong passwords for ``admin`` as fast as the console answers, for one minute.
   Prints the password checks reached (the throttle's count in the database) against
   the most a single sequential guesser could reach in the same minute (goal: <=).

Run: .venv/bin/python bench/bench_faults.py [DAYS]   (about three minutes with 10 days)
     .venv/bin/python bench/bench_faults.py --sign-in    (only part 3, about a minute)
"""

from __future__ import annotations

import logging
import multiprocessing
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from crashsim import DAY, Simulator, build_station, tone_file  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from broadcaster.catalogue.bookings import BookingRequest, book_segment  # noqa: E402
from broadcaster.catalogue.scriptfile import script_from_text  # noqa: E402
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment  # noqa: E402
from broadcaster.catalogue.slots import SlotSpec, add_slot  # noqa: E402
from broadcaster.models import Airing, Segment, Station  # noqa: E402
from broadcaster.settings import load_settings  # noqa: E402
from broadcaster.speech.render import Renderer  # noqa: E402
from broadcaster.station import init_station, open_station  # noqa: E402

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = datetime(2026, 11, 23, tzinfo=TZ)
WRITERS = 10
WRITES_EACH = 100


def crash_points(rng: random.Random) -> list[tuple[float, float]]:
    points = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.5:
            _name, start, end, _lengths = rng.choice(DAY)
            begin = start.hour * 3600 + start.minute * 60 - 10
            at = rng.uniform(begin, end.hour * 3600 + end.minute * 60)
        else:
            at = rng.uniform(0, 86400 - 180)
        delay = rng.choice((rng.uniform(1, 30), rng.uniform(30, 7200)))
        points.append((at, delay))
    return points


def crash_days(days: int) -> None:
    rng = random.Random(9)
    root = Path(tempfile.mkdtemp(prefix="bc-faults-"))
    try:
        tones = root / "tones"
        tones.mkdir()
        build_station(root / "template", tones, MONDAY)
        totals: Counter[str] = Counter()
        began = time.perf_counter()
        for _ in range(days):
            home = root / "station"
            shutil.rmtree(home, ignore_errors=True)
            shutil.copytree(root / "template", home)
            sim = Simulator(home, MONDAY)
            sim.run(crash_points(rng))
            result = sim.check()
            totals.update(
                expected=result.expected,
                rows=result.rows,
                duplicates=result.duplicates,
                missing=result.missing,
                open=result.open_rows,
                crashes=result.crashes,
            )
            totals.update({f"outcome {k}": v for k, v in result.outcomes.items()})
        took = time.perf_counter() - began
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"crash days: {days} simulated days, {totals['crashes']} kill -9 + restart")
    print(f"  simulated time {days * 24} h in {took:.0f} s ({days * 86400 / took:,.0f}x real time)")
    print(f"  airings expected {totals['expected']}, final rows found {totals['rows']}")
    print(f"  duplicates {totals['duplicates']}, missing rows {totals['missing']}")
    print(f"  rows left open {totals['open']}")
    outcomes = {k[8:]: v for k, v in sorted(totals.items()) if k.startswith("outcome ")}
    print(f"  outcomes {outcomes}")


def writer(home: str, n: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    app = open_station(load_settings(Path(home), env={}))
    times = []
    errors = 0
    for i in range(WRITES_EACH):
        began = time.perf_counter()
        try:
            add_segment(
                app,
                SegmentInput(
                    title=f"Ghi đồng thời {n}-{i}",
                    category="khac",
                    script=script_from_text(f"Thông báo số {i} của người ghi {n}."),
                ),
            )
        except Exception:
            errors += 1
        times.append(time.perf_counter() - began)
    app.close()
    queue.put((times, errors))


def concurrent_writers() -> None:
    root = Path(tempfile.mkdtemp(prefix="bc-writers-"))
    home = root / "station"
    settings = load_settings(home, {"segment_gap": 1.0}, env={})
    init_station(settings)
    app = open_station(settings)
    proc = None
    try:
        now = datetime.now(settings.tz)
        start = (now + timedelta(seconds=40)).time().replace(microsecond=0)
        end = (now + timedelta(seconds=40 + 300)).time().replace(microsecond=0)
        slot = add_slot(app, SlotSpec("Đồng thời", start, end))
        tone = tone_file(root, 3)
        renderer = Renderer(app)
        for k in range(20):
            sid = add_segment(
                app, SegmentInput(title=f"Tin {k}", category="khac", recording=tone)
            ).id
            approve_segment(app, sid, "A")
            book_segment(app, BookingRequest(sid, (slot.name,), now.date(), now.date()))
            renderer.render_and_store(sid)
        output = ["--output", f"file:{root / 'air.wav'}"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "broadcaster", "--home", str(home), "run", *output],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while True:  # ready: its heartbeat carries its pid
            with app.db.transaction() as session:
                station = session.get(Station, 1)
                if station is not None and station.daemon_pid == proc.pid:
                    break
            time.sleep(0.2)
        while datetime.now(UTC) < datetime.combine(now.date(), start, settings.tz):
            time.sleep(0.1)
        time.sleep(2)  # the slot is on air
        queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
        workers = [
            multiprocessing.Process(target=writer, args=(str(home), n, queue))
            for n in range(WRITERS)
        ]
        began = time.perf_counter()
        for w in workers:
            w.start()
        results = [queue.get() for _ in workers]
        for w in workers:
            w.join()
        took = time.perf_counter() - began
        times = sorted(t for r in results for t in r[0])
        errors = sum(r[1] for r in results)
        with app.db.transaction() as session:
            written = session.scalar(
                select(func.count(Segment.id)).where(Segment.title.like("Ghi đồng thời%"))
            )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            with app.db.transaction() as session:
                final = session.scalar(
                    select(func.count(Airing.id)).where(Airing.outcome != "open")
                )
            if final == 20:
                break
            time.sleep(1)
        with app.db.transaction() as session:
            aired = session.scalar(select(func.count(Airing.id)).where(Airing.outcome == "aired"))
        total = WRITERS * WRITES_EACH
        p95 = times[int(0.95 * len(times)) - 1]
        print(
            f"concurrent writers: {total} add_segment service calls by {WRITERS} processes "
            f"in {took:.1f} s while the daemon aired"
        )
        print(f"  rows lost {total - (written or 0)} (calls that raised: {errors})")
        print(
            f"  call time p50 {statistics.median(times) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
        )
        print(f"  the slot meanwhile: {aired} of 20 airings logged aired")
    finally:
        if proc is not None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        app.close()
        shutil.rmtree(root, ignore_errors=True)


def parallel_sign_ins(seconds: float = 60.0, threads: int = 40) -> None:
    import re
    import threading

    import httpx
    from web_process import WebProcess

    from broadcaster.models import SignInAttempt
    from broadcaster.signin import FREE_TRIES, wait_after

    print(f"\n== Parallel sign-in guesses: {threads} threads for {seconds:.0f} s ==")
    with tempfile.TemporaryDirectory() as tmp:
        web = WebProcess(Path(tmp) / "station")
        assert web.cli("init", "--name", "Bench").returncode == 0
        web.start()
        stop = time.monotonic() + seconds
        answers: Counter[int] = Counter()
        lock = threading.Lock()

        def guess(n: int) -> None:
            with httpx.Client(base_url=web.url, timeout=60) as client:
                page = client.get("/dang-nhap").text
                csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
                while time.monotonic() < stop:
                    sent = {"csrf": csrf, "name": "admin", "password": f"doan-{n}"}
                    status = client.post("/dang-nhap", data=sent).status_code
                    with lock:
                        answers[status] += 1

        started = time.monotonic()
        workers = [threading.Thread(target=guess, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.monotonic() - started
        web.stop()
        app = open_station(load_settings(web.home, env={}))
        with app.db.transaction() as session:
            row = session.get(SignInAttempt, "u:admin")
            reached = row.failures if row else 0
        app.close()
    limit, waited = FREE_TRIES, 0.0
    while waited + wait_after(limit) <= elapsed:
        waited += wait_after(limit)
        limit += 1
    print(f"requests answered: {sum(answers.values())} ({dict(answers)}) in {elapsed:.1f} s")
    print(f"password checks reached: {reached} ({reached / elapsed * 60:.1f} per minute)")
    print(f"sequential limit in the same time: {limit}  -> {'OK' if reached <= limit else 'OVER'}")


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    if "--sign-in" in sys.argv:
        parallel_sign_ins()
        return
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    crash_days(days)
    concurrent_writers()
    parallel_sign_ins()


if __name__ == "__main__":
    main()
