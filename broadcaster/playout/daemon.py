"""The playout daemon: everything wired in one place.

The database is the truth. Every few seconds the daemon re-reads the slots and makes
sure one APScheduler job exists per upcoming slot occurrence; each job fires a little
before air time, prepares the programme (rendering anything missing), and hands it to
the :class:`~broadcaster.playout.airer.Airer`, which starts it on the second.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from broadcaster.aircheck.supervisor import AirCheck
from broadcaster.catalogue.planning import Entry, plan_day
from broadcaster.catalogue.slots import slot_zones
from broadcaster.commune.targeting import IMPLICIT, ZoneScope, slot_in_zone
from broadcaster.errors import BroadcasterError
from broadcaster.models import Booking, Segment, Slot
from broadcaster.playout.airer import Airer, Item, Programme
from broadcaster.playout.airlog import (
    AiringRef,
    close_interrupted,
    finish_request,
    log_not_aired,
    slot_record,
    take_requests,
)
from broadcaster.playout.journal import DATABASE_DOWN, AirLog
from broadcaster.playout.levels import (
    next_emergency,
    quiet_refusal_now,
    schedule_emergencies,
    split_quiet,
)
from broadcaster.playout.live import live_source
from broadcaster.playout.live_feed import LiveFeed
from broadcaster.playout.logops import CarryOp
from broadcaster.playout.outputs.registry import Output, load_samples
from broadcaster.playout.ownership import StationLock
from broadcaster.playout.programme import (
    Occurrence,
    carry_target,
    entry_key,
    judge_start,
    occurrences,
    remaining,
    resume_reason,
)
from broadcaster.playout.recheck import read_booked, still_airs
from broadcaster.playout.relay_item import relay_source
from broadcaster.settings import Settings
from broadcaster.settings_watch import SettingsWatch, write_running
from broadcaster.speech.batch import has_fallback_audio, needs_audio
from broadcaster.speech.render import Renderer
from broadcaster.station import App, last_heartbeat, record_heartbeat, record_stopped
from broadcaster.wake import EMERGENCIES, REQUESTS, Listener, Pulse

log = logging.getLogger(__name__)
PREPARE_LEAD = timedelta(seconds=8)
HORIZON = timedelta(hours=24)
CARRY_HORIZON = timedelta(days=8)
MAX_LOOKBACK = timedelta(days=7)


def active_slots(app: App, zone: int | None = None) -> list[Slot]:
    """The slots that run in the zone (``None``: the implicit zone, every slot)."""
    with app.db.transaction() as session:
        in_zone = slot_zones(session) if zone is not None else {}
        return [
            s
            for s in session.scalars(select(Slot).where(Slot.removed_at.is_(None)))
            if slot_in_zone(in_zone.get(s.id, frozenset()), zone)
        ]


def upcoming(
    app: App, since: datetime, span: timedelta, zone: int | None = None
) -> list[Occurrence]:
    return occurrences(active_slots(app, zone), since, since + span, app.settings.tz)


def entries_for(app: App, occ: Occurrence, zone: int | None = None) -> list[Entry]:
    """The occurrence's airable entries in airing order (by level, then booking)."""
    for slot_plan in plan_day(app, occ.day, zone).slots:
        if slot_plan.slot_id == occ.slot_id:
            return [p.entry for p in slot_plan.entries if p.entry.airable]
    return []


