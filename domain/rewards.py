"""Reward points: a signed movements ledger (``reward_point_movements``, UNIQUE idempotency keys) with
``users.points_balance`` as its cache, changed only by relative conditional UPDATEs so that it never
goes negative and never disagrees with the movements. Catalog, atomic redemption, referrals."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import REWARD_KINDS, Referral, RewardItem, RewardPointMovement, RewardRedemption, User, utcnow
from domain import rows
from domain.errors import Conflict, DomainError, InvalidInput, NotFound

REFERRAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class InsufficientPoints(DomainError):
    code = "INSUFFICIENT_POINTS"
    default_message = "Not enough points."


class OutOfStock(DomainError):
    code = "OUT_OF_STOCK"
    default_message = "This reward is out of stock."


async def points_balance(session: AsyncSession, user_id: int) -> int:
    value = (
        await session.execute(select(User.points_balance).where(User.id == user_id))
    ).scalar_one_or_none()
    return int(value or 0)


async def move_points(
    session: AsyncSession,
    *,
    user_id: int,
    points: int,
    reason: str,
    idempotency_key: str,
    memo: str | None = None,
    session_id: int | None = None,
    redemption_id: int | None = None,
    referral_id: int | None = None,
) -> bool:
    """Add (or, negative, take) points once per key. False when the key was already used.
    Raises InsufficientPoints when the balance would go negative."""
    if points == 0:
        return False
    stmt = select(RewardPointMovement.id).where(RewardPointMovement.idempotency_key == idempotency_key)
    if (await session.execute(stmt)).first() is not None:
        return False
    session.add(
        RewardPointMovement(
            user_id=user_id,
            points=points,
            reason=reason,
            memo=memo,
            idempotency_key=idempotency_key,
            session_id=session_id,
            redemption_id=redemption_id,
            referral_id=referral_id,
        )
    )
    await session.flush()
    upd = update(User).where(User.id == user_id)
    if points < 0:
        upd = upd.where(User.points_balance + points >= 0)
    result = await session.execute(
        upd.values(points_balance=User.points_balance + points).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise InsufficientPoints()
    return True


async def check_points(session: AsyncSession) -> list[tuple[int, int, int]]:
    """Users whose cached balance differs from the sum of their movements: (user, cached, sum)."""
    sums = dict(
        (
            await session.execute(
                select(RewardPointMovement.user_id, func.sum(RewardPointMovement.points)).group_by(
                    RewardPointMovement.user_id
                )
            )
        ).all()
    )
    out = []
    for uid, bal in (await session.execute(select(User.id, User.points_balance))).all():
        if int(sums.get(uid, 0) or 0) != int(bal):
            out.append((int(uid), int(bal), int(sums.get(uid, 0) or 0)))
    return out


def session_points(energy_wh: int, points_per_kwh: int) -> int:
    """Whole points for a session: floor(kWh x POINTS_PER_KWH)."""
    return max(0, energy_wh) * points_per_kwh // 1000


# ----------------------------------------------------------------------------------------- catalog

ITEM_FIELDS = ("name", "description", "points", "category", "kind", "value", "stock", "image_url", "active")


def _validate_item(values: dict[str, Any]) -> None:
    if "name" in values and values["name"] is not None and not str(values["name"]).strip():
        raise InvalidInput("A name is required.", field="name")
    if values.get("points") is not None and values["points"] <= 0:
        raise InvalidInput("Points must be positive.", field="points")
    if values.get("stock") is not None and values["stock"] < 0:
        raise InvalidInput("Stock cannot be negative.", field="stock")
    if values.get("kind") is not None and values["kind"] not in REWARD_KINDS:
        raise InvalidInput("Unknown reward kind.", field="kind")
    if values.get("value") is not None:
        if not isinstance(values["value"], Decimal | int) or values["value"] < 0:
            raise InvalidInput("Value must be a non-negative number.", field="value")


async def create_item(session: AsyncSession, values: dict[str, Any]) -> RewardItem:
    _validate_item(values)
    for required in ("name", "points", "kind"):
        if values.get(required) is None:
            raise InvalidInput(f"{required} is required.", field=required)
    item = rows.new(RewardItem, values, ITEM_FIELDS)
    session.add(item)
    await session.flush()
    return item


async def update_item(session: AsyncSession, item_id: int, values: dict[str, Any]) -> RewardItem:
    item = await rows.get(session, RewardItem, item_id, "Reward not found.")
    _validate_item(values)
    rows.assign(
        item, values, ITEM_FIELDS, clearable=("stock", "description", "category", "image_url", "value")
    )
    await session.flush()
    return item


async def delete_item(session: AsyncSession, item_id: int) -> RewardItem:
    """Deactivate (redemptions keep pointing at it)."""
    item = await rows.get(session, RewardItem, item_id, "Reward not found.")
    item.active = False
    await session.flush()
    return item


# ----------------------------------------------------------------------------------------- redeem


async def redeem(
    session: AsyncSession, *, user_id: int, item_id: int, idempotency_key: str
) -> RewardRedemption:
    """Atomically take one from stock and the points; the same key returns the same redemption."""
    key = (idempotency_key or "").strip()
    if not key or len(key) > 128:
        raise InvalidInput("An idempotency key of 1 to 128 characters is required.", field="idempotency_key")
    existing = (
        await session.execute(
            select(RewardRedemption).where(
                RewardRedemption.user_id == user_id, RewardRedemption.idempotency_key == key
            )
        )
    ).scalar_one_or_none()
    if existing is not None:
        if existing.item_id != item_id:
            raise Conflict("This idempotency key was used for another reward.", field="idempotency_key")
        return existing
    item = await session.get(RewardItem, item_id)
    if item is None or not item.active:
        raise NotFound("Reward not found.", field="item_id")
    taken = await session.execute(
        update(RewardItem)
        .where(
            RewardItem.id == item_id,
            RewardItem.active.is_(True),
            (RewardItem.stock.is_(None)) | (RewardItem.stock > 0),
        )
        .values(stock=RewardItem.stock - 1)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        raise OutOfStock()
    redemption = RewardRedemption(
        user_id=user_id, item_id=item_id, points=item.points, status="pending", idempotency_key=key
    )
    session.add(redemption)
    await session.flush()
    await move_points(
        session,
        user_id=user_id,
        points=-item.points,
        reason="redemption",
        idempotency_key=f"redemption:{redemption.id}",
        memo=item.name,
        redemption_id=redemption.id,
    )
    return redemption


@dataclass
class RedemptionBenefit:
    free_kwh: Decimal
    discount_sen: int
    redemptions: list[RewardRedemption]


def _benefit(pending: list[tuple[RewardRedemption, RewardItem]]) -> RedemptionBenefit:
    free = Decimal(0)
    discount = 0
    used = []
    for r, item in pending:
        if item.value is None:
            continue
        if item.kind == "free_kwh":
            free += Decimal(item.value)
        else:
            discount += int(Decimal(item.value))
        used.append(r)
    return RedemptionBenefit(free, discount, used)


async def collect_benefits(session: AsyncSession, user_id: int) -> RedemptionBenefit:
    """The driver's redeemed rewards not yet applied, summed (see `collect_benefits_of`)."""
    return (await collect_benefits_of(session, {user_id}))[user_id]


