"""Verifying logged airings against recorded air-check files (real espeak-ng speech, the
recorder's own Opus files, real SQLite and PostgreSQL), through the CLI an operator uses."""

from __future__ import annotations

import json
import wave
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from aircheck_audio import SENTENCES, silence, speech
from conftest import Cli

from broadcaster.aircheck.alarms import Finding, judge
from broadcaster.aircheck.archive import RATE
from broadcaster.aircheck.evidence import judge_relay
from broadcaster.aircheck.recorder import FileWriter
from broadcaster.aircheck.wav import write_wav
from broadcaster.clock import FakeClock
from broadcaster.models import Airing, Segment
from broadcaster.station import App


def add_segment(app: App, folder: Path, text: str) -> tuple[int, np.ndarray]:
    audio = speech(text)
    path = folder / f"seg-{abs(hash(text))}.wav"
    write_wav(path, audio)
    now = app.now()
    with app.db.transaction() as session:
        segment = Segment(
            title=text[:40],
            category="thong-bao",
            script_text=text,
            status="approved",
            created_at=now,
            updated_at=now,
            audio_path=str(path),
            audio_duration=audio.size / RATE,
            audio_stale=False,
        )
        session.add(segment)
        session.flush()
        return segment.id, audio


def log_airing(app: App, segment_id: int, start: datetime, seconds: float) -> int:
    with app.db.transaction() as session:
        airing = Airing(
            segment_id=segment_id,
            scheduled_start=start,
            actual_start=start,
            actual_end=start + timedelta(seconds=seconds),
            duration=seconds,
            outcome="aired",
            created_at=start,
        )
        session.add(airing)
        session.flush()
        return airing.id


def record(app: App, audio: np.ndarray, start: datetime) -> None:
    folder = app.settings.aircheck_dir / "station"
    folder.mkdir(parents=True, exist_ok=True)
    writer = FileWriter(folder, "station", "test", start.timestamp())
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    for at in range(0, pcm.size, 1600):
        part = pcm[at : at + 1600]
        writer.write(part.tobytes(), start.timestamp() + (at + part.size) / RATE + 0.01)
    writer.close()


def test_verify_a_day_heard_not_heard_and_no_recording(
    app: App, clock: FakeClock, tmp_path: Path
) -> None:
    heard_id, heard_audio = add_segment(app, tmp_path, SENTENCES[0])
    other_id, other_audio = add_segment(app, tmp_path, SENTENCES[1])
    t0 = clock.now() - timedelta(hours=2)
    # On air: the first segment 0.12 s after its logged start, then silence where the
    # second was logged, then nothing recorded at all for a third airing.
    record(app, np.concatenate([silence(5.12), heard_audio, silence(40.0)]), t0)
    heard = log_airing(app, heard_id, t0 + timedelta(seconds=5), heard_audio.size / RATE)
    unheard = log_airing(app, other_id, t0 + timedelta(seconds=20), other_audio.size / RATE)
    unrecorded = log_airing(app, other_id, t0 + timedelta(minutes=30), 6.0)
    cli = Cli(app.settings.home, app.settings.db_url, clock)
    result = cli("aircheck", "verify", "--date", "23/11/2026")
    assert result.exit_code == 0, result.output
    assert "Cộng: 1 nghe thấy trọn vẹn, 0 một phần, 1 không nghe thấy, 1 không có bản ghi" in (
        result.output
    )
    with app.db.transaction() as session:
        rows = {a.id: a for a in session.query(Airing)}
        assert rows[heard].heard == "verified"
        assert rows[heard].heard_start is not None
        shift = (rows[heard].heard_start - rows[heard].actual_start).total_seconds()  # type: ignore[operator]
        assert abs(shift - 0.12) < 0.02
        assert rows[unheard].heard == "not-heard" and rows[unheard].heard_seconds == 0
        assert "im lặng" in rows[unheard].heard_detail
        assert rows[unrecorded].heard == "no-evidence"
    document = json.loads(cli("log", "--format", "json", "--date", "23/11/2026").output)
    record_of = {r["airing_id"]: r for r in document["airings"]}
    assert record_of[heard]["heard"] == "verified"
    assert record_of[heard]["heard_start"].endswith("+07:00")
    assert record_of[unheard]["heard"] == "not-heard"
    table = cli("log", "--date", "23/11/2026").output
    assert "✓ đã nghe thấy trên loa" in table and "✗ không nghe thấy" in table
    out = tmp_path / "nghe-lai.wav"
    played = cli("aircheck", "play", str(heard), "--out", str(out))
    assert played.exit_code == 0, played.output
    with wave.open(str(out)) as wav:
        assert wav.getnframes() / wav.getframerate() > heard_audio.size / RATE + 3
    missing = cli("aircheck", "play", str(unrecorded), "--out", str(tmp_path / "x.wav"))
    assert missing.exit_code != 0 and "Không có bản ghi kiểm tra" in missing.output
    assert not (tmp_path / "x.wav").exists()
    assert cli("aircheck", "play", "999", "--out", str(out)).exit_code != 0


