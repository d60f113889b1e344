"""relay segments and the outputs that carried each airing

Revision ID: 0012
Revises: 0013
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("segment") as batch:
        batch.add_column(
            sa.Column("relay_url", sa.String(length=1000), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("relay_seconds", sa.Float(), nullable=True))
        batch.add_column(
            sa.Column(
                "relay_until_slot_end", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("airing") as batch:
        batch.add_column(
            sa.Column("outputs", sa.String(length=500), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("airing") as batch:
        batch.drop_column("outputs")
    with op.batch_alter_table("segment") as batch:
        batch.drop_column("relay_until_slot_end")
        batch.drop_column("relay_seconds")
        batch.drop_column("relay_url")
