"""Top-ups: payment methods and payment intents at the gateway (the sandbox gateway ships)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import strawberry
from sqlalchemy import select

from api.accounts_types import Money
from api.errors import UserError, payload_or_errors, register_error_type
from api.permissions import require_user
from api.relay import Connection, decode_id, encode_id, paginate
from db.models import Payment
from domain import ledger, payments
from domain.money import ringgit_to_sen


@strawberry.type(description="The idempotency key was already used for another request.")
class IdempotencyConflictError(UserError):
    pass


register_error_type(ledger.IdempotencyConflict, IdempotencyConflictError)


@strawberry.enum
class PaymentMethodKind(enum.Enum):
    FPX = "fpx"
    CARD = "card"
    EWALLET = "ewallet"


@strawberry.type
class PaymentMethod:
    method: PaymentMethodKind
    label: str
    provider: str
    sandbox: bool


@strawberry.type
class TopUp:
    id: strawberry.ID
    amount: Money
    method: PaymentMethodKind
    status: str
    provider: str
    checkout_url: str | None
    failure_reason: str | None
    created_at: dt.datetime
    completed_at: dt.datetime | None

    @classmethod
    def from_model(cls, p: Payment) -> TopUp:
        return cls(
            id=encode_id("TopUp", p.id),
            amount=Money.from_sen(p.amount_sen, p.currency),
            method=PaymentMethodKind(p.method),
            status=p.status.upper(),
            provider=p.provider,
            checkout_url=p.checkout_url,
            failure_reason=p.failure_reason,
            created_at=p.created_at,
            completed_at=p.completed_at,
        )


@strawberry.input
class CreateTopUpInput:
    amount: Decimal
    method: PaymentMethodKind
    idempotency_key: str
    return_url: str | None = strawberry.field(
        default=None,
        description="Where the gateway sends the driver back after paying or failing, with "
        "`?topUp=<id>&status=<status>` added. Must be on one of this platform's origins (PUBLIC_URL, "
        "CORS_ORIGINS); another is an INVALID_INPUT error.",
    )


@strawberry.type
class CreateTopUpPayload:
    top_up: TopUp | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(description="Ways to top up the wallet.")
    def payment_methods(self) -> list[PaymentMethod]:
        return [
            PaymentMethod(method=PaymentMethodKind(m), label=label, provider="sandbox", sandbox=True)
            for m, label in payments.payment_methods()
        ]

    @strawberry.field(description="One of your top-ups.")
    async def top_up(self, info: strawberry.Info, id: strawberry.ID) -> TopUp:
        user = await require_user(info)
        async with info.context.platform.sessionmaker() as s:
            owner = None if user.role == "admin" else user.id
            return TopUp.from_model(await payments.get_payment(s, decode_id(id, "TopUp"), owner))

    @strawberry.field(description="Your top-ups, newest first.")
    async def my_top_ups(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[TopUp]:
        user = await require_user(info)
        async with info.context.platform.sessionmaker() as s:
            return await paginate(
                s,
                select(Payment).where(Payment.user_id == user.id),
                key=Payment.id,
                to_node=TopUp.from_model,
                first=first,
                after=after,
            )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Start a wallet top-up: returns the gateway checkout URL. The same idempotency key "
        "returns the same top-up; the wallet is credited when the gateway confirms."
    )
    async def create_top_up(self, info: strawberry.Info, input: CreateTopUpInput) -> CreateTopUpPayload:
        async def work() -> CreateTopUpPayload:
            user = await require_user(info)
            payment = await payments.create_topup(
                info.context.platform,
                user_id=user.id,
                amount_sen=ringgit_to_sen(input.amount, positive=True),
                method=input.method.value,
                idempotency_key=input.idempotency_key,
                return_url=input.return_url,
            )
            return CreateTopUpPayload(top_up=TopUp.from_model(payment))

        return await payload_or_errors(CreateTopUpPayload, work())
