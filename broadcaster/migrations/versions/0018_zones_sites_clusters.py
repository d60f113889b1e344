"""zones (vùng phát), sites (điểm phát) and loudspeaker clusters (cụm loa)

Existing data becomes the station's single implicit zone and site: every new column is
NULL for it, and a slot or booking with no zone row runs in every zone.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=True),
        sa.Column("daemon_pid", sa.Integer(), nullable=True),
        sa.Column("daemon_host", sa.String(length=200), nullable=True),
        sa.Column("health", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
        sa.UniqueConstraint("name", name=op.f("uq_site_name")),
    )
    op.create_table(
        "zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("output", sa.String(length=1000), nullable=False),
        sa.Column("monitor", sa.String(length=1000), server_default="none", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_zone_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zone")),
        sa.UniqueConstraint("name", name=op.f("uq_zone_name")),
    )
    op.create_index(op.f("ix_zone_site_id"), "zone", ["site_id"], unique=False)
    op.create_table(
        "cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.Column("mount", sa.String(length=1000), server_default="", nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["zone_id"], ["zone.id"], name=op.f("fk_cluster_zone_id_zone")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
        sa.UniqueConstraint("name", name=op.f("uq_cluster_name")),
    )
    op.create_index(op.f("ix_cluster_zone_id"), "cluster", ["zone_id"], unique=False)
    op.create_table(
        "slot_zone",
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["slot_id"], ["slot.id"], name=op.f("fk_slot_zone_slot_id_slot")),
        sa.ForeignKeyConstraint(["zone_id"], ["zone.id"], name=op.f("fk_slot_zone_zone_id_zone")),
        sa.PrimaryKeyConstraint("slot_id", "zone_id", name=op.f("pk_slot_zone")),
    )
    op.create_table(
        "booking_zone",
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["booking.id"], name=op.f("fk_booking_zone_booking_id_booking")
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"], ["zone.id"], name=op.f("fk_booking_zone_zone_id_zone")
        ),
        sa.PrimaryKeyConstraint("booking_id", "zone_id", name=op.f("pk_booking_zone")),
    )
    with op.batch_alter_table("airing") as batch:
        batch.add_column(sa.Column("zone_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("site_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f("fk_airing_zone_id_zone"), "zone", ["zone_id"], ["id"])
        batch.create_foreign_key(batch.f("fk_airing_site_id_site"), "site", ["site_id"], ["id"])
        batch.create_index(batch.f("ix_airing_zone_id"), ["zone_id"], unique=False)
    with op.batch_alter_table("carryover") as batch:
        batch.add_column(sa.Column("zone_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f("fk_carryover_zone_id_zone"), "zone", ["zone_id"], ["id"])
    with op.batch_alter_table("playout_request") as batch:
        batch.add_column(sa.Column("zone_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_playout_request_zone_id_zone"), "zone", ["zone_id"], ["id"]
        )
        batch.create_index(batch.f("ix_playout_request_zone_id"), ["zone_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("playout_request") as batch:
        batch.drop_index(batch.f("ix_playout_request_zone_id"))
        batch.drop_constraint(batch.f("fk_playout_request_zone_id_zone"), type_="foreignkey")
        batch.drop_column("zone_id")
    with op.batch_alter_table("carryover") as batch:
        batch.drop_constraint(batch.f("fk_carryover_zone_id_zone"), type_="foreignkey")
        batch.drop_column("zone_id")
    with op.batch_alter_table("airing") as batch:
        batch.drop_index(batch.f("ix_airing_zone_id"))
        batch.drop_constraint(batch.f("fk_airing_site_id_site"), type_="foreignkey")
        batch.drop_constraint(batch.f("fk_airing_zone_id_zone"), type_="foreignkey")
        batch.drop_column("site_id")
        batch.drop_column("zone_id")
    op.drop_table("booking_zone")
    op.drop_table("slot_zone")
    op.drop_index(op.f("ix_cluster_zone_id"), table_name="cluster")
    op.drop_table("cluster")
    op.drop_index(op.f("ix_zone_site_id"), table_name="zone")
    op.drop_table("zone")
    op.drop_table("site")
