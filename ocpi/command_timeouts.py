"""Commands we sent to partners as eMSP whose result has not come by their deadline are ended as
TIMEOUT, and the driver's screen is told (every node looks, each command is ended by one of them;
`domain.emsp_commands.expire`). A result the partner posts later is still recorded.

The watch sleeps until the earliest deadline of a waiting command, and is woken when a command is
sent on any node (`emsp_commands.SENT` on the bus); with none waiting (with no partner none ever
is) it looks only every IDLE_LOOK seconds, in case a wake-up was lost on the bus."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from db.models import utcnow
from domain import emsp_commands
from plagsini.platform import Platform

log = logging.getLogger(__name__)


class CommandTimeouts:
    IDLE_LOOK = 300.0

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    def start(self) -> CommandTimeouts:
        self.task = asyncio.create_task(self._loop(), name="ocpi-command-timeouts")
        return self

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _listen(self) -> None:
        async with self.platform.bus.subscribe(emsp_commands.SENT, maxsize=1000) as sub:
            async for _ in sub:
                self._wake.set()

    async def _loop(self) -> None:
        listener = asyncio.create_task(self._listen(), name="ocpi-command-timeouts-listener")
        try:
            while True:
                self._wake.clear()  # a command sent from now on wakes the wait below
                wait = self.IDLE_LOOK
                try:
                    await emsp_commands.expire(self.platform.sessionmaker)
                    wait = await self.until_due()
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001 - one bad round must not stop the watch
                    log.exception("ending timed-out OCPI commands failed")
                    wait = 1.0
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)
        finally:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener

    async def until_due(self) -> float:
        """Seconds until the earliest waiting command's deadline; IDLE_LOOK when none waits."""
        async with self.platform.sessionmaker() as s:
            due = await emsp_commands.next_deadline(s)
        if due is None:
            return self.IDLE_LOOK
        return min(max((due - utcnow()).total_seconds(), 0.0), self.IDLE_LOOK)
