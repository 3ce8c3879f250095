"""Monthly membership plans: admin CRUD, bought and renewed from the wallet, applied at billing.

A purchase or renewal is a ledger posting (wallet → membership revenue) with an idempotency key per
period (``membership:<id>:<period start>``), so a renewal run twice charges once. Cancelling keeps
the plan until the end of the paid period.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import Membership, MembershipPlan, User, utcnow
from domain import ledger, rows
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ledger import InsufficientFunds
from domain.ports import DomainPlatform

PLAN_FIELDS = ("name", "description", "monthly_price_sen", "discount_per_kwh_sen", "included_kwh", "active")


def add_month(t: dt.datetime) -> dt.datetime:
    """The same day next month (clamped to the month's last day)."""
    year, month = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    day = min(t.day, calendar.monthrange(year, month)[1])
    return t.replace(year=year, month=month, day=day)


def _validate(values: dict[str, Any]) -> None:
    if values.get("name") is not None and not str(values["name"]).strip():
        raise InvalidInput("A name is required.", field="name")
    if values.get("monthly_price_sen") is not None and values["monthly_price_sen"] < 0:
        raise InvalidInput("Price cannot be negative.", field="monthly_price")
    for key in ("discount_per_kwh_sen", "included_kwh"):
        v = values.get(key)
        if v is not None and (not isinstance(v, Decimal | int) or v < 0):
            raise InvalidInput("Must be a non-negative number.", field=key)


async def create_plan(session: AsyncSession, values: dict[str, Any]) -> MembershipPlan:
    _validate(values)
    if values.get("name") is None or values.get("monthly_price_sen") is None:
        raise InvalidInput("Name and monthly price are required.", field="name")
    if (
        await session.execute(select(MembershipPlan.id).where(MembershipPlan.name == values["name"]))
    ).first():
        raise Conflict("A plan with this name exists.", field="name")
    plan = rows.new(MembershipPlan, values, PLAN_FIELDS)
    session.add(plan)
    await session.flush()
    return plan


async def update_plan(session: AsyncSession, plan_id: int, values: dict[str, Any]) -> MembershipPlan:
    plan = await rows.get(session, MembershipPlan, plan_id, "Plan not found.")
    _validate(values)
    rows.assign(plan, values, PLAN_FIELDS, clearable=("description",))
    await session.flush()
    return plan


async def active_membership(
    session: AsyncSession, user_id: int, at: dt.datetime | None = None
) -> Membership | None:
    at = at or utcnow()
    stmt = (
        select(Membership)
        .where(
            Membership.user_id == user_id,
            Membership.status == "active",
            Membership.period_start <= at,
            Membership.period_end > at,
        )
        .order_by(Membership.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


def _active_at(m: Membership, user_id: int, at: dt.datetime) -> bool:
    return m.user_id == user_id and m.status == "active" and m.period_start <= at < m.period_end


async def memberships_for(
    session: AsyncSession, sessions: list[tuple[int | None, int | None, dt.datetime]]
) -> list[Membership | None]:
    """For each (user id, membership id, started at) of several charging sessions, in one statement:
    the session's membership, or when it has none (or it is gone) the driver's active one when the
    session started (as `active_membership`)."""
    users = sorted({u for u, _m, _at in sessions if u is not None})
    ids = sorted({m for _u, m, _at in sessions if m is not None})
    if not users:
        return [None] * len(sessions)
    rows = list(
        await session.scalars(
            select(Membership).where(
                (Membership.id.in_(ids)) | ((Membership.user_id.in_(users)) & (Membership.status == "active"))
            )
        )
    )
    by_id = {m.id: m for m in rows}
    out: list[Membership | None] = []
    for user_id, membership_id, at in sessions:
        m = by_id.get(membership_id) if membership_id is not None else None
        if m is None and user_id is not None:
            active = [r for r in rows if _active_at(r, user_id, at)]
            m = max(active, key=lambda r: r.id) if active else None
        out.append(m)
    return out


async def current_membership(session: AsyncSession, user_id: int) -> Membership | None:
    stmt = (
        select(Membership)
        .where(Membership.user_id == user_id, Membership.status.in_(("active", "past_due")))
        .order_by(Membership.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def _charge(
    session: AsyncSession, m: Membership, plan: MembershipPlan, *, key: str | None = None
) -> None:
    if plan.monthly_price_sen <= 0:
        return
    wallet = await ledger.wallet_account(session, m.user_id)
    revenue = await ledger.system_account(session, ledger.MEMBERSHIP_REVENUE)
    result = await ledger.post(
        session,
        idempotency_key=key or f"membership:{m.id}:{m.period_start.date().isoformat()}",
        kind="membership",
        entries=[(wallet, -plan.monthly_price_sen), (revenue, plan.monthly_price_sen)],
        memo=f"Membership {plan.name} {m.period_start.date().isoformat()}",
    )
    if not result.created:
        # The key paid for another membership already: never charge twice, never keep an unpaid one.
        raise ledger.IdempotencyConflict(field="idempotency_key")


def subscription_key(user_id: int, idempotency_key: str) -> str:
    """The ledger key of a purchase: one charge per (driver, client idempotency key)."""
    return f"membership-sub:{user_id}:{idempotency_key}"


async def subscribe(
    session: AsyncSession,
    user_id: int,
    plan_id: int,
    now: dt.datetime | None = None,
    *,
    idempotency_key: str | None = None,
) -> Membership:
    """Buy a plan from the wallet (InsufficientFunds rolls the whole purchase back).

    With ``idempotency_key`` the purchase is idempotent: the first period is charged with the ledger key
    :func:`subscription_key`, so a retry (even a concurrent one) returns the membership it paid for and
    charges nothing more. Purchases of one driver are serialised on their user row (MariaDB row lock;
    SQLite transactions are serial), so two different keys cannot buy two memberships at once.
    """
    now = now or utcnow()
    key = None
    if idempotency_key is not None:
        key = idempotency_key.strip()
        if not key or len(key) > 128:
            raise InvalidInput(
                "An idempotency key of 1 to 128 characters is required.", field="idempotency_key"
            )
    # Serialise this driver's purchases (and their retries) on the user row.
    await session.execute(select(User.id).where(User.id == user_id).with_for_update())
    if key is not None and await ledger.find_posting(session, subscription_key(user_id, key)) is not None:
        previous = (
            await session.execute(
                select(Membership)
                .where(Membership.user_id == user_id)
                .order_by(Membership.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        if previous is None or previous.plan_id != plan_id:
            raise ledger.IdempotencyConflict(field="idempotency_key")
        return previous
    plan = await session.get(MembershipPlan, plan_id)
    if plan is None or not plan.active:
        raise NotFound("Plan not found.", field="plan_id")
    current = await current_membership(session, user_id)
    if current is not None and current.period_end > now:
        if current.plan_id == plan_id and current.status == "active" and not current.cancel_at_period_end:
            return current  # already subscribed to this plan: nothing to buy
        raise Conflict("You already have a membership; cancel it first.", field="plan_id")
    if current is not None and current.status == "past_due":
        current.status = "expired"
    m = Membership(
        user_id=user_id, plan_id=plan.id, status="active", period_start=now, period_end=add_month(now)
    )
    session.add(m)
    await session.flush()
    await _charge(session, m, plan, key=subscription_key(user_id, key) if key is not None else None)
    return m


async def cancel(session: AsyncSession, user_id: int) -> Membership:
    m = await current_membership(session, user_id)
    if m is None:
        raise NotFound("You have no membership.")
    if not m.cancel_at_period_end:
        m.cancel_at_period_end = True
        m.cancelled_at = utcnow()
    if m.status == "past_due":
        m.status = "cancelled"
    await session.flush()
    return m


async def renew_due(platform: DomainPlatform, now: dt.datetime | None = None) -> dict[str, int]:
    """Renew (or end) every membership whose period has ended. Safe to run on several nodes at once:
    each membership is claimed with a conditional UPDATE and charged with a per-period key."""
    now = now or utcnow()
    async with read_session(platform.sessionmaker) as session:
        due = list(
            (
                await session.execute(
                    select(Membership.id).where(Membership.status == "active", Membership.period_end <= now)
                )
            ).scalars()
        )
    stats = {"renewed": 0, "ended": 0, "past_due": 0}
    for mid in due:

        async def one(session: AsyncSession, mid: int = mid) -> str:
            m = await session.get(Membership, mid)
            if m is None or m.status != "active" or m.period_end > now:
                return "skip"
            plan = await session.get(MembershipPlan, m.plan_id)
            if m.cancel_at_period_end or plan is None or not plan.active:
                m.status = "cancelled"
                return "ended"
            old_end = m.period_end
            claimed = await session.execute(
                update(Membership)
                .where(Membership.id == mid, Membership.period_end == old_end, Membership.status == "active")
                .values(period_start=old_end, period_end=add_month(old_end), included_kwh_used=Decimal(0))
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return "skip"
            await session.refresh(m)
            await _charge(session, m, plan)
            return "renewed"

        try:
            outcome = await ledger.in_transaction(platform.sessionmaker, one, bus=platform.bus)
        except InsufficientFunds:

            async def mark(session: AsyncSession, mid: int = mid) -> str:
                await session.execute(
                    update(Membership)
                    .where(Membership.id == mid, Membership.status == "active")
                    .values(status="past_due")
                )
                return "past_due"

            outcome = await ledger.in_transaction(platform.sessionmaker, mark)
        if outcome in stats:
            stats[outcome] += 1
    return stats
