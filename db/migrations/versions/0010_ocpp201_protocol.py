"""chargers.ocpp_version (the OCPP version negotiated) and charging_sessions.ocpp_transaction_id /
ocpp_seq_no (an OCPP 2.0.1 charger's own transactionId and the last TransactionEvent seqNo)

On a big database: online. Nullable columns (instant on MariaDB 10.3+ and SQLite: no table rebuild)
and a unique index over (charger_id, ocpp_transaction_id), whose NULLs (every 1.6 session) never
collide.

Revision ID: 0010_ocpp201
Revises: 0009_driver
Create Date: 2026-12-06 01:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010_ocpp201"
down_revision: str | Sequence[str] | None = "0009_driver"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("chargers", sa.Column("ocpp_version", sa.String(length=8), nullable=True))
    op.add_column("charging_sessions", sa.Column("ocpp_transaction_id", sa.String(length=36), nullable=True))
    op.add_column("charging_sessions", sa.Column("ocpp_seq_no", sa.Integer(), nullable=True))
    op.create_index(
        "uq_charging_sessions_ocpp_tx",
        "charging_sessions",
        ["charger_id", "ocpp_transaction_id"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_charging_sessions_ocpp_tx", table_name="charging_sessions")
    op.drop_column("charging_sessions", "ocpp_seq_no")
    op.drop_column("charging_sessions", "ocpp_transaction_id")
    op.drop_column("chargers", "ocpp_version")
