"""Signing out on the driver's phone when the network does not answer: the app still signs out."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.e2e.pwa.conftest import driver_sign_in, pwa_server, screenshot
from tests.helpers.auth import make_user
from tests.helpers.browser import unanswered


async def test_sign_out_does_not_wait_for_a_server_that_does_not_answer(
    server_factory: Any, launch: Any
) -> None:
    """The logout request hangs (a car park's network): after a few seconds the phone forgets the
    sign-in anyway and shows the sign-in page, instead of leaving the driver signed in on it."""
    server, url = await pwa_server(server_factory)
    await make_user(server.platform, email="hana@example.my", name="Hana Aziz")
    _, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, "hana@example.my")

    await page.goto("/profile")
    async with unanswered(page, "logout(") as asked:
        await page.click("text=Sign out")
        await asyncio.wait_for(asked.wait(), 10)
        await screenshot(page, "signing-out")  # the button says so while the app waits
        await page.wait_for_selector("#email", timeout=15000)
    assert page.url == f"{url}/login"
    assert await page.evaluate("localStorage.getItem('plagsini.auth')") is None
    await screenshot(page, "signed-out-offline")
    console.assert_clean()
