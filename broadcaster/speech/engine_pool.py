"""The engines a renderer has built, and those that could not work, retried after a while.

A long-lived renderer (the daemon's) must notice when a better engine works again (the
network is back): a failed engine is not retried for ``engine_retry_seconds``, then
built again. Engines are kept per voice, since a category may choose its own voice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from broadcaster.errors import TTSError
from broadcaster.settings import Settings
from broadcaster.speech.engines.registry import Engine, voice_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    error: TTSError
    at: datetime


class EnginePool:
    def __init__(
        self,
        factory: Callable[[str, Settings], Engine],
        now: Callable[[], datetime],
        retry_seconds: float,
    ) -> None:
        self.factory = factory
        self.now = now
        self.retry = timedelta(seconds=retry_seconds)
        self._built: dict[tuple[str, str], Engine] = {}
        self._failed: dict[tuple[str, str], Failure] = {}

    @staticmethod
    def _key(name: str, settings: Settings) -> tuple[str, str]:
        return name, voice_of(name, settings) or ""

    def get(self, name: str, settings: Settings) -> Engine:
        """The engine, built once; raises the remembered error while it is cooling down."""
        key = self._key(name, settings)
        if key in self._built:
            return self._built[key]
        failure = self._failed.get(key)
        if failure and self.now() - failure.at < self.retry:
            raise failure.error
        try:
            engine = self.factory(name, settings)
        except TTSError as exc:
            log.info("engine %s unavailable: %s", name, exc)
            self._failed[key] = Failure(exc, self.now())
            raise
        self._failed.pop(key, None)
        self._built[key] = engine
        return engine

    def failed(self, name: str, settings: Settings, error: TTSError) -> None:
        """An engine that stopped working (the network went down): rebuild it later."""
        key = self._key(name, settings)
        self._built.pop(key, None)
        self._failed[key] = Failure(error, self.now())

    @property
    def unavailable(self) -> dict[str, str]:
        """Engines that could not be built, with the reason (for the operator)."""
        return {name: str(f.error) for (name, _v), f in self._failed.items()}
