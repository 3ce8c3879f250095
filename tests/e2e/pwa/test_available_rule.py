# ruff: noqa: E501 - the in-page scripts read best on one line
"""The driver app and the server agree on "available" (`domain.stations.startable`): on a phone, the
station list with "available now" shows the charger whose connector is Preparing (a car plugged in,
waiting for a start), counts that plug free and colours its pin available; the charger whose connector
is Reserved for someone else is left out, counted busy and coloured in use. Real WebSocket chargers."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import pytest
from ocpp.v16 import call

from tests.helpers.browser import wait_for_function
from tests.ocpp.conftest import connect, register

from .conftest import screenshot
from .test_pwa import free_port

pytestmark = pytest.mark.browser

LIST = "(document.querySelector('[data-testid=charger-list]')?.innerText ?? '')"
ITEMS = "document.querySelectorAll('[data-testid=charger-list] .list-item').length"


async def test_preparing_is_available_and_reserved_is_not_in_the_app(
    server_factory: Any, launch: Any
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = await server_factory(http_port=port, public_url=url)
    where = {"AV-PREP": ("3.1478", "101.7120"), "AV-RSV": ("3.1073", "101.6067")}
    keys = {
        cpid: await register(
            server.platform, cpid, name=f"Station {cpid}", latitude=Decimal(lat), longitude=Decimal(lng)
        )
        for cpid, (lat, lng) in where.items()
    }
    async with contextlib.AsyncExitStack() as up:
        for cpid, status in (("AV-PREP", "Preparing"), ("AV-RSV", "Reserved")):
            cp = await up.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
            await cp.call(
                call.StatusNotification(connector_id=1, error_code="NoError", status=status), suppress=False
            )

        _, _, page, console = await launch(base_url=url)
        await page.goto("/find?now=1")
        await wait_for_function(page, f"{ITEMS} === 1 && {LIST}.includes('Station AV-PREP')", timeout=15000)
        listed = await page.locator("[data-testid=charger-list]").inner_text()
        assert "AV-RSV" not in listed and "1/1 free" in listed and "Available" in listed, listed
        await screenshot(page, "available-now-preparing")

        await page.locator("[data-testid=filter-available-now]").tap()
        await wait_for_function(page, f"{ITEMS} === 2")
        rows = {
            name: await page.locator(
                f"[data-testid=charger-list] .list-item:has-text('Station {name}')"
            ).inner_text()
            for name in ("AV-PREP", "AV-RSV")
        }
        assert "1/1 free" in rows["AV-PREP"], rows
        assert "0/1 free" in rows["AV-RSV"] and "Available" not in rows["AV-RSV"], rows
        assert await page.locator("[data-testid=map] path.pin-available").count() == 1
        await screenshot(page, "available-preparing-and-reserved")
        console.assert_clean()
