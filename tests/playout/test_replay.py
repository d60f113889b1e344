"""Folding a journal's operations into final rows (pure), and writing them in bulk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from broadcaster.catalogue.scriptfile import script_from_text
from broadcaster.catalogue.segments import SegmentInput, add_segment
from broadcaster.models import Airing
from broadcaster.playout.airlog import AiringRef, open_airing
from broadcaster.playout.logops import LogOp, apply_op, ref_data
from broadcaster.playout.replay import fold_rows, replay
from broadcaster.station import App

T0 = datetime(2026, 11, 3, 0, 0, tzinfo=UTC)


def _ops(key: str, segment: int = 1, at: datetime = T0) -> list[LogOp]:
    ref = ref_data(AiringRef(segment, 2, 3, at, zone_id=4, site_id=5))
    started = at.isoformat()

    def later(seconds: float) -> str:
        return (at + timedelta(seconds=seconds)).isoformat()

    return [
        {"op": "open", "key": key, "ref": ref, "started": started, "at": started},
        {"op": "checkpoint", "key": key, "ref": ref, "started": started, "at": later(2)},
        {
            "op": "close",
            "key": key,
            "ref": ref,
            "started": started,
            "at": later(30),
            "outcome": "aired",
            "error": "",
            "duration": None,
            "outputs": "file:a.wav",
        },
    ]


def test_a_row_born_and_closed_in_the_journal_folds_into_its_final_state() -> None:
    rows, rest = fold_rows(_ops("a"), set())
    assert rest == []
    row = rows["a"]
    assert (row["outcome"], row["duration"], row["outputs"]) == ("aired", 30.0, "file:a.wav")
    assert (row["zone_id"], row["site_id"], row["booking_id"]) == (4, 5, 3)
    assert row["actual_end"] - row["actual_start"] == timedelta(seconds=30)


def test_a_row_still_open_keeps_its_last_checkpoint() -> None:
    rows, _ = fold_rows(_ops("a")[:2], set())
    assert (rows["a"]["outcome"], rows["a"]["duration"]) == ("open", 2.0)


def test_a_relay_closed_with_less_than_its_span_keeps_what_went_out() -> None:
    ops = _ops("a")
    ops[2]["duration"] = 12.5  # type: ignore[typeddict-unknown-key]
    rows, _ = fold_rows(ops, set())
    assert rows["a"]["duration"] == 12.5


def test_rows_the_database_holds_and_other_operations_are_applied_one_by_one() -> None:
    carry: LogOp = {
        "op": "finish_request",
        "request_id": 1,
        "key": "b",
        "error": "",
    }
    rows, rest = fold_rows([*_ops("a"), *_ops("b"), carry], {"a"})
    assert list(rows) == ["b"]
    assert [op["op"] for op in rest] == ["open", "checkpoint", "close", "finish_request"]


def test_a_not_aired_row_has_no_start_and_its_reason() -> None:
    ref = ref_data(AiringRef(1, 2, 3, T0))
    op: LogOp = {"op": "not_aired", "key": "m", "ref": ref, "outcome": "missed", "error": "vì"}
    rows, _ = fold_rows([op], set())
    assert (rows["m"]["outcome"], rows["m"]["actual_start"], rows["m"]["error"]) == (
        "missed",
        None,
        "vì",
    )


def _final(app: App) -> list[tuple[str | None, str, float | None]]:
    with app.db.transaction() as session:
        return [
            (r.log_key, r.outcome, r.duration)
            for r in session.scalars(select(Airing).order_by(Airing.log_key))
        ]


def test_bulk_replay_writes_the_same_log_as_one_operation_at_a_time(app: App) -> None:
    """SQLite and PostgreSQL: the fast path and ``apply_op`` agree row for row."""
    sid = add_segment(app, SegmentInput(category="khac", script=script_from_text("Tin"))).id
    ops = [op for n in range(3) for op in _ops(f"k{n}", sid, T0 + timedelta(minutes=n))]
    for op in ops:
        ref = op["ref"]  # type: ignore[typeddict-item]
        ref["zone_id"] = ref["site_id"] = ref["slot_id"] = ref["booking_id"] = None
    # k0 was opened in the database before it went away: its close goes the slow way.
    apply_op(app, ops[0])
    with app.db.batch():
        replay(app, ops)
    fast = _final(app)
    assert fast == [("k0", "aired", 30.0), ("k1", "aired", 30.0), ("k2", "aired", 30.0)]
    with app.db.batch():
        replay(app, ops)  # again, as after a crash before the journal was emptied
    assert _final(app) == fast
    assert open_airing  # the slow path's own function, kept for live writes
