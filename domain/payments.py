"""Top-ups: payment intents at a gateway, credited once when the gateway's signed webhook confirms them.

- ``create_topup`` is idempotent per (user, idempotency key): the same key returns the same payment;
  the same key with a different amount or method is an :class:`IdempotencyConflict`. Concurrent
  retries race on the UNIQUE (user_id, idempotency_key); the losers retry and find the winner's row.
- ``process_webhook`` verifies the signature on the raw body, then in ONE database transaction claims
  the event id (UNIQUE in ``payment_gateway_events``, so a replay changes nothing) and applies the event
  to the payment as a state machine in which **the gateway's latest word wins**, whatever the order of
  arrival. Events carry the gateway's own timestamp (``created``) and optional ``sequence``; an event
  older than the one the payment last applied is recorded as ``stale`` and changes nothing. Applying
  the newest word:

  ==============  =========================================  =====================================
  gateway says    top-up not credited                        top-up credited
  ==============  =========================================  =====================================
  created         pending                                    flagged ``pending_after_credit``
  failed          failed                                     flagged ``failed_after_credit``
  succeeded       credited once (key ``topup:<payment id>``)  nothing (flag cleared)
  refunded        cancelled                                  flagged ``refunded_after_credit``
  ==============  =========================================  =====================================

  A credited top-up is never debited by an event: a contradiction flags it for an admin (the
  reconciliation view, ``reconciliation``). A bad signature is refused before anything is written.
- The gateway in force is the setting PAYMENT_GATEWAY (``Settings.active_payment_gateway``): the
  sandbox in development; in production none unless PAYMENT_GATEWAY=sandbox is set on purpose, and
  then its checkout pages need a short-lived link signed for an admin (``sandbox_admin_token``).
- A top-up may carry a ``return_url``: where the checkout page sends the driver back after Pay or Fail
  (with ``?topUp=<id>&status=<status>``). It must be on one of the platform's own origins (PUBLIC_URL
  and CORS_ORIGINS), so the gateway can never be used as an open redirect.

The provider interface (:class:`PaymentProvider`) lets a real gateway be added; the one that ships is
:class:`SandboxGateway`, a clearly labelled test gateway served by the app itself (``api/http.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import and_, not_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import PAYMENT_METHODS, Payment, PaymentGatewayEvent, User, utcnow
from domain import audit, ledger, rows
from domain.errors import Conflict, DomainError, InvalidInput, NotFound
from domain.ledger import IdempotencyConflict
from domain.ports import DomainPlatform, DomainSettings
from domain.timestamps import parse_timestamp

METHOD_LABELS = {"fpx": "FPX online banking", "card": "Credit / debit card", "ewallet": "E-wallet"}
MIN_TOPUP_SEN = 100
MAX_TOPUP_SEN = 1_000_000
MAX_RETURN_URL = 1024
SIGNATURE_HEADER = "x-plagsini-signature"


class InvalidSignature(DomainError):
    code = "INVALID_SIGNATURE"
    default_message = "The webhook signature is invalid."


class GatewayNotConfigured(DomainError):
    code = "PAYMENT_GATEWAY_NOT_CONFIGURED"
    default_message = "No payment gateway configured: top-ups are not available."


#: Gateway event type -> the payment state the gateway reports.
EVENT_STATES = {
    "payment.created": "created",
    "payment.failed": "failed",
    "payment.succeeded": "succeeded",
    "payment.refunded": "refunded",
}
#: Tie-break between events with the same timestamp and sequence: a later stage of a payment's life
#: at the gateway wins (a refund follows a success, a success may follow a failed attempt).
STATE_RANK = {"created": 0, "failed": 1, "succeeded": 2, "refunded": 3}
#: Flags of a credited top-up the gateway contradicts (see the module docstring).
FLAG_FOR_STATE = {
    "created": "pending_after_credit",
    "failed": "failed_after_credit",
    "refunded": "refunded_after_credit",
}
FLAG_AMOUNT_MISMATCH = "amount_mismatch"
#: The gateway reports success for a top-up whose credit an admin reversed: another admin decision.
FLAG_SUCCEEDED_AFTER_REVERSAL = "succeeded_after_reversal"
#: Lifetime of a sandbox checkout link signed for an admin (production with the sandbox gateway).
SANDBOX_LINK_SECONDS = 600


@dataclass(frozen=True)
class Checkout:
    reference: str
    url: str


@dataclass(frozen=True)
class GatewayEvent:
    event_id: str
    type: str  # "payment.created" | "payment.succeeded" | "payment.failed" | "payment.refunded"
    reference: str
    amount_sen: int
    currency: str
    payload: dict[str, Any]
    #: The gateway's own time of the event (None: not given, the time of arrival is used).
    created_at: dt.datetime | None = None
    #: The gateway's sequence number of the event, when it gives one (orders equal timestamps).
    sequence: int | None = None


class PaymentProvider(Protocol):
    name: str

    def create_checkout(self, payment: Payment) -> Checkout:
        """Create the gateway-side payment for ``payment``; return its reference and checkout URL."""
        ...

    def parse_webhook(self, raw_body: bytes, headers: dict[str, str]) -> GatewayEvent:
        """Verify the signature on the raw body and parse the event; raise InvalidSignature."""
        ...


def webhook_secret(settings: DomainSettings, secret_key: str) -> str:
    """PAYMENT_WEBHOOK_SECRET, or one derived from SECRET_KEY (never a constant)."""
    if settings.payment_webhook_secret:
        return str(settings.payment_webhook_secret)
    return hmac.new(secret_key.encode(), b"plagsini-sandbox-webhook", hashlib.sha256).hexdigest()


def sign(secret: str, raw_body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()


class SandboxGateway:
    """A test gateway served by this app at ``/sandbox-gateway/``: no real money moves."""

    name = "sandbox"

    def __init__(self, public_url: str, secret: str) -> None:
        self.public_url = public_url.rstrip("/")
        self.secret = secret

    def create_checkout(self, payment: Payment) -> Checkout:
        reference = "sbx_" + secrets.token_urlsafe(18)
        return Checkout(reference, f"{self.public_url}/sandbox-gateway/checkout/{reference}")

    def event_body(
        self,
        payment: Payment,
        outcome: str,
        event_id: str | None = None,
        *,
        created: dt.datetime | None = None,
        sequence: int | None = None,
    ) -> bytes:
        """A webhook body as the gateway sends it; ``outcome`` is "paid", "fail" or an event state
        ("created", "failed", "succeeded", "refunded")."""
        state = {"paid": "succeeded", "fail": "failed"}.get(outcome, outcome)
        if state not in STATE_RANK:
            raise ValueError(f"unknown outcome {outcome!r}")
        body: dict[str, Any] = {
            "id": event_id or "evt_" + secrets.token_urlsafe(18),
            "type": f"payment.{state}",
            "data": {
                "reference": payment.provider_reference,
                "amount_sen": payment.amount_sen,
                "currency": payment.currency,
            },
            "created": (created or utcnow()).isoformat(),
        }
        if sequence is not None:
            body["sequence"] = sequence
        return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()

    def parse_webhook(self, raw_body: bytes, headers: dict[str, str]) -> GatewayEvent:
        given = {k.lower(): v for k, v in headers.items()}.get(SIGNATURE_HEADER, "")
        if not given or not hmac.compare_digest(given, sign(self.secret, raw_body)):
            raise InvalidSignature()
        try:
            data = json.loads(raw_body)
            inner = data["data"]
            amount = inner["amount_sen"]
            if isinstance(amount, bool) or not isinstance(amount, int):
                raise TypeError("amount_sen")
            sequence = data.get("sequence")
            if sequence is not None and (
                isinstance(sequence, bool) or not isinstance(sequence, int) or not 0 <= sequence < 2**62
            ):
                raise TypeError("sequence")
            created = data.get("created")
            created_at = _parse_created(created) if created is not None else None
            return GatewayEvent(
                event_id=str(data["id"]),
                type=str(data["type"]),
                reference=str(inner["reference"]),
                amount_sen=amount,
                currency=str(inner.get("currency", "MYR")),
                payload=data,
                created_at=created_at,
                sequence=sequence,
            )
        except (ValueError, KeyError, TypeError, OverflowError) as e:
            raise InvalidInput("Malformed webhook body.") from e


def _parse_created(value: Any) -> dt.datetime:
    """The gateway's event time: an RFC 3339 string or Unix seconds; aware UTC."""
    if isinstance(value, bool):
        raise TypeError("created")
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value, dt.UTC)
    if not isinstance(value, str) or len(value) > 64:
        raise TypeError("created")
    return parse_timestamp(value)


