"""smart charging for OCPP 2.0.1: station_reports (the charging profiles a station reports, external
charging limits, EVs' charging needs; the newest rows of each charger are kept)

On a big database: online. It creates one empty table.

Revision ID: 0017_sc201
Revises: 0016_sec201
Create Date: 2026-12-06 08:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0017_sc201"
down_revision: str | Sequence[str] | None = "0016_sec201"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")
KINDS = ("ChargingProfiles", "ChargingLimit", "EVChargingNeeds")


def upgrade() -> None:
    op.create_table(
        "station_reports",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("evse_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")",
            name=op.f("ck_station_reports_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_station_reports_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_reports")),
    )
    with op.batch_alter_table("station_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_station_reports_charger_id_id"), ["charger_id", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_station_reports_transaction_id"), ["transaction_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("station_reports")  # its indexes go with it (MariaDB keeps the FK's until then)
