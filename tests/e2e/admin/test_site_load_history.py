"""The console's site page shows the allocation as it goes: for each charger its limit now and what it
draws (from its meter values) against the main supply's limit, as a live chart, and the history of the
limits sent with why in words, newest first; real WebSocket chargers start and stop charging."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocpp.v16 import call

from tests.helpers.browser import wait_for_function
from tests.load.conftest import Profiles, iso, send_current
from tests.ocpp.conftest import connect

NOW = "(document.querySelector('[data-testid=load-now]')?.textContent ?? '')"
SUPPLY = "(document.querySelector('[data-testid=supply-limit]')?.textContent ?? '')"
HISTORY_ROWS = "document.querySelectorAll('[data-testid=load-history-row]').length"
#: Rows whose limit the charger has answered (a row shows once the limit is sent, "accepted" after).
ACCEPTED_ROWS = (
    "[...document.querySelectorAll('[data-testid=load-history-row]')]"
    ".filter((r) => r.innerText.split('\\t')[4] === 'accepted').length"
)
POINTS = "Number(document.querySelector('[data-testid=load-chart]')?.dataset.points ?? 0)"


async def test_the_site_page_shows_the_live_chart_and_the_history(site_page: Any, artifacts: Path) -> None:
    sp = await site_page("Menara Parking", ["MH-1", "MH-2"], ["MH-TAG-1", "MH-TAG-2"], supply_a=40)
    server, keys, page = sp.server, sp.keys, sp.page
    assert "No limits sent yet" in await page.locator("[data-testid=site-load-activity]").inner_text()

    prof = Profiles()
    async with (
        connect(server.ocpp_url, "MH-1", keys["MH-1"]) as one,
        connect(server.ocpp_url, "MH-2", keys["MH-2"]) as two,
    ):
        for cp in (one, two):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        # Each charger's failsafe is sent after its boot, in the background: both are in the history
        # before the first session starts, so the order the history is checked in below is fixed.
        await wait_for_function(page, f"{HISTORY_ROWS} >= 2", timeout=15000)
        r1 = await one.call(
            call.StartTransaction(connector_id=1, id_tag="MH-TAG-1", meter_start=0, timestamp=iso())
        )
        await prof.wait(lambda: prof.last_limit("MH-1") == 32)
        r2 = await two.call(
            call.StartTransaction(connector_id=1, id_tag="MH-TAG-2", meter_start=0, timestamp=iso())
        )
        await prof.wait(lambda: prof.last_limit("MH-1") == 20 and prof.last_limit("MH-2") == 20)
        # The cars draw what they are given (within the 1 A margin: no capacity is unused).
        await send_current(one, int(r1.transaction_id), 19.6)
        await send_current(two, int(r2.transaction_id), 19.2)
        await wait_for_function(
            page,
            f"{NOW}.includes('MH-1 #1') && {NOW}.includes('19.6 A') && {NOW}.includes('19.2 A')"
            f" && {NOW}.includes('20 A') && {SUPPLY}.includes('40 A') && {POINTS} >= 2",
            timeout=15000,
        )
        await page.locator("[data-testid=site-load-activity]").screenshot(
            path=str(artifacts / "site-load-live.png")
        )
        await two.call(
            call.StopTransaction(meter_stop=500, timestamp=iso(), transaction_id=int(r2.transaction_id))
        )
        await prof.wait(lambda: prof.last_limit("MH-1") == 32)
        await wait_for_function(page, f"{ACCEPTED_ROWS} >= 6", timeout=15000)

    rows = await page.locator("[data-testid=load-history-row]").all_inner_texts()
    cells = [r.split("\t") for r in rows]
    assert len(cells) == 6, rows
    assert all(c[4] == "accepted" for c in cells), rows
    # Newest first: MH-1 back to 32 A when the other session stopped; both at 20 A when it started.
    assert "MH-1 #1" in cells[0][1] and "20 A → 32 A" in cells[0][2] and cells[0][3] == "session stopped"
    assert sorted(c[1] for c in cells[1:3]) == ["MH-1 #1", "MH-2 #1"]
    assert sorted(c[2] for c in cells[1:3]) == ["32 A → 20 A", "– → 20 A"]
    assert [c[3] for c in cells[1:3]] == ["session started", "session started"]
    assert "MH-1 #1" in cells[3][1] and cells[3][2] == "– → 32 A" and cells[3][3] == "session started"
    # First, each charger's failsafe when it booted.
    assert sorted(c[1] for c in cells[4:]) == ["MH-1 #0", "MH-2 #0"]
    assert [(c[2], c[3]) for c in cells[4:]] == [("– → 0 A", "failsafe when the charger booted")] * 2
    assert await page.evaluate(POINTS) >= 3
    await page.screenshot(path=str(artifacts / "site-load-history.png"), full_page=True)
    await page.locator("[data-testid=site-load-activity]").screenshot(
        path=str(artifacts / "site-load-activity.png")
    )
    assert sp.console.errors == []
