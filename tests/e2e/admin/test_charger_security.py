"""The charger page's Security tab in Chromium, against a running platform and a real WebSocket 1.6
charger: the charger's security events and the certificate the platform's CA signed for it (ending
soon: warned, with a renew button that triggers a new CSR), a security log asked through the GetLog
form and its upload's progress; the diagnostics page lists the certificates ending soon."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ocpp.v16 import call

from tests.e2e.admin.test_admin_spa import login, new_page
from tests.helpers.axe import AXE, serious_violations
from tests.ocpp.conftest import register
from tests.ocpp.test_security_ext import connect_checked, csr_for


async def test_security_tab_events_certificate_expiry_and_get_log(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    # Certificates valid 10 days: within the 30 days of CHARGER_CERT_WARNING_DAYS, so warned at once.
    server = await server_factory(charger_cert_days=10)
    key = await register(server.platform, "CP-SECUI")
    async with connect_checked(server.ocpp_url, "CP-SECUI", key) as cp:
        answers = cp.answers_by_action  # type: ignore[attr-defined]
        answers["CertificateSigned"] = {"status": "Accepted"}
        answers["ExtendedTriggerMessage"] = {"status": "Accepted"}
        answers["GetLog"] = {"status": "Accepted", "filename": "security-20261206.log"}
        await cp.call(
            call.SecurityEventNotification(
                type="InvalidCentralSystemCertificate",
                timestamp="2026-12-06T06:00:00Z",
                tech_info="unknown CA",
            ),
            suppress=False,
        )
        assert (
            await cp.call(call.SignCertificate(csr=csr_for("CP-SECUI")[0]), suppress=False)
        ).status == "Accepted"
        await cp.expect("CertificateSigned")

        ctx, page, console = await new_page(browser)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/CP-SECUI?tab=Security")
        panel = page.locator("[data-testid=charger-security]")
        warning = panel.locator("[data-testid=certificate-expiry-warning]")
        await warning.wait_for(timeout=15000)
        await panel.get_by_text("InvalidCentralSystemCertificate").wait_for()
        await panel.get_by_text("unknown CA").wait_for()
        await panel.get_by_text("Signed by the platform's CA").wait_for()

        # GetLog through its form.
        form = panel.locator("[data-testid=command-form]")
        await form.locator("select[name=action]").select_option("GetLog")
        await form.locator("select[name=logType]").select_option("SecurityLog")
        await form.locator("input[name=remoteLocation]").fill("https://logs.example.com/upload")
        await form.locator("button[type=submit]").click()
        await form.locator("[data-testid=command-result]", has_text="Accepted").wait_for(timeout=15000)
        sent = await cp.expect("GetLog")
        assert sent["logType"] == "SecurityLog"
        await cp.call(
            call.LogStatusNotification(status="Uploaded", request_id=sent["requestId"]), suppress=False
        )
        await page.reload()
        await panel.get_by_text("Accepted → Uploaded").wait_for(timeout=15000)
        await panel.get_by_text("security-20261206.log").wait_for()

        # Renew: the charger is asked for a new CSR.
        await warning.get_by_role("button", name="Renew now").click()
        assert await cp.expect("ExtendedTriggerMessage") == {"requestedMessage": "SignChargePointCertificate"}
        await page.screenshot(path=str(artifacts / "charger-security-1366x768.png"), full_page=True)
        if AXE.exists():
            assert await serious_violations(page) == []

        await page.goto(f"{server.http_url}/admin/diagnostics")
        card = page.locator("[data-testid=expiring-certificates]")
        await card.get_by_role("link", name="CP-SECUI").wait_for(timeout=15000)
        await card.screenshot(path=str(artifacts / "expiring-certificates.png"))
        assert console.errors == []
        await ctx.close()
