"""The console's roaming partners page in Chromium: a partner (the extrawest-ocpi peer, in its own
process) registered with us shows its handshake state, the modules each side offers, and the last
OCPI calls in both directions with their outcome, a failed push among them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.ocpi.conftest import Peer, ocpi_peer, roaming_charger, until
from tests.ocpi.test_roaming import PARTNERS, peer_registers_with_us, tok
from tests.ocpp.conftest import connect

from .test_admin_spa import login, new_page

__all__ = ["ocpi_peer"]


async def test_roaming_partner_page_shows_handshake_modules_and_calls(
    server: Any, browser: Any, artifacts: Path, ocpi_peer: Peer
) -> None:
    api, admin = await peer_registers_with_us(server, ocpi_peer)
    (partner,) = (await api.ok(PARTNERS, token=admin))["ocpiPartners"]
    token = (await ocpi_peer.control("state"))["platform_token"]
    await ocpi_peer.control("push-token", {"uid": "WEB01"})
    async with httpx.AsyncClient() as c:
        assert (
            await c.get(f"{server.http_url}/ocpi/2.2.1/sessions?limit=zero", headers=tok(token))
        ).status_code == 400
    key = await roaming_charger(server, "CP-WEB")
    ocpi_peer.down()  # the status push below fails
    async with connect(server.ocpp_url, "CP-WEB", key) as cp:
        await cp.send_call(
            "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
        )

        async def failed_push() -> Any:
            q = "query($id: ID!) { ocpiPartnerCalls(id: $id) { direction httpStatus } }"
            calls = (await api.ok(q, {"id": partner["id"]}, token=admin))["ocpiPartnerCalls"]
            return any(c["direction"] == "out" and c["httpStatus"] is None for c in calls)

        await until("a failed push in the log", failed_push)

    ctx, page, console = await new_page(browser, height=1400)
    await login(page, server.http_url)
    await page.click("nav >> text=Roaming partners")
    card = page.locator("[data-testid=roaming-partner]")
    await card.wait_for(timeout=15000)
    text = await card.inner_text()
    assert "Peer" in text and "REGISTERED" in text and "SG*XWP" in text, text
    modules = (await card.locator("[data-testid=roaming-modules]").inner_text()).lower()
    assert "they offer" in modules and "we offer" in modules
    assert "sessions" in modules and "commands" in modules and "cdrs" in modules, modules
    # The calls once loaded (a first row may be the "Loading…" one).
    await card.locator("tbody tr", has_text="/ocpi/2.2.1/tokens/SG/XWP/WEB01").wait_for(timeout=15000)
    table = await card.locator("table").inner_text()
    assert "PUT /ocpi/2.2.1/tokens/SG/XWP/WEB01" in table, table
    assert "GET /ocpi/2.2.1/sessions" in table and "400 · 2001" in table, table
    assert "no answer" in table and "To partner" in table and "From partner" in table
    assert "failed" in (await card.locator("[data-testid=roaming-error-count]").inner_text()).lower()
    await page.screenshot(path=str(artifacts / "roaming-partners.png"), full_page=True)
    assert console.errors == [], console.errors
    await ctx.close()
