"""An item of a prepared slot is checked once more just before it airs.

The pure decision (``still_airs``) on plain rows; then the daemon on an injected clock
with a real file output and a real database: the slot is prepared (its job fired), then
the catalogue's own services (what the CLI and the console call) change the item.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from conftest import TZ
from sqlalchemy import select

from broadcaster.catalogue.bookings import BookingRequest, book_segment, cancel_booking
from broadcaster.catalogue.planning import Entry
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import (
    SegmentInput,
    add_segment,
    approve_segment,
    edit_segment,
    retire_segment,
)
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.models import Airing, Booking, Segment, Slot
from broadcaster.playout.airer import Programme
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.playout.programme import Occurrence
from broadcaster.playout.recheck import Booked, still_airs
from broadcaster.station import App

RATE = 24000
SIX = datetime(2026, 11, 23, 6, 0, tzinfo=TZ)
DAY = SIX.date()


# -- the decision --------------------------------------------------------------------
def entry(booking_id: int = 7, carried: bool = False) -> Entry:
    return Entry(
        booking_id=booking_id,
        segment_id=3,
        title="Tin",
        category="khac",
        level="thong-thuong",
        kind="script",
        duration=5.0,
        estimated=False,
        airable=True,
        carried=carried,
    )


OCC = Occurrence(1, "Buổi sáng", SIX, SIX + timedelta(minutes=30))


def rows(**changes: object) -> Booked:
    segment = Segment(id=3, status="approved", valid_from=None, valid_to=None, valid_until=None)
    booking = Booking(id=7, segment_id=3, slot_id=1, date_from=DAY, date_to=DAY, weekdays="1111111")
    slot = Slot(id=1, name="Buổi sáng", start_time=time(6), end_time=time(6, 30))
    slot.weekdays, slot.valid_from, slot.valid_to, slot.removed_at = "1111111", None, None, None
    booking.cancelled_at = None
    for name, value in changes.items():
        target, field = name.split("__")
        setattr({"segment": segment, "booking": booking, "slot": slot}[target], field, value)
    return Booked(segment, booking, slot)


def decide(now: Booked, at: datetime = SIX, e: Entry | None = None, zone: int | None = None) -> str:
    return still_airs(e or entry(), OCC, zone, now, at, True, TZ)


def test_an_item_still_approved_booked_and_valid_airs() -> None:
    assert decide(rows()) == ""


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"segment__status": "draft"}, "chờ lãnh đạo duyệt lại"),
        ({"segment__status": "retired"}, "ngừng phát"),
        ({"booking__cancelled_at": SIX}, "lịch phát của tin đã bị hủy"),
        ({"booking__slot_id": 2}, "đã được đổi"),
        ({"booking__date_from": DAY + timedelta(days=1)}, "đã được đổi"),
        ({"slot__start_time": time(6, 15)}, "đã được đổi"),
        ({"slot__removed_at": SIX}, "đã được đổi"),
        ({"segment__valid_to": DAY - timedelta(days=1)}, "đã hết hạn từ 22/11/2026"),
        ({"segment__valid_from": DAY + timedelta(days=1)}, "chỉ được phát từ 24/11/2026"),
    ],
)
def test_an_item_no_longer_owed_to_the_slot_is_refused_with_the_reason(
    changes: dict[str, object], words: str
) -> None:
    reason = decide(rows(**changes))
    assert reason.startswith("Không phát:") and words in reason, reason


def test_a_validity_that_ends_before_the_item_starts_stops_it_then_not_before() -> None:
    now = rows(segment__valid_until=SIX + timedelta(minutes=10))
    assert decide(now, at=SIX + timedelta(minutes=9, seconds=59)) == ""
    reason = decide(now, at=SIX + timedelta(minutes=10))
    assert "đã hết hạn lúc 06:10 23/11/2026" in reason


def test_deleted_rows_and_a_zone_taken_off_the_booking_are_refused() -> None:
    assert "đã bị xóa" in decide(Booked(None, None, None))
    now = replace(rows(), booking_zones=frozenset({5}))
    assert decide(now, zone=5) == ""
    assert "không còn gồm vùng này" in decide(now, zone=6)


def test_a_carried_item_is_not_held_to_its_booking_slot_and_a_play_now_is_not_checked() -> None:
    moved = rows(booking__slot_id=2)
    assert decide(moved, e=entry(carried=True)) == ""
    assert decide(Booked(None, None, None), e=entry(booking_id=0)) == ""


# -- the daemon ----------------------------------------------------------------------
def airings(app: App) -> list[Airing]:
    with app.db.transaction() as session:
        return list(session.scalars(select(Airing).order_by(Airing.id)))


@pytest.fixture
def station(app: App, clock: FakeClock, tmp_path: Path) -> tuple[Daemon, list[int]]:
    """A morning slot with two booked, approved segments (spoken by espeak-ng)."""
    app.settings = replace(app.settings, tts_engines=("espeak-ng",), segment_gap=1.0)
    slot = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 5)))
    ids = []
    for text in ("Tin thứ nhất về lịch họp dân.", "Tin thứ hai về tiêm chủng."):
        seg = add_segment(app, SegmentInput(category="khac", script=script_from_text(text)))
        approve_segment(app, seg.id, "A")
        book_segment(app, BookingRequest(seg.id, (slot.name,), DAY, DAY + timedelta(days=2)))
        ids.append(seg.id)
    daemon = Daemon(app, FileOutput(str(tmp_path / "air.wav"), RATE, clock))
    daemon.airer.recheck_wait = None  # on a fake clock the audio never outruns the check
    return daemon, ids


def prepare(daemon: Daemon, clock: FakeClock) -> Programme:
    """Fire the slot's job at its lead time and take the prepared programme off the queue."""
    clock.advance(3600 - 8)  # 05:59:52
    occ = daemon.upcoming(SIX - timedelta(minutes=1), timedelta(minutes=2))[0]
    daemon.fire(occ)
    _p, _s, programme = daemon.airer._work.get_nowait()
    assert daemon.airer._work.empty()
    return programme


