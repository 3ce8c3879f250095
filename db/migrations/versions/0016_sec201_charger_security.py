"""charger security: charger_security_events (SecurityEventNotification), charger_certificates
(certificates the platform's charger CA signed, and those installed on chargers), charger_log_requests
(GetLog and its LogStatusNotifications)

On a big database: online. It creates three empty tables.

Revision ID: 0016_sec201
Revises: 0015_loadhist
Create Date: 2026-12-06 07:50:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0016_sec201"
down_revision: str | Sequence[str] | None = "0015_loadhist"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


def _charger_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["charger_id"], ["chargers.id"], name=op.f(f"fk_{table}_charger_id_chargers"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "charger_security_events",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("type", sa.String(length=50), nullable=False),
        sa.Column("occurred_at", UTC, nullable=False),
        sa.Column("tech_info", sa.String(length=255), nullable=True),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        _charger_fk("charger_security_events"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charger_security_events")),
    )
    with op.batch_alter_table("charger_security_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charger_security_events_charger_id_id"), ["charger_id", "id"], unique=False
        )
    op.create_table(
        "charger_certificates",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("certificate_type", sa.String(length=40), nullable=False),
        sa.Column("hash_algorithm", sa.String(length=8), nullable=False),
        sa.Column("issuer_name_hash", sa.String(length=128), nullable=False),
        sa.Column("issuer_key_hash", sa.String(length=128), nullable=False),
        sa.Column("serial_number", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=True),
        sa.Column("not_after", UTC, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint("source IN ('signed', 'installed')", name=op.f("ck_charger_certificates_source")),
        _charger_fk("charger_certificates"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charger_certificates")),
    )
    with op.batch_alter_table("charger_certificates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charger_certificates_charger_id_source"), ["charger_id", "source"], unique=False
        )
    op.create_table(
        "charger_log_requests",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("log_type", sa.String(length=16), nullable=False),
        sa.Column("location", sa.String(length=512), nullable=False),
        sa.Column("retries", sa.Integer(), nullable=True),
        sa.Column("retry_interval", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("status_history", sa.JSON(), nullable=True),
        sa.Column("requested_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(
            "log_type IN ('DiagnosticsLog', 'SecurityLog')", name=op.f("ck_charger_log_requests_log_type")
        ),
        _charger_fk("charger_log_requests"),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_charger_log_requests_requested_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charger_log_requests")),
    )
    with op.batch_alter_table("charger_log_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charger_log_requests_charger_id_id"), ["charger_id", "id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("charger_log_requests")
    op.drop_table("charger_certificates")
    op.drop_table("charger_security_events")
