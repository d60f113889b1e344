"""Operator control of playout: «play now», the daemon's status, starting the daemon."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from broadcaster.catalogue.levels import EMERGENCY, station_quiet
from broadcaster.catalogue.planning import (
    DayRows,
    SlotPlan,
    gather_days,
    starting_from,
    zones_of,
)
from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment, approve_segment
from broadcaster.commune.registry import find_zones, station_zones, zone_ids
from broadcaster.commune.targeting import ZoneScope, target_zones
from broadcaster.errors import ConflictError, NotFoundError, OutputError, QuietHoursError
from broadcaster.models import (
    Airing,
    PlayoutRequest,
    Segment,
    SegmentEvent,
    Site,
    Station,
    is_airable_status,
)
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.journal import JournalState, journal_state
from broadcaster.playout.levels import pending_emergency, quiet_refusal_now
from broadcaster.playout.outputs.registry import open_output
from broadcaster.playout.ownership import Owner, StationLock, local_owner
from broadcaster.settings import DECLARED
from broadcaster.settings_watch import waiting_for_restart
from broadcaster.station import App
from broadcaster.wake import REQUESTS, announce

log = logging.getLogger(__name__)
ADHOC_BY = "người vận hành (phát ngay)"
DAEMON_DOWN = (
    "Phần mềm phát tự động (broadcaster run) đang không chạy nên tin sẽ KHÔNG được phát. "
    "Hãy bật lại nó (chạy «make run» hoặc khởi động lại máy đài), rồi bấm phát lại."
)


def daemon_alive(app: App) -> tuple[bool, datetime | None]:
    """Is a daemon airing (the station's, or any site's of a commune), and its last beat."""
    with app.db.transaction() as session:
        station = session.get(Station, 1)
        beats = [(station.heartbeat_at, station.daemon_pid)] if station else []
        beats += [(b, p) for b, p in session.execute(select(Site.heartbeat_at, Site.daemon_pid))]
    limit = timedelta(seconds=3 * app.settings.heartbeat_seconds)
    fresh = any(  # a pid of None: a clean stop
        beat is not None and pid is not None and app.now() - beat <= limit for beat, pid in beats
    )
    last = max((beat for beat, _pid in beats if beat is not None), default=None)
    return fresh, last


def restart_pending(app: App) -> tuple[str, ...]:
    """Settings changed since the running daemon started that it takes only on a restart."""
    with app.db.transaction() as session:
        station = session.get(Station, 1)
        pid = station.daemon_pid if station else None
    if not daemon_alive(app)[0]:
        return ()
    return waiting_for_restart(app.settings, pid)


def restart_notice(names: tuple[str, ...]) -> str:
    """The Vietnamese notice for settings waiting for a restart of broadcaster run."""
    labels = ", ".join(f"«{DECLARED[n].spec.label}» ({n})" for n in names)
    return (
        f"Phần mềm phát đang chạy vẫn dùng giá trị cũ của: {labels}. Giá trị mới chỉ có hiệu "
        "lực sau khi khởi động lại phần mềm phát (broadcaster run, hoặc khởi động lại máy đài)."
    )


def start_daemon(app: App, output_spec: str | None) -> Daemon:
    """Build the daemon on a checked output (the startup check names the device)."""
    station_quiet(app.settings)  # a mistyped quiet_hours stops here, not at air time
    # The station lock comes before any output is touched: a refused second «run» must not
    # open (and so truncate) the running daemon's output file or take its sound device.
    lock = StationLock(app)
    lock.acquire()
    try:
        output = open_output(output_spec or app.settings.output, app.settings, app.clock)
    except BaseException:
        lock.release()
        raise
    log.info("đầu ra: %s", output.describe())
    try:
        daemon = Daemon(app, output, render_in_child=True, ownership=lock)
    except BaseException:
        output.close()
        lock.release()
        raise
    if app.settings.listen_enabled:  # only the station's owner offers «Nghe đài»
        from broadcaster.playout.outputs.listen import ListenSink
        from broadcaster.playout.outputs.multi import with_sink

        sink = ListenSink(app.settings.home, output.sample_rate)
        daemon.output = daemon.airer.output = with_sink(output, sink)
    return daemon


@dataclass(frozen=True)
class PlayNowResult:
    segment_id: int
    airing: Airing | None
    error: str
    via_daemon: bool


def _segment_for(
    app: App, segment_id: int | None, text: str | None, as_emergency: bool = False
) -> tuple[int, str | None]:
    """The segment to air, and the level it airs at when not its own."""
    if text is not None:
        script = script_from_text(text)
        segment = add_segment(
            app,
            SegmentInput(
                title="Phát ngay: " + script.text.split("\n", 1)[0][:60],
                category="thong-bao",
                level="khan-cap",
                script=script,
            ),
        )
        approve_segment(app, segment.id, app.actor or ADHOC_BY, arm=False)
        return segment.id, None
    assert segment_id is not None
    with app.db.transaction() as session:
        found = session.get(Segment, segment_id)
        if found is None:
            raise NotFoundError(f"Không có tin bài số {segment_id}.")
        if not is_airable_status(found, app.settings.require_approval):
            raise ConflictError(
                f"Tin bài số {segment_id} chưa được duyệt (hoặc đã ngừng phát) nên không phát "
                "được. Hãy nhờ lãnh đạo duyệt tin trước."
            )
        refusal = quiet_refusal_now(app, found.level, found.title)
        if not refusal:
            return segment_id, None
        quiet = station_quiet(app.settings)
        span = quiet.describe() if quiet else ""
        if not as_emergency:
            raise QuietHoursError(
                f"Bây giờ là giờ yên tĩnh {span}: tin «{found.title}» không phải tin khẩn "
                "cấp nên không được phát. Nếu thật sự cần, người duyệt có thể phát nó như "
                "tin KHẨN CẤP sau khi xác nhận.",
                span,
            )
        who = app.actor or ADHOC_BY
        session.add(
            SegmentEvent(
                segment_id=segment_id,
                at=app.now(),
                action="quiet-override",
                detail=f"trong giờ yên tĩnh {span}, do {who} xác nhận",
                actor=app.actor,
            )
        )
        log.warning(
            "segment %s sent as khẩn cấp inside quiet hours %s by %s", segment_id, span, who
        )
    return segment_id, EMERGENCY


def play_now(
    app: App,
    segment_id: int | None,
    text: str | None,
    output_spec: str | None,
    timeout: float = 120.0,
    local_fallback: bool = True,
    as_emergency: bool = False,
    zones: tuple[str, ...] = (),
) -> PlayNowResult:
    """Hand the segment to the running daemon, or air it from here when none runs.

    Without ``local_fallback`` (the console: it has no sound output of its own) nothing
    is created or aired when the daemon is down, and the operator is told why. Inside
    quiet hours a non-khẩn-cấp segment is refused with :class:`QuietHoursError` unless
    ``as_emergency`` (the approver confirmed): then it airs as khẩn cấp and its history
    records who sent it.
    """
    if not local_fallback and not daemon_alive(app)[0]:
        raise OutputError(DAEMON_DOWN)
    sid, level = _segment_for(app, segment_id, text, as_emergency)
    # A khẩn cấp airing that is due now: this «play now» is it, not one more.
    due = pending_emergency(app, sid, timedelta(minutes=app.settings.grace_minutes))
    alive, _beat = daemon_alive(app)
    if alive:
        with app.db.transaction() as session:
            # One request per zone: every zone at once unless some are chosen.
            chosen = [z.id for z in find_zones(session, list(zones))]
            requests = [
                PlayoutRequest(
                    segment_id=sid,
                    created_at=app.now(),
                    due_at=due,
                    level=level,
                    requested_by=app.actor,
                    zone_id=zone,
                )
                for zone in target_zones(chosen, zone_ids(session))
            ]
            session.add_all(requests)
            session.flush()
            request_ids = [r.id for r in requests]
            announce(session, app.settings.home, REQUESTS)
        waited = 0.0
        while waited < timeout:
            app.clock.sleep(0.2)
            waited += 0.2
            with app.db.transaction() as session:
                rows = [session.get(PlayoutRequest, rid) for rid in request_ids]
                done = [row for row in rows if row is not None and row.done_at is not None]
                # Every zone answered; at the end of the wait, the zones that did (a site
                # that is down does not hold up the others' answer for ever).
                if done and (len(done) == len(rows) or waited >= timeout):
                    best = next((r for r in done if r.airing_id and not r.error), done[0])
                    airing = session.get(Airing, best.airing_id) if best.airing_id else None
                    return PlayNowResult(sid, airing, best.error, True)
        raise OutputError(
            "Phần mềm phát (broadcaster run) không phản hồi yêu cầu phát ngay. Hãy kiểm tra nó "
            "còn chạy không («broadcaster status»)."
        )
    # Airing from here owns the station for the moment: a daemon whose heartbeat could not
    # be written (a full disk) still holds the lock, and its output is not touched.
    lock = StationLock(app)
    lock.acquire()
    try:
        output = open_output(output_spec or app.settings.output, app.settings, app.clock)
        daemon = Daemon(app, output, ownership=lock)
        try:
            programme = daemon.play_now_here(sid)
        finally:
            daemon.airer.writer.close()
            daemon.output.close()
    finally:
        lock.release()
    with app.db.transaction() as session:
        key = programme.results.get(0)
        airing = session.scalar(select(Airing).where(Airing.log_key == key)) if key else None
        if due is not None:
            now = app.now()
            session.add(
                PlayoutRequest(
                    segment_id=sid,
                    created_at=now,
                    taken_at=now,
                    done_at=now,
                    due_at=due,
                    airing_id=airing.id if airing else None,
                    error=airing.error if airing else "",
                )
            )
    return PlayNowResult(sid, airing, airing.error if airing else "", False)


@dataclass(frozen=True)
class Status:
    alive: bool
    heartbeat_at: datetime | None
    on_air: list[Airing]
    next: list[SlotPlan]  # the coming slots with something to air, each zone's own
    journal: JournalState
    # On a full disk the heartbeat cannot be written: a daemon that still holds the
    # station lock on this machine is running all the same.
    silent_owner: Owner | None = None


def coming_slots(app: App, zones: list[ZoneScope], count: int = 3) -> list[SlotPlan]:
    """The next ``count`` slot plans (of every zone) that air something, soonest first.

    Their length and what fits come from the day plan, as in ``plan`` and the console.
    """
    found: list[SlotPlan] = []
    for rows in _coming_rows(app):
        for _scope, plan in zones_of(rows, zones, app):
            found.extend(slot for slot in plan.slots if slot.airing)
    return sorted(found, key=lambda slot: (slot.start, slot.zone))[:count]


def next_slots(app: App, zones: list[ZoneScope]) -> dict[int | None, SlotPlan]:
    """Each zone's next slot that airs something (today or tomorrow)."""
    found: dict[int | None, SlotPlan] = {}
    for rows in _coming_rows(app):
        missing = [scope for scope in zones if scope.zone_id not in found]
        for scope, plan in zones_of(rows, missing, app):
            coming = [slot for slot in plan.slots if slot.airing]
            if coming:
                found[scope.zone_id] = coming[0]
    return found


def _coming_rows(app: App) -> list[DayRows]:
    """Today's and tomorrow's rows, today's without the slots already started."""
    today, tomorrow = gather_days(app, [app.today(), app.today() + timedelta(days=1)])
    return [starting_from(today, app.now(), app.settings.tz), tomorrow]


def daemon_running(app: App) -> tuple[bool, datetime | None, JournalState, Owner | None]:
    """Is the daemon running: a fresh heartbeat, or, when a full disk stops its heartbeat,
    a daemon on this machine still holding the station lock (named as the 4th value)."""
    alive, beat = daemon_alive(app)
    journal = journal_state(app.settings)
    owner = None if alive or not journal.disk_full else local_owner(app)
    return alive or owner is not None, beat, journal, owner


def station_status(app: App, count: int = 3) -> Status:
    alive, beat, journal, owner = daemon_running(app)
    with app.db.transaction() as session:
        on_air = list(session.scalars(select(Airing).where(Airing.outcome == "open")))
        for airing in on_air:
            _ = airing.segment.title if airing.segment else None
            _ = airing.slot.name if airing.slot else None
            _ = airing.zone.name if airing.zone else None
    coming = coming_slots(app, station_zones(app), count)
    return Status(alive, beat, on_air, coming, journal, owner)
