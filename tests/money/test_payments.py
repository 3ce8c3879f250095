"""Top-ups and the sandbox gateway's webhook: idempotent creation, one credit per payment."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest

from domain import ledger, payments
from domain.ledger import IdempotencyConflict
from tests.money.conftest import create_user


async def _balance(platform: Any, user_id: int) -> int:
    async with platform.sessionmaker() as s:
        return await ledger.wallet_balance(s, user_id)


async def _check(platform: Any) -> None:
    async with platform.sessionmaker() as s:
        check = await ledger.check_ledger(s)
    assert check.ok, check


async def _topup(platform: Any, method: str, key: str) -> tuple[int, Any]:
    """A new driver and the RM 25.00 top-up they started (waiting for the gateway)."""
    user_id = await create_user(platform.sessionmaker)
    payment = await payments.create_topup(
        platform, user_id=user_id, amount_sen=2500, method=method, idempotency_key=key
    )
    return user_id, payment


def _sandbox(platform: Any) -> payments.SandboxGateway:
    gateway = payments.provider_for(platform)
    assert isinstance(gateway, payments.SandboxGateway)
    return gateway


async def _deliver(platform: Any, gateway: payments.SandboxGateway, body: bytes) -> Any:
    """The gateway delivers a correctly signed webhook."""
    return await payments.process_webhook(
        platform, body, {payments.SIGNATURE_HEADER: payments.sign(gateway.secret, body)}
    )


async def test_50_concurrent_topups_with_one_key_credit_once(money_platform: Any) -> None:
    user_id = await create_user(money_platform.sessionmaker)
    made = await asyncio.gather(
        *(
            payments.create_topup(
                money_platform, user_id=user_id, amount_sen=5000, method="fpx", idempotency_key="k1"
            )
            for _ in range(50)
        )
    )
    assert len({p.id for p in made}) == 1
    reference = made[0].provider_reference
    assert reference is not None
    outcomes = await asyncio.gather(
        *(payments.sandbox_complete(money_platform, reference, "paid") for _ in range(5))
    )
    assert sorted(o.status for o in outcomes).count("credited") == 1
    assert await _balance(money_platform, user_id) == 5000
    await _check(money_platform)
    wallet_events = [e for c, e in money_platform.bus.events if c == f"wallet.{user_id}"]
    assert len(wallet_events) == 1 and wallet_events[0]["balance_sen"] == 5000


async def test_same_key_other_amount_is_a_typed_error(money_platform: Any) -> None:
    user_id = await create_user(money_platform.sessionmaker)
    await payments.create_topup(
        money_platform, user_id=user_id, amount_sen=1000, method="card", idempotency_key="a"
    )
    with pytest.raises(IdempotencyConflict):
        await payments.create_topup(
            money_platform, user_id=user_id, amount_sen=2000, method="card", idempotency_key="a"
        )


async def test_webhook_replayed_10_times_in_random_order_credits_once(money_platform: Any) -> None:
    user_id, payment = await _topup(money_platform, "ewallet", "w")
    gateway = _sandbox(money_platform)
    # The gateway delivers its success event several times and also a second success event with a
    # new event id (a gateway-side retry); every delivery is correctly signed.
    bodies = [gateway.event_body(payment, "paid", event_id="evt_1")] * 7
    bodies += [gateway.event_body(payment, "paid", event_id="evt_2")] * 3
    random.Random(5).shuffle(bodies)
    outcomes = await asyncio.gather(*(_deliver(money_platform, gateway, b) for b in bodies))
    assert [o.status for o in outcomes].count("credited") == 1
    assert await _balance(money_platform, user_id) == 2500
    await _check(money_platform)


async def test_bad_signature_credits_nothing(money_platform: Any) -> None:
    user_id, payment = await _topup(money_platform, "fpx", "bad")
    gateway = _sandbox(money_platform)
    body = gateway.event_body(payment, "paid", event_id="evt_forged")
    with pytest.raises(payments.InvalidSignature):
        await payments.process_webhook(
            money_platform, body, {payments.SIGNATURE_HEADER: "sha256=" + "0" * 64}
        )
    tampered = body.replace(b"2500", b"9999")
    with pytest.raises(payments.InvalidSignature):
        await payments.process_webhook(
            money_platform, tampered, {payments.SIGNATURE_HEADER: payments.sign(gateway.secret, body)}
        )
    assert await _balance(money_platform, user_id) == 0
    # The real event (same id as the forged one) is still accepted afterwards.
    good = await _deliver(money_platform, gateway, body)
    assert good.status == "credited"
    assert await _balance(money_platform, user_id) == 2500


async def test_failed_payment_credits_nothing_until_the_gateway_says_succeeded(money_platform: Any) -> None:
    user_id, payment = await _topup(money_platform, "fpx", "f")
    ref = payment.provider_reference or ""
    assert (await payments.sandbox_complete(money_platform, ref, "fail")).status == "failed"
    assert await _balance(money_platform, user_id) == 0
    # The checkout page was decided: pressing Pay now sends nothing.
    assert (await payments.sandbox_complete(money_platform, ref, "paid")).status == "duplicate"
    assert await _balance(money_platform, user_id) == 0
    # The gateway's later word wins: a success event after the failure credits, once.
    gateway = _sandbox(money_platform)
    for event_id in ("evt_late", "evt_late", "evt_later"):
        body = gateway.event_body(payment, "succeeded", event_id=event_id)
        await _deliver(money_platform, gateway, body)
    assert await _balance(money_platform, user_id) == 2500
    await _check(money_platform)
