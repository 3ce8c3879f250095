"""An admin's explicit decision on a flagged top-up (the gateway refunded it after the wallet was
credited), through GraphQL on SQLite and MariaDB: one balanced reversal posting, the wallet pays what it
holds and the rest becomes debt, idempotent, admins only; a later success from the gateway flags the
top-up again instead of moving money."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.relay import encode_id
from domain import ledger, payments
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, ok

REVERSE = """mutation($input: ReverseTopUpCreditInput!) { reverseTopUpCredit(input: $input) {
  topUp { id status failureReason } errors { code message } } }"""
ADJUST = """mutation($input: AdjustWalletInput!) { adjustWallet(input: $input) { errors { code } } }"""
WALLET = "{ wallet { balance { amount } debt { amount } } }"
RECONCILIATION = "{ topUpReconciliation { topUp { id } flag gatewayState } }"


async def _event(server: Any, payment: Any, state: str, at: dt.datetime) -> str:
    gateway = payments.provider_for(server.platform)
    assert isinstance(gateway, payments.SandboxGateway)
    body = gateway.event_body(payment, state, created=at)
    signed = {payments.SIGNATURE_HEADER: payments.sign(gateway.secret, body)}
    return (await payments.process_webhook(server.platform, body, signed)).status


async def test_admin_reverses_a_refunded_top_up_once(money_server: Any) -> None:
    server = money_server
    driver, token = await make_user(server.platform)
    _, admin = await make_user(server.platform, role="admin")
    payment = await payments.create_topup(
        server.platform, user_id=driver.id, amount_sen=4200, method="card", idempotency_key="rev"
    )
    top_id = encode_id("TopUp", payment.id)
    t0 = dt.datetime.now(dt.UTC)
    assert await _event(server, payment, "succeeded", t0) == "credited"
    # The driver spends 30.00 of it (an admin debit stands in for a charging session here).
    adjust = {"userId": encode_id("User", driver.id), "amount": "-30.00", "kind": "ADJUSTMENT"}
    ok(
        await server.graphql(ADJUST, {"input": {**adjust, "reason": "spent", "idempotencyKey": "a1"}}, admin),
        "adjustWallet",
    )
    assert await _event(server, payment, "refunded", t0 + dt.timedelta(seconds=10)) == "flagged"
    wallet = (await server.graphql(WALLET, token=token))["data"]["wallet"]
    assert (wallet["balance"]["amount"], wallet["debt"]["amount"]) == ("12.00", "0.00")  # nothing debited

    listed = (await server.graphql(RECONCILIATION, token=admin))["data"]["topUpReconciliation"]
    assert [(r["topUp"]["id"], r["flag"], r["gatewayState"]) for r in listed] == [
        (top_id, "refunded_after_credit", "REFUNDED")
    ]
    variables = {"input": {"topUpId": top_id, "reason": "Chargeback: the gateway refunded the payer"}}
    denied = await server.graphql(REVERSE, variables, token=token)
    assert denied["data"]["reverseTopUpCredit"]["errors"][0]["code"] == "FORBIDDEN"

    for _ in range(2):  # a retried click changes nothing the second time
        done = ok(await server.graphql(REVERSE, variables, token=admin), "reverseTopUpCredit")
        assert done["topUp"]["status"] == "CANCELLED"
    wallet = (await server.graphql(WALLET, token=token))["data"]["wallet"]
    assert (wallet["balance"]["amount"], wallet["debt"]["amount"]) == ("0.00", "30.00")
    assert (await server.graphql(RECONCILIATION, token=admin))["data"]["topUpReconciliation"] == []

    # The gateway changes its mind once more: flagged for an admin, no money moves by itself.
    assert await _event(server, payment, "succeeded", t0 + dt.timedelta(seconds=20)) == "flagged"
    async with server.platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, driver.id) == 0
    listed = (await server.graphql(RECONCILIATION, token=admin))["data"]["topUpReconciliation"]
    assert [r["flag"] for r in listed] == ["succeeded_after_reversal"]

    # A top-up the gateway does not contradict cannot be reversed.
    other = await payments.create_topup(
        server.platform, user_id=driver.id, amount_sen=1000, method="fpx", idempotency_key="fine"
    )
    assert await _event(server, other, "succeeded", t0) == "credited"
    refused = await server.graphql(
        REVERSE, {"input": {"topUpId": encode_id("TopUp", other.id), "reason": "no"}}, token=admin
    )
    assert refused["data"]["reverseTopUpCredit"]["errors"][0]["code"] == "CONFLICT"
    await assert_ledger_ok(server.platform)
