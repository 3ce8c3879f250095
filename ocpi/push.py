"""Locations pushed to partners: on a connector's status change, the node that holds the charger's
socket PATCHes the EVSE at every registered partner with a locations receiver. A failed push is
logged and dropped (OCPI: no queue, no retry; partners catch up by pulling)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

import httpx

from domain import events, roaming
from ocpi import objects
from plagsini.platform import Platform

log = logging.getLogger(__name__)


class LocationPusher:
    def __init__(self, platform: Platform, holds: Callable[[str], bool]) -> None:
        self.platform = platform
        #: Whether this node holds the charger's socket (one node pushes each change).
        self.holds = holds
        self.task: asyncio.Task[None] | None = None
        self.pushed = 0
        self.failed = 0

    def start(self) -> LocationPusher:
        self.task = asyncio.create_task(self._loop(), name="ocpi-location-pusher")
        return self

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _loop(self) -> None:
        async with httpx.AsyncClient(timeout=roaming.CALL_TIMEOUT) as client:
            async with self.platform.bus.subscribe(events.ALL_CHARGERS_STATUS, maxsize=1000) as sub:
                async for event in sub:
                    try:
                        await self.changed(client, event)
                    except asyncio.CancelledError:
                        raise
                    except Exception:  # noqa: BLE001 - one bad event must not stop the pushes
                        log.exception("OCPI location push failed")

    async def changed(self, client: httpx.AsyncClient, event: Any) -> None:
        if not isinstance(event, dict) or event.get("type") != "connector":
            return
        cpid = str(event.get("charge_point_id", ""))
        if not self.holds(cpid):
            return
        st = self.platform.settings
        async with self.platform.sessionmaker() as s:
            charger = await roaming.public_charger(s, cpid)
            targets = await roaming.push_targets(s, "locations") if charger is not None else []
        if charger is None or not targets:
            return
        conn = next((c for c in charger.connectors if c.connector_id == event.get("connector_id")), None)
        if conn is None:
            return
        evse = objects.evse(charger, conn)
        patch = {"status": evse["status"], "last_updated": evse["last_updated"]}
        path = f"/{st.ocpi_country_code}/{st.ocpi_party_id}/{charger.id}/{evse['uid']}"

        async def one(url: str, token: str) -> None:
            try:
                await roaming.push(client, "PATCH", url.rstrip("/") + path, token, patch)
                self.pushed += 1
            except roaming.PartnerUnreachable as e:
                self.failed += 1
                log.warning("OCPI location push to %s failed: %s", url, e)

        await asyncio.gather(*(one(url, token) for url, token in targets))