class Daemon:
    def __init__(
        self,
        app: App,
        output: Output,
        renderer: Renderer | None = None,
        render_in_child: bool = False,
        ownership: StationLock | None = None,
        settings_loader: Callable[[], Settings] | None = None,
        scope: ZoneScope = IMPLICIT,
        airlog: AirLog | None = None,
        leader: bool = True,
        wake: Listener | None = None,
    ) -> None:
        self.app = app
        # Play-now requests and khẩn cấp bulletins wake the daemon (a site's zones share
        # one listener); the poll every ``wake_fallback_seconds`` is only the safety net.
        self.wake = wake
        self._own_wake = wake is None
        self.pulses: list[tuple[str, Pulse]] = []
        # The zone this daemon airs, and whether it does the site's shared chores
        # (emergencies, inbox, the lock, recording the stop): one leader per site process.
        self.scope = scope
        self.leader = leader
        # Rendering is heavy pure-Python/C work that holds the GIL; in a child process it
        # can never make the sound card run dry while a programme plays.
        self.render_in_child = render_in_child
        # broadcaster.toml is looked at on every sync tick; live changes apply at once.
        self.watch = SettingsWatch(app.settings, loader=settings_loader)
        self.output = output
        self.renderer = renderer or Renderer(app)
        self.airlog = airlog or AirLog(app)
        self.airer = Airer(app, output, self.carry, self.airlog, self.recheck)
        self.ownership = ownership or StationLock(app, scope.site_id)
        self.aircheck: AirCheck | None = None
        self.grace = timedelta(minutes=self.settings.grace_minutes)
        # State shared by the scheduler's threads, guarded by ``_lock``: the moment the
        # database went away; the occurrences claimed by a job (kept a day after their
        # end, then pruned); what each claimed occurrence's decision already covered
        # (booking, segment) and, for one judged missed, why.
        self._lock = threading.Lock()
        self.lost_since: datetime | None = None
        self.handled: dict[str, Occurrence] = {}
        self._judged: dict[str, Counter[tuple[int | None, int]]] = {}
        self._missed_reason: dict[str, str] = {}
        self._upgrade_tried: datetime | None = None
        self.stopped = threading.Event()
        self._beat_lock = threading.Lock()  # no heartbeat lands after the stop is recorded
        self._quit = threading.Event()
        self.scheduler = BackgroundScheduler(
            timezone=self.settings.tz,
            executors={"default": ThreadPoolExecutor(4)},
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": int(self.grace.total_seconds()),
            },
        )

    @property
    def settings(self) -> Settings:
        """The settings in force now (reloaded from broadcaster.toml when it changes)."""
        return self.app.settings

    def reload_settings(self) -> None:
        """Take the live changes of broadcaster.toml; say which ones wait for a restart."""
        try:
            reload = self.watch.check(self.app.settings)
        except OSError as exc:
            log.error("cannot read broadcaster.toml: %s", exc)
            return
        if reload is None:
            return
        self.app.settings = reload.settings
        if reload.applied:
            log.warning("settings reloaded from broadcaster.toml: %s", reload.describe())
        if reload.waiting:
            log.warning(
                "broadcaster.toml: %s changed; this takes effect only when broadcaster run is "
                "restarted",
                ", ".join(reload.waiting),
            )

    def upcoming(self, since: datetime, span: timedelta) -> list[Occurrence]:
        return upcoming(self.app, since, span, self.scope.zone_id)

    def entries_for(self, occ: Occurrence) -> list[Entry]:
        return entries_for(self.app, occ, self.scope.zone_id)

    # -- shared state -------------------------------------------------------------------
    @property
    def database_lost(self) -> bool:
        with self._lock:
            return self.lost_since is not None

    def is_handled(self, occ: Occurrence) -> bool:
        with self._lock:
            return occ.key in self.handled

    def _claim(self, occ: Occurrence) -> bool:
        """Take the occurrence for this job; False when another job already has it."""
        with self._lock:
            if occ.key in self.handled:
                return False
            self.handled[occ.key] = occ
            return True

    def _unclaim(self, occ: Occurrence) -> None:
        with self._lock:
            self.handled.pop(occ.key, None)
            self._judged.pop(occ.key, None)
            self._missed_reason.pop(occ.key, None)

    def _judge(self, occ: Occurrence, entries: list[Entry], missed: str = "") -> None:
        """Record that the occurrence's decision covered these entries."""
        with self._lock:
            self._judged.setdefault(occ.key, Counter()).update(entry_key(e) for e in entries)
            if missed:
                self._missed_reason[occ.key] = missed

    def prune(self, now: datetime) -> None:
        """Forget occurrences that ended a day ago (the log has them; the set stays small)."""
        with self._lock:
            for key, occ in list(self.handled.items()):
                if occ.end < now - HORIZON:
                    del self.handled[key]
                    self._judged.pop(key, None)
                    self._missed_reason.pop(key, None)

    # -- jobs -------------------------------------------------------------------------
    def sync(self) -> None:
        """One job per upcoming occurrence; jobs of vanished occurrences are removed.

        Also on a full disk (the database cannot be written but can be read): slots keep
        being scheduled. When the database cannot be read, the next sync tries again.
        """
        if self.leader:  # the zones of a site share one App and its settings
            self.reload_settings()
        try:
            self._sync()
        except DATABASE_DOWN as exc:
            # Said once when the database goes away (the heartbeat says so), not every sync.
            (log.debug if self.database_lost else log.warning)("schedule not reloaded: %s", exc)

    def _sync(self) -> None:
        now = self.app.now()
        self.prune(now)
        wanted = {o.key: o for o in self.upcoming(now, HORIZON) if o.start - PREPARE_LEAD > now}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("air:") and job.id[4:] not in wanted:
                job.remove()
        for occ in self.upcoming(now - self.grace, self.grace + PREPARE_LEAD):
            # Added (or moved) too close to its start for a prepared job: judge it now.
            if occ.start - PREPARE_LEAD <= now and not self.is_handled(occ):
                self.resume(occ)
        self.rejudge(now)
        for key, occ in wanted.items():
            if not self.is_handled(occ) and self.scheduler.get_job(f"air:{key}") is None:
                self.scheduler.add_job(
                    self.fire,
                    "date",
                    run_date=occ.start - PREPARE_LEAD,
                    id=f"air:{key}",
                    args=[occ],
                )

    def fire(self, occ: Occurrence) -> None:
        """Decide and prepare one occurrence, then queue it for the airer."""
        if not self._claim(occ):
            return
        decision = judge_start(occ, self.app.now(), self.grace)
        try:
            entries = self.entries_for(occ)
        except DATABASE_DOWN as exc:
            # The database is away: the recovery's catch-up decides this slot later.
            log.error("%s: không đọc được chương trình (%s)", occ.name, exc)
            self._unclaim(occ)
            return
        self._judge(occ, entries, decision.reason if decision.action == "missed" else "")
        if decision.action == "missed":
            for entry in entries:
                self.airer.not_aired(self._ref(entry, occ), "missed", decision.reason)
            return
        entries = self._refuse_quiet(entries, occ)
        if not entries:
            log.info("%s: không có tin nào được đặt, không phát gì", occ.name)
            return
        items = [self._item(e, occ) for e in entries]
        log.info(
            "%s: đã chuẩn bị %d tin; mỗi tin được kiểm tra lại ngay trước khi phát",
            occ.name,
            len(items),
        )
        self.airer.submit(Programme(occ, items, start_at=decision.start_at))

    def rejudge(self, now: datetime) -> None:
        """Bookings, approvals and edits that reach an occurrence already prepared or on
        air are judged again: what still fits airs in that slot (after what is queued),
        the rest is carried or logged ``missed`` with the reason, as at air time."""
        with self._lock:
            live = [
                occ
                for key, occ in self.handled.items()
                if key in self._judged and occ.start - PREPARE_LEAD <= now < occ.end
            ]
        for occ in live:
            entries = self.entries_for(occ)
            with self._lock:
                judged = self._judged.get(occ.key)
                if judged is None:
                    continue
                new = remaining(entries, judged)
                judged.update(entry_key(e) for e in new)
                missed = self._missed_reason.get(occ.key, "")
            if not new:
                continue
            log.warning("%s: %d item(s) added after the slot was prepared", occ.name, len(new))
            if missed:
                for entry in new:
                    self.airer.not_aired(self._ref(entry, occ), "missed", missed)
                continue
            new = self._refuse_quiet(new, occ)
            if new:
                self.airer.submit(Programme(occ, [self._item(e, occ) for e in new]))

    def recheck(self, item: Item, occ: Occurrence, at: datetime) -> str:
        """Just before a prepared item airs: why it no longer does ("" : it airs). With
        the database away (a site airing from its copy) the prepared programme stands."""
        if self.database_lost:
            return ""
        try:
            booked = read_booked(self.app, item.entry)
        except DATABASE_DOWN as exc:
            log.warning("«%s»: không kiểm tra lại được (%s)", item.entry.title, exc)
            return ""
        s = self.settings
        return still_airs(item.entry, occ, self.scope.zone_id, booked, at, s.require_approval, s.tz)

    def _refuse_quiet(self, entries: list[Entry], occ: Occurrence) -> list[Entry]:
        """Entries that may air now; the others are logged missed inside quiet hours."""
        entries, refused = split_quiet(self.app, entries, occ)
        for entry, reason in refused:
            log.warning("%s: %s", occ.name, reason)
            self.airer.not_aired(self._ref(entry, occ), "missed", reason)
        return entries

    def catch_up(self, last_seen: datetime | None) -> None:
        """After an outage or a crash: finish what the log shows unfinished.

        A slot that had not started is judged as at air time (late within the grace
        time, else ``missed``). A slot that had started (some rows exist) gets its
        remaining items aired if it is still on and the gap is within the grace time,
        else each remaining item is logged ``missed`` with the reason: every booked item
        of a started slot ends with exactly one final row (or a logged carry).
        """
        now = self.app.now()
        if last_seen is None:
            since, on_at = now - self.grace, now
        else:
            since, on_at = max(last_seen, now - MAX_LOOKBACK), last_seen
        window = occurrences(
            active_slots(self.app, self.scope.zone_id),
            min(since, on_at - HORIZON),
            now + PREPARE_LEAD,
            self.settings.tz,
        )
        for occ in window:
            # Slots that began after the daemon was last seen, or were still on then.
            if self.is_handled(occ) or not (occ.start >= since or occ.end > on_at):
                continue
            self.resume(occ)

    def resume(self, occ: Occurrence) -> None:
        record = slot_record(self.app, occ.slot_id, occ.start, self.scope.zone_id)
        if not record.started:
            self.fire(occ)  # on time, late within the grace time, or missed with the reason
            return
        if not self._claim(occ):
            return
        try:
            entries = self.entries_for(occ)
        except DATABASE_DOWN as exc:
            log.error("%s: cannot read the programme (%s)", occ.name, exc)
            self._unclaim(occ)
            return
        left = remaining(entries, record.done)
        self._judge(occ, entries)
        if not left:
            return
        now = self.app.now()
        heard = record.last_heard or occ.start
        if now < occ.end and now - heard <= self.grace:
            left = self._refuse_quiet(left, occ)
            if not left:
                return
            log.warning("%s: phát tiếp %d tin sau khi khởi động lại", occ.name, len(left))
            self.airer.submit(Programme(occ, [self._item(e, occ) for e in left]))
            return
        reason = resume_reason(occ, heard, now, self.settings.tz)
        for entry in left:
            self.airer.not_aired(self._ref(entry, occ), "missed", reason)

    def render_ahead(self) -> None:
        """Render what the coming slots need, well before air time."""
        if self.database_lost:
            return
        span = timedelta(minutes=self.settings.render_ahead_minutes)
        ids = {
            e.segment_id
            for occ in self.upcoming(self.app.now(), span)
            for e in self.entries_for(occ)
        }
        self.ensure_rendered(sorted(ids))
        self.upgrade_fallbacks(sorted(ids))

    def needs_render(self, segment_ids: list[int]) -> list[int]:
        with self.app.db.transaction() as session:
            rows = session.scalars(select(Segment).where(Segment.id.in_(segment_ids))).all()
            return [s.id for s in rows if needs_audio(s)]

    def fallback_rendered(self, segment_ids: list[int]) -> list[int]:
        with self.app.db.transaction() as session:
            rows = session.scalars(select(Segment).where(Segment.id.in_(segment_ids))).all()
            return [s.id for s in rows if has_fallback_audio(s, self.settings)]

    def upgrade_fallbacks(self, segment_ids: list[int]) -> None:
        """Audio a fallback engine made is rendered again once a better engine works.

        Tried at most once per ``engine_retry_seconds`` (a dead network costs a timeout).
        """
        fallback = self.fallback_rendered(segment_ids) if segment_ids else []
        now = self.app.now()
        retry = timedelta(seconds=self.settings.engine_retry_seconds)
        if not fallback or (self._upgrade_tried and now - self._upgrade_tried < retry):
            return
        self._upgrade_tried = now
        log.info("thử tạo lại bằng bộ đọc tốt hơn cho tin %s (đang dùng giọng dự phòng)", fallback)
        self.ensure_rendered(fallback, upgrade=True)

    def ensure_rendered(self, segment_ids: list[int], upgrade: bool = False) -> None:
        missing = segment_ids if upgrade else self.needs_render(segment_ids) if segment_ids else []
        if not missing:
            return
        if not self.render_in_child:
            for sid in missing:
                try:
                    self.renderer.render_and_store(sid, upgrade=upgrade)
                except BroadcasterError as exc:
                    log.warning("tạo âm thanh tin %s không được: %s", sid, exc)
            return
        home = ["--home", str(self.settings.home)]
        db = ["--db", self.settings.db_url] if self.settings.db_url else []
        proc = subprocess.run(
            [sys.executable, "-m", "broadcaster", *home, *db, "render", *map(str, missing)],
            capture_output=True,
            text=True,
            check=False,
            timeout=3600,
        )
        if proc.returncode != 0:
            log.warning("tạo âm thanh tin %s không được: %s", missing, proc.stdout.strip()[-500:])

    def poll_requests(self) -> None:
        if self.database_lost:
            return
        for request in take_requests(self.app, self.scope.zone_id):
            occ = self.airer.current.occ if self.airer.current else None
            entry = self._adhoc_entry(request.segment_id)
            scheduled = request.due_at or request.created_at
            level = request.level or entry.level  # an approver's khẩn cấp in quiet hours
            refusal = quiet_refusal_now(self.app, level, entry.title)
            if level != entry.level and not refusal:
                log.warning(
                    "request %s: segment %s airs as %s (sent by %s)",
                    request.id,
                    entry.segment_id,
                    level,
                    request.requested_by or "the command line",
                )
            if refusal:
                log.warning("yêu cầu phát ngay %s bị từ chối: %s", request.id, refusal)
                ref = self._ref(entry, None, scheduled=scheduled)
                finish_request(
                    self.app, request.id, log_not_aired(self.app, ref, "missed", refusal), refusal
                )
                continue
            item = self._item(entry, occ, scheduled=scheduled)
            self.airer.preempt()
            self.airer.submit(Programme(None, [item], request_id=request.id), urgent=True)

    def emergencies(self) -> datetime | None:
        """Khẩn cấp airings due now (first or repeat) become «play now» requests; returns
        when the next one falls due (the pulse looks again then)."""
        if self.database_lost or not self.leader:
            return None
        schedule_emergencies(self.app, self.grace)
        return next_emergency(self.app)

    def scan_inbox(self) -> None:
        from broadcaster.catalogue.inbox import scan_inbox

        if self.database_lost or not self.leader:
            return
        try:
            for result in scan_inbox(self.app):
                log.info("inbox: %s", result.message)
        except (BroadcasterError, OSError) as exc:
            log.warning("không đọc được thư mục inbox: %s", exc)

    def heartbeat(self) -> None:
        """Prove life, keep the lock, and notice the database going away or coming back."""
        try:
            if not self.airlog.recover():
                raise SQLAlchemyError("database file missing")
            with self._beat_lock:
                if self.stopped.is_set():
                    return
                record_heartbeat(self.app, self.scope.site_id)
            self.ownership.keep()
        except DATABASE_DOWN as exc:
            with self._lock:
                first = self.lost_since is None
                if first:
                    self.lost_since = self.app.now()
            if first:
                log.error("mất cơ sở dữ liệu (%s); vẫn phát, nhật ký ghi tạm vào tệp journal", exc)
            return
        with self._lock:
            since, self.lost_since = self.lost_since, None
        if since is not None:
            log.warning("cơ sở dữ liệu đã trở lại; ghi bù nhật ký từ journal")
            self.catch_up(since)

    def carry(self, occ: Occurrence, left: list[Entry]) -> None:
        """Entries that do not fit go to the next occurrence their booking allows."""
        later = self.upcoming(occ.start + timedelta(seconds=1), CARRY_HORIZON)
        for entry in left:
            with self.app.db.transaction() as session:
                booking = session.get(Booking, entry.booking_id)
                segment = session.get(Segment, entry.segment_id)
                ends = [
                    d
                    for d in (
                        booking.date_to if booking else None,
                        segment.valid_to if segment else None,
                    )
                    if d
                ]
            target = carry_target(occ, later, min(ends) if ends else None)
            if target is None:
                self.airer.not_aired(
                    self._ref(entry, occ),
                    "missed",
                    f"Không kịp phát trong buổi «{occ.name}» và không còn buổi nào "
                    "trong thời hạn đặt lịch.",
                )
                continue
            detail = (
                f"không kịp phát trong buổi «{occ.name}» {occ.start:%H:%M %d/%m}, "
                f"chuyển sang buổi «{target.name}» {target.start:%H:%M %d/%m}"
            )
            op = CarryOp(
                {
                    "op": "carry",
                    "booking_id": entry.booking_id,
                    "segment_id": entry.segment_id,
                    "from": (occ.slot_id, occ.start.isoformat()),
                    "to": (target.slot_id, target.start.isoformat()),
                    "detail": detail,
                }
            )
            if self.scope.zone_id is not None:
                op["zone_id"] = self.scope.zone_id
            self.airer.write(op)
            log.info("tin %s: %s", entry.segment_id, detail)

    # -- building items ---------------------------------------------------------------
    def _ref(
        self,
        entry: Entry,
        occ: Occurrence | None,
        scheduled: datetime | None = None,
        engine: str | None = None,
        audio_hash: str | None = None,
    ) -> AiringRef:
        return AiringRef(
            segment_id=entry.segment_id,
            slot_id=occ.slot_id if occ else None,
            booking_id=entry.booking_id or None,
            scheduled_start=scheduled or (occ.start if occ else self.app.now()),
            engine=engine,
            audio_hash=audio_hash,
            zone_id=self.scope.zone_id,
            site_id=self.scope.site_id,
        )

    def _item(
        self, entry: Entry, occ: Occurrence | None, scheduled: datetime | None = None
    ) -> Item:
        feed = LiveFeed(self.settings, entry.segment_id)
        if occ is None and feed.exists():  # live voice from the console, read as it comes
            try:
                live = live_source(self.settings, feed, self.output.sample_rate, self.app.clock)
            except BroadcasterError as exc:
                return Item(entry, self._ref(entry, occ, scheduled), None, str(exc))
            return Item(entry, self._ref(entry, occ, scheduled, "live"), None, source=live)
        if entry.kind == "relay":
            try:
                source = relay_source(self.app, entry.segment_id, self.output.sample_rate, occ)
            except BroadcasterError as exc:
                return Item(entry, self._ref(entry, occ, scheduled), None, str(exc))
            return Item(entry, self._ref(entry, occ, scheduled, "relay"), None, source=source)
        self.ensure_rendered([entry.segment_id])
        try:
            # At air time the audio on disk goes out as it is: nothing waits for the network.
            result = self.renderer.render_and_store(entry.segment_id, upgrade=False)
            samples = load_samples(result.path, self.output.sample_rate)
            with self.app.db.transaction() as session:
                segment = session.get(Segment, entry.segment_id)
                audio_hash = segment.audio_hash if segment else None
            ref = self._ref(entry, occ, scheduled, result.engine, audio_hash)
            return Item(entry, ref, samples)
        except BroadcasterError as exc:
            return Item(entry, self._ref(entry, occ, scheduled), None, str(exc))

    def _adhoc_entry(self, segment_id: int) -> Entry:
        with self.app.db.transaction() as session:
            segment = session.get(Segment, segment_id)
            title = segment.title if segment else str(segment_id)
            category = segment.category if segment else "khac"
            kind = segment.kind if segment else "script"
            level = segment.level if segment else "khan-cap"
        return Entry(
            booking_id=0,
            segment_id=segment_id,
            title=title,
            category=category,
            level=level,
            kind=kind,
            duration=0.0,
            estimated=False,
            airable=True,
        )

    # -- life cycle -------------------------------------------------------------------
    def last_heartbeat(self) -> datetime | None:
        return last_heartbeat(self.app, self.scope.site_id)

    def recover(self) -> None:
        """Own the station, replay the journal, close what a crash left open, catch up."""
        self.ownership.acquire()  # refuses when another daemon owns the station
        if not self.airlog.recover():
            log.error("chưa ghi bù được nhật ký: không kết nối được cơ sở dữ liệu")
        last_seen = self.last_heartbeat()
        closed = close_interrupted(self.app, self.scope.site_id)
        if closed:
            log.warning("đóng %d lượt phát dở do lần chạy trước bị tắt đột ngột", len(closed))
        self.heartbeat()
        self.catch_up(last_seen)

    def start(self) -> None:
        self.recover()
        # What this process runs with, so the console and the CLI can say what waits.
        write_running(self.settings, os.getpid())
        self.airer.start()
        self.sync()
        s = self.settings
        self.scheduler.add_job(
            self.heartbeat, "interval", seconds=s.heartbeat_seconds, id="heartbeat"
        )
        self.scheduler.add_job(self.sync, "interval", seconds=s.reload_seconds, id="sync")
        self.scheduler.add_job(
            self.scan_inbox, "interval", seconds=s.inbox_scan_seconds, id="inbox"
        )
        self.scheduler.add_job(
            self.render_ahead,
            "interval",
            minutes=1,
            id="render-ahead",
            next_run_time=datetime.now(s.tz),
        )
        if self.leader or self.scope.zone_id is not None:  # each zone its own monitor
            self.start_aircheck()
        self.scheduler.start()
        self.start_pulses()

    def start_pulses(self) -> None:
        """Requests and khẩn cấp: at once when announced, else every fallback interval."""
        if self.wake is None:
            self.wake = Listener(self.settings.home, self.app.db.engine)
        every = float(self.settings.wake_fallback_seconds)
        self.pulses = [(REQUESTS, Pulse(REQUESTS, self.poll_requests, every, self.app.now))]
        if self.leader:
            self.pulses.append(
                (EMERGENCIES, Pulse(EMERGENCIES, self.emergencies, every, self.app.now))
            )
        for topic, pulse in self.pulses:
            self.wake.subscribe(topic, pulse.wake)
            pulse.start()
        self.wake.start()

    def start_aircheck(self) -> None:
        """Record the monitor and verify airings (``aircheck``); a broken monitor setting or
        recorder never stops playout, the log says why evidence is missing."""
        zone = self.scope.zone_id
        try:
            if zone is None:  # the station's implicit zone: the ``monitor`` setting
                self.aircheck = AirCheck(self.app)
            else:  # a named zone: the monitor recorded on its row («zone add --monitor»)
                self.aircheck = AirCheck.for_zone(self.app, zone, self.scope.output)
            self.aircheck.start()
        except (BroadcasterError, OSError, *DATABASE_DOWN) as exc:
            log.error("air-check not recording: %s", exc)
            self.aircheck = None
            return
        if not self.aircheck.enabled:
            return
        self.scheduler.add_job(self.aircheck.watch, "interval", seconds=2, id="aircheck-watch")
        self.scheduler.add_job(
            self.aircheck.verify_recent, "interval", seconds=15, id="aircheck-verify"
        )

    def stop(self) -> None:
        if self.stopped.is_set():
            return
        self.stopped.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        for _topic, pulse in self.pulses:
            if self.wake is not None:
                self.wake.unsubscribe(pulse.wake)
            pulse.stop()
        if self.wake is not None and self._own_wake:
            self.wake.stop()
        self.airer.shutdown()
        self.output.close()
        if self.aircheck is not None:
            self.aircheck.stop()
        if not self.leader:
            return
        with self._beat_lock:
            try:
                record_stopped(self.app, self.scope.site_id)
            except DATABASE_DOWN as exc:
                log.warning("không ghi được lúc dừng: %s", exc)
        self.ownership.release()

    def run_forever(self) -> None:
        """Run until SIGTERM or Ctrl+C; then close the airing on air with its real length."""
        run_until_signalled(self.start, self.stop, self._quit)

    def play_now_here(self, segment_id: int) -> Programme:
        """Air one segment at once from this process (no daemon running)."""
        item = self._item(self._adhoc_entry(segment_id), None)
        programme = self.airer.air(Programme(None, [item]))
        self.airer.writer.flush()
        return programme


def run_until_signalled(
    start: Callable[[], None], stop: Callable[[], None], quit: threading.Event
) -> None:
    """``start``, wait for SIGTERM or Ctrl+C (or ``quit``), then ``stop`` (a site's zones
    and a single station's daemon alike)."""

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.warning("nhận tín hiệu %d: đang dừng", signum)
        quit.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    start()
    try:
        while not quit.wait(1.0):
            pass
    finally:
        stop()
