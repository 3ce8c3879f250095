"""The admin console's OCPP log: what a flooding charger did not get stored is summarised there, and
a secret the charger echoed back is shown masked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.e2e.admin.test_admin_spa import login, new_page
from tests.ocpp.conftest import connect, register
from tests.realtime.gql_ws import wait_until

KEY = "0123456789abcdef0123456789abcdef01234567"


async def test_the_log_view_shows_the_summary_and_masks_secrets(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    server = await server_factory(message_log_frames_per_second=2)
    key = await register(server.platform, "E2E-FLOOD")
    async with connect(server.ocpp_url, "E2E-FLOOD", key) as cp:
        cp.answers["GetConfiguration"] = {
            "configurationKey": [{"key": "AuthorizationKey", "readonly": False, "value": KEY}]
        }
        conn = server.platform.ocpp.get("E2E-FLOOD")
        await conn.call_action("GetConfiguration", {})  # the platform's command: always stored
        for i in range(60):
            await cp.send_call("DataTransfer", {"vendorId": "Flood", "data": str(i)})
    ocpp = server.platform.ocpp
    await wait_until(lambda: "E2E-FLOOD" not in ocpp.connections)  # its summary row is queued
    await ocpp.message_log.flush()

    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/ocpp-log")
    badge = page.locator("[data-testid=not-stored]").first
    await badge.wait_for(timeout=15000)
    row = page.locator("tr", has=badge)
    assert "bytes not stored" in await row.inner_text()
    answer = page.locator("tr.log-row", has_text="AuthorizationKey").first
    await answer.wait_for(timeout=15000)
    await answer.click()
    shown = await page.locator("[data-testid=payload-view]").inner_text()
    assert "********" in shown and KEY not in shown
    assert json.loads(shown)[2]["configurationKey"][0]["value"] == "********"
    await page.screenshot(path=str(artifacts / "ocpp-log-masked-1366x768.png"), full_page=True)
    await page.keyboard.press("Escape")
    await page.screenshot(path=str(artifacts / "ocpp-log-not-stored-1366x768.png"), full_page=True)
    assert KEY not in await page.content()
    assert not console.errors, console.errors
    await ctx.close()
