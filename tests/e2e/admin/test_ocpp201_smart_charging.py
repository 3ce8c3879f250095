"""The console's OCPP 2.0.1 commands in Chromium, against a running platform and a real WebSocket
2.0.1 station that checks every frame: GetChargingProfiles from the charger's "Charging profiles" tab
(the station's ReportChargingProfiles then listed there) and GetTransactionStatus from its "Commands"
tab. A 1.6 charger's page does not offer them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from api.relay import encode_id
from db.models import ChargingSession
from tests.e2e.admin.test_admin_spa import login, new_page
from tests.ocpp.conftest import connect, register
from tests.ocpp.test_core import add_tag
from tests.ocpp201.conftest import connect201
from tests.ocpp201.test_core201 import ts
from tests.ocpp201.test_smart_charging201 import _started


async def test_2_0_1_charger_page_offers_get_charging_profiles_and_transaction_status(
    server: Any, browser: Any, artifacts: Path
) -> None:
    key = await register(server.platform, "CP-201-UI")
    async with connect201(server.ocpp_url, "CP-201-UI", key) as st:
        st.answers["GetChargingProfiles"] = {"status": "Accepted"}
        st.answers["GetTransactionStatus"] = {"messagesInQueue": True}
        ctx, page, console = await new_page(browser)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/CP-201-UI?tab=Charging+profiles")
        form = page.locator("[data-testid=command-form]")
        await form.locator("select[name=action]").select_option("GetChargingProfiles")
        await form.locator("input[name=evseId]").fill("0")
        await form.locator("select[name=chargingProfilePurpose]").select_option("ChargingStationMaxProfile")
        await form.locator("button[type=submit]").click()
        sent = await st.expect("GetChargingProfiles")
        assert sent["evseId"] == 0
        assert sent["chargingProfile"] == {"chargingProfilePurpose": "ChargingStationMaxProfile"}
        await form.locator("[data-testid=command-response]", has_text=str(sent["requestId"])).wait_for(
            timeout=15000
        )
        report = {
            "requestId": sent["requestId"],
            "chargingLimitSource": "CSO",
            "evseId": 0,
            "chargingProfile": [
                {
                    "id": 7,
                    "stackLevel": 0,
                    "chargingProfilePurpose": "ChargingStationMaxProfile",
                    "chargingProfileKind": "Absolute",
                    "chargingSchedule": [
                        {
                            "id": 7,
                            "startSchedule": ts(dt.datetime.now(dt.UTC)),
                            "chargingRateUnit": "A",
                            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 63.0}],
                        }
                    ],
                }
            ],
        }
        assert await st.call("ReportChargingProfiles", report) == {}
        await page.reload()
        reports = page.locator("[data-testid=station-reports]")
        await reports.locator("td", has_text="ChargingProfiles").wait_for(timeout=15000)
        await reports.get_by_role("cell", name=str(sent["requestId"]), exact=True).wait_for()
        await page.screenshot(path=str(artifacts / "ocpp201-charging-profiles-1366x768.png"), full_page=True)

        await page.goto(f"{server.http_url}/admin/chargers/CP-201-UI?tab=Commands")
        status_form = page.locator("[data-testid=command-form]").first
        await status_form.locator("button[type=submit]", has_text="GetTransactionStatus").click()
        assert await st.expect("GetTransactionStatus") == {}
        await status_form.locator("[data-testid=command-response]", has_text="messagesInQueue").wait_for(
            timeout=15000
        )
        await page.screenshot(path=str(artifacts / "ocpp201-transaction-status-1366x768.png"), full_page=True)

        # An EV's charging needs (ISO 15118) show on its session.
        await add_tag(server.platform, "UICARD")
        now = dt.datetime.now(dt.UTC)
        await _started(st, "ui-tx-1", now, "UICARD")
        needs = {
            "evseId": 1,
            "chargingNeeds": {
                "requestedEnergyTransfer": "AC_three_phase",
                "departureTime": ts(now + dt.timedelta(hours=2)),
                "acChargingParameters": {
                    "energyAmount": 30000,
                    "evMinCurrent": 6,
                    "evMaxCurrent": 32,
                    "evMaxVoltage": 400,
                },
            },
        }
        assert await st.call("NotifyEVChargingNeeds", needs) == {"status": "Accepted"}
        async with server.platform.sessionmaker() as s:
            session_id = await s.scalar(
                select(ChargingSession.id).where(ChargingSession.ocpp_transaction_id == "ui-tx-1")
            )
        await page.goto(f"{server.http_url}/admin/sessions/{encode_id('ChargingSession', session_id)}")
        await page.locator("[data-testid=ev-needs]", has_text="30.0 kWh").wait_for(timeout=15000)
        await page.screenshot(path=str(artifacts / "ocpp201-session-ev-needs-1366x768.png"), full_page=True)
        assert not console.errors, console.errors

        key16 = await register(server.platform, "CP-16-UI")
        async with connect(server.ocpp_url, "CP-16-UI", key16):
            await page.goto(f"{server.http_url}/admin/chargers/CP-16-UI?tab=Charging+profiles")
            picker = page.locator("[data-testid=command-form] select[name=action]")
            await picker.wait_for(timeout=15000)
            options = await picker.locator("option").all_inner_texts()
            assert any(o.startswith("SetChargingProfile") for o in options)
            assert not any(o.startswith("GetChargingProfiles") for o in options)
            assert await page.locator("[data-testid=station-reports]").count() == 0
        await ctx.close()
