"""load management: load_allocation_changes (the history of the limits the allocation service sent to
chargers, and why they changed; the newest rows of each site are kept)

On a big database: online. It creates one empty table.

Revision ID: 0015_loadhist
Revises: 0014_idle
Create Date: 2026-12-06 05:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0015_loadhist"
down_revision: str | Sequence[str] | None = "0014_idle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")
REASONS = (
    "rejected",
    "limit_change",
    "session_started",
    "session_stopped",
    "unused_capacity",
    "schedule",
    "meter_reading",
    "status_change",
)


def upgrade() -> None:
    op.create_table(
        "load_allocation_changes",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("site_id", BIG_ID, nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.Column("old_limit_a", sa.Integer(), nullable=True),
        sa.Column("new_limit_a", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=1), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.CheckConstraint(
            "reason IN (" + ", ".join(f"'{r}'" for r in REASONS) + ")",
            name=op.f("ck_load_allocation_changes_reason"),
        ),
        sa.CheckConstraint("unit IN ('A', 'W')", name=op.f("ck_load_allocation_changes_unit")),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_load_allocation_changes_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_load_allocation_changes_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_allocation_changes")),
    )
    with op.batch_alter_table("load_allocation_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_load_allocation_changes_site_id"), ["site_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_load_allocation_changes_charger_id"), ["charger_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("load_allocation_changes")  # its indexes go with it (MariaDB keeps the FK's until then)
