"""ocpi_outbox kinds "token" (our drivers' tokens PUT to partners, `token:<uid>`) and "tariff" (our
tariffs PUT or DELETEd at partners, `tariff:<id>`): both pushes now go through the durable outbox

On a big database: the outbox is small (delivered rows only); SQLite copies the table, MariaDB
checks the new constraint against it.

Revision ID: 0024_ocpicpo
Revises: 0023_ocpiemsp
Create Date: 2026-12-06 10:50:00

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0024_ocpicpo"
down_revision: str | Sequence[str] | None = "0023_ocpiemsp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("session", "cdr", "evse", "result")
NEW_KINDS = (*OLD_KINDS, "token", "tariff")


def _kinds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("ocpi_outbox") as batch:
        batch.drop_constraint(op.f("ck_ocpi_outbox_kind"), type_="check")
        batch.create_check_constraint(
            op.f("ck_ocpi_outbox_kind"), "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"
        )


def upgrade() -> None:
    _kinds(NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM ocpi_outbox WHERE kind IN ('token', 'tariff')")
    _kinds(OLD_KINDS)
