"""Roaming as eMSP (our drivers at partners' chargers): the partners' Locations and Tariffs as they
pulled or pushed them to us. Each row keeps the whole OCPI object (JSON) as last received, plus the
few fields the driver app's map and list filter and sort on.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import (
    BigId,
    LongText,
    Timestamps,
    UTCDateTime,
    created_column,
    partner_fk,
    pk,
    user_fk,
)

__all__ = [
    "OcpiCdr",
    "OcpiEmspCommand",
    "OcpiPartnerLocation",
    "OcpiPartnerTariff",
    "OcpiRoamingReservation",
    "OcpiRoamingSession",
]


class OcpiPartnerLocation(Timestamps, Base):
    """A partner's Location (their charging site) as OCPI sends it."""

    __tablename__ = "ocpi_partner_locations"
    __table_args__ = (
        UniqueConstraint(
            "partner_id", "country_code", "party_id", "location_id", name="uq_ocpi_partner_locations_id"
        ),
        Index(None, "latitude", "longitude"),
    )

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    #: The CPO party (uppercase) and its Location id (a CiString, stored uppercase).
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    party_id: Mapped[str] = mapped_column(String(3), nullable=False)
    location_id: Mapped[str] = mapped_column(String(36), nullable=False)
    name: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[Decimal] = mapped_column(Numeric(9, 6), nullable=False)
    longitude: Mapped[Decimal] = mapped_column(Numeric(9, 6), nullable=False)
    #: EVSEs that are not REMOVED, and how many of them are AVAILABLE (kept in step with `body`).
    evses: Mapped[int] = mapped_column(Integer, nullable=False)
    available: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The whole Location object (JSON) as last received.
    body: Mapped[str] = mapped_column(LongText, nullable=False)
    last_updated: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class OcpiPartnerTariff(Timestamps, Base):
    """A partner's Tariff as OCPI sends it."""

    __tablename__ = "ocpi_partner_tariffs"
    __table_args__ = (
        UniqueConstraint(
            "partner_id", "country_code", "party_id", "tariff_id", name="uq_ocpi_partner_tariffs_id"
        ),
    )

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    party_id: Mapped[str] = mapped_column(String(3), nullable=False)
    tariff_id: Mapped[str] = mapped_column(String(36), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    body: Mapped[str] = mapped_column(LongText, nullable=False)
    last_updated: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class OcpiRoamingSession(Timestamps, Base):
    """One of our drivers' charging sessions at a partner's charger: the START_SESSION we sent (and
    its result), then the Session the partner sends (status, energy), then the STOP_SESSION."""

    __tablename__ = "ocpi_roaming_sessions"
    __table_args__ = (UniqueConstraint("partner_id", "session_id", name="uq_ocpi_roaming_sessions_session"),)

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    user_id: Mapped[int] = user_fk("RESTRICT", nullable=False)
    #: The partner's Location and EVSE (as OCPI names them) and the token the session runs on.
    location_id: Mapped[str] = mapped_column(String(36), nullable=False)
    evse_uid: Mapped[str | None] = mapped_column(String(36))
    token_uid: Mapped[str] = mapped_column(String(36), nullable=False)
    #: REQUESTED (START_SESSION sent), FAILED (refused or failed), then the partner's SessionStatus
    #: (PENDING, ACTIVE, COMPLETED, INVALID, RESERVATION).
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    #: The results of our commands: CommandResponse, then CommandResult (OCPI result names).
    start_response: Mapped[str | None] = mapped_column(String(24))
    start_result: Mapped[str | None] = mapped_column(String(24))
    stop_response: Mapped[str | None] = mapped_column(String(24))
    stop_result: Mapped[str | None] = mapped_column(String(24))
    #: Matches the partner's Session to our request (we send it in START_SESSION).
    authorization_reference: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    #: The secret part of our response_url for this session's command results.
    response_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    #: The partner's Session id once it sent the Session, its energy, and the Session as last sent.
    session_id: Mapped[str | None] = mapped_column(String(36))
    kwh: Mapped[Decimal] = mapped_column(Numeric(12, 4), nullable=False, default=Decimal(0))
    body: Mapped[str | None] = mapped_column(LongText)
    last_updated: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class OcpiCdr(Timestamps, Base):
    """A partner's CDR (the final, immutable record of one of our drivers' sessions at its charger):
    billed to the driver's wallet once (the posting's idempotency key names it), or flagged."""

    __tablename__ = "ocpi_cdrs"
    __table_args__ = (
        UniqueConstraint("partner_id", "country_code", "party_id", "cdr_id", name="uq_ocpi_cdrs_id"),
    )

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    party_id: Mapped[str] = mapped_column(String(3), nullable=False)
    cdr_id: Mapped[str] = mapped_column(String(39), nullable=False)
    #: The driver billed (None when the CDR's token is not one of ours: flagged, not billed).
    user_id: Mapped[int | None] = user_fk("RESTRICT")
    roaming_session_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("ocpi_roaming_sessions.id", ondelete="SET NULL"), index=True
    )
    receipt_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("receipts.id", ondelete="RESTRICT"))
    #: The CDR's totals: energy in Wh, cost incl. and excl. tax in sen, its currency, its end.
    energy_wh: Mapped[int] = mapped_column(BigInteger, nullable=False)
    total_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tax_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    end_date_time: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    #: BILLED, or FLAGGED (not billed: see `flag`); a later CDR with this id and other content sets
    #: `flag` to "conflict" and changes nothing else.
    status: Mapped[str] = mapped_column(String(8), nullable=False)
    flag: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(LongText, nullable=False)


class OcpiRoamingReservation(Timestamps, Base):
    """One of our drivers' reservations of a partner's EVSE (RESERVE_NOW sent on their behalf)."""

    __tablename__ = "ocpi_roaming_reservations"

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    user_id: Mapped[int] = user_fk("RESTRICT", nullable=False)
    location_id: Mapped[str] = mapped_column(String(36), nullable=False)
    evse_uid: Mapped[str] = mapped_column(String(36), nullable=False)
    #: The reservation_id we give the partner (unique on our platform, as OCPI asks).
    reservation_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    #: REQUESTED (RESERVE_NOW sent), RESERVED (the partner's result ACCEPTED), FAILED, TIMEOUT (no
    #: result in time), CANCELLED (by the driver), CANCELED_BY_CPO (the partner's CANCELED_RESERVATION).
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class OcpiEmspCommand(Base):
    """A command we sent to a partner's commands receiver (START_SESSION, STOP_SESSION, RESERVE_NOW,
    CANCEL_RESERVATION, UNLOCK_CONNECTOR) and its asynchronous CommandResult. A result that has not
    come by `deadline_at` is taken as lost (TIMEOUT); one that comes later is still recorded."""

    __tablename__ = "ocpi_emsp_commands"

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk(index=True)
    command: Mapped[str] = mapped_column(String(24), nullable=False)
    #: What the command is about: a driver's session or reservation at the partner.
    roaming_session_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("ocpi_roaming_sessions.id", ondelete="CASCADE"), index=True
    )
    reservation_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("ocpi_roaming_reservations.id", ondelete="CASCADE"), index=True
    )
    #: Who asked: the driver, or the operator (UNLOCK_CONNECTOR from the console).
    requested_by: Mapped[int | None] = user_fk("SET NULL")
    #: The secret part of this command's response_url.
    response_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    #: SENT (waiting for the result), ANSWERED, FAILED (refused or unreachable at once), TIMEOUT.
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    response: Mapped[str | None] = mapped_column(String(24))
    result: Mapped[str | None] = mapped_column(String(24))
    deadline_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    result_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = created_column()
