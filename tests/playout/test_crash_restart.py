"""kill -9 in the middle of a slot, with real ``broadcaster run`` processes (file output)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from daemon_proc import (
    FINAL,
    add_recording,
    add_slot_ahead,
    book,
    cli_for,
    make_home,
    rows,
    run_daemon,
    stop,
    wait_ready,
    wait_rows,
)


def test_kill_9_while_a_plays_and_restart_3_s_later_airs_b_once(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    cli = cli_for(home)
    a = add_recording(cli, tmp_path, 63, "Tin A")
    b = add_recording(cli, tmp_path, 5, "Tin B")
    first = run_daemon(home, tmp_path / "air1.wav")
    try:
        wait_ready(home, first)
        add_slot_ahead(cli, "Sáng", 12, length=200)  # relative to readiness
        book(cli, a, "Sáng")
        book(cli, b, "Sáng")
        wait_rows(home, lambda r: bool(r) and r[0].outcome == "open" and (r[0].duration or 0) >= 3)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        stop(first)
    time.sleep(3)
    second = run_daemon(home, tmp_path / "air2.wav")
    try:
        wait_rows(home, lambda r: any(x.segment_id == b and x.outcome in FINAL for x in r))
    finally:
        stop(second)
    found = rows(home)
    assert [(r.segment_id, r.outcome) for r in found] == [(a, "interrupted"), (b, "aired")]
    assert found[1].actual_start is not None and found[0].actual_end is not None
    assert found[1].actual_start > found[0].actual_end  # aired after the restart
