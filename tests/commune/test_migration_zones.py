"""Migration 0018: a station's existing slots, bookings and log become its implicit zone."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from broadcaster.database import Database, _alembic_config, make_engine


def test_existing_rows_keep_no_zone_and_mean_every_zone(db_url: str) -> None:
    engine = make_engine(db_url)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0017")  # the revision before 0018
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO slot (id, name, start_time, end_time, weekdays, created_at) "
                "VALUES (1, 'Buổi sáng', '06:00:00', '06:30:00', '1111111', "
                "'2026-11-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO airing (id, slot_id, scheduled_start, outcome, error, outputs, "
                "created_at) VALUES (1, 1, '2026-11-02 00:00:00', 'missed', '', '', "
                "'2026-11-02 00:00:00')"
            )
        )
    engine.dispose()
    db = Database(db_url)  # migrates to head
    try:
        with db.engine.connect() as conn:
            airing = conn.execute(text("SELECT zone_id, site_id FROM airing")).one()
            zones = conn.execute(text("SELECT count(*) FROM zone")).scalar()
            slot_zones = conn.execute(text("SELECT count(*) FROM slot_zone")).scalar()
    finally:
        db.dispose()
    assert tuple(airing) == (None, None)
    assert zones == 0 and slot_zones == 0  # no zone named: the implicit one, every slot
