"""Fallback audio is marked and upgraded before air once the better engine works again.

On an injected clock, with a test engine registered by name that fails (like gTTS with
no network) and then works, and the real espeak-ng as the fallback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import TZ, Cli
from sqlalchemy import select

from broadcaster.catalogue.bookings import BookingRequest, book_segment
from broadcaster.catalogue.planning import plan_day
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment, show_segment
from broadcaster.catalogue.slots import SlotSpec, add_slot
from broadcaster.clock import FakeClock
from broadcaster.errors import NoNetworkError
from broadcaster.models import Airing, Segment
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.settings import Settings
from broadcaster.speech.engines.espeak import EspeakEngine
from broadcaster.speech.engines.registry import REGISTRY
from broadcaster.station import App

SIX = datetime(2026, 11, 23, 6, 0, tzinfo=TZ)


class ComesBack:
    """An online-like engine: refuses while ``up`` is False, then speaks (via espeak-ng,
    in a higher voice, so its audio differs from the fallback's)."""

    name: ClassVar[str] = "online-test"
    max_chars: ClassVar[int] = 500
    suffix: ClassVar[str] = "wav"
    up: ClassVar[bool] = False
    built: ClassVar[int] = 0

    def __init__(self, settings: Settings) -> None:
        type(self).built += 1
        if not type(self).up:
            raise NoNetworkError("Không có kết nối mạng (bộ đọc thử).")
        self.inner = EspeakEngine(dataclasses.replace(settings, espeak_pitch=80))

    @staticmethod
    def voice_for(settings: Settings) -> str:
        return "online-test-1"

    @property
    def voice(self) -> str:
        return "online-test-1"

    def synthesize(self, text: str, out: Path) -> None:
        self.inner.synthesize(text, out)


@pytest.fixture
def flaky(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[ComesBack]]:
    monkeypatch.setitem(REGISTRY, ComesBack.name, ComesBack)
    monkeypatch.setattr(ComesBack, "up", False)
    monkeypatch.setattr(ComesBack, "built", 0)
    yield ComesBack


@pytest.fixture
def station(app: App, clock: FakeClock, tmp_path: Path, flaky: type[ComesBack]) -> Daemon:
    app.settings = dataclasses.replace(
        app.settings, tts_engines=("online-test", "espeak-ng"), engine_retry_seconds=60
    )
    slot = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 5)))
    seg = add_segment(
        app,
        SegmentInput(category="y-te", script=script_from_text("Lịch tiêm chủng tháng mười hai.")),
    )
    approve_segment(app, seg.id, "A")
    book_segment(app, BookingRequest(seg.id, (slot.name,), SIX.date(), SIX.date()))
    return Daemon(app, FileOutput(str(tmp_path / "air.wav"), 24000, clock))


def audio_engine(app: App) -> str | None:
    with app.db.transaction() as session:
        return session.scalars(select(Segment.audio_engine)).one()


def test_fallback_audio_is_marked_then_upgraded_before_air(
    station: Daemon, clock: FakeClock, flaky: type[ComesBack], run: Cli
) -> None:
    app = station.app
    clock.advance(3600 - 25 * 60)  # 05:35, render-ahead covers the 06:00 slot
    station.render_ahead()
    assert audio_engine(app) == "espeak-ng"  # the better engine was down: real espeak-ng
    entry = plan_day(app, SIX.date()).slots[0].entries[0].entry
    assert entry.fallback == "espeak-ng"
    assert show_segment(app, entry.segment_id).audio_fallback == "espeak-ng"
    run.home, run.db = app.settings.home, app.settings.db_url
    (app.settings.home / "broadcaster.toml").write_text(
        '[tts]\nengines = ["online-test", "espeak-ng"]\n', encoding="utf-8"
    )
    plan = run("plan", "--date", "23/11/2026").output
    assert "↻ đang dùng giọng dự phòng espeak-ng" in plan
    shown = run("segment", "show", str(entry.segment_id)).output
    assert "↻ đang dùng giọng dự phòng espeak-ng" in shown

    flaky.up = True  # the network is back
    clock.advance(30)  # within the retry interval: not tried yet
    station.render_ahead()
    assert audio_engine(app) == "espeak-ng" and flaky.built == 1
    clock.advance(31)  # a minute after the failure: tried again, and it works
    station.render_ahead()
    assert audio_engine(app) == "online-test" and flaky.built == 2
    assert plan_day(app, SIX.date()).slots[0].entries[0].entry.fallback == ""
    assert "↻" not in run("plan", "--date", "23/11/2026").output

    clock.advance(20 * 60 + 60 - 8)  # 05:59:52: the slot is prepared and airs
    station.fire(station.upcoming(SIX - timedelta(minutes=1), timedelta(minutes=2))[0])
    while not station.airer._work.empty():
        station.airer.air(station.airer._work.get_nowait()[2])
    station.airer.writer.flush()
    with app.db.transaction() as session:
        aired = session.scalars(select(Airing)).one()
        segment = session.scalars(select(Segment)).one()
    assert aired.outcome == "aired" and aired.engine == "online-test"
    assert aired.audio_hash == segment.audio_hash
    assert "(giọng online-test)" in run("segment", "show", str(entry.segment_id)).output


def test_fallback_audio_airs_as_it_is_when_the_better_engine_stays_down(
    station: Daemon, clock: FakeClock, flaky: type[ComesBack]
) -> None:
    app = station.app
    clock.advance(3600 - 25 * 60)
    station.render_ahead()
    for _ in range(24):  # every minute until air time, the better engine is still down
        clock.advance(60)
        station.render_ahead()
    assert audio_engine(app) == "espeak-ng" and flaky.built == 25
    clock.advance(52)
    station.fire(station.upcoming(SIX - timedelta(minutes=1), timedelta(minutes=2))[0])
    while not station.airer._work.empty():
        station.airer.air(station.airer._work.get_nowait()[2])
    station.airer.writer.flush()
    with app.db.transaction() as session:
        aired = session.scalars(select(Airing)).one()
    assert aired.outcome == "aired" and aired.engine == "espeak-ng"
    assert flaky.built == 25  # air time never waited for the better engine
