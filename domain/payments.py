"""Top-ups: payment intents at a gateway, credited once when the gateway's signed webhook confirms them.

- ``create_topup`` is idempotent per (user, idempotency key): the same key returns the same payment;
  the same key with a different amount or method is an :class:`IdempotencyConflict`. Concurrent
  retries race on the UNIQUE (user_id, idempotency_key); the losers retry and find the winner's row.
- ``process_webhook`` verifies the signature on the raw body, then in ONE database transaction claims
  the event id (UNIQUE in ``payment_gateway_events``), marks the payment and posts the credit with the
  idempotency key ``topup:<payment id>``. A replayed event, or another event for an already credited
  payment, credits nothing. A bad signature is refused before anything is written.
- A top-up may carry a ``return_url``: where the checkout page sends the driver back after Pay or Fail
  (with ``?topUp=<id>&status=<status>``). It must be on one of the platform's own origins (PUBLIC_URL
  and CORS_ORIGINS), so the gateway can never be used as an open redirect.

The provider interface (:class:`PaymentProvider`) lets a real gateway be added; the one that ships is
:class:`SandboxGateway`, a clearly labelled test gateway served by the app itself (``api/http.py``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import PAYMENT_METHODS, Payment, PaymentGatewayEvent, utcnow
from domain import ledger
from domain.errors import DomainError, InvalidInput, NotFound
from domain.ledger import IdempotencyConflict

METHOD_LABELS = {"fpx": "FPX online banking", "card": "Credit / debit card", "ewallet": "E-wallet"}
MIN_TOPUP_SEN = 100
MAX_TOPUP_SEN = 1_000_000
MAX_RETURN_URL = 1024
SIGNATURE_HEADER = "x-plagsini-signature"


class InvalidSignature(DomainError):
    code = "INVALID_SIGNATURE"
    default_message = "The webhook signature is invalid."


@dataclass(frozen=True)
class Checkout:
    reference: str
    url: str


@dataclass(frozen=True)
class GatewayEvent:
    event_id: str
    type: str  # "payment.succeeded" | "payment.failed"
    reference: str
    amount_sen: int
    currency: str
    payload: dict[str, Any]


class PaymentProvider(Protocol):
    name: str

    def create_checkout(self, payment: Payment) -> Checkout:
        """Create the gateway-side payment for ``payment``; return its reference and checkout URL."""
        ...

    def parse_webhook(self, raw_body: bytes, headers: dict[str, str]) -> GatewayEvent:
        """Verify the signature on the raw body and parse the event; raise InvalidSignature."""
        ...


def webhook_secret(settings: Any, secret_key: str) -> str:
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

    def event_body(self, payment: Payment, outcome: str, event_id: str | None = None) -> bytes:
        body = {
            "id": event_id or "evt_" + secrets.token_urlsafe(18),
            "type": "payment.succeeded" if outcome == "paid" else "payment.failed",
            "data": {
                "reference": payment.provider_reference,
                "amount_sen": payment.amount_sen,
                "currency": payment.currency,
            },
            "created": utcnow().isoformat(),
        }
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
            return GatewayEvent(
                event_id=str(data["id"]),
                type=str(data["type"]),
                reference=str(inner["reference"]),
                amount_sen=amount,
                currency=str(inner.get("currency", "MYR")),
                payload=data,
            )
        except (ValueError, KeyError, TypeError) as e:
            raise InvalidInput("Malformed webhook body.") from e


def provider_for(platform: Any, name: str = "sandbox") -> PaymentProvider:
    providers: dict[str, PaymentProvider] = platform.services.setdefault("payment_providers", {})
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


def platform_origins(settings: Any) -> set[tuple[str, str, int]]:
    """The platform's own browser origins: PUBLIC_URL's and each of CORS_ORIGINS."""
    candidates = [str(settings.public_url), *str(settings.cors_origins or "").split(",")]
    return {o for c in candidates if c.strip() and (o := _origin(c.strip())) is not None}


def validate_return_url(settings: Any, url: str | None) -> str | None:
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
    platform: Any,
    *,
    user_id: int,
    amount_sen: int,
    method: str,
    idempotency_key: str,
    provider: str = "sandbox",
    return_url: str | None = None,
) -> Payment:
    """A pending top-up and its checkout. A retry with the same key returns the first top-up as it was
    created (its return URL included)."""
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
    gateway = provider_for(platform, provider)

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
    status: str  # "credited" | "failed" | "duplicate" | "ignored"
    payment_id: int | None = None


async def _event_seen(session: AsyncSession, event_id: str) -> bool:
    stmt = select(PaymentGatewayEvent.id).where(PaymentGatewayEvent.event_id == event_id)
    return (await session.execute(stmt)).first() is not None


async def process_webhook(
    platform: Any, raw_body: bytes, headers: dict[str, str], provider: str = "sandbox"
) -> WebhookOutcome:
    """Verify and apply one gateway webhook. Raises InvalidSignature (nothing written) or InvalidInput."""
    gateway = provider_for(platform, provider)
    event = gateway.parse_webhook(raw_body, headers)

    async def fn(session: AsyncSession) -> WebhookOutcome:
        if await _event_seen(session, event.event_id):
            return WebhookOutcome("duplicate")
        row = PaymentGatewayEvent(
            event_id=event.event_id,
            provider=gateway.name,
            event_type=event.type,
            payload=event.payload,
            raw_body=raw_body.decode("utf-8", "replace"),
            signature_ok=True,
        )
        session.add(row)
        await session.flush()  # claims the UNIQUE event id (a concurrent replay fails or waits here)
        payment = await get_by_reference(session, event.reference, lock=True)
        if payment is None:
            row.error = "unknown payment reference"
            row.processed = True
            row.processed_at = utcnow()
            return WebhookOutcome("ignored")
        row.payment_id = payment.id
        row.processed = True
        row.processed_at = utcnow()
        if payment.status != "pending":
            return WebhookOutcome("duplicate", payment.id)
        if event.type == "payment.succeeded":
            if event.amount_sen != payment.amount_sen or event.currency != payment.currency:
                row.error = "amount or currency mismatch"
                return WebhookOutcome("ignored", payment.id)
            await credit_payment(session, payment)
            return WebhookOutcome("credited", payment.id)
        if event.type == "payment.failed":
            payment.status = "failed"
            payment.failure_reason = "Declined at the gateway"
            payment.completed_at = utcnow()
            return WebhookOutcome("failed", payment.id)
        row.error = f"unhandled event type {event.type}"
        return WebhookOutcome("ignored", payment.id)

    try:
        return await ledger.in_transaction(platform.sessionmaker, fn, bus=platform.bus)
    except IntegrityError:
        # A concurrent delivery of the same event won the UNIQUE event id.
        async with platform.sessionmaker() as session:
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
    payment = await session.get(Payment, payment_id)
    if payment is None or (user_id is not None and payment.user_id != user_id):
        raise NotFound("Top-up not found.")
    return payment


async def sandbox_complete(platform: Any, reference: str, outcome: str) -> WebhookOutcome:
    """The sandbox checkout page's Pay / Fail buttons: sign an event as the gateway would and deliver
    it through the same verification path as any webhook."""
    gateway = provider_for(platform, "sandbox")
    assert isinstance(gateway, SandboxGateway)
    async with platform.sessionmaker() as session:
        payment = await get_by_reference(session, reference)
    if payment is None:
        raise NotFound("Unknown checkout.")
    body = gateway.event_body(payment, outcome)
    return await process_webhook(platform, body, {SIGNATURE_HEADER: sign(gateway.secret, body)})
