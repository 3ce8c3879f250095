"""The PlagSini data model: typed SQLAlchemy 2 models for every area of the platform.

Conventions (see also ``db/base.py`` for constraint naming):

- Money is an integer number of sen (``BigInteger``); unit prices that need fractional sen are
  ``Numeric(12, 4)`` (``SenPrice``).
- Timestamps are ``UTCDateTime``: stored as UTC (microsecond precision on MariaDB), always read
  back as timezone-aware UTC datetimes. Use :func:`utcnow` for "now".
- Enumerations are ``String`` + a named CHECK constraint (no native ENUM); the allowed values are
  the module-level tuples below, so domain code can import them.
- Surrogate primary keys are ``BigInteger`` (``Integer`` on SQLite so that they autoincrement),
  except ``charging_sessions.id`` and ``reservations.id``, which are 32-bit ``Integer`` because
  they are handed to chargers as the OCPP ``transactionId`` / ``reservationId``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Mapped, mapped_column, relationship, synonym, validates
from sqlalchemy.types import TypeDecorator, TypeEngine

from db.base import Base

__all__ = [
    "Base",
    "utcnow",
    "UTCDateTime",
    "BigId",
    "ci_string_key",
    "SenPrice",
    "is_constraint_violation",
    # accounts
    "User",
    "EmailVerification",
    "RefreshToken",
    "ApiKey",
    "IdTag",
    "Vehicle",
    # money
    "LedgerAccount",
    "LedgerPosting",
    "LedgerEntry",
    "Payment",
    "PaymentGatewayEvent",
    "Tariff",
    "MembershipPlan",
    "Membership",
    "RewardItem",
    "RewardRedemption",
    "RewardPointMovement",
    "Referral",
    "Receipt",
    "ReceiptCounter",
    # chargers / OCPP
    "Charger",
    "Connector",
    "ChargingRequest",
    "ChargingSession",
    "MeterValue",
    "Fault",
    "MaintenanceRecord",
    "Reservation",
    "ChargingProfile",
    "FirmwareJob",
    "DiagnosticsJob",
    "ChargerConfiguration",
    "OcppMessage",
    "OcppCommand",
    # platform
    "SupportMessage",
    "PlatformSetting",
    "Node",
    "AuditLog",
]


# --------------------------------------------------------------------------------------------------
# Types and helpers
# --------------------------------------------------------------------------------------------------


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def ci_string_key(value: str) -> str:
    """The comparison key of an OCPP CiString (idTag, parentIdTag): CiStrings are case-insensitive.
    ASCII letters are upper-cased (OCPP identifiers are printable ASCII); any other character is
    compared as it is, on every database (the key columns compare bytes: utf8mb4_bin on MySQL)."""
    return value.translate(_ASCII_UPPER)


def _ci_key_default(column: str) -> Any:
    def default(context: Any) -> str | None:
        value = context.get_current_parameters().get(column)
        return ci_string_key(value) if value is not None else None

    return default


#: A CiString key column: compared byte for byte on every database.
CiKey = String(20).with_variant(mysql.VARCHAR(20, collation="utf8mb4_bin"), "mysql", "mariadb")


def utcnow() -> dt.datetime:
    """Timezone-aware 'now' in UTC; the default for every timestamp column."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A UTC timestamp. Aware datetimes are converted to UTC on write; values are read back aware (UTC).

    SQLite and MariaDB both store a naive value; naive input is taken to be UTC already.
    On MySQL/MariaDB the column is ``DATETIME(6)`` so sub-second ordering is kept.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "mysql":
            return dialect.type_descriptor(mysql.DATETIME(timezone=True, fsp=6))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


#: Surrogate key type: BIGINT on MariaDB, INTEGER on SQLite (so that it is the rowid and autoincrements).
BigId = BigInteger().with_variant(Integer(), "sqlite")

#: A unit price in sen with sub-sen precision (e.g. 45.5000 sen per kWh).
SenPrice = Numeric(12, 4, asdecimal=True)

#: Text column large enough for OCPP frames / payloads (MEDIUMTEXT on MariaDB, TEXT on SQLite).
LongText = Text(16_777_215)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def enum_check(column: str, values: tuple[str, ...], name: str | None = None) -> CheckConstraint:
    """CHECK that ``column`` is one of ``values``; named ``ck_<table>_<name or column>``."""
    return CheckConstraint(_in(column, values), name=name or column)


def nullable_enum_check(column: str, values: tuple[str, ...], name: str | None = None) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR {_in(column, values)}", name=name or column)


#: The collation of email columns on MySQL/MariaDB: binary, so that addresses (normalised once, in
#: ``domain.accounts.normalize_email``) compare byte for byte there as on SQLite. With the default
#: accent- and case-insensitive collation ``dáve@x`` found the account of ``dave@x``. (MariaDB's
#: ``utf8mb4_bin`` ignores trailing spaces in comparisons; a normalised address has no spaces.)
EMAIL_COLLATION = "utf8mb4_bin"


