"""The event bus: broadcaster over `memory://` (one node) or Redis (several nodes).

Publishers send JSON objects; subscribers get decoded dicts. Channel names live in
`domain.events`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from broadcaster import Broadcast


class EventBus:
    def __init__(self, url: str) -> None:
        self.url = url
        self._broadcast = Broadcast(url)
        self.connected = False

    async def connect(self) -> None:
        await self._broadcast.connect()
        self.connected = True

    async def disconnect(self) -> None:
        if self.connected:
            self.connected = False
            await self._broadcast.disconnect()

    async def publish(self, channel: str, payload: Any) -> None:
        await self._broadcast.publish(channel=channel, message=json.dumps(payload, default=str))

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[AsyncIterator[Any]]:
        async with self._broadcast.subscribe(channel=channel) as subscriber:

            async def events() -> AsyncIterator[Any]:
                async for event in subscriber:  # type: ignore[union-attr]
                    if event is None:
                        return
                    yield json.loads(event.message)

            yield events()

    async def ping(self) -> bool:
        """True when the bus can carry a message (used by /readyz)."""
        if not self.connected:
            return False
        if self.url.startswith(("redis://", "rediss://")):
            import redis.asyncio as aioredis

            client = aioredis.from_url(self.url)
            try:
                return bool(await client.ping())
            finally:
                await client.aclose()
        return True
