"""One live airing from the console, from the press of «Phát trực tiếp» to the kept recording.

``begin_live`` makes the segment, the feed files and a «play now» request for the running
daemon (which interrupts the slot on air, as play-now does); the console appends the
microphone to the feed; ``end_live`` says why it ended, waits for the daemon to close the
airing, and keeps the recording as the segment's audio.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from sqlalchemy import select

from broadcaster.catalogue.recordings import add_live_segment, keep_live_recording
from broadcaster.errors import BroadcasterError, ConflictError, OutputError
from broadcaster.models import Airing, PlayoutRequest
from broadcaster.playout.control import DAEMON_DOWN, daemon_alive
from broadcaster.playout.levels import quiet_refusal_now
from broadcaster.playout.live_feed import FeedInfo, LiveFeed, check_rate, sweep_stale
from broadcaster.station import App
from broadcaster.wake import REQUESTS, announce

log = logging.getLogger(__name__)
WAIT_DONE_SECONDS = 15.0


@dataclass(frozen=True)
class LiveStart:
    segment_id: int
    request_id: int
    title: str
    feed: LiveFeed


@dataclass(frozen=True)
class LiveEnd:
    segment_id: int
    airing: Airing | None
    seconds: float  # the length of the kept recording
    kept: bool


def begin_live(app: App, speaker: str, rate: object, urgent: bool = False) -> LiveStart:
    """Open a live airing for ``speaker``; refused when no daemon runs, and in quiet hours
    unless the speaker said it is urgent (then it is logged as khẩn cấp)."""
    rate = check_rate(rate)
    if not daemon_alive(app)[0]:
        raise OutputError(DAEMON_DOWN)
    refusal = quiet_refusal_now(app, "thong-thuong", "Phát trực tiếp")
    if refusal and not urgent:
        raise ConflictError(
            f"Đang trong giờ yên tĩnh ({app.settings.quiet_hours}): chỉ được phát trực tiếp "
            "khi khẩn cấp. Nếu đúng là việc khẩn cấp, đánh dấu ô «Khẩn cấp» rồi bấm lại."
        )
    sweep_stale(app.settings, (app.settings.live_max_minutes + 10) * 60.0)
    segment = add_live_segment(app, speaker, "khan-cap" if urgent else "thong-thuong")
    feed = LiveFeed(app.settings, segment.id)
    feed.create(FeedInfo(segment.id, rate, speaker, app.now().astimezone(UTC).isoformat()))
    with app.db.transaction() as session:
        request = PlayoutRequest(segment_id=segment.id, created_at=app.now())
        session.add(request)
        session.flush()
        request_id = request.id
        announce(session, app.settings.home, REQUESTS)
    log.info("live airing by %s: segment %s, request %s", speaker, segment.id, request_id)
    return LiveStart(segment.id, request_id, segment.title, feed)


def on_air(app: App, start: LiveStart) -> bool:
    """Whether the daemon has started airing it (its log row is open or closed)."""
    with app.db.transaction() as session:
        row = session.scalar(
            select(Airing.id).where(Airing.segment_id == start.segment_id).limit(1)
        )
        return row is not None


def _withdraw(app: App, request_id: int) -> None:
    """A request the daemon never took is withdrawn: the voice it was for is gone."""
    with app.db.transaction() as session:
        request = session.get(PlayoutRequest, request_id)
        if request is not None and request.taken_at is None:
            request.taken_at = request.done_at = app.now()
            request.error = (
                "Phần mềm phát không nhận buổi phát trực tiếp (đang bận hoặc không chạy) "
                "nên giọng nói không lên loa; bản ghi vẫn được giữ."
            )


def end_live(app: App, start: LiveStart, reason: str) -> LiveEnd:
    """Say why it ended, wait for the daemon to close the airing, keep the recording."""
    start.feed.end(reason)
    airing: Airing | None = None
    waited = 0.0
    while waited < WAIT_DONE_SECONDS:
        with app.db.transaction() as session:
            request = session.get(PlayoutRequest, start.request_id)
            if request is not None and request.done_at is not None:
                airing = session.get(Airing, request.airing_id) if request.airing_id else None
                break
        app.clock.sleep(0.2)
        waited += 0.2
    else:
        log.warning("live airing %s: the daemon did not finish it", start.segment_id)
        _withdraw(app, start.request_id)
    seconds, kept = 0.0, False
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / f"phat-truc-tiep-{start.segment_id}.wav"
        try:
            seconds = start.feed.save_wav(wav)
            if seconds > 0:
                keep_live_recording(app, start.segment_id, wav)
                kept = True
        except (BroadcasterError, OSError) as exc:
            log.warning("live airing %s: recording not kept: %s", start.segment_id, exc)
    start.feed.remove()
    return LiveEnd(start.segment_id, airing, seconds, kept)