def email_type() -> TypeEngine[str]:
    """The type of every email column: ``VARCHAR(191)``, binary collation on MySQL/MariaDB."""
    return String(191).with_variant(
        mysql.VARCHAR(191, charset="utf8mb4", collation=EMAIL_COLLATION), "mysql", "mariadb"
    )


def _pk() -> Mapped[int]:
    return mapped_column(BigId, primary_key=True, autoincrement=True)


def _created() -> Mapped[dt.datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False)


def _updated() -> Mapped[dt.datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


def _user_fk(ondelete: str = "SET NULL", *, nullable: bool = True, index: bool = True) -> Mapped[Any]:
    return mapped_column(BigId, ForeignKey("users.id", ondelete=ondelete), nullable=nullable, index=index)


#: MariaDB/MySQL error numbers for a failed CHECK constraint (asyncmy maps them to OperationalError).
_CHECK_VIOLATION_ERRNOS = (4025, 3819)


def is_constraint_violation(exc: BaseException) -> bool:
    """True when a database error is a UNIQUE / FK / NOT NULL / CHECK violation, on every backend.

    SQLite and MariaDB raise ``IntegrityError`` for UNIQUE/FK/NOT NULL (and SQLite for CHECK), but
    MariaDB's failed CHECK arrives as ``OperationalError`` (errno 4025; 3819 on MySQL).
    """
    if isinstance(exc, IntegrityError):
        return True
    if isinstance(exc, OperationalError):
        args: tuple[Any, ...] = tuple(getattr(exc.orig, "args", ()))
        return len(args) > 0 and args[0] in _CHECK_VIOLATION_ERRNOS
    return False


# --------------------------------------------------------------------------------------------------
# Enumerations (allowed values of String columns, each guarded by a CHECK constraint)
# --------------------------------------------------------------------------------------------------

USER_ROLES = ("driver", "admin")
OTP_PURPOSES = ("register", "reset")
API_KEY_SCOPES = ("read", "read_write")
ID_TAG_KINDS = ("rfid", "app")
ID_TAG_STATUSES = ("Accepted", "Blocked", "Expired", "Invalid")
CONNECTOR_TYPES = ("CCS2", "Type2", "CHAdeMO", "GB-T")
CURRENCIES = ("MYR",)

LEDGER_ACCOUNT_KINDS = (
    "driver_wallet",
    "platform_revenue",
    "tax_payable",
    "gateway_clearing",
    "rewards_liability",
    "debts",
    "membership_revenue",
    "reservation_revenue",
    "refunds",
    "adjustments",
)
LEDGER_POSTING_KINDS = (
    "topup",
    "charge",
    "debt",
    "debt_settlement",
    "refund",
    "reward",
    "membership",
    "reservation_fee",
    "adjustment",
    "reversal",
)
PAYMENT_METHODS = ("fpx", "card", "ewallet")
PAYMENT_STATUSES = ("pending", "succeeded", "failed", "cancelled", "expired")

REGISTRATION_STATUSES = ("Accepted", "Pending", "Rejected")
CHARGER_AVAILABILITY = ("Operative", "Inoperative")
CONNECTOR_STATUSES = (
    "Available",
    "Preparing",
    "Charging",
    "SuspendedEVSE",
    "SuspendedEV",
    "Finishing",
    "Reserved",
    "Unavailable",
    "Faulted",
)
CHARGING_REQUEST_STATUSES = ("Requested", "Accepted", "Rejected", "Started", "Stopped", "Failed", "TimedOut")
SESSION_STATUSES = ("Active", "Completed")
FAULT_STATUSES = ("open", "acknowledged", "resolved")
MAINTENANCE_KINDS = ("preventive", "corrective", "inspection", "installation", "firmware", "other")
MAINTENANCE_STATUSES = ("scheduled", "in_progress", "completed", "cancelled")
MEMBERSHIP_STATUSES = ("active", "cancelled", "expired", "past_due")
REWARD_KINDS = ("free_kwh", "discount", "merch")
REDEMPTION_STATUSES = ("pending", "applied", "fulfilled", "cancelled")
POINT_REASONS = ("session", "referral", "redemption", "redemption_refund", "adjustment", "expiry", "bonus")
REFERRAL_STATUSES = ("pending", "rewarded", "void")
SUPPORT_STATUSES = ("open", "replied", "closed")
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
PROFILE_PURPOSES = ("ChargePointMaxProfile", "TxDefaultProfile", "TxProfile")
PROFILE_KINDS = ("Absolute", "Recurring", "Relative")
RECURRENCY_KINDS = ("Daily", "Weekly")
PROFILE_STATUSES = ("Pending", "Accepted", "Rejected", "NotSupported", "Cleared", "Failed")
FIRMWARE_STATUSES = (
    "Requested",
    "Accepted",
    "Failed",
    "Idle",
    "Downloading",
    "Downloaded",
    "DownloadFailed",
    "Installing",
    "Installed",
    "InstallationFailed",
)
DIAGNOSTICS_STATUSES = ("Requested", "Accepted", "Failed", "Idle", "Uploading", "Uploaded", "UploadFailed")
MESSAGE_DIRECTIONS = ("in", "out")
NODE_ROLES = ("all", "api", "ocpp")
COMMAND_STATUSES = ("pending", "sent", "completed", "error", "timeout")


# --------------------------------------------------------------------------------------------------
# Accounts
# --------------------------------------------------------------------------------------------------


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        enum_check("role", USER_ROLES),
        CheckConstraint("points_balance >= 0", name="points_balance_nonneg"),
    )

    id: Mapped[int] = _pk()
    # Nullable so that an anonymised (deleted) account frees its e-mail; UNIQUE ignores NULLs.
    email: Mapped[str | None] = mapped_column(email_type(), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="driver", server_default="driver", nullable=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    email_verified: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )
    referral_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    referred_by_id: Mapped[int | None] = _user_fk("SET NULL")
    #: Cached reward points balance (the movements in reward_point_movements are the record).
    points_balance: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", nullable=False)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()
    #: Set when the user deleted their account: personal data erased, ledger history kept.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The language of the app and of the mails the user receives (en, ms, zh); NULL: not chosen yet.
    locale: Mapped[str | None] = mapped_column(String(8))

    referred_by: Mapped[User | None] = relationship(remote_side=[id], foreign_keys=[referred_by_id])
    id_tags: Mapped[list[IdTag]] = relationship(back_populates="user")
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="user")


