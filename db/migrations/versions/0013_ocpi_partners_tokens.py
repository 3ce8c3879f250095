"""ocpi_partners (roaming partners over OCPI 2.2.1: handshake state, tokens, endpoints) and
ocpi_tokens (partners' drivers' tokens, each backed by an idTag)

On a big database: online (two new tables).

Revision ID: 0013_ocpi
Revises: 0012_ocpp201b
Create Date: 2026-12-06 02:10:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = "0013_ocpi"
down_revision: str | Sequence[str] | None = "0012_ocpp201b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), "mysql")


def upgrade() -> None:
    op.create_table(
        "ocpi_partners",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("versions_url", sa.String(length=255), nullable=True),
        sa.Column("version", sa.String(length=8), nullable=True),
        sa.Column("endpoints", sa.Text(), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("party_id", sa.String(length=3), nullable=True),
        sa.Column("roles", sa.Text(), nullable=True),
        sa.Column("token_a_hash", sa.String(length=64), nullable=True),
        sa.Column("inbound_token_hash", sa.String(length=64), nullable=True),
        sa.Column("outbound_token", sa.String(length=64), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(
            "state IN ('PENDING', 'REGISTERED', 'UNREGISTERED')", name=op.f("ck_ocpi_partners_state")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_partners")),
        sa.UniqueConstraint("inbound_token_hash", name=op.f("uq_ocpi_partners_inbound_token_hash")),
        sa.UniqueConstraint("token_a_hash", name=op.f("uq_ocpi_partners_token_a_hash")),
    )
    op.create_table(
        "ocpi_tokens",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("partner_id", BIG_ID, nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("party_id", sa.String(length=3), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=12), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("last_updated", UTC, nullable=False),
        sa.Column("id_tag_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.CheckConstraint(
            "type IN ('AD_HOC_USER', 'APP_USER', 'OTHER', 'RFID')", name=op.f("ck_ocpi_tokens_type")
        ),
        sa.ForeignKeyConstraint(
            ["id_tag_id"], ["id_tags.id"], name=op.f("fk_ocpi_tokens_id_tag_id_id_tags"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["ocpi_partners.id"],
            name=op.f("fk_ocpi_tokens_partner_id_ocpi_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ocpi_tokens")),
        sa.UniqueConstraint("country_code", "party_id", "uid", "type", name="uq_ocpi_tokens_party_uid"),
    )
    with op.batch_alter_table("ocpi_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ocpi_tokens_partner_id"), ["partner_id"], unique=False)


def downgrade() -> None:
    op.drop_table("ocpi_tokens")
    op.drop_table("ocpi_partners")
