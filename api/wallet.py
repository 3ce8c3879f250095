"""Wallet: balance, debt, ledger transactions (driver and admin), admin refunds and adjustments."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import strawberry

from api.accounts_types import Money
from api.errors import UserError, payload_or_errors
from api.permissions import require_admin, require_user
from api.relay import Connection, decode_id, encode_id, paginate
from db.engine import read_session
from db.models import LedgerEntry, LedgerPosting
from domain import audit, authorization, ledger, payments
from domain.money import ringgit_to_sen
from domain.read_models import money as read


@strawberry.type
class WalletTransaction:
    id: strawberry.ID
    kind: str
    amount: Money
    balance_after: Money | None
    memo: str | None
    reason: str | None
    created_at: dt.datetime
    session_id: strawberry.ID | None = None

    @classmethod
    def from_row(cls, entry: LedgerEntry, posting: LedgerPosting) -> WalletTransaction:
        return cls(
            id=encode_id("WalletTransaction", entry.id),
            kind=posting.kind,
            amount=Money.from_sen(entry.amount_sen),
            balance_after=None
            if entry.balance_after_sen is None
            else Money.from_sen(entry.balance_after_sen),
            memo=posting.memo,
            reason=posting.reason,
            created_at=entry.created_at,
            session_id=encode_id("ChargingSession", posting.session_id) if posting.session_id else None,
        )


async def _transactions(
    info: strawberry.Info, user_id: int | None, first: int | None, after: str | None
) -> Connection[WalletTransaction]:
    stmt = read.wallet_entries(user_id)
    async with read_session(info.context.platform.sessionmaker) as s:
        conn = await paginate(s, stmt, to_node=lambda e: e, first=first, after=after)
        postings = await read.postings(s, {e.node.posting_id for e in conn.edges})
    for edge in conn.edges:
        edge.node = WalletTransaction.from_row(edge.node, postings[edge.node.posting_id])  # type: ignore[assignment]
    return conn  # type: ignore[return-value]


@strawberry.type
class Wallet:
    user_id: strawberry.Private[int]
    balance: Money
    debt: Money = strawberry.field(description="What the driver owes from sessions the wallet did not cover.")
    minimum_to_start: Money = strawberry.field(
        description="The balance needed to start charging (the platform's minimum in force)."
    )
    minimum_top_up: Money = strawberry.field(description="The smallest top-up accepted.")
    maximum_top_up: Money = strawberry.field(description="The largest top-up accepted.")

    @strawberry.field(description="Wallet movements, newest first.")
    async def transactions(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[WalletTransaction]:
        return await _transactions(info, self.user_id, first, after)


async def load_wallet(info: strawberry.Info, user_id: int) -> Wallet:
    async with read_session(info.context.platform.sessionmaker) as s:
        balance = await ledger.wallet_balance(s, user_id)
        debt = await ledger.debt_owed(s, user_id)
        minimum = await authorization.required_start_balance(s, info.context.platform.settings)
    cur = info.context.platform.settings.currency
    return Wallet(
        user_id=user_id,
        balance=Money.from_sen(balance, cur),
        debt=Money.from_sen(debt, cur),
        minimum_to_start=Money.from_sen(minimum, cur),
        minimum_top_up=Money.from_sen(payments.MIN_TOPUP_SEN, cur),
        maximum_top_up=Money.from_sen(payments.MAX_TOPUP_SEN, cur),
    )


@strawberry.enum
class AdjustmentKind(enum.Enum):
    REFUND = "refund"
    ADJUSTMENT = "adjustment"


@strawberry.input
class AdjustWalletInput:
    user_id: strawberry.ID
    amount: Decimal = strawberry.field(description="Positive credits the wallet, negative debits it.")
    kind: AdjustmentKind
    reason: str
    idempotency_key: str
    session_id: strawberry.ID | None = None


@strawberry.type
class AdjustWalletPayload:
    wallet: Wallet | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="The signed-in driver's wallet.")
    async def wallet(self, info: strawberry.Info) -> Wallet:
        user = await require_user(info)
        return await load_wallet(info, user.id)

    @strawberry.field(description="Admins: a user's wallet.")
    async def user_wallet(self, info: strawberry.Info, user_id: strawberry.ID) -> Wallet:
        await require_admin(info)
        return await load_wallet(info, decode_id(user_id, "User", field="userId"))

    @strawberry.field(description="Admins: every wallet movement, newest first.")
    async def wallet_transactions(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[WalletTransaction]:
        await require_admin(info)
        return await _transactions(info, None, first, after)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: refund to, or adjust, a driver's wallet (reason required).")
    async def adjust_wallet(self, info: strawberry.Info, input: AdjustWalletInput) -> AdjustWalletPayload:
        async def work() -> AdjustWalletPayload:
            admin = await require_admin(info)
            user_id = decode_id(input.user_id, "User", field="userId")
            amount = ringgit_to_sen(input.amount)
            sid = (
                decode_id(input.session_id, "ChargingSession", field="sessionId")
                if input.session_id
                else None
            )
            platform = info.context.platform

            async def adjust(s: Any) -> ledger.PostingResult:
                return await ledger.adjust_wallet(
                    s,
                    user_id=user_id,
                    amount_sen=amount,
                    reason=input.reason,
                    kind=input.kind.value,
                    admin_id=admin.id,
                    idempotency_key=f"admin:{input.idempotency_key}",
                    session_id=sid,
                )

            fn = audit.audited(
                adjust,
                actor_user_id=admin.id,
                action=f"wallet.{input.kind.value}",
                target_type="User",
                target_id=lambda _: user_id,
                details=lambda result: {
                    "amount": input.amount,
                    "reason": input.reason,
                    "posting_id": result.posting.id,
                },
                when=lambda result: result.created,  # a replayed idempotency key changed nothing
            )
            await ledger.in_transaction(platform.sessionmaker, fn, bus=platform.bus)
            return AdjustWalletPayload(wallet=await load_wallet(info, user_id))

        return await payload_or_errors(AdjustWalletPayload, work())
