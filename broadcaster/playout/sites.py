"""A site's daemon (``broadcaster run --site NAME``): one zone daemon per zone it feeds.

Each zone has its own output, airer and scheduler, so several zones of one site air
their own programmes at the same moment; the zones share the site's lock and its log
journal, and the first zone's daemon (the leader) does the site's shared chores.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import threading
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from broadcaster.catalogue.levels import station_quiet
from broadcaster.catalogue.planning import Entry
from broadcaster.commune.targeting import ZoneScope
from broadcaster.models import Segment, Site
from broadcaster.playout import offline
from broadcaster.playout.airer import Item
from broadcaster.playout.audio_store import AudioStore
from broadcaster.playout.daemon import Daemon, run_until_signalled
from broadcaster.playout.icecast_stats import see_clusters
from broadcaster.playout.journal import DATABASE_DOWN, AirLog
from broadcaster.playout.offline import SiteCopy
from broadcaster.playout.outputs.registry import Output, load_samples, open_output
from broadcaster.playout.ownership import StationLock
from broadcaster.playout.programme import Occurrence
from broadcaster.station import App
from broadcaster.wake import Listener

log = logging.getLogger(__name__)
HEALTH_FORMAT = "broadcaster-site-health/1"
HOLD_EVERY = 6  # the copy is prepared every 6 reloads (30 s by default)


class SiteRunner:
    def __init__(self, app: App, scopes: list[ZoneScope]) -> None:
        assert scopes
        self.app = app
        self.scopes = scopes
        self.ownership = StationLock(app, scopes[0].site_id)
        self.airlog = AirLog(app)
        self.hold = SiteHold(app, scopes)
        self.wake = Listener(app.settings.home, app.db.engine)  # one for the site's zones
        self.daemons: list[Daemon] = []
        self._quit = threading.Event()

    def open(self) -> None:
        """Open every zone's output and own the site; nothing is left open on failure.

        With the database away, the site's lock file is enough: the database lock is
        taken with the first heartbeat that reaches it.
        """
        station_quiet(self.app.settings)
        # The site's lock comes before any output is touched: a refused second «run --site»
        # must not open (and so truncate) the running daemon's output file or take its card.
        try:
            self.ownership.acquire()
        except DATABASE_DOWN as exc:
            if not self.ownership.held:
                raise
            log.error("the database is away (%s): airing from the site's copy", exc)
        outputs: list[Output] = []
        try:
            for scope in self.scopes:
                outputs.append(open_output(scope.output, self.app.settings, self.app.clock))
        except BaseException:
            for output in outputs:
                output.close()
            self.ownership.release()
            raise
        try:
            for n, (scope, output) in enumerate(zip(self.scopes, outputs, strict=True)):
                log.info("zone %s: output %s", scope.label, output.describe())
                self.daemons.append(
                    ZoneDaemon(
                        self.app,
                        output,
                        render_in_child=True,
                        scope=scope,
                        airlog=self.airlog,
                        ownership=self.ownership,
                        leader=n == 0,
                        hold=self.hold,
                        wake=self.wake,
                    )
                )
        except BaseException:
            for output in outputs:
                output.close()
            self.ownership.release()
            raise

    def describe(self) -> str:
        return "; ".join(f"vùng «{d.scope.label}» ra {d.output.describe()}" for d in self.daemons)

    def start(self) -> None:
        self.hold.refresh()  # before the first sync: the copy is there if the database goes
        for daemon in self.daemons:
            daemon.start()
        leader = self.daemons[0]
        leader.scheduler.add_job(
            self.hold.refresh,
            "interval",
            seconds=HOLD_EVERY * max(1, self.app.settings.reload_seconds),
            id="site-hold",
        )

    def stop(self) -> None:
        # The leader last: it records the stop and lets go of the site's lock.
        for daemon in reversed(self.daemons):
            daemon.stop()
        self.wake.stop()

    def run_forever(self) -> None:
        run_until_signalled(self.start, self.stop, self._quit)


class SiteHold:
    """What the site holds to air without the central database: the programme copy of
    its zones for ``site_offline_days`` and every audio file it uses."""

    def __init__(self, app: App, scopes: list[ZoneScope]) -> None:
        s = app.settings
        self.app = app
        self.scopes = scopes
        self.site_id = scopes[0].site_id
        self.store = AudioStore(s.home, s.site_central_url, s.site_token)
        self.copy: SiteCopy | None = offline.load(s.home)

    def audio_of(self, segment_id: int) -> str | None:
        return self.copy.audio.get(segment_id) if self.copy else None

    def refresh(self) -> None:
        """Prepare the copy from the database, fetch what audio is missing, report health."""
        try:
            copy = offline.prepare(self.app, self.scopes, self.app.settings.site_offline_days)
            local = self._local_paths(sorted(copy.audio))
        except DATABASE_DOWN as exc:
            log.warning("site copy not refreshed (database unreachable): %s", exc)
            return
        for sid, digest in copy.audio.items():
            if not self.store.ensure(digest, local.get(sid)):
                log.error("segment %s: its audio could not be stored for offline airing", sid)
        offline.save(self.app.settings.home, copy)
        self.copy = copy
        try:
            report_health(self.app, self.site_id, copy, self.store)
            see_clusters(self.app, [s.zone_id for s in self.scopes if s.zone_id is not None])
        except DATABASE_DOWN as exc:
            log.warning("site health not reported: %s", exc)

    def _local_paths(self, ids: list[int]) -> dict[int, str]:
        with self.app.db.transaction() as session:
            rows = session.execute(
                select(Segment.id, Segment.audio_path).where(Segment.id.in_(ids))
            )
            return {sid: path for sid, path in rows if path}


def report_health(app: App, site_id: int | None, copy: SiteCopy, store: AudioStore) -> None:
    """The site's own figures for the central sites page (JSON on its row)."""
    if site_id is None:
        return
    try:
        free: int | None = shutil.disk_usage(store.root.parent).free
    except OSError:
        free = None
    health = {
        "format": HEALTH_FORMAT,
        "held_until": copy.until.isoformat(),
        "copied_at": copy.made_at.isoformat(),
        "disk_free": free,
        "audio_files": len(set(copy.audio.values())),
    }
    with app.db.transaction() as session:
        site = session.get(Site, site_id)
        if site is not None:
            site.health = json.dumps(health)


