"""«Phát ngay» inside quiet hours: an approver confirms, naming the quiet hours, and the
item airs as khẩn cấp through a real ``broadcaster run`` (file output); who is recorded.
The console and the CLI are thin: the core service refuses or accepts."""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from pathlib import Path

from daemon_proc import add_recording, cli_for, make_home, rows, run_daemon, stop, wait_ready
from starlette.testclient import TestClient
from web_client import PASSWORD, Browser, names_a_flag

from broadcaster.catalogue.segments import show_segment
from broadcaster.settings import load_settings
from broadcaster.station import open_station
from broadcaster.users import add_user
from broadcaster.web.app import create_app


def test_an_approver_sends_an_approved_item_as_khan_cap_at_night(tmp_path: Path) -> None:
    home = make_home(tmp_path)
    cli = cli_for(home)
    sid = add_recording(cli, tmp_path, 2, "Lịch tiêm chủng")
    tz = load_settings(home, env={}).tz
    now = datetime.now(tz)
    quiet = f"{now - timedelta(minutes=2):%H:%M}-{now + timedelta(minutes=30):%H:%M}"
    said = quiet.replace("-", "–")
    assert cli("settings", "set", "quiet_hours", quiet).exit_code == 0
    app = open_station(load_settings(home, env={}))
    add_user(app, "hung", "duyet", PASSWORD, "Nguyễn Văn Hùng")
    daemon = run_daemon(home, tmp_path / "air.wav")
    client = TestClient(create_app(app), follow_redirects=True)
    try:
        wait_ready(home, daemon)
        refused = cli("play-now", str(sid))
        assert refused.exit_code == 1 and f"giờ yên tĩnh {said}" in refused.output
        assert "--khan-cap" in refused.output
        cancelled = cli("play-now", str(sid), "--khan-cap", input="n\n")
        assert cancelled.exit_code == 1 and "Đã hủy, không phát gì." in cancelled.output
        assert f"Bây giờ là giờ yên tĩnh {said}." in cancelled.output

        hung = Browser(client)
        hung.sign_in("hung")
        page = html.unescape(hung.get("/phat-ngay").text)
        assert f"Bây giờ là giờ yên tĩnh {said}" in page
        form = {"mode": "segment", "segment": str(sid), "confirm": "1"}
        asked = hung.post("/phat-ngay", form)
        assert asked.status_code == 400
        page = html.unescape(asked.text)
        assert f"xác nhận phát tin này như tin KHẨN CẤP trong giờ yên tĩnh {said}" in page
        assert not names_a_flag(page.split("<main")[1])  # no command-line flag on a web page
        assert not rows(home)  # nothing aired without the confirmation
        aired = hung.post("/phat-ngay", {**form, "quiet_ok": "1"})
        assert aired.status_code == 200 and "Đã phát xong" in aired.text, aired.text[-2000:]

        done = cli("play-now", str(sid), "--khan-cap", "--yes")
        assert done.exit_code == 0, done.output
    finally:
        client.close()
        stop(daemon)
    found = rows(home)
    assert [(r.segment_id, r.outcome) for r in found] == [(sid, "aired"), (sid, "aired")]
    events = [e for e in show_segment(app, sid).events if e.action == "quiet-override"]
    assert [e.actor for e in events] == ["Nguyễn Văn Hùng", ""]
    assert all(f"trong giờ yên tĩnh {said}" in e.detail for e in events)
    log = (tmp_path / "air.log").read_text(encoding="utf-8", errors="replace")
    assert "airs as khan-cap (sent by Nguyễn Văn Hùng)" in log
    app.close()
