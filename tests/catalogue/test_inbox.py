"""Bulletins from a source system: good, duplicate and malformed files, nothing half-imported."""

from __future__ import annotations

import dataclasses
import json
import math
import struct
import wave
from datetime import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from broadcaster.catalogue.inbox import import_path, scan_inbox
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.models import Booking, Segment
from broadcaster.station import App

GOOD: dict[str, Any] = {
    "id": "STTTT-2026-000123",
    "source": "Hệ thống thông tin nguồn tỉnh",
    "level": "uu-tien",
    "title": "Lịch tiêm vắc xin sởi",
    "category": "y-te",
    "text": "Trạm y tế xã thông báo lịch tiêm vắc xin sởi cho trẻ em.",
    "valid_from": "2026-11-23",
    "valid_to": "2026-11-30",
    "airings": [
        {"slot": "Buổi sáng", "from": "2026-11-24", "to": "2026-11-26"},
        {"slot": "Buổi chiều", "dates": ["2026-11-24", "2026-11-25"]},
    ],
}


def drop(folder: Path, name: str, content: dict[str, Any] | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def slots(app: App) -> None:
    add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 30)))
    add_slot(app, SlotSpec("Buổi chiều", time(17), time(17, 45)))


def count(app: App, model: type) -> int:
    with app.db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_good_bulletin_becomes_a_booked_segment_and_moves_to_done(app: App) -> None:
    slots(app)
    inbox = app.settings.inbox_dir
    drop(inbox, "tin-1.json", GOOD)
    [result] = scan_inbox(app)
    assert result.outcome == "imported", result.message
    assert "Đã nhận bản tin «STTTT-2026-000123»" in result.message
    assert "mức ưu tiên" in result.message
    assert (inbox / "done" / "tin-1.json").exists() and not (inbox / "tin-1.json").exists()
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.bulletin_id == "STTTT-2026-000123"
        assert segment.level == "uu-tien" and segment.category == "y-te"
        assert segment.status == "draft"  # a leader still approves ordinary bulletins
        assert str(segment.valid_to) == "2026-11-30"
        bookings = session.scalars(select(Booking).order_by(Booking.id)).all()
        assert [(b.slot.name, str(b.date_from), str(b.date_to)) for b in bookings] == [
            ("Buổi sáng", "2026-11-24", "2026-11-26"),
            ("Buổi chiều", "2026-11-24", "2026-11-24"),
            ("Buổi chiều", "2026-11-25", "2026-11-25"),
        ]


def test_a_duplicate_id_is_ignored_and_said(app: App) -> None:
    slots(app)
    inbox = app.settings.inbox_dir
    drop(inbox, "a.json", GOOD)
    drop(inbox, "b.json", {**GOOD, "title": "Bản gửi lại"})
    first, second = scan_inbox(app)
    assert first.outcome == "imported"
    assert second.outcome == "duplicate"
    assert "đã nhận trước đây (tin bài số 1); bỏ qua" in second.message
    assert count(app, Segment) == 1 and count(app, Booking) == 3
    assert (inbox / "done" / "b.json").exists()


def test_a_malformed_file_is_rejected_with_the_reason_beside_it(app: App) -> None:
    inbox = app.settings.inbox_dir
    drop(inbox, "hong.json", '{"id": "x", "level": ')
    drop(inbox, "thieu.json", {k: v for k, v in GOOD.items() if k != "title"})
    drop(inbox, "muc.json", {**GOOD, "id": "y", "level": "rất gấp"})
    results = scan_inbox(app)
    assert [r.outcome for r in results] == ["rejected"] * 3
    rejected = inbox / "rejected"
    assert "không phải JSON hợp lệ" in (rejected / "hong.txt").read_text(encoding="utf-8")
    assert "Thiếu trường «title»" in (rejected / "thieu.txt").read_text(encoding="utf-8")
    assert "Mức tin «rất gấp» không hợp lệ" in (rejected / "muc.txt").read_text(encoding="utf-8")
    assert (rejected / "hong.json").exists()
    assert count(app, Segment) == 0
    assert list(inbox.glob("*.json")) == []


def test_nothing_is_half_imported_when_a_requested_slot_does_not_exist(app: App) -> None:
    add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 30)))  # no «Buổi chiều»
    inbox = app.settings.inbox_dir
    drop(inbox, "tin.json", GOOD)
    [result] = scan_inbox(app)
    assert result.outcome == "rejected"
    assert "Không có buổi phát «Buổi chiều»" in (inbox / "rejected" / "tin.txt").read_text(
        encoding="utf-8"
    )
    assert count(app, Segment) == 0 and count(app, Booking) == 0
    # Fixed and dropped again, it is taken in.
    add_slot(app, SlotSpec("Buổi chiều", time(17), time(17, 45)))
    drop(inbox, "tin.json", GOOD)
    assert scan_inbox(app)[0].outcome == "imported"


def test_a_booking_in_quiet_hours_rejects_the_bulletin(app: App) -> None:
    relaxed = App(dataclasses.replace(app.settings, quiet_hours=""), app.db, app.clock)
    add_slot(relaxed, SlotSpec("Đêm", time(22), time(22, 30)))
    drop(
        app.settings.inbox_dir,
        "dem.json",
        {**GOOD, "airings": [{"slot": "Đêm", "from": "2026-11-24"}]},
    )
    [result] = scan_inbox(app)
    assert result.outcome == "rejected" and "giờ yên tĩnh" in result.message
    assert count(app, Segment) == 0


