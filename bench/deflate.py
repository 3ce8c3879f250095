"""`python -m bench.deflate`: the memory cost of permessage-deflate per held OCPP 2.0.1 connection.

For each setting of OCPP_COMPRESSION (`none`, then `ocpp2.0.1`) it starts `plagsini serve` (SQLite),
connects N OCPP 2.0.1 stations that ask for permessage-deflate (websockets' client default), lets
each boot and send a few messages both ways (zlib allocates its state on the first frame it
compresses or inflates, so an idle handshake alone would hide the cost), and records the server's
RSS growth per connection. The difference between the two runs is what compression costs.

Knobs: BENCH_DEFLATE_CHARGERS (default 300), BENCH_DEFLATE_ROUNDS (messages per station, default 3).
Writes bench/results/deflate.json and prints it.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import websockets
from websockets.typing import Subprotocol

from bench.__main__ import RESULTS, Server, log, seed_chargers

CHARGERS = int(os.environ.get("BENCH_DEFLATE_CHARGERS", "300"))
ROUNDS = int(os.environ.get("BENCH_DEFLATE_ROUNDS", "3"))
PREFIX = "DEFL"


async def _call(ws: Any, action: str, payload: dict[str, Any]) -> Any:
    uid = str(uuid.uuid4())
    await ws.send(json.dumps([2, uid, action, payload]))
    while True:
        frame = json.loads(await ws.recv())
        if frame[1] == uid:
            return frame


async def _station(url: str, cpid: str, stack: contextlib.AsyncExitStack, negotiated: list[bool]) -> None:
    ws = await stack.enter_async_context(
        websockets.connect(f"{url}/{cpid}", subprotocols=[Subprotocol("ocpp2.0.1")], open_timeout=60)
    )
    negotiated.append(bool(ws.protocol.extensions))
    boot = {"chargingStation": {"model": "Bench-201", "vendorName": "PlagSini"}, "reason": "PowerUp"}
    await _call(ws, "BootNotification", boot)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    for i in range(ROUNDS):
        meter = [
            {
                "timestamp": now,
                "sampledValue": [
                    {"value": 1000.0 + i, "measurand": "Energy.Active.Import.Register"},
                    {"value": 16.0, "measurand": "Current.Import", "phase": "L1"},
                ],
            }
        ]
        await _call(ws, "MeterValues", {"evseId": 1, "meterValue": meter})
        await _call(ws, "Heartbeat", {})


async def _hold(url: str, n: int) -> tuple[contextlib.AsyncExitStack, list[bool]]:
    stack = contextlib.AsyncExitStack()
    negotiated: list[bool] = []
    for start in range(0, n, 50):  # 50 at a time: a steady connect rate
        await asyncio.gather(
            *(_station(url, f"{PREFIX}{i:05d}", stack, negotiated) for i in range(start, min(n, start + 50)))
        )
    return stack, negotiated


def run_one(mode: str, workdir: Path) -> dict[str, Any]:
    server = Server("plagsini", workdir / mode, extra_env={"OCPP_COMPRESSION": mode})
    server.workdir.mkdir(parents=True, exist_ok=True)
    server.database_url = f"sqlite+aiosqlite:///{server.workdir}/bench.db"
    from db.migrate import upgrade

    asyncio.run(upgrade(server.database_url))
    seed_chargers(server.database_url, CHARGERS, PREFIX)
    server.start()
    try:
        time.sleep(1.0)  # let start-up allocations settle before the baseline reading
        rss0 = server.rss()

        async def hold() -> dict[str, Any]:
            stack, negotiated = await _hold(server.ocpp_url, CHARGERS)
            async with stack:
                await asyncio.sleep(2.0)  # the server's batched writes (message log) drain
                rss1 = server.rss()
            return {"held": len(negotiated), "deflate": sum(negotiated), "rss1": rss1}

        got = asyncio.run(hold())
    finally:
        server.stop()
    gc.collect()
    kb = (got["rss1"] - rss0) / max(got["held"], 1) / 1024
    result = {
        "mode": mode,
        "chargers": CHARGERS,
        "held": got["held"],
        "deflate_negotiated": got["deflate"],
        "rss_before_mb": round(rss0 / 2**20, 1),
        "rss_held_mb": round(got["rss1"] / 2**20, 1),
        "kb_per_connection": round(kb, 1),
    }
    log(f"deflate {mode}: {result}")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-deflate-") as tmp:
        runs = [run_one(mode, Path(tmp)) for mode in ("none", "ocpp2.0.1")]
    out = {
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "runs": runs,
        "deflate_cost_kb_per_connection": round(
            runs[1]["kb_per_connection"] - runs[0]["kb_per_connection"], 1
        ),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "deflate.json").write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
