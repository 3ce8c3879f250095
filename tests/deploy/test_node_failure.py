"""Node failure: a `plagsini serve` node killed with SIGKILL is noticed by the other node through the
heartbeat in `nodes`. Two real processes share a database and a real redis-server; the charger is a
real WebSocket client; the operator's commands go through GraphQL on the surviving node."""

from __future__ import annotations

import asyncio
import json
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call

from domain import chargers
from domain import events as ev
from plagsini.bus import EventBus
from plagsini.settings import Settings, load_settings
from tests.helpers.http import graphql_at
from tests.helpers.nodes import TwoNodes
from tests.helpers.nodes import two_nodes as start_two_nodes
from tests.ocpp.conftest import connect, register

pytestmark = [pytest.mark.redis, pytest.mark.slow]

HEARTBEAT, DEAD_AFTER = "1", "4"
CLEAR_CACHE = "mutation($i: ChargerCommandInput!) { clearCache(input: $i) { status errors { __typename } } }"


def test_defaults_notice_a_dead_node_within_30_seconds() -> None:
    s = Settings()
    # Dead after NODE_DEAD_AFTER_SECONDS, noticed at the next heartbeat of a live node.
    assert s.node_dead_after_seconds + s.node_heartbeat_seconds <= 30


def test_dead_after_shorter_than_two_heartbeats_is_refused() -> None:
    from plagsini.settings import ConfigError

    with pytest.raises(ConfigError, match="NODE_DEAD_AFTER_SECONDS"):
        load_settings(node_heartbeat_seconds=10, node_dead_after_seconds=15)


@pytest.fixture
async def two_nodes(spawn_node: Any, redis_url: str, tmp_path: Path) -> AsyncIterator[TwoNodes]:
    env = {"NODE_HEARTBEAT_SECONDS": HEARTBEAT, "NODE_DEAD_AFTER_SECONDS": DEAD_AFTER}
    async with start_two_nodes(spawn_node, redis_url, tmp_path, **env) as nodes:
        yield nodes


async def test_killed_node_is_noticed_and_its_charger_resumes_elsewhere(
    two_nodes: TwoNodes, spawn_node: Any, redis_url: str
) -> None:
    node_a, node_b, platform, env = two_nodes.node_a, two_nodes.node_b, two_nodes.platform, two_nodes.env
    bus = EventBus(redis_url)
    await bus.connect()
    statuses: list[dict[str, Any]] = []
    got_status = asyncio.Event()
    subscribed = asyncio.Event()

    async def watch() -> None:
        async with bus.subscribe(ev.charger_status("CP-K")) as messages:
            subscribed.set()
            async for message in messages:
                statuses.append(message if isinstance(message, dict) else json.loads(message))
                got_status.set()

    async def served_by(cp: Any, node_id: str) -> None:
        """The charger's row names `node_id` as its holder, and a command from node B reaches it."""
        async with platform.sessionmaker() as s:
            c = await chargers.get_by_cpid(s, "CP-K")
            assert c is not None and c.node_id == node_id and c.online
        r = await graphql_at(node_b.http_url, CLEAR_CACHE, {"i": {"chargerId": gid}}, token)
        assert r["data"]["clearCache"]["errors"] == [], r
        await cp.expect("ClearCache")

    watcher = asyncio.create_task(watch())
    try:
        async with asyncio.timeout(10):
            await subscribed.wait()
        key, token, gid = await two_nodes.charger("CP-K")

        async with connect(node_a.ocpp_url, "CP-K", key) as cp:
            await served_by(cp, "node-a")

            # SIGKILL: node A cannot say goodbye; its socket to the charger dies with it.
            statuses.clear()
            killed_at = time.monotonic()
            node_a.proc.send_signal(signal.SIGKILL)
            node_a.proc.wait(10)

            # Node B notices within 30 s: the charger is offline with no node, and an offline
            # status event is published for the console and the drivers' apps.
            async with asyncio.timeout(30):
                while True:
                    async with platform.sessionmaker() as s:
                        c = await chargers.get_by_cpid(s, "CP-K")
                        assert c is not None
                        if c.node_id is None:
                            break
                    await asyncio.sleep(0.2)
            assert not c.online
            assert time.monotonic() - killed_at < 30
            async with asyncio.timeout(10):
                while not any(s.get("type") == "offline" for s in statuses):
                    got_status.clear()
                    await got_status.wait()

            # A command to it answers offline at once instead of timing out.
            started = time.monotonic()
            r = await graphql_at(node_b.http_url, CLEAR_CACHE, {"i": {"chargerId": gid}}, token)
            assert r["data"]["clearCache"]["errors"] == [{"__typename": "ChargerOfflineError"}], r
            assert time.monotonic() - started < 5

        # The charger reconnects to node B: everything resumes there.
        async with connect(node_b.ocpp_url, "CP-K", key) as cp:
            await served_by(cp, "node-b")
            assert (await cp.call(call.Heartbeat(), suppress=False)).current_time

        # Node A restarts with the same NODE_ID: fine, and the charger moves back to it.
        node_a2 = await asyncio.to_thread(spawn_node, NODE_ID="node-a", **env)
        async with connect(node_a2.ocpp_url, "CP-K", key) as cp:
            r = await graphql_at(node_b.http_url, CLEAR_CACHE, {"i": {"chargerId": gid}}, token)
            assert r["data"]["clearCache"]["errors"] == [], r
            await cp.expect("ClearCache")
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await bus.disconnect()


