"""The console's live view of every capacity node: on a site whose main supply feeds a charger and a
sub-circuit with two more, the page lists each node with its limit now, the sum of its sessions' limits
in force and what they draw, and the chart follows the node the operator picks (its limit, those sums,
and the chargers below it); real WebSocket chargers charge and report their current."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocpp.v16 import call

from domain.load import tree
from tests.helpers.browser import wait_for_function
from tests.load.conftest import Profiles, in_force, iso, send_current
from tests.ocpp.conftest import connect

NODES = "(document.querySelector('[data-testid=load-nodes]')?.textContent ?? '')"
LEGEND = "(document.querySelector('[data-testid=load-chart] .recharts-legend-wrapper')?.textContent ?? '')"


async def _row(page: Any, name: str) -> list[str]:
    row = page.locator("[data-testid=load-node-row]", has_text=name).first
    return [c.strip() for c in (await row.inner_text()).split("\t")]


async def test_each_capacity_node_shows_its_limit_and_use_and_can_be_charted(
    site_page: Any, artifacts: Path
) -> None:
    cpids = ["NN-1", "NN-2", "NN-3"]
    sp = await site_page("Wisma Garage", cpids, ["NN-T1", "NN-T2", "NN-T3"], supply_a=40)
    p, page = sp.server.platform, sp.page
    # A 16 A sub-circuit "Garage" under the main supply feeds NN-2 and NN-3.
    async with p.sessionmaker() as s, s.begin():
        garage = await tree.add_node(
            s,
            sp.site_id,
            {
                "kind": "circuit",
                "parent_id": sp.nodes["root"],
                "name": "Garage",
                "limit_l1_a": 16,
                "limit_l2_a": 16,
                "limit_l3_a": 16,
            },
        )
        for cpid in ("NN-2", "NN-3"):
            await tree.update_node(s, sp.nodes[cpid], {"parent_id": garage.id})
    await page.reload()
    await page.locator("[data-testid=site-load-activity]").wait_for(timeout=15000)

    prof = Profiles()
    async with (
        connect(sp.server.ocpp_url, "NN-1", sp.keys["NN-1"]) as one,
        connect(sp.server.ocpp_url, "NN-2", sp.keys["NN-2"]) as two,
        connect(sp.server.ocpp_url, "NN-3", sp.keys["NN-3"]) as three,
    ):
        txs = {}
        for n, cp in enumerate((one, two, three), start=1):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
            r = await cp.call(
                call.StartTransaction(connector_id=1, id_tag=f"NN-T{n}", meter_start=0, timestamp=iso())
            )
            txs[cp.id] = int(r.transaction_id)
        # The garage's 16 A are shared by NN-2 and NN-3; NN-1 gets the rest of the main supply's 40 A.
        await in_force(p, sp.site_id, {"NN-1": 24, "NN-2": 8, "NN-3": 8}, timeout=20)
        for cp, amps in ((one, 23.5), (two, 7.6), (three, 7.8)):
            await send_current(cp, txs[cp.id], amps)
        await wait_for_function(
            page, f"{NODES}.includes('38.9 A') && {NODES}.includes('15.4 A')", timeout=15000
        )
        # In tree order: each node followed by the nodes below it.
        names = [
            r.split("\t")[0] for r in await page.locator("[data-testid=load-node-row]").all_inner_texts()
        ]
        assert names == ["Main supply", "NN-1 charger", "Garage circuit", "NN-2 charger", "NN-3 charger"]
        assert await _row(page, "Main") == ["Main supply", "40 A", "40 A", "38.9 A"]
        assert await _row(page, "Garage") == ["Garage circuit", "16 A", "16 A", "15.4 A"]
        assert await _row(page, "NN-1") == ["NN-1 charger", "32 A", "24 A", "23.5 A"]
        assert await _row(page, "NN-3") == ["NN-3 charger", "32 A", "8 A", "7.8 A"]

        # The chart shows the main supply first, with every charger below it.
        await wait_for_function(page, f"{LEGEND}.includes('Main limit (A)') && {LEGEND}.includes('NN-1/1')")
        legend = await page.evaluate(LEGEND)
        assert all(f"{c}/1 limit (A)" in legend for c in cpids), legend
        await page.screenshot(path=str(artifacts / "site-load-nodes-main.png"), full_page=True)

        # The operator picks the garage: its limit, its sums and only its two chargers.
        await page.select_option("[data-testid=load-node-select]", label="Garage (circuit)")
        await wait_for_function(page, f"{LEGEND}.includes('Garage limit (A)')")
        legend = await page.evaluate(LEGEND)
        assert "Garage limits in force, sum (A)" in legend and "Garage drawn, sum (A)" in legend
        assert "NN-2/1 limit (A)" in legend and "NN-3/1 drawn (A)" in legend
        assert "NN-1/1" not in legend and "Main" not in legend
        await page.screenshot(path=str(artifacts / "site-load-nodes-garage.png"), full_page=True)
        # A click on a node's name in the table picks it too.
        await page.click("[data-testid=load-nodes] button:has-text('NN-1')")
        await wait_for_function(page, f"{LEGEND}.includes('NN-1 limit (A)')")
        assert "NN-2/1" not in await page.evaluate(LEGEND)
    assert sp.console.errors == []
