"""Migration 0013: a segment's priority becomes its Thông tư 39 level, data kept."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from broadcaster.database import Database, _alembic_config, make_engine


def test_priority_becomes_level_urgent_to_uu_tien(db_url: str) -> None:
    engine = make_engine(db_url)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with engine.begin() as conn:
        for n, priority in enumerate(("normal", "urgent", "normal"), start=1):
            conn.execute(
                text(
                    "INSERT INTO segment (id, title, category, priority, kind, script_text, "
                    "source_name, source_hash, recording_path, status, notes, created_at, "
                    "updated_at, audio_stale) VALUES (:id, 't', 'khac', :p, 'script', '', '', "
                    "'', '', 'draft', '', '2026-11-01 00:00:00', '2026-11-01 00:00:00', :s)"
                ),
                {"id": n, "p": priority, "s": True},
            )
    engine.dispose()
    db = Database(db_url)  # migrates to head
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, level FROM segment ORDER BY id")).all()
    finally:
        db.dispose()
    assert [tuple(r) for r in rows] == [(1, "thong-thuong"), (2, "uu-tien"), (3, "thong-thuong")]