async def test_command_waiting_on_a_node_that_dies_answers_offline(two_nodes: TwoNodes) -> None:
    """A command already handed to the holding node, which then dies: the requester does not wait
    for OCPP_CALL_TIMEOUT (30 s) and the bus margin; it answers offline once the holder's heartbeat
    is stale."""
    node_a, node_b = two_nodes.node_a, two_nodes.node_b
    key, token, gid = await two_nodes.charger("CP-D")
    async with connect(node_a.ocpp_url, "CP-D", key) as cp:
        cp.answers["ClearCache"] = None  # never answers: the command hangs on node A
        clear = graphql_at(node_b.http_url, CLEAR_CACHE, {"i": {"chargerId": gid}}, token)
        pending = asyncio.create_task(clear)
        await cp.expect("ClearCache")
        killed_at = time.monotonic()
        node_a.proc.send_signal(signal.SIGKILL)
        node_a.proc.wait(10)
        r = await asyncio.wait_for(pending, 60)
        elapsed = time.monotonic() - killed_at
    assert r["data"]["clearCache"]["errors"] == [{"__typename": "ChargerOfflineError"}], r
    assert elapsed < 15, elapsed


async def test_node_declared_dead_while_running_claims_its_chargers_back(server: Any) -> None:
    """A node stalled past NODE_DEAD_AFTER_SECONDS (e.g. a long pause) was reaped by another node
    while its chargers stayed connected: at its next heartbeat it writes its row again and marks
    them online on itself, so commands from other nodes find them again."""
    from sqlalchemy import delete, update

    from db.models import Charger, Node

    platform = server.platform
    liveness = platform.liveness
    key = await register(platform, "CP-S")
    async with connect(server.ocpp_url, "CP-S", key):
        async with platform.sessionmaker() as s, s.begin():  # what another node's reaper does
            await s.execute(delete(Node).where(Node.node_id == platform.node_id))
            await s.execute(update(Charger).values(online=False, node_id=None))
        await liveness.beat()
        async with platform.sessionmaker() as s:
            c = await chargers.get_by_cpid(s, "CP-S")
            node = await s.get(Node, platform.node_id)
        assert c is not None and c.online and c.node_id == platform.node_id
        assert node is not None and node.role == platform.settings.role
