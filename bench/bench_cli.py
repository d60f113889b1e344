"""How long the operator waits for a CLI call, printed (not asserted).

Runs the installed ``broadcaster`` entry point as a subprocess on a fresh SQLite station:
- ``broadcaster --help``: median and max of RUNS calls (goal ≤ 300 ms)
- a simple write (``segment add --text`` and ``slot add``): median and max (goal ≤ 500 ms)
- a read (``segment list``) for comparison
- the CPU time each call used (user + system), which the machine's load does not change
- 10 writers at once (each runs WRITES_EACH ``segment add`` calls back to back): the
  median and max call time, and whether every row arrived

Run: .venv/bin/python bench/bench_cli.py   (about a minute)
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

RUNS = 15
WRITERS = 10
WRITES_EACH = 5


def entry_point() -> list[str]:
    found = Path(sys.executable).with_name("broadcaster")
    if found.exists():
        return [str(found)]
    on_path = shutil.which("broadcaster")
    return [on_path] if on_path else [sys.executable, "-m", "broadcaster"]


CPU: dict[str, list[float]] = {}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], cpu_key: str = "") -> float:
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if cpu_key:
        CPU.setdefault(cpu_key, []).append(_children_cpu() - cpu)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stdout}{done.stderr}")
    return elapsed


def summary(label: str, times: list[float], goal_ms: int | None = None) -> None:
    ms = sorted(t * 1000 for t in times)
    goal = f"   (goal ≤ {goal_ms} ms)" if goal_ms else ""
    cpu = CPU.get(label)
    used = f"   CPU {statistics.median(cpu) * 1000:4.0f} ms" if cpu else ""
    print(
        f"{label:<34} median {statistics.median(ms):6.0f} ms   max {ms[-1]:6.0f} ms"
        f"   n={len(ms)}{used}{goal}"
    )


def main() -> None:
    exe = entry_point()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BROADCASTER_")}
    with tempfile.TemporaryDirectory() as tmp:
        home = str(Path(tmp) / "station")
        base = [*exe, "--home", home]
        timed([*base, "init"], env)
        print(
            f"entry point: {' '.join(exe)}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}"
        )
        label = "broadcaster --help"
        summary(label, [timed([*exe, "--help"], env, label) for _ in range(RUNS)], 300)
        label = "segment add --text (write)"
        summary(
            label,
            [
                timed([*base, "segment", "add", "-c", "khac", "--text", f"Tin số {i}."], env, label)
                for i in range(RUNS)
            ],
            500,
        )
        label = "slot add (write)"
        summary(
            label,
            [
                timed(
                    [
                        *base,
                        "slot",
                        "add",
                        f"Buổi {i}",
                        "--start",
                        f"{6 + i:02d}:00",
                        "--end",
                        f"{6 + i:02d}:30",
                    ],
                    env,
                    label,
                )
                for i in range(RUNS)
            ],
            500,
        )
        label = "segment list (read)"
        summary(label, [timed([*base, "segment", "list"], env, label) for _ in range(RUNS)])

        before = _count(Path(home) / "broadcaster.db")

        def writer(n: int) -> list[float]:
            return [
                timed(
                    [*base, "segment", "add", "-c", "khac", "--text", f"Người viết {n}, tin {i}."],
                    env,
                )
                for i in range(WRITES_EACH)
            ]

        start = time.perf_counter()
        with ThreadPoolExecutor(WRITERS) as pool:
            times = [t for batch in pool.map(writer, range(WRITERS)) for t in batch]
        wall = time.perf_counter() - start
        summary(f"{WRITERS} writers at once (each call)", times)
        expected = WRITERS * WRITES_EACH
        arrived = _count(Path(home) / "broadcaster.db") - before
        print(
            f"{WRITERS} writers: {expected} writes in {wall:.1f} s, "
            f"{arrived} rows arrived, {expected - arrived} lost"
        )


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM segment").fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    main()
