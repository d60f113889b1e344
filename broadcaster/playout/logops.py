"""The airing log's operations as typed data, with a format version.

The daemon writes each log operation to the database, or, while the database is away,
as one JSON line of ``airlog.journal`` to be replayed later — perhaps by a newer version
of the software after an upgrade. Every line therefore carries ``"v"``, the journal
format; :func:`from_line` reads every format this version knows (lines without ``"v"``
are format 1, written before the format was numbered) and refuses newer ones.

Format history:

1. the operations below without ``"v"``; a ``checkpoint``/``close`` could lack ``ref``
   and ``started``, a ``close`` its ``duration`` and ``outputs``.
2. ``"v": 2`` on every line; every row operation carries the whole row.
3. a row's ``ref`` may carry ``zone_id`` and ``site_id`` and a ``carry`` its ``zone_id``
   (a merged commune's zones and sites); absent or null: the station's implicit zone and
   site, which is what every format 1 and 2 line means.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any, Literal, NotRequired, TypedDict, cast

from broadcaster.playout.airlog import (
    AiringRef,
    checkpoint,
    close_airing,
    finish_request,
    log_not_aired,
    open_airing,
    record_carry,
)
from broadcaster.station import App

FORMAT = 3


class UnknownFormat(ValueError):
    """A journal line written by a newer version of the software."""


class RefData(TypedDict):
    segment_id: int
    slot_id: int | None
    booking_id: int | None
    scheduled_start: str  # ISO 8601 with offset
    engine: str | None
    audio_hash: str | None
    zone_id: NotRequired[int | None]  # format 3; absent: the implicit zone
    site_id: NotRequired[int | None]


class OpenOp(TypedDict):
    op: Literal["open"]
    key: str
    ref: RefData
    started: str
    at: str


class CheckpointOp(TypedDict):
    op: Literal["checkpoint"]
    key: str
    ref: RefData
    started: str
    at: str


class CloseOp(TypedDict):
    op: Literal["close"]
    key: str
    ref: RefData
    started: str
    at: str
    outcome: str
    error: str
    duration: float | None
    outputs: str | None


class NotAiredOp(TypedDict):
    op: Literal["not_aired"]
    key: str
    ref: RefData
    outcome: str
    error: str


# "from" is a Python keyword: the functional form.
CarryOp = TypedDict(
    "CarryOp",
    {
        "op": Literal["carry"],
        "booking_id": int,
        "segment_id": int,
        "from": tuple[int, str],
        "to": tuple[int, str],
        "detail": str,
        "zone_id": NotRequired[int | None],  # format 3; absent: the implicit zone
    },
)


class FinishRequestOp(TypedDict):
    op: Literal["finish_request"]
    request_id: int
    key: str | None
    error: str


LogOp = OpenOp | CheckpointOp | CloseOp | NotAiredOp | CarryOp | FinishRequestOp


def ref_data(ref: AiringRef) -> RefData:
    data = asdict(ref)
    data["scheduled_start"] = ref.scheduled_start.isoformat()
    return cast(RefData, data)


def ref_from(data: RefData) -> AiringRef:
    return AiringRef(
        **{**data, "scheduled_start": datetime.fromisoformat(data["scheduled_start"])}  # type: ignore[arg-type]
    )


# -- the journal's lines ------------------------------------------------------------------
def to_line(op: LogOp) -> bytes:
    return (json.dumps({"v": FORMAT, **op}, ensure_ascii=False) + "\n").encode("utf-8")


def from_line(raw: bytes | str) -> LogOp:
    """One journal line of any known format as this version's operation.

    Raises ``ValueError`` for a torn line and :class:`UnknownFormat` for a newer format.
    """
    data = json.loads(raw)
    if not isinstance(data, dict) or "op" not in data:
        raise ValueError("not a log operation")
    version = data.pop("v", 1)
    if not isinstance(version, int) or version > FORMAT:
        raise UnknownFormat(f"journal format {version!r} is newer than {FORMAT}")
    if version == 1:
        data = _from_format_1(data)
    return cast(LogOp, data)


def _from_format_1(data: dict[str, Any]) -> dict[str, Any]:
    if data["op"] == "close":
        data.setdefault("error", "")
        data.setdefault("duration", None)
        data.setdefault("outputs", None)
    if data["op"] in ("not_aired", "finish_request"):
        data.setdefault("error", "")
    if data["op"] == "finish_request":
        data.setdefault("key", None)
    return data


def compact(ops: list[LogOp]) -> list[LogOp]:
    """The same log with fewer writes: only the last checkpoint of a row still open counts.

    A checkpoint only moves an open row's end; a later checkpoint or the close of the same
    row supersedes it. A long outage's journal is mostly checkpoints (one every 2 s on air).
    """
    closed = {op["key"] for op in ops if op["op"] == "close"}
    last: dict[str, int] = {}
    for n, op in enumerate(ops):
        if op["op"] == "checkpoint":
            last[op["key"]] = n
    return [
        op
        for n, op in enumerate(ops)
        if op["op"] != "checkpoint" or (op["key"] not in closed and last[op["key"]] == n)
    ]


# -- carrying an operation out ---------------------------------------------------------------
def apply_op(app: App, op: LogOp) -> None:
    """Carry out one log operation; each is idempotent, so a journal replays exactly once."""
    if op["op"] == "open":
        open_airing(app, ref_from(op["ref"]), datetime.fromisoformat(op["at"]), op["key"])
    elif op["op"] == "checkpoint" or op["op"] == "close":
        at = datetime.fromisoformat(op["at"])
        if "ref" in op:  # the row may be missing from a database restored from a copy
            open_airing(app, ref_from(op["ref"]), datetime.fromisoformat(op["started"]), op["key"])
        if op["op"] == "checkpoint":
            checkpoint(app, op["key"], at)
        else:
            close_airing(
                app, op["key"], at, op["outcome"], op["error"], op["duration"], op["outputs"]
            )
    elif op["op"] == "not_aired":
        log_not_aired(app, ref_from(op["ref"]), op["outcome"], op["error"], op["key"])
    elif op["op"] == "carry":
        source, target = op["from"], op["to"]
        record_carry(
            app,
            op["booking_id"],
            op["segment_id"],
            (source[0], datetime.fromisoformat(source[1])),
            (target[0], datetime.fromisoformat(target[1])),
            op["detail"],
            op.get("zone_id"),
        )
    elif op["op"] == "finish_request":
        finish_request(app, op["request_id"], op["key"], op["error"])
    else:
        raise ValueError(f"unknown log operation {op['op']!r}")
