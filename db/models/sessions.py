"""Charging: remote-start requests, refused starts, sessions (OCPP transactions), meter values
and reservations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, synonym, validates

from db.base import Base
from db.models.columns import (
    BigId,
    CiKey,
    Timestamps,
    UTCDateTime,
    charger_fk,
    ci_key_default,
    ci_string_key,
    created_column,
    enum_check,
    pk,
    user_fk,
)

if TYPE_CHECKING:
    from db.models.chargers import Charger
    from db.models.money import Receipt

__all__ = [
    "CHARGING_REQUEST_STATUSES",
    "SESSION_STATUSES",
    "RESERVATION_STATUSES",
    "ChargingRequest",
    "FavouriteCharger",
    "StartRefusal",
    "ChargingSession",
    "MeterValue",
    "Reservation",
]


CHARGING_REQUEST_STATUSES = ("Requested", "Accepted", "Rejected", "Started", "Stopped", "Failed", "TimedOut")

SESSION_STATUSES = ("Active", "Completed")

RESERVATION_STATUSES = (
    "Requested",
    "Accepted",
    "Faulted",
    "Occupied",
    "Rejected",
    "Unavailable",
    "Cancelled",
    "Expired",
    "Used",
)


class ChargingRequest(Timestamps, Base):
    """A remote-start handle: a driver's request that resolves to the session the charger starts."""

    __tablename__ = "charging_requests"
    __table_args__ = (
        enum_check("status", CHARGING_REQUEST_STATUSES),
        Index(None, "charger_id", "status"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int | None] = mapped_column(Integer)
    vehicle_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("vehicles.id", ondelete="SET NULL"))
    id_tag: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), default="Requested", nullable=False)
    error: Mapped[str | None] = mapped_column(String(255))
    session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL"), index=True
    )


class FavouriteCharger(Base):
    """A charger a driver starred in the app (shown on their home screen)."""

    __tablename__ = "favourite_chargers"
    __table_args__ = (UniqueConstraint("user_id", "charger_id"),)

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False, index=False)
    charger_id: Mapped[int] = charger_fk(index=True)
    created_at: Mapped[dt.datetime] = created_column()


class StartRefusal(Base):
    """A start the platform refused for a reason the driver can fix (``no_credit``: the wallet is
    below the minimum balance), at any start path (Authorize, StartTransaction, the app). Shown to
    the driver in the app; ``transaction_id`` is set when the charger had started anyway (offline)."""

    __tablename__ = "start_refusals"
    __table_args__ = (Index(None, "user_id", "created_at"),)

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False, index=False)
    charger_id: Mapped[int | None] = charger_fk("SET NULL", nullable=True, index=True)
    connector_id: Mapped[int | None] = mapped_column(Integer)
    id_tag: Mapped[str | None] = mapped_column(String(36))
    stage: Mapped[str] = mapped_column(String(24), nullable=False)
    reason: Mapped[str] = mapped_column(String(32), nullable=False)
    required_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    balance_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = created_column()


