"""The console's reads while chargers write: how long an operator waits for a page of a list while the
node stores a steady stream of MeterValues, against the same reads on the same node with no charger
sending (the baseline, same run).

    python -m bench.reads                      # SQLite, 1,000 chargers, a reading every 1.5 s each
    python -m bench.reads --results DIR        # writes DIR/reads.json (default bench/results)

What is measured: one client process asks the console's lists in turn (chargers, sessions, faults,
the OCPP message log, users, the dashboard's figures), one request at a time, as an operator clicking
through the console does, for `--duration` seconds: first with every charger connected and idle
(baseline), then while every charger sends a MeterValues every `--meter-interval` seconds (a separate
load process, bench/loadgen.py). Reported per phase: requests, p50/p95/p99 latency, and the readings
the node answered per second. On SQLite a read that took the database's one write lock at BEGIN
waited behind the group writer's batches and held them up in turn (see bench/notes.md)."""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.__main__ import ROOT, Server, log, run_loadgen, seed_chargers, target_server
from bench.signin import login
from plagsini.loopmon import percentile

ADMIN_EMAIL = "admin@plagsini.local"
ADMIN_PASSWORD = "bench-admin-password"

#: The console's list pages, as its screens ask them (first page of 20).
READS = {
    "chargers": "{ chargers(first: 20) { totalCount edges { node { id chargePointId online } } } }",
    "sessions": "{ chargingSessions(first: 20) { totalCount edges { node { id status energyWh } } } }",
    "faults": "{ faults(first: 20) { totalCount edges { node { id status } } } }",
    "ocppMessages": "{ ocppMessages(first: 20) { edges { node { id action } } } }",
    "users": "{ users(first: 20) { totalCount edges { node { id email } } } }",
    "dashboard": "{ dashboardStats { chargersOnline sessionsActive powerW } }",
}


async def _read_for(http: str, seconds: float) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=120) as client:
        token = await login(client, http, ADMIN_EMAIL, ADMIN_PASSWORD)
        headers = {"Authorization": f"Bearer {token}"}
        times: list[float] = []
        errors = 0
        stop = time.perf_counter() + seconds
        names = list(READS)
        i = 0
        while time.perf_counter() < stop:
            doc = READS[names[i % len(names)]]
            i += 1
            t0 = time.perf_counter()
            r = await client.post(f"{http}/graphql", json={"query": doc}, headers=headers)
            times.append((time.perf_counter() - t0) * 1000)
            if r.status_code != 200 or r.json().get("errors"):
                errors += 1
    return {
        "requests": len(times),
        "errors": errors,
        "p50_ms": round(percentile(times, 50), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "p99_ms": round(percentile(times, 99), 1),
        "max_ms": round(max(times), 1) if times else None,
    }


def _phase(
    server: Server, args: argparse.Namespace, meter_interval: float
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The reads for `args.duration` seconds once every charger has connected and started a session,
    while each sends a MeterValues every `meter_interval` seconds; the reads and the load's result."""
    http = f"http://127.0.0.1:{server.http_port}"
    reads: dict[str, Any] = {}

    def on_event(ev: dict[str, Any]) -> None:
        if ev["event"] == "steady":
            reads.update(asyncio.run(_read_for(http, args.duration)))

    cmd = ["ingest", "--url", server.ocpp_url, "--chargers", str(args.chargers), "--prefix", "BENCH"]
    cmd += ["--session-share", "1.0", "--meter-interval", str(meter_interval), "--rate", "400"]
    events = run_loadgen([*cmd, "--duration", str(args.duration + 5)], on_event)
    return reads, next((e for e in events if e["event"] == "result"), {})


def run(args: argparse.Namespace) -> dict[str, Any]:
    with target_server("sqlite", Path(tempfile.mkdtemp(prefix="bench-reads-")), None) as server:
        seed_chargers(server.database_url or "", args.chargers, "BENCH")
        server.start()
        try:
            # The baseline: the chargers idle (a meter interval longer than the phase).
            baseline, _ = _phase(server, args, 10_000)
            under, ingest = _phase(server, args, args.meter_interval)
        finally:
            server.stop()
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "chargers": args.chargers,
        "meter_interval_s": args.meter_interval,
        "duration_s": args.duration,
        "reads": list(READS),
        "idle": baseline,
        "while_ingesting": {
            **under,
            "readings_per_s": ingest.get("msgs_per_s"),
            "ingest_p99_ms": ingest.get("p99_ms"),
        },
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--chargers", type=int, default=1000)
    p.add_argument("--meter-interval", type=float, default=1.5, help="seconds between a charger's readings")
    p.add_argument("--duration", type=float, default=30.0, help="seconds of reads per phase")
    p.add_argument("--results", default=str(ROOT / "bench" / "results"))
    args = p.parse_args()
    result = run(args)
    out = Path(args.results) / "reads.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    log(json.dumps(result))


if __name__ == "__main__":
    main()
