"""charging_sessions.idle_notified_at: when the driver was told that the idle fee starts; the push
notification kind "idle_fee_starting"

A session's idle notice goes out once: the node that sets this column (a conditional update from
NULL) stages the notification in the same transaction, so a restart or a second node never sends it
again.

On a big database: online on MariaDB (a nullable column added in place); on SQLite an ADD COLUMN
that copies nothing.

Revision ID: 0014_idle
Revises: 0013_ocpi
Create Date: 2026-12-06 04:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0014_idle"
down_revision: str | Sequence[str] | None = "0013_ocpi"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


OLD_KINDS = ("session_started", "session_stopped", "low_balance", "charger_free")
NEW_KINDS = (*OLD_KINDS, "idle_fee_starting")


def _kinds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("push_notifications") as batch:
        batch.drop_constraint(op.f("ck_push_notifications_kind"), type_="check")
        batch.create_check_constraint(
            op.f("ck_push_notifications_kind"), "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"
        )


def upgrade() -> None:
    op.add_column("charging_sessions", sa.Column("idle_notified_at", UTC, nullable=True))
    _kinds(NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM push_notifications WHERE kind = 'idle_fee_starting'")
    _kinds(OLD_KINDS)
    with op.batch_alter_table("charging_sessions") as batch:
        batch.drop_column("idle_notified_at")
