"""Periodic jobs of the OCPP side: message-log retention (by age, then by size), expiring reservations.

Runs every INTERVAL, and sooner (but not more often than every MIN_GAP seconds) when this node's
message log estimates that the log has grown past MESSAGE_LOG_MAX_BYTES. Each run measures the log's
size for the `plagsini_ocpp_message_log_bytes` gauge."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy import update

from db.models import Reservation, utcnow
from domain import ocpp_log, platform_settings
from domain.tasks import cancel_and_wait
from plagsini import metrics
from plagsini.platform import Platform

log = logging.getLogger("plagsini.ocpp.housekeeping")

INTERVAL = 3600.0
MIN_GAP = 60.0


def _message_log(platform: Platform) -> object | None:
    server = platform.ocpp
    return getattr(server, "message_log", None)


async def run_once(platform: Platform) -> int:
    """One run; returns the number of frames deleted from the message log."""
    async with platform.sessionmaker() as s, s.begin():
        retention = await platform_settings.effective(s, "message_log_retention_days", platform.settings)
        purged = await ocpp_log.purge(s, retention)
        by_size, remaining = await ocpp_log.purge_to_size(s, platform.settings.message_log_max_bytes)
        await s.execute(
            update(Reservation)
            .where(Reservation.status.in_(("Requested", "Accepted")), Reservation.expires_at < utcnow())
            .values(status="Expired")
        )
    if by_size:
        log.warning(
            "message log over MESSAGE_LOG_MAX_BYTES: deleted the %d oldest frames (%d bytes left)",
            by_size,
            remaining,
        )
    message_log = _message_log(platform)
    if message_log is not None:
        message_log.measured(remaining)  # type: ignore[attr-defined]
    else:
        metrics.OCPP_LOG_BYTES.set(remaining)
    return purged + by_size


async def _loop(platform: Platform) -> None:
    while True:
        try:
            await run_once(platform)
        except Exception:  # noqa: BLE001
            log.warning("housekeeping failed", exc_info=True)
        await asyncio.sleep(MIN_GAP)
        message_log = _message_log(platform)
        over_size = getattr(message_log, "over_size", None)
        if over_size is None:
            await asyncio.sleep(INTERVAL - MIN_GAP)
            continue
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(INTERVAL - MIN_GAP):
                await over_size.wait()


def start_housekeeping(platform: Platform) -> None:
    platform.ocpp_housekeeping = asyncio.create_task(_loop(platform), name="ocpp-housekeeping")


async def stop_housekeeping(platform: Platform) -> None:
    task, platform.ocpp_housekeeping = platform.ocpp_housekeeping, None
    await cancel_and_wait(task)
