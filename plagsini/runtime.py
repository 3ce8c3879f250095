"""Start and stop the background parts of a node: the OCPP endpoint, the command bus, housekeeping."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from typing import Any

from domain.tasks import cancel_and_wait
from plagsini import metrics
from plagsini.loopmon import LagMonitor
from plagsini.platform import Platform

log = logging.getLogger("plagsini.runtime")


async def start_services(platform: Platform, *, ocpp_sock: socket.socket | None) -> None:
    from plagsini import tracing

    tracing.instrument_engine(platform.engine)  # database spans, when tracing is on
    from plagsini.busprobe import BusProbe

    metrics.watch_engine(platform.engine)
    metrics.OCPP_LOG_MAX_BYTES.set(platform.settings.message_log_max_bytes)
    probe = platform.bus_probe = BusProbe(platform.bus, platform.node_id).start()
    metrics.watch_bus(probe)
    monitor = LagMonitor()
    monitor.start()
    metrics.watch_loop(monitor)
    platform.loop_monitor = monitor
    from plagsini.liveness import Liveness

    # The heartbeat is in the database before this node takes any charger.
    platform.liveness = await Liveness(platform).start()
    if ocpp_sock is not None:
        from ocpp_server.server import OcppServer

        server = OcppServer(platform)
        await server.start(sock=ocpp_sock)
        platform.ocpp = server
    from ocpp_server.command_bus import CommandBus
    from ocpp_server.housekeeping import start_housekeeping

    await CommandBus(platform).start()
    from plagsini.liveness import resume_fleet_jobs

    # Fleet jobs that were sending when the platform stopped go on (they wait for their chargers).
    await resume_fleet_jobs(platform)
    start_housekeeping(platform)
    platform.money_housekeeping = MoneyHousekeeping(platform).start()
    from domain.push import PushSender

    platform.push_sender = PushSender(
        platform.sessionmaker,
        platform.bus,
        platform.vapid_private_pem,
        platform.settings.resolved_vapid_subject(),
        node_id=platform.node_id,
    ).start()
    from domain.load import service as load

    load.start(platform)  # building meters of managed sites
    from domain import roaming_log
    from ocpi.push import LocationPusher, OutboxDeliverer

    roaming_log.bind(platform.sessionmaker)  # the OCPI log is written as calls happen

    ocpp = platform.ocpp
    platform.ocpi_pusher = LocationPusher(
        platform, holds=lambda cpid: ocpp is not None and cpid in ocpp.connections
    ).start()
    from ocpi.command_timeouts import CommandTimeouts

    platform.ocpi_command_timeouts = CommandTimeouts(platform).start()
    platform.ocpi_outbox = OutboxDeliverer(platform).start()


async def _stop_part(platform: Platform, name: str) -> None:
    """Stop the started part held in the platform's attribute `name`, if any, and clear it."""
    part = getattr(platform, name)
    setattr(platform, name, None)
    if part is not None:
        await part.stop()


async def stop_services(platform: Platform) -> None:
    await _stop_part(platform, "ocpi_pusher")
    await _stop_part(platform, "ocpi_command_timeouts")
    await _stop_part(platform, "ocpi_outbox")
    from domain import roaming_log

    await roaming_log.unbind(platform.sessionmaker)
    await _stop_part(platform, "bus_probe")
    await _stop_part(platform, "loop_monitor")
    from domain.load import service as load
    from ocpp_server.housekeeping import stop_housekeeping

    await load.stop(platform)
    await stop_housekeeping(platform)
    await _stop_part(platform, "push_sender")
    await _stop_part(platform, "money_housekeeping")
    bus = platform.command_bus
    if bus is not None:
        await bus.stop()
    await _stop_part(platform, "ocpp")
    await _stop_part(platform, "liveness")
    from domain.ratelimit import close_limiter

    await close_limiter(platform)


class MoneyHousekeeping:
    """Every HOUSEKEEPING_INTERVAL seconds, on every node: renew due memberships, expire reservations,
    bill sessions left unbilled, tell drivers whose grace period after charging is over that the idle
    fee starts. Each job is safe to run on several nodes at once (conditional updates
    and idempotency keys in the database); a failing job is logged and the loop goes on.

    ``ran`` is set after each round and ``rounds`` counts them (tests wait on it, never sleep)."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.interval = float(platform.settings.housekeeping_interval)
        self.rounds = 0
        self.ran = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    def jobs(self) -> list[tuple[str, Callable[[Any], Awaitable[Any]]]]:
        from domain import billing, idle, memberships, reservations

        return [
            ("renew memberships", memberships.renew_due),
            ("expire reservations", reservations.expire_reservations),
            ("bill pending sessions", billing.bill_pending),
            ("tell drivers an idle fee starts", idle.notify_due),
        ]

    async def run_once(self) -> None:
        for name, job in self.jobs():
            try:
                await job(self.platform)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - logged; the other jobs and the next round still run
                log.exception("money housekeeping: %s failed", name)
        self.rounds += 1
        self.ran.set()

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.run_once()

    def start(self) -> MoneyHousekeeping:
        self.task = asyncio.create_task(self._loop(), name="money-housekeeping")
        return self

    async def stop(self) -> None:
        await cancel_and_wait(self.task)
        self.task = None
