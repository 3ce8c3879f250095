"""A driver's charging through the API, for tests of every area: the GraphQL documents of starting and
stopping, the wallet and the receipt; a top-up paid through the sandbox gateway; waiting (bounded)
for a charging request's status on its bus channel."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlparse

from api.relay import decode_id
from domain import chargers, events

START = """mutation($input: StartChargingInput!) { startCharging(input: $input) {
  request { id status error } errors { code message field } } }"""
STOP = """mutation($input: StopChargingInput!) { stopCharging(input: $input) {
  session { id status } errors { code message } } }"""
REQUEST = """query($id: ID!) { chargingRequest(id: $id) { status session { id transactionId status billed
  cost { amount currency } costLines { code amount { amount } } receiptId } } }"""
TOPUP = """mutation($input: CreateTopUpInput!) { createTopUp(input: $input) {
  topUp { id status checkoutUrl amount { amount currency } } errors { code message field } } }"""
WALLET = """{ wallet { balance { amount currency } debt { amount }
  transactions(first: 10) { edges { node { kind amount { amount } } } } } }"""
RECEIPT = """query($id: ID!) { receipt(id: $id) { number total { amount } tax { amount } pdfUrl
  lines { description amount { amount } } } }"""


async def topup(server: Any, token: str, amount: str, key: str) -> None:
    """Top up `amount` (ringgit) through the sandbox gateway's checkout page, paid."""
    r = await server.graphql(
        TOPUP, {"input": {"amount": amount, "method": "FPX", "idempotencyKey": key}}, token=token
    )
    top = r["data"]["createTopUp"]["topUp"]
    assert top["status"] == "PENDING", r
    path = urlparse(top["checkoutUrl"]).path
    page = await server.http.get(path)
    assert page.status_code == 200 and "SANDBOX" in page.text
    done = await server.http.post(path + "/pay")
    assert done.status_code == 200 and "succeeded" in done.text


async def charger_pk(server: Any, cpid: str) -> int:
    """The database id of the charger `cpid`."""
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, cpid)
        assert c is not None
        return c.id


async def wait_request(server: Any, token: str, rid: str, status: str) -> dict[str, Any]:
    """Wait (bounded) for the charging request to reach `status`, on its bus channel."""
    pk = decode_id(rid, "ChargingRequest")
    async with asyncio.timeout(10):
        async with server.platform.bus.subscribe(events.charging_request(pk)) as stream:
            r = await server.graphql(REQUEST, {"id": rid}, token=token)
            if r["data"]["chargingRequest"]["status"] == status:
                return r["data"]["chargingRequest"]  # type: ignore[no-any-return]
            async for ev in stream:
                if ev["status"].upper() == status:
                    break
    r = await server.graphql(REQUEST, {"id": rid}, token=token)
    return r["data"]["chargingRequest"]  # type: ignore[no-any-return]
