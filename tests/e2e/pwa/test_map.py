# ruff: noqa: E501 - the in-page scripts read best on one line
"""The station map as a driver uses it on a phone (390 x 844, touch), against the running platform with
real WebSocket chargers reporting their status (`tests/ocpp/conftest.py`): clustered pins coloured by
availability with a legend, the view fitted to the stations and the driver, server-side filters
that narrow the pins and the list alike, the list/map toggle keeping the filters, and a visible
notice when the tile server fails (the service worker no longer hides a failed tile)."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import pytest
from ocpp.v16 import call

from domain import charger_setup, chargers, tariffs
from tests.helpers.browser import wait_for_function
from tests.helpers.tiles import tile_server
from tests.ocpp.conftest import SimCharger, connect, register

from .conftest import pwa_server, screenshot
from .test_pwa import free_port

pytestmark = pytest.mark.browser

#: The driver (the browser's position in `launch`) is at 3.139, 101.6869 (Kuala Lumpur).
#: Three stations in one block of Bukit Bintang (~100 m apart): they share a pin at city zoom.
STATIONS: dict[str, dict[str, Any]] = {
    "MAP-KL-A": {"at": ("3.1478", "101.7120"), "status": "Available", "type": "CCS2", "kw": "60"},
    "MAP-KL-B": {"at": ("3.1486", "101.7125"), "status": "Charging", "type": "CCS2", "kw": "60"},
    "MAP-KL-C": {"at": ("3.1480", "101.7131"), "status": "Faulted", "type": "Type2", "kw": "22"},
    # Petaling Jaya, ~10 km away: free now, but on a dearer tariff of its own (RM 1.40/kWh).
    "MAP-PJ": {"at": ("3.1073", "101.6067"), "status": "Available", "type": "CCS2", "kw": "120"},
    # Bangsar: registered, never connected (offline).
    "MAP-BANGSAR": {"at": ("3.1300", "101.6710"), "status": None, "type": "Type2", "kw": "7.4"},
}

#: Pins on the map as the driver sees them: single pins plus the count of each cluster.
PINS_SHOWN = """(() => {
  const single = document.querySelectorAll('[data-testid=map] path.pin').length;
  const grouped = [...document.querySelectorAll('[data-testid=map] .cluster')].reduce((n, e) => n + Number(e.textContent), 0);
  return single + grouped; })()"""
ZOOM = "Number(document.querySelector('[data-testid=map] .leaflet-container')?.dataset.zoom)"
LIST_ITEMS = "document.querySelectorAll('[data-testid=charger-list] .list-item').length"

#: Every marker and the driver's dot lie inside the map's box (the view was fitted to them).
ALL_IN_VIEW = """(() => {
  const box = document.querySelector('[data-testid=map]').getBoundingClientRect();
  const marks = [...document.querySelectorAll('[data-testid=map] path.pin, [data-testid=map] path.you, [data-testid=map] .cluster')];
  return marks.length > 0 && marks.every(e => { const r = e.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom; }); })()"""

#: The map's own controls (zoom buttons, cluster pins) smaller than a 44 x 44 px touch target.
SMALL_MAP_TARGETS = """[...document.querySelectorAll('[data-testid=map] .leaflet-control-zoom a, [data-testid=map] .cluster')]
  .map(e => e.getBoundingClientRect()).filter(r => r.width < 44 || r.height < 44).length"""


async def _seed(server: Any) -> dict[str, str]:
    keys: dict[str, str] = {}
    for cpid, spec in STATIONS.items():
        lat, lng = spec["at"]
        keys[cpid] = await register(
            server.platform,
            cpid,
            name=f"Station {cpid}",
            city="Kuala Lumpur",
            latitude=Decimal(lat),
            longitude=Decimal(lng),
        )
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s, {"name": "Standard", "price_per_kwh_sen": Decimal("95")}, is_default=True
        )
        dear = await tariffs.create_tariff(s, {"name": "DC fast", "price_per_kwh_sen": Decimal("140")})
        for cpid, spec in STATIONS.items():
            charger = await chargers.get_by_cpid(s, cpid)
            assert charger is not None
            await charger_setup.set_connectors(
                s, charger, [charger_setup.ConnectorSpec(1, spec["type"], Decimal(spec["kw"]))]
            )
            if cpid == "MAP-PJ":
                await tariffs.assign_tariff(s, charger.id, dear.id)
    return keys


async def test_map_clusters_filters_toggle_and_tile_failure(server_factory: Any, launch: Any) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with contextlib.ExitStack() as tiles_up:
        tiles = tiles_up.enter_context(tile_server())
        server = await server_factory(
            http_port=port,
            public_url=url,
            map_tile_url=tiles,
            map_tile_attribution='&copy; <a href="https://tiles.example.my/">Peta Ujian</a> contributors',
        )
        keys = await _seed(server)
        async with contextlib.AsyncExitStack() as connected:
            for cpid, spec in STATIONS.items():
                if spec["status"] is None:
                    continue
                cp: SimCharger = await connected.enter_async_context(
                    connect(server.ocpp_url, cpid, keys[cpid])
                )
                error = "GroundFailure" if spec["status"] == "Faulted" else "NoError"
                await cp.call(
                    call.StatusNotification(connector_id=1, error_code=error, status=spec["status"])
                )

            _, _, page, console = await launch(base_url=url)
            await page.goto("/")
            await wait_for_function(page, "navigator.serviceWorker.ready.then(() => true)")
            await page.goto("/find")
            await wait_for_function(page, "!!navigator.serviceWorker.controller")

            # All five stations: the Bukit Bintang three as one pin, coloured by the best of them.
            await wait_for_function(page, f"{PINS_SHOWN} === 5")
            cluster = page.locator("[data-testid=map] .cluster")
            assert await cluster.count() == 1
            assert (await cluster.inner_text()).strip() == "3"
            assert "cluster-available" in (await cluster.get_attribute("class") or "")
            assert "1 available, 1 in use, 1 offline or faulted" in (
                await cluster.get_attribute("title") or ""
            )
            assert await page.locator("[data-testid=map] path.pin-available").count() == 1  # Petaling Jaya
            assert await page.locator("[data-testid=map] path.pin-offline").count() == 1  # Bangsar
            legend = await page.locator("[data-testid=map-legend]").inner_text()
            for line in ("Available 2", "In use 1", "Offline or faulted 2", "You"):
                assert line in " ".join(legend.split()), legend
            # The view holds every station and the driver; real tiles came from the tile server.
            await wait_for_function(page, ALL_IN_VIEW)
            assert (
                await page.evaluate(ZOOM) >= 10
            )  # the lowest zoom the view takes before the tile server goes down
            await wait_for_function(
                page,
                "[...document.querySelectorAll('img.leaflet-tile')].some(i => i.complete && i.naturalWidth === 256)",
            )
            assert await page.evaluate(SMALL_MAP_TARGETS) == 0
            # The configured attribution (MAP_TILE_ATTRIBUTION), with its link.
            attribution = page.locator("[data-testid=map] .leaflet-control-attribution")
            assert "Peta Ujian contributors" in await attribution.inner_text()
            assert await attribution.locator("a[href='https://tiles.example.my/']").count() == 1
            assert await page.locator("[data-testid=map-tiles-failed]").count() == 0
            await screenshot(page, "map-clusters")

            # Tapping the cluster zooms to its stations: three pins, one of each colour.
            await cluster.tap()
            await wait_for_function(
                page, "document.querySelectorAll('[data-testid=map] .cluster').length === 0"
            )
            for state in ("available", "busy", "offline"):
                assert await page.locator(f"[data-testid=map] path.pin-{state}").count() >= 1, state
            await screenshot(page, "map-cluster-opened")

            # Filters, applied by the server: the pins and the list narrow together.
            await page.locator("[data-testid=filter-available-now]").tap()
            await wait_for_function(page, f"{PINS_SHOWN} === 2 && {LIST_ITEMS} === 2")
            await page.locator("[data-testid='filter-price-1.00']").tap()
            await wait_for_function(page, f"{PINS_SHOWN} === 1 && {LIST_ITEMS} === 1")
            assert "Station MAP-KL-A" in await page.locator("[data-testid=charger-list]").inner_text()
            assert await page.locator("[data-testid=map] path.pin-available").count() == 1
            await wait_for_function(page, ALL_IN_VIEW)
            await screenshot(page, "map-filtered")

            # The list/map toggle keeps the filters (they are in the address, too).
            await page.locator("[data-testid=view-list]").tap()
            await wait_for_function(page, "!document.querySelector('[data-testid=map]')")
            assert await page.evaluate(LIST_ITEMS) == 1
            assert (
                await page.locator("[data-testid=filter-available-now]").get_attribute("aria-pressed")
                == "true"
            )
            assert "now=1" in page.url and "price=1.00" in page.url and "view=list" in page.url
            await screenshot(page, "map-toggle-list")
            await page.locator("[data-testid=view-map]").tap()
            await wait_for_function(page, f"{PINS_SHOWN} === 1 && {LIST_ITEMS} === 1")
            # Dropping "available now" keeps the price: everything but the dearer Petaling Jaya station.
            await page.locator("[data-testid=filter-available-now]").tap()
            await wait_for_function(page, f"{PINS_SHOWN} === 4 && {LIST_ITEMS} === 4")

            # The tile server goes down: tiles not seen before fail, and the map says so.
            tiles_up.close()
            # Zoom out below every zoom shown so far (it never went under 10), so the tiles
            # needed were never cached. One tap at a time: Leaflet ignores a tap during a zoom
            # (and may drop the first one), so each waits for the zoom to change.
            zoom_out = page.locator("[data-testid=map] .leaflet-control-zoom-out")
            for _ in range(20):
                if (zoom := int(await page.evaluate(ZOOM))) <= 9:
                    break
                await zoom_out.tap()
                with contextlib.suppress(TimeoutError):  # a tap may be dropped: tap again
                    await wait_for_function(page, f"{ZOOM} === {zoom - 1}", timeout=2000)
            assert await page.evaluate(ZOOM) <= 9
            notice = page.locator("[data-testid=map-tiles-failed]")
            await notice.wait_for(state="visible", timeout=20000)
            assert "Map tiles are unavailable" in await notice.inner_text()
            assert await page.evaluate("!!navigator.serviceWorker.controller")
            await screenshot(page, "map-tiles-failed")

    # The only console errors are the tiles that failed once the tile server was gone.
    unexpected = [e for e in console.errors if "Failed to load resource" not in e]
    assert not unexpected, unexpected


async def test_map_filters_and_legend_in_malay_and_chinese(server_factory: Any, launch: Any) -> None:
    """The filters, the legend and the empty list speak the browser's language; a filter in the address
    (a shared or restored link) is applied by the server and shown as chosen."""
    server, url = await pwa_server(server_factory)
    await _seed(server)  # no charger connected: none is available now
    for locale, chip, legend, none in [
        ("ms-MY", "Tersedia sekarang", "Luar talian atau rosak", "Tiada stesen"),
        ("zh-CN", "现在可用", "离线或故障", None),
    ]:
        _, _, page, console = await launch(base_url=url, locale=locale)
        await page.goto("/find?now=1&price=1.00")
        now = page.locator("[data-testid=filter-available-now]")
        await now.wait_for()
        assert (await now.inner_text()).strip() == chip
        assert await now.get_attribute("aria-pressed") == "true"
        assert await page.locator("[data-testid='filter-price-1.00']").get_attribute("aria-pressed") == "true"
        assert legend in await page.locator("[data-testid=map-legend]").inner_text()
        await wait_for_function(
            page,
            f"{LIST_ITEMS} === 0 && document.querySelector('[data-testid=map]')?.dataset.stations === '0'",
        )
        if none:
            await page.locator(f"[data-testid=charger-list] >> text={none}").wait_for()
        # Without "available now" the offline stations under RM 1.00 come back.
        await now.tap()
        await wait_for_function(page, f"{PINS_SHOWN} === 4 && {LIST_ITEMS} === 4")
        await screenshot(page, f"map-{locale}")
        console.assert_clean()
