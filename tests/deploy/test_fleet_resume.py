"""A fleet job survives a restart of the platform: a real `plagsini serve` process sending a staged
job is killed (SIGKILL) while one charger has not answered yet; started again on the same database,
it continues the job when the chargers reconnect: the charger that had not answered gets its command
again, the chargers that had answered get nothing twice, and the job completes. The chargers are
real OCPP WebSocket clients; the operator starts the job through GraphQL."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, FleetJob, FleetJobTarget, Node, OcppCommand, utcnow
from domain import chargers, fleet
from plagsini.platform import Platform
from plagsini.settings import load_settings
from tests.helpers.auth import make_user
from tests.helpers.http import graphql_at
from tests.ocpp.conftest import connect, register

pytestmark = pytest.mark.slow

CPIDS = ("FLT-1", "FLT-2", "FLT-3")
START = """mutation($i: StartFleetJobInput!) {
  startFleetJob(input: $i) { fleetJob { id } errors { message } } }"""
JOB = """query($id: ID!) { fleetJob(id: $id) { status stage targets { chargePointId status } } }"""
NODE = {"NODE_ID": "fleet-node", "NODE_HEARTBEAT_SECONDS": "1", "NODE_DEAD_AFTER_SECONDS": "4"}


@contextlib.asynccontextmanager
async def nodes_platform(tmp_path: Path) -> AsyncIterator[Platform]:
    """A platform object in the test process on the nodes' database (spawn_node's default)."""
    platform = Platform.create(
        load_settings(
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}",
            var_dir=tmp_path / "var-test",
            secret_key="test-secret-key-" + "x" * 32,
        )
    )
    try:
        yield platform
    finally:
        await platform.close()


async def until(what: str, check: Any, timeout: float = 30) -> Any:
    """Wait (bounded) until the coroutine function `check` returns something true."""
    async with asyncio.timeout(timeout):
        while True:
            found = await check()
            if found:
                return found
            await asyncio.sleep(0.1)
    raise AssertionError(what)  # pragma: no cover


async def test_fleet_job_continues_after_a_restart(spawn_node: Any, tmp_path: Path) -> None:
    node = await asyncio.to_thread(spawn_node, **NODE)
    async with nodes_platform(tmp_path) as platform:
        keys = {cpid: await register(platform, cpid) for cpid in CPIDS}
        _, token = await make_user(platform, role="admin")
        async with platform.sessionmaker() as s:
            ids = {
                c.charge_point_id: c.id
                for c in (await s.scalars(select(Charger).where(Charger.charge_point_id.in_(CPIDS)))).all()
            }

        async def targets() -> dict[str, str]:
            async with platform.sessionmaker() as s:
                rows = await s.execute(
                    select(Charger.charge_point_id, FleetJobTarget.status).join(
                        Charger, Charger.id == FleetJobTarget.charger_id
                    )
                )
                return {cpid: status for cpid, status in rows.all()}

        async with contextlib.AsyncExitStack() as stack:
            cps = {
                cpid: await stack.enter_async_context(connect(node.ocpp_url, cpid, keys[cpid]))
                for cpid in CPIDS
            }
            cps["FLT-3"].answers["ChangeConfiguration"] = None  # it never answers before the stop
            r = await graphql_at(
                node.http_url,
                START,
                {
                    "i": {
                        "action": "CHANGE_CONFIGURATION",
                        "payload": {"key": "HeartbeatInterval", "value": "120"},
                        "chargerIds": [encode_id("Charger", ids[c]) for c in CPIDS],
                        "stageSize": 1,
                        "autoContinue": True,
                    }
                },
                token,
            )
            assert "errors" not in r and not r["data"]["startFleetJob"]["errors"], r
            job_id = r["data"]["startFleetJob"]["fleetJob"]["id"]
            # Stage 1 (FLT-1) answered, stage 2 sent: FLT-2 answered, FLT-3 holds its answer.
            await cps["FLT-3"].expect("ChangeConfiguration", timeout=30)
            await until(
                "FLT-1 and FLT-2 answered",
                lambda: _has(targets, {"FLT-1": "accepted", "FLT-2": "accepted", "FLT-3": "sending"}),
            )
            node.proc.kill()  # SIGKILL: nothing runs on the way down
            await asyncio.to_thread(node.proc.wait, 10)

        async with platform.sessionmaker() as s:
            job = (await s.scalars(select(FleetJob))).one()
            assert (job.status, job.stage) == ("running", 2)

        # Started again (same node id, same database): the chargers reconnect to it.
        node = await asyncio.to_thread(spawn_node, **NODE)
        async with contextlib.AsyncExitStack() as stack:
            cps = {
                cpid: await stack.enter_async_context(connect(node.ocpp_url, cpid, keys[cpid]))
                for cpid in CPIDS
            }
            payload = await cps["FLT-3"].expect("ChangeConfiguration", timeout=60)
            assert payload == {"key": "HeartbeatInterval", "value": "120"}

            async def completed() -> dict[str, Any] | None:
                got = await graphql_at(node.http_url, JOB, {"id": job_id}, token)
                job = got["data"]["fleetJob"]
                return job if job["status"] == "completed" else None

            job_view = await until("the job completes", completed)
            assert {t["chargePointId"]: t["status"] for t in job_view["targets"]} == dict.fromkeys(
                CPIDS, "accepted"
            )
            # Nothing sent twice to a charger that had answered (in this connection, or at all).
            for cpid in ("FLT-1", "FLT-2"):
                assert _fleet_calls(cps[cpid]) == [], cpid
        async with platform.sessionmaker() as s:
            rows = (
                await s.execute(
                    select(Charger.charge_point_id, OcppCommand.request)
                    .join(Charger, Charger.id == OcppCommand.charger_id)
                    .where(OcppCommand.action == "ChangeConfiguration")
                )
            ).all()
        sent = Counter(cpid for cpid, request in rows if (request or {}).get("key") == "HeartbeatInterval")
        assert sent == {"FLT-1": 1, "FLT-2": 1, "FLT-3": 2}, sent


def _fleet_calls(cp: Any) -> list[dict[str, Any]]:
    """The job's ChangeConfiguration calls the charger received (other calls left out)."""
    calls = []
    while not cp.received.empty():
        action, payload = cp.received.get_nowait()
        if action == "ChangeConfiguration" and payload.get("key") == "HeartbeatInterval":
            calls.append(payload)
    return calls