class ZoneDaemon(Daemon):
    """A zone of a site: airs from the site's copy when the central database is away."""

    def __init__(self, *args: Any, hold: SiteHold, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hold = hold

    def upcoming(self, since: datetime, span: timedelta) -> list[Occurrence]:
        if not self.database_lost:
            try:
                return super().upcoming(since, span)
            except DATABASE_DOWN as exc:
                log.warning("zone %s: programme from the copy (%s)", self.scope.label, exc)
        copy = self.hold.copy
        return copy.occurrences(self.scope.zone_id, since, since + span) if copy else []

    def entries_for(self, occ: Occurrence) -> list[Entry]:
        if not self.database_lost:
            try:
                return super().entries_for(occ)
            except DATABASE_DOWN as exc:
                log.warning("zone %s: %s from the copy (%s)", self.scope.label, occ.name, exc)
        found = self.hold.copy.entries(self.scope.zone_id, occ) if self.hold.copy else None
        if found is None:
            raise SQLAlchemyError(f"no copy of {occ.key}")
        return found

    def recover(self) -> None:
        """As a daemon's start; with the database away, start from the site's copy and
        catch up once the heartbeat reaches the database again."""
        try:
            super().recover()
        except DATABASE_DOWN as exc:
            if self.hold.copy is None:
                raise
            with self._lock:
                self.lost_since = self.lost_since or self.app.now()
            log.error(
                "zone %s: database away at start (%s); airing from the copy", self.scope.label, exc
            )

    def resume(self, occ: Occurrence) -> None:
        if self.database_lost:
            # The log is away, so what already went out is unknown: only a slot that has
            # not begun airs now; the catch-up judges the others once the log is back.
            if self.app.now() <= occ.start:
                self.fire(occ)
            return
        super().resume(occ)

    def _item(
        self, entry: Entry, occ: Occurrence | None, scheduled: datetime | None = None
    ) -> Item:
        """The audio from the site's store when it holds it (checked against its sha256);
        online, the segment's current audio is stored first."""
        if entry.kind == "relay":
            return super()._item(entry, occ, scheduled)
        digest = self.hold.audio_of(entry.segment_id)
        if not self.database_lost:
            with contextlib.suppress(*DATABASE_DOWN):
                digest = self._current_hash(entry.segment_id) or digest
        if digest and self.hold.store.has(digest, strict=True):
            samples = load_samples(self.hold.store.path(digest), self.output.sample_rate)
            return Item(entry, self._ref(entry, occ, scheduled, "site-copy", digest), samples)
        if self.database_lost:
            reason = (
                "Mất kết nối với máy chủ của xã và bản lưu của điểm phát không có âm thanh "
                "của tin này."
            )
            return Item(entry, self._ref(entry, occ, scheduled), None, reason)
        return super()._item(entry, occ, scheduled)

    def _current_hash(self, segment_id: int) -> str | None:
        with self.app.db.transaction() as session:
            segment = session.get(Segment, segment_id)
            if segment is None or not segment.audio_hash:
                return None
            digest = segment.audio_hash
            path = segment.audio_path
        self.hold.store.ensure(digest, path)
        return digest


def offline_scopes(app: App) -> list[ZoneScope]:
    """The site's zones as its copy recorded them (a start without the database)."""
    copy = offline.load(app.settings.home)
    return list(copy.zones) if copy else []
