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
from broadcaster.settings_spec import LIVE, RESTART, show_value

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


# What a running process never swaps: where it is and which database it holds open, and
# the clock zone its scheduler and page filters were built with.
FIXED = ("home", "db_url", "timezone")


def plan_reload(running: Settings, fresh: Settings, takes: Collection[str]) -> Reload:
    """Which changed settings apply now (their ``apply`` is in ``takes``) and which wait."""
    applied: list[str] = []
    waiting: list[str] = []
    for name, item in DECLARED.items():
        if name == "home" or getattr(running, name) == getattr(fresh, name):
            continue
        live = item.spec.apply in takes and name not in FIXED
        (applied if live else waiting).append(name)
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

    def moved(self) -> bool:
        """Has the file's stamp moved since the last look (one stat, nothing read)?"""
        return self._stamp() != self.stamp

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


# -- what a running daemon runs with, for «waits for a restart» notices --------------------
RUNNING_FILE = "playout-settings.json"
RUNNING_FORMAT = "broadcaster-playout-settings/1"


def running_values(settings: Settings) -> dict[str, str]:
    """The restart-only settings as an operator types them (what a restart would change)."""
    return {
        name: show_value(getattr(settings, name))
        for name, item in DECLARED.items()
        if item.spec.apply == RESTART and name != "home"
    }


def pinned(settings: Settings) -> tuple[str, ...]:
    """The restart-only settings this process took from its environment or its flags, not
    from ``broadcaster.toml`` (``make run`` sets ``BROADCASTER_OUTPUT_DEVICE=pulse`` on a
    machine with no sound card): another process, started elsewhere, sees other values for
    them, and no change of the file or restart would change them."""
    try:
        from_file = running_values(load_settings(settings.home, env={}))
    except BroadcasterError:
        return ()
    return tuple(n for n, v in running_values(settings).items() if from_file.get(n) != v)


def write_running(settings: Settings, pid: int) -> None:
    """Record (atomically) the restart-only values this daemon started with, and which of
    them its own environment or flags set."""
    import json
    import os
    import tempfile

    path = settings.home / RUNNING_FILE
    data = {
        "format": RUNNING_FORMAT,
        "pid": pid,
        "values": running_values(settings),
        "pinned": list(pinned(settings)),
    }
    try:
        fd, tmp = tempfile.mkstemp(dir=settings.home, prefix=".playout-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except OSError as exc:  # a notice only: never stops playout
        log.warning("cannot record the running settings in %s: %s", path, exc)


def waiting_for_restart(settings: Settings, pid: int | None) -> tuple[str, ...]:
    """Settings whose value in ``settings`` the running daemon (``pid``) has not taken."""
    import json

    if pid is None:
        return ()
    try:
        data = json.loads((settings.home / RUNNING_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    if not isinstance(data, dict) or data.get("format") != RUNNING_FORMAT or data.get("pid") != pid:
        return ()
    started = data.get("values") or {}
    own = set(data.get("pinned") or ())  # set by the daemon's environment: not a change
    now = running_values(settings)
    return tuple(n for n, v in now.items() if n in started and n not in own and started[n] != v)
