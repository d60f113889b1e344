"""A programme as one stream whose parts are preloaded samples or live relay sources.

Outputs read a programme with ``len(samples)`` and ``samples[a:b]``, block after block
from the start; :class:`ProgrammeStream` answers those reads, taking relay parts from
their :class:`~broadcaster.playout.relay.RelaySource` only when the output gets there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np


class Source(Protocol):
    @property
    def frames(self) -> int: ...

    def read(self, n: int) -> np.ndarray: ...


class ProgrammeStream:
    """Sequential, array-like view of preloaded arrays and streaming sources."""

    dtype = np.dtype(np.float32)

    def __init__(self, parts: Sequence[np.ndarray | Source]) -> None:
        self.parts = parts
        self._starts: list[int] = []
        pos = 0
        for part in parts:
            self._starts.append(pos)
            pos += self._length(part)
        self._length_total = pos
        self._last: tuple[int, int, np.ndarray] | None = None

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
