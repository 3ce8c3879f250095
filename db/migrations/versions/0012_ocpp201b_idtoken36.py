"""id tags up to 36 characters (OCPP 2.0.1's IdToken; OCPP 1.6 chargers still see at most 20)

Widens every id tag column from 20 to 36 characters: id_tags (id_tag, id_tag_key, parent_id_tag),
charging_requests, start_refusals, charging_sessions (id_tag, id_tag_key) and reservations.

On a big database: on MariaDB a VARCHAR that stays under 64 utf8mb4 characters keeps its one length
byte, so the change is in place (no table copy; the key columns keep their binary collation). On
SQLite the tables are rebuilt (batch mode): the nodes' writes wait while it runs, about a second per
hundred thousand charging sessions.

Revision ID: 0012_ocpp201b
Revises: 0011_loadmgmt
Create Date: 2026-12-06 02:15:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0012_ocpp201b"
down_revision: str | Sequence[str] | None = "0011_loadmgmt"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, nullable, key column: binary collation on MariaDB)
COLUMNS = (
    ("id_tags", "id_tag", False, False),
    ("id_tags", "id_tag_key", False, True),
    ("id_tags", "parent_id_tag", True, False),
    ("charging_requests", "id_tag", False, False),
    ("start_refusals", "id_tag", True, False),
    ("charging_sessions", "id_tag", False, False),
    ("charging_sessions", "id_tag_key", False, True),
    ("reservations", "id_tag", False, False),
)


def _type(length: int, key: bool) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    if key:
        return sa.String(length).with_variant(
            mysql.VARCHAR(length, collation="utf8mb4_bin"), "mysql", "mariadb"
        )
    return sa.String(length)


def _alter(old: int, new: int) -> None:
    tables: dict[str, list[tuple[str, bool, bool]]] = {}
    for table, column, nullable, key in COLUMNS:
        tables.setdefault(table, []).append((column, nullable, key))
    for table, columns in tables.items():
        with op.batch_alter_table(table) as batch:
            for column, nullable, key in columns:
                batch.alter_column(
                    column, existing_type=_type(old, key), type_=_type(new, key), existing_nullable=nullable
                )


def upgrade() -> None:
    _alter(20, 36)


def downgrade() -> None:
    _alter(36, 20)
