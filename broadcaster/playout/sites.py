"""A site's daemon (``broadcaster run --site NAME``): one zone daemon per zone it feeds.

Each zone has its own output, airer and scheduler, so several zones of one site air
their own programmes at the same moment; the zones share the site's lock and its log
journal, and the first zone's daemon (the leader) does the site's shared chores.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from broadcaster.catalogue.levels import station_quiet
from broadcaster.commune.targeting import ZoneScope
from broadcaster.playout.daemon import Daemon
from broadcaster.playout.journal import AirLog
from broadcaster.playout.outputs.registry import Output, open_output
from broadcaster.playout.ownership import StationLock
from broadcaster.station import App

log = logging.getLogger(__name__)


class SiteRunner:
    def __init__(self, app: App, scopes: list[ZoneScope]) -> None:
        assert scopes
        self.app = app
        self.scopes = scopes
        self.ownership = StationLock(app, scopes[0].site_id)
        self.airlog = AirLog(app)
        self.daemons: list[Daemon] = []
        self._quit = threading.Event()

    def open(self) -> None:
        """Open every zone's output and own the site; nothing is left open on failure."""
        station_quiet(self.app.settings)
        outputs: list[Output] = []
        try:
            for scope in self.scopes:
                outputs.append(open_output(scope.output, self.app.settings, self.app.clock))
            self.ownership.acquire()
        except BaseException:
            for output in outputs:
                output.close()
            raise
        for n, (scope, output) in enumerate(zip(self.scopes, outputs, strict=True)):
            log.info("zone %s: output %s", scope.label, output.describe())
            self.daemons.append(
                Daemon(
                    self.app,
                    output,
                    render_in_child=True,
                    scope=scope,
                    airlog=self.airlog,
                    ownership=self.ownership,
                    leader=n == 0,
                )
            )

    def describe(self) -> str:
        return "; ".join(f"vùng «{d.scope.label}» ra {d.output.describe()}" for d in self.daemons)

    def start(self) -> None:
        for daemon in self.daemons:
            daemon.start()

    def stop(self) -> None:
        # The leader last: it records the stop and lets go of the site's lock.
        for daemon in reversed(self.daemons):
            daemon.stop()

    def run_forever(self) -> None:
        def on_signal(signum: int, _frame: FrameType | None) -> None:
            log.warning("signal %d: stopping", signum)
            self._quit.set()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        self.start()
        try:
            while not self._quit.wait(1.0):
                pass
        finally:
            self.stop()
