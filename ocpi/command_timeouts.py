"""Commands we sent to partners as eMSP whose result has not come by their deadline are ended as
TIMEOUT, and the driver's screen is told (every node looks, each command is ended by one of them;
`domain.emsp_commands.expire`). A result the partner posts later is still recorded."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from domain import emsp_commands
from plagsini.platform import Platform

log = logging.getLogger(__name__)


class CommandTimeouts:
    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.task: asyncio.Task[None] | None = None
        # Look often enough that a command is ended within a quarter of its wait (at most a second).
        self.interval = min(1.0, platform.settings.ocpi_command_result_timeout_seconds / 4)

    def start(self) -> CommandTimeouts:
        self.task = asyncio.create_task(self._loop(), name="ocpi-command-timeouts")
        return self

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _loop(self) -> None:
        while True:
            try:
                await emsp_commands.expire(self.platform.sessionmaker)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - one bad round must not stop the watch
                log.exception("ending timed-out OCPI commands failed")
            await asyncio.sleep(self.interval)
