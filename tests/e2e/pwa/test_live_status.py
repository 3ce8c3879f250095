# ruff: noqa: E501 - the in-page scripts read best on one line
"""A driver's charger screen reads the charger, then subscribes to its live status. A change landing
between the two came on no subscription: the screen showed the charger Available while it was not,
until its next change. The subscription's first event says it is in place and the screen reads the
charger again then. Shown by holding the app's subscription back over its WebSocket while the charger
(a real WebSocket charger) changes, then letting it through."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from db.models import Charger, Connector
from tests.helpers.auth import make_user
from tests.helpers.browser import wait_for_function
from tests.ocpp.conftest import connect, register

from .conftest import driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser

STATUS = "(document.querySelector('[data-testid=charger-status]')?.innerText ?? '')"


async def test_a_change_before_the_live_status_is_in_place_reaches_the_screen(
    server_factory: Any, launch: Any
) -> None:
    server, url = await pwa_server(server_factory)
    p = server.platform
    await make_user(p, email="watcher@example.my", name="Farid Watcher")
    key = await register(
        p, "LIVE-1", name="Station LIVE-1", latitude=Decimal("3.1390"), longitude=Decimal("101.6869")
    )
    async with connect(server.ocpp_url, "LIVE-1", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        _, _, page, console = await launch(base_url=url)
        await driver_sign_in(page, "watcher@example.my")

        # The app's chargerStatus subscriptions wait in the test until released; the rest passes.
        held: list[str] = []
        released = asyncio.Event()
        some_held = asyncio.Event()

        def route(ws: Any) -> None:
            upstream = ws.connect_to_server()

            def from_page(message: str | bytes) -> None:
                text = message if isinstance(message, str) else message.decode()
                if not released.is_set() and '"subscribe"' in text and "chargerStatus" in text:
                    held.append(text)
                    some_held.set()
                    return
                upstream.send(message)

            ws.on_message(from_page)

            async def release() -> None:
                await released.wait()
                for text in held:
                    upstream.send(text)

            asyncio.get_running_loop().create_task(release())

        await page.route_web_socket("**/graphql", route)
        await page.goto("/c/LIVE-1")  # a new page load: a new WebSocket, routed
        await wait_for_function(page, f"{STATUS} === 'Available'", timeout=15000)
        async with asyncio.timeout(15):
            await some_held.wait()

        # The charger changes while the screen's subscription is not in place yet.
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Unavailable"),
            suppress=False,
        )
        async with asyncio.timeout(15):
            while True:  # a database poll: the status is stored
                async with p.sessionmaker() as s:
                    status = await s.scalar(
                        select(Connector.status)
                        .join(Charger, Connector.charger_id == Charger.id)
                        .where(Charger.charge_point_id == "LIVE-1", Connector.connector_id == 1)
                    )
                if status == "Unavailable":
                    break
                await asyncio.sleep(0.1)
        assert await page.evaluate(STATUS) == "Available"  # what the screen read before the change
        await screenshot(page, "live-status-before-subscription")

        released.set()
        await wait_for_function(page, f"{STATUS} === 'Unavailable'", timeout=15000)
        await screenshot(page, "live-status-read-again-once-subscribed")

        # Later changes arrive on the subscription as before.
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        await wait_for_function(page, f"{STATUS} === 'Available'", timeout=15000)
        console.assert_clean()
