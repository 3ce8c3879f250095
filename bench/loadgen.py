"""Load generator: many simulated chargers in one process, speaking raw OCPP-J over `websockets`.

It runs in its own process, apart from the server under test, and reports one JSON object per
line on stdout. Latency is measured at the charger: from sending a CALL to receiving its answer.

Modes:
- ingest: N chargers connect at --rate per second, boot, send StatusNotification for 2 connectors;
  --session-share of them start a transaction and send MeterValues (6 sampled values) every
  --meter-interval seconds; all send Heartbeat every --heartbeat seconds. After everyone is
  connected, a --duration window is measured.
- peak: --chargers chargers with open transactions send MeterValues closed-loop at stepped target
  rates; each step reports achieved rate and p50/p99.
- storm: N chargers connect and boot, then wait for the server to go away; every charger reconnects
  with backoff and jitter; reports the time from the first disconnect until all are booted again.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import websockets
from websockets.typing import Subprotocol

from plagsini.loopmon import percentile

#: MeterValues per second tried by the peak scenario, in order (fine steps up to the baseline's range).
PEAK_STEPS = (100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1200, 1400, 1600, 2000, 2400, 3200)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def result_of(events: list[dict[str, Any]], fallback: dict[str, Any]) -> dict[str, Any]:
    """The `result` a load process emitted (without its `event` key), or `fallback` when it emitted none."""
    res = next((e for e in events if e.get("event") == "result"), fallback)
    return {k: v for k, v in res.items() if k != "event"}


#: Calls slower than this are listed by action and by the second they were sent in (`slow_calls`).
SLOW = 0.2


class ClientPauses:
    """This process's own garbage-collection pauses in the measured window: a pause while a call is in
    flight adds to its measured latency. Holding 10,000 connections, this process has over a million
    objects, and full collections paused it for up to ~0.6 s; so once the chargers are connected
    their objects are frozen out of collections (`settle`), as a real charger has no such pauses."""

    def __init__(self) -> None:
        self.started = 0.0
        self.pauses: list[float] = []
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.pauses.append(time.perf_counter() - self.started)

    def settle(self) -> None:
        gc.collect()
        gc.freeze()
        self.pauses = []

    def summary(self) -> dict[str, Any]:
        return {
            "client_gc_pauses_over_50ms": sum(1 for p in self.pauses if p > 0.05),
            "client_gc_max_ms": max(self.pauses, default=0.0) * 1000,
        }


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.slow: list[tuple[float, str]] = []
        self.sent = 0
        self.errors = 0
        self.recording = True
        self.t0 = time.perf_counter()

    def record(self, latency: float, action: str = "", sent_at: float = 0.0) -> None:
        if self.recording:
            self.latencies.append(latency)
            self.sent += 1
            if latency > SLOW:
                self.slow.append((sent_at - self.t0, action))

    def reset(self) -> None:
        self.latencies = []
        self.slow = []
        self.sent = 0
        self.errors = 0
        self.t0 = time.perf_counter()

    def summary(self, seconds: float) -> dict[str, Any]:
        by_action: dict[str, int] = {}
        by_second: dict[int, int] = {}
        for at, action in self.slow:
            by_action[action] = by_action.get(action, 0) + 1
            by_second[int(at)] = by_second.get(int(at), 0) + 1
        busiest = sorted(by_second.items(), key=lambda kv: -kv[1])[:8]
        return {
            "messages": self.sent,
            "errors": self.errors,
            "msgs_per_s": self.sent / seconds if seconds > 0 else 0.0,
            "p50_ms": percentile(self.latencies, 50) * 1000,
            "p99_ms": percentile(self.latencies, 99) * 1000,
            "slow_calls": {
                "over_ms": SLOW * 1000,
                "count": len(self.slow),
                "by_action": by_action,
                "seconds_with_most": [{"second": k, "calls": v} for k, v in sorted(busiest)],
            },
        }


class SimCharger:
    def __init__(self, url: str, cp_id: str, stats: Stats) -> None:
        self.url = url.rstrip("/") + "/" + cp_id
        self.cp_id = cp_id
        self.stats = stats
        self.ws: Any = None
        self.seq = 0
        self.pending: dict[str, asyncio.Future[Any]] = {}
        self.reader: asyncio.Task[None] | None = None
        self.transaction_id: int | None = None
        self.energy_wh = 0
        self.closed = asyncio.Event()

    async def connect(self) -> None:
        self.ws = await websockets.connect(
            self.url, subprotocols=[Subprotocol("ocpp1.6")], open_timeout=30, ping_interval=None, max_queue=64
        )
        self.closed.clear()
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                msg = json.loads(raw)
                if msg[0] == 2:  # a CALL from the server: accept it politely
                    await self.ws.send(json.dumps([3, msg[1], {"status": "Accepted"}]))
                    continue
                fut = self.pending.pop(msg[1], None)
                if fut is not None and not fut.done():
                    fut.set_result(msg)
        except websockets.ConnectionClosed:
            pass
        finally:
            for fut in self.pending.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("closed"))
            self.pending.clear()
            self.closed.set()

    async def call(self, action: str, payload: dict[str, Any], timeout: float = 30) -> dict[str, Any]:
        self.seq += 1
        uid = f"{self.cp_id}-{self.seq}"
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[uid] = fut
        t0 = time.perf_counter()
        await self.ws.send(json.dumps([2, uid, action, payload]))
        msg = await asyncio.wait_for(fut, timeout)
        self.stats.record(time.perf_counter() - t0, action, t0)
        if msg[0] == 4:
            self.stats.errors += 1
            raise RuntimeError(f"{action}: CALLERROR {msg[2]} {msg[3]}")
        return dict(msg[2])

    async def boot(self) -> None:
        r = await self.call(
            "BootNotification",
            {"chargePointVendor": "PlagSini", "chargePointModel": "Bench", "firmwareVersion": "1"},
        )
        if r.get("status") != "Accepted":
            raise RuntimeError(f"boot {r.get('status')}")
        for connector in (1, 2):
            await self.call(
                "StatusNotification",
                {
                    "connectorId": connector,
                    "errorCode": "NoError",
                    "status": "Available",
                    "timestamp": now_iso(),
                },
            )

    async def start_transaction(self) -> None:
        r = await self.call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "BENCH", "meterStart": self.energy_wh, "timestamp": now_iso()},
        )
        self.transaction_id = int(r["transactionId"])

    async def meter_values(self) -> None:
        self.energy_wh += 20
        sampled = [
            {"value": str(self.energy_wh), "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
            {"value": "7200", "measurand": "Power.Active.Import", "unit": "W"},
            {"value": "32.0", "measurand": "Current.Import", "phase": "L1", "unit": "A"},
            {"value": "230.1", "measurand": "Voltage", "phase": "L1-N", "unit": "V"},
            {"value": "54", "measurand": "SoC", "unit": "Percent", "location": "EV"},
            {"value": "31.5", "measurand": "Temperature", "unit": "Celsius", "location": "Body"},
        ]
        payload: dict[str, Any] = {
            "connectorId": 1,
            "meterValue": [{"timestamp": now_iso(), "sampledValue": sampled}],
        }
        if self.transaction_id is not None:
            payload["transactionId"] = self.transaction_id
        await self.call("MeterValues", payload)

    async def heartbeat(self) -> None:
        await self.call("Heartbeat", {})

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)


async def _connect_all(
    url: str, n: int, rate: float, prefix: str, stats: Stats
) -> tuple[list[SimCharger], int, float]:
    chargers: list[SimCharger] = []
    failed = 0
    reasons: dict[str, int] = {}
    t0 = time.perf_counter()

    async def one(i: int) -> None:
        nonlocal failed
        c = SimCharger(url, f"{prefix}{i:05d}", stats)
        try:
            await c.connect()
            await c.boot()
            chargers.append(c)
        except Exception as e:  # noqa: BLE001 - counted
            failed += 1
            reason = f"{type(e).__name__}: {str(e)[:80]}"
            reasons[reason] = reasons.get(reason, 0) + 1

    tasks = []
    for i in range(n):
        tasks.append(asyncio.create_task(one(i)))
        target = t0 + (i + 1) / rate
        delay = target - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
    await asyncio.gather(*tasks)
    if reasons:
        emit({"event": "connect_failures", "reasons": reasons})
    return chargers, failed, time.perf_counter() - t0


async def ingest(args: argparse.Namespace) -> None:
    stats = Stats()
    pauses = ClientPauses()
    chargers, failed, connect_s = await _connect_all(args.url, args.chargers, args.rate, args.prefix, stats)
    emit({"event": "connected", "held": len(chargers), "failed": failed, "connect_seconds": connect_s})
    in_session = chargers[: int(len(chargers) * args.session_share)]
    for c in in_session:
        try:
            await c.start_transaction()
        except Exception:  # noqa: BLE001
            stats.errors += 1
    emit({"event": "steady"})
    pauses.settle()
    stats.reset()
    stop_at = time.perf_counter() + args.duration

    async def every(interval: float, send: Callable[[], Awaitable[object]]) -> None:
        """Sends one message every `interval` seconds (from a random offset) until the run ends."""
        await asyncio.sleep(random.uniform(0, interval))
        while time.perf_counter() < stop_at:
            try:
                await send()
            except Exception:  # noqa: BLE001
                stats.errors += 1
            await asyncio.sleep(interval)

    t0 = time.perf_counter()
    loops = [asyncio.create_task(every(args.meter_interval, c.meter_values)) for c in in_session]
    loops += [asyncio.create_task(every(args.heartbeat, c.heartbeat)) for c in chargers]
    await asyncio.sleep(args.duration)
    measured = time.perf_counter() - t0
    for t in loops:
        t.cancel()
    await asyncio.gather(*loops, return_exceptions=True)
    still = sum(1 for c in chargers if not c.closed.is_set())
    emit(
        {
            "event": "result",
            "mode": "ingest",
            "held_at_end": still,
            **stats.summary(measured),
            **pauses.summary(),
        }
    )
    await asyncio.gather(*(c.close() for c in chargers), return_exceptions=True)


async def peak(args: argparse.Namespace) -> None:
    stats = Stats()
    pauses = ClientPauses()
    chargers, failed, _ = await _connect_all(args.url, args.chargers, args.rate, args.prefix, stats)
    await asyncio.gather(*(c.start_transaction() for c in chargers))
    pauses.settle()
    steps = [int(x) for x in args.steps.split(",")]
    results = []
    emit({"event": "started", "chargers": len(chargers)})
    for target in steps:
        stats.reset()
        per_charger_interval = len(chargers) / target
        stop_at = time.perf_counter() + args.duration

        async def loop(c: SimCharger, interval: float = per_charger_interval, end: float = stop_at) -> None:
            next_at = time.perf_counter() + random.uniform(0, interval)
            while True:
                delay = next_at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                if time.perf_counter() >= end:
                    return
                try:
                    await c.meter_values()
                except Exception:  # noqa: BLE001
                    stats.errors += 1
                next_at += interval

        t0, cpu0 = time.perf_counter(), time.process_time()
        await asyncio.gather(*(loop(c) for c in chargers))
        wall = time.perf_counter() - t0
        summary = {
            "target_per_s": target,
            **stats.summary(wall),
            **pauses.summary(),
            # Share of one core this load process used: near 1.0, it (not the server) sets the pace.
            "loadgen_cpu_share": (time.process_time() - cpu0) / wall,
        }
        pauses.pauses = []
        results.append(summary)
        emit({"event": "step", **summary})
        if summary["p99_ms"] > 200 * 3 or summary["errors"] > summary["messages"] * 0.05:
            break
    ok = [r for r in results if r["p99_ms"] < 200 and r["errors"] == 0]
    best = max((r["msgs_per_s"] for r in ok), default=0.0)
    emit({"event": "result", "mode": "peak", "failed": failed, "peak_msgs_per_s": best, "steps": results})
    await asyncio.gather(*(c.close() for c in chargers), return_exceptions=True)


async def storm(args: argparse.Namespace) -> None:
    stats = Stats()
    chargers, failed, _ = await _connect_all(args.url, args.chargers, args.rate, args.prefix, stats)
    emit({"event": "ready", "held": len(chargers), "failed": failed})
    first_drop = asyncio.get_running_loop().create_future()
    rebooted = 0
    reboot_failures = 0
    done = asyncio.Event()

    async def survive(c: SimCharger) -> None:
        nonlocal rebooted, reboot_failures
        await c.closed.wait()
        if not first_drop.done():
            first_drop.set_result(time.perf_counter())
        backoff = 1.0
        deadline = time.perf_counter() + args.storm_timeout
        while time.perf_counter() < deadline:
            await asyncio.sleep(random.uniform(0.5, 1.0) * backoff)
            try:
                await c.connect()
                await c.boot()
                rebooted += 1
                if rebooted == len(chargers):
                    done.set()
                return
            except Exception:  # noqa: BLE001
                reboot_failures += 1
                backoff = min(backoff * 2, 16)
        done.set() if rebooted + 1 >= len(chargers) else None

    tasks = [asyncio.create_task(survive(c)) for c in chargers]
    try:
        await asyncio.wait_for(done.wait(), args.storm_timeout + 60)
    except TimeoutError:
        pass
    t_all = time.perf_counter()
    t_drop = first_drop.result() if first_drop.done() else t_all
    emit(
        {
            "event": "result",
            "mode": "storm",
            "chargers": len(chargers),
            "rebooted": rebooted,
            "reconnect_failures": reboot_failures,
            "seconds_to_all_booted": t_all - t_drop,
        }
    )
    for t in tasks:
        t.cancel()
    await asyncio.gather(*(c.close() for c in chargers), return_exceptions=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["ingest", "peak", "storm"])
    p.add_argument("--url", required=True)
    p.add_argument("--chargers", type=int, default=100)
    p.add_argument("--rate", type=float, default=100.0, help="connections per second")
    p.add_argument("--prefix", default="BENCH")
    p.add_argument("--session-share", type=float, default=0.3)
    p.add_argument("--meter-interval", type=float, default=10.0)
    p.add_argument("--heartbeat", type=float, default=300.0)
    p.add_argument("--duration", type=float, default=30.0)
    p.add_argument(
        "--steps", default="100,200,300,400,500,600,700,800,900,1000,1200,1400,1600,2000,2400,3200"
    )
    p.add_argument("--storm-timeout", type=float, default=180.0)
    args = p.parse_args()
    fn = {"ingest": ingest, "peak": peak, "storm": storm}[args.mode]
    asyncio.run(fn(args))


if __name__ == "__main__":
    main()
