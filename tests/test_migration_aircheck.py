"""Migration 0016: the airing log gains what the monitor heard; old rows are kept."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from broadcaster.database import Database, _alembic_config, make_engine


def test_old_airings_survive_with_no_verdict(db_url: str) -> None:
    engine = make_engine(db_url)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
        conn.execute(
            text(
                "INSERT INTO airing (id, scheduled_start, duration, outcome, error, outputs, "
                "created_at) VALUES (1, '2026-11-01 00:00:00', 12.5, 'aired', '', '', "
                "'2026-11-01 00:00:00')"
            )
        )
    engine.dispose()
    db = Database(db_url)  # migrates to head
    try:
        with db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT outcome, heard, heard_seconds, heard_detail FROM airing")
            ).one()
            alarms = conn.execute(text("SELECT count(*) FROM air_alarm")).scalar()
    finally:
        db.dispose()
    assert tuple(row) == ("aired", None, None, "")
    assert alarms == 0