def test_an_airing_at_a_time_books_the_slot_that_covers_it(app: App) -> None:
    slots(app)
    drop(
        app.settings.inbox_dir,
        "gio.json",
        {**GOOD, "airings": [{"at": "2026-11-25T17:10:00+07:00"}]},
    )
    assert scan_inbox(app)[0].outcome == "imported"
    with app.db.transaction() as session:
        booking = session.scalars(select(Booking)).one()
        assert booking.slot.name == "Buổi chiều" and str(booking.date_from) == "2026-11-25"


def tone(path: Path, seconds: float = 1.0, rate: int = 24000) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = (
            int(8000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(int(seconds * rate))
        )
        out.writeframes(b"".join(struct.pack("<h", f) for f in frames))


def test_a_khan_cap_bulletin_with_audio_is_approved_and_armed_at_once(app: App) -> None:
    folder = app.settings.inbox_dir
    folder.mkdir(parents=True)
    tone(folder / "lu.wav")
    bulletin = {
        "id": "KC-1",
        "source": "Ban chỉ huy PCTT tỉnh",
        "level": "khan-cap",
        "title": "Cảnh báo lũ quét",
        "category": "phong-chong-thien-tai",
        "text": "Cảnh báo lũ quét khu vực ven suối.",
        "audio": "lu.wav",
        "valid_to": "2026-11-23T20:00:00+07:00",
        "repeat": {"every_minutes": 30, "for_minutes": 180},
    }
    drop(folder, "lu.json", bulletin)
    [result] = import_path(app, folder)
    assert result.outcome == "imported" and "phát ngay" in result.message
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.kind == "recording" and segment.script_text.startswith("Cảnh báo")
        assert segment.status == "approved" and "tự động" in (segment.approved_by or "")
        assert segment.emergency_at == app.now()
        assert (segment.repeat_every, segment.repeat_for) == (30, 180)
        assert segment.valid_until is not None


def test_without_automatic_emergency_airing_a_khan_cap_waits_for_approval(app: App) -> None:
    strict = App(dataclasses.replace(app.settings, auto_emergency=False), app.db, app.clock)
    drop(
        strict.settings.inbox_dir,
        "kc.json",
        {**GOOD, "id": "KC-2", "level": "khan-cap", "airings": []},
    )
    [result] = scan_inbox(strict)
    assert "TIN KHẨN CẤP CHỜ DUYỆT" in result.message
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.status == "draft" and segment.emergency_at is None


def test_the_documented_schema_and_example_match_the_reader() -> None:
    from zoneinfo import ZoneInfo

    from conftest import REPO

    from broadcaster.catalogue.bulletin import FIELDS, parse_bulletin

    schema = json.loads((REPO / "docs" / "bulletin.schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]) == FIELDS
    example = (REPO / "docs" / "bulletin-example.json").read_bytes()
    bulletin = parse_bulletin(example, ZoneInfo("Asia/Ho_Chi_Minh"))
    assert set(schema["required"]) <= set(json.loads(example))
    assert bulletin.level == "khan-cap" and bulletin.repeat_every == 30


def test_a_bulletin_valid_until_an_hour_does_not_air_in_a_later_slot(app: App) -> None:
    from datetime import date

    from broadcaster.catalogue.planning import plan_day

    slots(app)
    drop(
        app.settings.inbox_dir,
        "han.json",
        {
            **GOOD,
            "level": "thong-thuong",
            "valid_to": "2026-11-24T12:00:00+07:00",
            "airings": [
                {"slot": "Buổi sáng", "dates": ["2026-11-24"]},
                {"slot": "Buổi chiều", "dates": ["2026-11-24"]},
            ],
        },
    )
    assert scan_inbox(app)[0].outcome == "imported"
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        segment.status = "approved"
    morning, evening = plan_day(app, date(2026, 11, 24)).slots
    assert morning.entries[0].entry.airable and morning.entries[0].fits
    assert not evening.entries[0].entry.airable
    assert "đã hết hạn lúc 12:00 24/11/2026" in evening.entries[0].entry.warnings[-1]


def test_audio_given_by_url_is_downloaded(app: App, tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    served = tmp_path / "www"
    served.mkdir()
    tone(served / "thong-bao.wav")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/thong-bao.wav"
        missing = url.replace("thong-bao", "khong-co")
        drop(app.settings.inbox_dir, "a.json", {**GOOD, "airings": [], "audio": url})
        drop(app.settings.inbox_dir, "b.json", {**GOOD, "id": "X", "airings": [], "audio": missing})
        first, second = scan_inbox(app)
    finally:
        server.shutdown()
        server.server_close()
    assert first.outcome == "imported"
    assert second.outcome == "rejected" and "Không tải được tệp âm thanh" in second.message
    with app.db.transaction() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.kind == "recording" and Path(segment.recording_path).exists()
        assert segment.audio_duration is not None and 0.9 < segment.audio_duration < 1.1
