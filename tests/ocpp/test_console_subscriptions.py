"""Console subscriptions say when they are in place. A console page reads (a query), then subscribes;
a change landing between the two was lost until the next change. Each console-facing subscription's
first event comes once the bus subscription is in place (it carries no change), and the page reads
again then; changes after it arrive as before."""

from __future__ import annotations

from typing import Any

from ocpp.v16 import call

from api.relay import encode_id
from domain import chargers
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.realtime.gql_ws import GqlWs


async def _until(sub: Any, field: str, pred: Any) -> dict[str, Any]:
    while True:
        got = await sub.data(field)
        if pred(got):
            return got


async def test_a_chargers_status_subscription_says_when_it_is_in_place(server: Any) -> None:
    _, token = await make_user(server.platform, role="admin")
    key = await register(server.platform, "FIRST-1")
    async with server.platform.sessionmaker() as s:
        charger = await chargers.get_by_cpid(s, "FIRST-1")
        assert charger is not None
    gid = encode_id("Charger", charger.id)
    async with connect(server.ocpp_url, "FIRST-1", key) as cp:
        q = "subscription($id: ID) { chargerStatus(chargerId: $id) { chargePointId kind connectorId status }}"
        in_place = {"chargePointId": "FIRST-1", "kind": "subscribed", "connectorId": None, "status": None}
        preparing = {"chargePointId": "FIRST-1", "kind": "connector", "connectorId": 1, "status": "Preparing"}
        async with GqlWs(server.ws_url, token) as ws:
            one = await ws.subscribe(q, {"id": gid})
            first = await one.data("chargerStatus")
            assert first == in_place, first
            status = call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing")
            await cp.call(status, suppress=False)
            got = await _until(one, "chargerStatus", lambda e: e["kind"] == "connector")
            assert got == preparing, got


async def test_the_faults_subscription_says_when_it_is_in_place(server: Any) -> None:
    _, token = await make_user(server.platform, role="admin")
    key = await register(server.platform, "FIRST-2")
    async with connect(server.ocpp_url, "FIRST-2", key) as cp:
        async with GqlWs(server.ws_url, token) as ws:
            sub = await ws.subscribe("subscription { faults { faultId chargePointId errorCode status } }")
            first = await sub.data("faults")
            assert first == {"faultId": None, "chargePointId": None, "errorCode": None, "status": None}
            await cp.call(
                call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted"),
                suppress=False,
            )
            got = await sub.data("faults")
            assert got["chargePointId"] == "FIRST-2" and got["errorCode"] == "GroundFailure", got
            assert got["faultId"] is not None


async def test_the_connections_subscription_says_when_it_is_in_place(server: Any) -> None:
    _, token = await make_user(server.platform, role="admin")
    key = await register(server.platform, "FIRST-3")
    async with GqlWs(server.ws_url, token) as ws:
        sub = await ws.subscribe("subscription { connectionEvents { id chargePointId kind } }")
        first = await sub.data("connectionEvents")
        assert first == {"id": None, "chargePointId": "", "kind": "subscribed"}
        async with connect(server.ocpp_url, "FIRST-3", key):
            got = await sub.data("connectionEvents")
            assert got["chargePointId"] == "FIRST-3" and got["kind"] == "connected", got


async def test_the_commands_subscription_says_when_it_is_in_place(server: Any) -> None:
    _, token = await make_user(server.platform, role="admin")
    async with GqlWs(server.ws_url, token) as ws:
        sub = await ws.subscribe("subscription { ocppCommandUpdates { commandId chargePointId status } }")
        first = await sub.data("ocppCommandUpdates")
        assert first == {"commandId": None, "chargePointId": "", "status": "subscribed"}


async def test_every_jobs_subscription_says_when_it_is_in_place(server: Any) -> None:
    """The fleet page's job list reads the jobs, then subscribes to every job's updates: the first event
    names no job (the list reads again then), and a job started after it arrives."""
    from tests.ocpp201.test_firmware201 import start_rollout

    _, token = await make_user(server.platform, role="admin")
    key = await register(server.platform, "FIRST-4")
    async with server.platform.sessionmaker() as s:
        charger = await chargers.get_by_cpid(s, "FIRST-4")
        assert charger is not None
    q = "subscription { fleetJobUpdates { jobId targetId status jobStatus } }"
    async with connect(server.ocpp_url, "FIRST-4", key) as cp, GqlWs(server.ws_url, token) as ws:
        sub = await ws.subscribe(q)
        first = await sub.data("fleetJobUpdates")
        assert first == {"jobId": None, "targetId": None, "status": None, "jobStatus": None}, first
        payload = {"location": "https://fw.example/f.bin", "retrieveDate": "2026-01-01T08:00:00Z"}
        job_id = await start_rollout(server, token, payload, [encode_id("Charger", charger.id)])
        await cp.expect("UpdateFirmware")
        got = await sub.data("fleetJobUpdates")
        assert got["jobId"] == job_id, got
