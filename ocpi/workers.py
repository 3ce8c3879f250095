"""The roaming edge's background parts, each started on every node: one task running `_loop` until
stopped (`Worker`), and one that works in rounds, woken by the bus or when its next round is due
(`DueWorker`), so that nothing is polled while there is nothing to do."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Self

from domain.tasks import cancel_and_wait
from plagsini.platform import Platform

log = logging.getLogger(__name__)


class Worker:
    """A part started on a node: one task running `_loop` until stopped."""

    NAME = "ocpi-worker"

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.task: asyncio.Task[None] | None = None

    def start(self) -> Self:
        self.task = asyncio.create_task(self._loop(), name=self.NAME)
        return self

    async def stop(self) -> None:
        await cancel_and_wait(self.task)

    async def _loop(self) -> None:
        raise NotImplementedError


class DueWorker(Worker):
    """Runs `round()` when a message on the bus channel `WAKE` arrives (published by any node after
    the commit that makes work) and when the seconds the last round returned have passed. A failing
    round is logged and tried again after `retry_after()` seconds. `running()` holds what the rounds
    share (an HTTP client) while the worker runs."""

    WAKE = ""

    def __init__(self, platform: Platform) -> None:
        super().__init__(platform)
        self._wake = asyncio.Event()
        #: Rounds done (failed ones too): tests wait on it, never sleep.
        self.rounds = 0

    async def round(self) -> float:
        """Do what is due; the seconds until the next round unless woken before."""
        raise NotImplementedError

    def retry_after(self) -> float:
        return 1.0

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        yield

    async def _listen(self) -> None:
        async with self.platform.bus.subscribe(self.WAKE, maxsize=1000) as sub:
            async for _ in sub:
                self._wake.set()

    async def _loop(self) -> None:
        listener = asyncio.create_task(self._listen(), name=f"{self.NAME}-listener")
        try:
            async with self.running():
                while True:
                    self._wake.clear()  # work made from now on wakes the wait below
                    try:
                        wait = await self.round()
                    except asyncio.CancelledError:
                        raise
                    except Exception:  # noqa: BLE001 - the next round tries again
                        log.exception("%s: a round failed", self.NAME)
                        wait = self.retry_after()
                    self.rounds += 1
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(wait):
                            await self._wake.wait()
        finally:
            await cancel_and_wait(listener)
