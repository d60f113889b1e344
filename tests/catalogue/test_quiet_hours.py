"""Quiet hours hold in the catalogue: slots and bookings that would sound in them are refused."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

import pytest
from conftest import REPO

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot, list_slots, load_schedule
from broadcaster.errors import InputError
from broadcaster.station import App

DAY = date(2026, 11, 23)


def with_quiet(app: App, value: str) -> App:
    return App(dataclasses.replace(app.settings, quiet_hours=value), app.db, app.clock)


def test_a_slot_at_03_15_is_refused_with_the_reason(app: App) -> None:
    with pytest.raises(InputError) as caught:
        add_slot(app, SlotSpec("Tiếp âm đêm", time(3, 15), time(3, 45)))
    message = str(caught.value)
    assert "rơi vào giờ yên tĩnh 21:30–05:00" in message
    assert "chỉ được phát tin khẩn cấp" in message
    assert list_slots(app) == []


def test_a_slot_ending_inside_quiet_hours_is_refused(app: App) -> None:
    with pytest.raises(InputError, match="giờ yên tĩnh"):
        add_slot(app, SlotSpec("Buổi tối", time(21), time(21, 45)))
    assert add_slot(app, SlotSpec("Buổi tối", time(21), time(21, 30))).name == "Buổi tối"


def test_a_schedule_file_with_a_night_slot_loads_nothing(app: App, tmp_path: Path) -> None:
    table = tmp_path / "dem.toml"
    table.write_text(
        '[[slot]]\nname = "Sáng"\nstart = "06:00"\nend = "06:30"\n'
        '[[slot]]\nname = "Đêm"\nstart = "23:00"\nend = "23:30"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="Buổi «Đêm» 23:00–23:30 rơi vào giờ yên tĩnh"):
        load_schedule(app, table)
    assert list_slots(app) == []


def test_the_example_station_schedule_still_loads(app: App) -> None:
    report = load_schedule(app, REPO / "schedules" / "xa-mau.toml")
    assert len(report.added) == 3


def test_only_a_deliberate_setting_allows_a_night_slot(app: App) -> None:
    relaxed = with_quiet(app, "")
    assert add_slot(relaxed, SlotSpec("Đêm", time(3, 15), time(3, 45))).name == "Đêm"


def test_booking_into_a_quiet_slot_is_refused_except_khan_cap(app: App) -> None:
    add_slot(with_quiet(app, ""), SlotSpec("Đêm", time(3, 15), time(3, 45)))
    normal = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin")))
    urgent = add_segment(
        app, SegmentInput(category="khac", level="khan-cap", script=script_from_text("Lũ"))
    )
    with pytest.raises(InputError) as caught:
        book_segment(app, BookingRequest(normal.id, ("Đêm",), DAY, DAY))
    assert "(mức thông thường) đặt vào buổi «Đêm» 03:15–03:45" in str(caught.value)
    assert "giờ yên tĩnh" in str(caught.value)
    assert book_segment(app, BookingRequest(urgent.id, ("Đêm",), DAY, DAY))
