"""Live voice («Phát trực tiếp»): the feed files, the live source, and the airer airing it.

Time is a FakeClock; the feed is written by the test between the reads the output makes,
as the console would while the daemon airs.
"""

from __future__ import annotations

import wave
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from broadcaster.catalogue.planning import Entry
from broadcaster.catalogue.recordings import add_live_segment, keep_live_recording, live_title
from broadcaster.clock import FakeClock
from broadcaster.errors import InputError
from broadcaster.models import Airing, Segment
from broadcaster.playout.airer import Airer, Item, Programme
from broadcaster.playout.airlog import AiringRef
from broadcaster.playout.live import (
    MAX_LAG,
    STALL_SECONDS,
    LiveSource,
    Resampler,
    chime,
    live_source,
)
from broadcaster.playout.live_feed import END_STOP, FeedInfo, LiveFeed, check_rate
from broadcaster.playout.outputs.file import FileOutput
from broadcaster.station import App

RATE = 24000
MIC = 48000


def mic_tone(seconds: float, freq: float = 440.0, start: float = 0.0) -> bytes:
    t = start + np.arange(int(seconds * MIC)) / MIC
    return (0.5 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2").tobytes()


def open_feed(app: App, segment_id: int = 1) -> LiveFeed:
    feed = LiveFeed(app.settings, segment_id)
    feed.create(FeedInfo(segment_id, MIC, "Nguyễn Văn A", app.now().astimezone(UTC).isoformat()))
    return feed


def append(feed: LiveFeed, data: bytes) -> None:
    with feed.pcm_path.open("ab") as fh:
        fh.write(data)


def source(app: App, clock: FakeClock, feed: LiveFeed, with_chimes: bool = False) -> LiveSource:
    before = chime(RATE) if with_chimes else np.zeros(0, dtype=np.float32)
    after = chime(RATE) if with_chimes else np.zeros(0, dtype=np.float32)
    return LiveSource(feed, RATE, clock, before, after, 3600.0)


def test_the_resampler_gives_the_same_audio_chunk_by_chunk_as_in_one_piece() -> None:
    t = np.arange(MIC) / MIC
    signal = np.sin(2 * np.pi * 300 * t).astype(np.float32)
    whole = Resampler(MIC, RATE)(signal)
    step = Resampler(MIC, RATE)
    parts = np.concatenate([step(signal[i : i + 1000]) for i in range(0, len(signal), 1000)])
    n = min(len(whole), len(parts))
    assert abs(n - RATE) <= 2
    assert np.max(np.abs(whole[:n] - parts[:n])) < 1e-5


def test_live_voice_airs_between_the_chimes_and_the_length_is_exact_once_stopped(
    sqlite_app: App, clock: FakeClock
) -> None:
    feed = open_feed(sqlite_app)
    live = source(sqlite_app, clock, feed, with_chimes=True)
    assert live.frames > RATE * 3000  # unknown yet: far ahead
    heard = [live.read(512) for _ in range(int(len(chime(RATE)) / 512) + 1)]
    for k in range(40):  # two seconds of voice, arriving in 50 ms chunks as it is read
        append(feed, mic_tone(0.05, start=k * 0.05))
        clock.advance(0.05)
        heard.append(live.read(1200))
    feed.end(END_STOP)
    while live.total is None:
        heard.append(live.read(512))
    audio = np.concatenate(heard)
    assert live.frames == len(audio) == live.pos
    assert live.result().outcome == "aired"
    voice = audio[len(chime(RATE)) : len(audio) - len(chime(RATE))]
    assert np.sqrt(np.mean(voice[RATE // 2 :] ** 2)) > 0.2  # the tone, at its level
    assert 1.9 < live.result().relayed_seconds < 2.6


def test_a_feed_that_stops_arriving_is_a_dropped_connection_ended_cleanly(
    sqlite_app: App, clock: FakeClock
) -> None:
    feed = open_feed(sqlite_app)
    live = source(sqlite_app, clock, feed)
    for k in range(10):
        append(feed, mic_tone(0.05, start=k * 0.05))
        clock.advance(0.05)
        live.read(1200)
    reads = 0
    while live.total is None:
        clock.advance(0.05)
        live.read(1200)
        reads += 1
    assert reads * 0.05 <= STALL_SECONDS + 0.1  # within the 2-second goal
    result = live.result()
    assert result.outcome == "partial"
    assert "Mất kết nối" in result.error


def test_voice_piled_up_behind_is_skipped_so_the_delay_stays_short(
    sqlite_app: App, clock: FakeClock
) -> None:
    feed = open_feed(sqlite_app)
    append(feed, mic_tone(3.0))  # three seconds arrived before airing began
    live = source(sqlite_app, clock, feed)
    live.read(512)
    assert len(live.buffer) <= MAX_LAG * RATE
    assert live.skipped > 2 * RATE


def test_a_bad_rate_from_the_browser_is_refused_in_vietnamese() -> None:
    with pytest.raises(InputError, match="tần số lấy mẫu"):
        check_rate("48000")
    assert check_rate(44100) == 44100


def test_the_airer_logs_a_live_airing_once_with_its_real_length(
    sqlite_app: App, clock: FakeClock, tmp_path: Path
) -> None:
    app = sqlite_app.acting_as("Nguyễn Văn A")
    segment = add_live_segment(app, "Nguyễn Văn A")
    assert segment.title == live_title(app.local_now(), "Nguyễn Văn A")
    feed = open_feed(app, segment.id)
    append(feed, mic_tone(4.0))
    feed.end(END_STOP)  # said and stopped before the daemon got to it: all of it airs
    settings = replace(app.settings, live_chime_after="")
    out = FileOutput(str(tmp_path / "air.wav"), RATE, clock)
    live = live_source(settings, feed, RATE, clock)
    entry = Entry(
        0, segment.id, segment.title, "thong-bao", "thong-thuong", "recording", 0.0, False, True
    )
    ref = AiringRef(segment.id, None, None, app.now(), engine="live")
    airer = Airer(app, out)
    airer.air(Programme(None, [Item(entry, ref, None, source=live)]))
    airer.writer.flush()
    out.close()
    with app.db.transaction() as session:
        rows = list(session.scalars(select(Airing)))
    assert [r.outcome for r in rows] == ["aired"]
    assert rows[0].duration is not None and abs(rows[0].duration - 4.0) < 0.1
    with wave.open(str(tmp_path / "air.wav")) as wav:
        aired = wav.getnframes() / RATE
    assert abs(aired - (4.0 + len(chime(RATE)) / RATE)) < 0.1

    kept = tmp_path / "kept.wav"
    assert abs(feed.save_wav(kept) - 4.0) < 0.01
    keep_live_recording(app, segment.id, kept)
    with app.db.transaction() as session:
        stored = session.get(Segment, segment.id)
        assert stored is not None and Path(stored.recording_path).is_file()
        assert stored.approved_by == "Nguyễn Văn A" and stored.kind == "recording"


def test_live_voice_interrupts_the_slot_which_then_continues(
    sqlite_app: App, clock: FakeClock, tmp_path: Path
) -> None:
    from datetime import datetime, time, timedelta

    from broadcaster.catalogue.scriptfile import script_from_text
    from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
    from broadcaster.catalogue.slots import SlotSpec, add_slot
    from broadcaster.playout.daemon import Daemon
    from broadcaster.playout.programme import Occurrence

    app = sqlite_app
    six = datetime(2026, 11, 23, 6, 0, tzinfo=app.settings.tz)
    slot = add_slot(app, SlotSpec("Buổi sáng", time(6), time(6, 30)))
    occ = Occurrence(slot.id, slot.name, six, six + timedelta(minutes=30))

    def booked(seconds: float) -> Item:
        seg = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin")))
        approve_segment(app, seg.id, "A")
        entry = Entry(0, seg.id, "t", "khac", "thong-thuong", "script", seconds, False, True)
        t = np.arange(int(seconds * RATE)) / RATE
        tone = (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)
        return Item(entry, AiringRef(seg.id, slot.id, None, six), tone)

    out = FileOutput(str(tmp_path / "air.wav"), RATE, clock)
    daemon = Daemon(app, out)
    airer = daemon.airer
    first, second = booked(10), booked(4)
    original = out.play

    def play_and_preempt(samples, **kw):  # type: ignore[no-untyped-def]
        progress = kw["progress"]

        def hook(started: datetime, frames: int) -> None:
            progress(started, frames)
            if frames >= 4 * RATE and airer.current and airer.current.occ:
                airer.preempt()  # the leader presses «Phát trực tiếp» 4 s in

        return original(samples, **{**kw, "progress": hook})

    out.play = play_and_preempt  # type: ignore[method-assign]
    airer.air(Programme(occ, [first, second], six))
    out.play = original  # type: ignore[method-assign]
    segment = add_live_segment(app, "Nguyễn Văn A")
    feed = open_feed(app, segment.id)
    append(feed, mic_tone(3.0))
    feed.end(END_STOP)
    live = daemon._item(daemon._adhoc_entry(segment.id), None)
    assert isinstance(live.source, LiveSource) and live.ref.engine == "live"
    airer.air(Programme(None, [live]))
    _prio, _seq, continuation = airer._work.get_nowait()
    airer.air(continuation)
    airer.writer.flush()
    with app.db.transaction() as session:
        rows = list(session.scalars(select(Airing).order_by(Airing.id)))
    assert [(r.segment_id, r.outcome) for r in rows] == [
        (first.entry.segment_id, "preempted"),
        (segment.id, "aired"),
        (second.entry.segment_id, "aired"),
    ]
    assert rows[1].actual_start >= rows[0].actual_end
    assert rows[2].actual_start >= rows[1].actual_end
    daemon.airer.writer.close()


def test_feed_files_a_dead_console_left_are_swept(sqlite_app: App) -> None:
    import os

    from broadcaster.playout.live_feed import sweep_stale

    old, fresh = open_feed(sqlite_app, 7), open_feed(sqlite_app, 8)
    for path in (old.pcm_path, old.info_path):
        os.utime(path, (1, 1))
    assert sweep_stale(sqlite_app.settings, 3600.0) == 2
    assert not old.exists() and fresh.exists()
