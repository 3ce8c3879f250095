"""The node's listening sockets, bound before anything heavy is imported (`plagsini serve`): from
then on a connecting charger or client waits in the socket's backlog until the node serves it,
instead of being refused while the node starts (a charger refused backs off, doubling its wait)."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from plagsini.settings import ConfigError, Settings


def bind_socket(host: str, port: int, what: str) -> socket.socket:
    """Bind a listening socket now, so a port in use is one clear line, not a traceback later."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, not 0: asyncio sets TCP_NODELAY only on connections whose socket says TCP, and
    # without it a keep-alive answer written in two parts (headers, body) waits ~40 ms for the peer's
    # delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise ConfigError(f"{what} {host}:{port} cannot be used: {e.strerror or e}") from None
    sock.listen(2048)
    sock.setblocking(False)
    return sock


@dataclass
class Listeners:
    http: socket.socket
    ocpp: socket.socket | None
    metrics: socket.socket | None

    def close(self) -> None:
        for sock in (self.http, self.ocpp, self.metrics):
            if sock is not None:
                sock.close()


def bind_listeners(settings: Settings) -> Listeners:
    """The HTTP port, the OCPP port (when the node serves OCPP) and METRICS_PORT (when set)."""
    http = bind_socket(settings.http_host, settings.http_port, "HTTP_HOST:HTTP_PORT")
    ocpp = metrics = None
    try:
        if settings.role in ("all", "ocpp"):
            ocpp = bind_socket(settings.ocpp_host, settings.ocpp_port, "OCPP_HOST:OCPP_PORT")
        # /metrics on its own listener (plagsini/web_security.py serves nothing else there).
        if settings.metrics_port is not None:
            metrics = bind_socket(settings.metrics_host, settings.metrics_port, "METRICS_HOST:METRICS_PORT")
    except BaseException:
        Listeners(http, ocpp, metrics).close()
        raise
    return Listeners(http, ocpp, metrics)
