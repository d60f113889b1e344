"""Following the audio position through one slot programme's continuous stream.

The :class:`Cursor` opens each item's log row when its first frame is heard and closes it
at its last one (times from the frame position), checkpoints what is on air, and in a
slot's programme puts each item to the airer's re-check as the audio gets to it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

import numpy as np

from broadcaster.playout.live import LiveSource
from broadcaster.playout.relay import RelaySource
from broadcaster.playout.stream import ProgrammeStream

if TYPE_CHECKING:
    from broadcaster.playout.airer import Airer, Item, Programme

CHECKPOINT_SECONDS = 2.0
# The database is asked this far (in audio) ahead of an item's first frame, so the answer
# is usually there when the audio gets to it: the audio thread does not wait.
RECHECK_AHEAD = 0.5


class Cursor:
    """Follows the audio position through one continuous programme stream.

    Each item's log row opens when its first frame is heard and closes at its last one;
    times come from the frame position, not from when this code happened to run. In a
    slot's programme each item is re-checked as the audio gets to it (``Airer.skips``):
    an item no longer owed to the slot is left out and what follows moves up.
    """

    def __init__(self, airer: Airer, programme: Programme, items: list[Item], rate: int):
        self.airer, self.programme, self.items, self.rate = airer, programme, items, rate
        gap = np.zeros(int(airer.gap * rate), dtype=np.float32)
        parts: list[np.ndarray | RelaySource | LiveSource] = []
        self._bounds: list[tuple[int, int]] = []
        self.part_of: list[int] = []  # item -> its part in the stream
        pos = 0
        for k, item in enumerate(items):
            if k:
                parts.append(gap)
                pos += len(gap)
            self._bounds.append((pos, pos + item.frames()))
            part = item.source if item.source is not None else item.samples
            assert part is not None
            self.part_of.append(len(parts))
            parts.append(part)
            pos += item.frames()
        self.item_at = {p: k for k, p in enumerate(self.part_of)}
        self.dropped: set[int] = set()  # items left out when the audio got to them
        self.asked: set[int] = set()  # items whose re-check was started ahead
        self.growing = isinstance(items[0].source, LiveSource) if len(items) == 1 else False
        self.gated: ProgrammeStream | None = None
        self.stream: np.ndarray
        if self.growing:
            # Live voice airs alone; its length is known only once the speaker stops.
            self.stream = cast(np.ndarray, items[0].source)
        elif airer.recheck is not None and programme.occ is not None:
            self.gated = ProgrammeStream(parts, on_enter=self._enter)
            self.stream = cast(np.ndarray, self.gated)
        elif any(item.source is not None for item in items):
            self.stream = cast(np.ndarray, ProgrammeStream(parts))
        else:
            self.stream = np.concatenate([p for p in parts if isinstance(p, np.ndarray)])
        if any(item.source is not None for item in items) and not self.growing:
            # A relay is opened ahead of its planned start and read as the audio gets there.
            begin = programme.start_at or airer.app.now()
            for item, (lo, _hi) in zip(items, self._bounds, strict=True):
                if item.source is not None:
                    item.source.arm(begin + timedelta(seconds=lo / rate))
        self.numbers = [programme.items.index(i) for i in items]
        self.opened = self.closed = 0
        self.last_checkpoint = 0.0
        self.started: datetime | None = None
        self.frames = 0

    @property
    def bounds(self) -> list[tuple[int, int]]:
        """Each item's [first frame, end) in the stream as it is now."""
        if self.gated is None:
            return self._bounds
        return [self.gated.span(p) for p in self.part_of]

    def _enter(self, part: int) -> list[int]:
        """The audio reached ``part``: an item no longer owed is dropped with its gap."""
        k = self.item_at.get(part)
        if k is None:
            return []
        assert self.gated is not None
        begin = self.gated.span(part)[0]
        if self.started is not None:
            at = self.at(begin)
        else:
            at = max(self.programme.start_at or self.airer.app.now(), self.airer.app.now())
        if not self.airer.skips(self.programme, self.items[k], at):
            return []
        self.dropped.add(k)
        following = part + 1 if part + 1 < len(self.gated.parts) else None
        return [part] if following is None else [part, following]

    def at(self, frame: int) -> datetime:
        assert self.started is not None
        return self.started + timedelta(seconds=frame / self.rate)

    def _skip_dropped(self) -> None:
        while self.opened < len(self.items) and self.opened in self.dropped:
            if self.closed == self.opened:
                self.closed += 1
            self.opened += 1

    def advance(self, started: datetime, frames: int) -> None:
        self.started, self.frames = started, frames
        if self.growing:
            self._bounds[0] = (0, self.items[0].frames())
        bounds = self.bounds
        self._skip_dropped()
        while self.opened < len(self.items) and bounds[self.opened][0] < frames:
            k = self.opened
            self.airer._open(self.programme, self.items[k], self.numbers[k], self.at(bounds[k][0]))
            self.opened += 1
            self._skip_dropped()
        while self.closed < self.opened and (
            self.closed in self.dropped or bounds[self.closed][1] <= frames
        ):
            k = self.closed
            if k not in self.dropped:
                self._close_item(k, self.at(bounds[k][1]), "aired")
            self.closed += 1
        nxt = self.opened
        if self.gated is not None and nxt < len(self.items) and nxt not in self.asked:
            begin = bounds[nxt][0]
            if begin - frames <= RECHECK_AHEAD * self.rate:
                self.asked.add(nxt)
                self.airer.ask(self.programme, self.items[nxt], self.at(begin))
        heard = frames / self.rate
        if self.closed < self.opened and heard - self.last_checkpoint >= CHECKPOINT_SECONDS:
            self.last_checkpoint = heard
            self.airer._checkpoint(self.programme, self.numbers[self.closed], self.at(frames))

    def _close_item(self, k: int, ended: datetime, outcome: str, error: str = "") -> None:
        """Close item ``k``'s row; a relay says what its stream really gave."""
        started = self.at(self.bounds[k][0])
        source = self.items[k].source
        duration = None
        if source is not None:
            result = source.result()
            duration = result.relayed_seconds
            if outcome == "aired":
                outcome = result.outcome
            error = error or result.error
        self.airer._close(self.programme, self.numbers[k], ended, outcome, error, duration, started)

    def stop(self, ended: datetime, outcome: str) -> list[Item]:
        """Close what was on air with ``outcome``; return the items never started."""
        for k in range(self.closed, self.opened):
            if k not in self.dropped:
                self._close_item(k, ended, outcome)
        self.closed = self.opened
        return [i for k, i in enumerate(self.items) if k >= self.opened and k not in self.dropped]

    def fail(self, error: str) -> None:
        """The output broke: what was on air is ``partial``, the rest ``failed``."""
        for k in range(self.closed, len(self.items)):
            if k in self.dropped:
                continue
            if k < self.opened and self.started is not None:
                self._close_item(k, self.at(self.frames), "partial", error)
            else:
                self.airer._not_aired(self.programme, self.items[k], "failed", error)
