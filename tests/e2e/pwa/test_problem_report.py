"""A driver reports a problem at a charger from the PWA on a 390x844 touch phone (category, note, a
photo taken with the phone's camera picker), and the operator sees it in the console on the charger's
page, next to the charger's open faults, with the photo, and closes it; the driver's app keeps the
case. Chromium on both sides against the running platform."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call

from tests.e2e.admin.conftest import sign_in
from tests.helpers.auth import make_user
from tests.helpers.browser import wait_for_function
from tests.money.conftest import credit_wallet
from tests.ocpp.conftest import connect, register

from .conftest import ARTIFACTS, driver_sign_in, pwa_server, screenshot

pytestmark = pytest.mark.browser

ADMIN_DIST = Path(__file__).resolve().parents[3] / "admin_spa" / "dist" / "index.html"


def photo_of_a_broken_plug(path: Path) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (640, 480), (40, 44, 52))
    draw = ImageDraw.Draw(img)
    draw.rectangle((220, 140, 420, 340), outline=(230, 230, 230), width=12)
    draw.line((200, 120, 440, 360), fill=(220, 40, 40), width=16)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=85)
    path.write_bytes(out.getvalue())
    return path


async def test_driver_reports_and_the_operator_sees_it(
    server_factory: Any, launch: Any, tmp_path: Path
) -> None:
    if not ADMIN_DIST.is_file():
        pytest.skip("admin_spa/dist is not built (npm run build)")
    server, url = await pwa_server(server_factory)
    await make_user(server.platform, email="lina@example.my", name="Lina Report")
    key = await register(server.platform, "CP-BROKEN", name="Mid Valley B1")
    async with server.platform.sessionmaker() as s, s.begin():
        from sqlalchemy import update

        from db.models import Charger

        await s.execute(
            update(Charger)
            .where(Charger.charge_point_id == "CP-BROKEN")
            .values(is_public=True, approved=True)
        )
    async with connect(server.ocpp_url, "CP-BROKEN", key) as cp:
        # The charger itself reports a fault on connector 2: the console shows it next to the report.
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        await cp.call(
            call.StatusNotification(connector_id=2, error_code="GroundFailure", status="Faulted"),
            suppress=False,
        )

    browser, _, page, console = await launch(base_url=url)
    await driver_sign_in(page, "lina@example.my")

    await page.goto("/c/CP-BROKEN/1")
    await page.locator("[data-testid=report-problem]").tap()
    await page.wait_for_url("**/c/CP-BROKEN/report/1")
    await page.locator("[data-testid=category-CABLE]").tap()
    await page.fill("#report-note", "The plug's latch is broken, it will not lock.")
    # A photo that is too big is refused in the app before anything is sent.
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * (5 * 1024 * 1024 + 10))
    await page.set_input_files("#report-photo", str(big))
    await page.wait_for_selector("[role=alert] >> text=larger than 5 MB")
    await page.set_input_files("#report-photo", str(photo_of_a_broken_plug(tmp_path / "plug.jpg")))
    # Leaving the charger page cancelled its requests: that is no reason to claim the phone is offline.
    assert await page.locator("[data-testid=offline-notice]").count() == 0
    await screenshot(page, "report-problem-form")
    await page.locator("[data-testid=report-send]").tap()
    await page.wait_for_selector("[data-testid=report-sent]", timeout=15000)
    await screenshot(page, "report-problem-sent")
    console.assert_clean()

    # The operator's console, on a desktop screen.
    admin_context = await browser.new_context(viewport={"width": 1280, "height": 900})
    admin = await admin_context.new_page()
    await sign_in(admin, url)
    await admin.goto(f"{url}/admin/chargers/CP-BROKEN")
    panel = admin.locator("[data-testid=problem-reports]")
    await panel.locator("text=Cable or plug").wait_for(timeout=15000)
    await panel.locator("text=The plug's latch is broken").wait_for()
    await admin.locator("[data-testid=charger-cases] >> text=GroundFailure").wait_for()
    # The photo is shown (a signed link the browser loads).
    await wait_for_function(
        admin,
        "(() => { const i = document.querySelector('[data-testid=problem-reports] img');"
        " return !!i && i.complete && i.naturalWidth === 640; })()",
        timeout=15000,
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await admin.screenshot(path=str(ARTIFACTS / "console-charger-problem-report.png"), full_page=True)
    await panel.locator("input[aria-label='What was done']").fill("Latch replaced")
    await panel.locator("[data-testid=close-report]").click()
    await panel.locator("text=Latch replaced").wait_for(timeout=15000)
    await admin.screenshot(path=str(ARTIFACTS / "console-charger-problem-closed.png"), full_page=True)

    from sqlalchemy import select

    from db.models import ProblemReport

    async with server.platform.sessionmaker() as s:
        case = (await s.execute(select(ProblemReport))).scalar_one()
    assert (case.category, case.connector_id, case.status, case.photo_type) == (
        "cable",
        1,
        "closed",
        "image/jpeg",
    )
    await admin_context.close()


async def test_notify_me_when_free_then_hold_it(server_factory: Any, launch: Any) -> None:
    """On a busy charger the driver taps "Notify me when free"; when the connector frees up the
    notification's page offers to hold it, and one tap reserves it at the charger."""
    server, url = await pwa_server(server_factory)
    driver, _ = await make_user(server.platform, email="amir@example.my", name="Amir Waits")
    await credit_wallet(server.platform, driver.id, 5000, "amir-topup")
    key = await register(server.platform, "CP-QUEUE", name="Pavilion Damansara B2")
    async with server.platform.sessionmaker() as s, s.begin():
        from sqlalchemy import update

        from db.models import Charger

        await s.execute(
            update(Charger).where(Charger.charge_point_id == "CP-QUEUE").values(is_public=True, approved=True)
        )
    async with connect(server.ocpp_url, "CP-QUEUE", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"), suppress=False
        )
        _, _, page, console = await launch(base_url=url)
        await driver_sign_in(page, "amir@example.my")
        await page.goto("/c/CP-QUEUE")
        await page.locator("[data-testid=watch-charger]").tap()
        await page.wait_for_selector("[data-testid=watching]", timeout=15000)
        await screenshot(page, "notify-when-free-watching")

        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        from sqlalchemy import select

        from db.models import PushNotification

        async with server.platform.sessionmaker() as s:
            note = (
                await s.scalars(select(PushNotification).where(PushNotification.user_id == driver.id))
            ).one()
        assert note.kind == "charger_free"
        # What tapping the notification opens (its url), in the app.
        await page.goto(str((note.params or {})["url"]))
        hold = page.locator("[data-testid=reserve]")
        await hold.wait_for()
        assert "10" in await hold.inner_text()
        await wait_for_function(page, "document.querySelector('[data-testid=reserve]')?.disabled === false")
        await hold.tap()
        reserve_now = await cp.expect("ReserveNow")
        assert reserve_now["connectorId"] == 1
        await page.wait_for_selector("[data-testid=start-panel] >> text=Reserved", timeout=15000)
        await screenshot(page, "notify-when-free-held")
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Reserved"), suppress=False
        )

        # Back later (a reload): the server still says the hold is the driver's, and Start is enabled.
        await page.reload()
        await page.wait_for_selector("[data-testid=start-panel] >> text=Reserved", timeout=15000)
        await wait_for_function(
            page, "document.querySelector('[data-testid=start]')?.disabled === false", timeout=15000
        )
        await screenshot(page, "notify-when-free-held-after-reload")

        # Another driver at the same connector is told it is reserved, and cannot start.
        siti, _ = await make_user(server.platform, email="siti@example.my", name="Siti Arrives")
        await credit_wallet(server.platform, siti.id, 5000, "siti-topup")
        _, _, other, other_console = await launch(base_url=url)
        await driver_sign_in(other, "siti@example.my")
        await other.goto("/c/CP-QUEUE/1")
        await other.wait_for_selector("[data-testid=start-balance]", timeout=15000)
        await wait_for_function(
            other,
            "(document.querySelector('[data-testid=start-panel]')?.textContent ?? '').includes('Reserved')",
            timeout=15000,
        )
        assert await other.locator("[data-testid=start]").is_disabled()
        assert await other.locator("[data-testid=start-panel] >> text=Reserved until").count() == 0
        await screenshot(other, "notify-when-free-held-seen-by-another-driver")
        other_console.assert_clean()
    console.assert_clean()
