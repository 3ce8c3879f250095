"""Site load management on two `plagsini serve` nodes (one SQLite database, a real redis-server): the
chargers of one 40 A site are split across the nodes. One node holds the site's lease and allocates it;
only it polls the site's Modbus meter (the meter notes which process asks); the events of the chargers
on the other node reach it over the bus, and the limits reach every charger through the command bus;
the site's limit holds at every frame. The holder is killed (SIGKILL): once its lease has expired the
other node takes the site over and its meter, its chargers reconnect there, and the allocation goes on
from what is recorded."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import struct
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import psutil
import pytest
from ocpp.v16 import call
from sqlalchemy import select

from db.models import SiteLoad
from domain.load import tree
from tests.helpers.nodes import TwoNodes
from tests.helpers.nodes import two_nodes as start_two_nodes
from tests.load.conftest import iso, managed_site, send_current
from tests.load.test_service import _start
from tests.ocpp.conftest import SimCharger, connect

pytestmark = [pytest.mark.redis, pytest.mark.slow]

SUPPLY = 40
CPIDS = ["TN-1", "TN-2", "TN-3", "TN-4"]


@pytest.fixture
async def nodes(spawn_node: Any, redis_url: str, tmp_path: Path) -> AsyncIterator[TwoNodes]:
    env = {"NODE_HEARTBEAT_SECONDS": "1", "NODE_DEAD_AFTER_SECONDS": "4"}
    async with start_two_nodes(spawn_node, redis_url, tmp_path, **env) as two:
        yield two


class Limits:
    """Each charger's TxProfile in force (per its transaction) as received; the sum checked at each."""

    def __init__(self) -> None:
        self.by_tx: dict[str, dict[int, float]] = {c: {} for c in CPIDS}
        self.tx: dict[str, int | None] = dict.fromkeys(CPIDS)
        self.worst = 0.0
        self.arrived = asyncio.Event()

    def in_force(self) -> dict[str, float]:
        return {c: self.by_tx[c].get(tx, 0.0) for c, tx in self.tx.items() if tx is not None}

    def answerer(self, cpid: str) -> Any:
        def answer(action: str, payload: dict[str, Any]) -> dict[str, Any]:
            prof = payload["csChargingProfiles"]
            if prof["chargingProfilePurpose"] == "TxProfile":
                limit = float(prof["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"])
                self.by_tx[cpid][prof["transactionId"]] = limit
                self.worst = max(self.worst, sum(self.in_force().values()))
            self.arrived.set()
            return {"status": "Accepted"}

        return answer

    async def wait(self, want: Callable[[dict[str, float]], bool], timeout: float = 30) -> None:
        try:
            async with asyncio.timeout(timeout):
                while not want(self.in_force()):
                    self.arrived.clear()
                    await self.arrived.wait()
        except TimeoutError:
            raise AssertionError(f"limits in force: {self.in_force()}") from None


class Meter:
    """A building meter speaking Modbus TCP (function 3, the three phases' currents at 0 A) that notes
    which process asks: the server holds each connection until it has found the peer's process."""

    def __init__(self) -> None:
        self.askers: list[int | None] = []
        self.asked = asyncio.Event()
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await reader.readexactly(12)
            peer = writer.get_extra_info("peername")[:2]
            conns = await asyncio.to_thread(psutil.net_connections, "tcp")
            self.askers.append(next((c.pid for c in conns if tuple(c.laddr) == tuple(peer)), None))
            self.asked.set()
            tid, _, _, unit, function, _, count = struct.unpack(">HHHBBHH", request)
            pdu = struct.pack(">BB", function, 2 * count) + b"\x00\x00" * count
            writer.write(struct.pack(">HHHB", tid, 0, len(pdu) + 1, unit) + pdu)
            await writer.drain()
        finally:
            writer.close()

    async def polled_by(self, pid: int, times: int = 3, timeout: float = 30) -> None:
        """Until the last `times` polls all came from process `pid`."""
        async with asyncio.timeout(timeout):
            while self.askers[-times:] != [pid] * times:
                self.asked.clear()
                await self.asked.wait()


