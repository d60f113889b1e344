"""Property: whatever the kill -9 points, every booked item of the day gets exactly one
final row (or a logged carry) — on an injected clock, against a real SQLite file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import TZ
from crashsim import DAY, Simulator, build_station
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadcaster.report.numbers import monthly_report
from broadcaster.settings import load_settings
from broadcaster.station import open_station

MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=TZ)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A station with its day of slots, rendered once; each example works on a fresh copy."""
    root = tmp_path_factory.mktemp("crash")
    tones = root / "tones"
    tones.mkdir()
    build_station(root / "template", tones, MONDAY)
    yield root / "template", root / "station"


def seconds_of(slot: int, fraction: float) -> float:
    """A moment in or just before one slot, as seconds after midnight."""
    _name, start, end, _lengths = DAY[slot]
    begin = start.hour * 3600 + start.minute * 60 - 12
    span = (end.hour * 3600 + end.minute * 60) - begin
    return begin + fraction * span


crash_time = st.one_of(
    st.builds(seconds_of, st.integers(0, len(DAY) - 1), st.floats(0, 1)),
    st.floats(0, 86400 - 180),
)
restart_delay = st.one_of(st.floats(1, 30), st.floats(30, 3 * 3600))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crashes=st.lists(st.tuples(crash_time, restart_delay), min_size=1, max_size=3))
def test_every_booked_item_gets_exactly_one_final_row_whatever_the_crash_points(
    template: tuple[Path, Path], crashes: list[tuple[float, float]]
) -> None:
    source, home = template
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(source, home)
    sim = Simulator(home, MONDAY)
    sim.run(crashes)
    result = sim.check()
    assert result.crashes == len(crashes)
    assert result.open_rows == 0
    assert result.duplicates == 0, result
    assert result.missing == 0, result
    assert result.rows == result.expected


def test_a_crash_in_the_middle_of_a_slot_resumes_the_rest_of_it(
    template: tuple[Path, Path],
) -> None:
    source, home = template
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(source, home)
    sim = Simulator(home, MONDAY)
    # «Sáng sớm» 05:30: 63 s, 20 s, 45 s; killed 30 s into the first, back 3 s later.
    sim.run([(5.5 * 3600 + 30, 3)])
    result = sim.check()
    assert (result.missing, result.duplicates) == (0, 0)
    assert result.outcomes["interrupted"] == 1 and result.outcomes["missed"] == 0


def test_a_crash_with_a_restart_after_the_slot_logs_the_rest_missed(
    template: tuple[Path, Path],
) -> None:
    source, home = template
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(source, home)
    sim = Simulator(home, MONDAY)
    sim.run([(5.5 * 3600 + 30, timedelta(minutes=20).total_seconds())])
    result = sim.check()
    assert (result.missing, result.duplicates) == (0, 0)
    assert result.outcomes["interrupted"] == 1 and result.outcomes["missed"] == 2
    app = open_station(load_settings(home, env={}), sim.clock)
    try:
        problems = monthly_report(app, 2026, 11).problems
    finally:
        app.close()
    missed = [p for p in problems if p.outcome == "missed"]
    assert [p.title for p in missed] == ["Tin 2", "Tin 3"]  # the report lists both
    assert "Phần mềm bị tắt giữa buổi «Sáng sớm»" in missed[0].error
