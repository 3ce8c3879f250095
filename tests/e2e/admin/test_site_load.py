"""The console's site page: an operator builds the site's capacity tree (the main supply, then a
charger under it), a wrong node gets its error, and the tree shows each charger's limit now, live, as
real WebSocket chargers start charging and the platform shares the supply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocpp.v16 import call

from api.relay import encode_id
from db.models import IdTag
from domain import chargers, sites
from tests.helpers.browser import wait_for_function
from tests.load.conftest import Profiles, iso
from tests.ocpp.conftest import connect

from .conftest import Console, sign_in

TREE = "(document.querySelector('[data-testid=capacity-tree]')?.textContent ?? '')"


async def test_operator_builds_the_capacity_tree_and_sees_the_limits_live(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    server = await server_factory()
    p = server.platform
    keys: dict[str, str] = {}
    async with p.sessionmaker() as s, s.begin():
        site = await sites.create(s, {"name": "Menara Parking"})
        for cpid in ("ML-1", "ML-2"):
            reg = await chargers.register(s, cpid, site_id=site.id)
            assert reg.authorization_key is not None
            keys[cpid] = reg.authorization_key
        s.add(IdTag(id_tag="ML-TAG-1", kind="rfid", status="Accepted"))
        s.add(IdTag(id_tag="ML-TAG-2", kind="rfid", status="Accepted"))
    ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await ctx.new_page()
    console = Console(page)
    await sign_in(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/sites/{encode_id('Site', site.id)}")
    await page.locator("[data-testid=capacity-tree]").wait_for(timeout=15000)

    async def add(
        kind: str, name: str, limit: str, parent: str | None = None, charger: str | None = None
    ) -> None:
        await page.select_option("#node-kind", kind)
        await page.fill("#node-name", name)
        await page.fill("#node-limit", limit)
        if parent:
            await page.select_option("#node-parent", label=parent)
        if charger:
            await page.select_option("#node-charger", label=charger)
        await page.click("[data-testid=capacity-tree] button:has-text('Add')")

    await add("SUPPLY", "Main board", "40")
    await wait_for_function(page, f"{TREE}.includes('Main board') && {TREE}.includes('40 A per phase')")
    await add("CIRCUIT", "No parent", "10", parent="Main board")  # fine: a circuit under the supply
    await wait_for_function(page, f"{TREE}.includes('No parent')")
    await add("SUPPLY", "Second supply", "10")  # refused: a site has one main supply
    await page.locator("[data-testid=capacity-tree] [role=alert]").wait_for()
    assert "main supply" in (await page.locator("[data-testid=capacity-tree] [role=alert]").inner_text())
    await page.click("button[aria-label='Remove No parent']")
    await wait_for_function(page, f"!{TREE}.includes('No parent')")
    for cpid in ("ML-1", "ML-2"):
        await add("CHARGER", cpid, "32", parent="Main board", charger=cpid)
        await wait_for_function(page, f"{TREE}.includes('{cpid} charger')")

    prof = Profiles()
    async with (
        connect(server.ocpp_url, "ML-1", keys["ML-1"]) as one,
        connect(server.ocpp_url, "ML-2", keys["ML-2"]) as two,
    ):
        for cp in (one, two):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        await one.call(
            call.StartTransaction(connector_id=1, id_tag="ML-TAG-1", meter_start=0, timestamp=iso())
        )
        await wait_for_function(
            page, f"{TREE}.includes(': 32 A') && {TREE}.includes('in use 32 A')", timeout=15000
        )
        await two.call(
            call.StartTransaction(connector_id=1, id_tag="ML-TAG-2", meter_start=0, timestamp=iso())
        )
        await wait_for_function(
            page, f"{TREE}.includes('in use 40 A') && {TREE}.includes(': 20 A')", timeout=15000
        )
        await page.locator("[data-testid=capacity-tree]").screenshot(
            path=str(artifacts / "site-capacity-tree.png")
        )
    assert prof.last_limit("ML-1") == prof.last_limit("ML-2") == 20
    assert console.errors == []