def test_verify_needs_a_date_or_pending(app: App, clock: FakeClock) -> None:
    cli = Cli(app.settings.home, app.settings.db_url, clock)
    result = cli("aircheck", "verify")
    assert result.exit_code != 0 and "--date NGÀY hoặc --pending" in result.output


def levels(start: float, pattern: str) -> list[tuple[float, float]]:
    """One level per second: «#» sound (-20 dBFS), «.» silence (-90 dBFS)."""
    return [(start + i, -20.0 if c == "#" else -90.0) for i, c in enumerate(pattern)]


def test_silence_inside_an_airing_longer_than_the_limit_is_dead_air() -> None:
    spans = [(100.0, 130.0, 7)]
    found = judge(levels(95, "....." + "#" * 10 + "." * 15 + "#####" + "....."), spans, 10)
    assert found == [Finding("dead-air", 110.0, 125.0, 7)]
    assert judge(levels(95, "....." + "#" * 10 + "." * 8 + "#" * 12 + "....."), spans, 10) == []


def test_sound_outside_every_airing_is_wrong_air_but_not_at_its_edges() -> None:
    spans = [(100.0, 110.0, 7)]
    found = judge(levels(80, "#" * 12 + "...." + "#" * 14 + "." * 10), spans, 10)
    assert found == [Finding("wrong-air", 80.0, 92.0, None)]
    # Sound running 1-2 s past a logged end (latency, a fade) raises nothing.
    assert judge(levels(100, "#" * 12 + "." * 20), spans, 10) == []


def test_relay_is_judged_by_loudness_minute_by_minute() -> None:
    seconds, quiet = judge_relay([-20.0] * 60 + [-70.0] * 50 + [-20.0] * 10, -16.0)
    assert seconds == 70 and quiet == [1]


def add_zone(app: App, name: str, monitor: str) -> int:
    from broadcaster.models import Zone

    with app.db.transaction() as session:
        zone = Zone(name=name, output="device", monitor=monitor, created_at=app.now())
        session.add(zone)
        session.flush()
        return zone.id


def zone_airing(app: App, segment_id: int, zone_id: int, start: datetime, seconds: float) -> int:
    airing_id = log_airing(app, segment_id, start, seconds)
    with app.db.transaction() as session:
        row = session.get(Airing, airing_id)
        assert row is not None
        row.zone_id = zone_id
    return airing_id


def record_in(app: App, key: str, audio: np.ndarray, start: datetime) -> None:
    folder = app.settings.aircheck_dir / key
    folder.mkdir(parents=True, exist_ok=True)
    writer = FileWriter(folder, key, "test", start.timestamp())
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    for at in range(0, pcm.size, 1600):
        part = pcm[at : at + 1600]
        writer.write(part.tobytes(), start.timestamp() + (at + part.size) / RATE + 0.01)
    writer.close()


