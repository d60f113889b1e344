"""airing log key: an idempotent key per airing row, so the journal replays exactly once

Revision ID: 0009
Revises: 0010
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("airing") as batch:
        batch.add_column(sa.Column("log_key", sa.String(length=40), nullable=True))
    op.create_index("ix_airing_log_key", "airing", ["log_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_airing_log_key", table_name="airing")
    with op.batch_alter_table("airing") as batch:
        batch.drop_column("log_key")
