"""problem_reports (problems drivers report at a charger: category, note, optional photo);
push_subscriptions and push_notifications (Web Push to drivers); charging_sessions.stop_requested_by
(who asked a charger to stop: the driver, an operator or the prepaid guard); charger_watches
(drivers waiting for a busy charger to become free)

On a big database: online. It creates empty tables and adds a nullable column (instant on MariaDB
10.3+ and SQLite: no table rebuild).

Revision ID: 0009_driver
Revises: 0008_driver_locale_favourites
Create Date: 2026-12-06 01:05:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0009_driver"
down_revision: str | Sequence[str] | None = "0008_driver_locale_favourites"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


def upgrade() -> None:
    op.create_table(
        "problem_reports",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=True),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("photo_type", sa.String(length=16), nullable=True),
        sa.Column("photo_size", sa.Integer(), nullable=True),
        sa.Column(
            "photo", sa.LargeBinary().with_variant(mysql.MEDIUMBLOB(), "mysql", "mariadb"), nullable=True
        ),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("closed_at", UTC, nullable=True),
        sa.Column("closed_by_id", BIG_ID, nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "category IN ('wont_start', 'stopped', 'damaged', 'cable', 'screen', 'blocked', 'payment', 'other')",
            name=op.f("ck_problem_reports_category"),
        ),
        sa.CheckConstraint(
            "photo_type IS NULL OR photo_type IN ('image/jpeg', 'image/png', 'image/webp')",
            name=op.f("ck_problem_reports_photo_type"),
        ),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_problem_reports_status")),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_problem_reports_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["users.id"],
            name=op.f("fk_problem_reports_closed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_problem_reports_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_reports")),
    )
    with op.batch_alter_table("problem_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_problem_reports_charger_id_status"), ["charger_id", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_problem_reports_user_id"), ["user_id"], unique=False)

    op.add_column("charging_sessions", sa.Column("stop_requested_by", sa.String(length=16), nullable=True))
    op.create_table(
        "push_subscriptions",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("endpoint", sa.String(length=1000), nullable=False),
        sa.Column("endpoint_key", sa.String(length=64), nullable=False),
        sa.Column("p256dh", sa.String(length=100), nullable=False),
        sa.Column("auth", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_push_subscriptions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_push_subscriptions")),
        sa.UniqueConstraint("endpoint_key", name=op.f("uq_push_subscriptions_endpoint_key")),
    )
    with op.batch_alter_table("push_subscriptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_push_subscriptions_user_id"), ["user_id"], unique=False)
    op.create_table(
        "push_notifications",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("params", sa.JSON(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("claimed_at", UTC, nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", UTC, nullable=True),
        sa.CheckConstraint(
            "kind IN ('session_started', 'session_stopped', 'low_balance', 'charger_free')",
            name=op.f("ck_push_notifications_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_push_notifications_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_push_notifications")),
    )
    with op.batch_alter_table("push_notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_push_notifications_sent_at_id"), ["sent_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_push_notifications_user_id"), ["user_id"], unique=False)
    op.create_table(
        "charger_watches",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("notified_at", UTC, nullable=True),
        sa.Column("freed_connector_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_charger_watches_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_charger_watches_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charger_watches")),
    )
    with op.batch_alter_table("charger_watches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charger_watches_charger_id_notified_at"),
            ["charger_id", "notified_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_charger_watches_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    # Dropping a table drops its indexes (MariaDB refuses to drop an index a foreign key needs).
    op.drop_table("charger_watches")
    op.drop_table("push_notifications")
    op.drop_table("push_subscriptions")
    with op.batch_alter_table("charging_sessions", schema=None) as batch_op:
        batch_op.drop_column("stop_requested_by")
    op.drop_table("problem_reports")
