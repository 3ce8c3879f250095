"""Tariffs and cost computation.

A tariff prices energy (per kWh), charging time (per minute), idle time after a grace period once
charging has ended (per minute), a fixed session fee, a minimum and maximum charge, and a tax rate.
Everything is computed exactly in Decimal sen from the meter readings, the total is rounded once
to the sen, and the whole sen are then allocated to the lines (largest remainder) so that the
lines add up to the total exactly.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Charger, Tariff
from domain import roaming_outbox
from domain.errors import Conflict, InvalidInput, NotFound
from domain.money import allocate, require_exact, round_sen, to_decimal

ZERO = Decimal(0)


@dataclass(frozen=True)
class TariffSnapshot:
    """A tariff as it was when a session started (stored on the session as JSON)."""

    tariff_id: int | None
    name: str
    currency: str = "MYR"
    price_per_kwh_sen: Decimal = ZERO
    price_per_minute_sen: Decimal = ZERO
    idle_fee_per_minute_sen: Decimal = ZERO
    idle_grace_minutes: int = 0
    session_fee_sen: int = 0
    min_charge_sen: int = 0
    max_charge_sen: int | None = None
    tax_rate: Decimal = ZERO
    reservation_fee_sen: int = 0

    def __post_init__(self) -> None:
        for name in ("price_per_kwh_sen", "price_per_minute_sen", "idle_fee_per_minute_sen", "tax_rate"):
            value = getattr(self, name)
            require_exact(value, name)
            if not isinstance(value, Decimal):
                object.__setattr__(self, name, Decimal(value))
        for name in ("idle_grace_minutes", "session_fee_sen", "min_charge_sen", "reservation_fee_sen"):
            require_exact(getattr(self, name), name)
        if self.max_charge_sen is not None:
            require_exact(self.max_charge_sen, "max_charge_sen")

    @classmethod
    def of(cls, tariff: Tariff) -> TariffSnapshot:
        return cls(
            tariff_id=tariff.id,
            name=tariff.name,
            currency=tariff.currency,
            price_per_kwh_sen=Decimal(tariff.price_per_kwh_sen),
            price_per_minute_sen=Decimal(tariff.price_per_minute_sen),
            idle_fee_per_minute_sen=Decimal(tariff.idle_fee_per_minute_sen),
            idle_grace_minutes=int(tariff.idle_grace_minutes),
            session_fee_sen=int(tariff.session_fee_sen),
            min_charge_sen=int(tariff.min_charge_sen),
            max_charge_sen=None if tariff.max_charge_sen is None else int(tariff.max_charge_sen),
            tax_rate=Decimal(tariff.tax_rate),
            reservation_fee_sen=int(tariff.reservation_fee_sen),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "tariff_id": self.tariff_id,
            "name": self.name,
            "currency": self.currency,
            "price_per_kwh_sen": str(self.price_per_kwh_sen),
            "price_per_minute_sen": str(self.price_per_minute_sen),
            "idle_fee_per_minute_sen": str(self.idle_fee_per_minute_sen),
            "idle_grace_minutes": self.idle_grace_minutes,
            "session_fee_sen": self.session_fee_sen,
            "min_charge_sen": self.min_charge_sen,
            "max_charge_sen": self.max_charge_sen,
            "tax_rate": str(self.tax_rate),
            "reservation_fee_sen": self.reservation_fee_sen,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TariffSnapshot:
        return cls(
            tariff_id=data.get("tariff_id"),
            name=str(data.get("name", "")),
            currency=str(data.get("currency", "MYR")),
            price_per_kwh_sen=Decimal(str(data.get("price_per_kwh_sen", "0"))),
            price_per_minute_sen=Decimal(str(data.get("price_per_minute_sen", "0"))),
            idle_fee_per_minute_sen=Decimal(str(data.get("idle_fee_per_minute_sen", "0"))),
            idle_grace_minutes=int(data.get("idle_grace_minutes", 0)),
            session_fee_sen=int(data.get("session_fee_sen", 0)),
            min_charge_sen=int(data.get("min_charge_sen", 0)),
            max_charge_sen=None if data.get("max_charge_sen") is None else int(data["max_charge_sen"]),
            tax_rate=Decimal(str(data.get("tax_rate", "0"))),
            reservation_fee_sen=int(data.get("reservation_fee_sen", 0)),
        )


#: Used when a charger has no tariff and no default tariff exists: charging is free.
FREE = TariffSnapshot(tariff_id=None, name="Free")


@dataclass(frozen=True)
class Usage:
    """What a session consumed: energy from the meter readings (Wh) and its timestamps."""

    energy_wh: int
    started_at: dt.datetime
    stopped_at: dt.datetime
    #: When energy stopped flowing; idle time runs from here to ``stopped_at``. None = no idle time.
    charging_ended_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        require_exact(self.energy_wh, "energy_wh")


@dataclass(frozen=True)
class Benefits:
    """Plan and reward benefits applied at billing."""

    #: Membership plan: discount per kWh (sen) and the plan's included kWh still unused this period.
    plan_name: str | None = None
    discount_per_kwh_sen: Decimal = ZERO
    included_kwh_available: Decimal = ZERO
    #: Rewards redeemed and not yet applied.
    free_kwh: Decimal = ZERO
    discount_sen: int = 0

    def __post_init__(self) -> None:
        for name in ("discount_per_kwh_sen", "included_kwh_available", "free_kwh"):
            require_exact(getattr(self, name), name)
        require_exact(self.discount_sen, "discount_sen")


NO_BENEFITS = Benefits()


@dataclass(frozen=True)
class CostLine:
    code: str
    description: str
    quantity: Decimal
    unit: str
    #: Unit price in sen (None for fixed lines).
    unit_price_sen: Decimal | None
    #: The exact amount in sen before rounding (a rational number).
    exact_sen: Fraction
    #: The allocated whole-sen amount; the lines' amounts add up to the total.
    amount_sen: int

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "description": self.description,
            "quantity": str(self.quantity),
            "unit": self.unit,
            "unit_price_sen": None if self.unit_price_sen is None else str(self.unit_price_sen),
            "exact_sen": str(to_decimal(self.exact_sen, 6)),
            "amount_sen": self.amount_sen,
        }


@dataclass(frozen=True)
class Cost:
    lines: list[CostLine]
    subtotal_sen: int
    tax_sen: int
    total_sen: int
    exact_total_sen: Fraction
    energy_kwh: Decimal
    charging_minutes: Decimal
    idle_minutes: Decimal
    included_kwh_used: Decimal = ZERO
    free_kwh_used: Decimal = ZERO
    discount_used_sen: Decimal = ZERO
    currency: str = "MYR"
    extra: dict[str, Any] = field(default_factory=dict)

    def lines_json(self) -> list[dict[str, Any]]:
        return [line.to_json() for line in self.lines]


FZERO = Fraction(0)


def _minutes(start: dt.datetime, end: dt.datetime) -> Fraction:
    """Exact minutes between two instants (a Fraction: no rounding at all)."""
    if end <= start:
        return FZERO
    delta = end - start
    micro = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return Fraction(micro, 60_000_000)


@functools.lru_cache(maxsize=4096)
def F(value: Decimal | int) -> Fraction:  # noqa: N802 - short on purpose: exact rational of a price
    """Cached: the same few prices and rates are converted for every live reading (a Fraction is
    immutable, and equal Decimals such as 1.0 and 1 are the same rational)."""
    return Fraction(value)


def billable_idle_minutes(
    tariff: TariffSnapshot, charging_ended_at: dt.datetime, until: dt.datetime
) -> Fraction:
    """The idle minutes the fee applies to: connected after energy stopped flowing, less the grace."""
    return max(FZERO, _minutes(charging_ended_at, until) - tariff.idle_grace_minutes)


#: (code, description, quantity, unit, unit price, exact sen) of one line before rounding.
_RawLine = tuple[str, str, Fraction, str, Decimal | None, Fraction]


@dataclass(frozen=True, slots=True)
class _Exact:
    """What ``compute_cost`` prices before its one rounding (exact rationals of sen)."""

    raw: list[_RawLine]
    total: Fraction
    kwh: Fraction
    charging_minutes: Fraction
    idle_minutes: Fraction
    included_used: Fraction
    free_used: Fraction
    discount_used: Fraction


def compute_total_sen(tariff: TariffSnapshot, usage: Usage, benefits: Benefits = NO_BENEFITS) -> int:
    """``compute_cost(...).total_sen`` without building the lines (the running cost of every reading)."""
    return round_sen(_exact(tariff, usage, benefits).total)


def compute_cost(tariff: TariffSnapshot, usage: Usage, benefits: Benefits = NO_BENEFITS) -> Cost:
    """The cost of ``usage`` under ``tariff`` (with ``benefits``): exact lines, one rounding, exact sum.

    All intermediate amounts are exact rationals (``Fraction``) of sen; the only rounding is the
    total to the whole sen, after which the sen are allocated to the lines.
    """
    x = _exact(tariff, usage, benefits)
    raw, exact_total = x.raw, x.total
    total_sen = round_sen(exact_total)
    amounts = allocate([r[5] for r in raw], total_sen)
    lines = [
        CostLine(code, desc, to_decimal(qty, 4), unit, price, exact, amt)
        for (code, desc, qty, unit, price, exact), amt in zip(raw, amounts, strict=True)
    ]
    tax_sen = sum(line.amount_sen for line in lines if line.code == "tax")
    return Cost(
        lines=lines,
        subtotal_sen=total_sen - tax_sen,
        tax_sen=tax_sen,
        total_sen=total_sen,
        exact_total_sen=exact_total,
        energy_kwh=to_decimal(x.kwh, 3),
        charging_minutes=to_decimal(x.charging_minutes, 2),
        idle_minutes=to_decimal(x.idle_minutes, 2),
        included_kwh_used=to_decimal(x.included_used, 3),
        free_kwh_used=to_decimal(x.free_used, 3),
        discount_used_sen=to_decimal(x.discount_used, 4),
        currency=tariff.currency,
    )


def _exact(tariff: TariffSnapshot, usage: Usage, benefits: Benefits) -> _Exact:
    energy_wh = max(0, usage.energy_wh)
    kwh = Fraction(energy_wh, 1000)
    price_kwh = F(tariff.price_per_kwh_sen)
    charge_end = usage.charging_ended_at or usage.stopped_at
    charge_end = min(max(charge_end, usage.started_at), usage.stopped_at)
    charging_minutes = _minutes(usage.started_at, charge_end)
    idle_minutes = (
        billable_idle_minutes(tariff, charge_end, usage.stopped_at) if usage.charging_ended_at else FZERO
    )

    # (code, description, quantity, unit, unit price, exact sen)
    raw: list[_RawLine] = []
    raw.append(("energy", "Energy", kwh, "kWh", tariff.price_per_kwh_sen, kwh * price_kwh))
    if tariff.price_per_minute_sen:
        price = tariff.price_per_minute_sen
        raw.append(("time", "Charging time", charging_minutes, "min", price, charging_minutes * F(price)))
    if tariff.idle_fee_per_minute_sen and idle_minutes > 0:
        price = tariff.idle_fee_per_minute_sen
        desc = f"Idle fee (after {tariff.idle_grace_minutes} min grace)"
        raw.append(("idle", desc, idle_minutes, "min", price, idle_minutes * F(price)))
    if tariff.session_fee_sen:
        raw.append(("session_fee", "Session fee", Fraction(1), "session", None, F(tariff.session_fee_sen)))

    gross = sum((r[5] for r in raw), FZERO)
    if energy_wh > 0 and gross < tariff.min_charge_sen:
        raw.append(
            ("minimum", "Minimum charge adjustment", Fraction(1), "", None, tariff.min_charge_sen - gross)
        )
        gross = F(tariff.min_charge_sen)
    if tariff.max_charge_sen is not None and gross > tariff.max_charge_sen:
        raw.append(("maximum", "Maximum charge cap", Fraction(1), "", None, tariff.max_charge_sen - gross))
        gross = F(tariff.max_charge_sen)

    # Benefits reduce the gross, never below zero.
    remaining = gross
    billable_kwh = kwh
    plan = benefits.plan_name or "plan"
    included_used = min(billable_kwh, max(FZERO, F(benefits.included_kwh_available)))
    if included_used > 0:
        amount = min(remaining, included_used * price_kwh)
        if amount > 0:
            raw.append(("plan_included", f"Included kWh ({plan})", included_used, "kWh", None, -amount))
            remaining -= amount
        billable_kwh -= included_used
    free_used = min(billable_kwh, max(FZERO, F(benefits.free_kwh)))
    if free_used > 0:
        amount = min(remaining, free_used * price_kwh)
        if amount > 0:
            raw.append(("reward_kwh", "Free kWh (reward)", free_used, "kWh", None, -amount))
            remaining -= amount
        billable_kwh -= free_used
    per_kwh_discount = min(max(FZERO, F(benefits.discount_per_kwh_sen)), price_kwh)
    if per_kwh_discount > 0 and billable_kwh > 0:
        amount = min(remaining, billable_kwh * per_kwh_discount)
        if amount > 0:
            raw.append(("plan_discount", f"Member discount ({plan})", billable_kwh, "kWh", None, -amount))
            remaining -= amount
    discount_used = FZERO
    if benefits.discount_sen > 0 and remaining > 0:
        discount_used = min(remaining, F(benefits.discount_sen))
        raw.append(("reward_discount", "Discount (reward)", Fraction(1), "", None, -discount_used))
        remaining -= discount_used

    tax_rate = F(tariff.tax_rate)
    tax_exact = remaining * tax_rate
    if tariff.tax_rate:
        pct = (tariff.tax_rate * 100).normalize()
        raw.append(("tax", f"Service tax {pct:f}%", tax_rate, "rate", None, tax_exact))
    return _Exact(
        raw=raw,
        total=remaining + tax_exact,
        kwh=kwh,
        charging_minutes=charging_minutes,
        idle_minutes=idle_minutes,
        included_used=included_used,
        free_used=free_used,
        discount_used=discount_used,
    )


# ----------------------------------------------------------------------------------------- repository


TARIFF_FIELDS = (
    "name",
    "description",
    "price_per_kwh_sen",
    "price_per_minute_sen",
    "idle_fee_per_minute_sen",
    "idle_grace_minutes",
    "session_fee_sen",
    "min_charge_sen",
    "max_charge_sen",
    "tax_rate",
    "reservation_fee_sen",
    "active",
)


def _validate(values: dict[str, Any]) -> None:
    for key in ("price_per_kwh_sen", "price_per_minute_sen", "idle_fee_per_minute_sen"):
        if key in values and values[key] is not None:
            require_exact(values[key], key)
            if values[key] < 0:
                raise InvalidInput("Prices cannot be negative.", field=key.removesuffix("_sen"))
    for key in ("idle_grace_minutes", "session_fee_sen", "min_charge_sen", "reservation_fee_sen"):
        if key in values and values[key] is not None and values[key] < 0:
            raise InvalidInput("Must not be negative.", field=key.removesuffix("_sen"))
    if "tax_rate" in values and values["tax_rate"] is not None:
        require_exact(values["tax_rate"], "tax_rate")
        if not (0 <= values["tax_rate"] < 1):
            raise InvalidInput("Tax rate must be between 0 and 1 (e.g. 0.08 for 8%).", field="tax_rate")
    if "name" in values and values["name"] is not None and not str(values["name"]).strip():
        raise InvalidInput("A name is required.", field="name")


async def create_tariff(session: AsyncSession, values: dict[str, Any], *, is_default: bool = False) -> Tariff:
    _validate(values)
    data = {k: v for k, v in values.items() if k in TARIFF_FIELDS and v is not None}
    tariff = Tariff(**data)
    if tariff.max_charge_sen is not None and tariff.max_charge_sen < (tariff.min_charge_sen or 0):
        raise InvalidInput("Maximum charge must be at least the minimum charge.", field="max_charge")
    session.add(tariff)
    await session.flush()
    if is_default:
        await set_default_tariff(session, tariff.id)
    else:
        await roaming_outbox.stage_tariff(session, tariff.id)
    return tariff


async def update_tariff(session: AsyncSession, tariff_id: int, values: dict[str, Any]) -> Tariff:
    tariff = await session.get(Tariff, tariff_id)
    if tariff is None:
        raise NotFound("Tariff not found.", field="id")
    _validate(values)
    for k, v in values.items():
        if k in TARIFF_FIELDS and (v is not None or k in ("max_charge_sen", "description")):
            setattr(tariff, k, v)
    if tariff.max_charge_sen is not None and tariff.max_charge_sen < tariff.min_charge_sen:
        raise InvalidInput("Maximum charge must be at least the minimum charge.", field="max_charge")
    await session.flush()
    await roaming_outbox.stage_tariff(session, tariff.id)
    return tariff


async def set_default_tariff(session: AsyncSession, tariff_id: int) -> None:
    await session.execute(update(Tariff).where(Tariff.id != tariff_id).values(is_default=False))
    await session.execute(update(Tariff).where(Tariff.id == tariff_id).values(is_default=True, active=True))
    await roaming_outbox.stage_tariff(session, tariff_id)  # made active again if it was not


async def make_default(session: AsyncSession, tariff_id: int) -> Tariff:
    """Make a tariff the default (for chargers without their own); NotFound when there is none."""
    t = await session.get(Tariff, tariff_id)
    if t is None:
        raise NotFound("Tariff not found.", field="id")
    await set_default_tariff(session, tariff_id)
    return t


async def deactivate_tariff(session: AsyncSession, tariff_id: int) -> Tariff:
    """Deactivate a tariff; never the active default: without a default every charger lacking its
    own tariff would charge nothing (Conflict)."""
    current = await session.get(Tariff, tariff_id)
    if current is not None and current.is_default and current.active:
        raise Conflict("This is the default tariff: make another one the default first.", field="id")
    return await update_tariff(session, tariff_id, {"active": False})


async def active_tariff(session: AsyncSession, tariff_id: int) -> Tariff:
    """The tariff, if it exists and is active (NotFound otherwise): one a charger may be given."""
    t = await session.get(Tariff, tariff_id)
    if t is None or not t.active:
        raise NotFound("Tariff not found.", field="tariffId")
    return t


async def assign_tariff(session: AsyncSession, charger_id: int, tariff_id: int | None) -> None:
    charger = await session.get(Charger, charger_id)
    if charger is None:
        raise NotFound("Charger not found.", field="chargerId")
    if tariff_id is not None and await session.get(Tariff, tariff_id) is None:
        raise NotFound("Tariff not found.", field="tariffId")
    charger.tariff_id = tariff_id
    await session.flush()


async def default_tariff(session: AsyncSession) -> Tariff | None:
    stmt = (
        select(Tariff)
        .where(Tariff.is_default.is_(True), Tariff.active.is_(True))
        .order_by(Tariff.id)
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def tariff_for_charger(session: AsyncSession, charger_id: int | None) -> TariffSnapshot:
    """The charger's own active tariff, else the default tariff, else :data:`FREE`."""
    if charger_id is not None:
        charger = await session.get(Charger, charger_id)
        if charger is not None and charger.tariff_id is not None:
            tariff = await session.get(Tariff, charger.tariff_id)
            if tariff is not None and tariff.active:
                return TariffSnapshot.of(tariff)
    tariff = await default_tariff(session)
    return TariffSnapshot.of(tariff) if tariff is not None else FREE
