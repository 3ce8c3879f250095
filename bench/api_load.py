"""Scenario 5, API: charger discovery and a driver's session history with 100,000 sessions stored.

Per target database (SQLite; MariaDB when available): a few thousand public chargers with locations
and connectors, one driver with 100,000 completed charging sessions (bulk inserts through SQLAlchemy
core), one PlagSini node. A separate load process runs 50 concurrent GraphQL clients over HTTP for
each query in turn and reports p50/p99 and requests per second:

- `stations(near: {latitude, longitude}, radiusKm: 10, first: 20)` signed out, from random points
  in the seeded area;
- `mySessions(first: 20)` with the driver's access token (newest page; one in four requests follows
  the returned cursor to the next page).

    python -m bench.api_load --http http://127.0.0.1:8000 --query stations --clients 50 --duration 20
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from bench.loadgen import emit, result_of
from bench.signin import login
from plagsini.loopmon import percentile

DRIVER_EMAIL = "bench-driver@bench.plagsini"
DRIVER_PASSWORD = "bench-driver-password"
# Kuala Lumpur and around.
LAT0, LAT1, LON0, LON1 = 2.9, 3.4, 101.4, 101.9

STATIONS = (
    "query($lat: Float!, $lon: Float!) { stations(near: {latitude: $lat, longitude: $lon}, radiusKm: 10, "
    "first: 20) { edges { node { id chargePointId name latitude longitude distanceKm available "
    "connectors { connectorId status } } } pageInfo { hasNextPage endCursor } } }"
)
SESSIONS = (
    "query($after: String) { mySessions(first: 20, after: $after) { edges { node { id transactionId "
    "status startedAt stoppedAt energyWh cost { amount currency } charger { name } } } "
    "pageInfo { hasNextPage endCursor } } }"
)


# ---------------------------------------------------------------------------------------------- seed


async def seed(database_url: str, chargers: int, sessions: int) -> None:
    from sqlalchemy import insert, select

    from db.engine import make_engine, make_sessionmaker
    from db.models import Charger, ChargingSession, Connector
    from domain import accounts, passwords

    rnd = random.Random(42)
    engine = make_engine(database_url)
    try:
        sm = make_sessionmaker(engine)
        async with sm() as s, s.begin():
            rows = [
                {
                    "charge_point_id": f"API{i:05d}",
                    "name": f"Station {i}",
                    "security_profile": 0,
                    "registration_status": "Accepted",
                    "approved": True,
                    "is_public": True,
                    "latitude": Decimal(f"{rnd.uniform(LAT0, LAT1):.6f}"),
                    "longitude": Decimal(f"{rnd.uniform(LON0, LON1):.6f}"),
                    "address": f"{i} Jalan Bench",
                    "city": "Kuala Lumpur",
                    "max_power_kw": Decimal(rnd.choice(("7.40", "22.00", "60.00", "120.00"))),
                }
                for i in range(chargers)
            ]
            for start in range(0, len(rows), 1000):
                await s.execute(insert(Charger), rows[start : start + 1000])
            ids = list((await s.execute(select(Charger.id).order_by(Charger.id))).scalars())
            conns = [
                {
                    "charger_id": cid,
                    "connector_id": k,
                    "status": rnd.choice(("Available", "Available", "Charging", "Unavailable")),
                    "error_code": "NoError",
                    "connector_type": rnd.choice(("CCS2", "Type2")),
                }
                for cid in ids
                for k in (1, 2)
            ]
            for start in range(0, len(conns), 2000):
                await s.execute(insert(Connector), conns[start : start + 2000])
            user = await accounts.create_user(
                s,
                email=DRIVER_EMAIL,
                password_hash=await passwords.hash_password(DRIVER_PASSWORD),
                name="Bench Driver",
                email_verified=True,
            )
            await s.flush()
            user_id = user.id
        id_tag = "BENCHDRIVER"
        t = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
        batch: list[dict[str, Any]] = []
        for i in range(sessions):
            started = t + dt.timedelta(minutes=30 * i)
            energy = rnd.randint(1_000, 60_000)
            batch.append(
                {
                    "charger_id": rnd.choice(ids),
                    "connector_id": 1,
                    "id_tag": id_tag,
                    "user_id": user_id,
                    "meter_start": 0,
                    "meter_stop": energy,
                    "started_at": started,
                    "stopped_at": started + dt.timedelta(minutes=25),
                    "status": "Completed",
                    "start_source": "remote",
                    "energy_wh": energy,
                    "last_energy_wh": energy,
                    "total_cost_sen": energy // 10,
                    "currency": "MYR",
                    "billed": True,
                    "billed_at": started + dt.timedelta(minutes=26),
                    "stop_reason": "Local",
                }
            )
            if len(batch) == 5000:
                async with sm() as s, s.begin():
                    await s.execute(insert(ChargingSession), batch)
                batch = []
        if batch:
            async with sm() as s, s.begin():
                await s.execute(insert(ChargingSession), batch)
    finally:
        await engine.dispose()


# ---------------------------------------------------------------------------------------- load process


async def load(args: argparse.Namespace) -> None:
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        sessions = args.query == "sessions"
        token = await login(client, args.http, DRIVER_EMAIL, DRIVER_PASSWORD) if sessions else None
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        latencies: list[float] = []
        errors: list[str] = []
        rows = 0
        rnd = random.Random(7)
        stop_at = time.perf_counter() + args.duration + args.warmup
        record_from = time.perf_counter() + args.warmup

        async def one_client() -> None:
            nonlocal rows
            cursor: str | None = None
            while time.perf_counter() < stop_at:
                if args.query == "stations":
                    variables: dict[str, Any] = {
                        "lat": rnd.uniform(LAT0, LAT1),
                        "lon": rnd.uniform(LON0, LON1),
                    }
                    query = STATIONS
                else:
                    variables = {"after": cursor if cursor and rnd.random() < 0.25 else None}
                    query = SESSIONS
                t0 = time.perf_counter()
                try:
                    r = await client.post(
                        f"{args.http}/graphql", json={"query": query, "variables": variables}, headers=headers
                    )
                    body = r.json()
                except (httpx.HTTPError, ValueError) as e:
                    errors.append(type(e).__name__)
                    continue
                t1 = time.perf_counter()
                if body.get("errors") or r.status_code != 200:
                    errors.append(str(body.get("errors") or r.status_code)[:200])
                    continue
                data = body["data"]["stations" if args.query == "stations" else "mySessions"]
                cursor = data["pageInfo"]["endCursor"]
                if t0 >= record_from:
                    latencies.append(t1 - t0)
                    rows += len(data["edges"])

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(args.clients)))
        seconds = time.perf_counter() - t0 - args.warmup
        emit(
            {
                "event": "result",
                "query": args.query,
                "clients": args.clients,
                "requests": len(latencies),
                "requests_per_s": len(latencies) / seconds if seconds > 0 else 0.0,
                "rows_per_request": rows / len(latencies) if latencies else 0.0,
                "p50_ms": percentile(latencies, 50) * 1000,
                "p99_ms": percentile(latencies, 99) * 1000,
                "errors": len(errors),
                "first_errors": errors[:3],
            }
        )


# ---------------------------------------------------------------------------------------- orchestrator


def run(workdir: Path, targets: list[str], mariadb: Any) -> list[dict[str, Any]]:
    from bench.__main__ import Server, log, run_loadgen

    chargers = int(os.environ.get("BENCH_API_CHARGERS", "3000"))
    sessions = int(os.environ.get("BENCH_API_SESSIONS", "100000"))
    clients = int(os.environ.get("BENCH_API_CLIENTS", "50"))
    duration = float(os.environ.get("BENCH_API_DURATION", "20"))
    out: list[dict[str, Any]] = []
    for target in targets:
        wd = workdir / f"api-{target}"
        wd.mkdir(parents=True, exist_ok=True)
        if target == "mariadb":
            if mariadb is None:
                continue
            url = mariadb.create_database(f"bench_api_{int(time.time())}")
        else:
            url = f"sqlite+aiosqlite:///{wd}/bench.db"
        from db.migrate import upgrade

        asyncio.run(upgrade(url))
        t0 = time.perf_counter()
        asyncio.run(seed(url, chargers, sessions))
        seed_s = time.perf_counter() - t0
        log(f"api {target}: seeded {chargers} chargers and {sessions} sessions in {seed_s:.0f} s")
        server = Server("plagsini", wd, url)
        server.start()
        try:
            for query in ("stations", "sessions"):
                events = run_loadgen(
                    [
                        "--http",
                        f"http://127.0.0.1:{server.http_port}",
                        "--query",
                        query,
                        "--clients",
                        str(clients),
                        "--duration",
                        str(duration),
                    ],
                    module="bench.api_load",
                    timeout=600,
                )
                res = result_of(events, {"query": query, "error": "none"})
                row = {"target": target, "chargers": chargers, "sessions": sessions, **res}
                log(f"api {target} {query}: {row}")
                out.append(row)
        finally:
            server.stop()
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--http", required=True)
    p.add_argument("--query", choices=["stations", "sessions"], required=True)
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--duration", type=float, default=20.0)
    p.add_argument("--warmup", type=float, default=0.0)
    asyncio.run(load(p.parse_args()))


if __name__ == "__main__":
    main()
