"""End to end across a platform outage: `plagsini serve` as a process and 20 simulated chargers on one
managed site (100 A, 32 A chargers, every fifth taking limits in W) over real WebSockets. Sessions
run under the site's limit; the node is killed (SIGKILL) right after a car starts, while its pass may
be in flight. The chargers keep running on what they hold: cars stop, taper and start meanwhile, a
transaction started offline holding the failsafe TxDefaultProfile. A new node starts on the same
database; the chargers reconnect and report what happened; the node re-allocates and the sessions that
ran through the outage go on under new limits.

From the SetChargingProfile frames the chargers actually received, the sum of the limits in force
(per connector: its transaction's TxProfile, else the TxDefaultProfile, else its rating) never exceeds
the site's limit: before, while the platform is down, and after it restarts; once settled, the cars
use at least 90 % of the site when they want more than it has."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call

from api.relay import encode_id
from plagsini.platform import Platform
from plagsini.settings import load_settings
from tests.helpers.auth import make_user
from tests.helpers.http import graphql_at
from tests.load.conftest import iso, managed_site, send_current
from tests.load.test_site_e2e import RATING, SUPPLY, Car, Site
from tests.ocpp.conftest import connect

pytestmark = pytest.mark.slow

N = 20
ALLOCATION = """query($s: ID!) { siteLoadAllocation(siteId: $s) {
  shares { chargePointId transactionId limitA targetA state } } }"""


async def _settle(node: Any, token: str, site_gid: str, site: Site) -> None:
    """Until every running transaction has its limit accepted (the platform's allocation in force is
    what it allocated, and what the charger holds) and every car has reported what it draws now."""
    async with asyncio.timeout(60):
        while True:
            stale = [c for c in site.cars.values() if c.tx is not None and c.reported != c.draw()]
            for car in stale:
                assert car.tx is not None
                car.reported = car.draw()
                await send_current(car.cp, car.tx, car.reported)
            r = await graphql_at(node.http_url, ALLOCATION, {"s": site_gid}, token)
            shares = {x["transactionId"]: x for x in r["data"]["siteLoadAllocation"]["shares"]}
            charging = {c.tx: c for c in site.cars.values() if c.tx is not None}
            if (
                not stale
                and set(shares) == set(charging)
                and all(x["limitA"] == x["targetA"] == charging[tx].in_force() for tx, x in shares.items())
            ):
                return
            await asyncio.sleep(0.2)  # polled: the platform is another process


def _use(site: Site) -> None:
    """While the cars want more than the site has, they draw at least 90 % of it."""
    wanted = sum(c.want for c in site.cars.values() if c.tx is not None)
    drawn = sum(c.draw() for c in site.cars.values())
    assert drawn >= 0.9 * min(wanted, site.limit) - 1e-6, (drawn, wanted, site.limit)


async def _start(site: Site, cpid: str, tag: str) -> None:
    car = site.cars[cpid]
    r = await car.cp.call(call.StartTransaction(connector_id=1, id_tag=tag, meter_start=0, timestamp=iso()))
    car.tx, car.want, car.reported = int(r.transaction_id), float(RATING), None
    site.check(f"{cpid} started")


async def test_the_site_stays_within_its_limit_while_the_platform_is_down_and_after(
    spawn_node: Any, tmp_path: Path
) -> None:
    db = f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"
    node = await asyncio.to_thread(spawn_node, DATABASE_URL=db)
    platform = Platform.create(
        load_settings(
            database_url=db, var_dir=tmp_path / "var-test", secret_key="test-secret-key-" + "x" * 32
        )
    )
    try:
        cpids = [f"FS-{i:02d}" for i in range(N)]
        tags = {cpid: f"FS-CAR-{i:02d}" for i, cpid in enumerate(cpids)}
        units = {cpid: "Power" for cpid in cpids[::5]}
        site_id, keys, _ = await managed_site(
            platform, "Car park", SUPPLY, [(c, RATING) for c in cpids], units=units, tags=list(tags.values())
        )
        _, token = await make_user(platform, role="admin")
        site_gid = encode_id("Site", site_id)
        site = Site()

        async with contextlib.AsyncExitStack() as stack:
            for cpid in cpids:
                cp = await stack.enter_async_context(connect(node.ocpp_url, cpid, keys[cpid]))
                site.cars[cpid] = Car(cp, "W" if cpid in units else "A")
                cp.answers["SetChargingProfile"] = site.answerer(cpid)
            async with asyncio.timeout(30):  # every charger holds its failsafe before a car arrives
                while any(c.default != 0 for c in site.cars.values()):  # noqa: ASYNC110 - set by answers
                    await asyncio.sleep(0.1)
            # Twelve cars charge: 8 A or more each, the site full.
            for cpid in cpids[:12]:
                await _start(site, cpid, tags[cpid])
            await _settle(node, token, site_gid, site)
            _use(site)
            before = {cpid: site.cars[cpid].tx for cpid in cpids[:12]}
            # A thirteenth car starts and the platform dies at once, its pass perhaps half sent.
            await _start(site, cpids[12], tags[cpids[12]])
            node.proc.send_signal(signal.SIGKILL)
            await asyncio.to_thread(node.proc.wait, 30)
            site.check("platform killed")

        # Down: the chargers go on with what they hold. Two cars leave, one tapers, three arrive and
        # start offline (the charger's own transaction: no TxProfile for it, the failsafe holds).
        offline_stops = {cpid: site.cars[cpid].tx for cpid in cpids[0:2]}
        for cpid in offline_stops:
            site.cars[cpid].tx, site.cars[cpid].want = None, 0.0
            site.check(f"{cpid} stopped offline")
        site.cars[cpids[2]].want = 7.0
        offline_starts = cpids[13:16]
        for i, cpid in enumerate(offline_starts):
            car = site.cars[cpid]
            car.tx, car.want = -1 - i, float(RATING)  # a local transaction, unknown to the platform yet
            site.check(f"{cpid} started offline")
            assert car.in_force() == 0
        assert sum(c.in_force() for c in site.cars.values()) <= SUPPLY

        # The platform comes back; the chargers reconnect, boot and report what happened meanwhile.
        node = await asyncio.to_thread(spawn_node, DATABASE_URL=db)
        async with contextlib.AsyncExitStack() as stack:
            for cpid in cpids:
                car = site.cars[cpid]
                car.cp = await stack.enter_async_context(connect(node.ocpp_url, cpid, keys[cpid]))
                car.cp.answers["SetChargingProfile"] = site.answerer(cpid)
            for cpid, tx in offline_stops.items():
                assert tx is not None
                await site.cars[cpid].cp.call(
                    call.StopTransaction(transaction_id=tx, meter_stop=1000, timestamp=iso())
                )
            for cpid in offline_starts:
                await _start(site, cpid, tags[cpid])  # the queued StartTransaction; the failsafe holds
            for car in site.cars.values():
                car.reported = None
            await _settle(node, token, site_gid, site)
            _use(site)
            # The sessions that ran through the outage go on, under the new allocation.
            going_on = {cpid: tx for cpid, tx in before.items() if cpid not in offline_stops}
            assert all(site.cars[cpid].tx == tx for cpid, tx in going_on.items())
            assert all(tx in site.cars[cpid].tx_limits for cpid, tx in going_on.items())
            # One more leaves: the others get its share.
            leaving = site.cars[cpids[5]]
            assert leaving.tx is not None
            await leaving.cp.call(
                call.StopTransaction(transaction_id=leaving.tx, meter_stop=1000, timestamp=iso())
            )
            leaving.tx, leaving.want = None, 0.0
            site.check(f"{cpids[5]} stopped")
            await _settle(node, token, site_gid, site)
            _use(site)
    finally:
        await platform.close()
    assert site.violations == []
    assert site.checks > 60, site.checks
