"""A phone opening a charger's link (the QR code's URL) on a slow network: the first paint needs only
index.html (the app's stylesheet is inline, no render-blocking stylesheet to download), and the
charger screen's own chunk downloads at once, alongside the main bundle, instead of after the main
bundle has arrived and run. Shown by holding the main bundle back: the styled boot screen is there
and the charger chunk is already requested; released, the screen renders with no console error (the
Content-Security-Policy allows the inline blocks by their hashes)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.helpers.browser import wait_for_function

from .conftest import screenshot

pytestmark = pytest.mark.browser


async def test_charger_link_paints_from_index_html_and_preloads_its_screen(
    server_factory: Any, launch: Any
) -> None:
    server = await server_factory()
    _, context, page, console = await launch(base_url=server.http_url)
    requested: list[str] = []
    chunk_asked = asyncio.Event()

    def on_request(request: Any) -> None:
        requested.append(request.url)
        if "/assets/Charger-" in request.url:
            chunk_asked.set()

    page.on("request", on_request)
    held: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    async def hold_main_bundle(route: Any) -> None:
        if not held.done():
            held.set_result(route)

    await context.route("**/assets/index-*.js", hold_main_bundle)
    await page.goto("/c/NO-SUCH-CHARGER", wait_until="commit")
    main_bundle = await asyncio.wait_for(held, timeout=15)

    # While the main bundle is still on its way: the charger screen's chunk is being fetched ...
    await asyncio.wait_for(chunk_asked.wait(), timeout=15)
    # ... and the boot screen is painted with the app's styles, none of them downloaded.
    await page.wait_for_selector("#boot b")
    styled = await page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--nav-h').trim()"
    )
    assert styled == "64px"
    assert await page.evaluate("document.querySelectorAll('link[rel=stylesheet]').length") == 0
    assert not [u for u in requested if u.endswith(".css")], requested
    await screenshot(page, "first-paint-boot")

    await main_bundle.continue_()
    await context.unroute("**/assets/index-*.js")
    await wait_for_function(page, "!document.querySelector('#boot') && !!document.querySelector('main')")
    await screenshot(page, "first-paint-charger")
    # the charger chunk was fetched once (the preload), not again by the lazy import
    assert len([u for u in requested if "/assets/Charger-" in u]) == 1, requested
    # an unknown charger answers with a GraphQL error the screen shows; nothing else may fail
    console.errors = [e for e in console.errors if "/graphql" not in e]
    console.assert_clean()
