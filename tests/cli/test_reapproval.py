"""An edit to what, when, how often or how urgently a segment airs sends it back for approval
(``catalogue.approval``), from the command line; limits on khẩn cấp repeats; explicit clears."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Cli
from sqlalchemy import select

from broadcaster.models import Segment
from broadcaster.station import App


def _status(app: App, sid: int) -> Segment:
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment).where(Segment.id == sid)).one()
        session.expunge(segment)
        return segment


def _approved_emergency(run: Cli) -> int:
    added = run(
        "segment", "add", "--text", "Cảnh báo lũ quét.", "-c", "phong-chong-thien-tai",
        "--level", "khan-cap", "--repeat-every", "60", "--repeat-for", "3h",
        "--valid-to", "30/11/2026",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert run("segment", "approve", "1", "--by", "Chủ tịch xã").exit_code == 0
    return 1


def test_escalating_an_approved_khan_cap_repeat_is_refused_beyond_the_limits(
    run: Cli, app: App
) -> None:
    sid = _approved_emergency(run)
    result = run(
        "segment", "edit", str(sid), "--repeat-every", "1", "--repeat-for", "168h",
        "--valid-to", "31/12/2026",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "quá dày" in result.output and "Traceback" not in result.output
    segment = _status(app, sid)
    assert (segment.status, segment.repeat_every, segment.repeat_for) == ("approved", 60, 180)
    plan = run("plan").output
    assert plan.count("«Cảnh báo lũ quét.» — khẩn cấp") == 4


@pytest.mark.parametrize(
    "change",
    [
        ["--repeat-every", "30"],
        ["--repeat-for", "2h"],
        ["--valid-to", "31/12/2026"],
        ["--valid-from", "24/11/2026"],
        ["--level", "uu-tien"],
        ["--text", "Cảnh báo lũ quét, sơ tán ngay."],
        ["-c", "an-ninh"],
        ["--clear", "valid-to"],
        ["--clear", "repeat"],
    ],
)
def test_any_change_to_what_when_how_often_or_how_urgently_needs_approval_again(
    run: Cli, app: App, change: list[str]
) -> None:
    sid = _approved_emergency(run)
    result = run("segment", "edit", str(sid), *change)
    assert result.exit_code == 0, result.output
    assert "(chờ duyệt)" in result.output
    segment = _status(app, sid)
    assert segment.status == "draft" and segment.approved_by is None
    assert segment.emergency_at is None
    assert "Tin khẩn cấp (" not in run("plan").output
    shown = run("segment", "show", str(sid)).output
    assert "cần duyệt lại" in shown


def test_title_and_notes_do_not_touch_the_approval(run: Cli, app: App) -> None:
    sid = _approved_emergency(run)
    result = run("segment", "edit", str(sid), "--title", "Lũ quét", "--notes", "gọi trưởng thôn")
    assert result.exit_code == 0, result.output
    assert _status(app, sid).status == "approved"


def test_a_new_recording_or_relay_address_needs_approval_again(
    run: Cli, app: App, tmp_path: Path
) -> None:
    relay = run(
        "segment", "add", "--relay", "http://127.0.0.1:8000/vov1", "--duration", "30:00",
        "-c", "tiep-song", "--title", "Thời sự",
    )  # fmt: skip
    assert relay.exit_code == 0, relay.output
    run("segment", "approve", "1", "--by", "Chủ tịch xã")
    moved = run("segment", "edit", "1", "--relay", "http://10.0.0.9:8000/khac", "--duration", "30")
    assert moved.exit_code == 0, moved.output
    segment = _status(app, 1)
    assert (segment.status, segment.relay_url) == ("draft", "http://10.0.0.9:8000/khac")


def test_clear_removes_validity_and_repeats_and_is_refused_with_a_new_value(
    run: Cli, app: App
) -> None:
    sid = _approved_emergency(run)
    cleared = run("segment", "edit", str(sid), "--clear", "repeat", "--clear", "valid-to")
    assert cleared.exit_code == 0, cleared.output
    segment = _status(app, sid)
    assert (segment.valid_to, segment.repeat_every, segment.repeat_for) == (None, None, None)
    both = run("segment", "edit", str(sid), "--clear", "valid-to", "--valid-to", "1/12/2026")
    assert both.exit_code == 1 and "vừa đổi vừa bỏ" in both.output


def test_a_repeat_without_a_span_is_capped_by_the_limits(run: Cli, app: App) -> None:
    added = run(
        "segment", "add", "--text", "Bão", "-c", "phong-chong-thien-tai", "--level", "khan-cap",
        "--repeat-every", "60", "--valid-to", "31/12/2026",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "trong 47 giờ" in run("segment", "show", "1").output
