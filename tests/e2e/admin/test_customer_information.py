"""The console's Customer information tab of an OCPP 2.0.1 station: an operator asks what the station
keeps about a card and has it cleared (and taken off its local list); the station's
NotifyCustomerInformation parts (out of order) are shown together once complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.admin.conftest import Console, sign_in
from tests.ocpp.conftest import register
from tests.ocpp201.conftest import connect201


async def test_customer_information_tab_report_and_clear(server: Any, browser: Any, artifacts: Path) -> None:
    key = await register(server.platform, "E2E-CI-1")
    async with connect201(server.ocpp_url, "E2E-CI-1", key) as st:
        st.answers["CustomerInformation"] = {"status": "Accepted"}
        st.answers["SendLocalList"] = {"status": "Accepted"}
        ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
        page = await ctx.new_page()
        console = Console(page)
        await sign_in(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/E2E-CI-1?tab=Customer+information")
        panel = page.locator("[data-testid=customer-information]")
        await panel.get_by_text("No requests.").wait_for(timeout=15000)

        await page.locator("#f-value").fill("04A1B2C3D4E5F6")
        await page.get_by_label("Clear it on the station").check()
        await page.get_by_label("Also remove the idToken from the station's local list").check()
        await panel.get_by_role("button", name="Send").click()
        sent = await st.expect("CustomerInformation")
        assert sent["idToken"] == {"idToken": "04A1B2C3D4E5F6", "type": "ISO14443"}
        assert (sent["report"], sent["clear"]) == (True, True)
        await page.locator(
            "[data-testid=customer-information-result]", has_text="Accepted · local list: Accepted"
        ).wait_for(timeout=15000)
        removal = await st.expect("SendLocalList")
        assert removal["localAuthorizationList"] == [
            {"idToken": {"idToken": "04A1B2C3D4E5F6", "type": "Central"}}
        ]
        for seq_no, data, tbc in ((1, "sessions: 4", False), (0, "card of a driver; ", True)):
            part = {
                "data": data,
                "tbc": tbc,
                "seqNo": seq_no,
                "generatedAt": "2026-12-06T09:00:00Z",
                "requestId": sent["requestId"],
            }
            assert await st.call("NotifyCustomerInformation", part) == {}
        await panel.get_by_role("button", name="Refresh").click()
        await panel.locator("td", has_text="card of a driver; sessions: 4").wait_for(timeout=15000)
        await panel.locator(".badge", has_text="Complete").wait_for(timeout=15000)
        assert await panel.locator("td", has_text="report + clear").count() == 1
        await page.screenshot(path=str(artifacts / "customer-information-1366x900.png"), full_page=True)
        assert not console.errors, console.errors
        await ctx.close()
