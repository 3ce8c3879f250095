"""load management: load_nodes (a site's capacity tree), site_loads (its settings, other-load reading
and last allocation), load_priorities (priority weights)

On a big database: online. It creates three empty tables.

Revision ID: 0011_loadmgmt
Revises: 0010_ocpp201
Create Date: 2026-12-06 00:50:12.566822

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0011_loadmgmt"
down_revision: str | Sequence[str] | None = "0010_ocpp201"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "load_priorities",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("site_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('plan', 'fleet')", name=op.f("ck_load_priorities_kind")),
        sa.CheckConstraint("weight BETWEEN 1 AND 100", name=op.f("ck_load_priorities_weight_range")),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_load_priorities_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_priorities")),
        sa.UniqueConstraint("site_id", "kind", "key", name=op.f("uq_load_priorities_site_id_kind_key")),
    )
    with op.batch_alter_table("load_priorities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_load_priorities_site_id"), ["site_id"], unique=False)

    op.create_table(
        "site_loads",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("site_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("voltage", sa.Integer(), nullable=False),
        sa.Column("other_l1_a", sa.Integer(), nullable=True),
        sa.Column("other_l2_a", sa.Integer(), nullable=True),
        sa.Column("other_l3_a", sa.Integer(), nullable=True),
        sa.Column(
            "other_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=True,
        ),
        sa.Column("stale_after_s", sa.Integer(), nullable=True),
        sa.Column("warning", sa.String(length=500), nullable=True),
        sa.Column("meter", sa.JSON(), nullable=True),
        sa.Column("meter_error", sa.String(length=255), nullable=True),
        sa.Column("allocation", sa.JSON(), nullable=True),
        sa.Column(
            "allocated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=True,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_site_loads_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_loads")),
        sa.UniqueConstraint("site_id", name=op.f("uq_site_loads_site_id")),
    )
    op.create_table(
        "load_nodes",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("site_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("parent_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("charger_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("limit_l1_a", sa.Integer(), nullable=True),
        sa.Column("limit_l2_a", sa.Integer(), nullable=True),
        sa.Column("limit_l3_a", sa.Integer(), nullable=True),
        sa.Column("phase_rotation", sa.String(length=3), nullable=True),
        sa.Column("window_from", sa.Time(), nullable=True),
        sa.Column("window_to", sa.Time(), nullable=True),
        sa.Column("window_limit_a", sa.Integer(), nullable=True),
        sa.Column("rejects_profiles", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('supply', 'circuit', 'charger', 'connector')", name=op.f("ck_load_nodes_kind")
        ),
        sa.CheckConstraint(
            "phase_rotation IS NULL OR phase_rotation IN ('RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR')",
            name=op.f("ck_load_nodes_phase_rotation"),
        ),
        sa.CheckConstraint(
            "(limit_l1_a IS NULL OR limit_l1_a >= 0) AND (limit_l2_a IS NULL OR limit_l2_a >= 0) AND (limit_l3_a IS NULL OR limit_l3_a >= 0) AND (window_limit_a IS NULL OR window_limit_a >= 0)",
            name=op.f("ck_load_nodes_limits_nonneg"),
        ),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_load_nodes_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["load_nodes.id"],
            name=op.f("fk_load_nodes_parent_id_load_nodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_load_nodes_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_nodes")),
    )
    with op.batch_alter_table("load_nodes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_load_nodes_charger_id"), ["charger_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_load_nodes_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_load_nodes_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    # Dropping a table drops its indexes (MariaDB refuses to drop one a foreign key needs).
    op.drop_table("load_nodes")
    op.drop_table("site_loads")
    op.drop_table("load_priorities")
