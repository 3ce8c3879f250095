"""Idle fees in the driver app (Chromium, a 390x844 touch phone, a real WebSocket charger): the charger
screen states the idle fee and its grace period before starting; when the car stops drawing
(SuspendedEV) the live screen says to move the car and counts the grace period down, then shows the
idle fee running; the receipt lists the idle time as its own line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from ocpp.v16 import call

from api.relay import encode_id
from tests.helpers.browser import wait_for_function
from tests.money.test_idle_fee import idle_tariff, meter_reading
from tests.ocpp.conftest import connect, register

from .conftest import card_driver, driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def text_of(testid: str) -> str:
    return f"(document.querySelector('[data-testid={testid}]')?.textContent ?? '')"


#: The text of the live screen's status pill.
PILL = "(document.querySelector('span.status[data-status]')?.textContent ?? '')"


async def test_idle_grace_countdown_then_fee_and_the_receipt_line(server_factory: Any, launch: Any) -> None:
    server, url = await pwa_server(server_factory, housekeeping_interval=0.5)
    p = server.platform
    await idle_tariff(server, grace_minutes=10, tax_rate="0")
    await card_driver(p, "idle@example.my", "Farid Idle", "CARD1010", credit_sen=5000)
    key = await register(p, "CP-IDLE-PWA", name="Pavilion P3", is_public=True)

    # The charger reports with its own timestamps: a session started 30 minutes ago.
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    t0 = now - dt.timedelta(minutes=30)
    async with connect(server.ocpp_url, "CP-IDLE-PWA", key) as cp:
        await cp.call(
            call.StatusNotification(
                connector_id=1,
                error_code="NoError",
                status="Available",
                timestamp=ts(t0 - dt.timedelta(minutes=1)),
            ),
            suppress=False,
        )
        _, _, page, console = await launch(base_url=url)
        await driver_sign_in(page, "idle@example.my")

        # Before starting: the fee and its grace period, in plain words.
        await page.goto("/c/CP-IDLE-PWA/1")
        await wait_for_function(
            page,
            f"{text_of('tariff-idle')}.includes('RM 0.50/min after 10 min once charging ends')",
            timeout=15000,
        )
        await page.locator("[data-testid=tariff-idle]").scroll_into_view_if_needed()
        await screenshot(page, "idle-fee-before-start")

        # The driver's card started the session; the car charged, and stopped drawing 9 min 35 s ago:
        # 25 s of the 10-minute grace period are left (counted from here, after the browser's start).
        ended = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=9, seconds=35)
        st = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="CARD1010", meter_start=0, timestamp=ts(t0)),
            suppress=False,
        )
        tx_id = st.transaction_id
        await cp.call(
            call.StatusNotification(
                connector_id=1, error_code="NoError", status="Charging", timestamp=ts(t0)
            ),
            suppress=False,
        )
        await meter_reading(cp, tx_id, ended, 12_000, 0)
        await cp.call(
            call.StatusNotification(
                connector_id=1, error_code="NoError", status="SuspendedEV", timestamp=ts(ended)
            ),
            suppress=False,
        )

        await page.goto(f"/charging/{encode_id('ChargingSession', tx_id)}")
        await wait_for_function(
            page,
            f"{text_of('live-idle-grace')}.includes('Charging finished — move your car within 1 min to avoid"
            " the idle fee')",
            timeout=15000,
        )
        # The status pill no longer says Charging: the car is done and the connector is held.
        await wait_for_function(page, f"{PILL} === 'Finished — idle'", timeout=15000)
        first = await page.locator("[data-testid=live-idle-countdown]").inner_text()
        assert first.startswith("Idle fee starts in 00:"), first
        await screenshot(page, "idle-fee-grace-countdown")
        # The countdown runs on the phone's clock.
        await wait_for_function(
            page, f"{text_of('live-idle-countdown')} !== {first!r} && {text_of('live-idle-countdown')} !== ''"
        )
        # Past the grace: the idle fee runs, and its amount comes from the server.
        await wait_for_function(
            page,
            f"/Idle fee running: RM (?!0\\.00)[0-9]+\\.[0-9]{{2}} so far/"
            f".test({text_of('live-idle-running')})",
            timeout=60000,
        )
        assert await page.locator("[data-testid=live-idle-grace]").count() == 0
        running = await page.locator("[data-testid=live-idle-running]").inner_text()
        assert "(RM 0.50/min)" in running, running
        assert await page.evaluate(PILL) == "Finished — idle"
        await screenshot(page, "idle-fee-running")

        stop_at = ended + dt.timedelta(minutes=10, seconds=30)  # half a minute past the grace
        await cp.call(
            call.StopTransaction(meter_stop=12_000, timestamp=ts(stop_at), transaction_id=tx_id),
            suppress=False,
        )
    # The live screen hands over to the receipt: 12 kWh x RM 1.00 + 0.5 min x RM 0.50 = RM 12.25.
    await page.wait_for_url("**/receipt/**", timeout=15000)
    await wait_for_function(page, f"{text_of('receipt')}.includes('0.5 min × RM 0.50/min')", timeout=15000)
    receipt = await page.locator("[data-testid=receipt]").inner_text()
    assert "Idle fee (after 10 min grace)" in receipt and "RM 0.25" in receipt and "RM 12.25" in receipt, (
        receipt
    )
    await screenshot(page, "idle-fee-receipt")
    console.assert_clean()
