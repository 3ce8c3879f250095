"""What the platform offers and drivers collect: tariffs, membership plans, the rewards catalogue,
redemptions, point movements and referrals."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    MembershipPlan,
    Referral,
    RewardItem,
    RewardPointMovement,
    RewardRedemption,
    Tariff,
)


def tariffs(*, include_inactive: bool) -> Select[Tariff]:
    q = select(Tariff)
    return q if include_inactive else q.where(Tariff.active.is_(True))


async def tariff(session: AsyncSession, tariff_id: int) -> Tariff | None:
    return await session.get(Tariff, tariff_id)


def membership_plans(*, include_inactive: bool) -> Select[MembershipPlan]:
    q = select(MembershipPlan)
    return q if include_inactive else q.where(MembershipPlan.active.is_(True))


async def membership_plan(session: AsyncSession, plan_id: int) -> MembershipPlan | None:
    return await session.get(MembershipPlan, plan_id)


def reward_items(*, include_inactive: bool, category: str | None) -> Select[RewardItem]:
    q = select(RewardItem)
    if not include_inactive:
        q = q.where(RewardItem.active.is_(True))
    if category:
        q = q.where(RewardItem.category == category)
    return q


async def reward_item(session: AsyncSession, item_id: int, *, fresh: bool = False) -> RewardItem | None:
    """The reward item; `fresh`: as stored now, even when this session loaded it before a change made
    by a statement (such as the stock taken by a redemption)."""
    return await session.get(RewardItem, item_id, populate_existing=fresh)


async def reward_items_by_ids(session: AsyncSession, ids: Iterable[int]) -> dict[int, RewardItem]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {
        i.id: i
        for i in (await session.execute(select(RewardItem).where(RewardItem.id.in_(wanted)))).scalars()
    }


def redemptions(user_id: int | None) -> Select[RewardRedemption]:
    """Reward redemptions (one driver's, or everyone's)."""
    q = select(RewardRedemption)
    return q if user_id is None else q.where(RewardRedemption.user_id == user_id)


def point_movements(user_id: int) -> Select[RewardPointMovement]:
    return select(RewardPointMovement).where(RewardPointMovement.user_id == user_id)


async def referral_counts(session: AsyncSession, referrer_id: int) -> dict[str, int]:
    """How many of a driver's referrals are in each status."""
    q = (
        select(Referral.status, func.count())
        .where(Referral.referrer_id == referrer_id)
        .group_by(Referral.status)
    )
    return {str(status): int(n) for status, n in (await session.execute(q)).all()}


async def referral_of(session: AsyncSession, referred_id: int) -> Referral | None:
    """The referral a driver applied, if any."""
    q = select(Referral).where(Referral.referred_id == referred_id)
    return (await session.execute(q)).scalar_one_or_none()
