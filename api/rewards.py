"""Rewards: points balance and history, the catalog (admin CRUD), atomic redemption, redemption history.
A redeemed free-kWh or discount reward is applied by the next billing (``domain.billing``)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import strawberry

from api import audited
from api.accounts_types import Money
from api.errors import UserError, payload_or_errors, register_error_type
from api.mapped import mapped
from api.permissions import get_viewer, require_admin, require_user
from api.relay import Connection, decode_id, encode_id, list_page, paginate
from db.engine import read_session
from db.models import RewardItem as ItemModel
from db.models import RewardPointMovement as MovementModel
from db.models import RewardRedemption as RedemptionModel
from domain import audit, ledger, rewards
from domain.errors import InvalidInput, NotFound
from domain.money import ringgit_to_sen
from domain.read_models import catalogues as read


@strawberry.type(description="Your points do not cover this reward.")
class InsufficientPointsError(UserError):
    pass


@strawberry.type(description="The reward is out of stock.")
class OutOfStockError(UserError):
    pass


register_error_type(rewards.InsufficientPoints, InsufficientPointsError)
register_error_type(rewards.OutOfStock, OutOfStockError)


@strawberry.enum
class RewardKind(enum.Enum):
    FREE_KWH = "free_kwh"
    DISCOUNT = "discount"
    MERCH = "merch"


@strawberry.type
class RewardItem:
    id: strawberry.ID
    name: str
    description: str | None
    points: int
    category: str | None
    kind: RewardKind
    free_kwh: Decimal | None = strawberry.field(description="For FREE_KWH: kWh free at the next billing.")
    discount: Money | None = strawberry.field(description="For DISCOUNT: taken off the next bill.")
    stock: int | None = strawberry.field(description="Null: unlimited.")
    in_stock: bool
    image_url: str | None
    active: bool
    created_at: dt.datetime

    @classmethod
    def from_model(cls, i: ItemModel) -> RewardItem:
        value = None if i.value is None else Decimal(i.value)
        return mapped(
            cls,
            i,
            id=encode_id("RewardItem", i.id),
            kind=RewardKind(i.kind),
            free_kwh=value.quantize(Decimal("0.001")) if i.kind == "free_kwh" and value is not None else None,
            discount=Money.from_sen(int(value)) if i.kind == "discount" and value is not None else None,
            in_stock=i.stock is None or i.stock > 0,
        )


@strawberry.type
class RewardRedemption:
    id: strawberry.ID
    item: RewardItem
    points: int
    status: str = strawberry.field(
        description="PENDING (not yet applied or fulfilled), APPLIED, FULFILLED, ..."
    )
    applied_session_id: strawberry.ID | None
    applied_at: dt.datetime | None
    created_at: dt.datetime

    @classmethod
    def build(cls, r: RedemptionModel, item: ItemModel) -> RewardRedemption:
        return cls(
            id=encode_id("RewardRedemption", r.id),
            item=RewardItem.from_model(item),
            points=r.points,
            status=r.status.upper(),
            applied_session_id=encode_id("ChargingSession", r.applied_session_id)
            if r.applied_session_id
            else None,
            applied_at=r.applied_at,
            created_at=r.created_at,
        )


@strawberry.type(description="A change of your points balance.")
class PointMovement:
    id: strawberry.ID
    points: int = strawberry.field(description="Positive: earned; negative: spent.")
    reason: str = strawberry.field(description="SESSION, REFERRAL, REDEMPTION, ...")
    memo: str | None
    session_id: strawberry.ID | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, m: MovementModel) -> PointMovement:
        return cls(
            id=encode_id("PointMovement", m.id),
            points=int(m.points),
            reason=m.reason.upper(),
            memo=m.memo,
            session_id=encode_id("ChargingSession", m.session_id) if m.session_id else None,
            created_at=m.created_at,
        )


@strawberry.type
class RewardsBalance:
    points: int
    pending_free_kwh: Decimal = strawberry.field(description="Redeemed free kWh waiting for the next bill.")
    pending_discount: Money = strawberry.field(description="Redeemed discounts waiting for the next bill.")


async def load_balance(s: Any, user_id: int) -> RewardsBalance:
    pending = await rewards.collect_benefits(s, user_id)
    return RewardsBalance(
        points=await rewards.points_balance(s, user_id),
        pending_free_kwh=Decimal(pending.free_kwh).quantize(Decimal("0.001")),
        pending_discount=Money.from_sen(pending.discount_sen),
    )


@strawberry.input
class CreateRewardItemInput:
    name: str
    points: int
    kind: RewardKind
    value: Decimal | None = strawberry.field(
        default=None, description="kWh for FREE_KWH, ringgit for DISCOUNT, unused for MERCH."
    )
    category: str | None = None
    description: str | None = None
    stock: int | None = strawberry.field(default=None, description="Null: unlimited.")
    image_url: str | None = None
    active: bool = True


@strawberry.input(description="Only the fields given change; `stock: null` makes it unlimited.")
class UpdateRewardItemInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    points: int | None = strawberry.UNSET
    kind: RewardKind | None = strawberry.UNSET
    value: Decimal | None = strawberry.UNSET
    category: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    stock: int | None = strawberry.UNSET
    image_url: str | None = strawberry.UNSET
    active: bool | None = strawberry.UNSET


@strawberry.input
class RewardItemIdInput:
    id: strawberry.ID


@strawberry.type
class RewardItemPayload:
    item: RewardItem | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class RedeemRewardInput:
    item_id: strawberry.ID
    idempotency_key: str = strawberry.field(description="The same key returns the same redemption.")


@strawberry.type
class RedeemRewardPayload:
    redemption: RewardRedemption | None = None
    balance: RewardsBalance | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


def _stored_value(kind: str, value: Decimal | None) -> Decimal | None:
    """The stored value: kWh for free_kwh, sen for discount."""
    if value is None:
        if kind in ("free_kwh", "discount"):
            raise InvalidInput("A value is required for this kind of reward.", field="value")
        return None
    if not value.is_finite() or value <= 0:
        raise InvalidInput("The value must be positive.", field="value")
    if kind == "discount":
        return Decimal(ringgit_to_sen(value, field="value", positive=True))
    if kind == "free_kwh":
        if value != value.quantize(Decimal("0.001")):
            raise InvalidInput("Free kWh can have at most 3 decimals.", field="value")
        return value
    return None


def _item_values(inp: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("name", "points", "category", "description", "stock", "image_url", "active"):
        value = getattr(inp, name, strawberry.UNSET)
        if value is not strawberry.UNSET:
            out[name] = value
    if out.get("name") is not None:
        out["name"] = str(out["name"]).strip()
    kind = getattr(inp, "kind", strawberry.UNSET)
    if kind is not strawberry.UNSET and kind is not None:
        out["kind"] = kind.value
    return out


@strawberry.type
class Query:
    @strawberry.field(description="Your reward points and the rewards waiting for your next bill.")
    async def rewards_balance(self, info: strawberry.Info) -> RewardsBalance:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            return await load_balance(s, user.id)

    @strawberry.field(description="How your points changed, newest first.")
    async def point_history(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[PointMovement]:
        user = await require_user(info)
        return await list_page(
            info, read.point_movements(user.id), to_node=PointMovement.from_model, first=first, after=after
        )

    @strawberry.field(description="Rewards to redeem (admins may include inactive ones).")
    async def reward_catalog(
        self,
        info: strawberry.Info,
        category: str | None = None,
        include_inactive: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[RewardItem]:
        viewer = await get_viewer(info)
        stmt = read.reward_items(
            include_inactive=include_inactive and viewer is not None and viewer.is_admin, category=category
        )
        return await list_page(
            info, stmt, to_node=RewardItem.from_model, first=first, after=after, descending=False
        )

    @strawberry.field(description="Your redemptions, newest first.")
    async def my_redemptions(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[RewardRedemption]:
        user = await require_user(info)
        return await _redemptions(info, user.id, first, after)

    @strawberry.field(description="Admins: redemptions (of one user, or everyone's), newest first.")
    async def reward_redemptions(
        self,
        info: strawberry.Info,
        user_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[RewardRedemption]:
        await require_admin(info)
        uid = decode_id(user_id, "User", field="userId") if user_id else None
        return await _redemptions(info, uid, first, after)


async def _redemptions(
    info: strawberry.Info, user_id: int | None, first: int | None, after: str | None
) -> Connection[RewardRedemption]:
    stmt = read.redemptions(user_id)
    async with read_session(info.context.platform.sessionmaker) as s:
        conn = await paginate(s, stmt, to_node=lambda r: r, first=first, after=after)
        items = await read.reward_items_by_ids(s, (e.node.item_id for e in conn.edges))
    for edge in conn.edges:
        edge.node = RewardRedemption.build(edge.node, items[edge.node.item_id])  # type: ignore[assignment]
    return conn  # type: ignore[return-value]


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: add a reward to the catalog.")
    async def create_reward_item(
        self, info: strawberry.Info, input: CreateRewardItemInput
    ) -> RewardItemPayload:
        async def work() -> RewardItemPayload:
            admin = await require_admin(info)
            values = _item_values(input)
            values["value"] = _stored_value(input.kind.value, input.value)
            item = await audited.change(
                info,
                admin.id,
                "reward_item.create",
                "RewardItem",
                lambda s: rewards.create_item(s, values),
                values,
            )
            return RewardItemPayload(item=RewardItem.from_model(item))

        return await payload_or_errors(RewardItemPayload, work())

    @strawberry.mutation(description="Admins: change a reward (name, points, category, stock, active, ...).")
    async def update_reward_item(
        self, info: strawberry.Info, input: UpdateRewardItemInput
    ) -> RewardItemPayload:
        async def work() -> RewardItemPayload:
            admin = await require_admin(info)
            iid = decode_id(input.id, "RewardItem")
            values = _item_values(input)
            async with info.context.platform.sessionmaker() as s, s.begin():
                current = await read.reward_item(s, iid)
                if current is None:
                    raise NotFound("Reward not found.")
                kind = values.get("kind", current.kind)
                if input.value is not strawberry.UNSET:
                    values["value"] = _stored_value(kind, input.value)
                elif kind != current.kind:
                    values["value"] = _stored_value(kind, None)
                item = await audit.recorded(
                    s,
                    await rewards.update_item(s, iid, values),
                    actor_user_id=admin.id,
                    action="reward_item.update",
                    target_type="RewardItem",
                    details=values,
                )
                return RewardItemPayload(item=RewardItem.from_model(item))

        return await payload_or_errors(RewardItemPayload, work())

    @strawberry.mutation(description="Admins: withdraw a reward from the catalog (past redemptions stay).")
    async def delete_reward_item(self, info: strawberry.Info, input: RewardItemIdInput) -> RewardItemPayload:
        async def work() -> RewardItemPayload:
            admin = await require_admin(info)
            iid = decode_id(input.id, "RewardItem")
            item = await audited.change(
                info, admin.id, "reward_item.delete", "RewardItem", lambda s: rewards.delete_item(s, iid)
            )
            return RewardItemPayload(item=RewardItem.from_model(item))

        return await payload_or_errors(RewardItemPayload, work())

    @strawberry.mutation(
        description="Redeem a reward with your points: atomic (points and stock never go negative); the "
        "same idempotency key returns the same redemption."
    )
    async def redeem_reward(self, info: strawberry.Info, input: RedeemRewardInput) -> RedeemRewardPayload:
        async def work() -> RedeemRewardPayload:
            user = await require_user(info)
            iid = decode_id(input.item_id, "RewardItem", field="itemId")

            async def fn(s: Any) -> RedeemRewardPayload:
                r = await rewards.redeem(
                    s, user_id=user.id, item_id=iid, idempotency_key=input.idempotency_key
                )
                item = await read.reward_item(s, r.item_id, fresh=True)
                if item is None:
                    raise NotFound("No such reward item.")
                return RedeemRewardPayload(
                    redemption=RewardRedemption.build(r, item), balance=await load_balance(s, user.id)
                )

            return await ledger.in_transaction(
                info.context.platform.sessionmaker, fn, retry_on_integrity=True
            )

        return await payload_or_errors(RedeemRewardPayload, work())