async def _holder(nodes: TwoNodes, site_id: int) -> str | None:
    async with nodes.platform.sessionmaker() as s:
        return await s.scalar(select(SiteLoad.lead_node).where(SiteLoad.site_id == site_id))


async def test_one_node_allocates_a_site_split_across_two_and_the_other_takes_over(nodes: TwoNodes) -> None:
    site_id, keys, _ = await managed_site(
        nodes.platform, "Split", SUPPLY, [(c, 32) for c in CPIDS], tags=[f"T-{c}" for c in CPIDS]
    )
    at = {"node-a": nodes.node_a, "node-b": nodes.node_b}
    home = {"TN-1": "node-a", "TN-2": "node-a", "TN-3": "node-b", "TN-4": "node-b"}
    limits = Limits()
    async with contextlib.AsyncExitStack() as stack:
        cps: dict[str, SimCharger] = {}
        for cpid in CPIDS:
            cps[cpid] = await stack.enter_async_context(connect(at[home[cpid]].ocpp_url, cpid, keys[cpid]))
            cps[cpid].answers["SetChargingProfile"] = limits.answerer(cpid)
        # Four cars, two on each node: 10 A each, whichever node allocates.
        for cpid in CPIDS:
            limits.tx[cpid] = await _start(cps[cpid], f"T-{cpid}")
        await limits.wait(lambda f: f == dict.fromkeys(CPIDS, 10.0))
        holder = await _holder(nodes, site_id)
        assert holder in at
        other = "node-b" if holder == "node-a" else "node-a"
        # The site's building meter: only the holder polls it.
        meter = Meter()
        port = await meter.start()
        async with nodes.platform.sessionmaker() as s, s.begin():
            config = {"host": "127.0.0.1", "port": port, "registers": [0, 2, 4], "interval_s": 1}
            await tree.configure(s, site_id, {"meter": config})
        await meter.polled_by(at[holder].proc.pid)
        assert set(meter.askers) == {at[holder].proc.pid}, meter.askers
        # The holder's chargers' readings and the other node's both count: a car on the other node
        # tapers, its capacity goes to the three others.
        tapering = next(c for c in CPIDS if home[c] == other)
        tx = limits.tx[tapering]
        assert tx is not None
        await send_current(cps[tapering], tx, 4.0)
        await limits.wait(
            lambda f: f[tapering] == 6.0 and all(f[c] in (11.0, 12.0) for c in CPIDS if c != tapering)
        )

        # The holder dies: its chargers lose their socket and keep what they hold.
        at[holder].proc.send_signal(signal.SIGKILL)
        await asyncio.to_thread(at[holder].proc.wait, 30)
        orphans = [c for c in CPIDS if home[c] == holder]
        for cpid in orphans:
            await cps[cpid].ws.wait_closed()
        # They reconnect to the other node, which takes the site over once the lease has expired.
        for cpid in orphans:
            cps[cpid] = await stack.enter_async_context(connect(at[other].ocpp_url, cpid, keys[cpid]))
            cps[cpid].answers["SetChargingProfile"] = limits.answerer(cpid)
        async with asyncio.timeout(30):
            while await _holder(nodes, site_id) != other:  # noqa: ASYNC110 - a row another process writes
                await asyncio.sleep(0.2)
        await meter.polled_by(at[other].proc.pid)  # the new holder polls the meter now
        # A car on the killed node's charger leaves: the new holder re-allocates the site.
        leaving = orphans[0]
        tx = limits.tx[leaving]
        assert tx is not None
        await cps[leaving].call(call.StopTransaction(transaction_id=tx, meter_stop=100, timestamp=iso()))
        limits.tx[leaving] = None
        # The tapering car keeps its cap (its new reading under the recalled limit), the others share.
        await send_current(cps[tapering], limits.tx[tapering] or 0, 4.0)
        await limits.wait(
            lambda f: (
                set(f) == set(CPIDS) - {leaving}
                and f[tapering] == 6.0
                and sum(f.values()) == SUPPLY
                and min(v for c, v in f.items() if c != tapering) >= 17.0
            )
        )
    assert limits.worst <= SUPPLY, limits.worst
