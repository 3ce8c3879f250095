"""OCPP 2.0.1 stations' own data: device_model_variables (each reported variable attribute of a
station), device_model_reports (the GetBaseReport/GetReport requests whose NotifyReports fill it),
display_messages, charger_device_events (NotifyEvent), variable_monitors

On a big database: online. It creates five empty tables.

Revision ID: 0019_dm201
Revises: 0018_ocpiemsp
Create Date: 2026-12-06 07:45:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0019_dm201"
down_revision: str | Sequence[str] | None = "0018_ocpiemsp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")
REPORT_KINDS = ("FullInventory", "ConfigurationInventory", "SummaryInventory", "Criteria")
REPORT_STATUSES = (
    "Requested",
    "Accepted",
    "Rejected",
    "NotSupported",
    "EmptyResultSet",
    "Receiving",
    "Complete",
    "Failed",
)

PRIORITIES = ("AlwaysFront", "InFront", "NormalCycle")
STATES = ("Charging", "Faulted", "Idle", "Unavailable")
FORMATS = ("ASCII", "HTML", "URI", "UTF8")
MESSAGE_STATUSES = (
    "Requested",
    "Accepted",
    "NotSupportedMessageFormat",
    "Rejected",
    "NotSupportedPriority",
    "NotSupportedState",
    "UnknownTransaction",
    "Reported",
    "Cleared",
    "Failed",
)
MONITOR_TYPES = ("UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned")


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    op.create_table(
        "device_model_variables",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("component", sa.String(length=50), nullable=False),
        sa.Column("component_instance", sa.String(length=50), nullable=True),
        sa.Column("evse_id", sa.Integer(), nullable=True),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("variable", sa.String(length=50), nullable=False),
        sa.Column("variable_instance", sa.String(length=50), nullable=True),
        sa.Column("attribute_type", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=2500), nullable=True),
        sa.Column("mutability", sa.String(length=10), nullable=True),
        sa.Column("persistent", sa.Boolean(), nullable=True),
        sa.Column("constant", sa.Boolean(), nullable=True),
        sa.Column("characteristics", sa.JSON(), nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(
            _in("attribute_type", ("Actual", "Target", "MinSet", "MaxSet")),
            name=op.f("ck_device_model_variables_attribute_type"),
        ),
        sa.CheckConstraint(
            "mutability IS NULL OR " + _in("mutability", ("ReadOnly", "WriteOnly", "ReadWrite")),
            name=op.f("ck_device_model_variables_mutability"),
        ),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_device_model_variables_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_model_variables")),
        sa.UniqueConstraint("charger_id", "key", name=op.f("uq_device_model_variables_charger_id_key")),
    )
    op.create_table(
        "device_model_reports",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("last_seq_no", sa.Integer(), nullable=True),
        sa.Column("requested_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("completed_at", UTC, nullable=True),
        sa.CheckConstraint(_in("kind", REPORT_KINDS), name=op.f("ck_device_model_reports_kind")),
        sa.CheckConstraint(_in("status", REPORT_STATUSES), name=op.f("ck_device_model_reports_status")),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_device_model_reports_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_device_model_reports_requested_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_model_reports")),
    )
    with op.batch_alter_table("device_model_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_device_model_reports_charger_id_created_at"),
            ["charger_id", "created_at"],
            unique=False,
        )

    op.create_table(
        "display_messages",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=True),
        sa.Column("start_at", UTC, nullable=True),
        sa.Column("end_at", UTC, nullable=True),
        sa.Column("transaction_id", sa.String(length=36), nullable=True),
        sa.Column("format", sa.String(length=5), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("content", sa.String(length=512), nullable=False),
        sa.Column("status", sa.String(length=28), nullable=False),
        sa.Column("requested_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(_in("priority", PRIORITIES), name=op.f("ck_display_messages_priority")),
        sa.CheckConstraint(
            "state IS NULL OR " + _in("state", STATES), name=op.f("ck_display_messages_state")
        ),
        sa.CheckConstraint(_in("format", FORMATS), name=op.f("ck_display_messages_format")),
        sa.CheckConstraint(_in("status", MESSAGE_STATUSES), name=op.f("ck_display_messages_status")),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_display_messages_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_display_messages_requested_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_display_messages")),
        sa.UniqueConstraint(
            "charger_id", "message_id", name=op.f("uq_display_messages_charger_id_message_id")
        ),
    )
    op.create_table(
        "charger_device_events",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("trigger", sa.String(length=8), nullable=False),
        sa.Column("cause", sa.Integer(), nullable=True),
        sa.Column("actual_value", sa.String(length=2500), nullable=False),
        sa.Column("tech_code", sa.String(length=50), nullable=True),
        sa.Column("tech_info", sa.String(length=500), nullable=True),
        sa.Column("cleared", sa.Boolean(), nullable=True),
        sa.Column("transaction_id", sa.String(length=36), nullable=True),
        sa.Column("variable_monitoring_id", sa.Integer(), nullable=True),
        sa.Column("notification_type", sa.String(length=32), nullable=False),
        sa.Column("component", sa.String(length=50), nullable=False),
        sa.Column("component_instance", sa.String(length=50), nullable=True),
        sa.Column("evse_id", sa.Integer(), nullable=True),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("variable", sa.String(length=50), nullable=False),
        sa.Column("variable_instance", sa.String(length=50), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_charger_device_events_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charger_device_events")),
    )
    with op.batch_alter_table("charger_device_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_charger_device_events_charger_id_at"), ["charger_id", "at"], unique=False
        )
    op.create_table(
        "variable_monitors",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("charger_id", BIG_ID, nullable=False),
        sa.Column("monitor_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(length=50), nullable=False),
        sa.Column("component_instance", sa.String(length=50), nullable=True),
        sa.Column("evse_id", sa.Integer(), nullable=True),
        sa.Column("connector_id", sa.Integer(), nullable=True),
        sa.Column("variable", sa.String(length=50), nullable=False),
        sa.Column("variable_instance", sa.String(length=50), nullable=True),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("transaction", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(_in("type", MONITOR_TYPES), name=op.f("ck_variable_monitors_type")),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.id"],
            name=op.f("fk_variable_monitors_charger_id_chargers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_variable_monitors")),
        sa.UniqueConstraint(
            "charger_id", "monitor_id", name=op.f("uq_variable_monitors_charger_id_monitor_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("variable_monitors")
    op.drop_table("charger_device_events")  # its index goes with it
    op.drop_table("display_messages")
    op.drop_table("device_model_reports")
    op.drop_table("device_model_variables")
