"""Scenario 3, live latency: a charger's MeterValues to GraphQL subscribers, on one clock.

One PlagSini node (SQLite, memory:// bus). Separate load processes hold both ends: the driving one
has one simulated charger (raw OCPP-J) sending MeterValues at --rate per second, and N GraphQL
subscribers (graphql-transport-ws over websockets' sans-io protocol, one connection each, signed in
as the node's admin) all subscribed to `meterValues(chargerId)` of that charger are spread over
--processes load processes (the driving one and further `--receive` ones it starts and steers over
their stdin/stdout). Each reading carries a unique Energy.Active.Import.Register value; the latency of
one delivery is the time from the charger sending that frame to a subscriber's read returning the
`next` frame with it. Both times are `time.perf_counter()`, which on Linux is the machine's one
CLOCK_MONOTONIC, so the processes' times compare: the receivers report (energy, arrival time) and
the driving process joins them with its send times.

    python -m bench.live_latency --http http://127.0.0.1:8000 --ocpp ws://127.0.0.1:9000 \
        --cpid LIVE00000 --subscribers 100 --processes 1 --password ...

`run(workdir)` starts the node, runs the client for 1, 100 and 1,000 subscribers (BENCH_LIVE_SUBSCRIBERS;
10,000 works, with one load process per 3,000 subscribers unless BENCH_LIVE_PROCESSES says otherwise)
and returns one row per count, with the cores used by the node and by all load processes in the
window (`server_cores`, `loadgen_cores`), the node's CPU per delivery and its resident memory per
subscriber (`server_kb_per_subscriber`: RSS once every subscriber is live, less RSS before they
connected, divided by N; a count run after a larger one reuses memory the node kept, so measure it
in a run of its own).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.client import ClientProtocol
from websockets.extensions.permessage_deflate import enable_client_permessage_deflate
from websockets.frames import Opcode
from websockets.http11 import Response
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from bench.loadgen import ClientPauses, SimCharger, Stats, emit, result_of
from bench.signin import login
from plagsini.loopmon import percentile

ADMIN_EMAIL = "admin@plagsini.local"
ADMIN_PASSWORD = "bench-admin-password"
SUBSCRIPTION = "subscription($c: ID!) { meterValues(chargerId: $c) { energyWh lagged } }"

#: The subscribers negotiate permessage-deflate (BENCH_LIVE_DEFLATE=1), as browsers do.
DEFLATE = os.environ.get("BENCH_LIVE_DEFLATE", "0") == "1"


# -------------------------------------------------------------------------------------- load process


class _Reader(asyncio.Protocol):
    """A subscriber's socket: each read is handed over with the time it arrived."""

    def __init__(self, sub: Subscriber) -> None:
        self.sub = sub

    def data_received(self, data: bytes) -> None:
        self.sub.on_data(data, time.perf_counter())

    def connection_lost(self, exc: Exception | None) -> None:
        self.sub.closed = True


class Subscriber:
    """One graphql-transport-ws subscriber on websockets' sans-io protocol, read in the socket's
    `data_received` callback: no task, queue or future per message. The load process then spends
    ~15 us per frame instead of ~55 us with the asyncio client, so 1,000 (or 10,000) frames of one
    reading are received about as fast as the node writes them; the frame's arrival time is the
    time its read returned (several frames of one read share it)."""

    def __init__(self, url: str, token: str, cpid: str, arrivals: list[tuple[int, float]]) -> None:
        self.url = url
        self.token = token
        self.cpid = cpid
        self.arrivals = arrivals  # (energy, arrival time) of recorded deliveries, shared
        self.lagged = 0
        self.errors: list[Any] = []
        self.live = False  # a first reading arrived
        self.recording = False
        self.closed = False
        self.opened = False
        self.transport: Any = None
        self.proto: Any = None
        self._handshake: asyncio.Future[None] | None = None
        self._ack: asyncio.Future[None] | None = None

    async def open(self) -> None:
        loop = asyncio.get_running_loop()
        uri = parse_uri(self.url)
        # BENCH_LIVE_DEFLATE=1: the subscribers ask for permessage-deflate, as browsers do (the node
        # then compresses every frame for every subscriber, with each connection's own context).
        extensions = enable_client_permessage_deflate(None) if DEFLATE else None
        self.proto = ClientProtocol(
            uri, subprotocols=[Subprotocol("graphql-transport-ws")], extensions=extensions
        )
        self._handshake = loop.create_future()
        self._ack = loop.create_future()
        self.transport, _ = await loop.create_connection(lambda: _Reader(self), uri.host, uri.port)
        self.proto.send_request(self.proto.connect())
        self._flush()
        await asyncio.wait_for(self._handshake, 60)
        if self.proto.handshake_exc is not None:
            raise self.proto.handshake_exc
        self.send({"type": "connection_init", "payload": {"authorization": f"Bearer {self.token}"}})
        await asyncio.wait_for(self._ack, 60)
        query = {"query": SUBSCRIPTION, "variables": {"c": self.cpid}}
        self.send({"id": "1", "type": "subscribe", "payload": query})
        self.opened = True

    def send(self, message: dict[str, Any]) -> None:
        self.proto.send_text(json.dumps(message).encode())
        self._flush()

    def _flush(self) -> None:
        out = self.proto.data_to_send()
        if out and not self.closed:
            data = b"".join(out)
            if data:
                self.transport.write(data)

    def on_data(self, data: bytes, t: float) -> None:
        proto = self.proto
        proto.receive_data(data)
        for event in proto.events_received():
            if isinstance(event, Response):
                if self._handshake is not None and not self._handshake.done():
                    self._handshake.set_result(None)
            elif event.opcode is Opcode.TEXT:
                self.on_message(event.data, t)
        self._flush()  # pongs to the node's WebSocket pings

    def on_message(self, raw: bytes, t: float) -> None:
        msg = json.loads(raw)
        kind = msg.get("type")
        if kind == "next":
            payload = msg["payload"]
            if payload.get("errors"):
                self.errors.append(payload["errors"])
                return
            reading = payload["data"]["meterValues"]
            self.live = True
            if not self.recording:
                return
            self.lagged = max(self.lagged, int(reading.get("lagged") or 0))
            energy = reading.get("energyWh")
            if energy is not None:
                self.arrivals.append((int(energy), t))
        elif kind == "connection_ack":
            if self._ack is not None and not self._ack.done():
                self._ack.set_result(None)
        elif kind == "ping":
            self.send({"type": "pong"})
        elif kind in ("error", "complete"):
            self.errors.append(msg.get("payload"))

    def close(self) -> None:
        if self.transport is not None and not self.closed:
            self.transport.close()


