"""roaming as CPO: ocpi_sessions (partners' drivers' sessions at our chargers, with their CDR),
ocpi_outbox (every push to a partner, retried until delivered), ocpi_calls (the OCPI log),
ocpi_reservations (partners' RESERVE_NOW references) and ocpi_command_results (the results of
partners' commands, posted through the outbox)

On a big database: online. It creates five empty tables.

Revision ID: 0021_ocpicpo
Revises: 0020_load
Create Date: 2026-12-06 07:50:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0021_ocpicpo"
down_revision: str | Sequence[str] | None = "0020_load"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


def upgrade() -> None:
    op.create_table(
        "ocpi_sessions",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", BIG_ID, nullable=False),
        sa.Column("token_id", BIG_ID, nullable=True),
        sa.Column("cdr_token", sa.Text(), nullable=False),
        sa.Column("auth_method", sa.String(length=16), nullable=False),
        sa.Column("authorization_reference", sa.String(length=36), nullable=True),
        sa.Column("last_updated", UTC, nullable=False),
        sa.Column("cdr", sa.Text(), nullable=True),
        sa.Column("cdr_at", UTC, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.CheckConstraint(
            "auth_method IN ('AUTH_REQUEST', 'COMMAND', 'WHITELIST')",
            name=op.f("ck_ocpi_sessions_auth_method"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_sessions_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["charging_sessions.id"],
            name=op.f("fk_ocpi_sessions_session_id_charging_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["token_id"],
            ["ocpi_tokens.id"],
            name=op.f("fk_ocpi_sessions_token_id_ocpi_tokens"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_ocpi_sessions")),
    )
    with op.batch_alter_table("ocpi_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ocpi_sessions_partner_id_last_updated"),
            ["partner_id", "last_updated"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_ocpi_sessions_partner_id_cdr_at"), ["partner_id", "cdr_at"], unique=False
        )
    op.create_table(
        "ocpi_outbox",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("partner_id", BIG_ID, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("delivered_once", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTC, nullable=False),
        sa.Column("delivered_at", UTC, nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint("kind IN ('session', 'cdr', 'evse', 'result')", name=op.f("ck_ocpi_outbox_kind")),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_outbox_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_outbox")),
        sa.UniqueConstraint("partner_id", "key", name="uq_ocpi_outbox_partner_key"),
    )
    with op.batch_alter_table("ocpi_outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ocpi_outbox_pending_next_attempt_at"), ["pending", "next_attempt_at"], unique=False
        )

    op.create_table(
        "ocpi_calls",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("partner_id", BIG_ID, nullable=True),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("url", sa.String(length=255), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("ocpi_status", sa.Integer(), nullable=True),
        sa.Column("message", sa.String(length=300), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_ocpi_calls_direction")),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_calls_partner_id_ocpi_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_calls")),
    )
    with op.batch_alter_table("ocpi_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ocpi_calls_partner_id_id"), ["partner_id", "id"], unique=False)

    op.create_table(
        "ocpi_reservations",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("partner_id", BIG_ID, nullable=False),
        sa.Column("reference", sa.String(length=36), nullable=False),
        sa.Column("reservation_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_reservations_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reservation_id"],
            ["reservations.id"],
            name=op.f("fk_ocpi_reservations_reservation_id_reservations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_reservations")),
        sa.UniqueConstraint("partner_id", "reference", name="uq_ocpi_reservations_partner_reference"),
    )

    op.create_table(
        "ocpi_command_results",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("partner_id", BIG_ID, nullable=False),
        sa.Column("response_url", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_command_results_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_command_results")),
    )


def downgrade() -> None:
    op.drop_table("ocpi_command_results")
    op.drop_table("ocpi_reservations")
    op.drop_table("ocpi_calls")
    op.drop_table("ocpi_outbox")
    op.drop_table("ocpi_sessions")
