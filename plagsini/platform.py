"""The runtime container: settings, database, event bus and node identity, shared by both edges."""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.engine import make_engine, make_sessionmaker
from plagsini.bus import EventBus
from plagsini.settings import Settings


@dataclass
class Platform:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    bus: EventBus
    node_id: str
    secret_key: str
    # Filled in by the edges at start-up (the OCPP server, the command bus, ...).
    services: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, settings: Settings) -> Platform:
        engine = make_engine(settings.database_url)
        node_id = settings.node_id or f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        return cls(
            settings=settings,
            engine=engine,
            sessionmaker=make_sessionmaker(engine),
            bus=EventBus(settings.broadcast_url, publish_timeout=settings.bus_publish_timeout),
            node_id=node_id,
            secret_key=settings.resolved_secret_key(),
        )

    async def start(self) -> None:
        await self.bus.connect()

    async def close(self) -> None:
        await self.bus.disconnect()
        await self.engine.dispose()