def sandbox_admin_token(secret_key: str, reference: str, admin_id: int, expires: int) -> str:
    """The credential of a sandbox checkout link signed for one admin, one checkout, until ``expires``
    (Unix seconds): ``<admin id>.<expires>.<HMAC-SHA256 of all three under SECRET_KEY>``."""
    msg = f"sandbox-checkout:{reference}:{admin_id}:{expires}".encode()
    sig = hmac.new(secret_key.encode(), msg, hashlib.sha256).hexdigest()
    return f"{admin_id}.{expires}.{sig}"


async def verify_sandbox_admin(platform: DomainPlatform, reference: str, token: str | None) -> bool:
    """True when ``token`` is a live sandbox link for ``reference`` signed for a user who is still an
    active admin (checked on every request, so disabling or demoting the admin ends the link)."""
    if not token or len(token) > 200:
        return False
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return False
    admin_id, expires = int(parts[0]), int(parts[1])
    now = time.time()
    if not now < expires <= now + SANDBOX_LINK_SECONDS + 5:
        return False
    expected = sandbox_admin_token(platform.secret_key, reference, admin_id, expires)
    if not hmac.compare_digest(token, expected):
        return False
    async with read_session(platform.sessionmaker) as session:
        user = await session.get(User, admin_id)
    return user is not None and user.role == "admin" and not user.disabled and user.deleted_at is None


