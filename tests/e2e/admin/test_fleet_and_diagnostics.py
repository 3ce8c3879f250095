"""The console's fleet operations and connection diagnostics in Chromium, against a running platform
with real WebSocket chargers: a staged firmware rollout whose progress bars move as the chargers'
FirmwareStatusNotifications arrive, and a charger refused for a wrong password showing up live in
the diagnostics."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import websockets
from ocpp.v16 import call
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from domain import events as ev
from domain import idtags
from ocpp_server.command_bus import get_bus
from tests.e2e.admin.test_admin_spa import login, new_page
from tests.helpers.auth import make_user
from tests.ocpp.conftest import basic, connect, register
from tests.realtime.gql_ws import wait_until


async def _firmware(cp: Any, *statuses: str) -> None:
    for status in statuses:
        await cp.call(call.FirmwareStatusNotification(status=status), suppress=False)


async def _progress(page: Any, cpid: str, value: int, status: str) -> None:
    """Wait until the charger's row shows `status` and its bar `value`."""
    await page.locator(f"[data-testid='status-{cpid}']", has_text=status).wait_for(timeout=15000)
    bar = page.locator(f"[data-testid='progress-{cpid}'] [role=progressbar]")
    assert await bar.get_attribute("aria-valuenow") == str(value)


async def test_staged_firmware_rollout_shows_progress_bars(
    server: Any, browser: Any, artifacts: Path
) -> None:
    names = [f"ROLL-{n}" for n in range(1, 5)]
    keys = {cpid: await register(server.platform, cpid) for cpid in names}
    async with contextlib.AsyncExitStack() as stack:
        cps = {
            cpid: await stack.enter_async_context(connect(server.ocpp_url, cpid, keys[cpid]))
            for cpid in names
        }
        ctx, page, console = await new_page(browser)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/fleet")
        form = page.locator("[data-testid=fleet-form]")
        await form.locator("input[name=search]").fill("ROLL-")
        await page.locator("[data-testid=fleet-matching]", has_text="4 chargers match").wait_for(
            timeout=15000
        )
        await form.locator("select[name=action]").select_option("UpdateFirmware")
        await form.locator("input[name=location]").fill("https://firmware.example/plagsini-2.1.bin")
        await form.locator("input[name=retrieveDate]").fill("2026-01-01T08:00")
        await form.locator("input[name=stageSize]").fill("1")
        await form.locator("input[name=autoContinue]").check()
        await form.locator("button[type=submit]").click()
        await page.wait_for_url("**/admin/fleet/*", timeout=15000)

        first = cps["ROLL-1"]
        assert (await first.expect("UpdateFirmware"))[
            "location"
        ] == "https://firmware.example/plagsini-2.1.bin"
        await _progress(page, "ROLL-1", 15, "accepted")
        await _progress(page, "ROLL-2", 0, "pending")
        await page.locator("[data-testid=fleet-stage]", has_text="Stage 1 of 2").wait_for()
        await _firmware(first, "Downloading")
        await _progress(page, "ROLL-1", 35, "downloading")
        await page.screenshot(path=str(artifacts / "fleet-rollout-stage1-1366x768.png"), full_page=True)

        await _firmware(first, "Downloaded", "Installing", "Installed")
        await _progress(page, "ROLL-1", 100, "installed")
        for cpid in names[1:]:
            await cps[cpid].expect("UpdateFirmware", timeout=15)
        await page.locator("[data-testid=fleet-stage]", has_text="Stage 2 of 2").wait_for(timeout=15000)
        await _firmware(cps["ROLL-2"], "Downloading", "Downloaded", "Installing", "Installed")
        await _firmware(cps["ROLL-3"], "Downloading", "Downloaded", "Installing")
        await _firmware(cps["ROLL-4"], "Downloading", "DownloadFailed")
        await _progress(page, "ROLL-2", 100, "installed")
        await _progress(page, "ROLL-3", 75, "installing")
        await _progress(page, "ROLL-4", 100, "failed")
        await page.locator("[data-testid=fleet-counts]", has_text="3 / 4 done").wait_for(timeout=15000)
        await page.screenshot(path=str(artifacts / "fleet-rollout-stage2-1366x768.png"), full_page=True)
        await page.set_viewport_size({"width": 1920, "height": 1080})
        await page.screenshot(path=str(artifacts / "fleet-rollout-stage2-1920x1080.png"), full_page=True)
        assert not console.errors, console.errors
        await ctx.close()


