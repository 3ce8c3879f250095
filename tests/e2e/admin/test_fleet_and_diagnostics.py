"""The console's fleet operations and connection diagnostics in Chromium, against a running platform
with real WebSocket chargers: a staged firmware rollout whose progress bars move as the chargers'
FirmwareStatusNotifications arrive, and a charger refused for a wrong password showing up live in
the diagnostics."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
import websockets
from ocpp.v16 import call
from websockets.exceptions import InvalidStatus

from domain import events as ev
from tests.e2e.admin.test_admin_spa import login, new_page
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
            subprotocols=["ocpp1.6"],  # type: ignore[list-item]
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