def test_an_item_sent_back_for_approval_after_the_slot_was_prepared_does_not_air(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    assert [i.entry.segment_id for i in programme.items] == [first, second]
    edit_segment(daemon.app, first, SegmentInput(script=script_from_text("Tin đã sửa lại.")))
    daemon.airer.air(programme)
    daemon.airer.writer.flush()
    found = airings(daemon.app)
    assert [(r.segment_id, r.outcome) for r in found] == [(first, "withdrawn"), (second, "aired")]
    assert "chờ lãnh đạo duyệt lại" in found[0].error
    assert found[1].actual_start == SIX  # what follows moved up: it starts the slot


def test_a_change_made_while_the_first_item_airs_stops_the_next_one(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    out = daemon.output
    original = out.play

    def retire_while_on_air(samples, **kw):  # type: ignore[no-untyped-def]
        progress = kw["progress"]

        def hook(started: datetime, frames: int) -> None:
            progress(started, frames)
            if frames >= RATE and not hook.done:  # type: ignore[attr-defined]
                hook.done = True  # type: ignore[attr-defined]
                retire_segment(daemon.app, second)  # 1 s into the first item

        hook.done = False  # type: ignore[attr-defined]
        return original(samples, **{**kw, "progress": hook})

    out.play = retire_while_on_air  # type: ignore[method-assign]
    daemon.airer.air(programme)
    daemon.airer.writer.flush()
    found = airings(daemon.app)
    assert [(r.segment_id, r.outcome) for r in found] == [(first, "aired"), (second, "withdrawn")]
    assert "ngừng phát" in found[1].error


def test_a_cancelled_booking_does_not_air_and_nothing_else_changes(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    with daemon.app.db.transaction() as session:
        booking = session.scalar(select(Booking.id).where(Booking.segment_id == second))
    assert booking is not None
    cancel_booking(daemon.app, booking)
    daemon.airer.air(programme)
    daemon.airer.writer.flush()
    found = airings(daemon.app)
    assert [(r.segment_id, r.outcome) for r in found] == [(first, "aired"), (second, "withdrawn")]
    assert "lịch phát của tin đã bị hủy" in found[1].error


def test_with_the_database_away_the_prepared_programme_airs_as_it_is(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    edit_segment(daemon.app, first, SegmentInput(script=script_from_text("Tin đã sửa lại.")))
    daemon.lost_since = clock.now()  # a site airing from its copy: the copy is the truth
    daemon.airer.air(programme)
    daemon.airer.writer.flush()
    assert [(r.segment_id, r.outcome) for r in airings(daemon.app)] == [
        (first, "aired"),
        (second, "aired"),
    ]


def test_an_unchanged_programme_airs_back_to_back_as_before(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    daemon.airer.air(prepare(daemon, clock))
    daemon.airer.writer.flush()
    found = airings(daemon.app)
    assert [(r.segment_id, r.outcome) for r in found] == [(first, "aired"), (second, "aired")]
    gap = (found[1].actual_start - found[0].actual_end).total_seconds()
    assert gap == pytest.approx(1.0)


def test_every_item_dropped_leaves_a_silent_slot_logged_missed(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    for sid in (first, second):
        retire_segment(daemon.app, sid)
    daemon.airer.air(programme)
    daemon.airer.writer.flush()
    assert [(r.segment_id, r.outcome) for r in airings(daemon.app)] == [
        (first, "withdrawn"),
        (second, "withdrawn"),
    ]


def test_each_item_is_asked_about_once_with_its_own_start(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    asked: list[tuple[int, datetime]] = []
    real = daemon.airer.recheck
    assert real is not None

    def counting(item, occ, at):  # type: ignore[no-untyped-def]
        asked.append((item.entry.segment_id, at))
        return real(item, occ, at)

    daemon.airer.recheck = counting
    daemon.airer.air(programme)
    daemon.airer.writer.flush()
    found = airings(daemon.app)
    assert [sid for sid, _at in asked] == [first, second]
    assert asked[0][1] == SIX == found[0].actual_start
    assert asked[1][1] == found[1].actual_start  # the start it was judged for


def test_a_database_that_hangs_never_holds_the_programme(
    station: tuple[Daemon, list[int]], clock: FakeClock
) -> None:
    import threading

    daemon, (first, second) = station
    programme = prepare(daemon, clock)
    edit_segment(daemon.app, first, SegmentInput(script=script_from_text("Tin đã sửa lại.")))
    release = threading.Event()
    real = daemon.airer.recheck
    assert real is not None

    def hung(item, occ, at):  # type: ignore[no-untyped-def]
        release.wait()  # a query that never comes back while the slot airs
        return real(item, occ, at)

    daemon.airer.recheck = hung
    daemon.airer.recheck_wait = 0.05
    try:
        daemon.airer.air(programme)
    finally:
        release.set()
    daemon.airer.writer.flush()
    # No answer in time: both air as prepared (the prepared programme is the truth).
    assert [(r.segment_id, r.outcome) for r in airings(daemon.app)] == [
        (first, "aired"),
        (second, "aired"),
    ]
