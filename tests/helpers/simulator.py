"""The firmware simulator as one charger against a running platform (either OCPP version)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any


@contextlib.asynccontextmanager
async def simulated_charger(
    server: Any, cpid: str, store: Path, *, auth_key: str | None = None, protocol: str = "ocpp1.6"
) -> AsyncIterator[Any]:
    """The firmware simulator as one charger against the platform; yields once its connector 1 is
    Available (on the event bus) with an EV plugged in."""
    from domain import events
    from firmware import simulator  # type: ignore[attr-defined]

    cfg = simulator.charger_config(
        server.ocpp_url, cpid, str(store), auth_key=auth_key, meter_interval=1, protocol=protocol
    )
    sim = simulator.SimCharger(cfg, {"soc": 35.0})
    async with server.platform.bus.subscribe(events.charger_status(cpid)) as stream:
        task = asyncio.create_task(sim.run())
        try:
            async with asyncio.timeout(30):
                async for ev in stream:
                    if ev.get("connector_id") == 1 and ev.get("status") == "Available":
                        break
            await sim.command("plug")
            yield sim
        finally:
            sim.stop()
            await asyncio.wait_for(task, 15)
