"""Every screen of the driver app passes an axe-core scan (no serious or critical violation) on a
390x844 touch phone against the running platform: signed out, signed in, and with a session running
on a simulated charger (the live screen) and ended (its receipt); and the roaming screens (a
partner's station, a session at a partner's charger)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.relay import encode_id
from tests.helpers.auth import make_user
from tests.helpers.axe import AXE, serious_violations
from tests.helpers.browser import wait_for_function
from tests.helpers.charging import START, STOP, charger_pk, wait_request
from tests.helpers.simulator import simulated_charger
from tests.money.conftest import credit_wallet
from tests.ocpi.conftest import Peer, start_peer
from tests.security.api import PASSWORD

from .conftest import driver_sign_in, pwa_server, roaming_driver, screenshot
from .test_pwa import add_public_charger

CPID = "AXE-1"
SIGNED_OUT = ["/login", "/register", "/find", f"/c/{CPID}", "/faq", "/contact"]
SIGNED_IN = [
    "/home",
    "/find",
    f"/c/{CPID}/1",
    f"/c/{CPID}/report",
    "/wallet",
    "/payment-methods",
    "/history",
    "/rewards",
    "/membership",
    "/profile",
    "/profile/edit",
    "/vehicles",
    "/invite",
]


async def _scan(page: Any, path: str, found: dict[str, list[dict[str, Any]]]) -> None:
    await page.goto(path)
    await page.wait_for_selector("main, [role=main], header", timeout=15000)
    await page.wait_for_load_state("networkidle")
    violations = await serious_violations(page)
    await screenshot(page, "axe" + path.replace("/", "-"))
    if violations:
        found[path] = violations


async def test_every_screen_passes_axe(server_factory: Any, launch: Any, tmp_path: Path) -> None:
    if not AXE.exists():
        pytest.fail("axe-core not installed (npm ci in admin_spa/)")
    server, url = await pwa_server(server_factory)
    await add_public_charger(server, CPID)
    driver, token = await make_user(server.platform, email="nadia@example.my", name="Nadia Scan")
    await credit_wallet(server.platform, driver.id, 5000, "axe-topup")
    found: dict[str, list[dict[str, Any]]] = {}
    _, _, page, console = await launch(base_url=url)
    for path in SIGNED_OUT:
        await _scan(page, path, found)
    await driver_sign_in(page, "nadia@example.my")
    for path in SIGNED_IN:
        await _scan(page, path, found)

    async with simulated_charger(server, CPID, tmp_path / "sim"):
        started = await server.graphql(
            START,
            {"input": {"chargerId": encode_id("Charger", await charger_pk(server, CPID)), "connectorId": 1}},
            token=token,
        )
        rid = started["data"]["startCharging"]["request"]["id"]
        session = (await wait_request(server, token, rid, "STARTED"))["session"]
        await _scan(page, f"/charging/{session['id']}", found)
        stopped = await server.graphql(STOP, {"input": {"sessionId": session["id"]}}, token=token)
        assert stopped["data"]["stopCharging"]["errors"] == [], stopped
        await page.goto(f"/receipt/{session['id']}")
        await page.wait_for_selector("[data-testid=receipt]", timeout=30000)
        await _scan(page, f"/receipt/{session['id']}", found)

    assert found == {}, found
    console.assert_clean()


@pytest.fixture
def partner_cpo(tmp_path: Path) -> Iterator[Peer]:
    yield from start_peer(tmp_path, "peer_cpo.py")


async def test_partner_screens_pass_axe(server_factory: Any, launch: Any, partner_cpo: Peer) -> None:
    """The roaming screens: a partner's station (signed out, then with the driver's reservation) and
    a session at a partner's charger (timed out, then charging). The partner is a CPO on
    extrawest-ocpi (tests/ocpi/peer_cpo.py)."""
    if not AXE.exists():
        pytest.fail("axe-core not installed (npm ci in admin_spa/)")
    _, url = await pwa_server(server_factory, ocpi_command_result_timeout_seconds=1)
    api, driver = await roaming_driver(url, partner_cpo)
    station = (await api.ok("{ partnerStations { id } }"))["partnerStations"][0]["id"]
    found: dict[str, list[dict[str, Any]]] = {}
    _, _, page, console = await launch(base_url=url)
    await _scan(page, f"/p/{station}", found)
    await driver_sign_in(page, driver.email, PASSWORD)
    await page.goto(f"/p/{station}")
    await page.locator("[data-testid=partner-evse-reserve]").click()
    await wait_for_function(page, "!!document.querySelector('[data-testid=partner-reservation]')")
    violations = await serious_violations(page)
    await screenshot(page, "axe-partner-station-reserved")
    if violations:
        found["/p/ (reserved)"] = violations
    await page.locator("[data-testid=partner-evse-cancel]").click()

    # A start the partner never confirms (TIMEOUT), then the partner's Session arrives.
    await partner_cpo.control("command-result", {"hold": True, "result": "ACCEPTED"})
    started = await api.ok(
        'mutation($s: ID!) { startPartnerCharging(stationId: $s, evseUid: "LOC0-E1") { session { id } } }',
        {"s": station},
        token=driver.access,
    )
    session = started["startPartnerCharging"]["session"]["id"]
    await page.goto(f"/partner-charging/{session}")
    await wait_for_function(page, "!!document.querySelector('[data-testid=partner-live-timeout]')")
    await _scan(page, f"/partner-charging/{session}", found)
    await partner_cpo.control("command-result", {"hold": False})
    await partner_cpo.control("push-session", {"status": "ACTIVE", "kwh": 1, "when": "2026-12-06T08:05:00Z"})
    await wait_for_function(page, "!!document.querySelector('[data-testid=partner-stop]')")
    violations = await serious_violations(page)
    if violations:
        found["/partner-charging/ (charging)"] = violations
    assert found == {}, found
    console.assert_clean()
    await api.close()