class EmailVerification(Base):
    """An e-mailed one-time code (registration or password reset). One row per code sent."""

    __tablename__ = "email_verifications"
    __table_args__ = (
        enum_check("purpose", OTP_PURPOSES),
        CheckConstraint("attempts >= 0", name="attempts_nonneg"),
        Index(None, "email", "purpose", "created_at"),
    )

    id: Mapped[int] = _pk()
    email: Mapped[str] = mapped_column(email_type(), nullable=False)
    purpose: Mapped[str] = mapped_column(String(16), nullable=False)
    code_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0", nullable=False)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: Set when verified (for a registration that requires a verified address).
    verified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: Rate limiting: how many times a code was sent for this email+purpose in the current window,
    #: when that window began, and the last send (resend at most once a minute, 5 per hour).
    sent_count: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)
    window_started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    last_sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    created_at: Mapped[dt.datetime] = _created()


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    id: Mapped[int] = _pk()
    token_hash: Mapped[str] = mapped_column(String(128), unique=True, nullable=False)
    family_id: Mapped[str] = mapped_column(String(64), index=True, nullable=False)
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    replaced_by_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("refresh_tokens.id", ondelete="SET NULL"), index=True
    )
    user_agent: Mapped[str | None] = mapped_column(String(255))
    ip_address: Mapped[str | None] = mapped_column(String(45))
    created_at: Mapped[dt.datetime] = _created()

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class ApiKey(Base):
    __tablename__ = "api_keys"
    __table_args__ = (enum_check("scope", API_KEY_SCOPES),)

    id: Mapped[int] = _pk()
    prefix: Mapped[str] = mapped_column(String(16), index=True, nullable=False)
    key_hash: Mapped[str] = mapped_column(String(128), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    scope: Mapped[str] = mapped_column(String(16), default="read", nullable=False)
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False)
    created_by_id: Mapped[int | None] = _user_fk("SET NULL")
    created_at: Mapped[dt.datetime] = _created()
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class IdTag(Base):
    __tablename__ = "id_tags"
    __table_args__ = (
        enum_check("kind", ID_TAG_KINDS),
        enum_check("status", ID_TAG_STATUSES),
    )

    id: Mapped[int] = _pk()
    id_tag: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)  # OCPP CiString20
    #: ci_string_key(id_tag): the OCPP side looks tags up by it (CiString: case-insensitive).
    id_tag_key: Mapped[str] = mapped_column(
        CiKey, unique=True, nullable=False, default=_ci_key_default("id_tag")
    )
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="Accepted", nullable=False)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    parent_id_tag: Mapped[str | None] = mapped_column(String(20), index=True)
    user_id: Mapped[int | None] = _user_fk("SET NULL")
    label: Mapped[str | None] = mapped_column(String(100))
    #: Blocked by an operator: only an operator may unblock it.
    blocked_by_admin: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    user: Mapped[User | None] = relationship(back_populates="id_tags")

    @validates("id_tag")
    def _set_key(self, _key: str, value: str) -> str:
        self.id_tag_key = ci_string_key(value)
        return value


class Vehicle(Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        nullable_enum_check("connector_type", CONNECTOR_TYPES),
        CheckConstraint("battery_kwh IS NULL OR battery_kwh > 0", name="battery_kwh_positive"),
    )

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False)
    brand: Mapped[str] = mapped_column(String(60), nullable=False)
    model: Mapped[str] = mapped_column(String(60), nullable=False)
    battery_kwh: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    connector_type: Mapped[str | None] = mapped_column(String(16))
    nickname: Mapped[str | None] = mapped_column(String(60))
    plate_number: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    user: Mapped[User] = relationship(back_populates="vehicles")


