"""Every screen of the driver app passes an axe-core scan (no serious or critical violation) on a
390x844 touch phone against the running platform: signed out, signed in, and with a session running
on a simulated charger (the live screen) and ended (its receipt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from api.relay import encode_id
from tests.helpers.auth import make_user
from tests.helpers.axe import AXE, serious_violations
from tests.helpers.charging import START, STOP, charger_pk, wait_request
from tests.helpers.simulator import simulated_charger
from tests.money.conftest import credit_wallet

from .conftest import driver_sign_in, pwa_server, screenshot
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
