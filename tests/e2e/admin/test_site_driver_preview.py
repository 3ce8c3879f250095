"""A site's page in the console previews what drivers see of the site, by the driver app's own rules:
the site's chargers that drivers find (the same as the driver API's `stations`), whether each is
available now and what it costs, and the chargers drivers miss with why. Real OCPP chargers report
their statuses; the preview follows them. Screenshots at 1366x768 and 1920x1080."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from ocpp.v16 import call

from api.relay import encode_id
from domain import chargers, sites, tariffs
from tests.e2e.admin.test_admin_spa import connect, login, new_page

CPIDS = ("SITE-FREE", "SITE-BUSY", "SITE-PRIVATE")


async def _seed(server: Any) -> tuple[str, dict[str, str | None]]:
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {"name": "Standard", "price_per_kwh_sen": Decimal("80"), "tax_rate": Decimal("0")},
            is_default=True,
        )
        dc = await tariffs.create_tariff(
            s, {"name": "Mall DC", "price_per_kwh_sen": Decimal("130"), "tax_rate": Decimal("0")}
        )
        site = await sites.create(s, {"name": "Mid Valley", "address": "Lingkaran Syed Putra", "city": "KL"})
        keys: dict[str, str | None] = {}
        for i, cpid in enumerate(CPIDS):
            keys[cpid] = (
                await chargers.register(
                    s, cpid, name=f"Mid Valley {cpid[5:].title()}", address="Lingkaran Syed Putra", city="KL",
                    latitude=Decimal("3.1180") + i, longitude=Decimal("101.6770"),
                )
            ).authorization_key  # fmt: skip
            c = await chargers.get_by_cpid(s, cpid)
            assert c is not None
            c.site_id = site.id
            c.tariff_id = dc.id if cpid == "SITE-FREE" else None
            c.is_public = cpid != "SITE-PRIVATE"
    return encode_id("Site", site.id), keys


async def _text_until(locator: Any, *parts: str) -> str:
    text = ""
    for _ in range(200):
        text = await locator.inner_text()
        if all(p in text for p in parts):
            return text
        await asyncio.sleep(0.05)
    raise AssertionError(f"expected {parts} in {text!r}")


async def test_site_page_previews_what_drivers_see(server: Any, browser: Any, artifacts: Path) -> None:
    site_id, keys = await _seed(server)
    async with (
        connect(server.ocpp_url, "SITE-FREE", keys["SITE-FREE"]),
        connect(server.ocpp_url, "SITE-BUSY", keys["SITE-BUSY"]) as busy,
        connect(server.ocpp_url, "SITE-PRIVATE", keys["SITE-PRIVATE"]),
    ):
        await busy.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"))

        # What the driver app is told (anonymous, as it asks): the reference.
        r = await server.graphql(
            "{ stations(first: 100) { nodes { chargePointId available connectors { availability } } } }"
        )
        assert "errors" not in r, r
        driver = {n["chargePointId"]: n for n in r["data"]["stations"]["nodes"]}
        assert set(driver) == {"SITE-FREE", "SITE-BUSY"}
        assert driver["SITE-FREE"]["available"] and not driver["SITE-BUSY"]["available"]
        assert driver["SITE-BUSY"]["connectors"] == [{"availability": "Occupied"}]

        for width, height in ((1366, 768), (1920, 1080)):
            ctx, page, console = await new_page(browser, width, height)
            await login(page, server.http_url)
            await page.goto(f"{server.http_url}/admin/sites/{site_id}")
            preview = page.locator("[data-testid=site-driver-preview]")
            summary = page.locator("[data-testid=site-driver-summary]")
            await _text_until(summary, "Drivers find 2 chargers here, 1 available now", "MYR 0.80–1.30/kWh")
            # The same chargers as the driver API, with its availability and prices.
            shown = await preview.locator("[data-testid^=driver-station-]").evaluate_all(
                "els => els.map(e => e.dataset.testid.slice('driver-station-'.length))"
            )
            assert sorted(shown) == sorted(driver)
            free = preview.locator("[data-testid=driver-station-SITE-FREE]")
            await _text_until(free, "Available", "MYR 1.30/kWh", "(Mall DC)")
            busy_card = preview.locator("[data-testid=driver-station-SITE-BUSY]")
            await _text_until(busy_card, "Occupied", "MYR 0.80/kWh", "(Standard)")
            hidden = await preview.locator("[data-testid=site-hidden-chargers]").inner_text()
            assert "SITE-PRIVATE" in hidden and "It is not public." in hidden, hidden
            await page.screenshot(
                path=str(artifacts / f"site-driver-preview-{width}x{height}.png"), full_page=True
            )
            await ctx.close()
            assert not console.errors, console.errors

        # The charger finishes: the preview (on the next load) has both available.
        await busy.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        ctx, page, console = await new_page(browser, 1366, 768)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/sites/{site_id}")
        await _text_until(page.locator("[data-testid=site-driver-summary]"), "2 available now")
        await ctx.close()
