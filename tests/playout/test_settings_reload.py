"""A real ``broadcaster run`` takes a ``settings set`` without a restart (file output).

The daemon starts with the default quiet hours (none around midday in the test zone); a
slot is booked; then ``broadcaster settings set quiet_hours`` puts that slot inside quiet
hours, and the running daemon refuses it, saying why. A change that cannot apply live is
said in the daemon's log to wait for a restart.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from daemon_proc import (
    FINAL,
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

from broadcaster.settings import load_settings


def _wait_log(log: Path, text: str, timeout: float = 120) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = log.read_text(encoding="utf-8", errors="replace")
        if text in found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"«{text}» never in the daemon log:\n{log.read_text()[-3000:]}")


def test_a_running_daemon_takes_new_quiet_hours_from_settings_set(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    cli = cli_for(home)
    tz = load_settings(home, env={}).tz
    a = add_recording(cli, tmp_path, 2, "Tin A")
    b = add_recording(cli, tmp_path, 2, "Tin B")
    out = tmp_path / "air.wav"
    log = tmp_path / "air.log"
    daemon = run_daemon(home, out)
    try:
        wait_ready(home, daemon)
        add_slot_ahead(cli, "Trưa 1", 5, length=10)  # relative to readiness
        book(cli, a, "Trưa 1")
        # Slot 2 starts on the first whole minute at least 35 s after readiness.
        start = datetime.now(tz) + timedelta(seconds=35)
        start = (start + timedelta(minutes=1)).replace(second=0, microsecond=0)
        ahead = (start - datetime.now(tz)).total_seconds()
        add_slot_ahead(cli, "Trưa 2", ahead, length=30)
        book(cli, b, "Trưa 2")
        quiet = f"{start:%H:%M}-{start + timedelta(minutes=3):%H:%M}"
        done = cli("settings", "set", "quiet_hours", quiet)
        assert done.exit_code == 0 and "có hiệu lực ngay" in done.output, done.output
        text = _wait_log(log, "settings reloaded from broadcaster.toml")
        assert f"quiet_hours = {quiet}" in text
        done = cli("settings", "set", "fade_ms", "500")
        assert "CHƯA có hiệu lực với phần mềm đang chạy" in done.output, done.output
        _wait_log(log, "fade_ms changed; this takes effect only when broadcaster run is restarted")
        waits = "Phần mềm phát đang chạy vẫn dùng giá trị cũ của: «Thời gian giảm dần» (fade_ms)"
        assert waits in cli("settings", "show", "fade_ms").output
        assert waits in cli("status").output
        assert "vẫn dùng giá trị cũ" not in cli("settings", "show", "quiet_hours").output
        found = wait_rows(
            home, lambda r: any(x.segment_id == b and x.outcome in FINAL for x in r), timeout=240
        )
    finally:
        stop(daemon)
    outcome = {r.segment_id: r for r in found}
    assert outcome[a].outcome == "aired"
    assert outcome[b].outcome == "missed"
    assert "giờ yên tĩnh" in outcome[b].error and quiet.replace("-", "–") in outcome[b].error