# --------------------------------------------------------------------------------------------------
# Money: ledger, payments
# --------------------------------------------------------------------------------------------------


class LedgerAccount(Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (
        enum_check("kind", LEDGER_ACCOUNT_KINDS),
        enum_check("currency", CURRENCIES),
    )

    id: Mapped[int] = _pk()
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)  # e.g. "wallet:42", "revenue"
    kind: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    user_id: Mapped[int | None] = _user_fk("RESTRICT")
    #: Cached sum of this account's entries; must always equal it.
    balance_sen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class LedgerPosting(Base):
    """A journal transaction: a set of entries whose amounts sum to zero (enforced in domain code)."""

    __tablename__ = "ledger_postings"
    __table_args__ = (enum_check("kind", LEDGER_POSTING_KINDS),)

    id: Mapped[int] = _pk()
    idempotency_key: Mapped[str] = mapped_column(String(191), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    memo: Mapped[str | None] = mapped_column(String(255))
    reason: Mapped[str | None] = mapped_column(String(255))
    created_by_id: Mapped[int | None] = _user_fk("SET NULL")
    session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL"), index=True
    )
    payment_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("payments.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)

    entries: Mapped[list[LedgerEntry]] = relationship(back_populates="posting", cascade="all, delete-orphan")


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("amount_sen <> 0", name="amount_nonzero"),
        Index(None, "account_id", "id"),
    )

    id: Mapped[int] = _pk()
    posting_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("ledger_postings.id", ondelete="CASCADE"), index=True, nullable=False
    )
    account_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("ledger_accounts.id", ondelete="RESTRICT"), nullable=False
    )
    #: Signed: a positive amount increases the account's balance, a negative one decreases it.
    amount_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    #: The account's balance right after this entry (handy for statements; optional).
    balance_after_sen: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = _created()

    posting: Mapped[LedgerPosting] = relationship(back_populates="entries")
    account: Mapped[LedgerAccount] = relationship()


class Payment(Base):
    """A top-up / payment intent at a gateway. Credited once, when the signed webhook confirms it.

    The crediting posting points here (``ledger_postings.payment_id``), not the other way round.
    """

    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount_sen > 0", name="amount_positive"),
        enum_check("method", PAYMENT_METHODS),
        enum_check("status", PAYMENT_STATUSES),
        enum_check("currency", CURRENCIES),
        UniqueConstraint("user_id", "idempotency_key"),
    )

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("RESTRICT", nullable=False)
    amount_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    provider: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False, index=True)
    idempotency_key: Mapped[str] = mapped_column(String(128), nullable=False)
    provider_reference: Mapped[str | None] = mapped_column(String(191), unique=True)
    checkout_url: Mapped[str | None] = mapped_column(String(1024))
    # Where the gateway sends the driver back after paying (one of the platform's own origins).
    return_url: Mapped[str | None] = mapped_column(String(1024))
    failure_reason: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The gateway's latest word on this payment (domain/payments.py applies events as a state
    # machine): its state, and the gateway's own timestamp and sequence of the event that said it.
    gateway_status: Mapped[str | None] = mapped_column(String(16))
    gateway_event_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    gateway_event_seq: Mapped[int | None] = mapped_column(BigInteger)
    # Set when the gateway's word contradicts what the ledger did (e.g. refunded after the wallet
    # was credited): an admin must look; nothing is debited automatically.
    flag: Mapped[str | None] = mapped_column(String(64), index=True)
    flagged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class PaymentGatewayEvent(Base):
    __tablename__ = "payment_gateway_events"

    id: Mapped[int] = _pk()
    event_id: Mapped[str] = mapped_column(String(191), unique=True, nullable=False)
    provider: Mapped[str] = mapped_column(String(32), nullable=False)
    event_type: Mapped[str | None] = mapped_column(String(64))
    payment_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("payments.id", ondelete="SET NULL"), index=True
    )
    payload: Mapped[Any] = mapped_column(JSON, nullable=True)
    raw_body: Mapped[str | None] = mapped_column(LongText)
    signature_ok: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    processed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    processed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    error: Mapped[str | None] = mapped_column(String(255))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    # The gateway's own timestamp and sequence of the event; what applying it did
    # (applied | stale | ignored).
    event_created_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    event_seq: Mapped[int | None] = mapped_column(BigInteger)
    outcome: Mapped[str | None] = mapped_column(String(16))


