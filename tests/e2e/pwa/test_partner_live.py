"""Roaming partners' stations in the driver app on a phone (390 x 844, touch), against a CPO this
project did not write (extrawest-ocpi, tests/ocpi/peer_cpo.py, in its own process): its EVSE status
pushes reach the map and the list live (no reload); its station opens a detail screen like ours
(roaming badge, operator, every EVSE with connectors, power and status, the tariff as text) where the
driver reserves an EVSE and cancels; the map's filters (connector type, power, available now, our
network or partners) apply to its stations too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.browser import wait_for_function
from tests.ocpi.conftest import Peer, start_peer
from tests.security.api import PASSWORD, Api

from .conftest import driver_sign_in, pwa_server, roaming_driver, screenshot

pytestmark = pytest.mark.browser

ITEMS = "[...document.querySelectorAll('[data-testid=partner-item]')]"
PINS = "document.querySelectorAll('[data-testid=map] path.partner-pin')"


@pytest.fixture
def partner_cpo(tmp_path: Path) -> Iterator[Peer]:
    yield from start_peer(tmp_path, "peer_cpo.py")


async def _registered(server_factory: Any, peer: Peer, count: int) -> tuple[str, Api, Any]:
    """A platform serving the PWA, registered with the partner (which holds `count` locations), and a
    driver with RM 20.00."""
    _, url = await pwa_server(server_factory)
    api, driver = await roaming_driver(url, peer, locations=count)
    return url, api, driver


async def _item_text(page: Any, n: int) -> str:
    return " ".join((await page.locator("[data-testid=partner-item]").nth(n).inner_text()).split())


async def test_partner_availability_changes_live_on_the_map_and_list(
    server_factory: Any, launch: Any, partner_cpo: Peer
) -> None:
    url, api, driver = await _registered(server_factory, partner_cpo, 2)
    _, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, driver.email, PASSWORD)
    await page.goto("/find")
    await wait_for_function(page, f"{ITEMS}.length === 2 && {PINS}.length === 2")
    assert "2/2 free" in await _item_text(page, 0)
    assert await page.locator("[data-testid=map] path.partner-pin.pin-available").count() == 2
    await screenshot(page, "pwa-partner-live-before")
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))

    # The partner PATCHes both EVSEs of its nearest station to CHARGING through our Locations
    # receiver: the list and the pin follow without a reload.
    for evse in (1, 2):
        patched = await partner_cpo.control(
            "push-location", {"n": 0, "evse": evse, "evse_status": "CHARGING", "when": "2026-12-06T09:00:00Z"}
        )
        assert patched["http"] == 200, patched
    await wait_for_function(page, f"{ITEMS}[0].innerText.includes('0/2 free')")
    await wait_for_function(
        page, "document.querySelectorAll('[data-testid=map] path.partner-pin.pin-busy').length === 1"
    )
    assert "2/2 free" in await _item_text(page, 1)
    await screenshot(page, "pwa-partner-live-after")
    assert navigations == [], navigations
    console.assert_clean()
    await api.close()


async def test_partner_station_detail_reservation_and_filters(
    server_factory: Any, launch: Any, partner_cpo: Peer
) -> None:
    url, api, driver = await _registered(server_factory, partner_cpo, 2)
    _, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, driver.email, PASSWORD)
    await page.goto("/find?view=list")
    await wait_for_function(page, f"{ITEMS}.length === 2")
    await page.locator("[data-testid=partner-open]").first.click()
    await page.wait_for_url("**/p/**", timeout=15000)
    await page.locator("[data-testid=partner-station]").wait_for(timeout=15000)
    head = " ".join((await page.locator("[data-testid=partner-station]").inner_text()).split())
    assert "Roaming · another network's charger" in head, head
    assert "Operator: Peer Operator 0 · Partner · Peer CPO" in head, head
    assert "2/2 free" in head, head
    tariff = await page.locator("[data-testid=partner-tariff-text]").inner_text()
    assert tariff == "RM 1.20/kWh + RM 1.00 per session · excl. 8% tax", tariff
    evses = page.locator("[data-testid=partner-evse]")
    assert await evses.count() == 2
    first = " ".join((await evses.nth(0).inner_text()).split())
    assert "SG*XWC*E01" in first and "Type2 · AC 3 PHASE · 22.0 kW" in first and "Available" in first, first
    # Only the EVSE the partner says is RESERVABLE offers a reservation.
    assert await evses.nth(0).locator("[data-testid=partner-evse-reserve]").count() == 1
    assert await evses.nth(1).locator("[data-testid=partner-evse-reserve]").count() == 0
    await screenshot(page, "pwa-partner-station-detail")

    await evses.nth(0).locator("[data-testid=partner-evse-reserve]").click()
    await wait_for_function(
        page,
        "document.querySelector('[data-testid=partner-reservation]')?.innerText.startsWith('Reserved until')",
    )
    command = (await partner_cpo.control("commands"))[-1]
    assert command["command"] == "RESERVE_NOW" and command["data"]["evse_uid"].upper() == "LOC0-E1"
    await screenshot(page, "pwa-partner-station-reserved")
    await page.locator("[data-testid=partner-evse-cancel]").click()
    await wait_for_function(
        page,
        "document.querySelector('[data-testid=partner-reservation]')?.innerText === 'Reservation cancelled.'",
    )
    assert (await partner_cpo.control("commands"))[-1]["command"] == "CANCEL_RESERVATION"
    await screenshot(page, "pwa-partner-station-cancelled")

    # The map's filters apply to partners' stations (Type 2 AC, 22 kW).
    async def partners_shown(query: str) -> int:
        await page.goto(f"/find?view=list&{query}")
        await page.locator("main h2").first.wait_for(timeout=15000)
        await page.wait_for_load_state("networkidle")
        return int(await page.locator("[data-testid=partner-item]").count())

    assert await partners_shown("type=Type2") == 2
    assert await partners_shown("type=CCS2") == 0
    assert await partners_shown("kw=22") == 2
    assert await partners_shown("kw=50") == 0
    assert await partners_shown("net=ours") == 0
    assert await partners_shown("net=partners") == 2
    assert await page.locator("[data-testid=charger-list]").count() == 0  # our network hidden
    await screenshot(page, "pwa-partner-filter-partners")
    for evse in (1, 2):
        await partner_cpo.control(
            "push-location",
            {"n": 1, "evse": evse, "evse_status": "OUTOFORDER", "when": "2026-12-06T09:00:00Z"},
        )
    assert await partners_shown("now=1") == 1
    console.assert_clean()
    await api.close()
