"""Browser end-to-end tests of the admin SPA in Debian's Chromium (Playwright, never a downloaded browser).

Skipped when /usr/bin/chromium or admin_spa/dist is missing, except under CI=true where that is a failure.
Screenshots go to test-artifacts/admin/.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.helpers.tiles import tile_server

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
    await page.fill("input[name=email]", TEST_ADMIN_EMAIL)
    await page.fill("input[name=password]", TEST_ADMIN_PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(re.compile(r".*/admin/?$"), timeout=15000)
