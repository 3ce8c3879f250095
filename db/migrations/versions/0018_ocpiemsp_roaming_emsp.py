"""ocpi_partner_locations, ocpi_partner_tariffs, ocpi_roaming_sessions and ocpi_cdrs (roaming as
eMSP: the partners' Locations and Tariffs as they pulled or pushed them to us, our drivers'
sessions at their chargers, and the CDRs billed to our drivers)

On a big database: online (four new tables).

Revision ID: 0018_ocpiemsp
Revises: 0017_sc201
Create Date: 2026-12-06 07:51:55.360612

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0018_ocpiemsp"
down_revision: str | Sequence[str] | None = "0017_sc201"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ocpi_partner_locations",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("partner_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("party_id", sa.String(length=3), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("latitude", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("longitude", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("evses", sa.Integer(), nullable=False),
        sa.Column("available", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(length=16777215), nullable=False),
        sa.Column(
            "last_updated",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_partner_locations_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_partner_locations")),
        sa.UniqueConstraint(
            "partner_id", "country_code", "party_id", "location_id", name="uq_ocpi_partner_locations_id"
        ),
    )
    with op.batch_alter_table("ocpi_partner_locations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ocpi_partner_locations_latitude_longitude"),
            ["latitude", "longitude"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_ocpi_partner_locations_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "ocpi_partner_tariffs",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("partner_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("party_id", sa.String(length=3), nullable=False),
        sa.Column("tariff_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("body", sa.Text(length=16777215), nullable=False),
        sa.Column(
            "last_updated",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_partner_tariffs_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_partner_tariffs")),
        sa.UniqueConstraint(
            "partner_id", "country_code", "party_id", "tariff_id", name="uq_ocpi_partner_tariffs_id"
        ),
    )
    with op.batch_alter_table("ocpi_partner_tariffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ocpi_partner_tariffs_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "ocpi_roaming_sessions",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("partner_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("evse_uid", sa.String(length=36), nullable=True),
        sa.Column("token_uid", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("start_response", sa.String(length=24), nullable=True),
        sa.Column("start_result", sa.String(length=24), nullable=True),
        sa.Column("stop_response", sa.String(length=24), nullable=True),
        sa.Column("stop_result", sa.String(length=24), nullable=True),
        sa.Column("authorization_reference", sa.String(length=36), nullable=False),
        sa.Column("response_key", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("kwh", sa.Numeric(precision=12, scale=4), nullable=False),
        sa.Column("body", sa.Text(length=16777215), nullable=True),
        sa.Column(
            "last_updated",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=True,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_roaming_sessions_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_ocpi_roaming_sessions_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_roaming_sessions")),
        sa.UniqueConstraint(
            "authorization_reference", name=op.f("uq_ocpi_roaming_sessions_authorization_reference")
        ),
        sa.UniqueConstraint("partner_id", "session_id", name="uq_ocpi_roaming_sessions_session"),
        sa.UniqueConstraint("response_key", name=op.f("uq_ocpi_roaming_sessions_response_key")),
    )
    with op.batch_alter_table("ocpi_roaming_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ocpi_roaming_sessions_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ocpi_roaming_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "ocpi_cdrs",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("partner_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("party_id", sa.String(length=3), nullable=False),
        sa.Column("cdr_id", sa.String(length=39), nullable=False),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("roaming_session_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("receipt_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("energy_wh", sa.BigInteger(), nullable=False),
        sa.Column("total_sen", sa.BigInteger(), nullable=False),
        sa.Column("tax_sen", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "end_date_time",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("flag", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(length=16777215), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_cdrs_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipts.id"],
            name=op.f("fk_ocpi_cdrs_receipt_id_receipts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["roaming_session_id"],
            ["ocpi_roaming_sessions.id"],
            name=op.f("fk_ocpi_cdrs_roaming_session_id_ocpi_roaming_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_ocpi_cdrs_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_cdrs")),
        sa.UniqueConstraint("partner_id", "country_code", "party_id", "cdr_id", name="uq_ocpi_cdrs_id"),
    )
    with op.batch_alter_table("ocpi_cdrs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ocpi_cdrs_end_date_time"), ["end_date_time"], unique=False)
        batch_op.create_index(batch_op.f("ix_ocpi_cdrs_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ocpi_cdrs_roaming_session_id"), ["roaming_session_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ocpi_cdrs_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("ocpi_cdrs")
    op.drop_table("ocpi_roaming_sessions")
    op.drop_table("ocpi_partner_tariffs")
    op.drop_table("ocpi_partner_locations")
