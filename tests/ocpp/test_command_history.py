"""The command history over a real WebSocket charger: who sent each command, the charger's answer, the
latency, what became of a RemoteStartTransaction (started, rejected, timed out), live on the
subscription; and the admins' id tag search."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import websockets
from ocpp.v16 import call
from websockets.typing import Subprotocol

from api.relay import encode_id
from domain import chargers, idtags
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register

START = """mutation($i: RemoteStartTransactionInput!) { remoteStartTransaction(input: $i) {
  status errors { code message } } }"""
HISTORY = """query($c: ID) { ocppCommands(chargerId: $c, first: 10) { totalCount nodes {
  action status response sentBy origin latencyMs outcome outcomeDeadline sessionId transactionId
  chargePointId } } }"""
SEARCH = "query($t: String!) { idTagSearch(text: $t) { idTag status userEmail } }"


async def _history(server: Any, token: str, gid: str) -> list[dict[str, Any]]:
    r = await server.graphql(HISTORY, {"c": gid}, token=token)
    assert "errors" not in r, r
    return list(r["data"]["ocppCommands"]["nodes"])


async def _charger_gid(server: Any, cpid: str) -> str:
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, cpid)
    assert c is not None
    return str(encode_id("Charger", c.id))


async def test_remote_start_outcomes_and_live_updates(server_factory: Any) -> None:
    server = await server_factory(remote_start_timeout_seconds=2)
    admin_user, admin = await make_user(server.platform, role="admin")
    driver, _ = await make_user(server.platform)
    async with server.platform.sessionmaker() as s:
        tag = await idtags.app_tag(s, driver.id)
    assert tag is not None
    key = await register(server.platform, "CP-HIST")
    gid = await _charger_gid(server, "CP-HIST")
    async with (
        connect(server.ocpp_url, "CP-HIST", key) as cp,
        websockets.connect(server.ws_url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws,
    ):
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {admin}"}})
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        sub = "subscription($c: ID) { ocppCommandUpdates(chargerId: $c) { action status chargePointId } }"
        await ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": sub, "variables": {"c": gid}}})
        )

        async def live() -> list[dict[str, Any]]:
            got: list[dict[str, Any]] = []
            async with asyncio.timeout(10):
                while len(got) < 2:
                    msg = json.loads(await ws.recv())
                    assert msg["type"] == "next", msg
                    event = msg["payload"]["data"]["ocppCommandUpdates"]
                    if got or event["status"] == "sent":  # from the first command seen whole
                        got.append(event)
            return got

        # 1. Accepted, then the charger starts the transaction: "started", linked to the session. The
        # subscription may start after the first command: send until its events arrive.
        listener = asyncio.create_task(live())
        while not listener.done():
            r = await server.graphql(
                START, {"i": {"chargerId": gid, "idTag": tag.id_tag, "connectorId": 1}}, token=admin
            )
            assert r["data"]["remoteStartTransaction"]["status"] == "Accepted"
            await cp.expect("RemoteStartTransaction")
            await asyncio.wait({listener}, timeout=1)
        assert await listener == [
            {"action": "RemoteStartTransaction", "status": "sent", "chargePointId": "CP-HIST"},
            {"action": "RemoteStartTransaction", "status": "completed", "chargePointId": "CP-HIST"},
        ]
        started = await cp.call(
            call.StartTransaction(
                connector_id=1,
                id_tag=tag.id_tag,
                meter_start=0,
                timestamp=dt.datetime.now(dt.UTC).isoformat(),
            )
        )
        async with asyncio.timeout(10):
            msg = json.loads(await ws.recv())
        assert msg["payload"]["data"]["ocppCommandUpdates"]["status"] == "started"
        newest = (await _history(server, admin, gid))[0]
        assert newest["outcome"] == "started"
        assert newest["transactionId"] == started.transaction_id
        assert newest["sessionId"] == encode_id("ChargingSession", started.transaction_id)
        assert newest["sentBy"] == admin_user.email and newest["origin"] == "admin"
        assert newest["response"] == {"status": "Accepted"}
        assert newest["latencyMs"] is not None and newest["latencyMs"] >= 0

        # 2. The charger's idTag check refuses it: "rejected".
        cp.answers["RemoteStartTransaction"] = {"status": "Rejected"}
        await server.graphql(
            START, {"i": {"chargerId": gid, "idTag": "NOT-KNOWN", "connectorId": 2}}, token=admin
        )
        assert (await _history(server, admin, gid))[0]["outcome"] == "rejected"

        # 3. Accepted, no StartTransaction: "waiting" until the deadline, then "timed_out".
        cp.answers["RemoteStartTransaction"] = {"status": "Accepted"}
        await server.graphql(
            START, {"i": {"chargerId": gid, "idTag": "OTHER-TAG", "connectorId": 2}}, token=admin
        )
        waiting = (await _history(server, admin, gid))[0]
        assert waiting["outcome"] == "waiting"
        deadline = dt.datetime.fromisoformat(waiting["outcomeDeadline"])
        await asyncio.sleep(max(0.0, (deadline - dt.datetime.now(dt.UTC)).total_seconds()) + 0.1)
        assert (await _history(server, admin, gid))[0]["outcome"] == "timed_out"


async def test_id_tag_search_is_for_admins(server: Any) -> None:
    driver, driver_token = await make_user(server.platform, email="tag-owner@test.plagsini")
    _, admin = await make_user(server.platform, role="admin")
    r = await server.graphql(SEARCH, {"t": "tag-owner"}, token=admin)
    found = r["data"]["idTagSearch"]
    assert [t["userEmail"] for t in found] == ["tag-owner@test.plagsini"]
    async with server.platform.sessionmaker() as s:
        tag = await idtags.app_tag(s, driver.id)
    assert tag is not None and found[0]["idTag"] == tag.id_tag
    r = await server.graphql(SEARCH, {"t": tag.id_tag[2:8].lower()}, token=admin)
    assert tag.id_tag in [t["idTag"] for t in r["data"]["idTagSearch"]]
    r = await server.graphql(SEARCH, {"t": "tag-owner"}, token=driver_token)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await server.graphql(HISTORY, {"c": None}, token=driver_token)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
