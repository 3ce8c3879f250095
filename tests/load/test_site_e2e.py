"""End to end: 20 simulated chargers on one managed site over real WebSockets (schema-validating),
random arrivals, departures and tapering cars, and the site's limit lowered mid-run by an admin through
GraphQL. From the SetChargingProfile frames the chargers actually received:

* at every instant (each frame's arrival, each stop) the sum of the limits in force on the chargers
  stays within the site's limit (during a limit change: within the higher of the old and the new one,
  until the first allocation after the change has been sent);
* whenever the cars want more than the site has, they draw at least 90 % of it.

A limit in force on a connector is the TxProfile of its running transaction, else the charger's
TxDefaultProfile (the failsafe), else its rating. Each simulated car draws min(limit, what it wants)
and reports it as Current.Import after a change; nothing sleeps: each step waits until the allocation
service is idle and every car has reported.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from dataclasses import dataclass, field
from typing import Any

from ocpp.v16 import call

from api.relay import encode_id
from domain.load.service import LoadManager
from tests.helpers.auth import make_user
from tests.load.conftest import iso, managed_site, send_current
from tests.ocpp.conftest import SimCharger, connect

N = 20
RATING = 32
SUPPLY = 100
LOWERED = 60
STEPS = 40
VOLTS_3PH = 230 * 3


@dataclass
class Car:
    cp: SimCharger
    unit: str
    tx: int | None = None
    want: float = 0.0
    tx_limits: dict[int, float] = field(default_factory=dict)
    default: float | None = None
    reported: float | None = None

    def in_force(self) -> float:
        if self.tx is None:
            return 0.0
        if self.tx in self.tx_limits:
            return self.tx_limits[self.tx]
        return self.default if self.default is not None else RATING

    def draw(self) -> float:
        return min(self.in_force(), self.want) if self.tx is not None else 0.0


@dataclass
class Site:
    cars: dict[str, Car] = field(default_factory=dict)
    limit: float = SUPPLY
    allowed: float = SUPPLY  # the higher of old and new while a change is being applied
    checks: int = 0
    violations: list[str] = field(default_factory=list)

    def check(self, when: str) -> None:
        total = sum(c.in_force() for c in self.cars.values())
        self.checks += 1
        if total > self.allowed + 1e-6:
            self.violations.append(f"{when}: {total} A in force > {self.allowed} A")

    def answerer(self, cpid: str) -> Any:
        def answer(action: str, payload: dict[str, Any]) -> dict[str, Any]:
            car = self.cars[cpid]
            prof = payload["csChargingProfiles"]
            limit = float(prof["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"])
            if prof["chargingSchedule"]["chargingRateUnit"] == "W":
                limit /= VOLTS_3PH
            if prof["chargingProfilePurpose"] == "TxProfile":
                car.tx_limits[prof["transactionId"]] = limit
            elif prof["chargingProfilePurpose"] == "TxDefaultProfile":
                car.default = limit
            self.check(f"{cpid} {prof['chargingProfilePurpose']} {limit}")
            return {"status": "Accepted"}

        return answer


async def _idle(lm: LoadManager) -> None:
    """Until the allocation service has nothing pending and its pass (with every send) is done."""
    async with asyncio.timeout(30):
        while True:
            task = lm.task
            if task is not None and not task.done():
                await asyncio.wait({task})
                continue
            if not (lm.pending_chargers or lm.pending_sites or lm.pending_defaults):
                return
            await asyncio.sleep(0)  # a touch without its task yet: let it be scheduled


async def _report(car: Car) -> None:
    assert car.tx is not None
    amps = car.draw()
    car.reported = amps
    await send_current(car.cp, car.tx, amps)


async def _settle(site: Site, lm: LoadManager) -> None:
    """Until the service is idle and every charging car has reported what it draws now."""
    for _ in range(20):
        await _idle(lm)
        stale = [c for c in site.cars.values() if c.tx is not None and c.reported != c.draw()]
        if not stale:
            return
        await asyncio.gather(*(_report(c) for c in stale))
    raise AssertionError("the allocation did not settle")


async def test_twenty_chargers_share_a_site_safely_and_fully(server: Any) -> None:
    p = server.platform
    lm = p.load_manager
    rnd = random.Random(18)
    _, admin = await make_user(p, role="admin")
    cpids = [f"E2E-{i:02d}" for i in range(N)]
    units = {cpid: "Power" for cpid in cpids[::5]}  # every fifth charger takes W
    tags = [f"CAR-{i:02d}" for i in range(N)]
    _, keys, nodes = await managed_site(
        p, "Car park", SUPPLY, [(c, RATING) for c in cpids], units=units, tags=tags
    )
    site = Site()
    async with contextlib.AsyncExitStack() as stack:
        for cpid in cpids:
            cp = await stack.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
            site.cars[cpid] = Car(cp, "W" if cpid in units else "A")
            cp.answers["SetChargingProfile"] = site.answerer(cpid)
        await _settle(site, lm)
        assert all(c.default == 0 for c in site.cars.values())  # every charger got its failsafe

        saturated = 0
        for step in range(STEPS):
            idle = [c for c in site.cars.values() if c.tx is None]
            charging = [c for c in site.cars.values() if c.tx is not None]
            if step == STEPS // 2:
                # An admin lowers the main supply (say, the building's contract changed).
                site.allowed = max(site.limit, LOWERED)
                r = await server.graphql(
                    """mutation($i: UpdateCapacityNodeInput!) { updateCapacityNode(input: $i) {
                       errors { message } } }""",
                    {
                        "i": {
                            "id": encode_id("CapacityNode", nodes["root"]),
                            "limitL1A": LOWERED,
                            "limitL2A": LOWERED,
                            "limitL3A": LOWERED,
                        }
                    },
                    token=admin,
                )
                assert r["data"]["updateCapacityNode"]["errors"] == [], r
                await _idle(lm)
                site.limit = site.allowed = LOWERED
                site.check("after the limit change")
            action = rnd.random()
            if idle and (action < 0.55 or len(charging) < 6):
                car = rnd.choice(idle)
                i = cpids.index(car.cp.id)
                r = await car.cp.call(
                    call.StartTransaction(connector_id=1, id_tag=tags[i], meter_start=0, timestamp=iso())
                )
                car.tx, car.want, car.reported = int(r.transaction_id), float(RATING), None
                site.check(f"{car.cp.id} started")
            elif charging and action < 0.8:
                car = rnd.choice(charging)
                car.want = float(rnd.randint(6, 16))  # tapering at a high state of charge
            elif charging:
                car = rnd.choice(charging)
                assert car.tx is not None
                await car.cp.call(
                    call.StopTransaction(transaction_id=car.tx, meter_stop=1000, timestamp=iso())
                )
                car.tx, car.want = None, 0.0
                site.check(f"{car.cp.id} stopped")
            await _settle(site, lm)
            site.check(f"step {step} settled")
            wanted = sum(c.want for c in site.cars.values() if c.tx is not None)
            drawn = sum(c.draw() for c in site.cars.values())
            if wanted > site.limit:
                saturated += 1
                assert drawn >= 0.9 * site.limit, (step, drawn, wanted, site.limit)
            else:
                # enough for all: all served (a tapering car's cap sits an ampere above its draw)
                assert drawn >= min(wanted, 0.9 * site.limit), (step, drawn, wanted)

    assert site.violations == []
    assert saturated >= STEPS // 4, saturated  # the run did spend time short of capacity
    assert site.checks > 100
