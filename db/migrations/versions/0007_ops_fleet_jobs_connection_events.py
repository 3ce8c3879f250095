"""ops: fleet jobs and charger connection events

- ``fleet_jobs`` / ``fleet_job_targets``: one OCPP command sent to many chargers (a fleet Reset, a
  staged firmware rollout), with each charger's answer and firmware progress.
- ``charger_connection_events``: chargers' connections, disconnections and refused connections
  (why), bounded per charger.

New tables only: online, nothing is rewritten.

Revision ID: 0007_ops
Revises: 0006_chargers_sites
Create Date: 2026-12-05 21:19:26.764034

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0007_ops"
down_revision: str | Sequence[str] | None = "0006_chargers_sites"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fleet_jobs",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("selection", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("stage_size", sa.Integer(), nullable=True),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("auto_continue", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "finished_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('running', 'awaiting_go', 'completed', 'failed', 'cancelled')",
            name=op.f("ck_fleet_jobs_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_fleet_jobs_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fleet_jobs")),
    )
    op.create_table(
        "charger_connection_events",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("charger_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("charge_point_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.String(length=255), nullable=True),
        sa.Column("remote_address", sa.String(length=64), nullable=True),
        sa.Column("code", sa.Integer(), nullable=True),
        sa.Column("node_id", sa.String(length=64), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('connected', 'disconnected', 'refused')", name=op.f("ck_charger_connection_events_kind")
        ),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_charger_connection_events_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charger_connection_events")),
    )
    with op.batch_alter_table("charger_connection_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charger_connection_events_charge_point_id_id"),
            ["charge_point_id", "id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_charger_connection_events_charger_id_id"), ["charger_id", "id"], unique=False
        )

    op.create_table(
        "fleet_job_targets",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("charger_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=True),
        sa.Column("error", sa.String(length=255), nullable=True),
        sa.Column("latency_ms", sa.Integer(), nullable=True),
        sa.Column("firmware_job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'sending', 'accepted', 'rejected', 'failed', 'downloading', 'downloaded', 'installing', 'installed', 'skipped')",
            name=op.f("ck_fleet_job_targets_status"),
        ),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_fleet_job_targets_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["firmware_job_id"],
            ["firmware_jobs.id"],
            name=op.f("fk_fleet_job_targets_firmware_job_id_firmware_jobs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["fleet_jobs.id"],
            name=op.f("fk_fleet_job_targets_job_id_fleet_jobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fleet_job_targets")),
        sa.UniqueConstraint("job_id", "charger_id", name=op.f("uq_fleet_job_targets_job_id_charger_id")),
    )
    with op.batch_alter_table("fleet_job_targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fleet_job_targets_charger_id"), ["charger_id"], unique=False)


def downgrade() -> None:
    op.drop_table("fleet_job_targets")
    op.drop_table("charger_connection_events")
    op.drop_table("fleet_jobs")
