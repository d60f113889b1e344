"""The site's programme copy (typed, versioned file) and its audio store."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.commune.registry import add_site, add_zone, revoke_site, site_scopes
from broadcaster.models import Segment
from broadcaster.playout import offline
from broadcaster.playout.audio_store import AudioStore
from broadcaster.speech.audiofile import file_sha256
from broadcaster.station import App
from broadcaster.web.app import create_app


def _segment_with_audio(app: App, tmp_path: Path, title: str) -> tuple[int, str]:
    audio = tmp_path / f"{title}.wav"
    audio.write_bytes(b"RIFF" + title.encode() * 100)
    digest = file_sha256(audio)
    now = app.now()
    with app.db.transaction() as session:
        segment = Segment(
            title=title,
            category="khac",
            kind="recording",
            status="approved",
            audio_path=str(audio),
            audio_hash=digest,
            audio_duration=5.0,
            audio_stale=False,
            created_at=now,
            updated_at=now,
        )
        session.add(segment)
        session.flush()
        return segment.id, digest


@pytest.fixture
def commune(app: App, tmp_path: Path) -> App:
    add_site(app, "A")
    add_zone(app, "Thôn 1", f"file:{tmp_path}/a.wav", "A")
    add_zone(app, "Thôn 2", f"file:{tmp_path}/b.wav", "A")
    return app


def test_the_copy_holds_each_zones_programme_for_the_offline_days(
    commune: App, tmp_path: Path, clock: FakeClock
) -> None:
    app = commune
    add_slot(app, SlotSpec("Sáng", time(6, 0), time(6, 30)))
    sid, digest = _segment_with_audio(app, tmp_path, "tin")
    today = app.today()
    book_segment(
        app, BookingRequest(sid, ("Sáng",), today, today + timedelta(days=9), zones=("Thôn 1",))
    )
    scopes = site_scopes(app, "A", "device")
    copy = offline.prepare(app, scopes, days=3)
    zone1, zone2 = scopes[0].zone_id, scopes[1].zone_id
    assert len([p for p in copy.planned if p.zone_id == zone1]) == 4  # today + 3 days
    assert all(p.entries for p in copy.planned if p.zone_id == zone1)
    assert not any(p.entries for p in copy.planned if p.zone_id == zone2)
    assert copy.audio == {sid: digest}
    assert copy.held_days(app.now()) == pytest.approx(
        (copy.until - app.now()).total_seconds() / 86400
    )
    offline.save(tmp_path, copy)
    again = offline.load(tmp_path)
    assert again == copy
    first = copy.occurrences(zone1, app.now(), app.now() + timedelta(days=1))[0]
    assert [e.segment_id for e in again.entries(zone1, first) or []] == [sid]


def test_an_unreadable_or_foreign_copy_is_none(tmp_path: Path) -> None:
    (tmp_path / offline.COPY_NAME).write_text('{"format": "khac/9"}', encoding="utf-8")
    assert offline.load(tmp_path) is None
    (tmp_path / offline.COPY_NAME).write_text("{hỏng", encoding="utf-8")
    assert offline.load(tmp_path) is None


def test_the_store_keeps_only_files_whose_sha256_matches(tmp_path: Path) -> None:
    source = tmp_path / "a.wav"
    source.write_bytes(b"abc" * 1000)
    digest = file_sha256(source)
    store = AudioStore(tmp_path / "site")
    assert store.ensure(digest, str(source))
    assert store.has(digest, strict=True)
    store.path(digest).write_bytes(b"damaged")
    assert not store.has(digest, strict=True)
    assert store.ensure(digest, str(source))  # fetched again
    assert store.has(digest, strict=True)
    assert not store.ensure("0" * 64, str(source))  # the bytes are not that file
    assert not store.path("0" * 64).exists()


def test_the_console_serves_audio_to_a_site_token_only(app: App, tmp_path: Path) -> None:
    token = add_site(app, "A").token
    old = add_site(app, "B").token
    revoke_site(app, "B")
    _sid, digest = _segment_with_audio(app, tmp_path, "tin")
    client = TestClient(create_app(app))
    url = f"/diem-phat/am-thanh/{digest}"
    assert client.get(url).status_code == 403
    assert client.get(url, headers={"Authorization": "Bearer sai"}).status_code == 403
    assert client.get(url, headers={"Authorization": f"Bearer {old}"}).status_code == 403
    ok = client.get(url, headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200 and ok.content.startswith(b"RIFF")
    missing = client.get(
        f"/diem-phat/am-thanh/{'1' * 64}", headers={"Authorization": f"Bearer {token}"}
    )
    assert missing.status_code == 404
    assert (
        client.get(
            "/diem-phat/am-thanh/xyz", headers={"Authorization": f"Bearer {token}"}
        ).status_code
        == 400
    )
