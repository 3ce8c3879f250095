"""chargers: connector phases, sites

- ``connectors.phases`` (nullable): 1 or 3 for AC plugs as the operator registered them, NULL when
  not given (DC plugs, or unknown).
- ``sites``: a place with chargers (a car park, a mall): name, address and position; and
  ``chargers.site_id`` (nullable, indexed, ON DELETE SET NULL): the site a charger stands at.

Online on both databases: a new table, and nullable columns without a default added in place
(MariaDB 10.11: ALGORITHM=INSTANT for the columns; the foreign key on chargers.site_id is added
with ALGORITHM=INPLACE when foreign_key_checks is off, else a copy of chargers; SQLite: the batch
mode recreates chargers).

Revision ID: 0006_chargers_sites
Revises: 0005_chargers
Create Date: 2026-12-05 21:30:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0006_chargers_sites"
down_revision: str | Sequence[str] | None = "0005_chargers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


def upgrade() -> None:
    op.add_column("connectors", sa.Column("phases", sa.Integer(), nullable=True))
    op.create_table(
        "sites",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("address", sa.String(length=255), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("state", sa.String(length=100), nullable=True),
        sa.Column("postcode", sa.String(length=16), nullable=True),
        sa.Column("latitude", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("longitude", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("name", name=op.f("uq_sites_name")),
    )
    with op.batch_alter_table("chargers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("site_id", _ID, nullable=True))
        batch_op.create_index(batch_op.f("ix_chargers_site_id"), ["site_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_chargers_site_id_sites"), "sites", ["site_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("chargers", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_chargers_site_id_sites"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_chargers_site_id"))
        batch_op.drop_column("site_id")
    op.drop_table("sites")
    with op.batch_alter_table("connectors") as batch:
        batch.drop_column("phases")
