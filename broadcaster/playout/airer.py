"""Airing programmes: one audio thread plays each slot's programme as one continuous stream.

Log rows are opened and closed from the real audio position (frames heard since the
first one was audible), through a writer thread so the database never stalls the audio.
A «play now» preempts the programme with a short fade; the slot then continues with
what still fits.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypedDict

import numpy as np

from broadcaster.catalogue.planning import Entry
from broadcaster.errors import BroadcasterError
from broadcaster.labels import OUTCOME_LABELS
from broadcaster.playout.airlog import AiringRef
from broadcaster.playout.cursor import Cursor
from broadcaster.playout.journal import AirLog
from broadcaster.playout.live import LiveSource
from broadcaster.playout.logops import (
    CheckpointOp,
    CloseOp,
    FinishRequestOp,
    LogOp,
    NotAiredOp,
    OpenOp,
    RefData,
    ref_data,
)
from broadcaster.playout.outputs.multi import output_names
from broadcaster.playout.outputs.registry import Output, wait_until
from broadcaster.playout.programme import Occurrence, fit_from
from broadcaster.playout.relay import RelaySource
from broadcaster.station import App

log = logging.getLogger(__name__)
# How long the audio thread waits for the database's last word on an item before it airs
# the item as prepared (a slow database must not hold the loudspeakers).
RECHECK_WAIT = 1.0
# The first item of a slot is asked about this long before its start (the sound card's
# stream opens 0.6 s ahead): the answer is there when the audio gets to it.
ASK_FIRST = timedelta(seconds=1.0)


@dataclass
class Item:
    entry: Entry
    ref: AiringRef
    samples: np.ndarray | None
    error: str = ""
    # A relay (or live voice) streams instead of preloaded samples.
    source: RelaySource | LiveSource | None = None

    @property
    def playable(self) -> bool:
        return self.samples is not None or self.source is not None

    def frames(self) -> int:
        if self.source is not None:
            return self.source.frames
        assert self.samples is not None
        return len(self.samples)


@dataclass
class Programme:
    """A slot occurrence's items (or a single «play now» when ``occ`` is None)."""

    occ: Occurrence | None
    items: list[Item]
    start_at: datetime | None = None  # None: as soon as possible
    request_id: int | None = None
    results: dict[int, str] = field(default_factory=dict)  # item index -> airing log key
    started: dict[int, datetime] = field(default_factory=dict)  # item index -> first heard


class LogWriter:
    """Runs log writes in order on its own thread; a failed write is logged, never raised."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="airlog", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                job()
            except Exception:
                log.exception("airing log write failed")
            finally:
                self._queue.task_done()

    def submit(self, job: Callable[[], None]) -> None:
        self._queue.put(job)

    def flush(self) -> None:
        self._queue.join()

    def drop_pending(self) -> None:
        """Forget the queued writes (what a killed process never got to write)."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return
            self._queue.task_done()

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)


Leftover = Callable[[Occurrence, list[Entry]], None]
# Just before an item of a slot airs: "" when it still airs at that time, else why not.
Recheck = Callable[[Item, Occurrence, datetime], str]


