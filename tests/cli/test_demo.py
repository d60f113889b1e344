"""``broadcaster demo``: the example station's welcome, and how long the newcomer waits."""

from __future__ import annotations

from conftest import Cli

from broadcaster.clock import FakeClock


def test_the_newcomer_is_told_the_real_wait_even_when_a_slot_is_on_air(
    run_sqlite: Cli, clock: FakeClock
) -> None:
    assert run_sqlite("init", "--example").exit_code == 0
    first = run_sqlite("demo")
    assert first.exit_code == 0
    assert "lúc 05:02 (giờ đài, khoảng 2 phút nữa)" in first.output
    clock.advance(70 * 60)  # 06:10, inside «Buổi sáng» 06:00–06:30
    again = run_sqlite("demo")
    assert again.exit_code == 0
    assert "lúc 06:30 (giờ đài, khoảng 20 phút nữa)" in again.output
