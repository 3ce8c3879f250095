"""Periodic jobs of the OCPP side: message-log retention, expiring reservations."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import update

from db.models import Reservation, utcnow
from domain import ocpp_log, platform_settings
from plagsini.platform import Platform
from plagsini.tasks import cancel_and_wait

log = logging.getLogger("plagsini.ocpp.housekeeping")

INTERVAL = 3600.0


async def run_once(platform: Platform) -> int:
    async with platform.sessionmaker() as s, s.begin():
        retention = await platform_settings.effective(s, "message_log_retention_days", platform.settings)
        purged = await ocpp_log.purge(s, retention)
        await s.execute(
            update(Reservation)
            .where(Reservation.status.in_(("Requested", "Accepted")), Reservation.expires_at < utcnow())
            .values(status="Expired")
        )
    return purged


async def _loop(platform: Platform) -> None:
    while True:
        try:
            await run_once(platform)
        except Exception:  # noqa: BLE001
            log.warning("housekeeping failed", exc_info=True)
        await asyncio.sleep(INTERVAL)


def start_housekeeping(platform: Platform) -> None:
    platform.services["ocpp_housekeeping"] = asyncio.create_task(_loop(platform), name="ocpp-housekeeping")


async def stop_housekeeping(platform: Platform) -> None:
    await cancel_and_wait(platform.services.pop("ocpp_housekeeping", None))
