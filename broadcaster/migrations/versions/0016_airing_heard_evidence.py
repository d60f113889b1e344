"""proof of airing: what the monitor heard of each airing, and dead/wrong-air alarms

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("airing") as batch:
        batch.add_column(sa.Column("heard", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("heard_start", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("heard_seconds", sa.Float(), nullable=True))
        batch.add_column(sa.Column("heard_score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("heard_detail", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_airing_heard", "airing", ["heard"])
    op.create_table(
        "air_alarm",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("airing_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["airing_id"], ["airing.id"], name=op.f("fk_air_alarm_airing_id_airing")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_air_alarm")),
    )
    op.create_index("ix_air_alarm_started_at", "air_alarm", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_air_alarm_started_at", table_name="air_alarm")
    op.drop_table("air_alarm")
    op.drop_index("ix_airing_heard", table_name="airing")
    with op.batch_alter_table("airing") as batch:
        batch.drop_column("heard_detail")
        batch.drop_column("heard_score")
        batch.drop_column("heard_seconds")
        batch.drop_column("heard_start")
        batch.drop_column("heard")