async def _has(targets: Any, expected: dict[str, str]) -> bool:
    return bool(await targets() == expected)


async def test_recovery_settles_answered_targets_and_leaves_a_live_nodes_alone(server: Any) -> None:
    """A target left "sending": answered (the answer is in the command history) -> that answer, not
    sent again; never answered, its node gone -> pending (sent again); its node alive -> left to it."""
    platform = server.platform
    async with platform.sessionmaker() as s, s.begin():
        ids = []
        for cpid in ("REC-A", "REC-B", "REC-C"):
            await chargers.register(s, cpid)
            c = await chargers.get_by_cpid(s, cpid)
            assert c is not None
            ids.append(c.id)
        job = await fleet.create_job(
            s, action="Reset", payload={"type": "Soft"}, charger_ids=ids, selection={}, stage_size=None,
            auto_continue=False, user_id=None,
        )  # fmt: skip
        targets = (await s.scalars(select(FleetJobTarget).order_by(FleetJobTarget.id))).all()
        for t in targets:
            assert await fleet.claim_target(s, t.id)
            assert not await fleet.claim_target(s, t.id)  # taken once
        s.add(Node(node_id="other-live", role="all", last_seen_at=utcnow()))
        later = utcnow() + dt.timedelta(milliseconds=5)
        for cid, status, node in (
            (ids[0], "completed", "gone"),
            (ids[1], "sent", "gone"),
            (ids[2], "sent", "other-live"),
        ):
            s.add(
                OcppCommand(
                    charger_id=cid, action="Reset", request={"type": "Soft"}, status=status, node_id=node,
                    response={"status": "Accepted"} if status == "completed" else None,
                    created_at=later, completed_at=later if status == "completed" else None,
                )
            )  # fmt: skip
    async with platform.sessionmaker() as s, s.begin():
        again = await fleet.recover_unanswered(s, job.id, me="me", dead_after=dt.timedelta(seconds=30))
    async with platform.sessionmaker() as s:
        states = {t.charger_id: t.status for t in (await s.scalars(select(FleetJobTarget))).all()}
    assert again == [targets[1].id]
    assert states == {ids[0]: "accepted", ids[1]: "pending", ids[2]: "sending"}