class Tariff(Base):
    __tablename__ = "tariffs"
    __table_args__ = (
        enum_check("currency", CURRENCIES),
        CheckConstraint(
            "price_per_kwh_sen >= 0 AND price_per_minute_sen >= 0 AND idle_fee_per_minute_sen >= 0",
            name="unit_prices_nonneg",
        ),
        CheckConstraint(
            "session_fee_sen >= 0 AND min_charge_sen >= 0 AND reservation_fee_sen >= 0 "
            "AND idle_grace_minutes >= 0",
            name="fees_nonneg",
        ),
        CheckConstraint("max_charge_sen IS NULL OR max_charge_sen >= min_charge_sen", name="max_ge_min"),
        CheckConstraint("tax_rate >= 0 AND tax_rate < 1", name="tax_rate_range"),
    )

    id: Mapped[int] = _pk()
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str | None] = mapped_column(String(500))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    price_per_kwh_sen: Mapped[Decimal] = mapped_column(SenPrice, default=Decimal(0), nullable=False)
    price_per_minute_sen: Mapped[Decimal] = mapped_column(SenPrice, default=Decimal(0), nullable=False)
    idle_fee_per_minute_sen: Mapped[Decimal] = mapped_column(SenPrice, default=Decimal(0), nullable=False)
    idle_grace_minutes: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    session_fee_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    min_charge_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    max_charge_sen: Mapped[int | None] = mapped_column(BigInteger)
    #: e.g. 0.0800 for 8 % service tax.
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(6, 4), default=Decimal(0), nullable=False)
    reservation_fee_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class MembershipPlan(Base):
    __tablename__ = "membership_plans"
    __table_args__ = (
        CheckConstraint("monthly_price_sen >= 0", name="price_nonneg"),
        CheckConstraint("discount_per_kwh_sen >= 0 AND included_kwh >= 0", name="benefits_nonneg"),
    )

    id: Mapped[int] = _pk()
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    description: Mapped[str | None] = mapped_column(String(500))
    monthly_price_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    discount_per_kwh_sen: Mapped[Decimal] = mapped_column(SenPrice, default=Decimal(0), nullable=False)
    included_kwh: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal(0), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class Membership(Base):
    """A driver's subscription to a membership plan (one row per subscription; renewals move the period)."""

    __tablename__ = "memberships"
    __table_args__ = (
        enum_check("status", MEMBERSHIP_STATUSES),
        CheckConstraint("included_kwh_used >= 0", name="used_nonneg"),
        CheckConstraint("period_end > period_start", name="period_order"),
        Index(None, "user_id", "status"),
    )

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False, index=False)
    plan_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("membership_plans.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    status: Mapped[str] = mapped_column(String(16), default="active", nullable=False)
    period_start: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    period_end: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    cancel_at_period_end: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    included_kwh_used: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal(0), nullable=False)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    plan: Mapped[MembershipPlan] = relationship()


class RewardItem(Base):
    """The reward catalog."""

    __tablename__ = "reward_items"
    __table_args__ = (
        enum_check("kind", REWARD_KINDS),
        CheckConstraint("points > 0", name="points_positive"),
        CheckConstraint("stock IS NULL OR stock >= 0", name="stock_nonneg"),
    )

    id: Mapped[int] = _pk()
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str | None] = mapped_column(String(1000))
    points: Mapped[int] = mapped_column(Integer, nullable=False)
    category: Mapped[str | None] = mapped_column(String(50), index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    #: kWh for free_kwh, sen for discount, unused for merch.
    value: Mapped[Decimal | None] = mapped_column(Numeric(12, 4))
    #: NULL = unlimited.
    stock: Mapped[int | None] = mapped_column(Integer)
    image_url: Mapped[str | None] = mapped_column(String(1024))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class RewardRedemption(Base):
    __tablename__ = "reward_redemptions"
    __table_args__ = (
        enum_check("status", REDEMPTION_STATUSES),
        CheckConstraint("points > 0", name="points_positive"),
        UniqueConstraint("user_id", "idempotency_key"),
        Index(None, "user_id", "status"),
    )

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("RESTRICT", nullable=False, index=False)
    item_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("reward_items.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    points: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False)
    idempotency_key: Mapped[str] = mapped_column(String(128), nullable=False)
    applied_session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL"), index=True
    )
    applied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    item: Mapped[RewardItem] = relationship()


class RewardPointMovement(Base):
    """The reward points ledger: signed movements; ``users.points_balance`` caches their sum."""

    __tablename__ = "reward_point_movements"
    __table_args__ = (
        enum_check("reason", POINT_REASONS),
        CheckConstraint("points <> 0", name="points_nonzero"),
        Index(None, "user_id", "id"),
    )

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("RESTRICT", nullable=False, index=False)
    points: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reason: Mapped[str] = mapped_column(String(32), nullable=False)
    memo: Mapped[str | None] = mapped_column(String(255))
    idempotency_key: Mapped[str] = mapped_column(String(191), unique=True, nullable=False)
    session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL"), index=True
    )
    redemption_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("reward_redemptions.id", ondelete="SET NULL"), index=True
    )
    referral_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("referrals.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = _created()


class Referral(Base):
    """Who referred whom (``users.referral_code`` is the code); rewarded once on the first paid session."""

    __tablename__ = "referrals"
    __table_args__ = (
        enum_check("status", REFERRAL_STATUSES),
        CheckConstraint("referrer_id <> referred_id", name="not_self"),
    )

    id: Mapped[int] = _pk()
    referrer_id: Mapped[int] = _user_fk("CASCADE", nullable=False)
    referred_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), unique=True, nullable=False
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False)
    qualifying_session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL")
    )
    rewarded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = _created()


