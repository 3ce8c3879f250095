"""The smallest part of the schema: platform identity and health, readable by anyone."""

from __future__ import annotations

import strawberry

from plagsini import __version__


@strawberry.type
class PlatformInfo:
    name: str
    version: str
    environment: str
    currency: str


@strawberry.type
class Query:
    @strawberry.field(description="The platform's name, version and environment.")
    def platform(self, info: strawberry.Info) -> PlatformInfo:
        settings = info.context.platform.settings
        return PlatformInfo(
            name="PlagSini", version=__version__, environment=settings.environment, currency=settings.currency
        )
