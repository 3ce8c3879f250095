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

from bench.loadgen import emit
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
    from db.models import Charger, Connector
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
            await accounts.create_user(
                s,
                email=DRIVER_EMAIL,
                password_hash=await passwords.hash_password(DRIVER_PASSWORD),
                name="Bench Driver",
                email_verified=True,
            )
            await s.flush()
    finally:
        await engine.dispose()
    await add_sessions(database_url, 0, sessions)


async def add_sessions(database_url: str, start: int, stop: int) -> None:
    """Completed sessions number `start` to `stop` of the bench driver, with Core bulk inserts (one
    executemany per 10,000 rows), so a database grows 10,000 → 100,000 → 1,000,000 by appending."""
    from sqlalchemy import insert, select

    from db.engine import make_engine
    from db.models import Charger, ChargingSession, User

    rnd = random.Random(start)
    engine = make_engine(database_url)
    table = insert(ChargingSession)  # a Core insert on a connection: one executemany per batch
    try:
        async with engine.connect() as c:
            user_id = (await c.execute(select(User.id).where(User.email == DRIVER_EMAIL))).scalar_one()
            ids = list((await c.execute(select(Charger.id).order_by(Charger.id))).scalars())
        t = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
        for lo in range(start, stop, 10_000):
            batch: list[dict[str, Any]] = []
            for i in range(lo, min(stop, lo + 10_000)):
                started = t + dt.timedelta(minutes=30 * i)
                energy = rnd.randint(1_000, 60_000)
                batch.append(
                    {
                        "charger_id": rnd.choice(ids),
                        "connector_id": 1,
                        "id_tag": "BENCHDRIVER",
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
            async with engine.begin() as c:
                await c.execute(table, batch)
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

        t0, cpu0 = time.perf_counter(), time.process_time()
        await asyncio.gather(*(one_client() for _ in range(args.clients)))
        wall = time.perf_counter() - t0
        seconds = wall - args.warmup
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
                # Share of one core the load generator itself used: near 1.0 it is the bottleneck,
                # and the servers' figures (and their ratio) are the client's, not theirs.
                "loadgen_cpu_share": (time.process_time() - cpu0) / wall if wall > 0 else 0.0,
            }
        )


# ---------------------------------------------------------------------------------------- orchestrator


def database_for(target: str, wd: Path, mariadb: Any) -> str:
    """A fresh, migrated database of the target ("sqlite" or "mariadb")."""
    from db.migrate import upgrade

    wd.mkdir(parents=True, exist_ok=True)
    if target == "mariadb":
        url = str(mariadb.create_database(f"bench_api_{int(time.time() * 1000) % 10**9}"))
    else:
        url = f"sqlite+aiosqlite:///{wd}/bench.db"
    asyncio.run(upgrade(url))
    return url


def same_json(plagsini_http: str, bare_http: str) -> bool:
    """Whether the bare endpoint answers exactly what the GraphQL API does for one fixed request of
    each query (the first page; the point is the middle of the seeded area)."""

    async def fetch(http: str) -> list[Any]:
        async with httpx.AsyncClient(timeout=60) as c:
            token = await login(c, http, DRIVER_EMAIL, DRIVER_PASSWORD)
            out = []
            for query, variables, headers in (
                (STATIONS, {"lat": (LAT0 + LAT1) / 2, "lon": (LON0 + LON1) / 2}, {}),
                (SESSIONS, {"after": None}, {"Authorization": f"Bearer {token}"}),
            ):
                r = await c.post(
                    f"{http}/graphql", json={"query": query, "variables": variables}, headers=headers
                )
                out.append(r.json())
            return out

    return asyncio.run(fetch(plagsini_http)) == asyncio.run(fetch(bare_http))


def measure(
    target: str,
    url: str,
    wd: Path,
    clients: list[int],
    duration: float,
    extra: dict[str, Any],
    queries: tuple[str, ...] = ("stations", "sessions"),
) -> list[dict[str, Any]]:
    """Both servers (the bare endpoint first, then PlagSini, one at a time) on the same database:
    one row per (server, query, clients), PlagSini's with `ratio_to_bare` (requests/s). Each server
    starts once: PlagSini starts after the bare endpoint's load, checks `same_json` against it while
    both run (no load then), and the bare endpoint stops before PlagSini's load."""
    from bench.__main__ import Server, log, run_loadgen

    rows: list[dict[str, Any]] = []
    bare = Server("api_baseline", wd, url)
    node = Server("plagsini", wd, url)

    def load(kind: str, server: Server) -> None:
        for query in queries:
            for n in clients:
                args = ["--http", f"http://127.0.0.1:{server.http_port}", "--query", query]
                args += [
                    "--clients",
                    str(n),
                    "--duration",
                    str(duration),
                    "--warmup",
                    str(min(2.0, duration / 4)),
                ]
                one, _, _ = os.getloadavg()
                events = run_loadgen(args, module="bench.api_load", timeout=600)
                res = next(
                    (e for e in events if e.get("event") == "result"), {"query": query, "error": "none"}
                )
                row = {
                    "target": target,
                    "server": kind,
                    **extra,
                    "same_json": None,  # known once both servers have answered (below)
                    **{k: v for k, v in res.items() if k != "event"},
                    "load_avg_1m": round(one, 2),
                }
                if kind == "plagsini":
                    b = next(
                        (
                            r
                            for r in rows
                            if r["server"] == "bare" and r["query"] == query and r["clients"] == n
                        ),
                        None,
                    )
                    if b and b.get("requests_per_s"):
                        row["ratio_to_bare"] = row.get("requests_per_s", 0.0) / b["requests_per_s"]
                log(f"api {target} {kind} {query} {n} clients: {row}")
                rows.append(row)

    try:
        bare.start()
        load("bare", bare)
        node.start()
        same = same_json(f"http://127.0.0.1:{node.http_port}", f"http://127.0.0.1:{bare.http_port}")
        bare.stop()
        load("plagsini", node)
    finally:
        for server in (bare, node):
            if server.proc is not None and server.proc.poll() is None:
                server.stop()
    for r in rows:
        r["same_json"] = same
    return rows


def run(workdir: Path, targets: list[str], mariadb: Any) -> list[dict[str, Any]]:
    """Scenario 5 as `make bench` runs it: per target database, PlagSini and the bare endpoint at
    BENCH_API_CLIENTS (50) clients with BENCH_API_SESSIONS (100,000) sessions stored."""
    from bench.__main__ import log

    chargers = int(os.environ.get("BENCH_API_CHARGERS", "3000"))
    sessions = int(os.environ.get("BENCH_API_SESSIONS", "100000"))
    clients = int(os.environ.get("BENCH_API_CLIENTS", "50"))
    duration = float(os.environ.get("BENCH_API_DURATION", "20"))
    out: list[dict[str, Any]] = []
    for target in targets:
        if target == "mariadb" and mariadb is None:
            continue
        wd = workdir / f"api-{target}"
        url = database_for(target, wd, mariadb)
        t0 = time.perf_counter()
        asyncio.run(seed(url, chargers, sessions))
        seconds = time.perf_counter() - t0
        log(f"api {target}: seeded {chargers} chargers and {sessions} sessions in {seconds:.0f} s")
        out += measure(target, url, wd, [clients], duration, {"chargers": chargers, "sessions": sessions})
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
