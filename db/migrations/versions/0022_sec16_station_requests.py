"""station_requests: a request sent to an OCPP 2.0.1 station whose answer comes in Notify* parts
(GetDisplayMessages, GetMonitoringReport, GetChargingProfiles, CustomerInformation), its progress and,
for CustomerInformation, the data the parts carry

On a big database: online. It creates one empty table.

Revision ID: 0022_sec16
Revises: 0021_ocpicpo
Create Date: 2026-12-06 10:55:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0022_sec16"
down_revision: str | Sequence[str] | None = "0021_ocpicpo"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")

ACTIONS = ("GetDisplayMessages", "GetMonitoringReport", "GetChargingProfiles", "CustomerInformation")
STATUSES = (
    "Requested",
    "Accepted",
    "Rejected",
    "NotSupported",
    "EmptyResultSet",
    "Unknown",
    "NoProfiles",
    "Invalid",
    "Receiving",
    "Complete",
    "Failed",
)


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    op.create_table(
        "station_requests",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=True),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("last_seq_no", sa.Integer(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.Column("requested_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("completed_at", UTC, nullable=True),
        sa.CheckConstraint(_in("action", ACTIONS), name=op.f("ck_station_requests_action")),
        sa.CheckConstraint(_in("status", STATUSES), name=op.f("ck_station_requests_status")),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_station_requests_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_station_requests_requested_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_requests")),
    )
    with op.batch_alter_table("station_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_station_requests_charger_id_action_id"),
            ["charger_id", "action", "id"],
            unique=False,
        )


def downgrade() -> None:
    op.drop_table("station_requests")  # its index goes with it
