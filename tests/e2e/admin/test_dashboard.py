"""The console's Dashboard shows the fleet's figures as the lists show them (a known fleet of real OCPP
chargers: 4 online of which 2 charging and 1 faulted, 2 offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.admin_api.test_dashboard_figures import figures_from_lists
from tests.e2e.admin.test_admin_spa import login, new_page
from tests.helpers.auth import make_user
from tests.helpers.browser import wait_for_function
from tests.helpers.fleet import fleet


def _kw(watts: float) -> str:
    """As the page writes a power or energy figure: kilo-units, at most one decimal."""
    text = f"{watts / 1000:.1f}"
    return text[:-2] if text.endswith(".0") else text


async def test_dashboard_shows_the_fleet_as_the_lists_do(server: Any, browser: Any, artifacts: Path) -> None:
    _, admin = await make_user(server.platform, role="admin")
    async with fleet(server) as f:
        lists = await figures_from_lists(server, admin)
        assert lists["chargers_online"] == f.expected["chargers_online"] == 4
        ctx, page, console = await new_page(browser, 1366, 768)
        await login(page, server.http_url)
        # The live counters have arrived (the subscription's first value).
        await wait_for_function(
            page, "() => document.querySelector('[data-testid=live-indicator]')?.textContent.includes('live')"
        )
        shown = {
            key: (await page.locator(f"[data-testid=kpi-{key}] .value").inner_text()).strip()
            for key in ("online", "offline", "charging", "faulted", "active", "power", "energy", "revenue")
        }
        assert shown == {
            "online": str(lists["chargers_online"]),
            "offline": str(lists["chargers_offline"]),
            "charging": str(lists["chargers_charging"]),
            "faulted": str(lists["chargers_faulted"]),
            "active": str(lists["sessions_active"]),
            "power": _kw(lists["power_w"]),
            "energy": _kw(lists["energy_today_wh"]),
            "revenue": f"MYR {lists['revenue_today']:.2f}",
        }, lists
        await page.screenshot(path=str(artifacts / "dashboard-fleet-1366x768.png"), full_page=True)
        await ctx.close()
        assert console.errors == []
