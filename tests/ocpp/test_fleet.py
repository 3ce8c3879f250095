"""Fleet operations over real WebSocket chargers: a fleet Reset to a filter of chargers with each
charger's result, and a staged firmware rollout whose FirmwareStatusNotifications move it on; the
jobs are stored on SQLite and MariaDB."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from api.relay import decode_id, encode_id
from db.models import AuditLog
from domain import chargers
from domain import events as ev
from tests.helpers.auth import make_user
from tests.ocpp.conftest import Events, SimCharger, connect, register

BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]

START = """mutation($i: StartFleetJobInput!) { startFleetJob(input: $i) {
  fleetJob { id status stage stageSize total } errors { code field message } } }"""
JOB = """query($id: ID!) { fleetJob(id: $id) { id action status stage total counts
  targets { chargePointId stage status answer error latencyMs firmwareHistory } } }"""
GO = """mutation($id: ID!) { continueFleetJob(id: $id) {
  fleetJob { status stage } errors { code message } } }"""


async def _server(server_factory: Any, request: pytest.FixtureRequest, backend: str) -> Any:
    if backend == "mariadb":
        return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))
    return await server_factory()


async def _job(server: Any, token: str, job_id: str) -> dict[str, Any]:
    r = await server.graphql(JOB, {"id": job_id}, token=token)
    assert "errors" not in r, r
    return dict(r["data"]["fleetJob"])


async def _listen(server: Any, stack: contextlib.AsyncExitStack) -> Any:
    """The FLEET channel's events, collected from before the job starts."""
    events = Events()
    ready = asyncio.Event()

    async def run() -> None:
        async with server.platform.bus.subscribe(ev.FLEET) as messages:
            ready.set()
            async for m in messages:
                await events.add(ev.FLEET, m)

    task = asyncio.create_task(run())
    stack.callback(task.cancel)
    async with asyncio.timeout(5):
        await ready.wait()
    return events


def _job_is(status: str) -> Any:
    return lambda _ch, e: e.get("job_status") == status