def sandbox_link(platform: DomainPlatform, payment: Payment, admin_id: int) -> tuple[str, dt.datetime]:
    """A checkout URL of the sandbox gateway that works for ``admin_id`` for SANDBOX_LINK_SECONDS."""
    if platform.settings.active_payment_gateway != "sandbox" or payment.provider != "sandbox":
        raise GatewayNotConfigured("The sandbox gateway is not in use.")
    if not payment.provider_reference:
        raise NotFound("Top-up not found.")
    expires = int(time.time()) + SANDBOX_LINK_SECONDS
    token = sandbox_admin_token(platform.secret_key, payment.provider_reference, admin_id, expires)
    base = str(platform.settings.public_url).rstrip("/")
    url = f"{base}/sandbox-gateway/checkout/{payment.provider_reference}?admin={token}"
    return url, dt.datetime.fromtimestamp(expires, dt.UTC)


def provider_for(platform: DomainPlatform, name: str | None = None) -> PaymentProvider:
    """The gateway ``name`` (default: the one in force). Only the gateway in force is served: any
    other name is NotFound; with no gateway configured, GatewayNotConfigured."""
    active = platform.settings.active_payment_gateway
    if name is None:
        if active is None:
            raise GatewayNotConfigured()
        name = active
    if name != active:
        raise NotFound("Unknown payment provider.")
    providers = platform.payment_providers
    if name not in providers:
        if name != "sandbox":
            raise NotFound("Unknown payment provider.")
        providers[name] = SandboxGateway(
            platform.settings.public_url, webhook_secret(platform.settings, platform.secret_key)
        )
    return providers[name]


def payment_methods() -> list[tuple[str, str]]:
    return [(m, METHOD_LABELS[m]) for m in PAYMENT_METHODS]


# ------------------------------------------------------------------------------------- return URLs

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an absolute http(s) URL without credentials, else None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname or "@" in parts.netloc:
        return None
    return scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[scheme]


