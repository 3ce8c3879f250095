"""Top-ups: payment methods and payment intents at the gateway (the sandbox gateway ships)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import strawberry

from api.accounts_types import Money
from api.errors import UserError, payload_or_errors, register_error_type
from api.mapped import mapped
from api.permissions import require_admin, require_user
from api.relay import Connection, decode_id, encode_id, list_page
from db.engine import read_session
from db.models import Payment, PaymentGatewayEvent
from domain import ledger, payments
from domain.errors import InvalidInput, NotFound
from domain.money import ringgit_to_sen
from domain.read_models import money as read


@strawberry.type(description="The idempotency key was already used for another request.")
class IdempotencyConflictError(UserError):
    pass


register_error_type(ledger.IdempotencyConflict, IdempotencyConflictError)


@strawberry.type(description="No payment gateway is configured on this platform: top-ups are not available.")
class PaymentGatewayNotConfiguredError(UserError):
    pass


register_error_type(payments.GatewayNotConfigured, PaymentGatewayNotConfiguredError)


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
        return mapped(
            cls,
            p,
            id=encode_id("TopUp", p.id),
            amount=Money.from_sen(p.amount_sen, p.currency),
            method=PaymentMethodKind(p.method),
            status=p.status.upper(),
        )


@strawberry.enum(description="A top-up's state as the payment gateway last reported it.")
class GatewayState(enum.Enum):
    CREATED = "created"
    FAILED = "failed"
    SUCCEEDED = "succeeded"
    REFUNDED = "refunded"


@strawberry.type(description="One event the payment gateway sent about a top-up.")
class GatewayEventRecord:
    event_id: str
    type: str | None
    gateway_time: dt.datetime | None = strawberry.field(description="The gateway's own time of the event.")
    sequence: int | None
    received_at: dt.datetime
    outcome: str | None = strawberry.field(
        description="What applying it did: applied, stale (older than the latest word), ignored."
    )
    error: str | None


@strawberry.type(description="A top-up an admin must reconcile with the payment gateway.")
class TopUpReconciliation:
    top_up: TopUp
    user_id: strawberry.ID
    gateway_state: GatewayState | None = strawberry.field(description="The gateway's latest word.")
    gateway_time: dt.datetime | None
    flag: str | None = strawberry.field(
        description="Why it needs an admin: failed_after_credit, refunded_after_credit, "
        "pending_after_credit (the gateway contradicts a credit; nothing was debited: refund or adjust "
        "with adjustWallet), amount_mismatch (the gateway reported another amount; nothing credited)."
    )
    flagged_at: dt.datetime | None
    events: list[GatewayEventRecord]

    @classmethod
    def build(cls, p: Payment, events: list[PaymentGatewayEvent]) -> TopUpReconciliation:
        return cls(
            top_up=TopUp.from_model(p),
            user_id=encode_id("User", p.user_id),
            gateway_state=GatewayState(p.gateway_status) if p.gateway_status else None,
            gateway_time=p.gateway_event_at,
            flag=p.flag,
            flagged_at=p.flagged_at,
            events=[
                mapped(
                    GatewayEventRecord,
                    e,
                    type=e.event_type,
                    gateway_time=e.event_created_at,
                    sequence=e.event_seq,
                )
                for e in events
            ],
        )


@strawberry.input(description="The top-up, by its id or by the sandbox checkout's reference (exactly one).")
class CreateSandboxCheckoutLinkInput:
    top_up_id: strawberry.ID | None = None
    reference: str | None = strawberry.field(
        default=None, description="The last part of the checkout URL (from the sandbox page's admin link)."
    )


@strawberry.type
class CreateSandboxCheckoutLinkPayload:
    url: str | None = None
    expires_at: dt.datetime | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ReverseTopUpCreditInput:
    top_up_id: strawberry.ID
    reason: str = strawberry.field(
        description="Why (1-500 characters), kept on the posting and in the audit log."
    )


@strawberry.type
class ReverseTopUpCreditPayload:
    top_up: TopUp | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


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
    @strawberry.field(description="Ways to top up the wallet (none when no payment gateway is configured).")
    def payment_methods(self, info: strawberry.Info) -> list[PaymentMethod]:
        gateway = info.context.platform.settings.active_payment_gateway
        if gateway is None:
            return []
        return [
            PaymentMethod(
                method=PaymentMethodKind(m), label=label, provider=gateway, sandbox=gateway == "sandbox"
            )
            for m, label in payments.payment_methods()
        ]

    @strawberry.field(
        description="Admins: top-ups whose state differs from the payment gateway's latest event, and "
        "flagged ones (the gateway contradicted a credit: nothing was debited, an admin decides), newest "
        "first."
    )
    async def top_up_reconciliation(
        self, info: strawberry.Info, first: int = 100
    ) -> list[TopUpReconciliation]:
        await require_admin(info)
        if not 1 <= first <= 100:  # the page-size bound every `first` has (api/limits.py)
            raise InvalidInput("first must be between 1 and 100.", field="first")
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await payments.reconciliation(s, limit=first)
            return [TopUpReconciliation.build(p, await payments.gateway_events(s, p.id)) for p in rows]

    @strawberry.field(description="One of your top-ups.")
    async def top_up(self, info: strawberry.Info, id: strawberry.ID) -> TopUp:
        user = await require_user(info)
        async with read_session(info.context.platform.sessionmaker) as s:
            owner = None if user.role == "admin" else user.id
            return TopUp.from_model(await payments.get_payment(s, decode_id(id, "TopUp"), owner))

    @strawberry.field(description="Your top-ups, newest first.")
    async def my_top_ups(
        self, info: strawberry.Info, first: int | None = 20, after: str | None = None
    ) -> Connection[TopUp]:
        user = await require_user(info)
        return await list_page(
            info, read.top_ups_of(user.id), to_node=TopUp.from_model, first=first, after=after
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

    @strawberry.mutation(
        description="Admins: a link to the sandbox gateway's checkout page of a top-up, signed for you and "
        "valid for ten minutes. In production (PAYMENT_GATEWAY=sandbox) the sandbox's pages open only "
        "through such a link."
    )
    async def create_sandbox_checkout_link(
        self, info: strawberry.Info, input: CreateSandboxCheckoutLinkInput
    ) -> CreateSandboxCheckoutLinkPayload:
        async def work() -> CreateSandboxCheckoutLinkPayload:
            admin = await require_admin(info)
            platform = info.context.platform
            if (input.top_up_id is None) == (input.reference is None):
                raise InvalidInput("Give either topUpId or reference.", field="top_up_id")
            async with read_session(platform.sessionmaker) as s:
                if input.top_up_id is not None:
                    payment = await payments.get_payment(s, decode_id(input.top_up_id, "TopUp"))
                else:
                    ref = (input.reference or "").strip()
                    found = await payments.get_by_reference(s, ref) if 0 < len(ref) <= 191 else None
                    if found is None:
                        raise NotFound("Top-up not found.", field="reference")
                    payment = found
            url, expires = payments.sandbox_link(platform, payment, admin.id)
            return CreateSandboxCheckoutLinkPayload(url=url, expires_at=expires)

        return await payload_or_errors(CreateSandboxCheckoutLinkPayload, work())

    @strawberry.mutation(
        description="Admins: take back the credit of a flagged top-up (the gateway reported it failed, "
        "refunded or open after the wallet was credited) in one balanced posting: the wallet pays what it "
        "holds, the rest becomes the driver's debt. Idempotent; CONFLICT for a top-up that is not flagged."
    )
    async def reverse_top_up_credit(
        self, info: strawberry.Info, input: ReverseTopUpCreditInput
    ) -> ReverseTopUpCreditPayload:
        async def work() -> ReverseTopUpCreditPayload:
            admin = await require_admin(info)
            payment, _ = await payments.reverse_credit(
                info.context.platform,
                decode_id(input.top_up_id, "TopUp"),
                admin_id=admin.id,
                reason=input.reason,
            )
            return ReverseTopUpCreditPayload(top_up=TopUp.from_model(payment))

        return await payload_or_errors(ReverseTopUpCreditPayload, work())
