"""Server-side sorting of the console's tables (the command history, the invoices page's completed
sessions, sites, id tags, connection events, fleet jobs) in Chromium against a running platform: a
click on a column header asks the server for that order (the rows come back in it, across pages), the
sort lives in the URL (a reload and the back button keep it), and the CSV export holds the rows in the
table's order."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ocpp.v16 import call

from db.models import FleetJob, FleetJobTarget, OcppCommand
from domain import chargers, connection_log, idtags, sites, tariffs
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
        # A search no random app tag (APP + hex digits) can match.
        for tag in ("FLT-CC01", "FLT-AA02", "FLT-BB03"):
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

    await page.goto(f"{base}/id-tags?q=FLT-")
    await page.click("th button[data-sort=ID_TAG]")
    await page.click("th button[data-sort=ID_TAG]")
    await page.wait_for_url(re.compile(r".*dir=asc"), timeout=10000)
    await wait_table_column(page, 1, ["FLT-AA02", "FLT-BB03", "FLT-CC01"])
    await page.select_option("select[aria-label=Status]", "BLOCKED")
    await page.wait_for_url(re.compile(r".*status=BLOCKED"), timeout=10000)
    await page.wait_for_selector("[data-state=empty]", timeout=10000)
    await page.reload()
    assert await page.locator("select[aria-label=Status]").input_value() == "BLOCKED"
    await page.go_back()
    await wait_table_column(page, 1, ["FLT-AA02", "FLT-BB03", "FLT-CC01"])
    await page.screenshot(path=str(artifacts / "sorting-id-tags-1366x768.png"), full_page=True)
    await ctx.close()
    assert not console.errors, console.errors


#: Connection events (charge point, kind, reason, remote address, code), oldest first, after FILLER
#: connects of SRT-A from 10.0.0.1.
Event = tuple[str, str, str | None, str, int | None]
CONNECTIONS: list[Event] = [
    ("SRT-B", "refused", "wrong_password", "10.0.0.9", 401),
    ("GHOST-1", "refused", "unknown_id", "10.0.0.7", 404),
    ("SRT-A", "disconnected", "ping_timeout", "10.0.0.1", 1011),
    ("SRT-B", "refused", "wrong_password", "10.0.0.8", 401),
    ("SRT-A", "refused", "missing_credentials", "10.0.0.2", 401),
]


async def _seed_connections(server: Any) -> list[Event]:
    """SRT-A..C registered; FILLER + 5 connection events stored as the OCPP edge stores them. Returns
    the events, oldest first."""
    async with server.platform.sessionmaker() as s, s.begin():
        for cpid in ("SRT-A", "SRT-B", "SRT-C"):
            await chargers.register(s, cpid, name=f"Sort {cpid[-1]}")
    connect: Event = ("SRT-A", "connected", None, "10.0.0.1", None)
    events = [connect] * FILLER + CONNECTIONS
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    async with server.platform.sessionmaker() as s, s.begin():
        await connection_log.insert_batch(
            s,
            [
                {
                    "charge_point_id": cpid, "kind": kind, "reason": reason, "detail": None,
                    "remote_address": remote, "code": code, "node_id": None,
                    "created_at": start + dt.timedelta(seconds=n),
                }
                for n, (cpid, kind, reason, remote, code) in enumerate(events)
            ],
        )  # fmt: skip
    return events


async def test_connection_events_sort_filter_in_the_url_and_export(
    server: Any, browser: Any, artifacts: Path
) -> None:
    """The diagnostics page's connection events and a charger's: server-side sort on a header click
    (across pages), the event and reason filters in the URL (a link shows the same rows, back restores
    the previous filter), the total count, and the CSV of what the table shows."""
    events = await _seed_connections(server)
    ctx, page, console = await new_page(browser, 1366, 768)
    await login(page, server.http_url)
    base = f"{server.http_url}/admin"
    table = "[data-testid=connection-events]"
    # Columns: Time, Charge point id, Event, Reason, Remote address, Code, Detail; newest first.
    await page.goto(f"{base}/diagnostics?size=25")
    newest_first = list(reversed(events))
    await wait_table_column(page, 2, [e[0] for e in newest_first[:25]], table)
    await page.locator(f"{table} [data-testid=total-count]", has_text=f"{len(events)} total").wait_for()

    # By reason, descending (ties newest first; no reason last): the server orders all 29 rows.
    await page.click(f"{table} th button[data-sort=REASON]")
    await page.wait_for_url(re.compile(r".*sort=REASON"), timeout=10000)
    by_reason = ["10.0.0.8", "10.0.0.9", "10.0.0.7", "10.0.0.1", "10.0.0.2"] + ["10.0.0.1"] * FILLER
    await wait_table_column(page, 5, by_reason[:25], table)
    await page.click("button:has-text('Next ›')")
    await wait_table_column(page, 5, by_reason[25:], table)
    shot = artifacts / "sorting-diagnostics-reason-page2-1366x768.png"
    await page.screenshot(path=str(shot), full_page=True)

    # A shared link with a filter and a sort shows those rows; a filter chosen on the page goes in the
    # URL and back restores the previous one.
    await page.goto(f"{base}/diagnostics?kind=refused&sort=REMOTE_ADDRESS&dir=asc")
    await wait_table_column(page, 5, ["10.0.0.2", "10.0.0.7", "10.0.0.8", "10.0.0.9"], table)
    assert await page.locator(f"{table} select[name=kind]").input_value() == "refused"
    await page.locator(f"{table} [data-testid=total-count]", has_text="4 total").wait_for()
    await page.select_option(f"{table} select[name=reason]", "wrong_password")
    await page.wait_for_url(re.compile(r".*reason=wrong_password"), timeout=10000)
    await wait_table_column(page, 5, ["10.0.0.8", "10.0.0.9"], table)
    await page.locator(f"{table} [data-testid=total-count]", has_text="2 total").wait_for()
    await page.screenshot(path=str(artifacts / "sorting-diagnostics-filtered-1366x768.png"), full_page=True)
    rows = await download_csv(page)
    got = [(r["Charge point id"], r["Event"], r["Reason"], r["Remote address"], r["Code"]) for r in rows]
    assert got == [
        ("SRT-B", "refused", "wrong_password", "10.0.0.8", "401"),
        ("SRT-B", "refused", "wrong_password", "10.0.0.9", "401"),
    ]
    await page.go_back()
    await wait_table_column(page, 5, ["10.0.0.2", "10.0.0.7", "10.0.0.8", "10.0.0.9"], table)
    await page.set_viewport_size({"width": 1920, "height": 1080})
    await page.screenshot(path=str(artifacts / "sorting-diagnostics-refused-1920x1080.png"), full_page=True)

    # One charger's connections (its Connections tab): the same table without the charger column.
    await page.set_viewport_size({"width": 1366, "height": 768})
    await page.goto(f"{base}/chargers/SRT-A")
    await page.get_by_role("tab", name="Connections").click()
    # Columns: Time, Event, Reason, Remote address, Code, Detail.
    mine = [e for e in newest_first if e[0] == "SRT-A"]
    await page.locator(f"{table} [data-testid=total-count]", has_text=f"{len(mine)} total").wait_for()
    await page.click(f"{table} th button[data-sort=KIND]")
    await page.click(f"{table} th button[data-sort=KIND]")
    await page.wait_for_url(re.compile(r".*sort=KIND&dir=asc"), timeout=10000)
    await wait_table_column(page, 2, sorted(e[1] for e in mine), table)
    await page.select_option(f"{table} select[name=kind]", "refused")
    await page.wait_for_url(re.compile(r".*kind=refused"), timeout=10000)
    await wait_table_column(page, 4, ["10.0.0.2"], table)
    await page.screenshot(path=str(artifacts / "sorting-charger-connections-1366x768.png"), full_page=True)
    rows = await download_csv(page)
    assert [(r["Charge point id"], r["Reason"]) for r in rows] == [("SRT-A", "missing_credentials")]
    # The tab is in the URL with its list's filter and sort: a link opens the same view. Another tab's
    # list does not take them (the command history has no KIND to sort by).
    shared = page.url
    assert "tab=Connections" in shared, shared
    await page.get_by_role("tab", name="Commands").click()
    await page.wait_for_url(re.compile(r".*tab=Commands$"), timeout=10000)
    await page.locator("[data-testid=command-history] [data-state=empty]").wait_for(timeout=10000)
    await page.go_back()
    await wait_table_column(page, 4, ["10.0.0.2"], table)
    await page.goto(shared)
    await wait_table_column(page, 4, ["10.0.0.2"], table)
    assert await page.locator(f"{table} th[aria-sort=ascending] button[data-sort=KIND]").count() == 1
    await ctx.close()
    assert not console.errors, console.errors


#: Fleet jobs (command, status, chargers), oldest first.
JOBS = [
    ("Reset", "completed", 2),
    ("UpdateFirmware", "failed", 3),
    ("ChangeConfiguration", "completed", 1),
    ("TriggerMessage", "running", 2),
    ("Reset", "cancelled", 1),
    ("SendLocalList", "awaiting_go", 3),
]


async def test_fleet_jobs_sort_filter_in_the_url_and_export(
    server: Any, browser: Any, artifacts: Path
) -> None:
    """The fleet page's jobs: server-side sort on a header click, the status and command filters in
    the URL, the total count, and the CSV of what the table shows."""
    async with server.platform.sessionmaker() as s, s.begin():
        ids = [(await chargers.register(s, cpid)).charger.id for cpid in ("SRT-A", "SRT-B", "SRT-C")]
        for action, status, n in JOBS:
            job = FleetJob(action=action, payload={}, selection={}, status=status, stage=1)
            s.add(job)
            await s.flush()
            s.add_all(FleetJobTarget(job_id=job.id, charger_id=c, stage=1, status="pending") for c in ids[:n])
            await s.flush()
    ctx, page, console = await new_page(browser, 1366, 768)
    await login(page, server.http_url)
    base = f"{server.http_url}/admin"
    table = "[data-testid=fleet-jobs]"
    # Columns: Command, Status, Chargers, Stage, Started, Finished; newest first.
    await page.goto(f"{base}/fleet")
    await wait_table_column(page, 1, [a for a, _, _ in reversed(JOBS)], table)
    await wait_table_column(page, 3, [str(n) for _, _, n in reversed(JOBS)], table)
    await page.locator(f"{table} [data-testid=total-count]", has_text="6 total").wait_for()

    await page.click(f"{table} th button[data-sort=ACTION]")
    await page.wait_for_url(re.compile(r".*sort=ACTION"), timeout=10000)
    by_action = sorted(reversed(JOBS), key=lambda j: j[0], reverse=True)  # ties: newest first
    await wait_table_column(page, 2, [st for _, st, _ in by_action], table)
    await page.click(f"{table} th button[data-sort=STATUS]")
    await page.wait_for_url(re.compile(r".*sort=STATUS"), timeout=10000)
    await wait_table_column(page, 2, sorted((st for _, st, _ in JOBS), reverse=True), table)
    await page.locator(table).scroll_into_view_if_needed()
    await page.screenshot(path=str(artifacts / "sorting-fleet-jobs-status-1366x768.png"))

    await page.goto(f"{base}/fleet?status=COMPLETED&sort=ACTION&dir=asc")
    await wait_table_column(page, 1, ["ChangeConfiguration", "Reset"], table)
    assert await page.locator(f"{table} select[name=status]").input_value() == "COMPLETED"
    await page.locator(f"{table} [data-testid=total-count]", has_text="2 total").wait_for()
    rows = await download_csv(page)
    assert [(r["Command"], r["Status"], r["Chargers"]) for r in rows] == [
        ("ChangeConfiguration", "completed", "1"),
        ("Reset", "completed", "2"),
    ]
    assert all(r["Job id"] for r in rows)
    await page.select_option(f"{table} select[name=jobAction]", "RESET")
    await page.wait_for_url(re.compile(r".*action=RESET"), timeout=10000)
    await wait_table_column(page, 1, ["Reset"], table)
    await page.locator(f"{table} [data-testid=total-count]", has_text="1 total").wait_for()
    await page.go_back()
    await wait_table_column(page, 1, ["ChangeConfiguration", "Reset"], table)
    await page.set_viewport_size({"width": 1920, "height": 1080})
    await page.locator(table).scroll_into_view_if_needed()
    await page.screenshot(path=str(artifacts / "sorting-fleet-jobs-completed-1920x1080.png"))
    await ctx.close()
    assert not console.errors, console.errors
