"""A driver redeems points and buys a membership from the PWA (Chromium, 390x844, against the running
platform): each change shows what it did, or why not, and the screen reloads its figures after it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from db.models import MembershipPlan, RewardItem
from tests.helpers.auth import make_user
from tests.helpers.wallet import credit_wallet
from tests.money.conftest import grant_points

from .conftest import driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser


async def test_redeem_subscribe_and_cancel_show_their_outcome(server_factory: Any, launch: Any) -> None:
    server, url = await pwa_server(server_factory)
    p = server.platform
    driver, _ = await make_user(p, email="mei@example.my", name="Mei")
    async with p.sessionmaker() as s, s.begin():
        s.add_all(
            [
                RewardItem(name="Mug", points=100, kind="merch", category="merch"),
                RewardItem(name="Cap", points=20, kind="merch", category="merch"),
            ]
        )
        plan = MembershipPlan(name="Gold", monthly_price_sen=3000)
        s.add(plan)
    await grant_points(p, driver.id, 150, "e2e-rewards")
    await credit_wallet(p, driver.id, 5000)

    browser, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, "mei@example.my")

    # Redeemed: the message names the item, and the balance reloads (150 - 100 = 50 points).
    await page.goto("/rewards")
    mug = page.locator(".card", has=page.locator("text=Mug")).locator("button")
    await mug.click()
    await page.locator("[role=status]:has-text('Redeemed Mug.')").wait_for(timeout=10000)
    # 50 points are left: not enough for it any more once the balance has reloaded.
    await page.locator(".card:has-text('Mug') button:disabled").wait_for(timeout=10000)
    # Refused: the item was withdrawn after the page loaded; the server's reason is shown.
    async with p.sessionmaker() as s, s.begin():
        await s.execute(update(RewardItem).where(RewardItem.name == "Cap").values(active=False))
    await page.locator(".card", has=page.locator("text=Cap")).locator("button").click()
    alert = page.locator("[role=alert]")
    await alert.wait_for(timeout=10000)
    assert (await alert.inner_text()).strip() not in ("", "Could not redeem.")
    await screenshot(page, "rewards-refused")

    # Subscribed from the wallet, then cancelled at the period's end: each says so.
    await page.goto("/membership")
    await page.locator("button:has-text('Subscribe from wallet')").click()
    await page.locator('[role=status]:has-text("You\'re on Gold.")').wait_for(timeout=10000)
    await page.locator("[data-testid=my-membership]").wait_for(timeout=10000)
    await page.locator("button:has-text('Cancel at period end')").click()
    await page.locator("[role=status]:has-text('Cancelled')").wait_for(timeout=10000)
    await page.locator("[data-testid=my-membership] button").wait_for(state="detached", timeout=10000)
    await screenshot(page, "membership-cancelled")
    console.assert_clean()
