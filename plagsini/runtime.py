"""Start and stop the background parts of a node: the OCPP endpoint, the command bus, housekeeping."""

from __future__ import annotations

import logging
import socket

from plagsini.platform import Platform

log = logging.getLogger("plagsini.runtime")


async def start_services(platform: Platform, *, ocpp_sock: socket.socket | None) -> None:
    if ocpp_sock is not None:
        from ocpp_server.server import OcppServer

        server = OcppServer(platform)
        await server.start(sock=ocpp_sock)
        platform.services["ocpp"] = server


async def stop_services(platform: Platform) -> None:
    server = platform.services.pop("ocpp", None)
    if server is not None:
        await server.stop()