class ReceiptCounter(Base):
    """Gapless receipt numbering: the last number issued per year (incremented in the billing transaction)."""

    __tablename__ = "receipt_counters"
    __table_args__ = (CheckConstraint("last_number >= 0", name="last_number_nonneg"),)

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class Receipt(Base):
    __tablename__ = "receipts"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        CheckConstraint("seq > 0", name="seq_positive"),
        enum_check("currency", CURRENCIES),
    )

    id: Mapped[int] = _pk()
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    #: Display number, e.g. "PS-2025-000042".
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="RESTRICT"), unique=True
    )
    user_id: Mapped[int | None] = _user_fk("RESTRICT")
    lines: Mapped[Any] = mapped_column(JSON, nullable=False)
    subtotal_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tax_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    total_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)


# --------------------------------------------------------------------------------------------------
# Chargers and OCPP
# --------------------------------------------------------------------------------------------------


class Charger(Base):
    __tablename__ = "chargers"
    __table_args__ = (
        CheckConstraint("security_profile BETWEEN 0 AND 3", name="security_profile_range"),
        enum_check("registration_status", REGISTRATION_STATUSES, name="registration_status"),
        enum_check("availability", CHARGER_AVAILABILITY),
        Index(None, "latitude", "longitude"),
    )

    id: Mapped[int] = _pk()
    charge_point_id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(String(500))
    vendor: Mapped[str | None] = mapped_column(String(50))
    model: Mapped[str | None] = mapped_column(String(50))
    serial_number: Mapped[str | None] = mapped_column(String(50))
    charge_box_serial_number: Mapped[str | None] = mapped_column(String(50))
    firmware_version: Mapped[str | None] = mapped_column(String(50))
    iccid: Mapped[str | None] = mapped_column(String(20))
    imsi: Mapped[str | None] = mapped_column(String(20))
    meter_type: Mapped[str | None] = mapped_column(String(50))
    meter_serial_number: Mapped[str | None] = mapped_column(String(50))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    address: Mapped[str | None] = mapped_column(String(255))
    city: Mapped[str | None] = mapped_column(String(100), index=True)
    state: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(16))
    security_profile: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)
    #: Hash of the OCPP AuthorizationKey (Basic auth password, profiles 1 and 2). Write-only.
    auth_key_hash: Mapped[str | None] = mapped_column(String(255))
    registration_status: Mapped[str] = mapped_column(String(16), default="Pending", nullable=False)
    approved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    is_public: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)
    availability: Mapped[str] = mapped_column(String(16), default="Operative", nullable=False)
    last_heartbeat_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_boot_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    online: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    #: The node that holds this charger's WebSocket (NULL when offline).
    node_id: Mapped[str | None] = mapped_column(String(64), index=True)
    connected_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    local_list_version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    max_power_kw: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    tariff_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("tariffs.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    connectors: Mapped[list[Connector]] = relationship(
        back_populates="charger", cascade="all, delete-orphan", order_by="Connector.connector_id"
    )
    tariff: Mapped[Tariff | None] = relationship()


class Connector(Base):
    __tablename__ = "connectors"
    __table_args__ = (
        UniqueConstraint("charger_id", "connector_id"),
        CheckConstraint("connector_id >= 0", name="connector_id_nonneg"),
        enum_check("status", CONNECTOR_STATUSES),
        nullable_enum_check("connector_type", CONNECTOR_TYPES),
    )

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    #: The OCPP connectorId (1..n; 0 is the charge point itself).
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="Unavailable", nullable=False)
    error_code: Mapped[str] = mapped_column(String(32), default="NoError", nullable=False)
    info: Mapped[str | None] = mapped_column(String(50))
    vendor_id: Mapped[str | None] = mapped_column(String(255))
    vendor_error_code: Mapped[str | None] = mapped_column(String(50))
    connector_type: Mapped[str | None] = mapped_column(String(16))
    max_power_kw: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    #: The charger's timestamp of the last StatusNotification.
    status_timestamp: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = _updated()

    charger: Mapped[Charger] = relationship(back_populates="connectors")


class ChargingRequest(Base):
    """A remote-start handle: a driver's request that resolves to the session the charger starts."""

    __tablename__ = "charging_requests"
    __table_args__ = (
        enum_check("status", CHARGING_REQUEST_STATUSES),
        Index(None, "charger_id", "status"),
    )

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False)
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    connector_id: Mapped[int | None] = mapped_column(Integer)
    vehicle_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("vehicles.id", ondelete="SET NULL"))
    id_tag: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), default="Requested", nullable=False)
    error: Mapped[str | None] = mapped_column(String(255))
    session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class FavouriteCharger(Base):
    """A charger a driver starred in the app (shown on their home screen)."""

    __tablename__ = "favourite_chargers"
    __table_args__ = (UniqueConstraint("user_id", "charger_id"),)

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False, index=False)
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at: Mapped[dt.datetime] = _created()


