"""Garbage collection for a node that holds thousands of long-lived connections.

CPython's cyclic collector scans every tracked object of the oldest generation in a full collection.
With 10,000 chargers connected that is over a million objects and a pause of about a second
(measured: 0.96 s with 1.2-1.3 million objects), and every charger waiting for an answer at that
moment sees it as latency. So a serving node (`plagsini serve`):

- moves what is alive to the permanent generation (`gc.freeze()`) once it has started and then every
  `freeze_interval` seconds: long-lived objects (modules, the schema, open connections and their
  state) are no longer scanned, and full collections stay short;
- still frees frozen objects that are dropped by reference counting; only reference cycles among
  frozen objects wait, for the next sweep (`gc.unfreeze()`, a full collection, `gc.freeze()`). A
  sweep runs every `sweep_interval` seconds, and sooner when the frozen set has doubled since the
  last one (e.g. after a reconnect storm replaced every connection), so that memory stays bounded.

`gc_pause_seconds` (metrics) records every collection's pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from typing import Any

from domain.tasks import cancel_and_wait
from plagsini import metrics

log = logging.getLogger("plagsini.gc")


class GcPolicy:
    def __init__(self, *, freeze_interval: float = 30.0, sweep_interval: float = 900.0) -> None:
        self.freeze_interval = freeze_interval
        self.sweep_interval = sweep_interval
        self._task: asyncio.Task[None] | None = None
        self._started: dict[int, float] = {}
        self.sweeps = 0
        self.last_sweep = time.monotonic()
        self.frozen_after_sweep = 0

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        # A collection can start anywhere, also deep inside a recursion that is about to fail (a
        # request's nested JSON being refused): the callback then has no stack left. It must never
        # raise, or the interpreter prints "Exception ignored" with a traceback into the node's log.
        try:
            generation = int(info.get("generation", 0))
            if phase == "start":
                self._started[generation] = time.perf_counter()
            elif generation in self._started:
                metrics.GC_PAUSE.labels(str(generation)).observe(
                    time.perf_counter() - self._started.pop(generation)
                )
        except Exception:  # noqa: BLE001 - a lost pause sample is better than a traceback per collection
            pass  # (no call here: there may be no stack left for one)

    def start(self) -> None:
        if self._task is not None:
            return
        gc.callbacks.append(self._on_gc)
        self.sweep()
        self._task = asyncio.create_task(self._run(), name="gc-policy")

    async def stop(self) -> None:
        await cancel_and_wait(self._task)
        self._task = None
        with contextlib.suppress(ValueError):
            gc.callbacks.remove(self._on_gc)
        gc.unfreeze()

    def sweep(self) -> None:
        """Collect everything, frozen objects included, then freeze the survivors."""
        started = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.sweeps += 1
        self.last_sweep = time.monotonic()
        self.frozen_after_sweep = gc.get_freeze_count()
        log.debug(
            "gc sweep: %d objects frozen, %.3f s", self.frozen_after_sweep, time.perf_counter() - started
        )

    def tick(self) -> None:
        """One period: sweep when due (time, or the frozen set doubled), else freeze what is alive."""
        doubled = gc.get_freeze_count() > 2 * max(self.frozen_after_sweep, 100_000)
        if doubled or time.monotonic() - self.last_sweep >= self.sweep_interval:
            self.sweep()
        else:
            gc.freeze()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.freeze_interval)
            self.tick()