async def _audit(server: Any) -> list[tuple[str, str | None, str | None, Any]]:
    """The audit log's entries, oldest first: (action, target type, target id, details)."""
    async with server.platform.sessionmaker() as s:
        rows = (await s.scalars(select(AuditLog).order_by(AuditLog.id))).all()
    return [(e.action, e.target_type, e.target_id, e.details) for e in rows]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_fleet_reset_to_a_filter_reports_each_charger(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    server = await _server(server_factory, request, backend)
    _, admin = await make_user(server.platform, role="admin")
    keys = {cpid: await register(server.platform, cpid) for cpid in [f"FLT-{n}" for n in range(1, 6)]}
    await register(server.platform, "OTHER-1")  # not matched by the filter
    async with contextlib.AsyncExitStack() as stack:
        events = await _listen(server, stack)
        cps: dict[str, SimCharger] = {}
        for cpid in ["FLT-1", "FLT-2", "FLT-3", "FLT-4"]:  # FLT-5 stays offline
            cps[cpid] = await stack.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
        cps["FLT-4"].answers["Reset"] = {"status": "Rejected"}

        r = await server.graphql(
            START,
            {"i": {"action": "RESET", "payload": {"type": "Soft"}, "filter": {"search": "FLT-"}}},
            token=admin,
        )
        job = r["data"]["startFleetJob"]
        assert job["errors"] == [], job
        assert job["fleetJob"]["total"] == 5
        job_id = job["fleetJob"]["id"]
        for cp in cps.values():
            assert await cp.expect("Reset") == {"type": "Soft"}
        await events.wait(_job_is("failed"), timeout=30)

    done = await _job(server, admin, job_id)
    assert done["status"] == "failed"  # not every charger succeeded
    by_cp = {t["chargePointId"]: t for t in done["targets"]}
    assert set(by_cp) == {"FLT-1", "FLT-2", "FLT-3", "FLT-4", "FLT-5"}
    for cpid in ("FLT-1", "FLT-2", "FLT-3"):
        assert by_cp[cpid]["status"] == "accepted"
        assert by_cp[cpid]["answer"] == {"status": "Accepted"}
        assert by_cp[cpid]["latencyMs"] is not None
    assert by_cp["FLT-4"]["status"] == "rejected"
    assert by_cp["FLT-5"]["status"] == "failed"
    assert by_cp["FLT-5"]["error"].startswith("CHARGER_OFFLINE")
    assert done["counts"] == {"accepted": 3, "rejected": 1, "failed": 1}
    # Per-charger events were published as they came.
    sent = {e.get("charger_id") for _ch, e in events.items if e.get("status") == "accepted"}
    assert len(sent) == 3


async def _firmware(cp: SimCharger, *statuses: str) -> None:
    for status in statuses:
        await cp.call(call.FirmwareStatusNotification(status=status), suppress=False)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_staged_firmware_rollout_follows_firmware_status(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    server = await _server(server_factory, request, backend)
    _, admin = await make_user(server.platform, role="admin")
    names = [f"FW-{n}" for n in range(1, 5)]
    keys = {cpid: await register(server.platform, cpid) for cpid in names}
    async with contextlib.AsyncExitStack() as stack:
        events = await _listen(server, stack)
        cps = {
            cpid: await stack.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
            for cpid in names
        }
        ids = []
        async with server.platform.sessionmaker() as s:
            for cpid in names:
                c = await chargers.get_by_cpid(s, cpid)
                assert c is not None
                ids.append(encode_id("Charger", c.id))
        payload = {"location": "https://fw.example/v2.bin", "retrieveDate": "2026-01-01T00:00:00Z"}
        r = await server.graphql(
            START,
            {
                "i": {
                    "action": "UPDATE_FIRMWARE",
                    "payload": payload,
                    "chargerIds": ids,
                    "stageSize": 1,
                    "autoContinue": True,
                }
            },
            token=admin,
        )
        job = r["data"]["startFleetJob"]
        assert job["errors"] == [], job
        assert job["fleetJob"]["stageSize"] == 1
        job_id = job["fleetJob"]["id"]

        first = cps["FW-1"]
        assert (await first.expect("UpdateFirmware"))["location"] == payload["location"]
        await events.wait(lambda _c, e: e.get("status") == "accepted", timeout=15)
        state = await _job(server, admin, job_id)
        assert [t["status"] for t in state["targets"]] == ["accepted", "pending", "pending", "pending"]

        await _firmware(first, "Downloading")
        await events.wait(lambda _c, e: e.get("status") == "downloading")
        state = await _job(server, admin, job_id)
        assert state["targets"][0]["status"] == "downloading"
        assert state["stage"] == 1  # the rest waits for the first stage
        for cpid in names[1:]:
            assert cps[cpid].received.empty()

        await _firmware(first, "Downloaded", "Installing", "Installed")
        # Stage 1 succeeded: stage 2 goes out by itself.
        for cpid in names[1:]:
            await cps[cpid].expect("UpdateFirmware", timeout=15)
        await _firmware(cps["FW-2"], "Downloading", "Downloaded", "Installing", "Installed")
        await _firmware(cps["FW-3"], "Downloading", "DownloadFailed")
        await _firmware(cps["FW-4"], "Downloading", "Downloaded", "Installing", "Installed")
        await events.wait(_job_is("failed"), timeout=30)

    done = await _job(server, admin, job_id)
    assert done["stage"] == 2
    by_cp = {t["chargePointId"]: t for t in done["targets"]}
    assert [by_cp[c]["stage"] for c in names] == [1, 2, 2, 2]
    assert [by_cp[c]["status"] for c in names] == ["installed", "installed", "failed", "installed"]
    assert by_cp["FW-3"]["error"] == "DownloadFailed"
    assert [h["status"] for h in by_cp["FW-1"]["firmwareHistory"]] == [
        "Accepted",
        "Downloading",
        "Downloaded",
        "Installing",
        "Installed",
    ]


async def test_a_staged_job_waits_for_the_operators_go(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    names = ["GO-1", "GO-2", "GO-3"]
    keys = {cpid: await register(server.platform, cpid) for cpid in names}
    async with contextlib.AsyncExitStack() as stack:
        events = await _listen(server, stack)
        cps = {
            cpid: await stack.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
            for cpid in names
        }
        r = await server.graphql(
            START,
            {
                "i": {
                    "action": "CHANGE_CONFIGURATION",
                    "payload": {"key": "HeartbeatInterval", "value": "120"},
                    "filter": {"search": "GO-"},
                    "stageSize": 1,
                }
            },
            token=admin,
        )
        job_id = r["data"]["startFleetJob"]["fleetJob"]["id"]
        await cps["GO-1"].expect("ChangeConfiguration")
        await events.wait(_job_is("awaiting_go"))
        assert cps["GO-2"].received.empty() and cps["GO-3"].received.empty()
        r = await server.graphql(GO, {"id": job_id}, token=admin)
        assert r["data"]["continueFleetJob"]["errors"] == []
        await cps["GO-2"].expect("ChangeConfiguration")
        await cps["GO-3"].expect("ChangeConfiguration")
        await events.wait(_job_is("completed"))
        r = await server.graphql(GO, {"id": job_id}, token=admin)
        assert r["data"]["continueFleetJob"]["errors"][0]["code"] == "INVALID_INPUT"
    pk = str(decode_id(job_id, "FleetJob"))
    details = {"action": "ChangeConfiguration", "chargers": 3, "stage_size": 1}
    assert await _audit(server) == [
        ("fleet_job.start", "FleetJob", pk, details),
        ("fleet_job.continue", "FleetJob", pk, None),  # the refused second go records nothing
    ]


async def test_fleet_jobs_are_admin_only_and_checked(server: Any) -> None:
    _, driver = await make_user(server.platform)
    _, admin = await make_user(server.platform, role="admin")
    variables = {"i": {"action": "RESET", "payload": {"type": "Soft"}, "filter": {}}}
    r = await server.graphql(START, variables, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await server.graphql(JOB, {"id": encode_id("FleetJob", 1)}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await server.graphql(GO, {"id": encode_id("FleetJob", 1)}, token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # A payload the OCPP schema refuses, and a key that is each charger's own, are refused up front.
    await register(server.platform, "CHK-1")
    bad = {"i": {"action": "RESET", "payload": {"type": "Sideways"}, "filter": {"search": "CHK-"}}}
    r = await server.graphql(START, bad, token=admin)
    assert r["data"]["startFleetJob"]["errors"][0]["code"] == "INVALID_COMMAND"
    key = {
        "i": {
            "action": "CHANGE_CONFIGURATION",
            "payload": {"key": "AuthorizationKey", "value": "00" * 16},
            "filter": {"search": "CHK-"},
        }
    }
    r = await server.graphql(START, key, token=admin)
    assert r["data"]["startFleetJob"]["errors"][0]["field"] == "payload"
    none = {"i": {"action": "RESET", "payload": {"type": "Soft"}, "filter": {"search": "NOTHING-MATCHES"}}}
    r = await server.graphql(START, none, token=admin)
    assert r["data"]["startFleetJob"]["errors"][0]["code"] == "INVALID_INPUT"


async def test_a_cancelled_job_skips_the_chargers_not_sent(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    names = ["CAN-1", "CAN-2", "CAN-3"]
    keys = {cpid: await register(server.platform, cpid) for cpid in names}
    cancel = """mutation($id: ID!) { cancelFleetJob(id: $id) { fleetJob { status } errors { code } } }"""
    async with contextlib.AsyncExitStack() as stack:
        events = await _listen(server, stack)
        cps = {
            cpid: await stack.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
            for cpid in names
        }
        variables = {
            "i": {
                "action": "RESET",
                "payload": {"type": "Hard"},
                "filter": {"search": "CAN-"},
                "stageSize": 1,
            }
        }
        r = await server.graphql(START, variables, token=admin)
        job_id = r["data"]["startFleetJob"]["fleetJob"]["id"]
        await cps["CAN-1"].expect("Reset")
        await events.wait(_job_is("awaiting_go"))
        r = await server.graphql(cancel, {"id": job_id}, token=admin)
        assert r["data"]["cancelFleetJob"] == {"fleetJob": {"status": "cancelled"}, "errors": []}
        r = await server.graphql(GO, {"id": job_id}, token=admin)
        assert r["data"]["continueFleetJob"]["errors"][0]["code"] == "INVALID_INPUT"
        done = await _job(server, admin, job_id)
        assert [t["status"] for t in done["targets"]] == ["accepted", "skipped", "skipped"]
        assert cps["CAN-2"].received.empty() and cps["CAN-3"].received.empty()
    pk = str(decode_id(job_id, "FleetJob"))
    assert [entry[:3] for entry in await _audit(server)] == [
        ("fleet_job.start", "FleetJob", pk),
        ("fleet_job.cancel", "FleetJob", pk),
    ]


async def test_a_jobs_subscription_says_when_it_is_in_place(server: Any) -> None:
    """A console page reads a job, then subscribes to its updates; a target answered in between was
    lost until the next change (a staged rollout's page stuck on "sent"). Subscribed to one job, the
    first event comes once the subscription is in place, naming the job and no target: the page reads
    the job again then."""
    from tests.ocpp201.test_firmware201 import start_rollout
    from tests.realtime.gql_ws import GqlWs

    _, token = await make_user(server.platform, role="admin")
    key = await register(server.platform, "SUB-1")
    async with server.platform.sessionmaker() as s:
        charger = await chargers.get_by_cpid(s, "SUB-1")
        assert charger is not None
    async with connect(server.ocpp_url, "SUB-1", key) as cp:
        job_id = await start_rollout(
            server,
            token,
            {"location": "https://fw.example/f.bin", "retrieveDate": "2026-01-01T08:00:00Z"},
            [encode_id("Charger", charger.id)],
        )
        await cp.expect("UpdateFirmware")
        q = "subscription($id: ID) { fleetJobUpdates(id: $id) { jobId targetId status jobStatus } }"
        async with GqlWs(server.ws_url, token) as ws:
            one = await ws.subscribe(q, {"id": job_id})
            first = await one.data("fleetJobUpdates")
            assert first == {"jobId": job_id, "targetId": None, "status": None, "jobStatus": None}, first
