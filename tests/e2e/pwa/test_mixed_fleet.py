"""A mixed fleet end to end: one managed site with an OCPP 1.6 charger and an OCPP 2.0.1 charger (the
firmware simulator speaking each version over a real WebSocket), driven through the real front ends in
Chromium. The driver finds both on the map, starts, watches the live session, stops and gets a receipt
on each; the operator sees both live in the chargers list, the protocol on each charger's page,
remote-starts the 2.0.1 charger and sends it a command from the operations page, sees both sessions in
the sessions list and both chargers' limits on the site's load page, and stops the session remotely.
Nothing but the charger's page tells the two apart."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from api.relay import encode_id
from db.models import Charger
from domain import idtags, tariffs
from tests.e2e.admin.conftest import operations_command
from tests.e2e.admin.conftest import sign_in as admin_sign_in
from tests.helpers.auth import make_user
from tests.helpers.browser import wait_for_function
from tests.helpers.simulator import simulated_charger
from tests.load.conftest import managed_site
from tests.money.conftest import credit_wallet

from .conftest import driver_sign_in, pwa_server, screenshot
from .test_pwa import Steps, amount, num

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SUPPLY_A = 40
ADMIN_ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "admin"
STATIONS = {
    "MIX-16": ("Mixed Bay One", "ocpp1.6", "1.6"),
    "MIX-201": ("Mixed Bay Two", "ocpp2.0.1", "2.0.1"),
}


def text_of(testid: str) -> str:
    return f"(document.querySelector('[data-testid={testid}]')?.textContent ?? '')"


async def driver_charges(page: Any, step: Steps, sim: Any, cpid: str) -> float:
    """The driver's flow on one charger: find it on the map, open it, start, watch the live session rise,
    stop, and read the receipt; returns the receipt's total."""
    name = STATIONS[cpid][0]
    async with step(f"{cpid}: find on the map"):
        await page.goto("/find")
        await page.wait_for_selector(f"[data-testid=charger-list] >> text={name}")
        # The two stations stand side by side: one pin (a cluster of two) or two circles.
        await page.locator(
            ".leaflet-container :is(.leaflet-marker-icon, path.leaflet-interactive)"
        ).first.wait_for(timeout=15000)
        cluster = page.locator(".leaflet-container .cluster")
        if await cluster.count():
            # The count is in the middle of its pin (Leaflet's own stylesheet, loaded with the map,
            # once set the pin back to a block with the number in its corner).
            # Both boxes in one read: a live status event may redraw the pins between two reads.
            await cluster.first.locator("span").wait_for(timeout=15000)
            dx, dy = await page.evaluate(
                """() => {
                    const pin = document.querySelector('.leaflet-container .cluster');
                    const p = pin.getBoundingClientRect();
                    const c = pin.querySelector('span').getBoundingClientRect();
                    const mid = (r) => [r.x + r.width / 2, r.y + r.height / 2];
                    const [[px, py], [cx, cy]] = [mid(p), mid(c)];
                    return [cx - px, cy - py];
                }"""
            )
            assert abs(dx) <= 2 and abs(dy) <= 2, (dx, dy)
        await screenshot(page, f"mixed-find-{cpid}")
    async with step(f"{cpid}: open, start enabled"):
        await page.click(f"[data-testid=charger-list] >> text={name}")
        await page.wait_for_url(re.compile(rf".*/c/{cpid}(/1)?$"), timeout=15000)
        await page.wait_for_selector("[data-testid=tariff] >> text=RM 1.20")
        await wait_for_function(
            page, "document.querySelector('[data-testid=start]')?.disabled === false", timeout=20000
        )
        await screenshot(page, f"mixed-charger-{cpid}")
    async with step(f"{cpid}: start, the live session rises"):
        await page.click("[data-testid=start]")
        await page.wait_for_url("**/charging/**", timeout=30000)
        await wait_for_function(page, f"{num('live-energy')} > 0", timeout=20000)
        first = amount(await page.inner_text("[data-testid=live-energy]"))
        await wait_for_function(
            page, f"{num('live-energy')} > {first} && {text_of('live-cost')}.includes('RM')", timeout=20000
        )
        await screenshot(page, f"mixed-live-{cpid}")
    return first


async def driver_stops(page: Any, step: Steps, cpid: str) -> float:
    async with step(f"{cpid}: stop, receipt"):
        await page.click("[data-testid=stop]")
        await page.wait_for_url("**/receipt/**", timeout=30000)
        await page.wait_for_selector("[data-testid=receipt]", timeout=30000)
        total = amount(await page.inner_text("[data-testid=receipt-total]"))
        assert total > 0
        await page.wait_for_selector(f"main >> text={STATIONS[cpid][0]}")
        # The tax line names the rate once: "Service tax · 8%", not "Service tax 8% · 8%".
        lines = await page.inner_text("[data-testid=receipt]")
        assert re.search(r"Service tax\s*·\s*8%", lines), lines
        await screenshot(page, f"mixed-receipt-{cpid}")
    return total


