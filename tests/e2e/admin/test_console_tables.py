"""The console's tables and navigation in Chromium against a running platform with data: every page
passes an axe-core scan (no serious or critical violation) at 1366x768 and 1920x1080, with a
screenshot of each; the navigation fits a 1366x768 screen; rows are links; sorting, filters, page
size and page live in the URL (the back button restores them); CSV export holds every row of the
filter in the table's order; a table says "Loading…" while it loads, not "Nothing here yet."."""

from __future__ import annotations

import asyncio
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import User
from domain import chargers, faults, fleet, idtags, maintenance, sites, support, tariffs
from tests.e2e.admin.test_admin_spa import PAGES, connect, login, new_page, now
from tests.helpers.auth import make_user
from tests.helpers.axe import AXE, serious_violations
from tests.helpers.browser import download_csv, wait_table_column

ROOT = Path(__file__).resolve().parents[3]
SIZES = [(1366, 768), (1920, 1080)]
DRIVERS = 31
#: Pages added to the console after the shared PAGES list (test_admin_spa.py) was written.
CONSOLE_PAGES = ["/sites", "/id-tags", "/chargers/import", "/expert", "/fleet", "/diagnostics", "/roaming"]
NAMES = [f"Driver {chr(65 + i % 26)}{i:02d}" for i in range(DRIVERS)]


async def _seed(server: Any) -> dict[str, str]:
    """A small fleet with history: chargers (one online with a finished session and a fault), drivers,
    a tariff, a maintenance record, a support message, a site holding the chargers, an operator's RFID
    tag, a fleet job. Returns the paths of detail pages."""
    platform = server.platform
    for i in range(DRIVERS):
        await make_user(platform, name=NAMES[i], email=f"tbl{i:02d}@tables.test")
    owner, _ = await make_user(platform, name="Tag Owner", email="tag-owner@owners.test")
    async with platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {"name": "Standard", "price_per_kwh_sen": Decimal("80"), "tax_rate": Decimal("0.08")},
            is_default=True,
        )
        keys = {}
        for cpid in ("TBL-A", "TBL-B", "TBL-C"):
            reg = await chargers.register(
                s, cpid, name=f"Table {cpid[-1]}", address="Jalan Ampang 1", city="KL"
            )
            keys[cpid] = reg.authorization_key
        charger = await chargers.get_by_cpid(s, "TBL-B")
        assert charger is not None
        site = await sites.create(s, {"name": "Ampang Mall", "address": "Jalan Ampang 1", "city": "KL"})
        ids = await fleet.select_chargers(s)
        for cpid in keys:
            on_site = await chargers.get_by_cpid(s, cpid)
            assert on_site is not None
            on_site.site_id = site.id
        await idtags.create_for_operator(s, "04A1B2C3D4", owner_id=owner.id, label="Fleet card")
        job = await fleet.create_job(
            s,
            action="ChangeConfiguration",
            payload={"key": "HeartbeatInterval", "value": "300"},
            charger_ids=ids,
            selection={"chargerIds": ids},
            stage_size=1,
            auto_continue=False,
            user_id=None,
        )
        await fleet.cancel(s, job.id)
        await maintenance.create(
            s, charger_id=charger.id, values={"kind": "inspection", "technician": "Lim"}, user_id=None
        )
        await faults.open_fault(s, charger.id, 1, "GroundFailure", info="seeded")
        await support.submit(s, subject="Card not working", body="My card is refused.", email="x@tables.test")
    async with connect(server.ocpp_url, "TBL-A", keys["TBL-A"]) as cp:
        start = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="TBLTAG", meter_start=0, timestamp=now())
        )
        await cp.call(
            call.StopTransaction(meter_stop=2500, timestamp=now(), transaction_id=start.transaction_id)
        )
    async with platform.sessionmaker() as s:
        user = (await s.execute(select(User).where(User.email == "tbl00@tables.test"))).scalar_one()
    return {
        "charger": "/chargers/TBL-A",
        "session": f"/sessions/{encode_id('ChargingSession', start.transaction_id)}",
        "user": f"/users/{encode_id('User', user.id)}",
        "site": f"/sites/{encode_id('Site', site.id)}",
        "fleet job": f"/fleet/{encode_id('FleetJob', job.id)}",
    }


async def _axe(page: Any) -> list[dict[str, Any]]:
    # GraphiQL's own editor (a third-party component: CodeMirror's unlabelled textareas and gutter
    # colours) is left out; everything around it on that page is scanned.
    return await serious_violations(page, exclude=(".graphiql-container",))


async def _settled(page: Any) -> None:
    await page.wait_for_load_state("networkidle")
    for _ in range(200):  # no table still loading
        if not await page.locator("[data-state=loading]").count():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{page.url}: a table is still loading")


@pytest.mark.parametrize("size", SIZES)
async def test_every_page_passes_axe_with_screenshots(
    server: Any, browser: Any, artifacts: Path, size: tuple[int, int]
) -> None:
    if not AXE.exists():
        pytest.skip("axe-core not installed (npm ci in admin_spa/)")
    details = await _seed(server)
    ctx, page, console = await new_page(browser, *size)
    await login(page, server.http_url)
    routes = [*PAGES, *CONSOLE_PAGES, *details.values()]
    found: dict[str, list[dict[str, Any]]] = {}
    for path in routes:
        await page.goto(f"{server.http_url}/admin{path}")
        await _settled(page)
        name = path.strip("/").replace("/", "-")[:40] or "dashboard"
        await page.screenshot(path=str(artifacts / f"a11y-{name}-{size[0]}x{size[1]}.png"), full_page=True)
        violations = await _axe(page)
        if violations:
            found[path] = violations
    if size == (1366, 768):
        # The whole navigation fits the screen: nothing to scroll in the sidebar.
        fits = await page.evaluate(
            "() => { const s = document.querySelector('.sidebar'); return [s.scrollHeight, s.clientHeight]; }"
        )
        assert fits[0] <= fits[1], f"sidebar scrolls at 1366x768: {fits}"
    await ctx.close()
    assert not found, json.dumps(found, indent=1)
    assert not [e for e in console.errors if "favicon" not in e], console.errors


