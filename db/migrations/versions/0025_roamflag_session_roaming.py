"""charging_sessions.roaming: whether a partner's token started the session (it has an ocpi_sessions
row), so a meter reading knows without a query whether a partner must hear of it

On a big database: one added column with a constant default (no table copy on SQLite or MariaDB),
and one UPDATE over the roaming sessions (a small share of all sessions).

Revision ID: 0025_roamflag
Revises: 0024_ocpicpo
Create Date: 2026-12-06 14:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0025_roamflag"
down_revision: str | Sequence[str] | None = "0024_ocpicpo"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "charging_sessions",
        sa.Column("roaming", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.execute("UPDATE charging_sessions SET roaming = 1 WHERE id IN (SELECT session_id FROM ocpi_sessions)")


def downgrade() -> None:
    with op.batch_alter_table("charging_sessions") as batch:
        batch.drop_column("roaming")
