"""«Phát trực tiếp» and «Nghe đài» at the console's edge: who may, from where, and what is
kept. (The whole path with a real browser and daemon: test_live_browser.py.)"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from web_client import Browser

from broadcaster.models import PlayoutRequest, Segment
from broadcaster.station import App, record_heartbeat

Person = Callable[[str | None], Browser]
SAME = {"origin": "http://testserver"}


def pcm(seconds: float, rate: int = 16000) -> bytes:
    return b"\x10\x00" * int(seconds * rate)


def first_message(person: Browser, headers: dict[str, str], start: dict[str, object]) -> dict:  # type: ignore[type-arg]
    with person.client.websocket_connect("/phat-truc-tiep/ws", headers=headers) as ws:
        ws.send_text(json.dumps({"start": start}))
        return json.loads(ws.receive_text())


def test_an_editor_cannot_speak_live(browser: Person) -> None:
    reply = first_message(browser("lan"), SAME, {"rate": 16000})
    assert reply["state"] == "error" and "lãnh đạo duyệt" in reply["message"]
    assert browser("lan").get("/phat-truc-tiep").status_code == 403


def test_a_page_of_another_site_cannot_open_the_microphone_socket(browser: Person) -> None:
    reply = first_message(browser("hung"), {"origin": "http://evil.example"}, {"rate": 16000})
    assert reply["state"] == "error"


def test_with_the_daemon_stopped_nothing_is_created_and_the_leader_is_told(
    browser: Person, station: App
) -> None:
    reply = first_message(browser("hung"), SAME, {"rate": 16000})
    assert reply["state"] == "error" and "broadcaster run" in reply["message"]
    with station.db.transaction() as session:
        assert session.scalars(select(Segment)).all() == []


def test_a_live_airing_is_requested_and_its_recording_kept_as_a_segment(
    browser: Person, station: App
) -> None:
    record_heartbeat(station)
    hung = browser("hung")
    with hung.client.websocket_connect("/phat-truc-tiep/ws", headers=SAME) as ws:
        ws.send_text(json.dumps({"start": {"rate": 16000}}))
        waiting = json.loads(ws.receive_text())
        assert waiting["state"] == "waiting" and waiting["title"].endswith("— Hung")
        ws.send_bytes(pcm(1.5))
        ws.send_text(json.dumps({"stop": True}))
        ended = json.loads(ws.receive_text())
    assert ended["state"] == "ended" and ended["kept"] is True
    with station.db.transaction() as session:
        segment = session.get(Segment, ended["segment"])
        assert segment is not None and segment.kind == "recording"
        assert segment.approved_by == "Hung" and segment.audio_duration == pytest.approx(1.5)
        assert Path(segment.recording_path).is_file()
        requests = session.scalars(select(PlayoutRequest)).all()
        assert [r.segment_id for r in requests] == [segment.id]
    assert not any((station.settings.home / "live").glob(f"{segment.id}.*"))


def test_a_closed_socket_ends_the_feed_as_a_drop(browser: Person, station: App) -> None:
    record_heartbeat(station)
    hung = browser("hung")
    with hung.client.websocket_connect("/phat-truc-tiep/ws", headers=SAME) as ws:
        ws.send_text(json.dumps({"start": {"rate": 16000}}))
        waiting = json.loads(ws.receive_text())
        ws.send_bytes(pcm(0.5))
        ws.close()
    kept = None
    for _ in range(200):  # the console finishes the airing after the socket closed
        with station.db.transaction() as session:
            segment = session.get(Segment, waiting["segment"])
            kept = segment.audio_duration if segment else None
        if kept:
            break
        time.sleep(0.05)
    assert kept == pytest.approx(0.5)
    assert not (station.settings.home / "live" / f"{waiting['segment']}.pcm").exists()


def test_listening_needs_a_running_daemon_and_says_so(browser: Person) -> None:
    lan = browser("lan")
    reply = lan.client.get("/nghe-dai/luong")
    assert reply.status_code == 503 and "broadcaster run" in reply.text
    anonymous = browser(None)
    assert "/dang-nhap" in str(anonymous.client.get("/nghe-dai/luong").url)


def test_a_live_airing_the_daemon_never_took_is_withdrawn(browser: Person, station: App) -> None:
    record_heartbeat(station)  # «alive», but no daemon here takes the request
    hung = browser("hung")
    with hung.client.websocket_connect("/phat-truc-tiep/ws", headers=SAME) as ws:
        ws.send_text(json.dumps({"start": {"rate": 16000}}))
        json.loads(ws.receive_text())
        ws.send_bytes(pcm(0.2))
        ws.send_text(json.dumps({"stop": True}))
        ended = json.loads(ws.receive_text())
    assert ended["outcome"] == ""
    with station.db.transaction() as session:
        (request,) = session.scalars(select(PlayoutRequest)).all()
        assert request.taken_at is not None and "không lên loa" in request.error
