"""Roaming as CPO over OCPI 2.2.1: the charging sessions partners' drivers hold at our chargers (with
their CDR once billed), and the durable outbox every push to a partner goes through.

An outbox row names an object (a session, a CDR, an EVSE) and a partner, by an idempotency key that is
unique per partner: a change marks the row pending again (``version`` + 1) instead of adding a row, so
a partner that was down gets the latest state once, and a CDR is posted once.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.columns import BigId, Timestamps, UTCDateTime, created_column, enum_check, partner_fk, pk

__all__ = [
    "OCPI_OUTBOX_KINDS",
    "OCPI_AUTH_METHODS",
    "OCPI_CALL_DIRECTIONS",
    "OcpiSession",
    "OcpiOutbox",
    "OcpiCall",
    "OcpiReservation",
    "OcpiCommandResult",
]

#: What an outbox row delivers: a Session (PUT, then PATCH), a CDR (POST once), an EVSE's status (PATCH),
#: a command's result (POST once to the partner's response_url).
OCPI_OUTBOX_KINDS = ("session", "cdr", "evse", "result", "token", "tariff")
OCPI_AUTH_METHODS = ("AUTH_REQUEST", "COMMAND", "WHITELIST")
#: in: a partner called us; out: we called a partner.
OCPI_CALL_DIRECTIONS = ("in", "out")


class OcpiSession(Base):
    """A charging session at our charger started with a partner's token (a roaming session)."""

    __tablename__ = "ocpi_sessions"
    __table_args__ = (
        enum_check("auth_method", OCPI_AUTH_METHODS),
        Index(None, "partner_id", "last_updated"),
        Index(None, "partner_id", "cdr_at"),
    )

    #: The charging session (its id is the OCPI Session id).
    session_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = partner_fk()
    token_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ocpi_tokens.id", ondelete="SET NULL"))
    #: The CdrToken (JSON) as it was at start.
    cdr_token: Mapped[str] = mapped_column(Text, nullable=False)
    auth_method: Mapped[str] = mapped_column(String(16), nullable=False)
    authorization_reference: Mapped[str | None] = mapped_column(String(36))
    #: The Session object's last_updated (paging and date_from/date_to of the Sessions pull).
    last_updated: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    #: The CDR (JSON) as first issued: CDRs are immutable. None until the session is billed.
    cdr: Mapped[str | None] = mapped_column(Text)
    cdr_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = created_column()


class OcpiOutbox(Timestamps, Base):
    """One object to deliver to one partner, retried with backoff until the partner takes it."""

    __tablename__ = "ocpi_outbox"
    __table_args__ = (
        UniqueConstraint("partner_id", "key", name="uq_ocpi_outbox_partner_key"),
        enum_check("kind", OCPI_OUTBOX_KINDS),
        Index(None, "pending", "next_attempt_at"),
    )

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk()
    #: The idempotency key: `session:<id>`, `cdr:<id>`, `evse:<uid>`, `token:<uid>`, `tariff:<id>`.
    key: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    #: The object: the charging session's id, `<charger id>-<connector id>` for an EVSE, the idTag's
    #: id for a token, the tariff's id for a tariff.
    ref: Mapped[str] = mapped_column(String(40), nullable=False)
    pending: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    #: Raised by every change; a delivery marks the row delivered only if no change came meanwhile.
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    #: Whether the partner holds the object already (a Session is PUT first, then PATCHed).
    delivered_once: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))


class OcpiCall(Base):
    """The OCPI log: every call in both directions with its outcome (bounded: the oldest rows go)."""

    __tablename__ = "ocpi_calls"
    __table_args__ = (enum_check("direction", OCPI_CALL_DIRECTIONS), Index(None, "partner_id", "id"))

    id: Mapped[int] = pk()
    #: The partner (None: a caller we could not identify, or a partner deleted since).
    partner_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ocpi_partners.id", ondelete="SET NULL"))
    direction: Mapped[str] = mapped_column(String(3), nullable=False)
    method: Mapped[str] = mapped_column(String(8), nullable=False)
    url: Mapped[str] = mapped_column(String(255), nullable=False)
    #: The HTTP status and the OCPI status_code of the answer (None: no answer).
    http_status: Mapped[int | None] = mapped_column(Integer)
    ocpi_status: Mapped[int | None] = mapped_column(Integer)
    #: The answer's status_message, or why the call failed.
    message: Mapped[str | None] = mapped_column(String(300))
    duration_ms: Mapped[int] = mapped_column(Integer, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class OcpiReservation(Base):
    """A partner's RESERVE_NOW: its reservation id (a CiString of theirs) and the reservation it made."""

    __tablename__ = "ocpi_reservations"
    __table_args__ = (
        UniqueConstraint("partner_id", "reference", name="uq_ocpi_reservations_partner_reference"),
    )

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk()
    #: The partner's reservation_id (uppercase).
    reference: Mapped[str] = mapped_column(String(36), nullable=False)
    reservation_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("reservations.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[dt.datetime] = created_column()


class OcpiCommandResult(Base):
    """A partner's command's CommandResult, to POST to its response_url (through the outbox)."""

    __tablename__ = "ocpi_command_results"

    id: Mapped[int] = pk()
    partner_id: Mapped[int] = partner_fk()
    response_url: Mapped[str] = mapped_column(String(255), nullable=False)
    #: The CommandResult (JSON).
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = created_column()
