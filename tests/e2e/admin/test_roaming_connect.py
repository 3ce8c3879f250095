"""Connecting roaming partners from the console, in Chromium, against two partner processes (the
extrawest-ocpi peers): we register with a CPO given its versions URL and token A; we invite an eMSP,
whose token A the page shows once and which registers with it; then pull, rotate and unregister."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.ocpi.conftest import Peer, ocpi_peer, ocpi_peer_cpo

from .test_admin_spa import login, new_page

__all__ = ["ocpi_peer", "ocpi_peer_cpo"]


async def test_operator_connects_partners_both_ways_then_pulls_rotates_and_unregisters(
    server: Any, browser: Any, artifacts: Path, ocpi_peer: Peer, ocpi_peer_cpo: Peer
) -> None:
    ctx, page, console = await new_page(browser, height=1400)
    page.on("dialog", lambda d: d.accept())  # the confirmations of rotate and unregister
    await login(page, server.http_url)
    await page.click("nav >> text=Roaming partners")
    connect = page.locator("[data-testid=roaming-connect]")
    await connect.wait_for(timeout=15000)  # no partner yet: the way to connect one is open

    # We register with the CPO: first with a URL that is not one, which is refused with a reason.
    await connect.get_by_label("Partner name").fill("Peer CPO")
    await connect.get_by_label("Their versions URL").fill("not a url")
    await connect.get_by_label("Their token A").fill(ocpi_peer_cpo.token_a)
    await connect.get_by_role("button", name="Register with partner").click()
    alert = connect.get_by_role("alert")
    await alert.wait_for(timeout=15000)
    assert "url" in (await alert.inner_text()).lower()
    await connect.get_by_label("Their versions URL").fill(ocpi_peer_cpo.versions_url)
    await connect.get_by_role("button", name="Register with partner").click()
    await connect.get_by_text("Peer CPO is registered.").wait_for(timeout=30000)
    cpo = page.locator("[data-testid=roaming-partner]", has_text="Peer CPO")
    await cpo.get_by_text("REGISTERED").wait_for(timeout=15000)
    assert "SG*XWC" in await cpo.inner_text()

    # We invite the eMSP: its token A and our versions URL are shown once; it registers with them.
    toggle = page.get_by_role("button", name="+ Connect partner")
    assert await toggle.get_attribute("aria-expanded") == "true"  # kept open after the first one
    await toggle.click()
    await connect.wait_for(state="detached", timeout=15000)
    await toggle.click()
    await connect.get_by_role("tab", name="Invite them to register with us").click()
    await connect.get_by_label("Partner name").fill("Peer eMSP")
    await connect.get_by_role("button", name="Create invitation").click()
    token_a = await connect.locator("[data-testid=roaming-invite-token]").inner_text()
    versions_url = await connect.locator("[data-testid=roaming-invite-url]").inner_text()
    assert versions_url.startswith(server.http_url) and versions_url.endswith("/ocpi/versions")
    await page.screenshot(path=str(artifacts / "roaming-invitation.png"), full_page=True)
    assert (await ocpi_peer.control("register", {"versions_url": versions_url, "token_a": token_a}))["ok"]
    await page.reload()
    emsp = page.locator("[data-testid=roaming-partner]", has_text="Peer eMSP")
    await emsp.get_by_text("REGISTERED").wait_for(timeout=15000)
    assert "SG*XWP" in await emsp.inner_text()

    # The CPO adds stations; pulled on demand; the credentials rotated, and still good after.
    await ocpi_peer_cpo.control("seed", {"count": 3})
    await cpo.get_by_role("button", name="Pull locations and tariffs").click()
    await cpo.get_by_text(re.compile(r"Pulled 3 locations")).wait_for(timeout=30000)
    await cpo.get_by_role("button", name="Rotate credentials").click()
    await cpo.get_by_text("Credentials rotated").wait_for(timeout=30000)
    await cpo.get_by_role("button", name="Pull locations and tariffs").click()
    await cpo.get_by_text("Credentials rotated").wait_for(state="detached", timeout=30000)
    await cpo.get_by_text(re.compile(r"Pulled 3 locations")).wait_for(timeout=30000)

    # The eMSP's agreement ended: it shows as unregistered, and its token no longer opens anything.
    await emsp.get_by_role("button", name="Unregister").click()
    await emsp.get_by_text("UNREGISTERED").wait_for(timeout=15000)
    await page.screenshot(path=str(artifacts / "roaming-connected.png"), full_page=True)
    assert console.errors == [], console.errors
    await ctx.close()
