"""chargers: case-insensitive idTag keys, who started a session

- ``id_tags.id_tag_key`` (UNIQUE) and ``charging_sessions.id_tag_key`` (indexed with ``status``): the
  OCPP CiString comparison key of the idTag (ASCII letters upper-cased), compared byte for byte on
  every database (``utf8mb4_bin`` on MySQL/MariaDB). Filled from the existing rows; two tags that
  differ only in case stop the migration with the list of them (an operator decides which one stays).
- ``charging_sessions.started_by_user_id`` / ``started_by_api_key_id`` and ``ocpp_commands.origin`` /
  ``session_id``: who started a session remotely (driver app, admin, API key).

On a big database: not online; stop the nodes first. Nodes of the previous release would fail to
store new sessions and tags once ``id_tag_key`` is NOT NULL, and the largest table,
charging_sessions, is rebuilt. On MariaDB 10.11 the new columns are added instantly and made NOT
NULL in place, but adding the two foreign keys copies charging_sessions (ALGORITHM=COPY: writes to
it wait for the copy; reads continue); on SQLite the batch mode recreates id_tags and
charging_sessions. The keys are computed in Python and written 1000 rows per statement batch.
Measured on a 2-core machine: about 40 s per million sessions on SQLite and 6 to 7 min on MariaDB
10.11.

Revision ID: 0005_chargers
Revises: 0004_payment_events
Create Date: 2026-12-05 18:21:32.309143

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0005_chargers"
down_revision: str | Sequence[str] | None = "0004_payment_events"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BATCH = 1000


def _key_type() -> sa.types.TypeEngine[str]:
    return (
        sa.String(length=20)
        .with_variant(mysql.VARCHAR(collation="utf8mb4_bin", length=20), "mariadb")
        .with_variant(mysql.VARCHAR(collation="utf8mb4_bin", length=20), "mysql")
    )


def _fill_keys(table: str) -> None:
    """id_tag_key = the CiString key of id_tag, computed here (not with SQL UPPER, which differs
    between databases outside ASCII)."""
    bind = op.get_bind()
    t = sa.table(table, sa.column("id", sa.Integer), sa.column("id_tag", sa.String), sa.column("id_tag_key"))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(t.c.id, t.c.id_tag).where(t.c.id > last).order_by(t.c.id).limit(_BATCH)
        ).all()
        if not rows:
            return
        bind.execute(
            sa.update(t).where(t.c.id == sa.bindparam("b_id")).values(id_tag_key=sa.bindparam("b_key")),
            [{"b_id": r.id, "b_key": r.id_tag.translate(_UPPER)} for r in rows],
        )
        last = rows[-1].id


def upgrade() -> None:
    with op.batch_alter_table("id_tags", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_tag_key", _key_type(), nullable=True))
    with op.batch_alter_table("charging_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_tag_key", _key_type(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "started_by_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column(
                "started_by_api_key_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
            )
        )
    with op.batch_alter_table("ocpp_commands", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("session_id", sa.Integer(), nullable=True))

    _fill_keys("id_tags")
    _fill_keys("charging_sessions")
    clashes = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT id_tag_key FROM id_tags GROUP BY id_tag_key HAVING COUNT(*) > 1 ORDER BY id_tag_key"
            )
        )
        .scalars()
        .all()
    )
    if clashes:
        raise RuntimeError(
            "id tags that differ only in letter case (OCPP compares idTags case-insensitively): "
            + ", ".join(clashes)
            + ". Delete or rename all but one of each, then migrate again."
        )

    with op.batch_alter_table("id_tags", schema=None) as batch_op:
        batch_op.alter_column("id_tag_key", existing_type=_key_type(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_id_tags_id_tag_key"), ["id_tag_key"])
    with op.batch_alter_table("charging_sessions", schema=None) as batch_op:
        batch_op.alter_column("id_tag_key", existing_type=_key_type(), nullable=False)
        batch_op.create_index(
            batch_op.f("ix_charging_sessions_id_tag_key_status"), ["id_tag_key", "status"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_charging_sessions_started_by_api_key_id_api_keys"),
            "api_keys",
            ["started_by_api_key_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_charging_sessions_started_by_user_id_users"),
            "users",
            ["started_by_user_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("ocpp_commands", schema=None) as batch_op:
        batch_op.drop_column("session_id")
        batch_op.drop_column("origin")

    with op.batch_alter_table("id_tags", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_id_tags_id_tag_key"), type_="unique")
        batch_op.drop_column("id_tag_key")

    with op.batch_alter_table("charging_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_charging_sessions_started_by_user_id_users"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_charging_sessions_started_by_api_key_id_api_keys"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_charging_sessions_id_tag_key_status"))
        batch_op.drop_column("started_by_api_key_id")
        batch_op.drop_column("started_by_user_id")
        batch_op.drop_column("id_tag_key")
