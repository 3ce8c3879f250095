"""`plagsini serve --simulate N` (what `make run` does): N simulated chargers register and come online."""

from __future__ import annotations

import asyncio
import contextlib

from sqlalchemy import select

from db.models import Charger, Tariff
from domain import tariffs
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
        # A platform with no tariff gets a default one, so a session on them costs something.
        async with platform.sessionmaker() as s:
            default = await tariffs.default_tariff(s)
            assert default is not None and default.price_per_kwh_sen == 120
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 15)


async def test_a_platform_with_tariffs_keeps_its_own(server: RunningServer) -> None:
    from domain.demo import ensure_simulated_chargers

    platform = server.platform
    async with platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(s, {"name": "Operator's", "price_per_kwh_sen": 90}, is_default=False)
    await ensure_simulated_chargers(platform.sessionmaker, 1)
    await ensure_simulated_chargers(platform.sessionmaker, 1)
    async with platform.sessionmaker() as s:
        assert (await s.scalars(select(Tariff.name))).all() == ["Operator's"]
