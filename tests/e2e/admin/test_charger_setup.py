"""A charger registered in the console with a position (placed on the map) and a tariff connects as a
real OCPP charger, and drivers find it: in the driver app's list and on its map."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ocpp.v16 import call

from domain import tariffs
from tests.e2e.admin.conftest import Console, sign_in
from tests.helpers.browser import wait_for_function
from tests.ocpp.conftest import basic, connect


async def test_registered_charger_with_position_and_tariff_appears_in_driver_app(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    server = await server_factory()
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s, {"name": "Mall DC", "price_per_kwh_sen": Decimal("130"), "session_fee_sen": 100}
        )

    # The operator registers the charger in the console.
    admin_ctx = await browser.new_context(viewport={"width": 1366, "height": 768})
    page = await admin_ctx.new_page()
    console = Console(page)
    await sign_in(page, server.http_url)
    # A site first, placed on the map.
    await page.goto(f"{server.http_url}/admin/sites")
    await page.click("button:has-text('New site')")
    await page.fill("#site-name", "Sunway Pyramid")
    await page.fill("#site-address", "3 Jalan PJS 11/15, Bandar Sunway")
    await page.fill("#site-city", "Subang Jaya")
    picker = page.locator("[role=dialog] [data-testid=map-picker]")
    await picker.locator(".leaflet-tile-loaded").first.wait_for(timeout=15000)
    await picker.click(position={"x": 300, "y": 150})
    await wait_for_function(page, "document.querySelector('#site-latitude').value !== ''", timeout=10000)
    lat = float(await page.input_value("#site-latitude"))
    lng = float(await page.input_value("#site-longitude"))
    assert 2.5 < lat < 3.8 and 101.0 < lng < 102.3, (lat, lng)  # around Kuala Lumpur, where the map opens
    await picker.locator("path.leaflet-interactive").wait_for(timeout=5000)  # the marker
    # ...and refined by hand.
    await page.fill("#site-latitude", "3.073100")
    await page.fill("#site-longitude", "101.607300")
    await page.screenshot(path=str(artifacts / "new-site-with-map-1366x768.png"))
    await page.click("[role=dialog] button[type=submit]")
    await page.locator("tr", has_text="Sunway Pyramid").wait_for(timeout=10000)

    # The charger, at that site: its address and position come from the site.
    await page.goto(f"{server.http_url}/admin/chargers/new")
    await page.fill("#f-chargePointId", "E2E-SUNWAY-1")
    await page.fill("#cs-name", "Sunway Pyramid DC")
    await page.select_option("#cs-site", label="Sunway Pyramid")
    assert await page.input_value("#cs-address") == "3 Jalan PJS 11/15, Bandar Sunway"
    assert await page.input_value("#cs-city") == "Subang Jaya"
    assert (await page.input_value("#cs-latitude"), await page.input_value("#cs-longitude")) == (
        "3.073100",
        "101.607300",
    )
    await page.locator("[data-testid=map-picker] path.leaflet-interactive").wait_for(timeout=10000)
    await page.select_option("#cs-tariff", label="Mall DC")
    await page.select_option("[aria-label='Connector 1 type']", "CCS2")
    await page.fill("[aria-label='Connector 1 max power']", "60")
    await page.screenshot(path=str(artifacts / "register-charger-with-map-1366x768.png"), full_page=True)
    await page.click("button[type=submit]")
    key = (await page.locator("[data-testid=authorization-key]").inner_text(timeout=15000)).strip()
    assert re.fullmatch(r"[0-9A-F]{40}", key), key

    # The charger connects with its key, boots and reports its connector.
    headers = basic("E2E-SUNWAY-1", bytes.fromhex(key))  # the 20 bytes, as a 1.6 charger sends them
    async with connect(server.ocpp_url, "E2E-SUNWAY-1", additional_headers=headers) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"),
            suppress=False,
        )
        # What drivers see, previewed in the console: the same as the driver API.
        await page.goto(f"{server.http_url}/admin/chargers/E2E-SUNWAY-1")
        await page.click("button:has-text('Driver preview')")
        preview = page.locator("[data-testid=driver-preview]")
        await preview.locator("text=Drivers find this charger").wait_for(timeout=15000)
        text = await preview.inner_text()
        assert "Sunway Pyramid DC" in text and "Mall DC" in text and "1.30 MYR/kWh" in text, text
        await page.screenshot(path=str(artifacts / "charger-driver-preview-1366x768.png"), full_page=True)
        await page.click("button:has-text('Settings')")
        await page.locator("[data-testid=charger-settings]").wait_for()
        assert await page.input_value("#cs-latitude") == "3.073100"
        await page.locator("[data-testid=map-picker] path.leaflet-interactive").wait_for(timeout=10000)
        await page.screenshot(path=str(artifacts / "charger-settings-1366x768.png"), full_page=True)
        # The site shows it, with what drivers see.
        await page.goto(f"{server.http_url}/admin/sites")
        await page.click("a:has-text('Sunway Pyramid')")
        site_preview = page.locator("[data-testid=site-driver-preview]")
        await site_preview.locator("text=Sunway Pyramid DC").wait_for(timeout=10000)
        assert "Drivers find 1 charger here" in await site_preview.inner_text()
        await page.screenshot(path=str(artifacts / "site-detail-1366x768.png"), full_page=True)
        assert not console.errors, console.errors

        # A driver near Kuala Lumpur opens the app: the charger is in the list and on the map.
        driver_ctx = await browser.new_context(
            viewport={"width": 390, "height": 844},
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
            permissions=["geolocation"],
            geolocation={"latitude": 3.139, "longitude": 101.6869},
        )
        app = await driver_ctx.new_page()
        await app.goto(f"{server.http_url}/find")
        item = app.locator("[data-testid=charger-list] .list-item", has_text="Sunway Pyramid DC")
        await item.wait_for(timeout=20000)
        assert "km" in await item.inner_text()  # sorted by distance from the driver
        markers = app.locator("[data-testid=map] path.leaflet-interactive")
        await markers.first.wait_for(timeout=15000)
        # 11.5 km away: zoom out until the charger's marker is inside the map too.
        for zoom in (11, 10):
            await app.click("[data-testid=map] .leaflet-control-zoom-out")
            # Each tile's URL holds its zoom level: wait until tiles of the new level are asked for.
            await wait_for_function(
                app,
                f"!document.querySelector('[data-testid=map] .leaflet-zoom-anim')"
                f" && [...document.querySelectorAll('[data-testid=map] img.leaflet-tile')]"
                f".some((t) => t.src.includes('/{zoom}/'))",
                timeout=10000,
            )
        found = False
        for i in range(await markers.count()):
            await markers.nth(i).click(force=True)
            popup = app.locator(".leaflet-popup-content")
            with contextlib.suppress(Exception):
                await popup.wait_for(timeout=2000)
                if "Sunway Pyramid DC" in await popup.inner_text():
                    found = True
                    break
        assert found, "no map marker opens the charger's popup"
        await app.screenshot(path=str(artifacts / "driver-app-finds-new-charger-390x844.png"), full_page=True)
        await driver_ctx.close()
    await admin_ctx.close()
