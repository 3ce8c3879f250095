"""Membership plans: admin CRUD; drivers list plans, subscribe (paid from the wallet), see and cancel
their membership (at the end of the paid period). Renewals run in the housekeeping task
(``domain.memberships.renew_due``); billing applies the plan (``domain.billing``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry

from api import audited
from api.accounts_types import Money
from api.errors import UserError, payload_or_errors, register_error_type
from api.mapped import mapped
from api.permissions import get_viewer, require_admin, require_user
from api.relay import Connection, decode_id, encode_id, list_page
from api.tariffs import unit_money, unit_price_sen
from db.engine import read_session
from db.models import Membership as MembershipModel
from db.models import MembershipPlan as PlanModel
from domain import ledger, memberships
from domain.errors import InvalidInput
from domain.money import ringgit_to_sen
from domain.read_models import catalogues as read


@strawberry.type(description="The wallet balance does not cover this.")
class InsufficientFundsError(UserError):
    pass


register_error_type(ledger.InsufficientFunds, InsufficientFundsError)


@strawberry.type
class MembershipPlan:
    id: strawberry.ID
    name: str
    description: str | None
    monthly_price: Money
    discount_per_kwh: Money = strawberry.field(description="Taken off the price of every kWh.")
    included_kwh: Decimal = strawberry.field(description="kWh included each month (free of the kWh price).")
    active: bool
    created_at: dt.datetime

    @classmethod
    def from_model(cls, p: PlanModel) -> MembershipPlan:
        return mapped(
            cls,
            p,
            id=encode_id("MembershipPlan", p.id),
            monthly_price=Money.from_sen(p.monthly_price_sen),
            discount_per_kwh=unit_money(p.discount_per_kwh_sen),
            included_kwh=Decimal(p.included_kwh).quantize(Decimal("0.001")),
        )


@strawberry.type
class Membership:
    id: strawberry.ID
    plan: MembershipPlan
    status: str = strawberry.field(description="ACTIVE, PAST_DUE (renewal not paid), CANCELLED or EXPIRED.")
    period_start: dt.datetime
    period_end: dt.datetime
    cancel_at_period_end: bool
    renews_at: dt.datetime | None = strawberry.field(description="Null when it ends at the period end.")
    included_kwh_used: Decimal
    included_kwh_remaining: Decimal

    @classmethod
    def build(cls, m: MembershipModel, plan: PlanModel) -> Membership:
        used = Decimal(m.included_kwh_used).quantize(Decimal("0.001"))
        remaining = max(Decimal(0), Decimal(plan.included_kwh) - used).quantize(Decimal("0.001"))
        return cls(
            id=encode_id("Membership", m.id),
            plan=MembershipPlan.from_model(plan),
            status=m.status.upper(),
            period_start=m.period_start,
            period_end=m.period_end,
            cancel_at_period_end=m.cancel_at_period_end,
            renews_at=None if m.cancel_at_period_end or m.status != "active" else m.period_end,
            included_kwh_used=used,
            included_kwh_remaining=remaining,
        )


async def _membership_node(s: Any, m: MembershipModel) -> Membership:
    plan = await read.membership_plan(s, m.plan_id)
    assert plan is not None
    return Membership.build(m, plan)


@strawberry.input
class CreateMembershipPlanInput:
    name: str
    monthly_price: Decimal
    description: str | None = None
    discount_per_kwh: Decimal = Decimal(0)
    included_kwh: Decimal = Decimal(0)
    active: bool = True


@strawberry.input(description="Only the fields given change.")
class UpdateMembershipPlanInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    monthly_price: Decimal | None = strawberry.UNSET
    discount_per_kwh: Decimal | None = strawberry.UNSET
    included_kwh: Decimal | None = strawberry.UNSET
    active: bool | None = strawberry.UNSET


@strawberry.input
class MembershipPlanIdInput:
    id: strawberry.ID


@strawberry.type
class MembershipPlanPayload:
    plan: MembershipPlan | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class SubscribeMembershipInput:
    plan_id: strawberry.ID
    idempotency_key: str = strawberry.field(
        description="The same key returns the same membership and never charges twice."
    )


@strawberry.input
class CancelMembershipInput:
    reason: str | None = None


@strawberry.type
class MembershipPayload:
    membership: Membership | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _plan_values(inp: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def given(name: str) -> bool:
        return getattr(inp, name, strawberry.UNSET) is not strawberry.UNSET

    for name in ("name", "description", "active"):
        if given(name):
            out[name] = getattr(inp, name)
    if out.get("name") is not None:
        out["name"] = str(out["name"]).strip()
    if given("monthly_price") and inp.monthly_price is not None:
        out["monthly_price_sen"] = ringgit_to_sen(inp.monthly_price, field="monthly_price")
    if given("discount_per_kwh") and inp.discount_per_kwh is not None:
        out["discount_per_kwh_sen"] = unit_price_sen(inp.discount_per_kwh, "discount_per_kwh")
    if given("included_kwh") and inp.included_kwh is not None:
        kwh = inp.included_kwh
        if not kwh.is_finite() or kwh < 0 or kwh != kwh.quantize(Decimal("0.001")):
            raise InvalidInput(
                "Included kWh: a non-negative number with at most 3 decimals.", field="included_kwh"
            )
        out["included_kwh"] = kwh
    return out


@strawberry.type
class Query:
    @strawberry.field(description="Membership plans on offer (admins may include inactive ones).")
    async def membership_plans(
        self,
        info: strawberry.Info,
        include_inactive: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MembershipPlan]:
        viewer = await get_viewer(info)
        stmt = read.membership_plans(
            include_inactive=include_inactive and viewer is not None and viewer.is_admin
        )
        return await list_page(
            info, stmt, to_node=MembershipPlan.from_model, first=first, after=after, descending=False
        )

    @strawberry.field(description="Your current membership (active or awaiting payment), if any.")
    async def my_membership(self, info: strawberry.Info) -> Membership | None:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            m = await memberships.current_membership(s, user.id)
            return await _membership_node(s, m) if m is not None else None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: create a membership plan (prices in ringgit).")
    async def create_membership_plan(
        self, info: strawberry.Info, input: CreateMembershipPlanInput
    ) -> MembershipPlanPayload:
        async def work() -> MembershipPlanPayload:
            admin = await require_admin(info)
            values = _plan_values(input)
            plan = await audited.change(
                info,
                admin.id,
                "membership_plan.create",
                "MembershipPlan",
                lambda s: memberships.create_plan(s, values),
                values,
            )
            return MembershipPlanPayload(plan=MembershipPlan.from_model(plan))

        return await payload_or_errors(MembershipPlanPayload, work())

    @strawberry.mutation(description="Admins: change a plan (a new price applies from the next renewal).")
    async def update_membership_plan(
        self, info: strawberry.Info, input: UpdateMembershipPlanInput
    ) -> MembershipPlanPayload:
        async def work() -> MembershipPlanPayload:
            admin = await require_admin(info)
            pid = decode_id(input.id, "MembershipPlan")
            values = _plan_values(input)
            plan = await audited.change(
                info,
                admin.id,
                "membership_plan.update",
                "MembershipPlan",
                lambda s: memberships.update_plan(s, pid, values),
                values,
            )
            return MembershipPlanPayload(plan=MembershipPlan.from_model(plan))

        return await payload_or_errors(MembershipPlanPayload, work())

    @strawberry.mutation(
        description="Admins: withdraw a plan. Members keep it until their period ends; it is not renewed."
    )
    async def deactivate_membership_plan(
        self, info: strawberry.Info, input: MembershipPlanIdInput
    ) -> MembershipPlanPayload:
        async def work() -> MembershipPlanPayload:
            admin = await require_admin(info)
            pid = decode_id(input.id, "MembershipPlan")
            plan = await audited.change(
                info,
                admin.id,
                "membership_plan.deactivate",
                "MembershipPlan",
                lambda s: memberships.update_plan(s, pid, {"active": False}),
            )
            return MembershipPlanPayload(plan=MembershipPlan.from_model(plan))

        return await payload_or_errors(MembershipPlanPayload, work())

    @strawberry.mutation(
        description="Buy a plan for a month, paid from your wallet; it renews monthly until cancelled."
    )
    async def subscribe_membership(
        self, info: strawberry.Info, input: SubscribeMembershipInput
    ) -> MembershipPayload:
        async def work() -> MembershipPayload:
            user = await require_user(info)
            pid = decode_id(input.plan_id, "MembershipPlan", field="planId")
            platform = info.context.platform

            async def fn(s: Any) -> Membership:
                m = await memberships.subscribe(s, user.id, pid, idempotency_key=input.idempotency_key)
                return await _membership_node(s, m)

            node = await ledger.in_transaction(
                platform.sessionmaker, fn, bus=platform.bus, retry_on_integrity=True
            )
            return MembershipPayload(membership=node)

        return await payload_or_errors(MembershipPayload, work())

    @strawberry.mutation(description="Cancel your membership at the end of the paid period (no refund).")
    async def cancel_membership(
        self, info: strawberry.Info, input: CancelMembershipInput | None = None
    ) -> MembershipPayload:
        async def work() -> MembershipPayload:
            user = await require_user(info)

            async def fn(s: Any) -> Membership:
                m = await memberships.cancel(s, user.id)
                return await _membership_node(s, m)

            node = await ledger.in_transaction(info.context.platform.sessionmaker, fn)
            return MembershipPayload(membership=node)

        return await payload_or_errors(MembershipPayload, work())
