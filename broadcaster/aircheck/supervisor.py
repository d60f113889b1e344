"""The daemon's side of the air-check: keep the recorder running, judge alarms, and
have recent airings verified, all outside the audio thread.

The recorder is a child process (``recorder.py``) and verification runs in another
(``broadcaster aircheck verify --pending``), so neither can hold the daemon's GIL while a
programme plays; the alarm check reads a small index file and the log.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

from broadcaster.aircheck import alarms, listeners
from broadcaster.aircheck.archive import read_status
from broadcaster.aircheck.evidence import OneZone, zone_key
from broadcaster.aircheck.monitor import Monitor, parse_monitor
from broadcaster.errors import BroadcasterError
from broadcaster.models import Zone
from broadcaster.station import App

log = logging.getLogger(__name__)
RESTART_SECONDS = 5.0


class AirCheck:
    """One zone's air-check: the station's implicit zone (the ``monitor`` setting) by
    default, or a named zone of a site (``for_zone``: that zone's own monitor)."""

    def __init__(
        self,
        app: App,
        zone: str = "station",
        monitor: Monitor | None = None,
        outputs: tuple[str, ...] | None = None,
        only: OneZone | None = None,
        label: str = "",
    ) -> None:
        self.app, self.zone, self.label = app, zone, label
        settings = app.settings
        self.outputs = settings.output if outputs is None else outputs
        self.monitor = monitor or parse_monitor(settings.monitor, self.outputs)
        self.only = only  # the zone whose airings it verifies (None: every zone)
        self.folder: Path = settings.aircheck_dir / zone
        self.recorder: subprocess.Popen[bytes] | None = None
        self.verifier: subprocess.Popen[bytes] | None = None
        self._started_at = 0.0

    @classmethod
    def for_zone(cls, app: App, zone_id: int, output: str) -> AirCheck:
        """A named zone's air-check, from its row's monitor ("none": nothing recorded)."""
        with app.db.transaction() as session:
            zone = session.get(Zone, zone_id)
            spec = zone.monitor if zone is not None else "none"
            name = zone.name if zone is not None else str(zone_id)
        outputs = tuple(p.strip() for p in output.split(",") if p.strip())
        monitor = parse_monitor(spec or "none", outputs)
        return cls(app, zone_key(zone_id), monitor, outputs, OneZone(zone_id), name)

    @property
    def enabled(self) -> bool:
        """Something to do: a monitor to record, or IP loudspeakers to keep track of."""
        return self.monitor.enabled or self.listening

    @property
    def listening(self) -> bool:
        s = self.app.settings
        return bool(s.icecast_admin_password and listeners.mounts(self.outputs))

    def start(self) -> None:
        if not self.monitor.enabled:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        s = self.app.settings
        command = [sys.executable, "-m", "broadcaster.aircheck.recorder", str(self.folder)]
        command += [self.zone, self.monitor.kind, self.monitor.name]
        command += [str(s.aircheck_days), str(s.aircheck_min_free_mb)]
        log_file = (self.folder / "recorder.log").open("ab")
        self.recorder = subprocess.Popen(
            command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        self._started_at = time.monotonic()
        log.info("air-check: recording %s (pid %s)", self.monitor.describe(), self.recorder.pid)

    def watch(self) -> None:
        """Every few seconds: restart a dead recorder, judge dead and wrong air."""
        if not self.enabled:
            return
        self.poll_listeners()
        if not self.monitor.enabled:
            return
        ended = self.recorder is not None and self.recorder.poll() is not None
        if ended and time.monotonic() - self._started_at >= RESTART_SECONDS:
            status = read_status(self.folder)
            log.warning(
                "air-check recorder ended (%s); starting it again",
                status.reason if status else "no status",
            )
            self.start()
        try:
            alarms.check(self.app, self.folder, self.zone, self.only, self.label)
        except (BroadcasterError, OSError) as exc:
            log.warning("air-check alarm check failed: %s", exc)

    def poll_listeners(self) -> None:
        """Note which listeners each icecast:// mount has now (a failed poll is skipped)."""
        if not self.listening:
            return
        s = self.app.settings
        now = time.time()
        seen: list[listeners.Session] = []
        for base, mount in listeners.mounts(self.outputs):
            try:
                text = listeners.fetch(base, mount, s.icecast_admin_password)
                seen += listeners.parse_listclients(text, mount, now)
            except (OSError, ValueError) as exc:
                log.debug("listclients %s%s failed: %s", base, mount, exc)
                return
        known = listeners.read_log(self.folder)
        keep_after = now - s.aircheck_days * 86400
        listeners.write_log(self.folder, listeners.merge(known, seen), keep_after)

    def verify_recent(self) -> None:
        """Have airings that ended a little while ago verified, in a child process."""
        if not self.enabled or (self.verifier is not None and self.verifier.poll() is None):
            return
        s = self.app.settings
        command = [sys.executable, "-m", "broadcaster", "--home", str(s.home)]
        if s.db_url:
            command += ["--db", s.db_url]
        only = self.only
        zone = [] if only is None or only.zone_id is None else ["--zone", str(only.zone_id)]
        self.verifier = subprocess.Popen(
            [*command, "aircheck", "verify", "--pending", *zone],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "verify.log").open("ab"),
            stdin=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        for proc in (self.recorder, self.verifier):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
