"""The example station's welcome notice, booked a couple of minutes ahead."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from conftest import REPO, TZ

from broadcaster.catalogue.example import load_example
from broadcaster.catalogue.planning import plan_day
from broadcaster.catalogue.slots import SlotSpec, list_slots
from broadcaster.catalogue.welcome import DEMO_SLOT, WELCOME_TITLE, book_welcome, demo_spec
from broadcaster.clock import FakeClock
from broadcaster.errors import ConflictError, InputError
from broadcaster.station import App


def test_the_welcome_airs_in_a_demo_slot_two_minutes_from_now(
    sqlite_app: App, clock: FakeClock
) -> None:
    load_example(sqlite_app, REPO)
    welcome = book_welcome(sqlite_app)
    assert welcome.start == datetime(2026, 11, 23, 5, 2, tzinfo=TZ)
    assert welcome.minutes_ahead == 2
    day = plan_day(sqlite_app, welcome.start.date())
    demo = next(
        s
        for s in day.slots
        if s.slot_id in {x.id for x in list_slots(sqlite_app) if x.name == DEMO_SLOT}
    )
    assert [p.entry.title for p in demo.entries] == [WELCOME_TITLE]
    clock.advance(3600)  # a second «make run» an hour later moves it, no duplicate
    again = book_welcome(sqlite_app)
    assert again.start == datetime(2026, 11, 23, 6, 30, tzinfo=TZ)  # after «Buổi sáng»
    assert again.minutes_ahead == 30  # told the real wait, not «two minutes»
    assert again.segment_id == welcome.segment_id
    assert [s.name for s in list_slots(sqlite_app)].count(DEMO_SLOT) == 1


def test_a_real_station_gets_no_demo_slot(sqlite_app: App) -> None:
    with pytest.raises(InputError, match="chỉ dành cho đài mẫu"):
        book_welcome(sqlite_app)
    assert list_slots(sqlite_app) == []


def test_the_demo_slot_steps_past_a_slot_on_air() -> None:
    morning = SlotSpec("Buổi sáng", time(6), time(6, 30))
    spec = demo_spec(datetime(2026, 11, 23, 6, 10, 30, tzinfo=TZ), [morning])
    assert (spec.start, spec.end) == (time(6, 30), time(6, 33))


def test_in_quiet_hours_the_newcomer_is_told_how_to_hear_the_station_anyway(
    sqlite_app: App, clock: FakeClock
) -> None:
    load_example(sqlite_app, REPO)
    clock.advance(17 * 3600)  # 22:00
    with pytest.raises(ConflictError, match=r"«Nghe đài».*«Phát ngay»"):
        book_welcome(sqlite_app)
