"""The operator's console against a real running platform and OCPP chargers (the `ocpp` library)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import re
from pathlib import Path
from typing import Any

import pytest
import websockets
from ocpp.routing import on
from ocpp.v16 import ChargePoint as OcppChargePoint
from ocpp.v16 import call, call_result
from ocpp.v16.enums import Action, RemoteStartStopStatus

from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.e2e.admin.conftest import Console

PAGES = [
    "/",
    "/chargers",
    "/chargers/new",
    "/sessions",
    "/metering",
    "/faults",
    "/maintenance",
    "/invoices",
    "/operations",
    "/ocpp-log",
    "/users",
    "/support",
    "/tariffs",
    "/membership-plans",
    "/rewards",
    "/settings",
    "/api",
    "/graphiql",
]


class Charger(OcppChargePoint):  # type: ignore[misc]
    """A minimal OCPP 1.6 charge point that accepts remote start."""

    remote_starts: list[dict[str, Any]]

    @on(Action.remote_start_transaction)
    async def on_remote_start(self, id_tag: str, **kw: Any) -> Any:
        self.remote_starts.append({"id_tag": id_tag, **kw})
        return call_result.RemoteStartTransaction(status=RemoteStartStopStatus.accepted)


@contextlib.asynccontextmanager
async def connect(ocpp_url: str, cpid: str, key: str | None = None) -> Any:
    headers = {}
    if key:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{cpid}:{key}".encode()).decode()
    ws = await websockets.connect(f"{ocpp_url}/{cpid}", subprotocols=["ocpp1.6"], additional_headers=headers)
    cp = Charger(cpid, ws)
    cp.remote_starts = []
    task = asyncio.create_task(cp.start())
    try:
        await cp.call(call.BootNotification(charge_point_model="E2E", charge_point_vendor="PlagSini"))
        await cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        yield cp
    finally:
        task.cancel()
        await ws.close()


async def login(page: Any, base: str) -> None:
    await page.goto(f"{base}/admin/login")
    await page.fill("input[name=email]", TEST_ADMIN_EMAIL)
    await page.fill("input[name=password]", TEST_ADMIN_PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(re.compile(r".*/admin/?$"), timeout=15000)


async def new_page(browser: Any, width: int = 1366, height: int = 768) -> tuple[Any, Any, Console]:
    ctx = await browser.new_context(viewport={"width": width, "height": height})
    page = await ctx.new_page()
    return ctx, page, Console(page)


async def register(page: Any, base: str, cpid: str) -> str:
    await page.goto(f"{base}/admin/chargers/new")
    await page.fill("input[name=chargePointId]", cpid)
    await page.fill("input[name=name]", f"E2E {cpid}")
    await page.click("button[type=submit]")
    key = (await page.locator("[data-testid=authorization-key]").inner_text(timeout=15000)).strip()
    assert len(key) >= 16
    sticker = page.locator("[data-testid=sticker-1]")
    assert (await sticker.get_attribute("data-url")).endswith(f"/c/{cpid}/1")
    return key


async def test_login_register_connect_and_live_status(server: Any, browser: Any, artifacts: Path) -> None:
    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    key = await register(page, server.http_url, "E2E-REG-1")
    await page.screenshot(path=str(artifacts / "register-1366x768.png"), full_page=True)

    await page.goto(f"{server.http_url}/admin/chargers")
    dot = page.locator("[data-testid='online-E2E-REG-1']")
    await dot.wait_for(timeout=15000)
    assert await dot.get_attribute("data-online") == "false"
    # The charger connects with the key shown once; the list turns it online without a reload.
    async with connect(server.ocpp_url, "E2E-REG-1", key):
        await page.wait_for_selector("[data-testid='online-E2E-REG-1'][data-online='true']", timeout=20000)
        await page.screenshot(path=str(artifacts / "chargers-1366x768.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_remote_start_from_operations_page(server: Any, browser: Any, artifacts: Path) -> None:
    ctx, page, console = await new_page(browser, 1920, 1080)
    await login(page, server.http_url)
    key = await register(page, server.http_url, "E2E-OPS-1")
    async with connect(server.ocpp_url, "E2E-OPS-1", key) as cp:
        await page.goto(f"{server.http_url}/admin/operations?charger=E2E-OPS-1&action=RemoteStartTransaction")
        await page.fill("[data-testid=command-form] input[name=idTag]", "E2ETAG")
        await page.fill("[data-testid=command-form] input[name=connectorId]", "1")
        await page.click("[data-testid=command-form] button[type=submit]")
        await page.wait_for_selector("[data-testid=command-response]", timeout=15000)
        assert "Accepted" in await page.locator("[data-testid=command-response]").inner_text()
        assert cp.remote_starts and cp.remote_starts[0]["id_tag"] == "E2ETAG"
        await page.screenshot(path=str(artifacts / "operations-1920x1080.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_session_meter_chart_stop_and_receipt(server: Any, browser: Any) -> None:
    pytest.skip(
        "needs Query.chargingSessions(first, after, filter) (admin session list), "
        "ChargingSession.meterSamples/flags/receipt and Mutation.remoteStopSession"
    )


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
async def test_every_page_loads_without_console_errors(
    server: Any, browser: Any, artifacts: Path, size: tuple[int, int]
) -> None:
    ctx, page, console = await new_page(browser, *size)
    await login(page, server.http_url)
    failures: dict[str, list[str]] = {}
    missing: dict[str, list[str]] = {}
    for path in PAGES:
        console.errors.clear()
        await page.goto(f"{server.http_url}/admin{path}")
        await page.wait_for_load_state("networkidle")
        await page.wait_for_timeout(300)
        pending = [await e.get_attribute("data-missing") for e in await page.locator(".pending-op").all()]
        if pending:
            missing[path] = [p for p in pending if p]
        # A query of an operation the backend lacks is answered 400 by the server: not a page error.
        errors = [e for e in console.errors if not (pending and "status of 400" in e)]
        if errors:
            failures[path] = errors
        name = path.strip("/").replace("/", "-") or "dashboard"
        await page.screenshot(path=str(artifacts / f"{name}-{size[0]}x{size[1]}.png"), full_page=True)
    await ctx.close()
    assert not failures, failures
    if missing:
        print("pages waiting for backend operations:", missing)