def test_each_zone_is_verified_against_its_own_monitor_and_an_unmonitored_zone_gets_none(
    app: App, clock: FakeClock, tmp_path: Path
) -> None:
    from broadcaster.aircheck.evidence import OneZone, verify_day, zone_key

    market = add_zone(app, "Chợ xã", "pulse:cho.monitor")
    village = add_zone(app, "Thôn 1–6", "pulse:thon.monitor")
    quiet = add_zone(app, "Cụm loa IP", "none")
    seg_a, audio_a = add_segment(app, tmp_path, SENTENCES[0])
    seg_b, audio_b = add_segment(app, tmp_path, SENTENCES[1])
    t0 = clock.now() - timedelta(hours=2)
    # The market's loudspeakers carried A; the village's carried B at the same moment.
    record_in(app, zone_key(market), np.concatenate([silence(5.1), audio_a, silence(5.0)]), t0)
    record_in(app, zone_key(village), np.concatenate([silence(5.1), audio_b, silence(5.0)]), t0)
    at = t0 + timedelta(seconds=5)
    a_market = zone_airing(app, seg_a, market, at, audio_a.size / RATE)
    b_village = zone_airing(app, seg_b, village, at, audio_b.size / RATE)
    a_village = zone_airing(app, seg_a, village, at + timedelta(minutes=30), 6.0)  # unrecorded
    b_quiet = zone_airing(app, seg_b, quiet, at, audio_b.size / RATE)
    only_market = verify_day(app, app.local(t0).date(), OneZone(market))
    assert [v.airing_id for v in only_market] == [a_market]
    cli = Cli(app.settings.home, app.settings.db_url, clock)
    result = cli("aircheck", "verify", "--date", "23/11/2026")
    assert result.exit_code == 0, result.output
    with app.db.transaction() as session:
        rows = {a.id: a for a in session.query(Airing)}
        assert rows[a_market].heard == "verified"
        assert rows[b_village].heard == "verified"  # its own zone's recording, not the market's
        assert rows[a_village].heard == "no-evidence"
        assert "bộ ghi không chạy" in rows[a_village].heard_detail
        assert rows[b_quiet].heard is None  # no monitor in that zone: no verdict at all
    by_zone = cli("aircheck", "verify", "--date", "23/11/2026", "--zone", "Thôn 1–6")
    assert by_zone.exit_code == 0 and "Cộng: 1 nghe thấy trọn vẹn" in by_zone.output
    assert "1 không có bản ghi" in by_zone.output
    heard = cli("aircheck", "play", str(b_village), "--out", str(tmp_path / "b.wav"))
    assert heard.exit_code == 0, heard.output
    nothing = cli("aircheck", "play", str(b_quiet), "--out", str(tmp_path / "q.wav"))
    assert nothing.exit_code != 0 and "monitor = «none»" in nothing.output


def test_a_zone_that_hears_the_wrong_item_is_not_heard(
    app: App, clock: FakeClock, tmp_path: Path
) -> None:
    from broadcaster.aircheck.evidence import zone_key

    market = add_zone(app, "Chợ xã", "pulse:cho.monitor")
    seg_a, audio_a = add_segment(app, tmp_path, SENTENCES[0])
    _seg_b, audio_b = add_segment(app, tmp_path, SENTENCES[1])
    t0 = clock.now() - timedelta(hours=2)
    record_in(app, zone_key(market), np.concatenate([silence(5.1), audio_b, silence(5.0)]), t0)
    logged_a = zone_airing(app, seg_a, market, t0 + timedelta(seconds=5), audio_a.size / RATE)
    cli = Cli(app.settings.home, app.settings.db_url, clock)
    assert cli("aircheck", "verify", "--date", "23/11/2026").exit_code == 0
    with app.db.transaction() as session:
        row = session.get(Airing, logged_a)
        assert row is not None and row.heard == "not-heard"


def test_a_zone_monitor_is_judged_against_its_own_zone_airings_and_its_alarm_names_it(
    app: App, clock: FakeClock, tmp_path: Path
) -> None:
    from broadcaster.aircheck.alarms import check
    from broadcaster.aircheck.evidence import OneZone, zone_key

    market = add_zone(app, "Chợ xã", "pulse:cho.monitor")
    village = add_zone(app, "Thôn 1–6", "pulse:thon.monitor")
    sid, _audio = add_segment(app, tmp_path, SENTENCES[0])
    start = clock.now() - timedelta(seconds=30)
    t = np.arange(int(30 * RATE)) / RATE
    tone = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    record_in(app, zone_key(market), tone, start)  # the market's loudspeakers sound …
    zone_airing(app, sid, village, start, 30.0)  # … while only the village airs
    folder = app.settings.aircheck_dir / zone_key(market)
    assert check(app, folder, zone_key(market)) == []  # judged against every zone: masked
    alarms = check(app, folder, zone_key(market), OneZone(market), "Chợ xã")
    assert [a.kind for a in alarms] == ["wrong-air"]
    assert alarms[0].detail.startswith("Vùng «Chợ xã»: Loa phát ra âm thanh ngoài lịch")
