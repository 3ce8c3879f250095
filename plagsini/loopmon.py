"""Event-loop lag: how late a short timer fires, sampled continuously (exported in /metrics and
used by the benchmarks)."""

from __future__ import annotations

import asyncio
import time
from collections import deque

from domain.tasks import cancel_and_wait


def percentile(values: list[float] | deque[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


class LagMonitor:
    """Keeps the last `keep` lag samples (one every `interval` seconds)."""

    def __init__(self, interval: float = 0.1, keep: int = 600) -> None:
        self.interval = interval
        self.samples: deque[float] = deque(maxlen=keep)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        await cancel_and_wait(self._task, ignore_errors=True)

    async def _run(self) -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.samples.append(max(0.0, time.perf_counter() - t0 - self.interval))

    def summary(self) -> dict[str, float]:
        s = self.samples
        return {"p50": percentile(s, 50), "p99": percentile(s, 99), "max": max(s) if s else 0.0}