def platform_origins(settings: DomainSettings) -> set[tuple[str, str, int]]:
    """The platform's own browser origins: PUBLIC_URL's and each of CORS_ORIGINS."""
    candidates = [str(settings.public_url), *str(settings.cors_origins or "").split(",")]
    return {o for c in candidates if c.strip() and (o := _origin(c.strip())) is not None}


def validate_return_url(settings: DomainSettings, url: str | None) -> str | None:
    """The return URL as given when it is on one of the platform's own origins; None when empty.

    Anything else (another host or port, a scheme other than http(s), credentials, control characters,
    a relative or scheme-relative URL) is InvalidInput: the checkout page must not redirect off-site.
    """
    if url is None or not url.strip():
        return None
    url = url.strip()
    if len(url) > MAX_RETURN_URL or any(ord(c) < 0x21 or c in "\\\x7f" for c in url):
        raise InvalidInput("The return URL is not a valid URL.", field="return_url")
    origin = _origin(url)
    if origin is None or origin not in platform_origins(settings):
        raise InvalidInput("The return URL must be an address of this platform.", field="return_url")
    return url


def return_redirect(return_url: str, top_up_id: str, status: str) -> str:
    """``return_url`` with ``topUp`` and ``status`` set in its query (other parameters kept)."""
    parts = urlsplit(return_url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("topUp", "status")
    ]
    query += [("topUp", top_up_id), ("status", status)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


# ----------------------------------------------------------------------------------------- top-ups


async def _find(session: AsyncSession, user_id: int, key: str) -> Payment | None:
    stmt = select(Payment).where(Payment.user_id == user_id, Payment.idempotency_key == key)
    return (await session.execute(stmt)).scalar_one_or_none()


async def create_topup(
    platform: DomainPlatform,
    *,
    user_id: int,
    amount_sen: int,
    method: str,
    idempotency_key: str,
    provider: str | None = None,
    return_url: str | None = None,
) -> Payment:
    """A pending top-up and its checkout. A retry with the same key returns the first top-up as it was
    created (its return URL included)."""
    gateway = provider_for(platform, provider)
    if method not in PAYMENT_METHODS:
        raise InvalidInput("Unknown payment method.", field="method")
    key = (idempotency_key or "").strip()
    if not key or len(key) > 128:
        raise InvalidInput("An idempotency key of 1 to 128 characters is required.", field="idempotency_key")
    if not (MIN_TOPUP_SEN <= amount_sen <= MAX_TOPUP_SEN):
        cur = platform.settings.currency
        msg = f"Top-ups are between {MIN_TOPUP_SEN // 100} and {MAX_TOPUP_SEN // 100} {cur}."
        raise InvalidInput(msg, field="amount")
    return_url = validate_return_url(platform.settings, return_url)

    async def fn(session: AsyncSession) -> Payment:
        existing = await _find(session, user_id, key)
        if existing is not None:
            if existing.amount_sen != amount_sen or existing.method != method:
                raise IdempotencyConflict(
                    "This idempotency key was already used for a top-up with another amount or method.",
                    field="idempotency_key",
                )
            return existing
        payment = Payment(
            user_id=user_id,
            amount_sen=amount_sen,
            currency=platform.settings.currency,
            method=method,
            provider=gateway.name,
            status="pending",
            idempotency_key=key,
            return_url=return_url,
        )
        checkout = gateway.create_checkout(payment)
        payment.provider_reference = checkout.reference
        payment.checkout_url = checkout.url
        session.add(payment)
        await session.flush()
        return payment

    return await ledger.in_transaction(platform.sessionmaker, fn, retry_on_integrity=True)


async def get_by_reference(session: AsyncSession, reference: str, *, lock: bool = False) -> Payment | None:
    stmt = select(Payment).where(Payment.provider_reference == reference)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


@dataclass
class WebhookOutcome:
    #: "credited" | "failed" | "cancelled" | "pending" | "flagged" | "unchanged" (the newest word,
    #: nothing to do) | "stale" (older than the word already applied) | "duplicate" (event id seen)
    #: | "ignored" (unknown reference, unknown type, amount mismatch)
    status: str
    payment_id: int | None = None


async def _event_seen(session: AsyncSession, event_id: str) -> bool:
    stmt = select(PaymentGatewayEvent.id).where(PaymentGatewayEvent.event_id == event_id)
    return (await session.execute(stmt)).first() is not None


def _order_key(at: dt.datetime, seq: int | None, state: str | None) -> tuple[dt.datetime, int, int]:
    return (at, seq or 0, STATE_RANK.get(state or "", -1))


def _set_flag(payment: Payment, flag: str | None) -> None:
    if flag != payment.flag:
        payment.flag = flag
        payment.flagged_at = utcnow() if flag else None


async def apply_event(session: AsyncSession, payment: Payment, state: str, row: PaymentGatewayEvent) -> str:
    """Apply the gateway's newest word ``state`` to ``payment`` (locked); the outcome's status.

    Money only ever moves towards the wallet here, through the idempotent credit posting; a word that
    contradicts a credit flags the top-up instead (see the module docstring)."""
    credited = payment.status == "succeeded"
    if state == "succeeded":
        if not credited and await ledger.find_posting(session, f"topup_reversal:{payment.id}"):
            # An admin took this credit back; crediting again is an admin's decision too.
            _set_flag(payment, FLAG_SUCCEEDED_AFTER_REVERSAL)
            return "flagged"
        _set_flag(payment, None)
        if credited:
            return "unchanged"
        await credit_payment(session, payment)
        payment.failure_reason = None
        return "credited"
    if credited:
        _set_flag(payment, FLAG_FOR_STATE[state])
        row.error = f"gateway reports {state} for a credited top-up"
        return "flagged"
    if state == "failed":
        payment.status = "failed"
        payment.failure_reason = "Declined at the gateway"
        payment.completed_at = utcnow()
        return "failed"
    if state == "refunded":
        payment.status = "cancelled"
        payment.failure_reason = "Refunded at the gateway"
        payment.completed_at = utcnow()
        return "cancelled"
    payment.status = "pending"  # created: the gateway still waits for the payer
    payment.failure_reason = None
    payment.completed_at = None
    return "pending"


async def process_webhook(
    platform: DomainPlatform, raw_body: bytes, headers: dict[str, str], provider: str | None = None
) -> WebhookOutcome:
    """Verify and apply one gateway webhook. Raises InvalidSignature (nothing written) or InvalidInput;
    NotFound for a gateway that is not in force."""
    gateway = provider_for(platform, provider)
    event = gateway.parse_webhook(raw_body, headers)

    async def fn(session: AsyncSession) -> WebhookOutcome:
        if await _event_seen(session, event.event_id):
            return WebhookOutcome("duplicate")
        received = utcnow()
        row = PaymentGatewayEvent(
            event_id=event.event_id,
            provider=gateway.name,
            event_type=event.type,
            payload=event.payload,
            raw_body=raw_body.decode("utf-8", "replace"),
            signature_ok=True,
            event_created_at=event.created_at or received,
            event_seq=event.sequence,
        )
        session.add(row)
        await session.flush()  # claims the UNIQUE event id (a concurrent replay fails or waits here)
        row.processed = True
        row.processed_at = received

        def done(outcome: str, payment_id: int | None = None, error: str | None = None) -> WebhookOutcome:
            row.outcome = outcome if outcome in ("stale", "ignored") else "applied"
            if error:
                row.error = error
            return WebhookOutcome(outcome, payment_id)

        payment = await get_by_reference(session, event.reference, lock=True)
        if payment is None:
            return done("ignored", error="unknown payment reference")
        row.payment_id = payment.id
        state = EVENT_STATES.get(event.type)
        if state is None:
            return done("ignored", payment.id, f"unhandled event type {event.type}"[:255])
        if event.amount_sen != payment.amount_sen or event.currency != payment.currency:
            if state == "succeeded" and payment.status != "succeeded":
                _set_flag(payment, FLAG_AMOUNT_MISMATCH)
            return done("ignored", payment.id, "amount or currency mismatch")
        at = row.event_created_at
        assert at is not None
        if payment.gateway_event_at is not None and _order_key(at, event.sequence, state) <= _order_key(
            payment.gateway_event_at, payment.gateway_event_seq, payment.gateway_status
        ):
            # An older word than the one applied: recorded, changes nothing.
            return done("stale", payment.id, "older than the gateway's latest event for this payment")
        payment.gateway_status = state
        payment.gateway_event_at = at
        payment.gateway_event_seq = event.sequence
        return done(await apply_event(session, payment, state, row), payment.id)

    try:
        return await ledger.in_transaction(platform.sessionmaker, fn, bus=platform.bus)
    except IntegrityError:
        # A concurrent delivery of the same event won the UNIQUE event id.
        async with read_session(platform.sessionmaker) as session:
            if await _event_seen(session, event.event_id):
                return WebhookOutcome("duplicate")
        raise


async def credit_payment(session: AsyncSession, payment: Payment) -> ledger.PostingResult:
    """Credit a confirmed top-up to the wallet (once: key ``topup:<id>``), then settle any debt."""
    wallet = await ledger.wallet_account(session, payment.user_id)
    gateway = await ledger.system_account(session, ledger.GATEWAY)
    result = await ledger.post(
        session,
        idempotency_key=f"topup:{payment.id}",
        kind="topup",
        entries=[(wallet, payment.amount_sen), (gateway, -payment.amount_sen)],
        memo=f"Top-up ({METHOD_LABELS.get(payment.method, payment.method)})",
        payment_id=payment.id,
    )
    payment.status = "succeeded"
    payment.completed_at = utcnow()
    if result.created:
        await settle_debt(session, payment.user_id, key=f"debt_settlement:topup:{payment.id}")
    return result


async def settle_debt(session: AsyncSession, user_id: int, *, key: str) -> int:
    """Pay what the driver owes from their wallet, as far as the balance allows. Returns sen settled."""
    debt = await ledger.get_account(session, ledger.debt_code(user_id))
    if debt is None or debt.balance_sen >= 0:
        return 0
    wallet = await ledger.wallet_account(session, user_id)
    balance = await ledger.wallet_balance(session, user_id)
    amount = min(balance, -debt.balance_sen)
    if amount <= 0:
        return 0
    await ledger.post(
        session,
        idempotency_key=key,
        kind="debt_settlement",
        entries=[(wallet, -amount), (debt, amount)],
        memo="Outstanding balance settled",
    )
    return amount


async def get_payment(session: AsyncSession, payment_id: int, user_id: int | None = None) -> Payment:
    return await rows.get(session, Payment, payment_id, "Top-up not found.", owner_id=user_id)


async def sandbox_complete(platform: DomainPlatform, reference: str, outcome: str) -> WebhookOutcome:
    """The sandbox checkout page's Pay / Fail buttons: sign an event as the gateway would and deliver
    it through the same verification path as any webhook. NotFound when the sandbox is not in force."""
    gateway = provider_for(platform, "sandbox")
    assert isinstance(gateway, SandboxGateway)
    async with read_session(platform.sessionmaker) as session:
        payment = await get_by_reference(session, reference)
    if payment is None:
        raise NotFound("Unknown checkout.")
    if payment.status != "pending":
        # The checkout was decided: like a real gateway's page, a second press sends nothing.
        return WebhookOutcome("duplicate", payment.id)
    body = gateway.event_body(payment, outcome)
    return await process_webhook(platform, body, {SIGNATURE_HEADER: sign(gateway.secret, body)})


# ---------------------------------------------------------------------------------- reconciliation

#: The payment state that agrees with each gateway state.
AGREES = {"created": "pending", "failed": "failed", "succeeded": "succeeded", "refunded": "cancelled"}


def differs(payment: Payment) -> bool:
    """Whether the top-up's state differs from the gateway's latest word (or is flagged)."""
    if payment.flag:
        return True
    return payment.gateway_status is not None and AGREES.get(payment.gateway_status) != payment.status


async def reconciliation(session: AsyncSession, *, limit: int = 200) -> list[Payment]:
    """Top-ups an admin must look at, newest first: flagged ones, and those whose state differs from
    the gateway's latest event."""
    agree = or_(*(and_(Payment.gateway_status == g, Payment.status == local) for g, local in AGREES.items()))
    stmt = (
        select(Payment)
        .where(or_(Payment.flag.is_not(None), and_(Payment.gateway_status.is_not(None), not_(agree))))
        .order_by(Payment.id.desc())
        .limit(max(1, min(limit, 1000)))
    )
    return list((await session.execute(stmt)).scalars())


async def gateway_events(session: AsyncSession, payment_id: int) -> list[PaymentGatewayEvent]:
    """The gateway events received for a top-up, in order of arrival."""
    stmt = (
        select(PaymentGatewayEvent)
        .where(PaymentGatewayEvent.payment_id == payment_id)
        .order_by(PaymentGatewayEvent.id)
    )
    return list((await session.execute(stmt)).scalars())


async def reverse_credit(
    platform: DomainPlatform, payment_id: int, *, admin_id: int, reason: str
) -> tuple[Payment, ledger.PostingResult]:
    """An admin's decision on a top-up the gateway contradicted after it was credited (flagged
    failed/refunded/pending_after_credit): take the credit back in ONE balanced posting (gateway
    clearing +amount; the wallet pays what it holds, the rest goes on the driver's debt account, never a
    negative wallet), and let the top-up agree with the gateway. Idempotent (key
    ``topup_reversal:<id>``). A later ``succeeded`` from the gateway then flags the top-up again
    (``succeeded_after_reversal``) instead of crediting: after an admin's decision no money moves
    without another one."""
    reason = (reason or "").strip()
    if not reason or len(reason) > 500:
        raise InvalidInput("A reason of 1 to 500 characters is required.", field="reason")

    async def fn(session: AsyncSession) -> tuple[Payment, ledger.PostingResult]:
        payment = (
            await session.execute(select(Payment).where(Payment.id == payment_id).with_for_update())
        ).scalar_one_or_none()
        if payment is None:
            raise NotFound("Top-up not found.", field="top_up_id")
        key = f"topup_reversal:{payment.id}"
        done = await ledger.find_posting(session, key)
        if done is not None:
            return payment, ledger.PostingResult(done, created=False)
        if payment.status != "succeeded" or payment.flag not in FLAG_FOR_STATE.values():
            raise Conflict(
                "Only a credited top-up the gateway contradicts (a flagged one) can be reversed.",
                field="top_up_id",
            )
        amount = payment.amount_sen
        wallet = await ledger.wallet_account(session, payment.user_id)
        balance = await ledger.wallet_balance(session, payment.user_id)
        take = min(max(0, balance), amount)
        entries = [(await ledger.system_account(session, ledger.GATEWAY), amount)]
        if take:
            entries.append((wallet, -take))
        if amount - take:
            entries.append((await ledger.debt_account(session, payment.user_id), -(amount - take)))
        result = await ledger.post(
            session,
            idempotency_key=key,
            kind="reversal",
            entries=entries,
            memo=f"Top-up reversed (the gateway reports it {payment.gateway_status})",
            reason=reason,
            created_by_id=admin_id,
            payment_id=payment.id,
        )
        state = payment.gateway_status or "failed"
        payment.status = AGREES.get(state, "failed")
        payment.failure_reason = f"Reversed by an admin: the gateway reports it {state}"[:255]
        _set_flag(payment, None)
        audit.record(
            session,
            actor_user_id=admin_id,
            action="topup.reverse",
            target_type="TopUp",
            target_id=payment.id,
            details={"amount_sen": amount, "from_wallet_sen": take, "reason": reason},
        )
        return payment, result

    return await ledger.in_transaction(platform.sessionmaker, fn, bus=platform.bus)
