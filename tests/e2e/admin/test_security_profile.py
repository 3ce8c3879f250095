"""The charger page's Security tab raises a charger's security profile, in Chromium: a connected 1.6
charger (a real WebSocket charger) is told its new profile, accepts, gets a hard reset, and the page
shows the steps and the new profile; a charger that refuses keeps its own, and the page says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ocpp.conftest import connect, register

from .test_admin_spa import login, new_page


async def test_operator_raises_a_chargers_security_profile(
    server: Any, browser: Any, artifacts: Path
) -> None:
    key = await register(server.platform, "CP-PROFILE", profile=1)
    ctx, page, console = await new_page(browser, height=1100)
    page.on("dialog", lambda d: d.accept())  # the confirmation
    await login(page, server.http_url)
    async with connect(server.ocpp_url, "CP-PROFILE", key) as cp:
        await page.goto(f"{server.http_url}/admin/chargers/CP-PROFILE?tab=Security")
        card = page.locator("[data-testid=security-profile]")
        await card.get_by_text("1 — password (Basic auth)").wait_for(timeout=15000)

        cp.answers["ChangeConfiguration"] = {"status": "Rejected"}
        await card.get_by_label("Raise to").select_option("2")
        await card.get_by_role("button", name="Raise profile").click()
        await card.get_by_text("it keeps profile 1").wait_for(timeout=15000)

        cp.answers["ChangeConfiguration"] = {"status": "Accepted"}
        await card.get_by_role("button", name="Raise profile").click()
        await card.get_by_text("The charger accepted profile 2").wait_for(timeout=15000)
        assert await cp.expect("Reset") == {"type": "Hard"}
        await card.get_by_text("2 — password over TLS").first.wait_for(timeout=15000)
        steps = await card.locator("[data-testid=security-profile-steps]").inner_text()
        assert "ChangeConfiguration: Accepted" in steps, steps
        # Only a higher profile is offered now, and it is the one sent.
        assert await card.get_by_label("Raise to").input_value() == "3"
        await page.screenshot(path=str(artifacts / "security-profile-raised.png"), full_page=True)
    assert console.errors == [], console.errors
    await ctx.close()
