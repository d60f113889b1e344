"""Noticing that ``broadcaster.toml`` changed, and taking what may change while running.

A long-running process (the daemon, the console) keeps one :class:`SettingsWatch`; on its
regular tick it calls :meth:`SettingsWatch.check`, which looks at the file's modification
stamp and, when it moved, loads the settings again and splits the changes: those the
declaration says apply at once are taken, the others wait for a restart and are said so.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from broadcaster.errors import BroadcasterError
from broadcaster.settings import DECLARED, Settings, load_settings
from broadcaster.settings_spec import LIVE, show_value

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reload:
    settings: Settings  # the running settings with the changes that apply now
    applied: tuple[str, ...]
    waiting: tuple[str, ...]  # changed in the file, taken only after a restart

    def describe(self) -> str:
        now = ", ".join(f"{n} = {show_value(getattr(self.settings, n))}" for n in self.applied)
        later = ", ".join(self.waiting)
        parts = [f"applied now: {now}"] if now else []
        if later:
            parts.append(f"waiting for a restart: {later}")
        return "; ".join(parts)


def plan_reload(running: Settings, fresh: Settings, takes: Collection[str]) -> Reload:
    """Which changed settings apply now (their ``apply`` is in ``takes``) and which wait."""
    applied: list[str] = []
    waiting: list[str] = []
    for name, item in DECLARED.items():
        if name == "home" or getattr(running, name) == getattr(fresh, name):
            continue
        (applied if item.spec.apply in takes else waiting).append(name)
    values = {n: getattr(fresh, n) for n in applied}
    return Reload(dataclasses.replace(running, **values), tuple(applied), tuple(waiting))


def default_loader(settings: Settings) -> Callable[[], Settings]:
    home, db = settings.home, settings.db_url
    return lambda: load_settings(home, {"db_url": db or None})


class SettingsWatch:
    """Reloads a process's settings when ``broadcaster.toml`` changes on disk."""

    def __init__(
        self,
        settings: Settings,
        takes: Collection[str] = (LIVE,),
        loader: Callable[[], Settings] | None = None,
    ) -> None:
        self.path: Path = settings.settings_path
        self.takes = tuple(takes)
        self.loader = loader or default_loader(settings)
        self.stamp = self._stamp()
        self.waiting: tuple[str, ...] = ()  # changes seen that wait for a restart
        self._started_with = settings

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def check(self, running: Settings) -> Reload | None:
        """The reload to apply when the file changed since the last look, else ``None``."""
        stamp = self._stamp()
        if stamp == self.stamp:
            return None
        self.stamp = stamp
        try:
            fresh = self.loader()
        except BroadcasterError as exc:
            log.error("broadcaster.toml changed but cannot be used, keeping the settings: %s", exc)
            return None
        reload = plan_reload(running, fresh, self.takes)
        # What still differs from what this process started with, and cannot be applied.
        self.waiting = plan_reload(self._started_with, fresh, self.takes).waiting
        if not reload.applied and not reload.waiting:
            return None
        return reload
