"""Approving a pending charger in the console: the AuthorizationKey is shown once, with how to enter
it on the charger, and the connected charger is sent the key (ChangeConfiguration)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from tests.e2e.admin.conftest import Console, sign_in
from tests.ocpp.conftest import basic, connect


async def test_approve_pending_charger_shows_key_once_with_instructions(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    server = await server_factory(ocpp_unknown_chargers="pending")
    async with connect(server.ocpp_url, "E2E-PENDING-1", boot=False) as cp:
        assert (await cp.boot()).status == "Pending"
        ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
        page = await ctx.new_page()
        console = Console(page)
        await sign_in(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers")
        row = page.locator("tr", has_text="E2E-PENDING-1")
        await row.locator("button", has_text="Approve").click(timeout=15000)

        key = (await page.locator("[data-testid=authorization-key]").inner_text(timeout=15000)).strip()
        assert re.fullmatch(r"[0-9A-F]{40}", key), key
        howto = await page.locator("[data-testid=key-howto]").inner_text()
        assert "AuthorizationKey" in howto and "40 hex digits" in howto and "20 bytes" in howto
        assert "E2E-PENDING-1" in howto
        delivery = await page.locator("[data-testid=key-delivery]").inner_text()
        assert "accepted the key" in delivery
        change = await cp.expect("ChangeConfiguration")
        assert change == {"key": "AuthorizationKey", "value": key}
        async with asyncio.timeout(10):
            await cp.ws.wait_closed()  # it must come back with the key
        await page.screenshot(path=str(artifacts / "approve-pending-1366x900.png"), full_page=True)

        # Shown once: after a reload the key is gone from the page.
        await page.reload()
        await page.locator("tr", has_text="E2E-PENDING-1").wait_for(timeout=15000)
        assert await page.locator("[data-testid=authorization-key]").count() == 0
        assert not console.errors, console.errors
        await ctx.close()
    # The charger with the key, as a 1.6 charger sends it (the 20 bytes): boots Accepted.
    headers = basic("E2E-PENDING-1", bytes.fromhex(key))
    async with connect(server.ocpp_url, "E2E-PENDING-1", additional_headers=headers) as again:
        assert again.ws.state.name == "OPEN"
