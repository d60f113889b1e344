"""A real ``broadcaster run``: a booking made while its slot is on air airs in that slot.

Events are placed relative to what the daemon has done (its row for the first item is
open), never to a wall-clock duration.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from daemon_proc import (
    add_recording,
    add_slot_ahead,
    book,
    cli_for,
    make_home,
    run_daemon,
    settings_of,
    stop,
    wait_ready,
    wait_rows,
)

from broadcaster.catalogue.planning import plan_day
from broadcaster.station import open_station


def test_a_booking_made_while_the_slot_is_on_air_airs_in_that_slot(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    cli = cli_for(home)
    first = add_recording(cli, tmp_path, 6, "Tin A")
    late = add_recording(cli, tmp_path, 3, "Tin B")
    proc = run_daemon(home, tmp_path / "air.wav")
    try:
        wait_ready(home, proc)
        add_slot_ahead(cli, "Sáng", 10, length=90)
        book(cli, first, "Sáng")
        wait_rows(home, lambda rs: any(r.segment_id == first for r in rs))  # A is on air
        book(cli, late, "Sáng")  # after the slot's job fired
        found = wait_rows(
            home,
            lambda rs: (
                any(r.segment_id == late and r.outcome != "open" for r in rs)
                and all(r.outcome != "open" for r in rs)
            ),
        )
    finally:
        stop(proc)
    a = next(r for r in found if r.segment_id == first)
    b = next(r for r in found if r.segment_id == late)
    assert (a.outcome, b.outcome) == ("aired", "aired"), [(r.outcome, r.error) for r in found]
    assert b.scheduled_start == a.scheduled_start and b.slot_id == a.slot_id  # that slot
    assert a.actual_end is not None and b.actual_start is not None
    assert b.actual_start >= a.actual_end  # after what was on air, never over it
    assert len(found) == 2
    app = open_station(settings_of(home))
    try:  # plan says the same: both fit in that slot
        day = app.local(a.scheduled_start).date()
        slot = next(s for s in plan_day(app, day).slots if s.slot_id == a.slot_id)
        assert {p.entry.segment_id: p.fits for p in slot.entries} == {first: True, late: True}
    finally:
        app.close()


def wait_log(log: Path, words: str, proc: subprocess.Popen[bytes]) -> None:
    """Until the daemon's own log says ``words`` (what it has done, not a duration)."""
    end = time.monotonic() + 180
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise AssertionError(f"daemon exited with {proc.returncode}")
        if log.exists() and words in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.2)
    raise AssertionError(f"the daemon never logged «{words}»")


def test_an_item_sent_back_for_approval_after_its_slot_was_prepared_does_not_air(
    tmp_path: Path,
) -> None:
    home = make_home(tmp_path)
    cli = cli_for(home)
    first = add_recording(cli, tmp_path, 12, "Tin A")
    second = add_recording(cli, tmp_path, 3, "Tin B")
    proc = run_daemon(home, tmp_path / "air.wav")
    try:
        wait_ready(home, proc)
        add_slot_ahead(cli, "Sáng", 20, length=90)
        book(cli, first, "Sáng")
        book(cli, second, "Sáng")
        wait_log(tmp_path / "air.log", "Sáng: đã chuẩn bị 2 tin", proc)  # the job fired
        edited = cli("segment", "edit", str(second), "--level", "uu-tien")  # as an editor would
        assert edited.exit_code == 0 and "chờ duyệt" in edited.output, edited.output
        found = wait_rows(
            home,
            lambda rs: len(rs) == 2 and all(r.outcome != "open" for r in rs),
        )
    finally:
        stop(proc)
    outcome = {r.segment_id: (r.outcome, r.error) for r in found}
    assert outcome[first] == ("aired", ""), outcome
    assert outcome[second][0] == "withdrawn", outcome
    assert "chờ lãnh đạo duyệt lại" in outcome[second][1]
    text = (tmp_path / "air.log").read_text(encoding="utf-8", errors="replace")
    assert "Bỏ qua «Tin B» (buổi «Sáng»)" in text
    assert "Bắt đầu phát «Tin B»" not in text
