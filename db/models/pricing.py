"""Pricing: tariffs, membership plans and drivers' memberships."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, Numeric, String, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.models.columns import (
    BigId,
    SenPrice,
    Timestamps,
    UTCDateTime,
    enum_check,
    pk,
    user_fk,
)
from db.models.money import CURRENCIES

__all__ = [
    "MEMBERSHIP_STATUSES",
    "Tariff",
    "MembershipPlan",
    "Membership",
]


MEMBERSHIP_STATUSES = ("active", "cancelled", "expired", "past_due")


class Tariff(Timestamps, Base):
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

    id: Mapped[int] = pk()
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


class MembershipPlan(Timestamps, Base):
    __tablename__ = "membership_plans"
    __table_args__ = (
        CheckConstraint("monthly_price_sen >= 0", name="price_nonneg"),
        CheckConstraint("discount_per_kwh_sen >= 0 AND included_kwh >= 0", name="benefits_nonneg"),
    )

    id: Mapped[int] = pk()
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    description: Mapped[str | None] = mapped_column(String(500))
    monthly_price_sen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    discount_per_kwh_sen: Mapped[Decimal] = mapped_column(SenPrice, default=Decimal(0), nullable=False)
    included_kwh: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal(0), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true(), nullable=False)


class Membership(Timestamps, Base):
    """A driver's subscription to a membership plan (one row per subscription; renewals move the period)."""

    __tablename__ = "memberships"
    __table_args__ = (
        enum_check("status", MEMBERSHIP_STATUSES),
        CheckConstraint("included_kwh_used >= 0", name="used_nonneg"),
        CheckConstraint("period_end > period_start", name="period_order"),
        Index(None, "user_id", "status"),
    )

    id: Mapped[int] = pk()
    user_id: Mapped[int] = user_fk("CASCADE", nullable=False, index=False)
    plan_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("membership_plans.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    status: Mapped[str] = mapped_column(String(16), default="active", nullable=False)
    period_start: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    period_end: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    cancel_at_period_end: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    included_kwh_used: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal(0), nullable=False)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    plan: Mapped[MembershipPlan] = relationship()
