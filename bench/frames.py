"""`python -m bench.frames`: what one subscriber's `next` frame costs the node, by how it is made.

The live scenario's figures move with the machine (its CPU per delivery varied from 41 to 90 µs
between runs of the same code on the shared machine of 2026-12-07); this one measures, in one
process and one run, the part of a delivery that depends on how the frame is made, for 1,000
subscribers of one event (each with its own operation id, as graphql-ws clients have):

- `websockets`: websockets' own `send_text` on each subscriber's connection (the baseline: what
  uvicorn's send does), without an extension, and with permessage-deflate as uvicorn negotiates it
  by default (server context takeover: a compressor per connection, each frame compressed per
  subscriber);
- `frame_for`: the direct writer's frames (`plagsini/overrides/uvicorn_ws.py`), without an extension
  and with permessage-deflate without context takeover (`GraphQLWebSocketProtocol`: the event's
  shared part compressed once, each subscriber's id in a stored block).

For each: µs per subscriber for a reading after the first (best of BENCH_FRAMES_REPEAT runs of
1,000), its bytes on the wire per frame (with context takeover a later frame refers to the ones
before), and the memory a connection holds between messages, the connection object included
(tracemalloc over 1,000 connections that have sent two frames). Writes frames.json to bench/results/ (or
BENCH_RESULTS) and prints it.
"""

from __future__ import annotations

import gc
import json
import os
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.__main__ import RESULTS, log

SUBSCRIBERS = 1000
REPEAT = int(os.environ.get("BENCH_FRAMES_REPEAT", "7"))
#: The shared part of a `next` frame of the live screen's subscription (what the PWA asks for).
SHARED = (
    '{"data": {"sessionProgress": {"sessionId": "Q2hhcmdpbmdTZXNzaW9uOjQy", "status": "Charging", '
    '"energyWh": 12345.6, "powerW": 7180.0, "soc": 61.0, "costSoFar": "8.64", "currency": "MYR", '
    '"startedAt": "2026-12-07T07:00:00+00:00", "elapsedSeconds": 3021, '
    '"timestamp": "2026-12-07T07:50:21+00:00", "lagged": 0}}}}'
)


def _connections(deflate: str | None) -> list[Any]:
    """SUBSCRIBERS open server connections: no extension, permessage-deflate as uvicorn negotiates
    it (`"takeover"`), or as `GraphQLWebSocketProtocol` does (`"shared"`)."""
    from websockets.extensions.permessage_deflate import PerMessageDeflate
    from websockets.protocol import State
    from websockets.server import ServerProtocol

    conns = []
    for _ in range(SUBSCRIBERS):
        conn = ServerProtocol(state=State.OPEN)
        if deflate is not None:
            # remote_no_context_takeover, local_no_context_takeover, remote and local window bits.
            shared = deflate == "shared"
            conn.extensions = [PerMessageDeflate(shared, shared, 12, 12, {"memLevel": 5})]
        conns.append(conn)
    return conns


def _prefixes() -> list[bytes]:
    import uuid

    return [f'{{"id": "{uuid.UUID(int=i)}", "type": "next", "payload": '.encode() for i in range(SUBSCRIBERS)]


def _websockets(conns: list[Any], prefixes: list[bytes], shared: bytes) -> int:
    size = 0
    for conn, prefix in zip(conns, prefixes, strict=True):
        conn.send_text(prefix + shared)
        size += len(b"".join(conn.data_to_send()))
    return size


def _frame_for(conns: list[Any], prefixes: list[bytes], shared: bytes) -> int:
    from plagsini.overrides.uvicorn_ws import frame_for

    size = 0
    for conn, prefix in zip(conns, prefixes, strict=True):
        frame = frame_for(conn, prefix, shared)
        assert frame is not None
        size += len(frame)
    return size


def _measure(make: Callable[[list[Any], list[bytes], bytes], int], deflate: str | None) -> dict[str, Any]:
    prefixes = _prefixes()
    best = float("inf")
    size = 0
    for _ in range(REPEAT):
        conns = _connections(deflate)
        make(conns, prefixes, _event(0))  # the first frame of each connection is not a steady one
        shared = _event(1)  # a new event: a new object, compressed anew when shared
        gc.collect()
        t0 = time.perf_counter()
        size = make(conns, prefixes, shared)
        best = min(best, time.perf_counter() - t0)
    # What the connections hold (connection objects included), once each has sent frames.
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    conns = _connections(deflate)
    make(conns, prefixes, _event(2))
    make(conns, prefixes, _event(3))
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return {
        "us_per_subscriber": best / SUBSCRIBERS * 1e6,
        "bytes_per_frame": size / SUBSCRIBERS,
        "held_bytes_per_connection": held / SUBSCRIBERS,
    }


def _event(n: int) -> bytes:
    """The shared part of the `next` frames of the n-th reading (energy and time move on)."""
    return (
        SHARED.replace("12345.6", f"{12345.6 + 7.3 * n:.1f}").replace("3021", str(3021 + 10 * n)).encode()
        + b"}"
    )


def run() -> dict[str, Any]:
    rows = {
        "websockets, no extension (baseline)": _measure(_websockets, None),
        "frame_for, no extension": _measure(_frame_for, None),
        "websockets, deflate with context takeover (baseline, uvicorn's default)": _measure(
            _websockets, "takeover"
        ),
        "frame_for, deflate without context takeover (shared)": _measure(_frame_for, "shared"),
    }
    return {"subscribers": SUBSCRIBERS, "repeat": REPEAT, "text_bytes": len(SHARED) + 60, "rows": rows}


def main() -> None:
    result = run()
    results = Path(os.environ.get("BENCH_RESULTS", RESULTS))
    results.mkdir(parents=True, exist_ok=True)
    (results / "frames.json").write_text(json.dumps(result, indent=2) + "\n")
    for name, row in result["rows"].items():
        log(
            f"{name}: {row['us_per_subscriber']:.2f} us/subscriber, {row['bytes_per_frame']:.0f} B/frame, "
            f"{row['held_bytes_per_connection'] / 1024:.1f} KB held/connection"
        )


if __name__ == "__main__":
    main()
