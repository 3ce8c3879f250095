"""Money: the double-entry ledger, gateway payments and their events, receipts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.models.columns import (
    BigId,
    LongText,
    Timestamps,
    UTCDateTime,
    created_column,
    enum_check,
    pk,
    updated_column,
    user_fk,
    utcnow,
)

__all__ = [
    "CURRENCIES",
    "LEDGER_ACCOUNT_KINDS",
    "LEDGER_POSTING_KINDS",
    "PAYMENT_METHODS",
    "PAYMENT_STATUSES",
    "LedgerAccount",
    "LedgerPosting",
    "LedgerEntry",
    "Payment",
    "PaymentGatewayEvent",
    "ReceiptCounter",
    "Receipt",
]


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


class LedgerAccount(Timestamps, Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (
        enum_check("kind", LEDGER_ACCOUNT_KINDS),
        enum_check("currency", CURRENCIES),
    )

    id: Mapped[int] = pk()
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)  # e.g. "wallet:42", "revenue"
    kind: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    user_id: Mapped[int | None] = user_fk("RESTRICT")
    #: Cached sum of this account's entries; must always equal it.
    balance_sen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)


class LedgerPosting(Base):
    """A journal transaction: a set of entries whose amounts sum to zero (enforced in domain code)."""

    __tablename__ = "ledger_postings"
    __table_args__ = (enum_check("kind", LEDGER_POSTING_KINDS),)

    id: Mapped[int] = pk()
    idempotency_key: Mapped[str] = mapped_column(String(191), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    memo: Mapped[str | None] = mapped_column(String(255))
    reason: Mapped[str | None] = mapped_column(String(255))
    created_by_id: Mapped[int | None] = user_fk("SET NULL")
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

    id: Mapped[int] = pk()
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
    created_at: Mapped[dt.datetime] = created_column()

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

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("RESTRICT", nullable=False)
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
    created_at: Mapped[dt.datetime] = created_column()
    updated_at: Mapped[dt.datetime] = updated_column()
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

    id: Mapped[int] = pk()
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

    id: Mapped[int] = pk()
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    #: Display number, e.g. "PS-2025-000042".
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="RESTRICT"), unique=True
    )
    user_id: Mapped[int | None] = user_fk("RESTRICT")
    lines: Mapped[Any] = mapped_column(JSON, nullable=False)
    subtotal_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tax_sen: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    total_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), default="MYR", server_default="MYR", nullable=False)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False, index=True)