async def open_all(
    url: str, token: str, cpid: str, n: int, arrivals: list[tuple[int, float]]
) -> tuple[list[Subscriber], int]:
    subs = [Subscriber(url, token, cpid, arrivals) for _ in range(n)]
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

    await asyncio.gather(*(open_one(s) for s in subs))
    return subs, failed


async def receiver(args: argparse.Namespace) -> None:
    """A further load process (--receive): holds its share of the subscribers and answers the driving
    process on stdin/stdout: `status` (how many are live, deliveries so far), `record` (from now on),
    `stop` (its arrivals, on the machine's one monotonic clock, and its CPU time since `record`)."""
    ws_url = args.http.replace("http://", "ws://") + "/graphql"
    arrivals: list[tuple[int, float]] = []
    subs, failed = await open_all(
        ws_url, os.environ["BENCH_LIVE_TOKEN"], args.cpid, args.subscribers, arrivals
    )
    live = [s for s in subs if s.opened]
    pauses = ClientPauses()
    pauses.settle()
    emit({"event": "opened", "connected": len(live), "failed": failed})
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    while line := (await reader.readline()).decode().strip():
        if line == "status":
            emit({"event": "status", "live": sum(1 for s in live if s.live), "received": len(arrivals)})
        elif line == "record":
            pauses.settle()
            arrivals.clear()
            for s in live:
                s.recording = True
            cpu0 = time.process_time()
            t0 = time.perf_counter()
        elif line == "stop":
            emit(
                {
                    "event": "arrivals",
                    "arrivals": arrivals,
                    "lagged": max((s.lagged for s in live), default=0),
                    "errors": sum(len(s.errors) for s in subs),
                    "cpu_s": time.process_time() - cpu0,
                    "seconds": time.perf_counter() - t0,
                    **pauses.summary(),
                }
            )
            break
    for s in live:
        s.close()


