"""users.locale (the app's and the mails' language) and favourite_chargers (a driver's starred chargers)

On a big database: online. It adds a nullable column (instant on MariaDB 10.3+ and SQLite: no table
rebuild) and creates an empty table.

Revision ID: 0008_driver_locale_favourites
Revises: 0007_ops
Create Date: 2026-12-05 22:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0008_driver_locale_favourites"
down_revision: str | Sequence[str] | None = "0007_ops"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column("users", sa.Column("locale", sa.String(length=8), nullable=True))
    op.create_table(
        "favourite_chargers",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_favourite_chargers_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_favourite_chargers_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_favourite_chargers")),
        sa.UniqueConstraint("user_id", "charger_id", name=op.f("uq_favourite_chargers_user_id_charger_id")),
    )
    with op.batch_alter_table("favourite_chargers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_favourite_chargers_charger_id"), ["charger_id"], unique=False)


def downgrade() -> None:
    # Dropping the table drops its indexes; MariaDB refuses to drop the charger_id index on its own
    # while the foreign key needs it.
    op.drop_table("favourite_chargers")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("locale")
