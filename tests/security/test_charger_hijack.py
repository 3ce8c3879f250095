"""The pending-charger hijack, attacked from outside: a `plagsini serve` process with
OCPP_UNKNOWN_CHARGERS=pending, real WebSocket chargers, the admin on GraphQL over HTTP.

Before: approving a pending charger left it on security profile 0, so anybody could connect under
its id, receive RemoteStartTransaction with drivers' idTags and bill fake sessions; and commands
carrying idTags went to chargers nobody had approved."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest
import websockets
from ocpp.v16 import call
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpp.conftest import SimCharger

CPID = "CP-PENDING-1"
ID_TAG_ACTIONS = {"RemoteStartTransaction", "ReserveNow", "SendLocalList", "DataTransfer"}


def basic_bytes(user: str, password: bytes) -> dict[str, str]:
    token = base64.b64encode(user.encode() + b":" + password).decode()
    return {"Authorization": f"Basic {token}"}


class Admin:
    def __init__(self, http_url: str) -> None:
        self.http = httpx.AsyncClient(base_url=http_url, timeout=30)
        self.token = ""

    async def login(self) -> None:
        r = await self.gql(
            "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } errors { code } } }",
            {"i": {"email": TEST_ADMIN_EMAIL, "password": TEST_ADMIN_PASSWORD}},
        )
        self.token = r["data"]["login"]["tokens"]["accessToken"]

    async def gql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        r = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        body: dict[str, Any] = r.json()
        assert "errors" not in body, body
        return body

    async def charger_id(self, cpid: str) -> str:
        r = await self.gql(
            "query($s: String) { chargers(search: $s) { edges { node { id chargePointId } } } }", {"s": cpid}
        )
        (node,) = [e["node"] for e in r["data"]["chargers"]["edges"] if e["node"]["chargePointId"] == cpid]
        return str(node["id"])

    async def command(self, mutation: str, input: dict[str, Any]) -> dict[str, Any]:
        r = await self.gql(
            f"mutation($i: {mutation[0].upper() + mutation[1:]}Input!) {{ {mutation}(input: $i) "
            "{ status errors { code message } } }",
            {"i": input},
        )
        return dict(r["data"][mutation])


async def refused_status(url: str, headers: dict[str, str] | None = None) -> int:
    with pytest.raises(InvalidStatus) as e:
        async with websockets.connect(
            url,
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=headers or {},
            open_timeout=10,
        ):
            pass
    return int(e.value.response.status_code)


class Charger:
    """A real charger on its own socket (the `ocpp` library's ChargePoint), recording every CALL."""

    def __init__(self, url: str, headers: dict[str, str] | None = None) -> None:
        self.url, self.headers = url, headers or {}

    async def __aenter__(self) -> SimCharger:
        self.ws = await websockets.connect(
            self.url,
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=self.headers,
            open_timeout=10,
        )
        self.cp = SimCharger(CPID, self.ws)
        self.task = asyncio.create_task(self.cp.start())
        return self.cp

    async def __aexit__(self, *exc: Any) -> None:
        self.task.cancel()
        await self.ws.close()


def received(cp: SimCharger) -> set[str]:
    return {line.split(" ", 1)[1] for line in cp.log if line.startswith("recv ")}


async def test_pending_charger_cannot_be_hijacked_after_approval(spawn_node: Any) -> None:
    node = spawn_node(OCPP_UNKNOWN_CHARGERS="pending")
    url = f"{node.ocpp_url}/{CPID}"
    admin = Admin(node.http_url)
    await admin.login()

    # 1. The real charger appears, without credentials: admitted as Pending.
    async with Charger(url) as pending:
        assert (await pending.boot()).status == "Pending"
        cid = await admin.charger_id(CPID)

        # 2. Nothing carrying drivers' idTags reaches a pending charger, whoever asks.
        start = await admin.command("remoteStartTransaction", {"chargerId": cid, "idTag": "DRIVER-TAG-1"})
        assert [e["code"] for e in start["errors"]] == ["CHARGER_NOT_ACCEPTED"], start
        reserve = await admin.command(
            "reserveNow",
            {
                "chargerId": cid,
                "connectorId": 1,
                "idTag": "DRIVER-TAG-1",
                "expiryDate": "2099-01-01T00:00:00Z",
            },
        )
        assert [e["code"] for e in reserve["errors"]] == ["CHARGER_NOT_ACCEPTED"], reserve
        local = await admin.command("sendLocalList", {"chargerId": cid, "updateType": "FULL"})
        assert [e["code"] for e in local["errors"]] == ["CHARGER_NOT_ACCEPTED"], local

        # 3. The admin approves it: a generated key, shown once, sent to the charger; the connection
        #    admitted without credentials is closed.
        r = await admin.gql(
            "mutation($i: ApproveChargerInput!) { approveCharger(input: $i) { authorizationKey keyDelivery"
            " charger { securityProfile registrationStatus approved } errors { code message } } }",
            {"i": {"id": cid}},
        )
        approved = r["data"]["approveCharger"]
        assert approved["errors"] == []
        key = approved["authorizationKey"]
        assert key is not None and len(key) == 40 and bytes.fromhex(key), approved
        assert approved["charger"]["securityProfile"] >= 1
        assert approved["keyDelivery"] == "Accepted"
        change = await pending.expect("ChangeConfiguration")
        assert change == {"key": "AuthorizationKey", "value": key.upper()}
        async with asyncio.timeout(10):
            await pending.ws.wait_closed()
        assert not received(pending) & ID_TAG_ACTIONS, pending.log

    # 4. An attacker under the same id: no password, a wrong one, the key under another user → refused
    #    at the handshake (the key must come with the charger's own id).
    assert await refused_status(url) == 401
    assert await refused_status(url, basic_bytes(CPID, b"\x00" * 20)) == 401
    assert await refused_status(url, basic_bytes(CPID, b"wrong-password-1234")) == 401
    assert await refused_status(url, basic_bytes("CP-OTHER", bytes.fromhex(key))) == 401

    # 5. The real charger reconnects with the key as a conforming 1.6 charger sends it (the 20
    #    decoded bytes): accepted; and so is firmware that sends the 40 hex digits as they are.
    async with Charger(url, basic_bytes(CPID, key.lower().encode())) as hexsender:
        assert (await hexsender.boot()).status == "Accepted"
    async with Charger(url, basic_bytes(CPID, bytes.fromhex(key))) as real:
        assert (await real.boot()).status == "Accepted"
        assert (await real.call(call.Heartbeat(), suppress=False)).current_time
        start = await admin.command("remoteStartTransaction", {"chargerId": cid, "idTag": "DRIVER-TAG-1"})
        assert start["errors"] == [] and start["status"] == "Accepted", start
        assert (await real.expect("RemoteStartTransaction"))["idTag"] == "DRIVER-TAG-1"
    await admin.http.aclose()