class Airer:
    """Owns the output. ``air`` plays one programme; ``start`` runs a queue of them."""

    @property
    def gap(self) -> float:
        """Silence between two items, as the settings say now (they may be reloaded)."""
        return self.app.settings.segment_gap

    def __init__(
        self,
        app: App,
        output: Output,
        on_leftover: Leftover | None = None,
        airlog: AirLog | None = None,
        recheck: Recheck | None = None,
    ) -> None:
        self.app = app
        self.output = output
        self.on_leftover = on_leftover or (lambda _occ, _left: None)
        self.recheck = recheck
        self.recheck_wait: float | None = RECHECK_WAIT  # None: wait for the answer
        self._checker: concurrent.futures.ThreadPoolExecutor | None = None
        self._asked: dict[int, concurrent.futures.Future[str]] = {}  # id(item) -> answer
        # A re-check that outlived its wait (a hung database): until it ends, the next
        # items are not waited for at all (the checker thread is stuck behind it).
        self._late: concurrent.futures.Future[str] | None = None
        self.airlog = airlog or AirLog(app)
        self.writer = LogWriter()
        self.stop_play = threading.Event()
        self.stop_reason = "interrupted"
        self.current: Programme | None = None
        self._work: queue.PriorityQueue[tuple[int, int, Programme]] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._running = False
        self._thread: threading.Thread | None = None

    # -- the queue ------------------------------------------------------------------
    def start(self) -> None:
        self._running = True
        self._thread = threading.Thread(target=self._loop, name="airer", daemon=True)
        self._thread.start()

    def submit(self, programme: Programme, urgent: bool = False) -> None:
        self._work.put((0 if urgent else 1, next(self._seq), programme))

    def _loop(self) -> None:
        while self._running:
            try:
                _prio, _seq, programme = self._work.get(timeout=0.2)
            except queue.Empty:
                continue
            try:
                self.air(programme)
            except Exception:
                log.exception("airing failed")

    def preempt(self) -> None:
        """Fade out the slot programme on air (if any) to make room for a «play now»."""
        if self.current is not None and self.current.occ is not None:
            self.stop_reason = "preempted"
            self.stop_play.set()

    def shutdown(self, timeout: float = 15.0) -> None:
        self._running = False
        self.stop_reason = "interrupted"
        self.stop_play.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.writer.flush()
        self.writer.close()
        if self._checker is not None:
            self._checker.shutdown(wait=False, cancel_futures=True)

    @property
    def busy(self) -> bool:
        return self.current is not None

    # -- one programme --------------------------------------------------------------
    def air(self, programme: Programme) -> Programme:
        now = self.app.now()
        failed = [i for i in programme.items if not i.playable]
        playable = [i for i in programme.items if i.playable]
        for item in failed:
            self._not_aired(programme, item, "failed", item.error)
        if programme.occ is not None and playable:
            start = max(programme.start_at or now, now)
            placed, left = fit_from([i.entry for i in playable], start, programme.occ.end, self.gap)
            keep = {id(p.entry): p.length for p in placed}
            for item in playable:
                if item.source is not None and item.entry.fill and id(item.entry) in keep:
                    item.source.set_seconds(keep[id(item.entry)])
            if left:
                self.on_leftover(programme.occ, left)
            playable = [i for i in playable if id(i.entry) in keep]
        if not playable:
            self._finish_request(programme, "Không có gì để phát.")
            return programme
        try:
            self._play(programme, playable)
        finally:
            for item in playable:
                if item.source is not None:
                    item.source.close()
        return programme

    def _play(self, programme: Programme, items: list[Item]) -> None:
        cursor = Cursor(self, programme, items, self.output.sample_rate)
        self.stop_play.clear()
        self.stop_reason = "interrupted"
        self.current = programme
        if self.recheck is not None and programme.occ is not None:
            # The first item's re-check starts just before the output opens (a preemption
            # meanwhile stops the wait, and the output then plays nothing).
            at = programme.start_at or self.app.now()
            wait_until(self.app.clock, at - ASK_FIRST, self.stop_play)
            self.ask(programme, items[0], max(at, self.app.now()))
        try:
            report = self.output.play(
                cursor.stream, at=programme.start_at, stop=self.stop_play, progress=cursor.advance
            )
        except BroadcasterError as exc:
            cursor.fail(str(exc))
            self._finish_request(programme, str(exc))
            return
        finally:
            self.current = None
            self._forget(items)
        cursor.advance(report.started_at, report.frames)
        self._forget(items)
        if not report.completed:
            rest = cursor.stop(report.ended_at, self.stop_reason)
            if rest and self.stop_reason == "preempted" and programme.occ is not None:
                # Keep the planned start: preempted during its lead-in, the slot still
                # starts on time; preempted on air, a past start means «at once».
                self.submit(Programme(programme.occ, rest, start_at=programme.start_at))
            else:
                for item in rest:
                    self._not_aired(
                        programme, item, "missed", "Phần mềm dừng trước khi đến lượt tin này."
                    )
        self._finish_request(programme)

    # -- the last word before an item airs ------------------------------------------
    def _forget(self, items: list[Item]) -> None:
        """Drop answers asked for but never used: stale by the items' next airing."""
        for item in items:
            self._asked.pop(id(item), None)

    def ask(self, programme: Programme, item: Item, at: datetime) -> None:
        """Start the re-check of ``item`` (due at ``at``) on the checker thread."""
        if self.recheck is None or programme.occ is None or id(item) in self._asked:
            return
        if self._checker is None:
            self._checker = concurrent.futures.ThreadPoolExecutor(1, "recheck")
        self._asked[id(item)] = self._checker.submit(self.recheck, item, programme.occ, at)

    def skips(self, programme: Programme, item: Item, at: datetime) -> bool:
        """Whether ``item`` of a slot, about to air at ``at``, no longer does; if so it is
        logged ``withdrawn`` with the reason (not a fault of the station: no outage).
        Called by the stream when the audio gets to the item (the one place an item
        starts). The database is read on the checker thread,
        asked a little ahead (``ask``); the answer is waited for at most ``recheck_wait``
        (then the item airs as prepared)."""
        if self.recheck is None or programme.occ is None:
            return False
        self.ask(programme, item, at)
        future = self._asked.pop(id(item))
        stuck = self._late is not None and not self._late.done()
        try:
            reason = future.result(timeout=0 if stuck else self.recheck_wait)
        except concurrent.futures.TimeoutError:
            if not stuck:
                self._late = future
            log.warning("«%s»: không kiểm tra lại kịp, phát như đã chuẩn bị", item.entry.title)
            return False
        except Exception:
            log.exception("re-checking «%s» failed; it airs as prepared", item.entry.title)
            return False
        if not reason:
            return False
        log.warning("Bỏ qua «%s» (buổi «%s»): %s", item.entry.title, programme.occ.name, reason)
        self._not_aired(programme, item, "withdrawn", reason)
        return True

    # -- log writes, on the writer thread -------------------------------------------
    def write(self, op: LogOp) -> None:
        """Queue one log operation (database, or the journal while it is away)."""
        self.writer.submit(lambda: self.airlog.write(op))

    # Each operation carries the whole row (ref and start), so that a journal replayed into
    # a database restored from an older copy still gives complete rows.
    def _open(self, programme: Programme, item: Item, n: int, started: datetime) -> None:
        programme.results[n] = uuid.uuid4().hex
        programme.started[n] = started
        self.write(OpenOp(op="open", **self._row(programme, n, started)))
        where = f"buổi «{programme.occ.name}»" if programme.occ else "phát ngay"
        at = started.astimezone(self.app.settings.tz)
        log.info("Bắt đầu phát «%s» (%s) lúc %s", item.entry.title, where, f"{at:%H:%M:%S}")

    def _row(self, programme: Programme, n: int, at: datetime) -> _Row:
        return {
            "key": programme.results[n],
            "ref": ref_data(programme.items[n].ref),
            "started": programme.started[n].isoformat(),
            "at": at.isoformat(),
        }

    def _checkpoint(self, programme: Programme, n: int, heard: datetime) -> None:
        self.write(CheckpointOp(op="checkpoint", **self._row(programme, n, heard)))

    def _close(
        self,
        programme: Programme,
        n: int,
        ended: datetime,
        outcome: str,
        error: str = "",
        duration: float | None = None,
        started: datetime | None = None,
    ) -> None:
        seconds = (
            duration if duration is not None else (ended - programme.started[n]).total_seconds()
        )
        log.info(
            "Phát xong «%s»: %s, %.0f giây%s",
            programme.items[n].entry.title,
            OUTCOME_LABELS.get(outcome, outcome),
            seconds,
            f" ({error})" if error else "",
        )
        self.write(
            CloseOp(
                op="close",
                **self._row(programme, n, ended),
                outcome=outcome,
                error=error,
                duration=duration,
                outputs=output_names(self.output, started or ended, ended),
            )
        )

    def not_aired(self, ref: AiringRef, outcome: str, error: str) -> str:
        key = uuid.uuid4().hex
        self.write(
            NotAiredOp(op="not_aired", key=key, ref=ref_data(ref), outcome=outcome, error=error)
        )
        return key

    def _not_aired(self, programme: Programme, item: Item, outcome: str, error: str) -> None:
        n = programme.items.index(item)
        programme.results[n] = self.not_aired(item.ref, outcome, error)

    def _finish_request(self, programme: Programme, error: str = "") -> None:
        if programme.request_id is None:
            return
        self.write(
            FinishRequestOp(
                op="finish_request",
                request_id=programme.request_id,
                key=programme.results.get(0),
                error=error,
            )
        )


class _Row(TypedDict):
    """The fields every row operation (open, checkpoint, close) carries."""

    key: str
    ref: RefData
    started: str
    at: str
