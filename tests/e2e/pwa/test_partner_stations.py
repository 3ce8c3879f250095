"""Roaming partners' stations in the driver app on a phone (390 x 844, touch): marked as another
network's on the map (ringed pins, a legend line) and in the list (badge, live availability, the
partner's tariff before starting). The partner's Locations and Tariff reach the platform through the
OCPI receiver's domain functions (the OCPI exchange itself is tested against an extrawest-ocpi CPO in
tests/ocpi/test_emsp.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from db.models import OcpiPartner
from domain import roaming_emsp
from tests.helpers.browser import wait_for_function

from .conftest import pwa_server, screenshot

pytestmark = pytest.mark.browser

PARTNER_ITEMS = "document.querySelectorAll('[data-testid=partner-item]').length"
PARTNER_PINS = "document.querySelectorAll('[data-testid=map] path.partner-pin').length"


def location(n: int, lat: str, lng: str, statuses: tuple[str, ...]) -> dict[str, Any]:
    stamp = "2026-12-06T08:00:00Z"
    return {
        "country_code": "MY",
        "party_id": "JOM",
        "id": f"JOM-{n}",
        "publish": True,
        "name": f"Jom Hub {n}",
        "address": f"{n} Jalan Ampang",
        "city": "Kuala Lumpur",
        "country": "MYS",
        "coordinates": {"latitude": lat, "longitude": lng},
        "time_zone": "Asia/Kuala_Lumpur",
        "evses": [
            {
                "uid": f"JOM-{n}-{i}",
                "evse_id": f"MY*JOM*E{n}{i}",
                "status": status,
                "connectors": [
                    {
                        "id": "1",
                        "standard": "IEC_62196_T2_COMBO",
                        "format": "CABLE",
                        "power_type": "DC",
                        "max_voltage": 500,
                        "max_amperage": 120,
                        "max_electric_power": 60000,
                        "tariff_ids": ["DC60"],
                        "last_updated": stamp,
                    }
                ],
                "last_updated": stamp,
            }
            for i, status in enumerate(statuses, start=1)
        ],
        "last_updated": stamp,
    }


async def test_partner_stations_on_the_map_and_list_with_tariff(server_factory: Any, launch: Any) -> None:
    server, url = await pwa_server(server_factory)
    async with server.platform.sessionmaker() as s, s.begin():
        partner = OcpiPartner(
            name="JomCharge",
            state="REGISTERED",
            country_code="MY",
            party_id="JOM",
            roles=json.dumps([{"role": "CPO", "country_code": "MY", "party_id": "JOM"}]),
        )
        s.add(partner)
        await s.flush()
        await roaming_emsp.store_location(
            s, partner, location(1, "3.1450", "101.6950", ("AVAILABLE", "CHARGING"))
        )
        await roaming_emsp.store_location(s, partner, location(2, "3.1200", "101.6700", ("CHARGING",)))
        await roaming_emsp.store_tariff(
            s,
            partner,
            {
                "country_code": "MY",
                "party_id": "JOM",
                "id": "DC60",
                "currency": "MYR",
                "elements": [
                    {"price_components": [{"type": "ENERGY", "price": 1.3, "vat": 8, "step_size": 1}]},
                    {"price_components": [{"type": "FLAT", "price": 2, "vat": 8, "step_size": 1}]},
                ],
                "last_updated": "2026-12-06T08:00:00Z",
            },
        )
        partner_id = partner.id

    _, _, page, console = await launch(base_url=url)
    await page.goto("/find")
    await wait_for_function(page, f"{PARTNER_ITEMS} === 2")
    items = page.locator("[data-testid=partner-item]")
    first = " ".join((await items.nth(0).inner_text()).split())
    # Nearest first; marked as the partner's; live availability; the tariff before starting.
    assert "Jom Hub 1" in first and "Partner · JomCharge" in first, first
    assert "1/2 free" in first, first
    assert "Tariff: RM 1.30/kWh + RM 2.00 per session · excl. 8% tax" in first, first
    second = " ".join((await items.nth(1).inner_text()).split())
    assert "Jom Hub 2" in second and "0/1 free" in second and "Charging" in second, second
    # On the map: two ringed partner pins and a legend line for them.
    await wait_for_function(page, f"{PARTNER_PINS} === 2")
    assert await page.locator("[data-testid=map] path.partner-pin.pin-available").count() == 1
    assert await page.locator("[data-testid=map] path.partner-pin.pin-busy").count() == 1
    legend = " ".join((await page.locator("[data-testid=legend-partner]").inner_text()).split())
    assert legend == "Partner network 2", legend
    await screenshot(page, "pwa-partner-stations-map")
    await page.locator("[data-testid=partner-list]").scroll_into_view_if_needed()
    await screenshot(page, "pwa-partner-stations-list")

    # The partner pushes that the free EVSE is now in use: the driver sees it when the list is read
    # again (the app re-reads every 30 s; a reload here).
    async with server.platform.sessionmaker() as s, s.begin():
        await roaming_emsp.update_location_part(
            s,
            await s.get_one(OcpiPartner, partner_id),
            ("MY", "JOM", "JOM-1"),
            "JOM-1-1",
            None,
            {"status": "CHARGING", "last_updated": "2026-12-06T08:30:00Z"},
            patch=True,
        )
    await page.reload()
    await wait_for_function(page, f"{PARTNER_ITEMS} === 2")
    await wait_for_function(
        page, "document.querySelector('[data-testid=partner-item]').innerText.includes('0/2 free')"
    )
    assert await page.locator("[data-testid=map] path.partner-pin.pin-available").count() == 0
    console.assert_clean()
