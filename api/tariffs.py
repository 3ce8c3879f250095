"""Tariffs: admin CRUD (create, update, deactivate, set the default, assign to a charger), the price a
driver sees for a charger before starting, and a price quote computed by the billing code itself."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import strawberry

from api import audited
from api.accounts_types import Money
from api.errors import UserError, payload_or_errors
from api.mapped import mapped
from api.permissions import get_viewer, require_admin
from api.relay import Connection, decode_id, encode_id, list_page
from api.sessions import CostLine
from db.engine import read_session
from db.models import Tariff as TariffModel
from domain import billing, stations, tariffs
from domain.errors import InvalidInput, NotFound
from domain.money import ringgit_to_sen
from domain.read_models import catalogues as read
from domain.read_models import chargers as read_chargers
from domain.tariffs import TariffSnapshot

#: Unit prices are stored in sen with 4 decimals, i.e. ringgit with 6.
UNIT_PLACES = Decimal("0.0001")


def unit_money(sen: Decimal | int, currency: str = "MYR") -> Money:
    """A unit price (sen, possibly fractional) as Money in ringgit: at least two decimals, never rounded."""
    amount = (Decimal(sen) / 100).normalize()
    if amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(Decimal("0.01"))
    return Money(amount=amount, currency=currency)


def unit_price_sen(amount: Decimal, field: str) -> Decimal:
    """A unit price in ringgit from a caller → Decimal sen (at most 6 decimal places in ringgit)."""
    if not amount.is_finite():
        raise InvalidInput("Must be a finite number.", field=field)
    sen = amount * 100
    if sen != sen.quantize(UNIT_PLACES, rounding=ROUND_HALF_UP):
        raise InvalidInput("A unit price can have at most 6 decimal places.", field=field)
    if sen < 0:
        raise InvalidInput("Prices cannot be negative.", field=field)
    return sen.quantize(UNIT_PLACES)


def _money_sen(amount: Decimal, field: str) -> int:
    sen = ringgit_to_sen(amount, field=field)
    if sen < 0:
        raise InvalidInput("Must not be negative.", field=field)
    return sen


@strawberry.type(description="What charging costs on a charger: the prices a driver sees before starting.")
class TariffPrice:
    tariff_id: strawberry.ID | None = strawberry.field(description="Null when charging is free.")
    name: str
    currency: str
    price_per_kwh: Money
    price_per_minute: Money = strawberry.field(description="Per minute of charging.")
    idle_fee_per_minute: Money = strawberry.field(
        description="Per minute connected after charging has ended, after the grace period."
    )
    idle_grace_minutes: int
    session_fee: Money
    min_charge: Money
    max_charge: Money | None
    tax_rate: Decimal = strawberry.field(description="e.g. 0.08 for 8% service tax.")
    reservation_fee: Money = strawberry.field(description="Charged when a reservation is accepted.")
    free: bool

    @classmethod
    def from_snapshot(cls, t: TariffSnapshot) -> TariffPrice:
        cur = t.currency
        return cls(
            tariff_id=encode_id("Tariff", t.tariff_id) if t.tariff_id is not None else None,
            name=t.name,
            currency=cur,
            price_per_kwh=unit_money(t.price_per_kwh_sen, cur),
            price_per_minute=unit_money(t.price_per_minute_sen, cur),
            idle_fee_per_minute=unit_money(t.idle_fee_per_minute_sen, cur),
            idle_grace_minutes=t.idle_grace_minutes,
            session_fee=Money.from_sen(t.session_fee_sen, cur),
            min_charge=Money.from_sen(t.min_charge_sen, cur),
            max_charge=None if t.max_charge_sen is None else Money.from_sen(t.max_charge_sen, cur),
            tax_rate=t.tax_rate,
            reservation_fee=Money.from_sen(t.reservation_fee_sen, cur),
            free=t.tariff_id is None,
        )


@strawberry.type
class Tariff:
    id: strawberry.ID
    name: str
    description: str | None
    currency: str
    price_per_kwh: Money
    price_per_minute: Money
    idle_fee_per_minute: Money
    idle_grace_minutes: int
    session_fee: Money
    min_charge: Money
    max_charge: Money | None
    tax_rate: Decimal
    reservation_fee: Money
    is_default: bool
    active: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, t: TariffModel) -> Tariff:
        p = TariffPrice.from_snapshot(TariffSnapshot.of(t))
        return mapped(
            cls,
            p,
            id=encode_id("Tariff", t.id),
            name=t.name,
            description=t.description,
            currency=t.currency,
            is_default=t.is_default,
            active=t.active,
            created_at=t.created_at,
            updated_at=t.updated_at,
        )


@strawberry.type(
    description="A price estimate from the tariff (and your membership), as billing computes it."
)
class PriceQuote:
    tariff: TariffPrice
    energy_kwh: Decimal
    charging_minutes: Decimal
    idle_minutes: Decimal = strawberry.field(description="Billable idle minutes (after the grace period).")
    membership_plan: str | None = strawberry.field(description="The plan whose benefits are applied.")
    lines: list[CostLine]
    subtotal: Money
    tax: Money
    total: Money


@strawberry.input
class CreateTariffInput:
    name: str
    description: str | None = None
    price_per_kwh: Decimal = Decimal(0)
    price_per_minute: Decimal = Decimal(0)
    idle_fee_per_minute: Decimal = Decimal(0)
    idle_grace_minutes: int = 0
    session_fee: Decimal = Decimal(0)
    min_charge: Decimal = Decimal(0)
    max_charge: Decimal | None = None
    tax_rate: Decimal = Decimal(0)
    reservation_fee: Decimal = Decimal(0)
    is_default: bool = False


@strawberry.input(description="Only the fields given change; `maxCharge: null` removes the cap.")
class UpdateTariffInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    price_per_kwh: Decimal | None = strawberry.UNSET
    price_per_minute: Decimal | None = strawberry.UNSET
    idle_fee_per_minute: Decimal | None = strawberry.UNSET
    idle_grace_minutes: int | None = strawberry.UNSET
    session_fee: Decimal | None = strawberry.UNSET
    min_charge: Decimal | None = strawberry.UNSET
    max_charge: Decimal | None = strawberry.UNSET
    tax_rate: Decimal | None = strawberry.UNSET
    reservation_fee: Decimal | None = strawberry.UNSET
    active: bool | None = strawberry.UNSET


@strawberry.input
class TariffIdInput:
    id: strawberry.ID


@strawberry.input
class AssignTariffInput:
    charger_id: strawberry.ID
    tariff_id: strawberry.ID | None = strawberry.field(
        default=None, description="Null: the charger uses the default tariff."
    )


@strawberry.type
class TariffPayload:
    tariff: Tariff | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class AssignTariffPayload:
    charger_id: strawberry.ID | None = None
    tariff: Tariff | None = None
    price: TariffPrice | None = strawberry.field(default=None, description="What drivers now see.")
    errors: list[UserError] = strawberry.field(default_factory=list)


def _values(inp: Any) -> dict[str, Any]:
    """Domain values (sen) from the fields of a create or update input that were given."""
    out: dict[str, Any] = {}

    def given(name: str) -> bool:
        return getattr(inp, name, strawberry.UNSET) is not strawberry.UNSET

    for name in ("name", "description", "idle_grace_minutes", "active"):
        if given(name):
            out[name] = getattr(inp, name)
    for name in ("price_per_kwh", "price_per_minute", "idle_fee_per_minute"):
        if given(name) and getattr(inp, name) is not None:
            out[f"{name}_sen"] = unit_price_sen(getattr(inp, name), name)
    for name in ("session_fee", "min_charge", "reservation_fee"):
        if given(name) and getattr(inp, name) is not None:
            out[f"{name}_sen"] = _money_sen(getattr(inp, name), name)
    if given("max_charge"):
        value = inp.max_charge
        out["max_charge_sen"] = None if value is None else _money_sen(value, "max_charge")
    if given("tax_rate") and inp.tax_rate is not None:
        out["tax_rate"] = inp.tax_rate
    if out.get("name") is not None:
        out["name"] = str(out["name"]).strip()
    return out


async def _visible_charger(info: strawberry.Info, gid: strawberry.ID) -> int:
    """The charger's key when the viewer may see it: admins any, others approved public ones."""
    cid = decode_id(gid, "Charger", field="chargerId")
    viewer = await get_viewer(info)
    async with read_session(info.context.platform.sessionmaker) as s:
        c = await read_chargers.charger(s, cid)
    if c is None or not ((viewer is not None and viewer.is_admin) or stations.visible_to_drivers(c)):
        raise NotFound("No such charger.", field="chargerId")
    return cid


