"""Rewards: the catalog, redemptions, the points ledger and referrals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.models.columns import BigId, Timestamps, UTCDateTime, created_column, enum_check, pk, user_fk

__all__ = [
    "REWARD_KINDS",
    "REDEMPTION_STATUSES",
    "POINT_REASONS",
    "REFERRAL_STATUSES",
    "RewardItem",
    "RewardRedemption",
    "RewardPointMovement",
    "Referral",
]


REWARD_KINDS = ("free_kwh", "discount", "merch")

REDEMPTION_STATUSES = ("pending", "applied", "fulfilled", "cancelled")

POINT_REASONS = ("session", "referral", "redemption", "redemption_refund", "adjustment", "expiry", "bonus")

REFERRAL_STATUSES = ("pending", "rewarded", "void")


class RewardItem(Timestamps, Base):
    """The reward catalog."""

    __tablename__ = "reward_items"
    __table_args__ = (
        enum_check("kind", REWARD_KINDS),
        CheckConstraint("points > 0", name="points_positive"),
        CheckConstraint("stock IS NULL OR stock >= 0", name="stock_nonneg"),
    )

    id: Mapped[int] = pk()
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


class RewardRedemption(Timestamps, Base):
    __tablename__ = "reward_redemptions"
    __table_args__ = (
        enum_check("status", REDEMPTION_STATUSES),
        CheckConstraint("points > 0", name="points_positive"),
        UniqueConstraint("user_id", "idempotency_key"),
        Index(None, "user_id", "status"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("RESTRICT", nullable=False, index=False)
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

    item: Mapped[RewardItem] = relationship()


class RewardPointMovement(Base):
    """The reward points ledger: signed movements; ``users.points_balance`` caches their sum."""

    __tablename__ = "reward_point_movements"
    __table_args__ = (
        enum_check("reason", POINT_REASONS),
        CheckConstraint("points <> 0", name="points_nonzero"),
        Index(None, "user_id", "id"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("RESTRICT", nullable=False, index=False)
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
    created_at: Mapped[dt.datetime] = created_column()


class Referral(Base):
    """Who referred whom (``users.referral_code`` is the code); rewarded once on the first paid session."""

    __tablename__ = "referrals"
    __table_args__ = (
        enum_check("status", REFERRAL_STATUSES),
        CheckConstraint("referrer_id <> referred_id", name="not_self"),
    )

    id: Mapped[int] = pk()
    referrer_id: Mapped[int] = user_fk("CASCADE", nullable=False)
    referred_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), unique=True, nullable=False
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="pending", nullable=False)
    qualifying_session_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("charging_sessions.id", ondelete="SET NULL")
    )
    rewarded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = created_column()