async def test_mixed_fleet_driver_and_operator_flows(
    server_factory: Any, launch: Any, tmp_path: Path
) -> None:
    server, url = await pwa_server(server_factory)
    p = server.platform
    driver, _ = await make_user(p, email="mixed@example.my", name="Nurul Mixed")
    await credit_wallet(p, driver.id, 5000, f"mixed-{driver.id}")
    site_id, keys, _ = await managed_site(
        p, "Mixed Depot", SUPPLY_A, [(cpid, 32) for cpid in STATIONS], tags=["STAFF-201"]
    )
    async with p.sessionmaker() as s, s.begin():
        for i, (cpid, (name, _, _)) in enumerate(STATIONS.items()):
            await s.execute(
                update(Charger)
                .where(Charger.charge_point_id == cpid)
                .values(
                    name=name,
                    address="1 Jalan Campuran",
                    city="Kuala Lumpur",
                    latitude=Decimal("3.149") + Decimal(i) / 1000,
                    longitude=Decimal("101.7133"),
                )
            )
        await tariffs.create_tariff(
            s,
            {"name": "Standard AC", "price_per_kwh_sen": Decimal("120"), "tax_rate": Decimal("0.08")},
            is_default=True,
        )
        assert await idtags.app_tag(s, driver.id) is not None
    browser, _, page, console = await launch(base_url=url)
    admin_ctx = await browser.new_context(viewport={"width": 1366, "height": 768})
    admin = await admin_ctx.new_page()
    admin_errors: list[str] = []
    admin.on("console", lambda m: admin_errors.append(m.text) if m.type == "error" else None)
    admin.on("pageerror", lambda e: admin_errors.append(f"pageerror: {e}"))
    ADMIN_ARTIFACTS.mkdir(parents=True, exist_ok=True)
    step = Steps()

    async with contextlib.AsyncExitStack() as stack:
        sims = {
            cpid: await stack.enter_async_context(
                simulated_charger(server, cpid, tmp_path / cpid, auth_key=keys[cpid], protocol=proto)
            )
            for cpid, (_, proto, _) in STATIONS.items()
        }
        async with step("driver signs in"):
            await driver_sign_in(page, "mixed@example.my")
        # The driver charges on the 1.6 charger; the session keeps running meanwhile.
        await driver_charges(page, step, sims["MIX-16"], "MIX-16")

        async with step("operator: both chargers online in the chargers list"):
            await admin_sign_in(admin, url)
            await admin.goto(f"{url}/admin/chargers")
            for cpid in STATIONS:
                await admin.wait_for_selector(f"[data-testid=online-{cpid}][data-online=true]", timeout=15000)
            await admin.screenshot(path=str(ADMIN_ARTIFACTS / "mixed-chargers.png"), full_page=True)
        async with step("operator: each charger's page shows its protocol"):
            for cpid, (_, _, version) in STATIONS.items():
                await admin.goto(f"{url}/admin/chargers/{cpid}")
                await wait_for_function(
                    admin, f"{text_of('charger-protocol')}.trim() === 'OCPP {version}'", timeout=15000
                )
                await admin.screenshot(path=str(ADMIN_ARTIFACTS / f"mixed-detail-{cpid}.png"), full_page=True)

        async with step("operator: remote start on the 2.0.1 charger from the operations page"):
            await operations_command(
                admin, url, "MIX-201", "RemoteStartTransaction", {"idTag": "STAFF-201", "connectorId": "1"}
            )
            await admin.wait_for_selector("[data-testid=command-response] >> text=Accepted", timeout=15000)
            await admin.wait_for_selector(
                "[data-testid=command-outcome] >> text=transaction started", timeout=20000
            )
        async with step("operator: a TriggerMessage to the 2.0.1 charger from the operations page"):
            await operations_command(
                admin, url, "MIX-201", "TriggerMessage", {"requestedMessage": "Heartbeat"}
            )
            await admin.screenshot(path=str(ADMIN_ARTIFACTS / "mixed-operations.png"), full_page=True)
            assert "Accepted" in await admin.inner_text("[data-testid=command-response]")

        async with step("operator: the site's load page shows both chargers' limits"):
            await admin.goto(f"{url}/admin/sites/{encode_id('Site', site_id)}")
            tree = text_of("capacity-tree")
            # 40 A shared by two running sessions: 20 A each.
            await wait_for_function(
                admin,
                f"({tree}.match(/: 20 A/g) ?? []).length >= 2 && {tree}.includes('in use 40 A')",
                timeout=20000,
            )
            await admin.locator("[data-testid=capacity-tree]").screenshot(
                path=str(ADMIN_ARTIFACTS / "mixed-site-load.png")
            )

        async with step("operator: both sessions in the sessions list, remote stop of the 2.0.1 one"):
            await admin.goto(f"{url}/admin/sessions")
            for name in ("MIX-16", "MIX-201"):
                await admin.wait_for_selector(f"tbody tr >> text={name}", timeout=15000)
            await admin.screenshot(path=str(ADMIN_ARTIFACTS / "mixed-sessions.png"), full_page=True)
            row = admin.locator("tbody tr", has=admin.locator("text=MIX-201"))
            await row.first.locator("a.row-link").click(timeout=15000)
            await admin.wait_for_selector("[data-testid=remote-stop]", timeout=15000)
            await admin.click("[data-testid=remote-stop]")
            await admin.wait_for_selector("[data-testid=stop-result].ok", timeout=15000)
            await admin.wait_for_selector("[data-testid=session-status] >> text=COMPLETED", timeout=20000)

        await driver_stops(page, step, "MIX-16")

        # The 2.0.1 charger's EV is unplugged and plugged again; then the driver charges there.
        await sims["MIX-201"].command("unplug")
        await sims["MIX-201"].command("plug")
        await driver_charges(page, step, sims["MIX-201"], "MIX-201")
        await driver_stops(page, step, "MIX-201")

    assert not admin_errors, admin_errors
    console.assert_clean()
    await admin_ctx.close()
