"""Several outputs at once: one paces the programme, the Icecast mounts get a copy.

The pacing output (the sound card, a file, or a silent clock when only Icecast is
asked for) plays the programme as before; every block it takes is also handed to each
:class:`~broadcaster.playout.outputs.icecast.IcecastSink`, which never blocks it. So a
missing Icecast server never stops the sound card.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol, cast

import numpy as np

from broadcaster.clock import Clock
from broadcaster.playout.outputs.base import BLOCK, Output, PlayReport, Progress, wait_until


class Sink(Protocol):
    """A copy of what goes out: an Icecast mount, or the console's «Nghe đài» stream."""

    name: str

    def start(self) -> None: ...

    def push(self, block: np.ndarray) -> None: ...

    def describe(self) -> str: ...

    def down_seconds(self, start: datetime, end: datetime) -> float: ...

    def close(self) -> None: ...


class _Tap:
    """The programme as the pacing output reads it, copying each block to the sinks."""

    dtype = np.dtype(np.float32)

    def __init__(self, samples: Any, sinks: list[Sink]) -> None:
        self.samples, self.sinks = samples, sinks
        self._last: tuple[int, int] | None = None

    def __len__(self) -> int:
        return len(self.samples)

    def astype(self, _dtype: Any, copy: bool = True) -> _Tap:
        return self

    def __getitem__(self, key: slice) -> np.ndarray:
        block: np.ndarray = self.samples[key]
        span = key.indices(len(self.samples))[:2]
        if span != self._last:  # a block read twice goes out once
            self._last = span
            for sink in self.sinks:
                sink.push(block)
        return block


class ClockOutput:
    """No sound card: takes the programme at real-time pace (for Icecast-only stations)."""

    def __init__(self, sample_rate: int, clock: Clock, fade_ms: int = 300) -> None:
        self.sample_rate = sample_rate
        self.clock = clock
        self.fade_frames = int(sample_rate * fade_ms / 1000)

    def describe(self) -> str:
        return "không có loa tại chỗ"

    def play(
        self,
        samples: np.ndarray,
        *,
        at: datetime | None = None,
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PlayReport:
        if at is not None and not wait_until(self.clock, at, stop):
            return PlayReport(self.clock.now(), 0, self.sample_rate, False)
        started = self.clock.now()
        written = 0
        while written < len(samples):
            if stop is not None and stop.is_set():
                written += len(samples[written : written + self.fade_frames])
                return PlayReport(started, written, self.sample_rate, False)
            written += len(samples[written : written + BLOCK])
            wait_until(self.clock, started + timedelta(seconds=written / self.sample_rate))
            if progress is not None:
                progress(started, written)
        return PlayReport(started, written, self.sample_rate, True)

    def close(self) -> None:
        return None


class TeeOutput:
    def __init__(self, primary: Output, primary_name: str, sinks: Sequence[Sink]) -> None:
        self.primary = primary
        self.primary_name = primary_name
        self.sinks: list[Sink] = list(sinks)
        self.sample_rate = primary.sample_rate
        for sink in sinks:
            sink.start()

    def describe(self) -> str:
        names = [self.primary.describe()] if self.primary_name else []
        names += [s.describe() for s in self.sinks]
        return " và ".join(names)

    def play(
        self,
        samples: np.ndarray,
        *,
        at: datetime | None = None,
        stop: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PlayReport:
        tap = cast(np.ndarray, _Tap(samples, self.sinks))
        return self.primary.play(tap, at=at, stop=stop, progress=progress)

    def carried(self, start: datetime, end: datetime) -> str:
        """The outputs that carried ``[start, end]``, with any gap: the log's outputs column."""
        names = [self.primary_name] if self.primary_name else []
        length = max((end - start).total_seconds(), 0.0)
        for sink in self.sinks:
            if not getattr(sink, "logged", True):
                continue
            down = sink.down_seconds(start, end)
            if down <= 0.05:
                names.append(sink.name)
            elif down < length:
                names.append(f"{sink.name} (gap {down:.1f} s)")
        return ", ".join(names)

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()
        self.primary.close()


def with_sink(output: Output, sink: Sink) -> Output:
    """``output`` also feeding ``sink`` (started here)."""
    if isinstance(output, TeeOutput):
        sink.start()
        output.sinks.append(sink)
        return output
    moment = datetime.now().astimezone()
    return TeeOutput(output, output_names(output, moment, moment), [sink])


def output_names(output: object, start: datetime, end: datetime) -> str:
    """What the log's ``outputs`` column says for an airing through ``output``."""
    carried = getattr(output, "carried", None)
    if callable(carried):
        return str(carried(start, end))
    name = getattr(output, "output_name", None)
    return str(name) if name else type(output).__name__.removesuffix("Output").lower()
