"""bulletin levels (Thông tư 39), emergency repeats and bulletin source ids

The segment's priority (normal/urgent) becomes its level: normal → thong-thuong,
urgent → uu-tien.

Revision ID: 0013
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.alter_column(
            "priority",
            new_column_name="level",
            existing_type=sa.String(length=16),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("repeat_every", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("repeat_for", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("emergency_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("valid_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("bulletin_id", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("bulletin_source", sa.String(length=300), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_segment_bulletin_id"), ["bulletin_id"])
    segment = sa.table("segment", sa.column("level", sa.String))
    op.execute(segment.update().where(segment.c.level == "urgent").values(level="uu-tien"))
    op.execute(segment.update().where(segment.c.level != "uu-tien").values(level="thong-thuong"))
    with op.batch_alter_table("playout_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("playout_request", schema=None) as batch_op:
        batch_op.drop_column("due_at")
    segment = sa.table("segment", sa.column("level", sa.String))
    op.execute(segment.update().where(segment.c.level != "thong-thuong").values(level="urgent"))
    op.execute(segment.update().where(segment.c.level == "thong-thuong").values(level="normal"))
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_segment_bulletin_id"), type_="unique")
        for column in (
            "bulletin_source",
            "bulletin_id",
            "valid_until",
            "emergency_at",
            "repeat_for",
            "repeat_every",
        ):
            batch_op.drop_column(column)
        batch_op.alter_column(
            "level",
            new_column_name="priority",
            existing_type=sa.String(length=16),
            existing_nullable=False,
        )
