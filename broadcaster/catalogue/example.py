"""The example station: the sample slot table and scripts, booked for the coming weeks.

Loaded by ``broadcaster init --example`` (and so by ``make run``); adding it twice
changes nothing, since scripts already in the catalogue (same file hash) are skipped.
"""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.scriptfile import read_script_file
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.catalogue.slots import list_slots, load_schedule
from broadcaster.errors import InputError
from broadcaster.models import Segment
from broadcaster.station import App

SCHEDULE = Path("schedules") / "xa-mau.toml"
CATALOGUE = Path("scripts_vi") / "danh-muc.toml"
BOOK_DAYS = 30
EXAMPLE_APPROVER = "Trưởng đài (mẫu)"  # marks the example station's segments


def load_example(app: App, root: Path) -> str:
    schedule, catalogue = root / SCHEDULE, root / CATALOGUE
    if not schedule.exists() or not catalogue.exists():
        raise InputError(
            f"Không thấy đài mẫu trong «{root}» (cần {SCHEDULE} và {CATALOGUE}). Hãy chạy "
            "lệnh từ thư mục mã nguồn hoặc chỉ đúng thư mục bằng --example-dir."
        )
    if not list_slots(app):
        load_schedule(app, schedule)
    entries = tomllib.loads(catalogue.read_text(encoding="utf-8"))["script"]
    with app.db.transaction() as session:
        known = set(session.scalars(select(Segment.source_hash)))
    added = 0
    today = app.today()
    for entry in entries:
        script = read_script_file(catalogue.parent / entry["file"], app.settings)
        if script.source_hash in known:
            continue
        segment = add_segment(
            app,
            SegmentInput(
                title=entry["title"],
                category=entry["category"],
                level=entry.get("level", entry.get("priority", "thong-thuong")),
                script=script,
            ),
        )
        approve_segment(app, segment.id, EXAMPLE_APPROVER)
        book_segment(
            app,
            BookingRequest(
                segment.id, tuple(entry["slots"]), today, today + timedelta(days=BOOK_DAYS)
            ),
        )
        added += 1
    if not added:
        return "Đài mẫu đã được nạp từ trước; không thêm gì."
    return f"Đã nạp đài mẫu: {added} tin bài, đã duyệt và đặt lịch {BOOK_DAYS} ngày tới."
