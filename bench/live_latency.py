"""Scenario 3, live latency: a charger's MeterValues to GraphQL subscribers, on one clock.

One PlagSini node (SQLite, memory:// bus). A separate load process holds both ends: one simulated
charger (raw OCPP-J) sending MeterValues at --rate per second, and N GraphQL subscribers
(graphql-transport-ws over `websockets`, one connection each, signed in as the node's admin) all
subscribed to `meterValues(chargerId)` of that charger. Each reading carries a unique
Energy.Active.Import.Register value; the latency of one delivery is the time from the charger sending
that frame to a subscriber receiving the `next` frame with it, both read from the same
`time.perf_counter()` of the load process.

    python -m bench.live_latency --http http://127.0.0.1:8000 --ocpp ws://127.0.0.1:9000 \
        --cpid LIVE00000 --subscribers 100 --password ...

`run(workdir)` starts the node, runs the client for 1, 100 and 1,000 subscribers (BENCH_LIVE_SUBSCRIBERS)
and returns one row per count.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

import httpx
import websockets
from websockets.typing import Subprotocol

from bench.loadgen import ClientPauses, SimCharger, Stats, emit, result_of
from bench.signin import login
from plagsini.loopmon import percentile

ADMIN_EMAIL = "admin@plagsini.local"
ADMIN_PASSWORD = "bench-admin-password"
SUBSCRIPTION = "subscription($c: ID!) { meterValues(chargerId: $c) { energyWh lagged } }"


# -------------------------------------------------------------------------------------- load process


class Subscriber:
    def __init__(
        self, url: str, token: str, cpid: str, sent: dict[int, float], arrived: asyncio.Event
    ) -> None:
        self.url = url
        self.arrived = arrived  # set on each recorded delivery (shared by all subscribers)
        self.token = token
        self.cpid = cpid
        self.sent = sent
        self.latencies: list[float] = []
        self.received = 0
        self.lagged = 0
        self.errors: list[Any] = []
        self.first = asyncio.Event()
        self.recording = False
        self.ws: Any = None
        self.task: asyncio.Task[None] | None = None

    async def open(self) -> None:
        self.ws = await websockets.connect(
            self.url,
            subprotocols=[Subprotocol("graphql-transport-ws")],
            compression=None,
            ping_interval=None,
            open_timeout=60,
        )  # type: ignore[list-item]
        await self.ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {self.token}"}})
        )
        ack = json.loads(await asyncio.wait_for(self.ws.recv(), 60))
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"no connection_ack: {ack}")
        await self.ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": SUBSCRIPTION, "variables": {"c": self.cpid}},
                }
            )
        )
        self.task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                t = time.perf_counter()
                msg = json.loads(raw)
                kind = msg.get("type")
                if kind == "next":
                    payload = msg["payload"]
                    if payload.get("errors"):
                        self.errors.append(payload["errors"])
                        continue
                    reading = payload["data"]["meterValues"]
                    self.first.set()
                    if not self.recording:
                        continue
                    self.lagged = max(self.lagged, int(reading.get("lagged") or 0))
                    energy = reading.get("energyWh")
                    t0 = self.sent.get(int(energy)) if energy is not None else None
                    if t0 is not None:
                        self.received += 1
                        self.latencies.append(t - t0)
                        self.arrived.set()
                elif kind == "ping":
                    await self.ws.send(json.dumps({"type": "pong"}))
                elif kind in ("error", "complete"):
                    self.errors.append(msg.get("payload"))
        except websockets.ConnectionClosed:
            pass

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.task is not None:
            await asyncio.gather(self.task, return_exceptions=True)


async def client(args: argparse.Namespace) -> None:
    async with httpx.AsyncClient(timeout=30) as http_client:
        token = await login(http_client, args.http, args.email, args.password)
    ws_url = args.http.replace("http://", "ws://") + "/graphql"
    sent: dict[int, float] = {}
    arrived = asyncio.Event()
    subs = [Subscriber(ws_url, token, args.cpid, sent, arrived) for _ in range(args.subscribers)]
    gate = asyncio.Semaphore(50)
    failed = 0

    async def open_one(s: Subscriber) -> None:
        nonlocal failed
        async with gate:
            try:
                await s.open()
            except Exception as e:  # noqa: BLE001 - counted
                failed += 1
                s.errors.append(str(e))

    t_open = time.perf_counter()
    await asyncio.gather(*(open_one(s) for s in subs))
    open_s = time.perf_counter() - t_open
    live = [s for s in subs if s.task is not None]

    stats = Stats()
    pauses = ClientPauses()
    charger = SimCharger(args.ocpp, args.cpid, stats)
    await charger.connect()
    await charger.boot()
    await charger.start_transaction()

    # Warm up until every subscription delivers (subscribe is asynchronous on the server).
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline and not all(s.first.is_set() for s in live):
        await charger.meter_values()
        await asyncio.sleep(0.2)
    warm = sum(1 for s in live if s.first.is_set())
    await asyncio.sleep(1.0)

    pauses.settle()
    stats.reset()
    for s in live:
        s.recording = True
    interval = 1.0 / args.rate
    t0 = time.perf_counter()
    next_at = t0
    count = 0
    while True:
        now = time.perf_counter()
        if now >= t0 + args.duration:
            break
        if next_at > now:
            await asyncio.sleep(next_at - now)
        sent[charger.energy_wh + 20] = time.perf_counter()  # meter_values() sends the next 20 Wh
        try:
            await charger.meter_values()
        except Exception:  # noqa: BLE001
            stats.errors += 1
        count += 1
        next_at += interval
    window = time.perf_counter() - t0
    expected = count * len(live)
    # Late deliveries count for up to --drain seconds; once every one has arrived there is none to wait for.
    drain_until = time.perf_counter() + args.drain
    while sum(s.received for s in live) < expected and time.perf_counter() < drain_until:
        arrived.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(arrived.wait(), drain_until - time.perf_counter())
    lat = [x for s in live for x in s.latencies]
    received = sum(s.received for s in live)
    emit(
        {
            "event": "result",
            "subscribers": args.subscribers,
            "subscribers_connected": len(live),
            "subscribers_live": warm,
            "subscribe_failures": failed,
            "connect_seconds": open_s,
            "meter_values_sent": count,
            "rate_per_s": count / window,
            "charger_p50_ms": percentile(stats.latencies, 50) * 1000,
            "charger_p99_ms": percentile(stats.latencies, 99) * 1000,
            "deliveries_expected": expected,
            "deliveries": received,
            "delivered_share": received / expected if expected else 0.0,
            "events_per_s": received / window if received else 0.0,
            "p50_ms": percentile(lat, 50) * 1000,
            "p99_ms": percentile(lat, 99) * 1000,
            "max_ms": max(lat) * 1000 if lat else 0.0,
            "max_lagged": max((s.lagged for s in live), default=0),
            "errors": sum(len(s.errors) for s in subs) + stats.errors,
            **pauses.summary(),
        }
    )
    await charger.close()
    await asyncio.gather(*(s.close() for s in live), return_exceptions=True)


# ---------------------------------------------------------------------------------------- orchestrator


def run(
    workdir: Path, counts: list[int] | None = None, duration: float | None = None
) -> list[dict[str, Any]]:
    from bench.__main__ import Server, log, run_loadgen, seed_chargers

    if counts is None:
        counts = [int(x) for x in os.environ.get("BENCH_LIVE_SUBSCRIBERS", "1,100,1000").split(",") if x]
    rate = float(os.environ.get("BENCH_LIVE_RATE", "2"))
    if duration is None:
        duration = float(os.environ.get("BENCH_LIVE_DURATION", "20"))
    wd = workdir / "live"
    wd.mkdir(parents=True, exist_ok=True)
    server = Server(
        "plagsini",
        wd,
        f"sqlite+aiosqlite:///{wd}/bench.db",
        extra_env={"GRAPHQL_MAX_SUBSCRIPTIONS": "50"},
    )
    from db.migrate import upgrade

    asyncio.run(upgrade(server.database_url or ""))
    seed_chargers(server.database_url or "", 1, "LIVE")
    server.start()
    rows: list[dict[str, Any]] = []
    try:
        for n in counts:
            rss0 = server.rss()
            cpu0 = server.cpu()
            events = run_loadgen(
                [
                    "--http",
                    f"http://127.0.0.1:{server.http_port}",
                    "--ocpp",
                    server.ocpp_url,
                    "--cpid",
                    "LIVE00000",
                    "--subscribers",
                    str(n),
                    "--rate",
                    str(rate),
                    "--duration",
                    str(duration),
                ],
                module="bench.live_latency",
                timeout=600,
            )
            res = result_of(events, {"subscribers": n, "error": "no result"})
            res["server_rss_mb"] = server.rss() / 2**20
            res["server_rss_growth_mb"] = (server.rss() - rss0) / 2**20
            res["server_cpu_s"] = server.cpu() - cpu0
            res["loop_lag"] = server.loop_lag()
            log(f"live {n} subscribers: {res}")
            rows.append(res)
    finally:
        server.stop()
    return rows


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--http", required=True)
    p.add_argument("--ocpp", required=True)
    p.add_argument("--cpid", default="LIVE00000")
    p.add_argument("--subscribers", type=int, default=1)
    p.add_argument("--rate", type=float, default=2.0, help="MeterValues per second")
    p.add_argument("--duration", type=float, default=20.0)
    p.add_argument("--drain", type=float, default=3.0, help="seconds to wait for late deliveries")
    p.add_argument("--email", default=ADMIN_EMAIL)
    p.add_argument("--password", default=ADMIN_PASSWORD)
    args = p.parse_args()
    asyncio.run(client(args))


if __name__ == "__main__":
    main()
