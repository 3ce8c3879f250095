"""The driver learns in the app why a charger refused the card: the wallet was below the minimum
balance. A real WebSocket charger presents the card (Authorize), the PWA in Chromium shows the reason
on the home and wallet screens with a way to top up; once topped up the notice is gone."""

from __future__ import annotations

from typing import Any

import pytest
from ocpp.v16 import call

from tests.helpers.browser import wait_for_function
from tests.money.conftest import credit_wallet
from tests.ocpp.conftest import connect, register

from .conftest import card_driver, driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser


async def test_refused_card_is_explained_with_a_way_to_top_up(server_factory: Any, launch: Any) -> None:
    server, url = await pwa_server(server_factory)
    driver = await card_driver(server.platform, "refused@example.my", "Nurul Refused", "CARD7777")
    key = await register(server.platform, "CP-LOBBY", name="Lobby charger")
    async with connect(server.ocpp_url, "CP-LOBBY", key) as cp:
        auth = await cp.call(call.Authorize(id_tag="CARD7777"), suppress=False)
    assert auth.id_tag_info["status"] == "Invalid"

    _, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, "refused@example.my")

    notice = page.locator("[data-testid=start-refusal]")
    await notice.wait_for(timeout=15000)
    text = await notice.inner_text()
    assert "Lobby charger" in text and "RM 10.00" in text and "RM 0.00" in text, text
    await screenshot(page, "start-refused-home")

    await page.click("[data-testid=start-refusal-topup]")
    await page.wait_for_url("**/wallet")
    await page.locator("[data-testid=start-refusal]").wait_for()
    await page.locator("[data-testid=topup]").wait_for()
    await screenshot(page, "start-refused-wallet")

    # Topped up: the notice no longer applies.
    await credit_wallet(server.platform, driver.id, 2000, f"pwa-refusal-{driver.id}")
    await page.goto("/home")
    await wait_for_function(
        page, "(document.querySelector('[data-testid=home-balance]')?.textContent ?? '').includes('20.00')"
    )
    assert await page.locator("[data-testid=start-refusal]").count() == 0
    console.assert_clean()
