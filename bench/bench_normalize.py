"""Normalization speed on the five seed texts together, printed (not asserted).

Goal (issue 11): all five seeds normalized in ≤ 50 ms once the program has started — the
abbreviation table loaded and the patterns compiled by a first call, as in a running daemon.
Prints the start-up cost, then the median and the maximum over repeated runs.

Run: .venv/bin/python bench/bench_normalize.py [SEEDS_DIR] [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

SEEDS = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).parents[1] / "tests" / "data" / "seeds"
)
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 50


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    chars = sum(len(t) for t in texts)

    start = time.perf_counter()
    from broadcaster.speech.textnorm.normalize import normalize_text

    normalize_text("UBND xã 22/2/2023")  # start-up: table loaded, patterns compiled
    startup_ms = (time.perf_counter() - start) * 1000

    timings = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        for text in texts:
            normalize_text(text)
        timings.append((time.perf_counter() - t0) * 1000)

    print(f"seed texts: {len(texts)} ({chars} characters), runs: {RUNS}")
    print(f"start-up (import, table, patterns): {startup_ms:.1f} ms")
    median, worst = statistics.median(timings), max(timings)
    print(f"all seeds normalized: median {median:.1f} ms, max {worst:.1f} ms")
    print(f"goal ≤ 50 ms: {'met' if median <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
