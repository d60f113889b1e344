from conftest import Cli

from broadcaster.models import Segment
from broadcaster.station import App


def add_relay(run: Cli, *extra: str) -> int:
    result = run(
        "segment", "add", "--relay", "http://127.0.0.1:8000/vov1", "-c", "tiep-song", *extra
    )
    assert result.exit_code == 0, result.output
    return int(result.output.split("số ", 1)[1].split(":", 1)[0])


def test_segment_add_relay_stores_the_stream_and_its_length(run: Cli, app: App) -> None:
    sid = add_relay(run, "--duration", "30:00", "--title", "Thời sự VOV1")
    with app.db.transaction() as session:
        segment = session.get(Segment, sid)
        assert segment is not None
        assert (segment.kind, segment.relay_url, segment.relay_seconds) == (
            "relay",
            "http://127.0.0.1:8000/vov1",
            1800.0,
        )
    shown = run("segment", "show", str(sid)).output
    assert "Tiếp âm: http://127.0.0.1:8000/vov1 (30:00)" in shown
    assert "30:00" in run("segment", "list").output


def test_plan_shows_the_planned_span_of_relays(run: Cli) -> None:
    assert run("slot", "add", "Buổi sáng", "--start", "06:00", "--end", "06:45").exit_code == 0
    first = add_relay(run, "--duration", "15:00", "--title", "Thời sự")
    rest = add_relay(run, "--until-slot-end", "--title", "Tiếp sóng đài tỉnh")
    for sid in (first, rest):
        assert run("segment", "approve", str(sid), "--by", "A").exit_code == 0
        assert run("book", str(sid), "--slot", "Buổi sáng", "--from", "23/11/2026").exit_code == 0
    plan = run("plan", "--date", "23/11/2026").output
    assert "TIẾP ÂM 06:00:00–06:15:00" in plan
    assert "TIẾP ÂM 06:15:02–06:45:00, đến hết buổi" in plan
    assert "45:00 / 45:00 (100%)" in plan


def test_relay_options_are_checked_with_clear_messages(run: Cli) -> None:
    both = run("segment", "add", "--relay", "http://a/b", "-c", "tiep-song")
    assert both.exit_code == 1 and "--duration THỜI_LƯỢNG" in both.output
    bad = run("segment", "add", "--relay", "ftp://a/b", "--duration", "5", "-c", "tiep-song")
    assert bad.exit_code == 1 and "http:// hoặc https://" in bad.output
    stray = run("segment", "add", "--text", "Tin", "--duration", "5", "-c", "khac")
    assert stray.exit_code == 1 and "chỉ dùng cùng --relay" in stray.output
    two = run(
        "segment", "add", "--text", "Tin", "--relay", "http://a/b", "--duration", "5", "-c", "khac"
    )
    assert two.exit_code == 1 and "đúng một nguồn nội dung" in two.output


def test_render_skips_relays(run: Cli) -> None:
    sid = add_relay(run, "--duration", "1:00")
    result = run("render", str(sid))
    assert result.exit_code == 1 and "không cần tạo âm thanh" in result.output
