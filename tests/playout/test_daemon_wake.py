"""A real «broadcaster run» is woken by what another process writes: play-now and an
approved khẩn cấp air although the fallback poll is set to once a day (so only the wake
can make them air), on SQLite (a socket in the station home) and on a real PostgreSQL
(LISTEN/NOTIFY)."""

from __future__ import annotations

from pathlib import Path

from daemon_proc import (
    add_recording,
    cli_for,
    make_home,
    run_daemon,
    settings_of,
    stop,
    tone,
    wait_ready,
    wait_rows,
)
from sqlalchemy import select

from broadcaster.models import PlayoutRequest, Segment
from broadcaster.station import open_station


def requests_and_anchor(home: Path, db_url: str, sid: int):  # type: ignore[no-untyped-def]
    app = open_station(settings_of(home, db_url))
    try:
        with app.db.transaction() as session:
            found = list(session.scalars(select(PlayoutRequest).order_by(PlayoutRequest.id)))
            segment = session.get(Segment, sid)
            return found, segment.emergency_at if segment else None
    finally:
        app.close()


def test_play_now_and_khan_cap_wake_the_daemon_without_waiting_for_its_poll(
    tmp_path: Path, db_url: str
) -> None:
    home = make_home(tmp_path, db_url)
    toml = home / "broadcaster.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(
        text.replace("segment_gap = 1.0", "segment_gap = 1.0\nwake_fallback_seconds = 86400"),
        encoding="utf-8",
    )
    assert settings_of(home, db_url).wake_fallback_seconds == 86400  # a look a day apart
    cli = cli_for(home, db_url)
    first = add_recording(cli, tmp_path, 1.0, "Tin thứ nhất")
    second = add_recording(cli, tmp_path, 1.0, "Tin thứ hai")
    urgent_audio = tone(tmp_path, 1.5, 660)
    added = cli("segment", "add", "--audio", str(urgent_audio), "-c", "khac", "--level", "khan-cap")
    assert added.exit_code == 0, added.output
    urgent = int(added.output.split("số ", 1)[1].split(":", 1)[0])
    proc = run_daemon(home, tmp_path / "air.wav", db_url)
    try:
        wait_ready(home, proc, db_url)
        # The first may be seen by the daemon's first look; the second comes after that
        # look was done, and the next look is a day away: only the wake can air it.
        for sid in (first, second):
            played = cli("play-now", str(sid))
            assert played.exit_code == 0, played.output
            assert f"Đã phát ngay tin {sid}" in played.output
        # A leader approves a khẩn cấp: it airs at once, on its own.
        assert cli("segment", "approve", str(urgent), "--by", "Chủ tịch xã").exit_code == 0
        found = wait_rows(
            home, lambda r: any(a.segment_id == urgent and a.outcome == "aired" for a in r), db_url
        )
    finally:
        stop(proc)
    assert proc.returncode == 0
    assert [(a.segment_id, a.outcome) for a in found] == [
        (first, "aired"),
        (second, "aired"),
        (urgent, "aired"),
    ]
    requests, anchor = requests_and_anchor(home, db_url, urgent)
    assert [r.segment_id for r in requests] == [first, second, urgent]
    assert requests[2].due_at == anchor == found[2].scheduled_start
    for request, airing in zip(requests, found, strict=True):
        assert request.airing_id == airing.id and not request.error
        assert airing.actual_start is not None and airing.actual_start >= request.created_at
