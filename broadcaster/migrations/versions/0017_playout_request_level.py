"""playout request level and sender: «Phát ngay» as khẩn cấp inside quiet hours

An approver may send an approved item as khẩn cấp at night after confirming the quiet
hours; the request carries the level it airs at and who sent it.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("playout_request") as batch:
        batch.add_column(sa.Column("level", sa.String(length=16), nullable=True))
        batch.add_column(
            sa.Column("requested_by", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("playout_request") as batch:
        batch.drop_column("requested_by")
        batch.drop_column("level")