class Helper:
    """The driving process's handle on one receiving process."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await self.proc.stdout.readline()
        if not line:
            raise RuntimeError("a receiving load process ended")
        return dict(json.loads(line))

    async def ask(self, command: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command.encode() + b"\n")
        await self.proc.stdin.drain()
        return await self.read() if command != "record" else {}


async def client(args: argparse.Namespace) -> None:
    async with httpx.AsyncClient(timeout=30) as http_client:
        token = await login(http_client, args.http, args.email, args.password)
    ws_url = args.http.replace("http://", "ws://") + "/graphql"
    processes = max(1, args.processes)
    own_n = args.subscribers - (args.subscribers // processes) * (processes - 1)
    t_open = time.perf_counter()
    helpers: list[Helper] = []
    for _ in range(processes - 1):
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.live_latency",
            "--receive",
            "--http",
            args.http,
            "--ocpp",
            args.ocpp,
            "--cpid",
            args.cpid,
            "--subscribers",
            str(args.subscribers // processes),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "BENCH_LIVE_TOKEN": token},
            limit=2**30,
        )
        helpers.append(Helper(proc))
    arrivals: list[tuple[int, float]] = []
    subs, failed = await open_all(ws_url, token, args.cpid, own_n, arrivals)
    live = [s for s in subs if s.opened]
    connected = len(live)
    for h in helpers:
        opened = await h.read()
        connected += int(opened["connected"])
        failed += int(opened["failed"])
    open_s = time.perf_counter() - t_open

    stats = Stats()
    pauses = ClientPauses()
    charger = SimCharger(args.ocpp, args.cpid, stats)
    await charger.connect()
    await charger.boot()
    await charger.start_transaction()

    async def status() -> tuple[int, int]:
        """Subscribers live, deliveries recorded: over every load process."""
        n_live = sum(1 for s in live if s.live)
        received = len(arrivals)
        for h in helpers:
            st = await h.ask("status")
            n_live += int(st["live"])
            received += int(st["received"])
        return n_live, received

    # Warm up until every subscription delivers (subscribe is asynchronous on the server).
    deadline = time.perf_counter() + 120
    warm = 0
    while time.perf_counter() < deadline:
        await charger.meter_values()
        await asyncio.sleep(0.2)
        warm, _ = await status()
        if warm >= connected:
            break
    await asyncio.sleep(1.0)
    emit({"event": "live", "subscribers_live": warm})

    pauses.settle()
    stats.reset()
    for h in helpers:
        await h.ask("record")
    for s in live:
        s.recording = True
    sent: dict[int, float] = {}
    cpu0 = time.process_time()
    emit({"event": "window", "phase": "start"})
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
    emit({"event": "window", "phase": "end"})
    expected = count * warm
    # Late deliveries count for up to --drain seconds; once every one has arrived there is none to wait for.
    drain_until = time.perf_counter() + args.drain
    while time.perf_counter() < drain_until:
        if (await status())[1] >= expected:
            break
        await asyncio.sleep(0.05)
    loadgen_cpu = time.process_time() - cpu0
    loadgen_seconds = time.perf_counter() - t0
    lagged = max((s.lagged for s in live), default=0)
    errors = sum(len(s.errors) for s in subs) + stats.errors
    helper_pauses: list[dict[str, Any]] = []
    for h in helpers:
        done = await h.ask("stop")
        arrivals.extend((int(e), float(t)) for e, t in done["arrivals"])
        lagged = max(lagged, int(done["lagged"]))
        errors += int(done["errors"])
        loadgen_cpu += float(done["cpu_s"])
        helper_pauses.append(done)
        await h.proc.wait()
    lat = [t - sent[e] for e, t in arrivals if e in sent]
    received = len(lat)
    own_pauses = pauses.summary()
    emit(
        {
            "event": "result",
            "subscribers": args.subscribers,
            "load_processes": processes,
            "subscribers_connected": connected,
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
            "max_lagged": lagged,
            "errors": errors,
            # Cores used by all the load processes from the window's start to the end of the drain.
            "loadgen_cores": loadgen_cpu / loadgen_seconds,
            "client_gc_pauses_over_50ms": own_pauses["client_gc_pauses_over_50ms"]
            + sum(int(p["client_gc_pauses_over_50ms"]) for p in helper_pauses),
            "client_gc_max_ms": max(
                [own_pauses["client_gc_max_ms"], *(float(p["client_gc_max_ms"]) for p in helper_pauses)]
            ),
        }
    )
    await charger.close()
    for s in live:
        s.close()


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
            # One load process per 3,000 subscribers unless BENCH_LIVE_PROCESSES says otherwise.
            processes = int(os.environ.get("BENCH_LIVE_PROCESSES", "0")) or max(1, -(-n // 3000))
            rss0 = server.rss()
            cpu0 = server.cpu()
            marks: dict[str, float] = {}

            def on_event(event: dict[str, Any], marks: dict[str, float] = marks) -> None:
                if event.get("event") == "live":
                    marks["rss_live"] = server.rss()
                elif event.get("event") == "window":
                    marks[f"cpu_{event['phase']}"] = server.cpu()
                    marks[f"t_{event['phase']}"] = time.perf_counter()

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
                    "--processes",
                    str(processes),
                ],
                on_event=on_event,
                module="bench.live_latency",
                timeout=600,
            )
            res = result_of(events, {"subscribers": n, "error": "no result"})
            res["deflate"] = DEFLATE
            res["load_average"] = os.getloadavg()
            res["server_rss_mb"] = server.rss() / 2**20
            res["server_rss_growth_mb"] = (server.rss() - rss0) / 2**20
            if "rss_live" in marks:
                # The node's resident memory with every subscriber connected and live, less before
                # they connected, per subscriber (one connection and one subscription each).
                res["server_kb_per_subscriber"] = (marks["rss_live"] - rss0) / 1024 / n
            if "t_end" in marks and "t_start" in marks:
                window_cpu = marks["cpu_end"] - marks["cpu_start"]
                res["server_cores"] = window_cpu / (marks["t_end"] - marks["t_start"])
                deliveries = res.get("deliveries") or 0
                # The node's CPU in the window (the readings' ingest included) per delivery.
                res["server_cpu_us_per_delivery"] = window_cpu / deliveries * 1e6 if deliveries else None
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
    p.add_argument("--processes", type=int, default=1, help="load processes receiving the subscribers")
    p.add_argument("--receive", action="store_true", help="(internal) a further receiving process")
    args = p.parse_args()
    asyncio.run(receiver(args) if args.receive else client(args))


if __name__ == "__main__":
    main()
