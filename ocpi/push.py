"""Pushes to partners. Every push goes through the durable outbox (`domain.roaming_outbox`): a
connector's status change stages its EVSE for every partner with a locations receiver (the node that
holds the charger's socket stages it); a roaming session's changes and its CDR, our tariffs and our
drivers' tokens are staged by the domain in the transaction that makes them. `OutboxDeliverer` (on
every node; rows are leased; it also retries the OCPI log's writes that failed) sends what is
due: a Session PUT first and PATCHes after, a CDR POSTed once, an EVSE PATCHed with its current
status, a command's result POSTed once to its response_url, a tariff PUT (DELETEd once deactivated),
a token PUT as it is now (our eMSP role); a failed delivery is retried with exponential backoff until
the partner takes it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import quote

import httpx

from db.engine import read_session
from db.models import IdTag, OcpiPartner, Tariff, User, utcnow
from domain import (
    cpo_commands,
    events,
    roaming,
    roaming_emsp,
    roaming_log,
    roaming_outbox,
    roaming_sessions,
    roaming_tariffs,
)
from domain.tasks import cancel_and_wait
from ocpi import cpo_sessions, objects, tariffs
from ocpi.workers import DueWorker, Worker
from plagsini.platform import Platform

log = logging.getLogger(__name__)


class LocationPusher(Worker):
    """Stages an EVSE push on every connector status change of a published charger held here."""

    NAME = "ocpi-location-pusher"

    def __init__(self, platform: Platform, holds: Callable[[str], bool]) -> None:
        super().__init__(platform)
        #: Whether this node holds the charger's socket (one node stages each change).
        self.holds = holds

    async def _loop(self) -> None:
        async with self.platform.bus.subscribe(events.ALL_CHARGERS_STATUS, maxsize=1000) as sub:
            async for event in sub:
                try:
                    await self.changed(event)
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001 - one bad event must not stop the pushes
                    log.exception("OCPI location push failed")

    async def changed(self, event: Any) -> None:
        if not isinstance(event, dict) or event.get("type") != "connector":
            return
        cpid = str(event.get("charge_point_id", ""))
        if not self.holds(cpid):
            return
        async with self.platform.sessionmaker() as s, s.begin():
            charger = await roaming.public_charger(s, cpid)
            if charger is None or not any(
                c.connector_id == event.get("connector_id") for c in charger.connectors
            ):
                return
            uid = f"{charger.id}-{event.get('connector_id')}"
            await roaming_outbox.stage_for_receivers(s, "locations", f"evse:{uid}", "evse", uid)


class Undeliverable(Exception):
    """The object or the partner's receiver is gone: stop delivering it."""


