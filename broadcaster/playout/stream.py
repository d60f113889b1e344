"""A programme as one stream whose parts are preloaded samples or live relay sources.

Outputs read a programme with ``len(samples)`` and ``samples[a:b]``, block after block
from the start; :class:`ProgrammeStream` answers those reads, taking relay parts from
their :class:`~broadcaster.playout.relay.RelaySource` only when the output gets there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np


class Source(Protocol):
    @property
    def frames(self) -> int: ...

    def read(self, n: int) -> np.ndarray: ...


# Called when the reader first reaches a part (by index): the parts to leave out from
# there on (empty: it plays). Runs on the reading thread, before any frame of it is read.
OnEnter = Callable[[int], Sequence[int]]
_EMPTY = np.zeros(0, dtype=np.float32)


class ProgrammeStream:
    """Sequential, array-like view of preloaded arrays and streaming sources.

    With ``on_enter``, each part is put to it as the reader gets to its first frame; the
    parts it names are dropped, and what follows moves up (its length shrinks).
    """

    dtype = np.dtype(np.float32)

    def __init__(self, parts: Sequence[np.ndarray | Source], on_enter: OnEnter | None = None):
        self.parts: list[np.ndarray | Source] = list(parts)
        self.on_enter = on_enter
        self.entered: set[int] = set()
        self.dropped: set[int] = set()
        self._layout()
        self._last: tuple[int, int, np.ndarray] | None = None

    def _layout(self) -> None:
        self._starts: list[int] = []
        pos = 0
        for part in self.parts:
            self._starts.append(pos)
            pos += self._length(part)
        self._length_total = pos

    def span(self, index: int) -> tuple[int, int]:
        """Where part ``index`` lies in the stream now: [first frame, end)."""
        begin = self._starts[index]
        return begin, begin + self._length(self.parts[index])

    def _enter(self, start: int, stop: int) -> None:
        """Put every part whose first frame lies in [start, stop) to ``on_enter``."""
        assert self.on_enter is not None
        changed = True
        while changed:
            changed = False
            for index, begin in enumerate(self._starts):
                if index in self.entered or begin < start or begin >= stop:
                    continue
                self.entered.add(index)
                drop = [i for i in self.on_enter(index) if i not in self.entered or i == index]
                if drop:
                    for i in drop:
                        self.parts[i] = _EMPTY
                        self.dropped.add(i)
                        self.entered.add(i)
                    self._layout()
                    changed = True  # what follows moved up: look again
                    break

    @staticmethod
    def _length(part: np.ndarray | Source) -> int:
        return len(part) if isinstance(part, np.ndarray) else part.frames

    def __len__(self) -> int:
        return self._length_total

    @property
    def shape(self) -> tuple[int]:
        return (self._length_total,)

    def astype(self, _dtype: Any, copy: bool = True) -> ProgrammeStream:
        return self

    def __getitem__(self, key: slice) -> np.ndarray:
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("a programme stream is read in forward slices")
        start, stop, _ = key.indices(self._length_total)
        if self._last is not None and self._last[:2] == (start, stop):
            return self._last[2]  # the same block asked twice: a source is read once
        if self.on_enter is not None:
            self._enter(start, stop)
            start, stop, _ = key.indices(self._length_total)
        chunks: list[np.ndarray] = []
        for part, begin in zip(self.parts, self._starts, strict=True):
            end = begin + self._length(part)
            lo, hi = max(start, begin), min(stop, end)
            if lo >= hi:
                continue
            if isinstance(part, np.ndarray):
                chunks.append(part[lo - begin : hi - begin])
            else:
                chunks.append(part.read(hi - lo))
        block = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
        self._last = (start, stop, block)
        return block
