"""A driver charges at a roaming partner's charger from the app on a phone (390 x 844, touch): the
partner (a CPO on the third-party library extrawest-ocpi, tests/ocpi/peer_cpo.py, in its own
process) is registered, its station shows in the list, the driver starts there, watches the
partner's Session arrive live, and stops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.browser import wait_for_function
from tests.ocpi.conftest import Peer, start_peer, until
from tests.security.api import PASSWORD

from .conftest import driver_sign_in, pwa_server, roaming_driver, screenshot

pytestmark = pytest.mark.browser

STATE = "document.querySelector('[data-testid=partner-live-state]')?.innerText"
KWH = "document.querySelector('[data-testid=partner-live-kwh]')?.innerText"


@pytest.fixture
def partner_cpo(tmp_path: Path) -> Iterator[Peer]:
    yield from start_peer(tmp_path, "peer_cpo.py")


async def test_driver_starts_watches_and_stops_at_a_partner(
    server_factory: Any, launch: Any, partner_cpo: Peer
) -> None:
    server, url = await pwa_server(server_factory)
    api, driver = await roaming_driver(url, partner_cpo)

    _, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, driver.email, PASSWORD)
    await page.goto("/find")
    start = page.locator("[data-testid=partner-start]")
    await start.wait_for(timeout=15000)
    await start.click()
    await page.wait_for_url("**/partner-charging/**", timeout=15000)
    await wait_for_function(page, f"{STATE} === 'Starting…'")
    (command,) = await partner_cpo.control("commands")
    assert command["command"] == "START_SESSION"

    # The partner's Session arrives: the screen follows it without a reload.
    await partner_cpo.control(
        "push-session", {"status": "ACTIVE", "kwh": 2.5, "when": "2026-12-06T08:05:00Z"}
    )
    await wait_for_function(page, f"{STATE} === 'Charging' && {KWH}.includes('2.5')")
    await screenshot(page, "pwa-partner-charging-live")

    await page.click("[data-testid=partner-stop]")
    await wait_for_function(page, "document.querySelector('[data-testid=partner-stop]')?.disabled === true")

    # The button is disabled as soon as the stop is asked for; the partner has the command once our
    # STOP_SESSION reached it.
    async def stop_received() -> bool:
        return bool((await partner_cpo.control("commands"))[-1]["command"] == "STOP_SESSION")

    await until("the STOP_SESSION at the partner", stop_received)
    await partner_cpo.control(
        "push-session", {"status": "COMPLETED", "kwh": 4, "when": "2026-12-06T08:30:00Z", "patch": True}
    )
    await wait_for_function(page, f"{STATE} === 'Finished' && {KWH}.includes('4')")
    assert await page.locator("[data-testid=partner-stop]").count() == 0
    await screenshot(page, "pwa-partner-charging-finished")
    console.assert_clean()
    await api.close()


async def test_the_driver_sees_a_start_the_partner_never_confirms_and_its_late_start(
    server_factory: Any, launch: Any, partner_cpo: Peer
) -> None:
    server, url = await pwa_server(server_factory, ocpi_command_result_timeout_seconds=2)
    api, driver = await roaming_driver(url, partner_cpo)
    # The partner's charger does not answer: no CommandResult is posted.
    await partner_cpo.control("command-result", {"hold": True, "result": "ACCEPTED"})

    _, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, driver.email, PASSWORD)
    await page.goto("/find")
    start = page.locator("[data-testid=partner-start]")
    await start.wait_for(timeout=15000)
    await start.click()
    await page.wait_for_url("**/partner-charging/**", timeout=15000)
    # Past the wait, the screen says so (live, no reload).
    await wait_for_function(
        page,
        f"{STATE} === 'No answer from the partner' && "
        "!!document.querySelector('[data-testid=partner-live-timeout]')",
    )
    await screenshot(page, "pwa-partner-start-timeout")

    # The charger starts after all: the late result and the partner's Session reach the same screen.
    await partner_cpo.control("command-result", {"hold": False, "result": "ACCEPTED"})
    await partner_cpo.control(
        "push-session", {"status": "ACTIVE", "kwh": 1.5, "when": "2026-12-06T08:05:00Z"}
    )
    await wait_for_function(
        page,
        f"{STATE} === 'Charging' && {KWH}.includes('1.5') && "
        "!document.querySelector('[data-testid=partner-live-timeout]')",
    )
    await screenshot(page, "pwa-partner-start-late")
    console.assert_clean()
    await api.close()
