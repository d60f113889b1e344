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

3. A full disk during a slot. A real ``broadcaster run`` with its station home on a
   16 MB tmpfs (needs root: mount) airs a slot of 6 short recordings; the disk is filled
   to the last byte just before the slot (the database's write-ahead log truncated first,
   so the database really refuses the log), space comes back after the slot. Prints
   airings expected vs final rows found (goal: equal), duplicates, ``missed`` rows.
4. A 72-hour PostgreSQL outage replayed. The journal a daemon writes in 72 hours without
   its database (6 slots a day, 8 one-minute items each, a checkpoint every 2 s: 4,464
   operations) is replayed into a real PostgreSQL server started for the bench
   (fsync off, like the tests'). Prints operations, rows, seconds, rows/s and ops/s.

5. Parallel sign-in guesses. A real ``broadcaster web`` (uvicorn) process; 40 threads
   send wrong passwords for ``admin`` as fast as the console answers, for one minute.
   Prints the password checks reached (the throttle's count in the database) against
   the most a single sequential guesser could reach in the same minute (goal: <=).

Run: .venv/bin/python bench/bench_faults.py [DAYS] [--only=full-disk|--only=outage]
     (about four minutes with 10 days)
     .venv/bin/python bench/bench_faults.py --sign-in    (only part 5, about a minute)
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


def full_disk_slot(items: int = 6, seconds: int = 4) -> None:
    import sqlite3

    from daemon_proc import (
        add_recording,
        add_slot_ahead,
        book,
        cli_for,
        make_home,
        run_daemon,
        stop,
        wait_ready,
        wait_rows,
    )
    from daemon_proc import rows as log_rows
    from fs_faults import can_mount, fill, tmpfs

    if not can_mount():
        print("full disk during a slot: skipped (mount(8) is not allowed here)")
        return
    root = Path(tempfile.mkdtemp(prefix="bc-fulldisk-"))
    try:
        with tmpfs(root / "disk", 16 * 1024) as disk:
            home = make_home(disk)
            cli = cli_for(home)
            sids = [add_recording(cli, root, seconds, f"Tin {k}") for k in range(items)]
            proc = run_daemon(home, root / "air.wav")
            try:
                wait_ready(home, proc)
                add_slot_ahead(cli, "Sáng", 15, length=300)
                for sid in sids:
                    book(cli, sid, "Sáng")
                with sqlite3.connect(home / "broadcaster.db", timeout=30) as conn:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
                filler = fill(disk)
                began = time.monotonic()
                # The slot airs on the full disk: wait for its length, then free the space.
                while time.monotonic() - began < 15 + items * (seconds + 1) + 10:
                    time.sleep(1)
                filler.unlink()
                found = wait_rows(
                    home,
                    lambda rs: sum(r.outcome != "open" for r in rs) >= items,
                    timeout=300,
                )
                time.sleep(3)  # a duplicate would land within a heartbeat or two
                found = log_rows(home)
            finally:
                stop(proc)
        log_text = (root / "air.log").read_text(encoding="utf-8")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    final = [r for r in found if r.outcome != "open"]
    per_item = Counter(r.segment_id for r in final)
    print(f"full disk during a slot: {items} recordings of {seconds} s, 16 MB tmpfs filled")
    print(f"  airings expected {items}, final rows found {len(final)}")
    print(
        f"  duplicates {sum(n - 1 for n in per_item.values() if n > 1)}, "
        f"missed {sum(r.outcome == 'missed' for r in final)}, "
        f"aired {sum(r.outcome == 'aired' for r in final)}"
    )
    print(f"  the database refused the log: {'database unavailable' in log_text}")


def outage_replay(hours: int = 72) -> None:

    from pg_server import postgres_server
    from sqlalchemy import create_engine, text

    from broadcaster.playout.journal import JOURNAL_NAME, AirLog
    from broadcaster.playout.logops import CheckpointOp, CloseOp, LogOp, OpenOp, to_line

    root = Path(tempfile.mkdtemp(prefix="bc-outage-"))
    try:
        with postgres_server() as server:
            admin = create_engine(server.format(db="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("CREATE DATABASE outage"))
            admin.dispose()
            url = server.format(db="outage")
            settings = load_settings(root / "station", {"db_url": url}, env={})
            init_station(settings)
            app = open_station(settings)
            hours_of_day = (6, 8, 11, 14, 17, 19)
            slots = [
                add_slot(
                    app,
                    SlotSpec(
                        f"Buổi {h}h",
                        datetime(2026, 1, 1, h).time(),
                        datetime(2026, 1, 1, h + 1).time(),
                    ),
                ).id
                for h in hours_of_day
            ]
            sids = [
                add_segment(
                    app,
                    SegmentInput(
                        title=f"Tin {k}", category="khac", script=script_from_text(f"Tin {k}.")
                    ),
                ).id
                for k in range(8)
            ]
            ops: list[LogOp] = []
            airings = 0
            for day in range(hours // 24):
                for slot, hour in zip(slots, hours_of_day, strict=True):
                    start = MONDAY.replace(hour=hour) + timedelta(days=day)
                    at = start
                    for k, sid in enumerate(sids):
                        key = f"outage-{day}-{slot}-{k}"
                        ref = {
                            "segment_id": sid,
                            "slot_id": slot,
                            "booking_id": None,
                            "scheduled_start": start.isoformat(),
                            "engine": "espeak-ng",
                            "audio_hash": None,
                        }
                        row = {"key": key, "ref": ref, "started": at.isoformat()}
                        ops.append(OpenOp(op="open", at=at.isoformat(), **row))  # type: ignore[typeddict-item]
                        for tick in range(2, 60, 2):
                            heard = (at + timedelta(seconds=tick)).isoformat()
                            ops.append(CheckpointOp(op="checkpoint", at=heard, **row))  # type: ignore[typeddict-item]
                        ended = (at + timedelta(seconds=60)).isoformat()
                        ops.append(
                            CloseOp(
                                op="close",
                                at=ended,
                                outcome="aired",
                                error="",
                                duration=None,
                                outputs="device",
                                **row,  # type: ignore[typeddict-item]
                            )
                        )
                        airings += 1
                        at += timedelta(seconds=61)
            journal = settings.home / JOURNAL_NAME
            journal.write_bytes(b"".join(to_line(op) for op in ops))
            size = journal.stat().st_size
            began = time.perf_counter()
            complete = AirLog(app).recover()
            took = time.perf_counter() - began
            with app.db.transaction() as session:
                found = session.scalar(
                    select(func.count(Airing.id)).where(Airing.outcome == "aired")
                )
            app.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{hours}-hour PostgreSQL outage replayed: {len(ops):,} journal operations")
    print(f"  journal {size / 1e6:.1f} MB; replay complete: {complete}")
    print(f"  airings expected {airings}, aired rows found {found}")
    print(f"  replay {took:.1f} s: {airings / took:.1f} rows/s, {len(ops) / took:,.0f} ops/s")


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
    args = [a for a in sys.argv[1:] if not a.startswith("--only")]
    only = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--only=")), "")
    if only == "full-disk":
        full_disk_slot()
        return
    if only == "outage":
        outage_replay()
        return
    days = int(args[0]) if args else 10
    crash_days(days)
    concurrent_writers()
    full_disk_slot()
    outage_replay()
    parallel_sign_ins()


if __name__ == "__main__":
    main()
