"""The operator's console against a real running platform and OCPP chargers (the `ocpp` library)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from ocpp.routing import after, on
from ocpp.v16 import ChargePoint as OcppChargePoint
from ocpp.v16 import call, call_result
from ocpp.v16.enums import Action, RemoteStartStopStatus
from websockets.typing import Subprotocol

from domain import chargers, idtags, ledger, tariffs
from domain import events as ev
from tests.conftest import TEST_ADMIN_EMAIL
from tests.e2e.admin.conftest import Console, operations_command, submit_sign_in
from tests.e2e.admin.conftest import sign_in as login
from tests.helpers.auth import make_user
from tests.helpers.browser import unanswered, wait_for_function
from tests.realtime.gql_ws import wait_until

PAGES = [
    "/",
    "/chargers",
    "/chargers/new",
    "/sessions",
    "/metering",
    "/faults",
    "/maintenance",
    "/invoices",
    "/reconciliation",
    "/roaming-settlement",
    "/operations",
    "/ocpp-log",
    "/users",
    "/support",
    "/tariffs",
    "/membership-plans",
    "/rewards",
    "/settings",
    "/audit",
    "/api",
    "/graphiql",
]


class Charger(OcppChargePoint):  # type: ignore[misc]
    """A minimal OCPP 1.6 charge point: accepts remote start (and then starts the transaction when
    `auto_start`) and remote stop (then stops it), and sends meter values on demand."""

    remote_starts: list[dict[str, Any]]
    auto_start: bool = False
    transaction_id: int | None = None
    meter_wh: int = 1000
    started: asyncio.Event
    stopped: asyncio.Event

    @on(Action.remote_start_transaction)
    async def on_remote_start(self, id_tag: str, **kw: Any) -> Any:
        self.remote_starts.append({"id_tag": id_tag, **kw})
        return call_result.RemoteStartTransaction(status=RemoteStartStopStatus.accepted)

    @after(Action.remote_start_transaction)
    async def after_remote_start(self, id_tag: str, **kw: Any) -> None:
        if not self.auto_start:
            return
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing"))
        res = await self.call(
            call.StartTransaction(connector_id=1, id_tag=id_tag, meter_start=self.meter_wh, timestamp=now())
        )
        self.transaction_id = res.transaction_id
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"))
        self.started.set()

    @on(Action.remote_stop_transaction)
    async def on_remote_stop(self, transaction_id: int, **kw: Any) -> Any:
        return call_result.RemoteStopTransaction(status=RemoteStartStopStatus.accepted)

    @after(Action.remote_stop_transaction)
    async def after_remote_stop(self, transaction_id: int, **kw: Any) -> None:
        await self.call(
            call.StopTransaction(
                meter_stop=self.meter_wh, timestamp=now(), transaction_id=transaction_id, reason="Remote"
            )
        )
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        self.stopped.set()

    async def meter(self, wh: int, power_w: float) -> None:
        self.meter_wh = wh
        await self.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=self.transaction_id,
                meter_value=[
                    {
                        "timestamp": now(),
                        "sampledValue": [
                            {"value": str(wh), "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                            {"value": str(power_w), "measurand": "Power.Active.Import", "unit": "W"},
                        ],
                    }
                ],
            )
        )


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@contextlib.asynccontextmanager
async def connect(ocpp_url: str, cpid: str, key: str | None = None) -> Any:
    headers = {}
    if key:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{cpid}:{key}".encode()).decode()
    ws = await websockets.connect(
        f"{ocpp_url}/{cpid}", subprotocols=[Subprotocol("ocpp1.6")], additional_headers=headers
    )
    cp = Charger(cpid, ws)
    cp.remote_starts = []
    cp.started, cp.stopped = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(cp.start())
    try:
        await cp.call(call.BootNotification(charge_point_model="E2E", charge_point_vendor="PlagSini"))
        await cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        yield cp
    finally:
        task.cancel()
        await ws.close()


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
    # The registration is in the audit log, by the signed-in admin; the area filter keeps it.
    await page.goto(f"{server.http_url}/admin/audit")
    await page.wait_for_selector("[data-testid=audit-action] >> text=charger.register", timeout=15000)
    await page.select_option("[data-testid=audit-area]", "charger.")
    await page.wait_for_selector("[data-testid=audit-action] >> text=charger.register", timeout=15000)
    assert TEST_ADMIN_EMAIL in await page.locator("table").inner_text()
    await page.screenshot(path=str(artifacts / "audit-register-1366x768.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_sign_out_ends_the_sign_in_and_the_next_one_starts_on_the_dashboard(
    server: Any, browser: Any, artifacts: Path
) -> None:
    """Sign out from a page deep in the console: the tokens it held stop working on the server (a
    copy taken from this browser is useless), and the next operator to sign in here starts on the
    dashboard, not on the page the last one left."""
    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/sessions")
    await page.wait_for_selector("[data-testid=logout]")
    held = json.loads(await page.evaluate("localStorage.getItem('plagsini.admin.auth')"))
    me = {"query": "{ me { email } }"}
    bearer = {"Authorization": f"Bearer {held['accessToken']}"}
    refresh = {
        "query": "mutation($t: String!) { refreshToken(input: {refreshToken: $t}) "
        "{ tokens { accessToken } errors { code } } }",
        "variables": {"t": held["refreshToken"]},
    }
    async with httpx.AsyncClient(base_url=server.http_url) as http:
        ok = (await http.post("/graphql", json=me, headers=bearer)).json()
        assert ok["data"]["me"]["email"] == TEST_ADMIN_EMAIL

        await page.click("[data-testid=logout]")
        await page.wait_for_selector("input[name=email]")
        assert await page.evaluate("localStorage.getItem('plagsini.admin.auth')") is None

        gone = (await http.post("/graphql", json=me, headers=bearer)).json()
        assert [e["extensions"]["code"] for e in gone.get("errors", [])] == ["UNAUTHENTICATED"], gone
        renewed = (await http.post("/graphql", json=refresh)).json()
        assert renewed["data"]["refreshToken"]["tokens"] is None, renewed
        assert renewed["data"]["refreshToken"]["errors"], renewed

    await submit_sign_in(page)  # on the page signing out led to
    await page.wait_for_url(re.compile(r".*/admin(/sessions)?/?$"), timeout=15000)
    assert page.url.rstrip("/") == f"{server.http_url}/admin"
    await page.wait_for_selector("[data-testid=logout]")
    await page.screenshot(path=str(artifacts / "signed-in-again-1366x768.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_sign_out_does_not_wait_for_a_server_that_does_not_answer(
    server: Any, browser: Any, artifacts: Path
) -> None:
    """The logout request hangs: after a few seconds the console forgets the sign-in anyway and shows
    the sign-in page, instead of leaving the operator signed in on a shared screen."""
    ctx, page, console = await new_page(browser)
    await login(page, server.http_url)
    async with unanswered(page, "logout(") as asked:
        await page.click("[data-testid=logout]")
        await asyncio.wait_for(asked.wait(), 10)
        await page.wait_for_selector("input[name=email]", timeout=15000)
    assert await page.evaluate("localStorage.getItem('plagsini.admin.auth')") is None
    assert not console.errors, console.errors
    await ctx.close()


async def test_remote_start_from_operations_page(server: Any, browser: Any, artifacts: Path) -> None:
    ctx, page, console = await new_page(browser, 1920, 1080)
    await login(page, server.http_url)
    key = await register(page, server.http_url, "E2E-OPS-1")
    async with connect(server.ocpp_url, "E2E-OPS-1", key) as cp:
        await operations_command(
            page,
            server.http_url,
            "E2E-OPS-1",
            "RemoteStartTransaction",
            {"idTag": "E2ETAG", "connectorId": "1"},
        )
        await page.wait_for_selector("[data-testid=command-response]", timeout=15000)
        assert "Accepted" in await page.locator("[data-testid=command-response]").inner_text()
        assert cp.remote_starts and cp.remote_starts[0]["id_tag"] == "E2ETAG"
        await page.screenshot(path=str(artifacts / "operations-1920x1080.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_session_meter_chart_stop_and_receipt(server: Any, browser: Any, artifacts: Path) -> None:
    p = server.platform
    driver, _ = await make_user(p)
    async with p.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {"name": "E2E", "price_per_kwh_sen": Decimal("100"), "tax_rate": Decimal("0.08")},
            is_default=True,
        )
        # Enough credit that the prepaid guard lets the session run.
        await ledger.adjust_wallet(
            s,
            user_id=driver.id,
            amount_sen=5000,
            reason="E2E credit",
            kind="adjustment",
            admin_id=None,
            idempotency_key="e2e-credit",
        )
        tag = await idtags.app_tag(s, driver.id)
        assert tag is not None
        reg = await chargers.register(s, "E2E-SES-1", name="E2E session charger")
    ctx, page, console = await new_page(browser, 1920, 1080)
    await login(page, server.http_url)
    async with connect(server.ocpp_url, "E2E-SES-1", reg.authorization_key) as cp:
        cp.auto_start = True
        # RemoteStartTransaction from the operations page; the charger starts the transaction.
        await operations_command(
            page,
            server.http_url,
            "E2E-SES-1",
            "RemoteStartTransaction",
            {"idTag": tag.id_tag, "connectorId": "1"},
        )
        await page.wait_for_selector("[data-testid=command-response]", timeout=15000)
        async with asyncio.timeout(15):
            await cp.started.wait()
        tx = cp.transaction_id

        # The session appears in the sessions list; its detail page charts the meter live.
        meter_channel = ev.charger_meter("E2E-SES-1")
        watchers = p.bus.subscriber_count(meter_channel)  # the platform's own listeners
        await page.goto(f"{server.http_url}/admin/sessions")
        # The row is a link (its row-link covers the row): click it.
        row = page.locator("tbody tr", has=page.locator(f"[data-testid=session-status-{tx}]"))
        await row.locator("a.row-link").click(timeout=15000)
        await page.wait_for_selector("[data-testid=meter-chart]", timeout=15000)
        await page.wait_for_selector("[data-testid=remote-stop]", timeout=15000)
        before = int(await page.get_attribute("[data-testid=meter-chart]", "data-points") or 0)
        # The page's live meter subscription is in place before the charger sends readings.
        await wait_until(lambda: p.bus.subscriber_count(meter_channel) > watchers, timeout=15)
        for i in range(1, 4):
            await cp.meter(1000 + i * 600, 7200.0 + i * 10)
            await wait_for_function(
                page,
                "n => Number(document.querySelector('[data-testid=meter-chart]').dataset.points) >= n",
                arg=before + i,
                timeout=15000,
            )
        # 1000 -> 2800 Wh: 1.8 kWh so far (live, from sessionProgress).
        await page.wait_for_selector("[data-testid=session-energy] >> text=1.8", timeout=15000)
        # The running cost, priced by the server: 1.8 kWh at MYR 1.00 plus 8% tax.
        await page.wait_for_selector("[data-testid=session-cost] >> text=MYR 1.94", timeout=15000)
        # The elapsed time ticks while the session runs.
        shown = await page.locator("[data-testid=session-duration] .value").inner_text()
        await wait_for_function(
            page,
            "t => document.querySelector('[data-testid=session-duration] .value').textContent !== t",
            arg=shown,
            timeout=5000,
        )
        await page.screenshot(path=str(artifacts / "session-live-1920x1080.png"), full_page=True)

        # Remote stop from the session page: the charger stops, the page follows without a reload.
        await page.click("[data-testid=remote-stop]")
        await page.wait_for_selector("[data-testid=stop-result].ok", timeout=15000)
        async with asyncio.timeout(15):
            await cp.stopped.wait()
        await page.wait_for_selector("[data-testid=session-status] >> text=COMPLETED", timeout=15000)

    # Its receipt: on the invoices page, and on the session page.
    await page.goto(f"{server.http_url}/admin/invoices")
    row = page.locator("tr", has=page.locator(f"[data-testid=completed-{tx}]"))
    await row.locator("[data-testid=receipt-pdf]").wait_for(timeout=15000)
    async with page.expect_popup() as popup:
        await row.locator("[data-testid=receipt-pdf]").click()
    pdf = await popup.value
    assert "/receipts/" in pdf.url
    await pdf.close()
    await page.click(f"[data-testid=completed-{tx}]")
    receipt = page.locator("[data-testid=receipt]")
    await page.wait_for_selector("[data-testid=receipt] >> text=PS-", timeout=15000)
    assert "MYR" in await receipt.inner_text()
    await page.screenshot(path=str(artifacts / "session-receipt-1366x768.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


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
        pending = [await e.get_attribute("data-missing") for e in await page.locator(".pending-op").all()]
        if pending:
            missing[path] = [p for p in pending if p]
        if console.errors:
            failures[path] = list(console.errors)
        name = path.strip("/").replace("/", "-") or "dashboard"
        await page.screenshot(path=str(artifacts / f"{name}-{size[0]}x{size[1]}.png"), full_page=True)
    await ctx.close()
    assert not failures, failures
    assert not missing, f"pages using operations the server lacks: {missing}"
