"""The driver's live screen says when the site limits the power, and to how much: a driver charges on
a managed site (a real WebSocket charger, the platform's allocation), the PWA in Chromium shows
"limited by the site to 16.6 kW"; a second car arrives and the figure drops to the new share."""

from __future__ import annotations

from typing import Any

import pytest
from ocpp.v16 import call

from api.relay import encode_id
from tests.helpers.browser import wait_for_function
from tests.load.conftest import Profiles, iso, managed_site
from tests.ocpp.conftest import connect

from .conftest import card_driver, driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser

NOTICE = "(document.querySelector('[data-testid=live-site-limit]')?.textContent ?? '')"


async def test_the_live_screen_says_the_site_limits_the_power(server_factory: Any, launch: Any) -> None:
    server, url = await pwa_server(server_factory)
    p = server.platform
    await card_driver(p, "limited@example.my", "Aisyah Limited", "CARD2424", credit_sen=5000)
    prof = Profiles()
    _, keys, _ = await managed_site(p, "Condo B", 24, [("SL-1", 32), ("SL-2", 32)], tags=["NEIGHBOUR"])
    async with (
        connect(server.ocpp_url, "SL-1", keys["SL-1"]) as one,
        connect(server.ocpp_url, "SL-2", keys["SL-2"]) as two,
    ):
        for cp in (one, two):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        started = await one.call(
            call.StartTransaction(connector_id=1, id_tag="CARD2424", meter_start=0, timestamp=iso())
        )
        assert started.id_tag_info["status"] == "Accepted", started
        await one.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"))
        await prof.wait(lambda: prof.last_limit("SL-1") == 24)

        _, _, page, console = await launch(base_url=url)
        await driver_sign_in(page, "limited@example.my")
        await page.goto(f"/charging/{encode_id('ChargingSession', started.transaction_id)}")
        # 24 A x 230 V x 3 phases on a 32 A charger.
        await wait_for_function(page, f"{NOTICE}.includes('limited by the site to 16.6 kW')", timeout=15000)
        await screenshot(page, "live-limited-by-site")

        await two.call(
            call.StartTransaction(connector_id=1, id_tag="NEIGHBOUR", meter_start=0, timestamp=iso())
        )
        await prof.wait(lambda: prof.last_limit("SL-1") == 12)
        await wait_for_function(page, f"{NOTICE}.includes('8.3 kW')", timeout=15000)
        await screenshot(page, "live-limited-by-site-shared")
        console.assert_clean()
