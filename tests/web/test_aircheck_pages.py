"""The console's proof of airing: the log shows what the loudspeakers got and plays the
air-check back; the dashboard shows dead or wrong air as a red line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import numpy as np
from aircheck_audio import SENTENCES, silence, speech
from web_client import Browser

from broadcaster.aircheck.archive import RATE
from broadcaster.aircheck.recorder import FileWriter
from broadcaster.aircheck.wav import write_wav
from broadcaster.models import AirAlarm, Airing, Segment
from broadcaster.station import App

Person = Callable[[str | None], Browser]


def _aired_and_recorded(app: App, tmp_path: Path) -> tuple[int, int]:
    audio = speech(SENTENCES[0])
    path = tmp_path / "seg.wav"
    write_wav(path, audio)
    start = app.now() - timedelta(minutes=5)
    seconds = audio.size / RATE
    with app.db.transaction() as session:
        segment = Segment(
            title="Lịch tiêm chủng",
            category="y-te",
            status="approved",
            created_at=start,
            updated_at=start,
            audio_path=str(path),
        )
        session.add(segment)
        session.flush()
        rows = []
        for offset, heard in ((0, "verified"), (60, "not-heard")):
            airing = Airing(
                segment_id=segment.id,
                scheduled_start=start + timedelta(seconds=offset),
                actual_start=start + timedelta(seconds=offset),
                actual_end=start + timedelta(seconds=offset + seconds),
                duration=seconds,
                outcome="aired",
                created_at=start,
                heard=heard,
                heard_detail="Nguồn giám sát không nghe thấy tin này: lúc đó trên loa là im lặng."
                if heard == "not-heard"
                else "",
            )
            session.add(airing)
            session.flush()
            rows.append(airing.id)
    folder = app.settings.aircheck_dir / "station"
    folder.mkdir(parents=True)
    writer = FileWriter(folder, "station", "test", start.timestamp() - 3)
    pcm = (np.concatenate([silence(3.0), audio, silence(70.0)]) * 32767).astype("<i2")
    for at in range(0, pcm.size, 1600):
        part = pcm[at : at + 1600]
        writer.write(part.tobytes(), start.timestamp() - 3 + (at + part.size) / RATE + 0.01)
    writer.close()
    return rows[0], rows[1]


def test_the_log_shows_heard_or_not_and_plays_the_air_check(
    browser: Person, station: App, tmp_path: Path
) -> None:
    heard, unheard = _aired_and_recorded(station, tmp_path)
    lan = browser("lan")
    page = lan.get("/nhat-ky")
    assert page.status_code == 200
    assert "✓ đã nghe thấy trên loa" in page.text and "✗ không nghe thấy" in page.text
    assert "trên loa là im lặng" in page.text
    assert f'src="/nhat-ky/{heard}/nghe-lai"' in page.text
    played = lan.get(f"/nhat-ky/{heard}/nghe-lai")
    assert played.status_code == 200 and played.headers["content-type"] == "audio/wav"
    assert len(played.content) > 2 * RATE * 5
    missing = lan.get("/nhat-ky/9999/nghe-lai")
    assert "Không có lượt phát số 9999" in missing.text
    assert browser(None).get(f"/nhat-ky/{unheard}/nghe-lai").url.path == "/dang-nhap"


def test_dead_air_is_a_red_line_on_the_dashboard(browser: Person, station: App) -> None:
    with station.db.transaction() as session:
        session.add(
            AirAlarm(
                zone="station",
                kind="dead-air",
                started_at=station.now() - timedelta(seconds=30),
                detail="Mất tiếng trên loa từ 04:59:30 (12 giây) trong khi nhật ký ghi đang phát.",
            )
        )
    page = browser("lan").get("/")
    assert 'data-alarm="dead-air"' in page.text and "MẤT TIẾNG TRÊN LOA" in page.text