async def collect_benefits_of(session: AsyncSession, user_ids: set[int]) -> dict[int, RedemptionBenefit]:
    """`collect_benefits` of several drivers in one statement: their redeemed free-kWh and discount
    rewards not yet applied, oldest first."""
    pending: dict[int, list[tuple[RewardRedemption, RewardItem]]] = {u: [] for u in user_ids}
    q = (
        select(RewardRedemption, RewardItem)
        .join(RewardItem, RewardItem.id == RewardRedemption.item_id)
        .where(
            RewardRedemption.user_id.in_(sorted(user_ids)),
            RewardRedemption.status == "pending",
            RewardItem.kind.in_(("free_kwh", "discount")),
        )
        .order_by(RewardRedemption.id)
    )
    for r, item in (await session.execute(q)).all():
        pending[r.user_id].append((r, item))
    return {u: _benefit(p) for u, p in pending.items()}


# ----------------------------------------------------------------------------------------- referrals


async def referral_code(session: AsyncSession, user_id: int) -> str:
    """The driver's personal referral code (created on first use)."""
    user = await rows.get(session, User, user_id, "User not found.")
    if user.referral_code:
        return user.referral_code
    for _ in range(10):
        code = "".join(secrets.choice(REFERRAL_ALPHABET) for _ in range(8))
        taken = (await session.execute(select(User.id).where(User.referral_code == code))).first()
        if taken is None:
            # Conditional: a concurrent first use may have set one already; everyone keeps that one.
            await session.execute(
                update(User)
                .where(User.id == user_id, User.referral_code.is_(None))
                .values(referral_code=code)
                .execution_options(synchronize_session=False)
            )
            await session.refresh(user, ["referral_code"])
            if user.referral_code:
                return user.referral_code
    raise Conflict("Could not allocate a referral code; try again.")