class StartRefusal(Base):
    """A start the platform refused for a reason the driver can fix (``no_credit``: the wallet is
    below the minimum balance), at any start path (Authorize, StartTransaction, the app). Shown to
    the driver in the app; ``transaction_id`` is set when the charger had started anyway (offline)."""

    __tablename__ = "start_refusals"
    __table_args__ = (Index(None, "user_id", "created_at"),)

    id: Mapped[int] = _pk()
    user_id: Mapped[int] = _user_fk("CASCADE", nullable=False, index=False)
    charger_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="SET NULL"), index=True
    )
    connector_id: Mapped[int | None] = mapped_column(Integer)
    id_tag: Mapped[str | None] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(24), nullable=False)
    reason: Mapped[str] = mapped_column(String(32), nullable=False)
    required_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    balance_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = _created()


class ChargingSession(Base):
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
    )

    #: The OCPP transactionId (32-bit), assigned by the database.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    transaction_id = synonym("id")
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="RESTRICT"), nullable=False
    )
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    id_tag: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    #: ci_string_key(id_tag): the concurrent-transaction check compares by it.
    id_tag_key: Mapped[str] = mapped_column(CiKey, nullable=False, default=_ci_key_default("id_tag"))
    user_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
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
    started_by_user_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    #: The API key a remote start came through.
    started_by_api_key_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("api_keys.id", ondelete="SET NULL")
    )
    meter_start: Mapped[int] = mapped_column(BigInteger, nullable=False)  # Wh
    meter_stop: Mapped[int | None] = mapped_column(BigInteger)  # Wh
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    stopped_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: When energy stopped flowing (start of idle time for idle fees).
    charging_ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    stop_requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    stop_reason: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="Active", nullable=False)
    transaction_data: Mapped[Any] = mapped_column(JSON, nullable=True)
    cost_lines: Mapped[Any] = mapped_column(JSON, nullable=True)
    total_cost_sen: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    billed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), nullable=False)
    billed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    energy_wh: Mapped[int | None] = mapped_column(BigInteger)
    #: Sanity-check flags for the operator (e.g. ["meter_stop_lt_start", "future_timestamp"]).
    flags: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Cache of the latest meter reading (for live screens and the prepaid guard).
    last_energy_wh: Mapped[int | None] = mapped_column(BigInteger)
    last_power_w: Mapped[float | None] = mapped_column(Double)
    last_soc: Mapped[float | None] = mapped_column(Double)
    last_meter_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

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

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
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
    created_at: Mapped[dt.datetime] = _created()


class Fault(Base):
    __tablename__ = "faults"
    __table_args__ = (
        enum_check("status", FAULT_STATUSES),
        Index(None, "charger_id", "status"),
        Index(None, "status", "opened_at"),
    )

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    connector_id: Mapped[int | None] = mapped_column(Integer)
    error_code: Mapped[str] = mapped_column(String(32), nullable=False)
    info: Mapped[str | None] = mapped_column(String(50))
    vendor_id: Mapped[str | None] = mapped_column(String(255))
    vendor_error_code: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(16), default="open", nullable=False)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    notes: Mapped[str | None] = mapped_column(Text)


class MaintenanceRecord(Base):
    __tablename__ = "maintenance_records"
    __table_args__ = (
        enum_check("kind", MAINTENANCE_KINDS),
        enum_check("status", MAINTENANCE_STATUSES),
    )

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), index=True, nullable=False
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    technician: Mapped[str | None] = mapped_column(String(100))
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="scheduled", nullable=False)
    created_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class Reservation(Base):
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
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    user_id: Mapped[int | None] = _user_fk("SET NULL")
    id_tag: Mapped[str] = mapped_column(String(20), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), default="Requested", nullable=False)
    fee_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class ChargingProfile(Base):
    __tablename__ = "charging_profiles"
    __table_args__ = (
        enum_check("purpose", PROFILE_PURPOSES),
        enum_check("kind", PROFILE_KINDS),
        nullable_enum_check("recurrency_kind", RECURRENCY_KINDS),
        enum_check("status", PROFILE_STATUSES),
        Index(None, "charger_id", "charging_profile_id"),
    )

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    connector_id: Mapped[int] = mapped_column(Integer, nullable=False)
    charging_profile_id: Mapped[int] = mapped_column(Integer, nullable=False)
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    stack_level: Mapped[int] = mapped_column(Integer, nullable=False)
    purpose: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    recurrency_kind: Mapped[str | None] = mapped_column(String(16))
    valid_from: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    valid_to: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The OCPP chargingSchedule object.
    schedule: Mapped[Any] = mapped_column(JSON, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="Pending", nullable=False)
    created_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class FirmwareJob(Base):
    __tablename__ = "firmware_jobs"
    __table_args__ = (enum_check("status", FIRMWARE_STATUSES),)

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), index=True, nullable=False
    )
    location: Mapped[str] = mapped_column(String(1024), nullable=False)
    retrieve_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    retries: Mapped[int | None] = mapped_column(Integer)
    retry_interval: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(24), default="Requested", nullable=False)
    #: [{"status": "...", "at": "ISO 8601"}, ...]
    status_history: Mapped[Any] = mapped_column(JSON, nullable=True)
    requested_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class DiagnosticsJob(Base):
    __tablename__ = "diagnostics_jobs"
    __table_args__ = (enum_check("status", DIAGNOSTICS_STATUSES),)

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), index=True, nullable=False
    )
    location: Mapped[str] = mapped_column(String(1024), nullable=False)
    start_time: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    stop_time: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    retries: Mapped[int | None] = mapped_column(Integer)
    retry_interval: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(24), default="Requested", nullable=False)
    status_history: Mapped[Any] = mapped_column(JSON, nullable=True)
    requested_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class ChargerConfiguration(Base):
    """Cache of a charger's configuration keys (GetConfiguration / ChangeConfiguration)."""

    __tablename__ = "charger_configuration"
    __table_args__ = (UniqueConstraint("charger_id", "key"),)

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    key: Mapped[str] = mapped_column(String(50), nullable=False)  # OCPP CiString50
    value: Mapped[str | None] = mapped_column(String(500))  # OCPP CiString500
    readonly: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    updated_at: Mapped[dt.datetime] = _updated()


