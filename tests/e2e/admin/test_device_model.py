"""The console's device-model tab of an OCPP 2.0.1 station: the full inventory the station reported,
filtered by component and variable, a writable variable edited (SetVariables to the station, the
answer shown, the stored value updated), a read-only one not editable; a network profile sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.admin.conftest import Console, sign_in
from tests.ocpp.conftest import register
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_device_model201 import FULL_PART_1, FULL_PART_2, _send_report


async def test_device_model_tab_browse_filter_edit(server: Any, browser: Any, artifacts: Path) -> None:
    key = await register(server.platform, "E2E-DM-1")
    async with connect201(server.ocpp_url, "E2E-DM-1", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "Accepted"}
        st.answers["SetNetworkProfile"] = {"status": "Accepted"}
        await st.boot()
        asked = await st.expect("GetBaseReport")
        await _send_report(st, asked["requestId"], [FULL_PART_1, FULL_PART_2])

        ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
        page = await ctx.new_page()
        console = Console(page)
        await sign_in(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/E2E-DM-1")  # its protocol, on its page only
        await page.locator("tr", has_text="Protocol").get_by_text("OCPP 2.0.1").wait_for(timeout=15000)
        await page.goto(f"{server.http_url}/admin/chargers/E2E-DM-1?tab=Device+model")
        panel = page.locator("[data-testid=device-model]")
        await panel.locator("td", has_text="HeartbeatInterval").wait_for(timeout=15000)
        assert await panel.locator("td", has_text="FullInventory").count() == 1
        assert await panel.locator("td", has_text="Complete").count() == 1
        await page.screenshot(path=str(artifacts / "device-model-1366x900.png"), full_page=True)

        # Filter: the component and the variable, by a part of the name in either case.
        await page.get_by_label("Filter by component").fill("evse")
        await panel.locator("td", has_text="HeartbeatInterval").wait_for(state="detached", timeout=15000)
        rows = page.locator("[data-testid=device-variables] tbody tr")
        assert await rows.count() == 2
        assert await rows.filter(has_text="Power").count() == 2  # its Actual and MaxSet attributes
        assert await panel.get_by_role("button", name="Edit EVSE.Power").count() == 0  # read-only
        await page.get_by_label("Filter by component").fill("")
        await page.get_by_label("Filter by variable").fill("heartbeat")
        await panel.locator("td", has_text="ConnectorType").wait_for(state="detached", timeout=15000)
        variables = page.locator("[data-testid=device-variables] tbody tr")
        assert await variables.count() == 1
        assert "HeartbeatInterval" in await variables.inner_text()

        # Edit: SetVariables to the station; Accepted shown and the stored value updated.
        await panel.get_by_role("button", name="Edit OCPPCommCtrlr.HeartbeatInterval").click()
        await page.get_by_label("New value of OCPPCommCtrlr.HeartbeatInterval").fill("120")
        await panel.get_by_role("button", name="Save").click()
        sent = await st.expect("SetVariables")
        assert sent["setVariableData"][0]["attributeValue"] == "120"
        await panel.locator("td code", has_text="120").wait_for(timeout=15000)
        await panel.locator(".badge", has_text="Accepted").wait_for(timeout=15000)
        await page.screenshot(path=str(artifacts / "device-model-edited-1366x900.png"), full_page=True)

        # Network profile form.
        await page.locator("#f-ocppCsmsUrl").fill("wss://csms.example.com/ocpp/")
        await page.get_by_role("button", name="Send network profile").click()
        profile = await st.expect("SetNetworkProfile")
        assert profile["configurationSlot"] == 1
        assert profile["connectionData"]["ocppCsmsUrl"] == "wss://csms.example.com/ocpp/"
        await page.locator("[data-testid=network-profile-result]", has_text="Accepted").wait_for(
            timeout=15000
        )
        await page.screenshot(path=str(artifacts / "device-model-network-1366x900.png"), full_page=True)
        assert not console.errors, console.errors
        await ctx.close()


async def test_display_messages_tab_set_and_clear(server: Any, browser: Any, artifacts: Path) -> None:
    key = await register(server.platform, "E2E-DM-2")
    async with connect201(server.ocpp_url, "E2E-DM-2", key) as st:
        st.answers["SetDisplayMessage"] = {"status": "Accepted"}
        st.answers["ClearDisplayMessage"] = {"status": "Accepted"}
        ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
        page = await ctx.new_page()
        console = Console(page)
        await sign_in(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/E2E-DM-2?tab=Display+messages")
        panel = page.locator("[data-testid=display-messages]")
        await panel.wait_for(timeout=15000)
        await page.locator("#f-content").fill("Selamat datang ke PlagSini")
        await page.locator("#f-language").fill("ms")
        await page.locator("#f-priority").select_option("IN_FRONT")
        await page.locator("#f-state").select_option("IDLE")
        await page.get_by_role("button", name="Send to the display").click()
        sent = await st.expect("SetDisplayMessage")
        assert sent["message"]["priority"] == "InFront" and sent["message"]["state"] == "Idle"
        assert sent["message"]["message"] == {
            "format": "UTF8",
            "language": "ms",
            "content": "Selamat datang ke PlagSini",
        }
        row = panel.locator("tbody tr", has_text="Selamat datang ke PlagSini")
        await row.locator(".badge", has_text="Accepted").wait_for(timeout=15000)
        await page.screenshot(path=str(artifacts / "display-messages-1366x900.png"), full_page=True)
        await panel.get_by_role("button", name="Clear message 1").click()
        assert await st.expect("ClearDisplayMessage") == {"id": 1}
        await row.locator(".badge", has_text="Cleared").wait_for(timeout=15000)
        assert not console.errors, console.errors
        await ctx.close()


async def test_monitoring_tab_and_device_events_beside_the_message_log(
    server: Any, browser: Any, artifacts: Path
) -> None:
    key = await register(server.platform, "E2E-DM-3")
    async with connect201(server.ocpp_url, "E2E-DM-3", key) as st:
        st.answers["SetVariableMonitoring"] = lambda p: {
            "setMonitoringResult": [
                {
                    "id": 5,
                    "status": "Accepted",
                    "type": d["type"],
                    "severity": d["severity"],
                    "component": d["component"],
                    "variable": d["variable"],
                }
                for d in p["setMonitoringData"]
            ]
        }
        event = {
            "eventId": 1,
            "timestamp": "2026-12-06T08:00:00Z",
            "trigger": "Alerting",
            "actualValue": "Faulted",
            "techCode": "E42",
            "eventNotificationType": "HardWiredNotification",
            "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
            "variable": {"name": "AvailabilityState"},
        }
        await st.call(
            "NotifyEvent", {"generatedAt": "2026-12-06T08:00:01Z", "seqNo": 0, "eventData": [event]}
        )
        ctx = await browser.new_context(viewport={"width": 1366, "height": 900})
        page = await ctx.new_page()
        console = Console(page)
        await sign_in(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/E2E-DM-3?tab=Message+log")
        events = page.locator("[data-testid=device-events]")
        await events.locator("td", has_text="E42").wait_for(timeout=15000)
        assert "Connector (EVSE 1/1).AvailabilityState" in await events.inner_text()
        await page.screenshot(path=str(artifacts / "device-events-1366x900.png"), full_page=True)

        await page.goto(f"{server.http_url}/admin/chargers/E2E-DM-3?tab=Monitoring")
        panel = page.locator("[data-testid=monitoring]")
        await panel.wait_for(timeout=15000)
        await page.locator("#f-component").fill("EVSE")
        await page.locator("#f-evseId").fill("1")
        await page.locator("#f-variable").fill("Power")
        await page.locator("#f-value").fill("22000")
        await page.get_by_role("button", name="Set monitor").click()
        sent = await st.expect("SetVariableMonitoring")
        assert sent["setMonitoringData"][0]["component"] == {"name": "EVSE", "evse": {"id": 1}}
        await panel.locator("td", has_text="UpperThreshold").wait_for(timeout=15000)
        await page.locator("[data-testid=monitoring-result]", has_text="Accepted").wait_for(timeout=15000)
        await page.screenshot(path=str(artifacts / "monitoring-1366x900.png"), full_page=True)
        assert not console.errors, console.errors
        await ctx.close()
