"""The console's id tags page, closing a session a dead charger never ended, and expert mode, in a
real browser against real OCPP chargers."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ocpp.v16 import call

from api.relay import encode_id
from domain import chargers, idtags, tariffs
from tests.e2e.admin.conftest import Console, sign_in
from tests.helpers.auth import make_user
from tests.helpers.wallet import credit_wallet
from tests.ocpp.conftest import connect, register


async def _downloaded(info: Any) -> str:
    """The text of a file the page downloaded."""
    path = await (await info.value).path()
    return await asyncio.to_thread(Path(path).read_text)


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def test_id_tags_close_session_and_expert_mode_in_the_console(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    server = await server_factory()
    p = server.platform
    user, _ = await make_user(p, email="van.driver@example.com")
    await credit_wallet(p, user.id, 5000)
    async with p.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(s, {"name": "Std", "price_per_kwh_sen": Decimal("100")}, is_default=True)
        await idtags.create_for_operator(s, "CARD-77", owner_id=user.id, label="Van 7")
        app_tag = (await idtags.app_tag(s, user.id)).id_tag  # type: ignore[union-attr]
    dead_key = await register(p, "E2E-DEAD")
    live_key = await register(p, "E2E-LIVE")

    # A session on a charger that then dies.
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
    async with connect(server.ocpp_url, "E2E-DEAD", dead_key) as dead:
        st = await dead.call(
            call.StartTransaction(connector_id=1, id_tag=app_tag, meter_start=0, timestamp=ts(t0)),
            suppress=False,
        )
        await dead.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=st.transaction_id,
                meter_value=[
                    {
                        "timestamp": ts(t0 + dt.timedelta(minutes=10)),
                        "sampledValue": [
                            {"value": "2500", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
                        ],
                    }
                ],
            ),
            suppress=False,
        )

    ctx = await browser.new_context(viewport={"width": 1366, "height": 768})
    page = await ctx.new_page()
    console = Console(page)
    page.on("dialog", lambda d: d.accept())  # window.confirm of expert mode
    await sign_in(page, server.http_url)
    async with connect(server.ocpp_url, "E2E-LIVE", live_key) as live:
        # Id tags: found by the owner's email, blocked; the charger is told at once.
        await page.goto(f"{server.http_url}/admin/id-tags")
        await page.fill("[aria-label='Search id tags']", "van.driver")
        row = page.locator("tr", has_text="CARD-77")
        await row.wait_for(timeout=10000)
        await row.locator("button", has_text="Edit").click()
        await page.fill("#tag-parent", "FLEET-VANS")
        await page.check("#tag-blocked")
        await page.screenshot(path=str(artifacts / "id-tag-edit-1366x768.png"))
        await page.click("[role=dialog] button[type=submit]")
        await row.locator("text=BLOCKED").wait_for(timeout=10000)
        assert "FLEET-VANS" in await row.inner_text()
        await page.screenshot(path=str(artifacts / "id-tags-1366x768.png"), full_page=True)
        auth = await live.call(call.Authorize(id_tag="CARD-77"), suppress=False)
        assert auth.id_tag_info == {"status": "Blocked", "parent_id_tag": "FLEET-VANS"}

        # Expert mode: CancelReservation of an id the platform does not know; the raw answer.
        live.answers["CancelReservation"] = {"status": "Rejected"}
        await page.goto(f"{server.http_url}/admin/expert")
        await page.fill("#raw-cpid", "E2E-LIVE")
        await page.locator("text=online").wait_for(timeout=10000)
        await page.fill("#raw-params", '{"reservationId": 4242}')
        await page.click("[data-testid=raw-send]")
        answer = page.locator("[data-testid=raw-answer]")
        await answer.wait_for(timeout=10000)
        assert '"status": "Rejected"' in await answer.inner_text()
        assert await live.expect("CancelReservation") == {"reservationId": 4242}
        await page.fill("#raw-params", '{"reservationId": "x"}')
        await page.click("[data-testid=raw-send]")
        await page.locator("[data-testid=raw-error]", has_text="CancelReservation").wait_for(timeout=10000)
        await page.screenshot(path=str(artifacts / "expert-mode-1366x768.png"), full_page=True)

    # The dead charger's session, closed with a reason and billed on its last reading.
    await page.goto(f"{server.http_url}/admin/sessions/{encode_id('ChargingSession', st.transaction_id)}")
    await page.click("[data-testid=close-session]")
    await page.fill("#close-reason", "Charger replaced after water damage")
    await page.screenshot(path=str(artifacts / "close-session-dialog-1366x768.png"))
    await page.click("[data-testid=confirm-close]")
    await page.locator("[data-testid=session-status]", has_text=re.compile("completed", re.I)).wait_for(
        timeout=10000
    )
    await page.locator("[data-testid=receipt]", has_text="PS-").wait_for(timeout=10000)
    assert "2.50" in await page.inner_text("[data-testid=session-cost]")
    assert "closed_by_operator" in await page.inner_text("[data-testid=session-flags]")
    await page.screenshot(path=str(artifacts / "session-closed-1366x768.png"), full_page=True)
    assert not console.errors, console.errors
    await ctx.close()


async def test_csv_import_shows_row_problems_then_imports_all(
    server_factory: Any, browser: Any, artifacts: Path
) -> None:
    server = await server_factory()
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(s, {"name": "Fast DC", "price_per_kwh_sen": Decimal("120")})
        await chargers.register(s, "KL-TAKEN-1")
    ctx = await browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    page = await ctx.new_page()
    console = Console(page)
    await sign_in(page, server.http_url)
    await page.goto(f"{server.http_url}/admin/chargers/import")

    # The template downloads, and imports as it is.
    async with page.expect_download() as dl:
        await page.click("[data-testid=download-template]")
    template = await _downloaded(dl)
    assert template.startswith("charge_point_id,name,address")

    header = template.splitlines()[0]
    bad = "\n".join(
        [
            header,
            "KL-NEW-1,Mall A,,Kuala Lumpur,,,3.15,101.71,yes,1,120,Fast DC,CCS2:120,",
            "KL-TAKEN-1,Taken,,,,,3.15,101.71,yes,1,,,Type2:22:3,",
            "KL-NEW-3,Bad,,,,,3.15,,yes,1,,Nope,Type3:22,",
        ]
    )
    await page.set_input_files(
        "[data-testid=import-file]",
        files=[{"name": "fleet.csv", "mimeType": "text/csv", "buffer": bad.encode()}],
    )
    problems = page.locator("[data-testid=import-problems]")
    await problems.wait_for(timeout=10000)
    text = await problems.inner_text()
    assert "longitude" in text and "connectors[0].type" in text  # found in the console, before sending
    await page.screenshot(path=str(artifacts / "import-row-problems-1366x768.png"), full_page=True)

    # The console finds nothing more; the server does (an existing charger): nothing is imported.
    fixed = bad.replace(
        "KL-NEW-3,Bad,,,,,3.15,,yes,1,,Nope,Type3:22,",
        "KL-NEW-3,Ok,,,,,3.16,101.72,no,1,,Fast DC,Type2:22:3,",
    )
    await page.set_input_files(
        "[data-testid=import-file]",
        files=[{"name": "fleet.csv", "mimeType": "text/csv", "buffer": fixed.encode()}],
    )
    await page.click("[data-testid=import-send]")
    await problems.locator("text=A charger with this charge point id exists.").wait_for(timeout=10000)
    assert "KL-TAKEN-1" in await problems.inner_text()
    async with server.platform.sessionmaker() as s:
        assert await chargers.get_by_cpid(s, "KL-NEW-1") is None

    # Without the taken row: all imported, the keys downloaded once.
    good = "\n".join(line for line in fixed.splitlines() if not line.startswith("KL-TAKEN-1"))
    await page.set_input_files(
        "[data-testid=import-file]",
        files=[{"name": "fleet.csv", "mimeType": "text/csv", "buffer": good.encode()}],
    )
    await page.click("[data-testid=import-send]")
    await page.locator("[data-testid=import-done]", has_text="2 chargers registered").wait_for(timeout=10000)
    async with page.expect_download() as dl:
        await page.click("[data-testid=download-keys]")
    keys = (await _downloaded(dl)).splitlines()
    assert keys[0] == "charge_point_id,authorization_key" and [k.split(",")[0] for k in keys[1:]] == [
        "KL-NEW-1",
        "KL-NEW-3",
    ]
    await page.screenshot(path=str(artifacts / "import-done-1366x768.png"), full_page=True)
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "KL-NEW-3")
        assert c is not None and c.is_public is False and c.tariff_id is not None
    assert not console.errors, console.errors
    await ctx.close()
