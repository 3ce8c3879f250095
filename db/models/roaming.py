"""Roaming over OCPI 2.2.1: the partner platforms we are registered with, and the tokens of their
drivers that they pushed to us (each one backed by an idTag, so a charger's Authorize goes through the
one id-tag rule).

Tokens the partner uses to call us are stored as SHA-256 digests (we only compare them); the token we
use to call the partner is stored as given, since we must send it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import BigId, Timestamps, UTCDateTime, enum_check, partner_fk, pk

__all__ = ["OCPI_PARTNER_STATES", "OCPI_TOKEN_TYPES", "OcpiPartner", "OcpiToken"]

#: PENDING: we issued token A and wait for the partner to register; REGISTERED: tokens B/C in use;
#: UNREGISTERED: either side ended the registration (no traffic).
OCPI_PARTNER_STATES = ("PENDING", "REGISTERED", "UNREGISTERED")

OCPI_TOKEN_TYPES = ("AD_HOC_USER", "APP_USER", "OTHER", "RFID")


class OcpiPartner(Timestamps, Base):
    __tablename__ = "ocpi_partners"
    __table_args__ = (enum_check("state", OCPI_PARTNER_STATES),)

    id: Mapped[int] = pk()
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    state: Mapped[str] = mapped_column(String(16), default="PENDING", nullable=False)
    #: The partner's versions URL (None until they register with us or we are given it).
    versions_url: Mapped[str | None] = mapped_column(String(255))
    #: The negotiated version and the partner's endpoints for it (JSON list of {identifier, role, url}).
    version: Mapped[str | None] = mapped_column(String(8))
    endpoints: Mapped[str | None] = mapped_column(Text)
    #: Their party: country_code and party_id (uppercase) and their roles (JSON) from the credentials.
    country_code: Mapped[str | None] = mapped_column(String(2))
    party_id: Mapped[str | None] = mapped_column(String(3))
    roles: Mapped[str | None] = mapped_column(Text)
    #: SHA-256 of the token A we issued (only while PENDING).
    token_a_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: SHA-256 of the token the partner uses to call us (B when we registered with them, C otherwise).
    inbound_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: The token we use to call the partner (their A before registration, then B or C).
    outbound_token: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(String(500))


class OcpiToken(Timestamps, Base):
    """A partner driver's token (OCPI Token object), backed by the idTag chargers present."""

    __tablename__ = "ocpi_tokens"
    __table_args__ = (
        UniqueConstraint("country_code", "party_id", "uid", "type", name="uq_ocpi_tokens_party_uid"),
        enum_check("type", OCPI_TOKEN_TYPES),
    )

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    party_id: Mapped[str] = mapped_column(String(3), nullable=False)
    uid: Mapped[str] = mapped_column(String(36), nullable=False)
    type: Mapped[str] = mapped_column(String(12), nullable=False)
    valid: Mapped[bool] = mapped_column(Boolean, nullable=False)
    #: The whole Token object as last received (JSON), returned by GET.
    body: Mapped[str] = mapped_column(Text, nullable=False)
    last_updated: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    id_tag_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("id_tags.id", ondelete="SET NULL"))
