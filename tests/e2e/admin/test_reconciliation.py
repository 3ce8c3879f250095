"""The admin console's top-up reconciliation page in Chromium: a top-up the gateway refunded after the
wallet was credited is listed with why, and its gateway events; nothing was debited until the admin
reverses the credit from the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from domain import ledger, payments
from tests.helpers.auth import make_user

from .test_admin_spa import login, new_page


async def _send(server: Any, payment: Any, state: str, created: dt.datetime) -> str:
    gateway = payments.provider_for(server.platform)
    assert isinstance(gateway, payments.SandboxGateway)
    body = gateway.event_body(payment, state, created=created)
    out = await payments.process_webhook(
        server.platform, body, {payments.SIGNATURE_HEADER: payments.sign(gateway.secret, body)}
    )
    return out.status


async def test_reconciliation_page_lists_the_flagged_top_up(
    server: Any, browser: Any, artifacts: Path
) -> None:
    driver, _ = await make_user(server.platform)
    payment = await payments.create_topup(
        server.platform, user_id=driver.id, amount_sen=4200, method="card", idempotency_key="recon"
    )
    agreed = await payments.create_topup(
        server.platform, user_id=driver.id, amount_sen=1500, method="fpx", idempotency_key="fine"
    )
    t0 = dt.datetime.now(dt.UTC)
    assert await _send(server, agreed, "succeeded", t0) == "credited"
    # A success for the first top-up, contradicted later by the gateway's refund.
    assert await _send(server, payment, "succeeded", t0) == "credited"
    assert await _send(server, payment, "refunded", t0 + dt.timedelta(seconds=5)) == "flagged"
    async with server.platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, driver.id) == 5700  # never debited by an event

    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/reconciliation")
    flag = page.locator("[data-testid=reconciliation-flag]")
    await flag.first.wait_for(timeout=15000)
    assert await flag.count() == 1
    text = await flag.inner_text()
    assert "REFUNDED after the wallet was credited" in text, text
    row = page.locator("tr", has=flag)
    assert "MYR 42.00" in (await row.inner_text()).replace("\u00a0", " ")
    await row.locator("button", has_text="2 events").click()
    events = page.locator("[data-testid=reconciliation-events]")
    await events.wait_for()
    assert "payment.refunded" in await events.inner_text()
    await page.screenshot(path=str(artifacts / "reconciliation.png"), full_page=True)

    # The admin takes the credit back, with a reason: one balanced posting, then the list is empty.
    await row.locator("[data-testid=reverse-credit]").click()
    await page.fill("textarea", "Chargeback: the gateway refunded the payer")
    await page.click("button:has-text('Reverse'):not([data-testid])")
    await page.wait_for_selector("text=Every top-up agrees with the gateway.", timeout=15000)
    async with server.platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, driver.id) == 1500
        assert (await ledger.check_ledger(s)).ok
    await ctx.close()
    assert not console.errors, console.errors


async def test_admin_opens_a_sandbox_checkout_in_production(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    """Production with PAYMENT_GATEWAY=sandbox: the checkout page refuses anyone but an admin, and links
    to the console, which opens it with a link signed for the signed-in admin."""
    from tests.services import free_port

    port = free_port()
    server = await server_factory(
        environment="production",
        payment_gateway="sandbox",
        http_port=port,
        public_url=f"http://127.0.0.1:{port}",
    )
    driver, _ = await make_user(server.platform)
    payment = await payments.create_topup(
        server.platform, user_id=driver.id, amount_sen=3300, method="fpx", idempotency_key="staff"
    )
    checkout = f"{server.http_url}/sandbox-gateway/checkout/{payment.provider_reference}"
    assert (await server.http.get(checkout)).status_code == 403

    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    refused = await page.goto(checkout)
    assert refused is not None and refused.status == 403
    console.errors.clear()  # Chromium logs the refused page's 403 itself
    await page.click("#admin-open")
    await page.wait_for_url("**/sandbox-gateway/checkout/*?admin=*", timeout=15000)
    await page.wait_for_selector("text=SANDBOX GATEWAY")
    await page.screenshot(path=str(artifacts / "sandbox-checkout-admin.png"), full_page=True)
    await page.click("#pay")
    await page.wait_for_selector("#status >> text=succeeded", timeout=15000)
    async with server.platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, driver.id) == 3300
    await ctx.close()
    assert not console.errors, console.errors
