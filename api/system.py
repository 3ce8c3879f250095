"""The smallest part of the schema: platform identity and health, readable by anyone."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import strawberry

from plagsini import __version__


@strawberry.type
class PlatformInfo:
    name: str
    version: str
    environment: str
    currency: str
    public_url: str = strawberry.field(description="The platform's public base URL (PUBLIC_URL).")
    ocpp_url: str = strawberry.field(
        description="The WebSocket URL chargers connect to; a charger appends /<chargePointId>."
    )


def ocpp_url(platform: Any) -> str:
    """ws(s)://<PUBLIC_URL host>:<OCPP port>: the port the OCPP server listens on (the TLS port, wss,
    when TLS is configured)."""
    settings = platform.settings
    host = urlsplit(settings.public_url).hostname or "localhost"
    server = platform.ocpp
    if settings.ocpp_tls_cert is not None:
        port = getattr(server, "tls_port", None) or settings.ocpp_tls_port or 9443
        return f"wss://{host}:{port}"
    port = getattr(server, "port", None) or settings.ocpp_port
    return f"ws://{host}:{port}"


@strawberry.type
class Query:
    @strawberry.field(description="The platform's name, version and environment.")
    def platform(self, info: strawberry.Info) -> PlatformInfo:
        platform = info.context.platform
        settings = platform.settings
        return PlatformInfo(
            name="PlagSini",
            version=__version__,
            environment=settings.environment,
            currency=settings.currency,
            public_url=settings.public_url.rstrip("/"),
            ocpp_url=ocpp_url(platform),
        )
