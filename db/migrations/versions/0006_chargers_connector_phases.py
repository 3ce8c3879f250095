"""chargers: the number of phases of a connector

- ``connectors.phases`` (nullable): 1 or 3 for AC plugs as the operator registered them, NULL when
  not given (DC plugs, or unknown). Shown to operators and drivers next to the connector's type and
  maximum power.

Online on both databases: a nullable column without a default is added in place (MariaDB 10.11:
ALGORITHM=INSTANT; SQLite: ALTER TABLE ADD COLUMN).

Revision ID: 0006_chargers_phases
Revises: 0005_chargers
Create Date: 2026-12-05 21:30:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006_chargers_phases"
down_revision: str | Sequence[str] | None = "0005_chargers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("connectors", sa.Column("phases", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("connectors") as batch:
        batch.drop_column("phases")
