"""The live screen's power chart (Chromium, a 390x844 touch phone, a real WebSocket charger): a driver
who opens it on a session that has been charging a while (the app reopened, another phone) sees the
power so far at once, not "waiting for readings" until two more arrive; the readings that follow are
added to it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from ocpp.v16 import call

from api.relay import encode_id
from tests.helpers.browser import wait_for_function
from tests.money.test_idle_fee import meter_reading
from tests.ocpp.conftest import connect, register

from .conftest import card_driver, driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser

CHART = "(document.querySelector('svg.chart')?.getAttribute('aria-label') ?? '')"
LINE = "(document.querySelector('svg.chart polyline')?.getAttribute('points') ?? '')"


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


@contextlib.asynccontextmanager
async def live_screen(
    server_factory: Any, launch: Any, who: str, started_ago: dt.timedelta, readings: list[tuple[int, int]]
) -> AsyncIterator[tuple[Any, int, Any, Any]]:
    """A driver's session on a public charger started `started_ago`, with a reading a minute after
    the start ((Wh, W) each), and the driver's live screen opened on it: (charger, transaction id,
    page, console)."""
    server, url = await pwa_server(server_factory)
    p = server.platform
    tag = f"CARD-{who.upper()}"
    await card_driver(p, f"{who}@example.my", f"Mei {who.title()}", tag, credit_sen=5000)
    key = await register(p, f"CP-{who.upper()}", name=f"Mid Valley {who.title()}", is_public=True)
    t0 = dt.datetime.now(dt.UTC).replace(microsecond=0) - started_ago
    async with connect(server.ocpp_url, f"CP-{who.upper()}", key) as cp:
        st = await cp.call(
            call.StartTransaction(connector_id=1, id_tag=tag, meter_start=0, timestamp=ts(t0)), suppress=False
        )
        tx = st.transaction_id
        for minute, (wh, watts) in enumerate(readings, start=1):
            await meter_reading(cp, tx, t0 + dt.timedelta(minutes=minute), wh, watts)
        _, _, page, console = await launch(base_url=url)
        await driver_sign_in(page, f"{who}@example.my")
        await page.goto(f"/charging/{encode_id('ChargingSession', tx)}")
        yield cp, tx, page, console


async def test_the_chart_shows_the_power_so_far_when_the_screen_opens(
    server_factory: Any, launch: Any
) -> None:
    # Charging for three minutes already when the driver opens the app: a reading a minute.
    readings = [(100, 6800), (220, 7200), (340, 7100)]
    async with live_screen(server_factory, launch, "chart", dt.timedelta(minutes=3), readings) as opened:
        cp, tx, page, console = opened
        # The three readings before the screen opened, at once (no new reading has come). The live
        # stream's first event (the latest reading) may be drawn first, alone.
        three = f"{LINE}.split(' ').length === 3"
        await wait_for_function(page, f"{CHART} === 'Power chart, latest 7.1 kW' && {three}", timeout=15000)
        await page.locator("svg.chart").scroll_into_view_if_needed()
        await screenshot(page, "live-chart-so-far")

        # The next reading is added to them.
        await meter_reading(cp, tx, dt.datetime.now(dt.UTC).replace(microsecond=0), 460, 5400)
        four = f"{LINE}.split(' ').length === 4"
        await wait_for_function(page, f"{CHART} === 'Power chart, latest 5.4 kW' && {four}", timeout=15000)
    assert not console.errors, console.errors


async def test_the_first_reading_is_drawn_at_once(server_factory: Any, launch: Any) -> None:
    """A charger that reads once a minute: with one reading the chart shows it (a level line), not
    "waiting for meter readings" under a power tile that already shows the same reading."""
    one_reading = [(120, 7400)]
    async with live_screen(server_factory, launch, "first", dt.timedelta(seconds=70), one_reading) as opened:
        _, _, page, console = opened
        await wait_for_function(page, f"{CHART} === 'Power chart, latest 7.4 kW'", timeout=15000)
        (x0, y0), (x1, y1) = (point.split(",") for point in (await page.evaluate(LINE)).split())
        assert y0 == y1 and float(x1) > float(x0)
        await page.locator("svg.chart").scroll_into_view_if_needed()
        await screenshot(page, "live-chart-first-reading")
    assert not console.errors, console.errors
