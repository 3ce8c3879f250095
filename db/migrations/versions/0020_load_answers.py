"""load management: load_allocation_changes.answer (the charger's answer to each limit sent: pending,
accepted, rejected, timeout, offline, failed; NULL on rows recorded before answers were kept) and the
reason "failsafe" (the TxDefaultProfile a charger gets when it boots on a managed site); site_loads.lead_node
and lead_until (the node that allocates the site, and until when its lease runs)

On a big database: online on MariaDB (nullable columns added in place, then the check constraints); on
SQLite load_allocation_changes (at most 1000 rows per site) is copied once to add the checks.

Revision ID: 0020_load
Revises: 0019_dm201
Create Date: 2026-12-06 07:45:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0020_load"
down_revision: str | Sequence[str] | None = "0019_dm201"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ANSWERS = ("pending", "accepted", "rejected", "timeout", "offline", "failed")
OLD_REASONS = (
    "rejected",
    "limit_change",
    "session_started",
    "session_stopped",
    "unused_capacity",
    "schedule",
    "meter_reading",
    "status_change",
)
NEW_REASONS = (*OLD_REASONS, "failsafe")


def _reasons(batch: BatchOperations, reasons: tuple[str, ...]) -> None:
    batch.drop_constraint(op.f("ck_load_allocation_changes_reason"), type_="check")
    batch.create_check_constraint(
        op.f("ck_load_allocation_changes_reason"), "reason IN (" + ", ".join(f"'{r}'" for r in reasons) + ")"
    )


UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


def upgrade() -> None:
    op.add_column("site_loads", sa.Column("lead_node", sa.String(length=64), nullable=True))
    op.add_column("site_loads", sa.Column("lead_until", UTC, nullable=True))
    with op.batch_alter_table("load_allocation_changes") as batch:
        batch.add_column(sa.Column("answer", sa.String(length=8), nullable=True))
        batch.create_check_constraint(
            op.f("ck_load_allocation_changes_answer"),
            "answer IS NULL OR answer IN (" + ", ".join(f"'{a}'" for a in ANSWERS) + ")",
        )
        _reasons(batch, NEW_REASONS)


def downgrade() -> None:
    op.execute("DELETE FROM load_allocation_changes WHERE reason = 'failsafe'")
    with op.batch_alter_table("load_allocation_changes") as batch:
        _reasons(batch, OLD_REASONS)
        batch.drop_constraint(op.f("ck_load_allocation_changes_answer"), type_="check")
        batch.drop_column("answer")
    with op.batch_alter_table("site_loads") as batch:
        batch.drop_column("lead_until")
        batch.drop_column("lead_node")
