"""Our drivers' tokens pushed to partners (our eMSP role): every few seconds, the tokens changed since
the last round (a new RFID card, a blocked or unblocked one, a new app token) are PUT to every
registered partner with a tokens receiver. A failed push is logged and dropped (OCPI: no queue, no
retry; partners catch up by pulling our tokens with date_from)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from urllib.parse import quote

import httpx

from domain import roaming, roaming_emsp
from plagsini.platform import Platform

log = logging.getLogger(__name__)

#: Seconds between two looks for changed tokens.
INTERVAL = 2.0
#: A change is looked for again this far back (clocks of nodes and database differ a little; a
#: token PUT twice is the same token).
OVERLAP = dt.timedelta(seconds=2)


class TokenPusher:
    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.task: asyncio.Task[None] | None = None
        self.since = roaming.now()
        self.pushed = 0
        self.failed = 0

    def start(self) -> TokenPusher:
        self.task = asyncio.create_task(self._loop(), name="ocpi-token-pusher")
        return self

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task

    async def _loop(self) -> None:
        async with httpx.AsyncClient(timeout=roaming.CALL_TIMEOUT) as client:
            while True:
                try:
                    await self.round(client)
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001 - one bad round must not stop the pushes
                    log.exception("OCPI token push failed")
                await asyncio.sleep(INTERVAL)

    async def round(self, client: httpx.AsyncClient) -> None:
        st = self.platform.settings
        started = roaming.now()
        async with self.platform.sessionmaker() as s:
            changed = await roaming_emsp.changed_tokens(s, self.since - OVERLAP)
            targets = await roaming.push_targets(s, "tokens") if changed else []
            tokens = [
                roaming_emsp.our_token(t, u, st.ocpi_country_code, st.ocpi_party_id) for t, u in changed
            ]
        self.since = started
        for token in tokens:
            uid = quote(token["uid"], safe="")
            path = f"/{st.ocpi_country_code}/{st.ocpi_party_id}/{uid}?type={token['type']}"
            for url, outbound in targets:
                try:
                    await roaming.push(client, "PUT", url.rstrip("/") + path, outbound, token)
                    self.pushed += 1
                except roaming.PartnerUnreachable as e:
                    self.failed += 1
                    log.warning("OCPI token push to %s failed: %s", url, e)