@strawberry.type
class Query:
    @strawberry.field(description="Admins: every tariff, newest first.")
    async def tariffs(
        self,
        info: strawberry.Info,
        include_inactive: bool = True,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Tariff]:
        await require_admin(info)
        stmt = read.tariffs(include_inactive=include_inactive)
        return await list_page(info, stmt, to_node=Tariff.from_model, first=first, after=after)

    @strawberry.field(description="Admins: one tariff.")
    async def tariff(self, info: strawberry.Info, id: strawberry.ID) -> Tariff:
        await require_admin(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            t = await read.tariff(s, decode_id(id, "Tariff"))
        if t is None:
            raise NotFound("Tariff not found.")
        return Tariff.from_model(t)

    @strawberry.field(
        description="The prices that apply on a charger (its own tariff, else the default): what the "
        "driver sees before starting."
    )
    async def charger_tariff(self, info: strawberry.Info, charger_id: strawberry.ID) -> TariffPrice:
        cid = await _visible_charger(info, charger_id)
        async with read_session(info.context.platform.sessionmaker) as s:
            return TariffPrice.from_snapshot(await tariffs.tariff_for_charger(s, cid))

    @strawberry.field(
        description="Estimate the cost of charging `energyKwh` over `minutes` on a charger (plus "
        "`idleMinutes` connected after charging), with your membership's benefits."
    )
    async def quote(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID,
        energy_kwh: Decimal,
        minutes: Decimal = Decimal(0),
        idle_minutes: Decimal = Decimal(0),
    ) -> PriceQuote:
        cid = await _visible_charger(info, charger_id)
        if not energy_kwh.is_finite() or energy_kwh < 0:
            raise InvalidInput("Energy must be a non-negative number of kWh.", field="energyKwh")
        energy_wh = int((energy_kwh * 1000).to_integral_value(rounding=ROUND_HALF_UP))
        viewer = await get_viewer(info)
        user_id = viewer.user.id if viewer is not None else None
        async with read_session(info.context.platform.sessionmaker) as s:
            snapshot, cost = await billing.quote(
                s,
                charger_id=cid,
                energy_wh=energy_wh,
                charging_minutes=minutes,
                idle_minutes=idle_minutes,
                user_id=user_id,
            )
            plan = (await billing.plan_benefits(s, user_id)).plan_name
        cur = cost.currency
        return PriceQuote(
            tariff=TariffPrice.from_snapshot(snapshot),
            energy_kwh=cost.energy_kwh,
            charging_minutes=cost.charging_minutes,
            idle_minutes=cost.idle_minutes,
            membership_plan=plan,
            lines=[CostLine.of_json(line.to_json(), cur) for line in cost.lines],
            subtotal=Money.from_sen(cost.subtotal_sen, cur),
            tax=Money.from_sen(cost.tax_sen, cur),
            total=Money.from_sen(cost.total_sen, cur),
        )


async def _write(
    info: strawberry.Info, fn: Any, *, actor_id: int, action: str, details: Any = None
) -> TariffModel:
    t: TariffModel = await audited.change(info, actor_id, action, "Tariff", fn, details)
    return t


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: create a tariff (prices in ringgit; `isDefault` makes it the default)."
    )
    async def create_tariff(self, info: strawberry.Info, input: CreateTariffInput) -> TariffPayload:
        async def work() -> TariffPayload:
            admin = await require_admin(info)
            values = _values(input)

            async def fn(s: Any) -> TariffModel:
                return await tariffs.create_tariff(s, values, is_default=input.is_default)

            return TariffPayload(
                tariff=Tariff.from_model(
                    await _write(info, fn, actor_id=admin.id, action="tariff.create", details=values)
                )
            )

        return await payload_or_errors(TariffPayload, work())

    @strawberry.mutation(
        description="Admins: change a tariff. Running sessions keep the prices they started with."
    )
    async def update_tariff(self, info: strawberry.Info, input: UpdateTariffInput) -> TariffPayload:
        async def work() -> TariffPayload:
            admin = await require_admin(info)
            tid = decode_id(input.id, "Tariff")
            values = _values(input)

            async def fn(s: Any) -> TariffModel:
                return await tariffs.update_tariff(s, tid, values)

            return TariffPayload(
                tariff=Tariff.from_model(
                    await _write(info, fn, actor_id=admin.id, action="tariff.update", details=values)
                )
            )

        return await payload_or_errors(TariffPayload, work())

    @strawberry.mutation(
        description="Admins: deactivate a tariff; its chargers fall back to the default tariff. The default "
        "tariff cannot be deactivated (make another the default first)."
    )
    async def deactivate_tariff(self, info: strawberry.Info, input: TariffIdInput) -> TariffPayload:
        async def work() -> TariffPayload:
            admin = await require_admin(info)
            tid = decode_id(input.id, "Tariff")

            async def fn(s: Any) -> TariffModel:
                return await tariffs.deactivate_tariff(s, tid)

            return TariffPayload(
                tariff=Tariff.from_model(
                    await _write(info, fn, actor_id=admin.id, action="tariff.deactivate", details=None)
                )
            )

        return await payload_or_errors(TariffPayload, work())

    @strawberry.mutation(description="Admins: make a tariff the default (for chargers without their own).")
    async def set_default_tariff(self, info: strawberry.Info, input: TariffIdInput) -> TariffPayload:
        async def work() -> TariffPayload:
            admin = await require_admin(info)
            tid = decode_id(input.id, "Tariff")

            async def fn(s: Any) -> TariffModel:
                return await tariffs.make_default(s, tid)

            return TariffPayload(
                tariff=Tariff.from_model(
                    await _write(info, fn, actor_id=admin.id, action="tariff.set_default", details=None)
                )
            )

        return await payload_or_errors(TariffPayload, work())

    @strawberry.mutation(description="Admins: give a charger its own tariff (or null for the default).")
    async def assign_tariff(self, info: strawberry.Info, input: AssignTariffInput) -> AssignTariffPayload:
        async def work() -> AssignTariffPayload:
            admin = await require_admin(info)
            cid = decode_id(input.charger_id, "Charger", field="chargerId")
            tid = decode_id(input.tariff_id, "Tariff", field="tariffId") if input.tariff_id else None

            async def write(s: Any) -> tuple[Tariff | None, TariffPrice]:
                tariff = await tariffs.active_tariff(s, tid) if tid is not None else None
                await tariffs.assign_tariff(s, cid, tid)
                price = TariffPrice.from_snapshot(await tariffs.tariff_for_charger(s, cid))
                return (Tariff.from_model(tariff) if tariff is not None else None), price

            node, price = await audited.change(
                info,
                admin.id,
                "tariff.assign",
                "Charger",
                write,
                details={"tariff_id": tid},
                target_id=lambda _: cid,
            )
            return AssignTariffPayload(charger_id=input.charger_id, tariff=node, price=price)

        return await payload_or_errors(AssignTariffPayload, work())
