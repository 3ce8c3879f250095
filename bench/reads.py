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
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.__main__ import ROOT, Server, log, seed_chargers
from bench.signin import login

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


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


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
        "p50_ms": round(_quantile(times, 0.50), 1),
        "p95_ms": round(_quantile(times, 0.95), 1),
        "p99_ms": round(_quantile(times, 0.99), 1),
        "max_ms": round(max(times), 1) if times else None,
    }


def _ingest(server: Server, args: argparse.Namespace, duration: float) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "bench.loadgen", "ingest", "--url", server.ocpp_url]
    cmd += ["--chargers", str(args.chargers), "--prefix", "BENCH", "--session-share", "1.0"]
    cmd += ["--meter-interval", str(args.meter_interval), "--duration", str(duration), "--rate", "400"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen[str], event: str) -> list[dict[str, Any]]:
    seen = []
    assert proc.stdout is not None
    for line in proc.stdout:
        ev = json.loads(line)
        seen.append(ev)
        if ev.get("event") == event:
            break
    return seen


def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="bench-reads-"))
    server = Server("plagsini", workdir)
    server.database_url = f"sqlite+aiosqlite:///{workdir}/bench.db"
    from db.migrate import upgrade

    asyncio.run(upgrade(server.database_url))
    seed_chargers(server.database_url, args.chargers, "BENCH")
    server.start()
    http = f"http://127.0.0.1:{server.http_port}"
    try:
        # The chargers connect and start a session each, then the reads run once with the chargers
        # idle (a meter interval longer than the phase) and once while they send.
        load = _ingest(server, argparse.Namespace(**{**vars(args), "meter_interval": 10_000}), args.duration)
        _wait_for(load, "steady")
        baseline = asyncio.run(_read_for(http, args.duration))
        load.wait()
        load = _ingest(server, args, args.duration + 15)
        _wait_for(load, "steady")
        under = asyncio.run(_read_for(http, args.duration))
        events = _wait_for(load, "result")
        load.wait()
        ingest = next((e for e in events if e.get("event") == "result"), {})
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