async def apply_referral_code(session: AsyncSession, user_id: int, code: str) -> Referral:
    """Record that ``code``'s owner referred this driver (once, before their first paid session)."""
    code = (code or "").strip().upper()
    referrer = (await session.execute(select(User).where(User.referral_code == code))).scalar_one_or_none()
    if referrer is None:
        raise NotFound("Unknown referral code.", field="code")
    if referrer.id == user_id:
        raise InvalidInput("You cannot refer yourself.", field="code")
    existing = (
        await session.execute(select(Referral).where(Referral.referred_id == user_id))
    ).scalar_one_or_none()
    if existing is not None:
        raise Conflict("A referral code was already applied to this account.", field="code")
    from db.models import ChargingSession

    paid = (
        await session.execute(
            select(ChargingSession.id).where(
                ChargingSession.user_id == user_id,
                ChargingSession.billed.is_(True),
                ChargingSession.total_cost_sen > 0,
            )
        )
    ).first()
    if paid is not None:
        raise Conflict("Referral codes apply only before your first paid session.", field="code")
    referral = Referral(referrer_id=referrer.id, referred_id=user_id, code=code, status="pending")
    session.add(referral)
    user = await session.get(User, user_id)
    if user is not None and user.referred_by_id is None:
        user.referred_by_id = referrer.id
    await session.flush()
    await session.refresh(referral)
    return referral


async def reward_referral(
    session: AsyncSession, *, user_id: int, session_id: int, points: int
) -> Referral | None:
    """On a referred driver's first paid session: points to both, once."""
    referral = (
        await session.execute(
            select(Referral).where(Referral.referred_id == user_id, Referral.status == "pending")
        )
    ).scalar_one_or_none()
    if referral is None:
        user = await session.get(User, user_id)
        if user is None or user.referred_by_id is None or user.referred_by_id == user_id:
            return None
        if (await session.execute(select(Referral.id).where(Referral.referred_id == user_id))).first():
            return None
        referral = Referral(
            referrer_id=user.referred_by_id,
            referred_id=user_id,
            code=user.referral_code or "",
            status="pending",
        )
        session.add(referral)
        await session.flush()
    claimed = await session.execute(
        update(Referral)
        .where(Referral.id == referral.id, Referral.status == "pending")
        .values(status="rewarded", rewarded_at=utcnow(), qualifying_session_id=session_id)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return None
    if points > 0:
        for who, role in ((referral.referrer_id, "referrer"), (referral.referred_id, "referred")):
            await move_points(
                session,
                user_id=who,
                points=points,
                reason="referral",
                idempotency_key=f"referral:{referral.id}:{role}",
                memo="Referral bonus",
                referral_id=referral.id,
                session_id=session_id,
            )
    return referral