class ChargingSession(Timestamps, Base):
    """A charging session = an OCPP transaction. ``id`` is the transactionId given to the charger."""

    __tablename__ = "charging_sessions"
    __table_args__ = (
        # A duplicate StartTransaction (same start) must map to the same transaction: enforced here.
        UniqueConstraint(
            "charger_id",
            "connector_id",
            "id_tag",
            "started_at",
            "meter_start",
            name="uq_charging_sessions_start",
        ),
        enum_check("status", SESSION_STATUSES),
        Index(None, "user_id", "started_at"),
        # A driver's history, newest first, a page at a time (keyset on id).
        Index(None, "user_id", "id"),
        Index(None, "charger_id", "status"),
        Index(None, "status", "billed"),
        Index(None, "started_at"),
        Index(None, "id_tag_key", "status"),
        # OCPP 2.0.1: the charger names its transactions (a string); one per charger.
        Index("uq_charging_sessions_ocpp_tx", "charger_id", "ocpp_transaction_id", unique=True),
    )

    #: The OCPP transactionId (32-bit), assigned by the database.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    transaction_id = synonym("id")
    #: OCPP 2.0.1: the transactionId the charger gave the transaction (None for OCPP 1.6, where the
    #: platform's `id` is the transactionId).
    ocpp_transaction_id: Mapped[str | None] = mapped_column(String(36))
    #: OCPP 2.0.1: the highest TransactionEvent seqNo received for this transaction.
    ocpp_seq_no: Mapped[int | None] = mapped_column(Integer)
    charger_id: Mapped[int] = charger_fk("RESTRICT")
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    id_tag: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    #: ci_string_key(id_tag): the concurrent-transaction check compares by it.
    id_tag_key: Mapped[str] = mapped_column(CiKey, nullable=False, default=ci_key_default("id_tag"))
    user_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    vehicle_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("vehicles.id", ondelete="SET NULL"))
    reservation_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("reservations.id", ondelete="SET NULL")
    )
    tariff_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("tariffs.id", ondelete="SET NULL"))
    #: The tariff as it was at start (prices may change while charging).
    tariff_snapshot: Mapped[Any] = mapped_column(JSON, nullable=True)
    membership_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("memberships.id", ondelete="SET NULL")
    )
    #: Who started it: "app" (a driver's app), "admin" (an admin's RemoteStartTransaction from the
    #: console), "api_key" (a RemoteStartTransaction through an API key), "local" (at the charger:
    #: RFID, free vend). Sessions recorded before said "remote" for app starts.
    start_source: Mapped[str | None] = mapped_column(String(16))
    #: The user who started it remotely (the driver for "app", the admin for "admin"/"api_key").
    started_by_user_id: Mapped[int | None] = user_fk("SET NULL", index=False)
    #: The API key a remote start came through.
    started_by_api_key_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("api_keys.id", ondelete="SET NULL")
    )
    meter_start: Mapped[int] = mapped_column(BigInteger, nullable=False)  # Wh
    meter_stop: Mapped[int | None] = mapped_column(BigInteger)  # Wh
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    stopped_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: When energy stopped flowing (start of idle time for idle fees): the charger's SuspendedEV while
    #: the session runs (cleared when it charges again), else the stop.
    charging_ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: When the driver was told the idle fee starts (once per session; set by a conditional update).
    idle_notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    stop_requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: Who asked the charger to stop: "driver", "operator" or "prepaid_guard" (none: the charger's own).
    stop_requested_by: Mapped[str | None] = mapped_column(String(16))
    stop_reason: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="Active", nullable=False)
    transaction_data: Mapped[Any] = mapped_column(JSON, nullable=True)
    cost_lines: Mapped[Any] = mapped_column(JSON, nullable=True)
    total_cost_sen: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    billed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    #: Started with a partner's token: an ocpi_sessions row tells the partner of its readings and
    #: stop. Kept on the session so a reading of any other session needs no query to know it.
    roaming: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    billed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    energy_wh: Mapped[int | None] = mapped_column(BigInteger)
    #: Sanity-check flags for the operator (e.g. ["meter_stop_lt_start", "future_timestamp"]).
    flags: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Cache of the latest meter reading (for live screens and the prepaid guard).
    last_energy_wh: Mapped[int | None] = mapped_column(BigInteger)
    last_power_w: Mapped[float | None] = mapped_column(Double)
    last_soc: Mapped[float | None] = mapped_column(Double)
    last_meter_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    charger: Mapped[Charger] = relationship()
    receipt: Mapped[Receipt | None] = relationship(
        primaryjoin="ChargingSession.id == foreign(Receipt.session_id)", uselist=False, viewonly=True
    )

    @property
    def receipt_id(self) -> int | None:
        """The receipt (receipts.session_id is the FK, UNIQUE, so one receipt per session)."""
        return self.receipt.id if self.receipt is not None else None

    @validates("id_tag")
    def _set_key(self, _key: str, value: str) -> str:
        self.id_tag_key = ci_string_key(value)
        return value


class MeterValue(Base):
    """One sampled value of a MeterValues (or transactionData) reading."""

    __tablename__ = "meter_values"
    __table_args__ = (
        Index(None, "charger_id", "timestamp"),
        Index(None, "transaction_id", "timestamp"),
    )

    id: Mapped[int] = pk()
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    #: As reported by the charger; no FK, because a charger may report an unknown transactionId
    #: (stored and flagged, never rejected). Equals charging_sessions.id when known.
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    timestamp: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    measurand: Mapped[str] = mapped_column(
        String(64), default="Energy.Active.Import.Register", nullable=False
    )
    phase: Mapped[str | None] = mapped_column(String(8))
    unit: Mapped[str | None] = mapped_column(String(16))
    location: Mapped[str | None] = mapped_column(String(16))
    context: Mapped[str | None] = mapped_column(String(32))
    format: Mapped[str | None] = mapped_column(String(16))
    raw_value: Mapped[str] = mapped_column(String(64), nullable=False)
    #: Normalised to the base unit (Wh, varh, W, var, A, V, Celsius, Percent, Hz); NULL if unparseable.
    value: Mapped[float | None] = mapped_column(Double)
    created_at: Mapped[dt.datetime] = created_column()


class Reservation(Timestamps, Base):
    """A connector reservation. ``id`` is the OCPP reservationId. Its fee posting is found by its
    idempotency key (e.g. ``reservation:<id>``)."""

    __tablename__ = "reservations"
    __table_args__ = (
        enum_check("status", RESERVATION_STATUSES),
        CheckConstraint("fee_sen >= 0", name="fee_nonneg"),
        Index(None, "charger_id", "connector_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reservation_id = synonym("id")
    charger_id: Mapped[int] = charger_fk()
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    user_id: Mapped[int | None] = user_fk("SET NULL")
    id_tag: Mapped[str] = mapped_column(String(36), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), default="Requested", nullable=False)
    fee_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
