"""Real time across processes: `plagsini serve` nodes, real redis-server, real WebSocket chargers
(the `ocpp` library's ChargePoint) and GraphQL subscribers over graphql-transport-ws."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psutil
import pytest
import websockets
from ocpp.v16 import call
from sqlalchemy import select
from websockets.typing import Subprotocol

from db.models import IdTag
from domain import events as ev
from plagsini.bus import EventBus
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.realtime.gql_ws import GqlWs, Sub

pytestmark = [pytest.mark.redis, pytest.mark.slow]

METER_Q = (
    """subscription($c: ID) { meterValues(chargerId: $c) { chargePointId sessionId energyWh powerW } }"""
)


@pytest.fixture
async def shared(tmp_path: Path) -> AsyncIterator[Any]:
    """A platform object in the test process on the nodes' shared SQLite file (users, chargers)."""
    from plagsini.platform import Platform
    from plagsini.settings import load_settings

    settings = load_settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}",
        secret_key="test-secret-key-" + "x" * 32,
        var_dir=tmp_path / "var-test",
    )
    platform = Platform.create(settings)
    yield platform
    await platform.engine.dispose()


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z")


async def send_meter(cp: Any, energy: int, tx: int | None = None) -> None:
    await cp.call(
        call.MeterValues(
            connector_id=1,
            transaction_id=tx,
            meter_value=[
                {
                    "timestamp": now(),
                    "sampledValue": [
                        {"value": str(energy), "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                        {"value": "7200", "measurand": "Power.Active.Import", "unit": "W"},
                    ],
                }
            ],
        ),
        suppress=False,
    )


async def energies(sub: Sub, count: int, timeout: float = 15.0, skip: float = 1.0) -> list[float]:  # noqa: ASYNC109
    """The next `count` readings' energy, skipping liveness probes (energy == `skip`)."""
    out: list[float] = []
    while len(out) < count:
        energy = (await sub.data("meterValues", timeout))["energyWh"]
        if energy != skip:
            out.append(energy)
    return out


async def test_meter_values_from_node_a_reach_subscriber_on_node_b(
    spawn_node: Any, redis_url: str, shared: Any
) -> None:
    env = {"BROADCAST_URL": redis_url, "BUS_PUBLISH_TIMEOUT": "1"}
    node_a = spawn_node(**env, ROLE="all")
    node_b = spawn_node(**env, ROLE="api")
    _, admin_token = await make_user(shared, role="admin")
    await register(shared, "CP-NODES", profile=0)
    async with GqlWs(node_b.ws_url, token=admin_token) as ws, connect(node_a.ocpp_url, "CP-NODES") as cp:
        sub = await ws.subscribe(METER_Q, {"c": "CP-NODES"})
        await asyncio.sleep(0)  # let the subscribe frame go out
        # The subscription is live once a reading sent now arrives; then every reading arrives, in order.
        first = None
        deadline = time.monotonic() + 10
        while first is None:
            assert time.monotonic() < deadline, "the subscription never went live"
            await send_meter(cp, 1)
            try:
                first = (await sub.data("meterValues", 0.5))["energyWh"]
            except TimeoutError:
                pass
        while sub.queue.qsize():  # readings sent before the subscription was seen live
            await sub.data("meterValues")
        for i in range(100, 120):
            await send_meter(cp, i)
        assert await energies(sub, 20) == [float(i) for i in range(100, 120)]


async def test_redis_restart_mid_stream(spawn_node: Any, redis_server_factory: Any, shared: Any) -> None:
    redis = redis_server_factory()
    env = {"BROADCAST_URL": redis.url, "BUS_PUBLISH_TIMEOUT": "1"}
    node_a = spawn_node(**env, ROLE="all")
    node_b = spawn_node(**env, ROLE="api")
    pids = (node_a.proc.pid, node_b.proc.pid)
    _, admin_token = await make_user(shared, role="admin")
    await register(shared, "CP-RESTART", profile=0)
    async with GqlWs(node_b.ws_url, token=admin_token) as ws, connect(node_a.ocpp_url, "CP-RESTART") as cp:
        sub = await ws.subscribe(METER_Q, {"c": "CP-RESTART"})
        live = None
        while live is None:
            await send_meter(cp, 1)
            try:
                live = await sub.data("meterValues", 0.5)
            except TimeoutError:
                pass

        redis.stop()
        # While Redis is down the charger is still answered promptly (events are dropped, not queued
        # for ever) and the subscriber is not disconnected.
        for i in range(3):
            t0 = time.monotonic()
            await send_meter(cp, 500 + i)
            assert time.monotonic() - t0 < 5
        assert not ws.closed.is_set()

        redis.start()
        back = time.monotonic()
        resumed = None
        energy = 1000
        while resumed is None:
            assert time.monotonic() - back < 5, "delivery did not resume within 5 s of Redis being back"
            energy += 1
            await send_meter(cp, energy)
            try:
                got = await sub.data("meterValues", 0.25)
                if got["energyWh"] >= 1000:
                    resumed = got
            except TimeoutError:
                pass
        print(f"delivery resumed {time.monotonic() - back:.2f} s after Redis came back")
        # The stream goes on, every reading in order.
        while sub.queue.qsize():
            await sub.data("meterValues")
        for i in range(2000, 2010):
            await send_meter(cp, i)
        assert await energies(sub, 10) == [float(i) for i in range(2000, 2010)]
    # No node restarted.
    assert (node_a.proc.pid, node_b.proc.pid) == pids
    assert node_a.proc.poll() is None and node_b.proc.poll() is None


async def test_thousand_subscribers_each_receive_every_meter_value(spawn_node: Any, shared: Any) -> None:
    node = spawn_node(GRAPHQL_MAX_SUBSCRIPTIONS="50")
    admin, admin_token = await make_user(shared, role="admin")
    await register(shared, "CP-1K", profile=0)
    async with shared.sessionmaker() as s:
        id_tag = (await s.execute(select(IdTag.id_tag).where(IdTag.user_id == admin.id))).scalars().first()
    assert id_tag
    t0 = time.monotonic()
    clients = [GqlWs(node.ws_url, token=admin_token, max_size=None) for _ in range(20)]
    await asyncio.gather(*(c.connect() for c in clients))
    subs = [await c.subscribe(METER_Q, {"c": "CP-1K"}) for c in clients for _ in range(50)]
    assert len(subs) == 1000
    try:
        async with connect(node.ocpp_url, "CP-1K") as cp:
            # Wait until all 1,000 are live: probe readings until one has reached every one of them.
            pending = list(subs)
            deadline = time.monotonic() + 30
            while pending:
                assert time.monotonic() < deadline, f"{len(pending)} subscriptions never went live"
                await send_meter(cp, 1)
                await asyncio.sleep(0.2)  # let the probe fan out before checking who got it
                pending = [sub for sub in pending if sub.queue.empty()]
            started = await cp.call(
                call.StartTransaction(connector_id=1, id_tag=id_tag, meter_start=0, timestamp=now()),
                suppress=False,
            )
            tx = started.transaction_id
            n = 10
            for i in range(1, n + 1):
                await send_meter(cp, i * 100, tx)
            await cp.call(
                call.StopTransaction(meter_stop=n * 100 + 50, timestamp=now(), transaction_id=tx),
                suppress=False,
            )
            expected = [float(i * 100) for i in range(1, n + 1)]
            results = await asyncio.gather(*(energies(sub, n, 30) for sub in subs))
            assert all(r == expected for r in results)
    finally:
        await asyncio.gather(*(c.close() for c in clients))
    elapsed = time.monotonic() - t0
    print(f"1,000 subscribers x {n} meter values in {elapsed:.1f} s")


STUCK_Q = """subscription($c: ID) { meterValues(chargerId: $c) {
  chargePointId energyWh samples { measurand phase unit value context location } } }"""
PROBE_Q = """subscription($c: ID) { meterValues(chargerId: $c) { energyWh lagged } }"""


async def test_never_reading_subscriber_does_not_grow_server_memory(
    spawn_node: Any, redis_server_factory: Any, shared: Any
) -> None:
    """A client that never reads costs the node a bounded amount: its operation blocks on the socket
    (the send awaits drain), its bus buffer keeps the latest 64 events and drops the rest. Floods of
    meter values go through the node while a good subscriber (which reads) still gets every tag."""
    import redis.asyncio as aioredis

    redis = redis_server_factory()
    # Let Redis buffer what the node has not read yet instead of cutting it off, so that every event
    # of a flood goes through the node (counted below) rather than being dropped in Redis.
    admin_redis = aioredis.Redis.from_url(redis.url)
    await admin_redis.config_set("client-output-buffer-limit", "pubsub 0 0 0")
    await admin_redis.aclose()
    node = spawn_node(BROADCAST_URL=redis.url, GRAPHQL_KEEPALIVE_SECONDS="0")
    _, admin_token = await make_user(shared, role="admin")
    await register(shared, "CP-SLOW", profile=0)
    proc = psutil.Process(node.proc.pid)
    channel = ev.charger_meter("CP-SLOW")

    # A subscriber that never reads: the client library stops reading the socket after 1 frame, its
    # receive buffer is small and frames are not compressed (else kernel buffers absorb tens of MB).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    sock.setblocking(False)
    port = int(node.ws_url.split(":")[2].split("/")[0])
    await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
    stuck = await websockets.connect(
        node.ws_url,
        sock=sock,
        subprotocols=[Subprotocol("graphql-transport-ws")],
        max_queue=1,
        compression=None,  # frames as big on the wire as in memory
    )
    bus = EventBus(redis.url)
    await bus.connect()
    try:
        await stuck.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {admin_token}"}})
        )
        assert json.loads(await asyncio.wait_for(stuck.recv(), 10))["type"] == "connection_ack"
        await stuck.send(
            json.dumps(
                {"id": "1", "type": "subscribe", "payload": {"query": STUCK_Q, "variables": {"c": "CP-SLOW"}}}
            )
        )
        async with GqlWs(node.ws_url, token=admin_token) as good:
            probe = await good.subscribe(PROBE_Q, {"c": "CP-SLOW"})
            # ~4 KB per event in few values (cheap to decode and map, big to keep).
            padding = [
                {
                    "measurand": "Voltage",
                    "phase": f"L{k % 3 + 1}",
                    "unit": "V",
                    "value": 230.0,
                    "context": c * 400,
                }
                for k, c in enumerate("abcdefghij")
            ]

            def reading(energy: float) -> dict[str, Any]:
                return {
                    "charge_point_id": "CP-SLOW",
                    "connector_id": 1,
                    "transaction_id": None,
                    "timestamp": now(),
                    "values": [*padding, {"measurand": "Energy.Active.Import.Register", "value": energy}],
                }

            event_bytes = len(json.dumps(reading(0.0)))

            async def flood(count: int, tag: float) -> int:
                """`count` readings, then the tag reading until the good subscriber has seen it; returns
                how many events the node took off the bus for it (delivered + dropped as lagged)."""
                through = 0
                for _ in range(count):
                    assert await bus.publish(channel, reading(0.0))
                async with asyncio.timeout(60):
                    while True:
                        assert await bus.publish(channel, reading(tag))
                        try:
                            while True:
                                got = await probe.data("meterValues", 1.0)
                                through += 1 + got["lagged"]
                                if got["energyWh"] == tag:
                                    return through
                        except TimeoutError:
                            continue

            live = False
            while not live:  # both subscriptions are live once a probe reaches the good one
                await bus.publish(channel, {"charge_point_id": "CP-SLOW", "connector_id": 1, "values": []})
                try:
                    await probe.data("meterValues", 0.3)
                    live = True
                except TimeoutError:
                    pass
            # The stuck client's subscription is live too: it reads this one frame, then never again.
            first = json.loads(await asyncio.wait_for(stuck.recv(), 10))
            assert first["type"] == "next" and not first["payload"].get("errors"), first
            # Warm-up: the first flood reaches the steady state (allocator arenas, socket buffers full,
            # the stuck operation blocked, buffers at their bound). RSS is coarse, hence the margin.
            t0 = time.monotonic()
            await flood(5_000, 1.0)
            print("warm", time.monotonic() - t0)
            start = proc.memory_info().rss
            through = await flood(5_000, 2.0)
            print("f2", time.monotonic() - t0)
            mid = proc.memory_info().rss
            through += await flood(5_000, 3.0)
            print("f3", time.monotonic() - t0)
            end = proc.memory_info().rss
            first_mb, second_mb = (mid - start) / 2**20, (end - mid) / 2**20
            kept_mb = through * event_bytes / 2**20
            print(
                f"server RSS growth with a stuck subscriber: {first_mb:.1f} MB, then {second_mb:.1f} MB; "
                f"{through} events of {event_bytes} B went through the node ({kept_mb:.0f} MB as raw JSON)"
            )
            bound_mb = 10
            # Sound only if keeping what the stuck client does not read would break the bound: even as
            # raw JSON (the smallest form a kept event can take) the events that went through are far more.
            assert kept_mb > 3 * bound_mb, f"only {through} events went through the node"
            assert first_mb + second_mb < bound_mb, (
                f"server memory grew by {first_mb:.1f} + {second_mb:.1f} MB with a stuck subscriber"
            )
            assert node.proc.poll() is None
    finally:
        await bus.disconnect()
        await stuck.close()