class OcppMessage(Base):
    """The OCPP message log: every frame in and out."""

    __tablename__ = "ocpp_messages"
    __table_args__ = (
        enum_check("direction", MESSAGE_DIRECTIONS),
        CheckConstraint("message_type IN (2, 3, 4)", name="message_type"),
        Index(None, "charger_id", "created_at"),
    )

    id: Mapped[int] = _pk()
    #: The charge point id string (no FK: unknown chargers' frames are logged too).
    charger_id: Mapped[str] = mapped_column(String(64), nullable=False)
    direction: Mapped[str] = mapped_column(String(3), nullable=False)
    #: 2 = CALL, 3 = CALLRESULT, 4 = CALLERROR; NULL for an unparseable frame.
    message_type: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str | None] = mapped_column(String(64), index=True)
    unique_id: Mapped[str | None] = mapped_column(String(64))
    #: The raw frame text.
    payload: Mapped[str] = mapped_column(LongText, nullable=False)
    error_code: Mapped[str | None] = mapped_column(String(32))
    latency_ms: Mapped[float | None] = mapped_column(Double)
    node_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)


class OcppCommand(Base):
    """History of commands sent to chargers: who sent what, and what came back."""

    __tablename__ = "ocpp_commands"
    __table_args__ = (
        enum_check("status", COMMAND_STATUSES),
        Index(None, "charger_id", "created_at"),
    )

    id: Mapped[int] = _pk()
    charger_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("chargers.id", ondelete="CASCADE"), nullable=False
    )
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    unique_id: Mapped[str | None] = mapped_column(String(64))
    request: Mapped[Any] = mapped_column(JSON, nullable=True)
    response: Mapped[Any] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False)
    error: Mapped[str | None] = mapped_column(String(255))
    user_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    api_key_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("api_keys.id", ondelete="SET NULL"))
    #: Who asked: "admin" (console, signed in), "api_key" (an admin's API key), "app" (a driver's
    #: app), None (the platform itself).
    origin: Mapped[str | None] = mapped_column(String(16))
    #: RemoteStartTransaction: the session it started (set when the charger's StartTransaction came).
    session_id: Mapped[int | None] = mapped_column(Integer)
    node_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = _created()
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


# --------------------------------------------------------------------------------------------------
# Platform
# --------------------------------------------------------------------------------------------------


class SupportMessage(Base):
    __tablename__ = "support_messages"
    __table_args__ = (enum_check("status", SUPPORT_STATUSES),)

    id: Mapped[int] = _pk()
    user_id: Mapped[int | None] = _user_fk("SET NULL")
    email: Mapped[str] = mapped_column(email_type(), nullable=False)
    name: Mapped[str | None] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="open", nullable=False, index=True)
    reply: Mapped[str | None] = mapped_column(Text)
    replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    replied_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    created_at: Mapped[dt.datetime] = _created()


class PlatformSetting(Base):
    __tablename__ = "platform_settings"

    key: Mapped[str] = mapped_column(String(191), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_by_id: Mapped[int | None] = _user_fk("SET NULL", index=False)
    updated_at: Mapped[dt.datetime] = _updated()


class Node(Base):
    """Registry of running platform nodes (which node holds which charger: chargers.node_id)."""

    __tablename__ = "nodes"
    __table_args__ = (enum_check("role", NODE_ROLES),)

    node_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), nullable=False)
    hostname: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    last_seen_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), default=utcnow, nullable=False, index=True
    )


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "target_type", "target_id"),)

    id: Mapped[int] = _pk()
    actor_id: Mapped[int | None] = _user_fk("SET NULL")
    api_key_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("api_keys.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    target_type: Mapped[str | None] = mapped_column(String(64))
    target_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[Any] = mapped_column(JSON, nullable=True)
    ip_address: Mapped[str | None] = mapped_column(String(45))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)
