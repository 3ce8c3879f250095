"""Site load management: the time from an event to the new limits reaching the chargers.

`python -m bench.load_alloc [--sites 50] [--per-site 20] [--rounds 10]` seeds SITES managed sites of
PER_SITE chargers each (a 100 A main supply, 32 A chargers), starts `plagsini serve` (SQLite) in its own
process, connects every charger over raw OCPP-J WebSockets from this process (each answers
SetChargingProfile with Accepted and notes when it arrived), waits until each holds its failsafe
TxDefaultProfile, then runs ROUNDS rounds: in each, one
idle charger on every site starts a transaction at once. A sample is the time from sending that
StartTransaction to its TxProfile arriving at the charger: the allocation pass has run and sent
every limit it changed (lowered ones first, answered, then raised ones such as this one). The
allocation service gathers the changes of DEBOUNCE_S (0.3 s) into one pass, which is in every sample.

Writes bench/results/load_alloc.json (or --results DIR) with p50, p99 and max in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websockets
from sqlalchemy import insert, select
from websockets.typing import Subprotocol

from bench.__main__ import RESULTS, Server, log
from db.engine import make_engine, make_sessionmaker
from db.migrate import upgrade
from db.models import Charger, IdTag, LoadNode, Site, SiteLoad
from plagsini.loopmon import percentile

SUPPLY_A = 100
RATING_A = 32


async def seed(database_url: str, sites: int, per_site: int) -> list[list[str]]:
    """Managed sites with their chargers (security profile 0); the charge point ids by site."""
    engine = make_engine(database_url)
    out: list[list[str]] = []
    try:
        async with make_sessionmaker(engine)() as s, s.begin():
            s.add(IdTag(id_tag="BENCH", kind="rfid", status="Accepted"))
            for n in range(sites):
                site = Site(name=f"Bench site {n:03d}")
                s.add(site)
                await s.flush()
                s.add(SiteLoad(site_id=site.id, enabled=True, voltage=230))
                root = LoadNode(
                    site_id=site.id,
                    kind="supply",
                    name="Main",
                    limit_l1_a=SUPPLY_A,
                    limit_l2_a=SUPPLY_A,
                    limit_l3_a=SUPPLY_A,
                )
                s.add(root)
                await s.flush()
                cpids = [f"LB{n:03d}-{i:03d}" for i in range(per_site)]
                await s.execute(
                    insert(Charger),
                    [
                        {
                            "charge_point_id": c,
                            "security_profile": 0,
                            "registration_status": "Accepted",
                            "approved": True,
                            "site_id": site.id,
                        }
                        for c in cpids
                    ],
                )
                ids = (await s.execute(select(Charger.id).where(Charger.site_id == site.id))).scalars()
                await s.execute(
                    insert(LoadNode),
                    [
                        {
                            "site_id": site.id,
                            "parent_id": root.id,
                            "kind": "charger",
                            "name": f"charger {cid}",
                            "charger_id": cid,
                            "limit_l1_a": RATING_A,
                            "limit_l2_a": RATING_A,
                            "limit_l3_a": RATING_A,
                        }
                        for cid in ids
                    ],
                )
                out.append(cpids)
    finally:
        await engine.dispose()
    return out


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())


@dataclass
class Sim:
    """A charger speaking raw OCPP-J: its CALLs and their answers, the profiles it receives."""

    cpid: str
    ws: Any = None
    pending: dict[str, asyncio.Future[Any]] = field(default_factory=dict)
    #: transaction id -> a future set when its TxProfile arrives (monotonic time).
    waiting: dict[int, asyncio.Future[float]] = field(default_factory=dict)
    reader: asyncio.Task[None] | None = None
    #: Set when the failsafe TxDefaultProfile (sent after the boot) has arrived.
    defaulted: asyncio.Event = field(default_factory=asyncio.Event)

    async def connect(self, url: str) -> None:
        self.ws = await websockets.connect(
            f"{url}/{self.cpid}", subprotocols=[Subprotocol("ocpp1.6")], open_timeout=60, ping_interval=None
        )
        self.reader = asyncio.create_task(self._read())
        await self.call("BootNotification", {"chargePointVendor": "PlagSini", "chargePointModel": "Bench"})

    async def call(self, action: str, payload: dict[str, Any]) -> Any:
        uid = uuid.uuid4().hex[:16]
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[uid] = fut
        await self.ws.send(json.dumps([2, uid, action, payload]))
        async with asyncio.timeout(60):
            return await fut

    async def _read(self) -> None:
        async for raw in self.ws:
            msg = json.loads(raw)
            if msg[0] == 2:
                _, uid, action, payload = msg
                if action == "SetChargingProfile":
                    tx = payload["csChargingProfiles"].get("transactionId")
                    if payload["csChargingProfiles"]["chargingProfilePurpose"] == "TxDefaultProfile":
                        self.defaulted.set()
                    if tx is not None:
                        fut = self.waiting.setdefault(tx, asyncio.get_running_loop().create_future())
                        if not fut.done():
                            fut.set_result(time.monotonic())
                    await self.ws.send(json.dumps([3, uid, {"status": "Accepted"}]))
                else:
                    await self.ws.send(json.dumps([3, uid, {}]))
            elif msg[0] in (3, 4) and msg[1] in self.pending:
                fut = self.pending.pop(msg[1])
                if not fut.done():
                    fut.set_result(msg[2] if msg[0] == 3 else msg)

    async def start_and_time(self) -> float:
        """Start a transaction; seconds until its TxProfile arrives."""
        t0 = time.monotonic()
        answer = await self.call(
            "StartTransaction", {"connectorId": 1, "idTag": "BENCH", "meterStart": 0, "timestamp": now_iso()}
        )
        tx = int(answer["transactionId"])
        fut = self.waiting.setdefault(tx, asyncio.get_running_loop().create_future())
        async with asyncio.timeout(60):
            arrived = await fut
        return arrived - t0


async def run(sites: int, per_site: int, rounds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="plagsini-load-bench-") as tmp:
        workdir = Path(tmp)
        url = f"sqlite+aiosqlite:///{workdir}/bench.db"
        await upgrade(url)
        by_site = await seed(url, sites, per_site)
        server = Server("plagsini", workdir, database_url=url)
        await asyncio.to_thread(server.start)
        sims: list[list[Sim]] = [[Sim(c) for c in cpids] for cpids in by_site]
        try:
            log(f"load bench: connecting {sites * per_site} chargers")
            everyone = [sim for site in sims for sim in site]
            for start in range(0, len(everyone), 100):
                await asyncio.gather(*(sim.connect(server.ocpp_url) for sim in everyone[start : start + 100]))
            # Measured from steady state: every charger holds its failsafe profile.
            async with asyncio.timeout(300):
                await asyncio.gather(*(sim.defaulted.wait() for sim in everyone))
            log("load bench: every charger holds its failsafe profile")
            samples: list[float] = []
            for r in range(min(rounds, per_site)):
                got = await asyncio.gather(*(site[r].start_and_time() for site in sims))
                samples.extend(got)
                log(f"load bench: round {r + 1}: p50 {percentile(got, 50) * 1000:.0f} ms")
        finally:
            for sim in [s for site in sims for s in site]:
                if sim.ws is not None:
                    await sim.ws.close()
            await asyncio.to_thread(server.stop)
    ms = [x * 1000 for x in samples]
    report = {
        "scenario": "load_alloc",
        "sites": sites,
        "chargers_per_site": per_site,
        "samples": len(ms),
        "event_to_limits_ms": {
            "p50": round(percentile(ms, 50), 1),
            "p99": round(percentile(ms, 99), 1),
            "max": round(max(ms), 1) if ms else 0.0,
        },
    }
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--per-site", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args()
    report = asyncio.run(run(args.sites, args.per_site, args.rounds))
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "load_alloc.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