class OutboxDeliverer(DueWorker):
    """Delivers the outbox's due rows, a batch at a time: woken when a push is staged on any node
    (`roaming_outbox.DUE` on the bus), and when the earliest pending row falls due (a retry after its
    backoff, a lease another node let run out); at the longest OCPI_OUTBOX_POLL_SECONDS apart while
    rows are pending. An outbox with nothing pending (with no partner nothing is ever staged) is
    looked at only every IDLE_LOOK seconds, in case a wake-up was lost on the bus."""

    NAME = "ocpi-outbox"
    WAKE = roaming_outbox.DUE
    BATCH = 20
    IDLE_LOOK = 300.0

    def __init__(self, platform: Platform) -> None:
        super().__init__(platform)
        self.delivered = 0
        self.failed = 0
        self._client: httpx.AsyncClient | None = None

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        async with roaming.client() as client:
            self._client = client
            try:
                yield
            finally:
                self._client = None

    def retry_after(self) -> float:
        return self.platform.settings.ocpi_outbox_poll_seconds

    async def round(self) -> float:
        assert self._client is not None
        while await self.run_once(self._client) >= self.BATCH:
            pass
        return await self.until_due()

    async def until_due(self) -> float:
        """Seconds until the earliest pending row is due (at most OCPI_OUTBOX_POLL_SECONDS); IDLE_LOOK
        when nothing is pending (a staged push wakes the worker before)."""
        async with read_session(self.platform.sessionmaker) as s:
            due = await roaming_outbox.next_due(s)
        if due is None:
            return self.IDLE_LOOK
        left = (due - utcnow()).total_seconds()
        return min(max(left, 0.0), self.platform.settings.ocpi_outbox_poll_seconds)

    async def run_once(self, client: httpx.AsyncClient) -> int:
        """Deliver one batch of due rows; how many were claimed."""
        await roaming_log.write_noted()  # calls of the OCPI log whose write failed, if any
        async with self.platform.sessionmaker() as s, s.begin():
            claimed = await roaming_outbox.claim_due(s, self.BATCH)
        await asyncio.gather(*(self.deliver(client, c) for c in claimed))
        return len(claimed)

    @contextlib.asynccontextmanager
    async def holding(self, c: roaming_outbox.Claimed) -> AsyncIterator[None]:
        """Renew the row's lease while the delivery is under way (a third of the lease apart): a slow
        partner keeps the row held, and no other worker (or this one's next poll) sends it again."""

        async def hold() -> None:
            while True:
                await asyncio.sleep(roaming_outbox.LEASE.total_seconds() / 3)
                try:
                    async with self.platform.sessionmaker() as s, s.begin():
                        await roaming_outbox.renew(s, c)
                except Exception:  # noqa: BLE001 - tried again a third of the lease later
                    log.warning("could not renew the OCPI outbox lease of %s", c.key, exc_info=True)

        task = asyncio.create_task(hold(), name=f"ocpi-outbox-lease-{c.id}")
        try:
            yield
        finally:
            await cancel_and_wait(task)

    async def deliver(self, client: httpx.AsyncClient, c: roaming_outbox.Claimed) -> None:
        st = self.platform.settings
        try:
            async with self.holding(c):
                async with self.platform.sessionmaker() as s, s.begin():
                    partner = await s.get(OcpiPartner, c.partner_id)
                    if partner is None or partner.state != "REGISTERED" or not partner.outbound_token:
                        raise Undeliverable("The partner is not registered.")
                    calls = await self.render(s, partner, c)
                    token = partner.outbound_token
                await self.send(client, token, calls)
        except Undeliverable as e:
            async with self.platform.sessionmaker() as s, s.begin():
                await roaming_outbox.dropped(s, c, str(e))
            return
        except roaming.PartnerUnreachable as e:
            self.failed += 1
            log.warning("OCPI push %s to partner %s failed: %s", c.key, c.partner_id, e)
            async with self.platform.sessionmaker() as s, s.begin():
                await roaming_outbox.failed(
                    s, c, str(e), st.ocpi_retry_base_seconds, st.ocpi_retry_max_seconds
                )
            return
        self.delivered += 1
        async with self.platform.sessionmaker() as s, s.begin():
            await roaming_outbox.delivered(s, c)

    @staticmethod
    async def send(client: httpx.AsyncClient, token: str, calls: list[tuple[str, str, Any]]) -> None:
        """The first call; when it fails, the next (a Session PATCH falls back to its PUT). No call:
        nothing to deliver. A DELETE the partner answers 404 (it has no such object) is delivered."""
        for n, (method, url, body) in enumerate(calls):
            try:
                await roaming.push(client, method, url, token, body)
                return
            except roaming.PartnerUnreachable as e:
                if method == "DELETE" and e.http_status == 404:
                    return  # the partner no longer has it: what the DELETE was for
                if n == len(calls) - 1:
                    raise

    async def token_put(self, s: Any, url: str, tag_id: int) -> tuple[str, str, Any]:
        """The PUT of one of our drivers' tokens as it is now. A card whose owner was removed is
        no longer one of ours: the partner hears it is not valid."""
        cc, pid = self.platform.settings.ocpi_country_code, self.platform.settings.ocpi_party_id
        tag = await s.get(IdTag, tag_id)
        if tag is None or tag.kind not in roaming_emsp.TOKEN_TYPE:
            raise Undeliverable("The token is gone.")
        owner = await s.get(User, tag.user_id) if tag.user_id is not None else None
        token = roaming_emsp.our_token(tag, owner or User(disabled=True), cc, pid)
        return ("PUT", f"{url}/{cc}/{pid}/{quote(token['uid'], safe='')}?type={token['type']}", token)

    async def tariff_call(
        self, s: Any, url: str, tariff_id: int, delivered_once: bool
    ) -> list[tuple[str, str, Any]]:
        """One of our tariffs PUT as it is now while it is active, DELETEd once it is not (nothing
        to send for one the partner never got)."""
        cc, pid = self.platform.settings.ocpi_country_code, self.platform.settings.ocpi_party_id
        t = await s.get(Tariff, tariff_id)
        where = f"{url}/{cc}/{pid}/{tariff_id}"
        if t is not None and t.active:
            return [("PUT", where, tariffs.tariff_object(t, cc, pid))]
        return [("DELETE", where, None)] if delivered_once else []

    async def render(
        self, s: Any, partner: OcpiPartner, c: roaming_outbox.Claimed
    ) -> list[tuple[str, str, Any]]:
        """The call(s) that deliver the row's object in its current state."""
        cc, pid = self.platform.settings.ocpi_country_code, self.platform.settings.ocpi_party_id
        if c.kind == "result":  # a command's result, to the response_url the partner gave
            kept = await cpo_commands.result_call(s, int(c.ref))
            if kept is None:
                raise Undeliverable("The command result is gone.")
            return [("POST", kept[0], kept[1])]
        module = {
            "session": "sessions",
            "cdr": "cdrs",
            "evse": "locations",
            "token": "tokens",
            "tariff": "tariffs",
        }[c.kind]
        url = roaming.endpoint(partner, module, "RECEIVER")
        if not url:
            raise Undeliverable(f"The partner has no {module} receiver.")
        if c.kind == "token":
            return [await self.token_put(s, url.rstrip("/"), int(c.ref))]
        if c.kind == "tariff":
            return await self.tariff_call(s, url.rstrip("/"), int(c.ref), c.delivered_once)
        if c.kind == "cdr":  # POSTed to the receiver's URL as published
            rs = await roaming_sessions.one(s, int(c.ref))
            if rs is None:
                raise Undeliverable("The session is gone.")
            return [("POST", url, await cpo_sessions.issued_cdr(s, rs, cc, pid))]
        url = url.rstrip("/")
        if c.kind == "evse":
            charger_id, _, connector_id = c.ref.partition("-")
            charger = await roaming_sessions.charger(s, int(charger_id))
            conn = next(
                (x for x in (charger.connectors if charger else []) if str(x.connector_id) == connector_id),
                None,
            )
            if charger is None or conn is None:
                raise Undeliverable("The EVSE is gone.")
            evse = objects.evse(charger, conn)
            patch = {"status": evse["status"], "last_updated": evse["last_updated"]}
            # A receiver that does not hold the Location yet gets all of it (PUT) instead.
            tariff_id = (await roaming_tariffs.applying(s, [charger]))[charger.id]
            location = objects.location(charger, cc, pid, tariff_id)
            return [
                ("PATCH", f"{url}/{cc}/{pid}/{charger.id}/{evse['uid']}", patch),
                ("PUT", f"{url}/{cc}/{pid}/{charger.id}", location),
            ]
        rs = await roaming_sessions.one(s, int(c.ref))
        if rs is None:
            raise Undeliverable("The session is gone.")
        full = await cpo_sessions.session_object(s, rs, cc, pid)
        put = ("PUT", f"{url}/{cc}/{pid}/{full['id']}", full)
        if c.delivered_once:
            return [("PATCH", put[1], cpo_sessions.session_patch(full)), put]
        return [put]
