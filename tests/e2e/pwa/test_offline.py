"""A driver in a basement car park: the network to the platform fails (requests to /graphql aborted
in the browser, the way a dead connection fails them) and comes back. On a 390x844 touch phone the
app shows the wallet and the charger it kept on the device with how old they are, in the driver's
language, instead of "Can't reach PlagSini"; when the network returns, the screens refresh by
themselves (no reload) and show what changed on the server meanwhile."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.auth import DEFAULT_PASSWORD, make_user
from tests.helpers.browser import wait_for_function
from tests.money.conftest import credit_wallet
from tests.ocpp.conftest import register

from .conftest import pwa_server, screenshot

pytestmark = pytest.mark.browser

KEPT_AGE = "[data-testid=kept-age]"


async def _age_kept_answers(page: Any, minutes: int) -> int:
    """Moves the fetch time of every answer kept on the device `minutes` into the past (what a
    driver who has been offline that long has); returns how many there are."""
    return int(
        await page.evaluate(
            """(minutes) => {
                let n = 0;
                for (let i = 0; i < localStorage.length; i++) {
                    const k = localStorage.key(i);
                    if (!k.startsWith('plagsini.kept.')) continue;
                    const v = JSON.parse(localStorage.getItem(k));
                    v.at = Date.now() - minutes * 60000;
                    localStorage.setItem(k, JSON.stringify(v));
                    n++;
                }
                return n;
            }""",
            minutes,
        )
    )


async def _text(page: Any, selector: str) -> str:
    return str(await page.evaluate("(s) => document.querySelector(s)?.textContent ?? ''", selector))


def _shows(testid: str, text: str) -> str:
    return f"(document.querySelector('[data-testid={testid}]')?.textContent ?? '').includes('{text}')"


async def _network(context: Any, up: bool) -> None:
    if up:
        await context.unroute("**/graphql*")
    else:
        await context.route("**/graphql*", lambda route: route.abort("internetdisconnected"))


@pytest.mark.parametrize(
    ("locale", "age_text", "unreachable"),
    [
        ("en-MY", "5 minutes ago", "Can't reach PlagSini"),
        ("ms-MY", "5 minit lalu", "Tidak dapat menghubungi PlagSini"),
        ("zh-CN", "5分钟前", "目前无法连接 PlagSini"),
    ],
)
async def test_kept_data_offline_with_its_age_and_recovery_without_reload(
    server_factory: Any, launch: Any, locale: str, age_text: str, unreachable: str
) -> None:
    server, url = await pwa_server(server_factory)
    email = f"basement-{locale}@example.my"
    driver, _ = await make_user(server.platform, email=email, name="Aisyah Basement")
    await credit_wallet(server.platform, driver.id, 2000, f"pwa-offline-{locale}-1")
    await register(server.platform, "CP-BASEMENT", name="Basement B2 charger")

    _, context, page, _console = await launch(base_url=url, locale=locale)
    await page.goto("/login")
    await page.fill("#email", email)
    await page.fill("#password", DEFAULT_PASSWORD)
    await page.press("#password", "Enter")
    await page.wait_for_url("**/home", timeout=15000)
    await wait_for_function(page, _shows("home-balance", "20.00"))
    await page.goto("/c/CP-BASEMENT")
    await wait_for_function(page, _shows("start-balance", "20.00"))
    assert "Basement B2 charger" in await page.inner_text("body")

    # The network goes; the driver has been down here for five minutes. A request sent just before
    # the cut may still be answered, and its answer kept as fresh after the ageing below: a page
    # loaded after the cut has no request that can be answered.
    await _network(context, up=False)
    await page.goto("/c/CP-BASEMENT")
    await page.locator(KEPT_AGE).first.wait_for(timeout=15000)
    assert await _age_kept_answers(page, 5) >= 2

    # The charger page, opened again offline: the kept charger and balance, with their age, and not
    # the "can't reach" error.
    await page.goto("/c/CP-BASEMENT")
    await page.locator(KEPT_AGE).first.wait_for(timeout=15000)
    body = await page.inner_text("body")
    assert "Basement B2 charger" in body, body
    assert age_text in await _text(page, KEPT_AGE), await _text(page, KEPT_AGE)
    # Each query falls back to its kept answer when its own request fails: the wallet's may come after
    # the charger's.
    await wait_for_function(page, _shows("start-balance", "20.00"))
    assert unreachable not in body, body
    await screenshot(page, f"offline-charger-kept-{locale}")

    # Home, offline: the kept balance with its age (before, "—" with no retry).
    await page.goto("/home")
    await page.locator(KEPT_AGE).first.wait_for(timeout=15000)
    await wait_for_function(page, _shows("home-balance", "20.00"))
    assert age_text in await _text(page, KEPT_AGE)
    await screenshot(page, f"offline-home-kept-{locale}")

    # Meanwhile the wallet is topped up on the server; the network comes back. Without a reload
    # (the marker set on this document survives), the screen shows the new balance and drops the
    # age note within the retry backoff.
    await credit_wallet(server.platform, driver.id, 1000, f"pwa-offline-{locale}-2")
    await page.evaluate("() => { window.__sameDocument = true; }")
    await _network(context, up=True)
    await wait_for_function(
        page,
        "(document.querySelector('[data-testid=home-balance]')?.textContent ?? '').includes('30.00')"
        " && !document.querySelector('[data-testid=kept-age]')",
        timeout=15000,
    )
    assert await page.evaluate("() => window.__sameDocument === true")
    await screenshot(page, f"offline-home-recovered-{locale}")

    # The charger page likewise: offline it keeps showing the charger; back online it recovers by
    # itself (before, "Can't reach PlagSini" stayed on screen after the network was back).
    await _network(context, up=False)
    await page.goto("/c/CP-BASEMENT")
    await page.locator(KEPT_AGE).first.wait_for(timeout=15000)
    await page.evaluate("() => { window.__sameDocument = true; }")
    await _network(context, up=True)
    await wait_for_function(
        page,
        "(document.querySelector('[data-testid=start-balance]')?.textContent ?? '').includes('30.00')"
        " && !document.querySelector('[data-testid=kept-age]')",
        timeout=15000,
    )
    assert await page.evaluate("() => window.__sameDocument === true")
    body = await page.inner_text("body")
    assert "Basement B2 charger" in body and unreachable not in body, body
    await screenshot(page, f"offline-charger-recovered-{locale}")
