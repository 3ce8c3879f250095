"""Server-side sorting of the command history (Operations) and the invoices page's completed sessions
in Chromium against a running platform: a click on a column header asks the server for that order
(the rows come back in it, across pages), the sort lives in the URL (a reload and the back button keep
it), and the CSV export holds the rows in the table's order."""

from __future__ import annotations

import asyncio
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ocpp.v16 import call

from db.models import OcppCommand
from domain import chargers, idtags, sites, tariffs
from tests.e2e.admin.test_admin_spa import connect, login, new_page, now
from tests.helpers.browser import download_csv, wait_table_column
from tests.helpers.fleet import fleet

#: (charge point, action) of the commands in the history, oldest first.
COMMANDS = [
    ("SRT-B", "Reset"),
    ("SRT-C", "ChangeAvailability"),
    ("SRT-A", "TriggerMessage"),
    ("SRT-B", "ClearCache"),
    ("SRT-A", "GetConfiguration"),
]
#: Older commands (DataTransfer to SRT-C), enough to fill more than one page of 25.
FILLER = 24
#: Energy (Wh) of the completed sessions, in the order they happen.
ENERGY_WH = [2500, 12000, 700]


async def _seed(server: Any) -> None:
    platform = server.platform
    async with platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {"name": "Standard", "price_per_kwh_sen": Decimal("80"), "tax_rate": Decimal("0.08")},
            is_default=True,
        )
        ids, keys = {}, {}
        for cpid in ("SRT-A", "SRT-B", "SRT-C"):
            keys[cpid] = (await chargers.register(s, cpid, name=f"Sort {cpid[-1]}")).authorization_key
            c = await chargers.get_by_cpid(s, cpid)
            assert c is not None
            ids[cpid] = c.id
        for cpid, action in [("SRT-C", "DataTransfer")] * FILLER + COMMANDS:
            s.add(
                OcppCommand(
                    charger_id=ids[cpid], action=action, request={}, response={"status": "Accepted"},
                    status="completed",
                )
            )  # fmt: skip
            await s.flush()
    async with connect(server.ocpp_url, "SRT-A", keys["SRT-A"]) as cp:
        meter = 0
        for wh in ENERGY_WH:
            start = await cp.call(
                call.StartTransaction(connector_id=1, id_tag="SORTTAG", meter_start=meter, timestamp=now())
            )
            meter += wh
            await cp.call(
                call.StopTransaction(meter_stop=meter, timestamp=now(), transaction_id=start.transaction_id)
            )


