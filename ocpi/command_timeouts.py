"""Commands we sent to partners as eMSP whose result has not come by their deadline are ended as
TIMEOUT, and the driver's screen is told (every node looks, each command is ended by one of them;
`domain.emsp_commands.expire`). A result the partner posts later is still recorded.

The watch sleeps until the earliest deadline of a waiting command, and is woken when a command is
sent on any node (`emsp_commands.SENT` on the bus); with none waiting (with no partner none ever
is) it looks only every IDLE_LOOK seconds, in case a wake-up was lost on the bus."""

from __future__ import annotations

from db.engine import read_session
from db.models import utcnow
from domain import emsp_commands
from ocpi.workers import DueWorker


class CommandTimeouts(DueWorker):
    NAME = "ocpi-command-timeouts"
    WAKE = emsp_commands.SENT
    IDLE_LOOK = 300.0

    async def round(self) -> float:
        await emsp_commands.expire(self.platform.sessionmaker)
        return await self.until_due()

    async def until_due(self) -> float:
        """Seconds until the earliest waiting command's deadline; IDLE_LOOK when none waits."""
        async with read_session(self.platform.sessionmaker) as s:
            due = await emsp_commands.next_deadline(s)
        if due is None:
            return self.IDLE_LOOK
        return min(max((due - utcnow()).total_seconds(), 0.0), self.IDLE_LOOK)