async def test_a_wrong_password_shows_in_the_diagnostics_live(
    server: Any, browser: Any, artifacts: Path
) -> None:
    key = await register(server.platform, "DIAG-E2E")
    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/diagnostics")
    table = page.locator("[data-testid=connection-events]")
    await table.locator("text=No connection events.").wait_for(timeout=15000)
    # The page subscribed before the charger tries: the row must arrive live, with no reload.
    await wait_until(lambda: server.platform.bus.subscriber_count(ev.CONNECTIONS) > 0, timeout=15)
    with pytest.raises(InvalidStatus) as refused:
        async with websockets.connect(
            f"{server.ocpp_url}/DIAG-E2E",
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=basic("DIAG-E2E", "not-the-right-key"),
            open_timeout=10,
        ):
            pass
    assert refused.value.response.status_code == 401
    row = table.locator("tr", has_text="DIAG-E2E")
    await row.first.wait_for(timeout=15000)
    text = await row.first.inner_text()
    assert "wrong_password" in text and "refused" in text and "127.0.0.1" in text and "401" in text
    await page.screenshot(path=str(artifacts / "diagnostics-wrong-password-1366x768.png"), full_page=True)

    # The charger's own page: its last refused connection and why.
    await page.goto(f"{server.http_url}/admin/chargers/DIAG-E2E")
    await page.get_by_role("tab", name="Connections").click()
    summary = page.locator("[data-testid=connection-summary]")
    await summary.locator("text=wrong_password").wait_for(timeout=15000)
    async with connect(server.ocpp_url, "DIAG-E2E", key):
        await summary.locator("text=from 127.0.0.1").wait_for(timeout=15000)
    await summary.locator("text=closed_by_charger").wait_for(timeout=15000)
    await page.screenshot(path=str(artifacts / "charger-connections-1366x768.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_configuration_table_and_live_command_history(
    server: Any, browser: Any, artifacts: Path
) -> None:
    key = await register(server.platform, "CFG-E2E")
    async with connect(server.ocpp_url, "CFG-E2E", key) as cp:
        cp.answers["GetConfiguration"] = {
            "configurationKey": [
                {"key": "HeartbeatInterval", "readonly": False, "value": "60"},
                {"key": "NumberOfConnectors", "readonly": True, "value": "2"},
            ],
            "unknownKey": [],
        }
        ctx, page, console = await new_page(browser)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/chargers/CFG-E2E")
        await page.get_by_role("tab", name="Configuration").click()
        table = page.locator("[data-testid=configuration-table]")
        await table.get_by_role("button", name="Read from the charger (GetConfiguration)").click()
        await cp.expect("GetConfiguration")
        await table.locator("tr", has_text="HeartbeatInterval").wait_for(timeout=15000)
        readonly = table.locator("tr", has_text="NumberOfConnectors")
        assert "read-only" in await readonly.inner_text()
        assert await readonly.get_by_role("button").count() == 0  # a read-only key is not editable
        await table.get_by_role("button", name="Edit HeartbeatInterval").click()
        await table.get_by_label("New value of HeartbeatInterval").fill("120")
        await table.get_by_role("button", name="Save").click()
        assert await cp.expect("ChangeConfiguration") == {"key": "HeartbeatInterval", "value": "120"}
        await (
            table.locator("tr", has_text="HeartbeatInterval").locator("text=Accepted").wait_for(timeout=15000)
        )
        await (
            table.locator("tr", has_text="HeartbeatInterval")
            .locator("code", has_text="120")
            .wait_for(timeout=15000)
        )
        await page.screenshot(path=str(artifacts / "charger-configuration-1366x768.png"), full_page=True)

        # The command history is open while a command is sent from elsewhere: it shows up live.
        await page.get_by_role("tab", name="Commands").click()
        history = page.locator("[data-testid=command-history]")
        await history.locator("tr", has_text="ChangeConfiguration").wait_for(timeout=15000)
        await get_bus(server.platform).send_command("CFG-E2E", "ClearCache", {})
        row = history.locator("tr", has_text="ClearCache")
        await row.wait_for(timeout=15000)
        assert "platform" in await row.inner_text()  # sent by the platform itself, not an admin
        changed = history.locator("tr", has_text="ChangeConfiguration")
        assert "admin@" in await changed.inner_text() and "Accepted" in await changed.inner_text()
        await page.screenshot(path=str(artifacts / "charger-command-history-1366x768.png"), full_page=True)
        assert not console.errors, console.errors
        await ctx.close()


async def test_remote_start_with_id_tag_search_and_its_outcome(
    server: Any, browser: Any, artifacts: Path
) -> None:
    driver, _ = await make_user(server.platform, email="siti.e2e@test.plagsini", name="Siti Aminah")
    async with server.platform.sessionmaker() as s:
        tag = await idtags.app_tag(s, driver.id)
    assert tag is not None
    key = await register(server.platform, "RS-E2E")
    async with connect(server.ocpp_url, "RS-E2E", key) as cp:
        ctx, page, console = await new_page(browser)
        await login(page, server.http_url)
        await page.goto(f"{server.http_url}/admin/operations?charger=RS-E2E&action=RemoteStartTransaction")
        form = page.locator("[data-testid=command-form]")
        await page.locator("[data-testid=operations-charger] option", has_text="RS-E2E").wait_for(
            state="attached"
        )
        await form.locator("input[name=idTag]").fill("Siti")
        option = page.locator("#idtag-options-idTag option")
        await option.first.wait_for(state="attached", timeout=15000)
        assert await option.first.get_attribute("value") == tag.id_tag
        assert "siti.e2e@test.plagsini" in await option.first.inner_text()
        await form.locator("input[name=idTag]").fill(tag.id_tag)
        await form.locator("input[name=connectorId]").fill("1")
        await form.locator("button[type=submit]").click()
        assert (await cp.expect("RemoteStartTransaction"))["idTag"] == tag.id_tag
        history = page.locator("[data-testid=command-history]")
        row = history.locator("tr", has_text="RemoteStartTransaction").first
        await row.locator("text=waiting for StartTransaction").wait_for(timeout=15000)
        started = await cp.call(
            call.StartTransaction(
                connector_id=1,
                id_tag=tag.id_tag,
                meter_start=0,
                timestamp=dt.datetime.now(dt.UTC).isoformat(),
            )
        )
        await row.locator("text=transaction started").wait_for(timeout=15000)
        link = row.get_by_role("link", name=f"session {started.transaction_id}")
        assert await link.get_attribute("href") is not None
        await page.screenshot(path=str(artifacts / "operations-remote-start-1366x768.png"), full_page=True)
        assert not console.errors, console.errors
        await ctx.close()
