"""A caller that reads the settings in its own write transaction (billing a stop does) never waits for
another connection's load of them: on SQLite that load queues for the write lock the caller holds, so
both stalled until the lock timed out and the bill failed with "database is locked" (seen when a
restarted node billed a charger's queued StopTransaction while housekeeping refreshed the settings)."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import update

from db.models import Charger
from domain import platform_settings


async def test_a_writer_reads_the_settings_while_another_session_waits_for_its_lock(server: Any) -> None:
    platform = server.platform
    platform_settings.invalidate()
    async with platform.sessionmaker() as writer, writer.begin():
        await writer.execute(update(Charger).values(name=Charger.name))  # holds SQLite's write lock
        started = asyncio.Event()

        async def other_session() -> Any:
            async with platform.sessionmaker() as s:
                started.set()
                return await platform_settings.effective(s, "heartbeat_interval")

        other = asyncio.create_task(other_session())
        # The other task runs from `started.set()` into its load without yielding until the load's
        # first database round trip: when this task resumes, that load has begun.
        await started.wait()
        # Deadline for a deadlock: the other load waits for the lock as long as SQLite's busy timeout.
        async with asyncio.timeout(5):
            value = await platform_settings.effective(writer, "heartbeat_interval")
        assert value == platform.settings.heartbeat_interval
    assert await asyncio.wait_for(other, 30) == platform.settings.heartbeat_interval
