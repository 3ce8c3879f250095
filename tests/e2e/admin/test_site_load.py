"""The console's site page: an operator builds the site's capacity tree (the main supply, then a
charger under it), a wrong node gets its error, and the tree shows each charger's limit now, live, as
real WebSocket chargers start charging and the platform shares the supply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocpp.v16 import call

from tests.helpers.browser import wait_for_function
from tests.load.conftest import Profiles, iso
from tests.ocpp.conftest import connect

TREE = "(document.querySelector('[data-testid=capacity-tree]')?.textContent ?? '')"


async def test_operator_builds_the_capacity_tree_and_sees_the_limits_live(
    site_page: Any, artifacts: Path
) -> None:
    sp = await site_page("Menara Parking", ["ML-1", "ML-2"], ["ML-TAG-1", "ML-TAG-2"], wait="capacity-tree")
    server, keys, page = sp.server, sp.keys, sp.page

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
    assert sp.console.errors == []
