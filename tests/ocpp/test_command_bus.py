"""The command bus across nodes: two `plagsini serve` processes sharing a database and a real
redis-server; the charger is connected to node A, the admin mutation is served by node B."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call

from tests.helpers.auth import make_user
from tests.helpers.http import graphql_at
from tests.helpers.nodes import TwoNodes, two_nodes
from tests.ocpp.conftest import connect, register

pytestmark = pytest.mark.redis


@pytest.fixture
async def nodes(spawn_node: Any, redis_url: str, tmp_path: Path) -> AsyncIterator[TwoNodes]:
    async with two_nodes(spawn_node, redis_url, tmp_path) as started:
        yield started


async def test_command_reaches_charger_on_another_node(
    nodes: TwoNodes,
) -> None:
    node_a, node_b, platform = nodes.node_a, nodes.node_b, nodes.platform
    key = await register(platform, "CP-X")
    _admin, token = await make_user(platform, role="admin")
    async with connect(node_a.ocpp_url, "CP-X", key) as cp:
        async with platform.sessionmaker() as s:
            from domain import chargers

            c = await chargers.get_by_cpid(s, "CP-X")
            assert c is not None and c.node_id == "node-a"
            from api.relay import encode_id

            gid = str(encode_id("Charger", c.id))
        r = await graphql_at(
            node_b.http_url,
            "mutation($i: GetConfigurationInput!) { getConfiguration(input: $i) "
            "{ status configuration { key value } errors { __typename message } } }",
            {"i": {"chargerId": gid}},
            token,
        )
        out = r["data"]["getConfiguration"]
        assert out["errors"] == [], out
        assert {k["key"] for k in out["configuration"]} == {"HeartbeatInterval", "NumberOfConnectors"}
        assert (await cp.expect("GetConfiguration")) == {}
        # A CALLERROR from the charger comes back typed across the bus.
        cp.answers["Reset"] = ("error", "NotSupported")
        r = await graphql_at(
            node_b.http_url,
            "mutation($i: ResetChargerInput!) { resetCharger(input: $i) "
            "{ status errors { __typename ... on CommandRejectedError { errorCode } } } }",
            {"i": {"chargerId": gid, "type": "SOFT"}},
            token,
        )
        err = r["data"]["resetCharger"]["errors"][0]
        assert err == {"__typename": "CommandRejectedError", "errorCode": "NotSupported"}
        assert (await cp.call(call.Heartbeat(), suppress=False)).current_time
    # The charger disconnected: node B answers offline.
    async with asyncio.timeout(10):
        while True:
            async with platform.sessionmaker() as s:
                c = await chargers.get_by_cpid(s, "CP-X")
                if c is not None and c.node_id is None:
                    break
            await asyncio.sleep(0.05)
    r = await graphql_at(
        node_b.http_url,
        "mutation($i: ChargerCommandInput!) { clearCache(input: $i) { errors { __typename } } }",
        {"i": {"chargerId": gid}},
        token,
    )
    assert r["data"]["clearCache"]["errors"] == [{"__typename": "ChargerOfflineError"}]


async def test_a_charger_reconnecting_to_another_node_loses_its_old_socket(
    nodes: TwoNodes,
) -> None:
    """Node B tells node A over the bus (an `evict` command) to drop the socket the charger left behind."""
    node_a, node_b, platform = nodes.node_a, nodes.node_b, nodes.platform
    key = await register(platform, "CP-MOVE")
    async with connect(node_a.ocpp_url, "CP-MOVE", key) as old:
        async with connect(node_b.ocpp_url, "CP-MOVE", key) as new:
            async with asyncio.timeout(15):
                await old.ws.wait_closed()
            assert old.ws.close_code == 1000
            assert old.ws.close_reason == "the charger connected to another node"
            assert (await new.call(call.Heartbeat(), suppress=False)).current_time