async def test_operations_history_sorts_on_the_server_with_the_sort_in_the_url(
    server: Any, browser: Any, artifacts: Path
) -> None:
    await _seed(server)
    ctx, page, console = await new_page(browser, 1366, 768)
    await login(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/operations?size=25")
    history = [("SRT-C", "DataTransfer")] * FILLER + COMMANDS
    newest_first = list(reversed(history))
    # Columns: Sent, Charger, Command, ...; newest first by default, 25 a page.
    await wait_table_column(page, 3, [a for _, a in newest_first[:25]])

    # By charger, descending (ties newest first): the server orders all 29 rows, so the first page is
    # SRT-C's alone and the second holds SRT-B's and SRT-A's (sorting the shown page would not).
    await page.click("th button[data-sort=CHARGER]")
    await page.wait_for_url(re.compile(r".*sort=CHARGER"), timeout=10000)
    by_charger = sorted(newest_first, key=lambda r: r[0], reverse=True)
    await wait_table_column(page, 2, ["SRT-C"] * 25)
    await page.click("button:has-text('Next ›')")
    await page.wait_for_url(re.compile(r".*pages="), timeout=10000)
    await wait_table_column(page, 2, ["SRT-B", "SRT-B", "SRT-A", "SRT-A"])
    await wait_table_column(page, 3, [a for _, a in by_charger[25:]])
    await page.go_back()
    await wait_table_column(page, 2, ["SRT-C"] * 25)

    # By action, descending then ascending; a reload keeps the order, back returns to the previous one.
    actions = sorted(a for _, a in history)
    await page.click("th button[data-sort=ACTION]")
    await page.wait_for_url(re.compile(r".*sort=ACTION"), timeout=10000)
    await wait_table_column(page, 3, list(reversed(actions))[:25])
    await page.click("th button[data-sort=ACTION]")
    await page.wait_for_url(re.compile(r".*dir=asc"), timeout=10000)
    await wait_table_column(page, 3, actions[:25])
    await page.reload()
    await page.wait_for_selector("th[aria-sort=ascending] button[data-sort=ACTION]", timeout=10000)
    await wait_table_column(page, 3, actions[:25])
    await page.screenshot(path=str(artifacts / "sorting-operations-action-asc-1366x768.png"), full_page=True)
    await page.go_back()
    await page.wait_for_selector("th[aria-sort=descending] button[data-sort=ACTION]", timeout=10000)
    await wait_table_column(page, 3, list(reversed(actions))[:25])
    await page.go_back()
    await wait_table_column(page, 2, ["SRT-C"] * 25)

    # The CSV export: every row (both pages), in the table's order.
    rows = await download_csv(page)
    assert [(r["Charger"], r["Command"]) for r in rows] == by_charger
    await ctx.close()
    assert not console.errors, console.errors


async def test_invoices_completed_sessions_sort_on_the_server_with_the_sort_in_the_url(
    server: Any, browser: Any, artifacts: Path
) -> None:
    await _seed(server)
    ctx, page, console = await new_page(browser, 1920, 1080)
    await login(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/invoices")
    kwh = [f"{wh / 1000:g}" for wh in ENERGY_WH]
    completed = "table:has(caption:text('Completed sessions'))"
    # Columns: Session, Stopped, kWh, Cost, Receipt; newest first by default.
    await wait_table_column(page, 3, list(reversed(kwh)), completed)

    await page.click(f"{completed} th button[data-sort=ENERGY]")
    await page.wait_for_url(re.compile(r".*sort=ENERGY"), timeout=10000)
    await wait_table_column(page, 3, sorted(kwh, key=float, reverse=True), completed)
    await page.click(f"{completed} th button[data-sort=ENERGY]")
    await page.wait_for_url(re.compile(r".*dir=asc"), timeout=10000)
    await wait_table_column(page, 3, sorted(kwh, key=float), completed)
    await page.reload()
    await page.wait_for_selector("th[aria-sort=ascending] button[data-sort=ENERGY]", timeout=10000)
    await wait_table_column(page, 3, sorted(kwh, key=float), completed)
    await page.screenshot(path=str(artifacts / "sorting-invoices-energy-asc-1920x1080.png"), full_page=True)
    rows = await download_csv(page)
    assert [float(r["kWh"]) for r in rows] == sorted(wh / 1000 for wh in ENERGY_WH)
    await page.go_back()
    await page.wait_for_selector("th[aria-sort=descending] button[data-sort=ENERGY]", timeout=10000)
    await wait_table_column(page, 3, sorted(kwh, key=float, reverse=True), completed)
    await ctx.close()
    assert not console.errors, console.errors


async def test_chargers_connector_status_filter_runs_on_the_server(
    server: Any, browser: Any, artifacts: Path
) -> None:
    """The chargers page's connector-status filter: the rows and the total count are the server's
    for the filter (not the page's rows filtered), and the filter is in the URL."""
    async with fleet(server) as f:
        ctx, page, console = await new_page(browser, 1366, 768)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers?q=FLEET-")
        await page.wait_for_selector("text=6 total", timeout=15000)
        await page.select_option("select[aria-label='Connector status']", "Charging")
        await page.wait_for_url(re.compile(r".*status=Charging"), timeout=10000)
        await page.wait_for_selector("text=2 total", timeout=15000)
        charging = [f.cpid(1), f.cpid(2)]
        await _wait_rows(page, charging)
        await page.screenshot(path=str(artifacts / "chargers-connector-status-charging-1366x768.png"))
        await page.reload()
        await page.wait_for_selector("text=2 total", timeout=15000)
        await page.select_option("select[aria-label='Connector status']", "Faulted")
        await page.wait_for_selector("text=1 total", timeout=15000)
        await _wait_rows(page, [f.cpid(3)])
        await page.go_back()
        await page.wait_for_selector("text=2 total", timeout=15000)
        await ctx.close()
        assert not console.errors, console.errors


async def _wait_rows(page: Any, cpids: list[str]) -> None:
    """Wait (bounded) until the chargers table holds exactly `cpids` (any order)."""
    seen: list[str] = []
    for _ in range(200):
        marks = page.locator("tbody [data-testid^=online-]")
        seen = sorted(
            [(await marks.nth(i).get_attribute("data-testid") or "")[7:] for i in range(await marks.count())]
        )
        if seen == sorted(cpids):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"rows: expected {sorted(cpids)}, have {seen}")


async def test_sites_and_id_tags_sort_and_filter_in_the_url(
    server: Any, browser: Any, artifacts: Path
) -> None:
    """The sites and id tags lists: server-side sort on a header click, the search and filters in the
    URL (a reload keeps them, back restores the previous), rows that are links, CSV of the rows."""
    async with server.platform.sessionmaker() as s, s.begin():
        for name, city in (
            ("Bangsar Village", "KL"),
            ("Aeon Tebrau", "Johor Bahru"),
            ("Queensbay", "Penang"),
        ):
            await sites.create(s, {"name": name, "city": city, "address": f"{name} car park"})
        for tag in ("04CC0001", "04AA0002", "04BB0003"):
            await idtags.create_for_operator(s, tag, owner_id=None, label=f"Fleet {tag[-1]}")
    ctx, page, console = await new_page(browser, 1366, 768)
    await login(page, server.http_url)
    base = f"{server.http_url}/admin"

    await page.goto(f"{base}/sites")
    await page.click("th button[data-sort=CITY]")
    await page.wait_for_url(re.compile(r".*sort=CITY"), timeout=10000)
    await wait_table_column(page, 3, ["Penang", "KL", "Johor Bahru"])
    await page.click("th button[data-sort=CITY]")
    await wait_table_column(page, 3, ["Johor Bahru", "KL", "Penang"])
    await page.fill("input[aria-label='Search sites']", "a")
    await page.reload()
    await wait_table_column(page, 3, ["Johor Bahru", "KL", "Penang"])
    await page.fill("input[aria-label='Search sites']", "Queens")
    await page.wait_for_url(re.compile(r".*q=Queens"), timeout=10000)
    await wait_table_column(page, 1, ["Queensbay"])
    await page.screenshot(path=str(artifacts / "sorting-sites-1366x768.png"), full_page=True)
    await page.go_back()
    await wait_table_column(page, 3, ["Johor Bahru", "KL", "Penang"])
    rows = await download_csv(page)
    assert [r["City"] for r in rows] == ["Johor Bahru", "KL", "Penang"]
    href = await page.locator("tbody a.row-link").first.get_attribute("href")
    assert href and href.startswith("/admin/sites/"), href

    await page.goto(f"{base}/id-tags?q=04")
    await page.click("th button[data-sort=ID_TAG]")
    await page.click("th button[data-sort=ID_TAG]")
    await page.wait_for_url(re.compile(r".*dir=asc"), timeout=10000)
    await wait_table_column(page, 1, ["04AA0002", "04BB0003", "04CC0001"])
    await page.select_option("select[aria-label=Status]", "BLOCKED")
    await page.wait_for_url(re.compile(r".*status=BLOCKED"), timeout=10000)
    await page.wait_for_selector("[data-state=empty]", timeout=10000)
    await page.reload()
    assert await page.locator("select[aria-label=Status]").input_value() == "BLOCKED"
    await page.go_back()
    await wait_table_column(page, 1, ["04AA0002", "04BB0003", "04CC0001"])
    await page.screenshot(path=str(artifacts / "sorting-id-tags-1366x768.png"), full_page=True)
    await ctx.close()
    assert not console.errors, console.errors
