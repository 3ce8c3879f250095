"""Referrals: a driver's personal code and share link, applying a friend's code (at or after
registration, before the first paid session). Points go to both when the referred driver's first paid
session is billed (``domain.billing`` → ``domain.rewards.reward_referral``), once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from api.errors import UserError, payload_or_errors
from api.permissions import require_user
from api.relay import encode_id
from db.engine import read_session
from db.models import Referral as ReferralModel
from db.models import User as UserModel
from domain import ledger, rewards
from domain.read_models import catalogues as read
from domain.read_models import users


def share_url(public_url: str, code: str) -> str:
    return f"{public_url.rstrip('/')}/r/{code}"


@strawberry.type(description="Your personal referral code and how it has been used.")
class ReferralCode:
    code: str
    share_url: str = strawberry.field(description="A link to share: `<PUBLIC_URL>/r/<code>`.")
    points_per_referral: int = strawberry.field(
        description="Points to you and your friend on their first paid session."
    )
    referred_count: int = strawberry.field(description="Drivers who applied your code.")
    rewarded_count: int = strawberry.field(description="Of those, drivers who completed a paid session.")


@strawberry.type(description="A friend's code applied to your account.")
class AppliedReferral:
    id: strawberry.ID
    code: str
    referrer_name: str
    status: str = strawberry.field(description="PENDING until your first paid session, then REWARDED.")
    created_at: dt.datetime
    rewarded_at: dt.datetime | None

    @classmethod
    def build(cls, r: ReferralModel, referrer: UserModel | None) -> AppliedReferral:
        return cls(
            id=encode_id("Referral", r.id),
            code=r.code,
            referrer_name=(referrer.name if referrer is not None else "") or "",
            status=r.status.upper(),
            created_at=r.created_at,
            rewarded_at=r.rewarded_at,
        )


@strawberry.input
class ApplyReferralCodeInput:
    code: str


@strawberry.type
class ApplyReferralCodePayload:
    referral: AppliedReferral | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="Your personal referral code (created on first use) and share link.")
    async def my_referral_code(self, info: strawberry.Info) -> ReferralCode:
        user = await require_user(info)
        platform = info.context.platform

        code = user.referral_code
        if not code:  # created on first use: the one time this read writes
            code = await ledger.in_transaction(
                platform.sessionmaker, lambda s: rewards.referral_code(s, user.id), retry_on_integrity=True
            )
        async with read_session(platform.sessionmaker) as s:
            counts = await read.referral_counts(s, user.id)
        return ReferralCode(
            code=code,
            share_url=share_url(platform.settings.public_url, code),
            points_per_referral=int(platform.settings.referral_points),
            referred_count=int(sum(counts.values())),
            rewarded_count=int(counts.get("rewarded", 0)),
        )

    @strawberry.field(description="The friend's code applied to your account, if any.")
    async def my_referral(self, info: strawberry.Info) -> AppliedReferral | None:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            r = await read.referral_of(s, user.id)
            if r is None:
                return None
            return AppliedReferral.build(r, await users.by_id(s, r.referrer_id))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Apply a friend's referral code (once, before your first paid session): you both get "
        "points when you complete your first paid session."
    )
    async def apply_referral_code(
        self, info: strawberry.Info, input: ApplyReferralCodeInput
    ) -> ApplyReferralCodePayload:
        async def work() -> ApplyReferralCodePayload:
            user = await require_user(info)

            async def fn(s: Any) -> AppliedReferral:
                r = await rewards.apply_referral_code(s, user.id, input.code)
                return AppliedReferral.build(r, await users.by_id(s, r.referrer_id))

            node = await ledger.in_transaction(
                info.context.platform.sessionmaker, fn, retry_on_integrity=True
            )
            return ApplyReferralCodePayload(referral=node)

        return await payload_or_errors(ApplyReferralCodePayload, work())
