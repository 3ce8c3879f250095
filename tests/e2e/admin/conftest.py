"""Browser end-to-end tests of the admin SPA in Debian's Chromium (Playwright, never a downloaded browser).

Skipped when /usr/bin/chromium or admin_spa/dist is missing, except under CI=true where that is a failure.
Screenshots go to test-artifacts/admin/.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from api.relay import encode_id
from db.models import IdTag
from domain import chargers, sites
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.helpers.tiles import tile_server
from tests.load.conftest import managed_site

ROOT = Path(__file__).resolve().parents[3]
CHROMIUM = Path("/usr/bin/chromium")
DIST = ROOT / "admin_spa" / "dist" / "index.html"
ARTIFACTS = ROOT / "test-artifacts" / "admin"


def _require(ok: bool, why: str) -> None:
    if ok:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{why} (required when CI=true)")
    pytest.skip(why)


@pytest.fixture(autouse=True)
def _local_map_tiles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The console's maps load their tiles from a local server (MAP_TILE_URL of every platform the
    test starts): the machine has no internet, and a failed tile is a console error."""
    with tile_server() as url:
        monkeypatch.setenv("MAP_TILE_URL", url)
        yield


@pytest.fixture
def _browser_available() -> None:
    _require(CHROMIUM.exists(), "Chromium not installed at /usr/bin/chromium")
    _require(DIST.exists(), "admin_spa/dist not built (npm run build in admin_spa/)")


@pytest.fixture
async def browser(_browser_available: None) -> AsyncIterator[Any]:
    playwright_api = pytest.importorskip("playwright.async_api")
    async with playwright_api.async_playwright() as p:
        b = await p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield b
        finally:
            await b.close()


class Console:
    """Collects console errors and uncaught page errors."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


async def sign_in(page: Any, http_url: str) -> None:
    """Sign in to the console as the test admin; returns on the dashboard."""
    await page.goto(f"{http_url}/admin/login")
    await submit_sign_in(page)
    await page.wait_for_url(re.compile(r".*/admin/?$"), timeout=15000)


async def submit_sign_in(page: Any) -> None:
    """Fill in and send the sign-in form open on `page` as the test admin."""
    await page.fill("input[name=email]", TEST_ADMIN_EMAIL)
    await page.fill("input[name=password]", TEST_ADMIN_PASSWORD)
    await page.click("button[type=submit]")


@dataclass
class SitePage:
    """A site of chargers and the console's page of it, signed in as the test admin."""

    server: Any
    site_id: int
    keys: dict[str, str]  # charge point id -> its authorization key
    nodes: dict[str, int]  # charge point id (and "root") -> its capacity node, when the site is managed
    page: Any
    console: Console


@pytest.fixture
def site_page(server_factory: Any, browser: Any) -> Callable[..., Awaitable[SitePage]]:
    """Opens the console's page of a new site: `open(name, chargers, tags, supply_a=None, wait=...)`
    registers the chargers (each rated 32 A) and the id tags; with `supply_a` the site is managed (a
    main supply of that many amperes per phase with the chargers under it), without it the site has no
    tree yet. Waits for the element with the data-testid `wait`. 1366x768."""

    async def open_(
        name: str,
        chargers_: list[str],
        tags: list[str],
        supply_a: int | None = None,
        wait: str = "site-load-activity",
    ) -> SitePage:
        server = await server_factory()
        p = server.platform
        nodes: dict[str, int] = {}
        if supply_a is not None:
            site_id, keys, nodes = await managed_site(
                p, name, supply_a, [(c, 32) for c in chargers_], tags=tags
            )
        else:
            keys = {}
            async with p.sessionmaker() as s, s.begin():
                site = await sites.create(s, {"name": name})
                site_id = site.id
                for cpid in chargers_:
                    reg = await chargers.register(s, cpid, site_id=site.id)
                    assert reg.authorization_key is not None
                    keys[cpid] = reg.authorization_key
                for tag in tags:
                    s.add(IdTag(id_tag=tag, kind="rfid", status="Accepted"))
        ctx = await browser.new_context(viewport={"width": 1366, "height": 768})
        page = await ctx.new_page()
        console = Console(page)
        await sign_in(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/sites/{encode_id('Site', site_id)}")
        await page.locator(f"[data-testid={wait}]").wait_for(timeout=15000)
        return SitePage(server, site_id, keys, nodes, page, console)

    return open_


async def operations_command(
    page: Any, http_url: str, cpid: str, action: str, fields: dict[str, str]
) -> None:
    """On the operations page, sends `action` to charger `cpid` with the form's `fields` filled (a
    select by its option's value) and waits for the answer or the error."""
    await page.goto(f"{http_url}/admin/operations?charger={cpid}&action={action}")
    # The charger list has loaded (the form sends to the charger chosen in it).
    await page.wait_for_selector(
        f"[data-testid=operations-charger] option[value='{cpid}']", state="attached", timeout=15000
    )
    form = "[data-testid=command-form]"
    for name, value in fields.items():
        if await page.locator(f"{form} select[name={name}]").count():
            await page.select_option(f"{form} select[name={name}]", value)
        else:
            await page.fill(f"{form} input[name={name}]", value)
    await page.click(f"{form} button[type=submit]")
    await page.wait_for_selector("[data-testid=command-result]", timeout=15000)
