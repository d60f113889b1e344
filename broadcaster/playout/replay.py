"""Replaying the journal fast: a site back after days writes thousands of log rows.

Applying a journal one operation at a time costs an insert, a look-up and an update per
airing. Most of a long outage's journal is rows born and closed while the database was
away, so :func:`fold_rows` first folds each such row's operations into its final state
(a pure function, the same transitions as ``airlog``'s ``open_airing``, ``checkpoint`` and
``close_airing``), and :func:`replay` inserts those rows in bulk. Rows the database
already holds (opened before it went away) and the other operations (carries, play-now
requests) go through ``apply_op`` as before, in order. Every row keeps its idempotent key:
a replay interrupted and started again writes each row once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select

from broadcaster.models import Airing
from broadcaster.playout.airlog import closing_duration, open_duration
from broadcaster.playout.logops import CheckpointOp, CloseOp, LogOp, apply_op, ref_from
from broadcaster.station import App

ROW_OPS = ("open", "checkpoint", "close", "not_aired")  # the operations that carry a row key


def fold_rows(
    ops: Iterable[LogOp], known: set[str]
) -> tuple[dict[str, dict[str, Any]], list[LogOp]]:
    """(the final state of each new row by key, the operations still to apply one by one).

    ``known`` holds the keys the database already has: their operations stay in the
    second list, in order, with every other kind of operation.
    """
    rows: dict[str, dict[str, Any]] = {}
    rest: list[LogOp] = []
    for op in ops:
        if op["op"] == "carry" or op["op"] == "finish_request" or op["key"] in known:
            rest.append(op)
        elif op["op"] == "not_aired":
            if op["key"] not in rows:
                rows[op["key"]] = _row(
                    op["ref"], op["key"], outcome=op["outcome"], error=op["error"]
                )
        elif op["op"] == "open":
            if op["key"] not in rows:
                at = datetime.fromisoformat(op["at"])
                rows[op["key"]] = _row(op["ref"], op["key"], actual_start=at, actual_end=at)
        elif not _moved(rows, op):
            rest.append(op)
    return rows, rest


def _moved(rows: dict[str, dict[str, Any]], op: CheckpointOp | CloseOp) -> bool:
    """A checkpoint or close folded into its row; False when the row is not in the fold."""
    row = rows.get(op["key"])
    if row is None:  # its open was not journalled
        if "ref" not in op:
            return False  # a format-1 line of a row the database must hold
        started = datetime.fromisoformat(op["started"])
        row = rows[op["key"]] = _row(op["ref"], op["key"], actual_start=started, actual_end=started)
    if row["actual_start"] is None:
        return True
    at = datetime.fromisoformat(op["at"])
    if op["op"] == "checkpoint":
        if row["outcome"] == "open":
            row["actual_end"] = at
            row["duration"] = open_duration(row["actual_start"], at)
        return True
    row["actual_end"] = at
    row["duration"] = closing_duration(row["actual_start"], at, op["duration"])
    row["outcome"], row["error"] = op["outcome"], op["error"]
    if op["outputs"] is not None:
        row["outputs"] = op["outputs"]
    return True


def _row(ref: Any, key: str, **fields: Any) -> dict[str, Any]:
    parsed = ref_from(ref)
    row: dict[str, Any] = {
        "log_key": key,
        "segment_id": parsed.segment_id,
        "slot_id": parsed.slot_id,
        "booking_id": parsed.booking_id,
        "scheduled_start": parsed.scheduled_start,
        "engine": parsed.engine,
        "audio_hash": parsed.audio_hash,
        "zone_id": parsed.zone_id,
        "site_id": parsed.site_id,
        "actual_start": None,
        "actual_end": None,
        "duration": 0.0,
        "outcome": "open",
        "error": "",
        "outputs": "",
    }
    row.update(fields)
    return row


def replay(app: App, ops: list[LogOp]) -> None:
    """Write a chunk of journal operations in the caller's unit of work (``db.batch()``)."""
    keys = [op["key"] for op in ops if op["op"] in ROW_OPS]  # type: ignore[typeddict-item]
    with app.db.transaction() as session:
        known = (
            set(session.scalars(select(Airing.log_key).where(Airing.log_key.in_(set(keys)))))
            if keys
            else set()
        )
        rows, rest = fold_rows(ops, {k for k in known if k is not None})
        if rows:
            now = app.now()
            session.execute(insert(Airing), [{**row, "created_at": now} for row in rows.values()])
    for op in rest:
        apply_op(app, op)
