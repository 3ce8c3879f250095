"""Bus lag: every few seconds a node publishes a timestamped probe on its own channel and times its
return through the bus (through Redis across nodes). `plagsini_bus_lag_seconds` is the last round
trip, or, while a probe is outstanding, how long it has been out (a stuck bus shows as growing lag)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from domain.tasks import cancel_and_wait

log = logging.getLogger("plagsini.bus")


class BusProbe:
    def __init__(self, bus: Any, node_id: str, interval: float = 5.0) -> None:
        self.bus = bus
        self.channel = f"node.probe.{node_id}"
        self.interval = interval
        self._last = 0.0
        self._outstanding: float | None = None  # monotonic send time of the probe not yet back
        self._task: asyncio.Task[None] | None = None

    def lag(self) -> float:
        if self._outstanding is not None:
            return max(self._last, time.monotonic() - self._outstanding)
        return self._last

    def start(self) -> BusProbe:
        self._task = asyncio.create_task(self._run())
        return self

    async def stop(self) -> None:
        await cancel_and_wait(self._task, ignore_errors=True)

    async def _run(self) -> None:
        while True:
            try:
                async with self.bus.subscribe(self.channel, maxsize=4) as sub:
                    receiver = asyncio.create_task(self._receive(sub))
                    try:
                        while True:
                            if self._outstanding is None:
                                self._outstanding = time.monotonic()
                                await self.bus.publish(self.channel, {"t": self._outstanding})
                            await asyncio.sleep(self.interval)
                    finally:
                        await cancel_and_wait(receiver, ignore_errors=True)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the bus is down: the outstanding probe keeps aging
                log.debug("bus probe failed", exc_info=True)
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.sleep(self.interval)

    async def _receive(self, sub: Any) -> None:
        async for event in sub:
            sent = event.get("t") if isinstance(event, dict) else None
            if sent is not None and sent == self._outstanding:
                self._last = time.monotonic() - sent
                self._outstanding = None
