"""`plagsini serve --simulate N` (what `make run` does): N simulated chargers register and come online."""

from __future__ import annotations

import asyncio
import contextlib

from sqlalchemy import select

from db.models import Charger
from plagsini.server import run_demo_chargers
from tests.conftest import RunningServer


async def test_simulated_chargers_register_and_come_online(server: RunningServer) -> None:
    platform = server.platform
    stop = asyncio.Event()
    port = int(server.ocpp_url.rsplit(":", 1)[1])
    task = asyncio.create_task(run_demo_chargers(platform, port, 2, stop))
    try:
        async with asyncio.timeout(30):
            while True:
                async with platform.sessionmaker() as s:
                    query = select(Charger).where(Charger.charge_point_id.like("SIM%"))
                    rows = (await s.scalars(query)).all()
                if len(rows) == 2 and all(c.online and c.last_boot_at is not None for c in rows):
                    break
                await asyncio.sleep(0.1)
        assert {c.charge_point_id for c in rows} == {"SIM001", "SIM002"}
        assert all(c.is_public and c.latitude is not None for c in rows)
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 15)
