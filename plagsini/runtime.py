"""Start and stop the background parts of a node: the OCPP endpoint, the command bus, housekeeping."""

from __future__ import annotations

import logging
import socket

from plagsini import metrics
from plagsini.loopmon import LagMonitor
from plagsini.platform import Platform

log = logging.getLogger("plagsini.runtime")


async def start_services(platform: Platform, *, ocpp_sock: socket.socket | None) -> None:
    monitor = LagMonitor()
    monitor.start()
    metrics.watch_loop(monitor)
    platform.services["loop_monitor"] = monitor
    if ocpp_sock is not None:
        from ocpp_server.server import OcppServer

        server = OcppServer(platform)
        await server.start(sock=ocpp_sock)
        platform.services["ocpp"] = server
    from ocpp_server.command_bus import CommandBus
    from ocpp_server.housekeeping import start_housekeeping

    await CommandBus(platform).start()
    start_housekeeping(platform)


async def stop_services(platform: Platform) -> None:
    monitor = platform.services.pop("loop_monitor", None)
    if monitor is not None:
        await monitor.stop()
    from ocpp_server.housekeeping import stop_housekeeping

    await stop_housekeeping(platform)
    bus = platform.services.get("command_bus")
    if bus is not None:
        await bus.stop()
    server = platform.services.pop("ocpp", None)
    if server is not None:
        await server.stop()
    from domain.ratelimit import close_limiter

    await close_limiter(platform)