async def test_tables_sort_filter_page_in_url_rows_are_links_and_csv_has_all_rows(
    server: Any, browser: Any, artifacts: Path
) -> None:
    await _seed(server)
    ctx, page, console = await new_page(browser, 1366, 768)
    await login(page, server.http_url)
    base = f"{server.http_url}/admin"

    # While the list loads it says so, never "Nothing here yet.".
    release = asyncio.Event()

    async def slow(route: Any) -> None:
        if "AdminUsers" in (route.request.post_data or ""):
            await release.wait()
        await route.continue_()

    await page.route("**/graphql", slow)
    await page.goto(f"{base}/users?q=tables.test")
    loading = page.locator("[data-state=loading]")
    await loading.wait_for(timeout=15000)
    assert await page.locator("text=Nothing here yet.").count() == 0
    await page.screenshot(path=str(artifacts / "tables-users-loading-1366x768.png"))
    release.set()
    await page.locator("tbody a.row-link").first.wait_for(timeout=15000)
    await page.unroute("**/graphql")
    assert await page.locator("[data-testid=total-count]").inner_text() == f"{DRIVERS} total"

    # Sort by name: descending, then ascending, each in the URL; the back button restores the first.
    names = sorted(NAMES, reverse=True)
    await page.click("th button[data-sort=NAME]")
    await page.wait_for_url(re.compile(r".*sort=NAME"), timeout=10000)
    await page.wait_for_selector("th[aria-sort=descending]", timeout=10000)
    await wait_table_column(page, 2, names)
    await page.click("th button[data-sort=NAME]")
    await page.wait_for_url(re.compile(r".*dir=asc"), timeout=10000)
    await page.wait_for_selector("th[aria-sort=ascending]", timeout=10000)
    await wait_table_column(page, 2, sorted(NAMES))
    await page.go_back()
    await page.wait_for_selector("th[aria-sort=descending]", timeout=10000)
    await wait_table_column(page, 2, names)

    # Page size 25: two pages, the second in the URL; back returns to the first.
    await page.select_option("[data-testid=page-size]", "25")
    await page.wait_for_url(re.compile(r".*size=25"), timeout=10000)
    await wait_table_column(page, 2, names[:25])
    await page.click("button:has-text('Next ›')")
    await page.wait_for_url(re.compile(r".*pages="), timeout=10000)
    await wait_table_column(page, 2, names[25:])
    # The URL alone shows the same rows (a shared link), in a new tab.
    other = await ctx.new_page()
    await other.goto(page.url)
    await wait_table_column(other, 2, names[25:])
    await other.close()
    await page.go_back()
    await wait_table_column(page, 2, names[:25])

    # CSV export: every row of the filter (not just this page), in the table's order.
    rows = await download_csv(page)
    assert [r["Name"] for r in rows] == names
    assert all(r["Email"].endswith("@tables.test") for r in rows)

    # Filters are in the URL and survive a reload; back clears them.
    await page.select_option("select[aria-label=Role]", "ADMIN")
    await page.wait_for_url(re.compile(r".*role=ADMIN"), timeout=10000)
    await page.wait_for_selector("[data-state=empty]", timeout=10000)
    await page.reload()
    assert await page.locator("select[aria-label=Role]").input_value() == "ADMIN"
    await page.go_back()
    await wait_table_column(page, 2, names[:25])
    assert await page.locator("select[aria-label=Role]").input_value() == ""

    # Rows are links: a real href, reachable with Tab, opening in a new tab with ctrl-click, and a
    # click anywhere on the row opens it.
    link = page.locator("tbody a.row-link").first
    href = await link.get_attribute("href")
    assert href and href.startswith("/admin/users/")
    await page.focus("[data-testid=page-size]")
    focused = ""
    for _ in range(60):
        await page.keyboard.press("Shift+Tab")
        focused = await page.evaluate("document.activeElement.getAttribute('href') || ''")
        if focused.startswith("/admin/users/"):
            break
    assert focused.startswith("/admin/users/"), "no row link reachable with the keyboard"
    async with ctx.expect_page() as popup:
        await link.click(modifiers=["Control"])
    new_tab = await popup.value
    await new_tab.wait_for_load_state()
    assert "/admin/users/" in new_tab.url
    await new_tab.close()
    assert page.url.startswith(f"{base}/users")
    box = await page.locator("tbody tr").first.locator("td").nth(3).bounding_box()
    assert box is not None
    await page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    await page.wait_for_url(re.compile(r".*/admin/users/[^/?]+$"), timeout=10000)

    # Usable at 1024 px: the page itself does not scroll sideways (wide tables scroll in their frame).
    await page.set_viewport_size({"width": 1024, "height": 768})
    for path in ("/sessions", "/chargers", "/users", "/audit"):
        await page.goto(f"{base}{path}")
        await _settled(page)
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= 1024, (path, width)
        await page.screenshot(path=str(artifacts / f"tables-{path.strip('/')}-1024x768.png"))
    await ctx.close()
    assert not console.errors, console.errors
