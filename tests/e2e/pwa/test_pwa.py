"""The driver PWA in Chromium at 390x844 against a real running platform."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.browser import wait_for_function
from tests.helpers.mail import code_from
from tests.helpers.simulator import simulated_charger
from tests.services import free_port

from .conftest import VIEWPORT, screenshot, submit_driver_sign_in

pytestmark = pytest.mark.browser


class Steps:
    """Named steps of a browser test: a failure (a Playwright timeout above all) says which step it was
    in, and how long each step took is printed (shown by pytest when the test fails)."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()

    @contextlib.asynccontextmanager
    async def __call__(self, name: str) -> AsyncIterator[None]:
        start = time.monotonic()
        try:
            yield
        except Exception as e:
            took = time.monotonic() - start
            raise AssertionError(f"step {name!r} failed after {took:.1f}s: {type(e).__name__}: {e}") from e
        print(f"step {name!r}: {time.monotonic() - start:.2f}s (at {time.monotonic() - self.t0:.1f}s)")


otp_from = code_from


async def wait_for_sw(page: Any) -> None:
    await wait_for_function(
        page, "navigator.serviceWorker && navigator.serviceWorker.controller !== null", timeout=15000
    )


async def register_via_ui(page: Any, smtp: Any, email: str, password: str = "Correct-horse-42") -> None:
    await page.goto("/register")
    await screenshot(page, "register-1-email")
    await page.fill("#reg-email", email)
    await page.click("text=Send verification code")
    msg = await smtp.wait_for_message(to=email, timeout=15)
    code = otp_from(msg)
    await page.wait_for_selector('[aria-label="Digit 1"]')
    await page.locator("[data-testid=resend]").wait_for()
    assert re.search(r"Resend in \d+s", await page.locator("[data-testid=resend]").inner_text())
    await screenshot(page, "register-2-otp")
    # Autofill puts the whole code in the first box; the boxes spread it.
    await page.fill('[aria-label="Digit 1"]', code)
    await page.wait_for_selector("#reg-name", timeout=10000)
    await page.fill("#reg-name", "Aisyah Rahman")
    await page.fill("#reg-phone", "+60123456789")
    await page.fill("#reg-password", password)
    await screenshot(page, "register-3-details")
    await page.click("text=Create account")
    await page.wait_for_url("**/home", timeout=15000)


async def test_manifest_installable_and_service_worker(server_factory: Any, launch: Any) -> None:
    server = await server_factory()
    _, _, page, console = await launch(base_url=server.http_url)
    await page.goto("/")
    await screenshot(page, "splash")
    href = await page.get_attribute('link[rel="manifest"]', "href")
    assert href == "/manifest.webmanifest"
    async with httpx.AsyncClient(base_url=server.http_url) as http:
        r = await http.get(href)
        assert r.status_code == 200
        manifest = json.loads(r.text)
        for key in (
            "name",
            "short_name",
            "start_url",
            "scope",
            "display",
            "icons",
            "background_color",
            "theme_color",
        ):
            assert manifest.get(key), key
        assert manifest["display"] in ("standalone", "fullscreen", "minimal-ui")
        sizes = {i["sizes"]: i for i in manifest["icons"]}
        assert {"192x192", "512x512"} <= set(sizes)
        assert any("maskable" in i.get("purpose", "") for i in manifest["icons"])
        for icon in manifest["icons"]:
            png = await http.get(icon["src"])
            assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n", icon["src"]
            w, h = int.from_bytes(png.content[16:20], "big"), int.from_bytes(png.content[20:24], "big")
            assert f"{w}x{h}" == icon["sizes"]
        sw = await http.get("/sw.js")
        assert sw.status_code == 200 and sw.headers.get("service-worker-allowed") == "/"
    await wait_for_sw(page)
    reg = await page.evaluate(
        "navigator.serviceWorker.ready.then(r => ({scope: r.scope, script: r.active && r.active.scriptURL}))"
    )
    assert reg["scope"] == server.http_url + "/" and reg["script"].endswith("/sw.js")
    console.assert_clean()


async def test_offline_reload_shows_shell_and_notice(server_factory: Any, launch: Any) -> None:
    server = await server_factory()
    _, context, page, console = await launch(base_url=server.http_url)
    await page.goto("/find")
    await wait_for_sw(page)
    await page.wait_for_selector("nav.bottom")
    await context.set_offline(True)
    await page.reload()
    await page.wait_for_selector("nav.bottom", timeout=10000)
    notice = page.locator("[data-testid=offline-notice]")
    await notice.wait_for(timeout=10000)
    assert "offline" in (await notice.inner_text()).lower()
    await screenshot(page, "offline-shell")
    # Another route of the app opens offline too (index.html fallback from the cache).
    await page.goto("/faq")
    await page.wait_for_selector("text=FAQ")
    assert await notice.is_visible()
    await context.set_offline(False)
    # Failed network requests while offline are expected to be logged by Chromium (map tiles not
    # cached fail through the service worker, as ERR_FAILED, and the map says so); no app errors.
    console.errors = [
        e
        for e in console.errors
        if "ERR_INTERNET_DISCONNECTED" not in e and not ("net::ERR_FAILED" in e and server.http_url not in e)
    ]
    console.assert_clean()


async def test_scan_charger_qr_with_fake_camera(server_factory: Any, launch: Any) -> None:
    server = await server_factory()
    url = f"{server.http_url}/c/CP-QR-7/2"  # what the admin console prints
    _, _, page, console = await launch(camera_text=url, base_url=server.http_url)
    await page.goto("/scan")
    await page.wait_for_url("**/c/CP-QR-7/2", timeout=20000)
    await page.wait_for_selector("[data-testid=charger-code]")
    assert "CP-QR-7" in await page.inner_text("[data-testid=charger-code]")
    await screenshot(page, "charger-detail-from-scan")
    console.assert_clean()


async def test_manual_code_entry(server_factory: Any, launch: Any) -> None:
    server = await server_factory()
    _, context, page, console = await launch(base_url=server.http_url)
    await context.clear_permissions()  # no camera: the manual entry is the way in
    await page.goto("/scan")
    await page.fill("#code", "CP-MANUAL/1")
    await page.click("text=Open charger")
    await page.wait_for_url("**/c/CP-MANUAL/1")
    console.assert_clean()


async def test_register_with_otp_and_every_screen(server_factory: Any, smtp_server: Any, launch: Any) -> None:
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    _, _, page, console = await launch(base_url=server.http_url)
    await register_via_ui(page, smtp_server, "aisyah@example.my")
    await page.wait_for_selector("[data-testid=home-balance]")
    await wait_for_function(
        page, "(document.querySelector('[data-testid=home-balance]')?.textContent ?? '').includes('RM')"
    )
    await screenshot(page, "home")

    await page.goto("/vehicles")
    await page.fill("#brand", "Proton")
    await page.fill("#model", "e.MAS 7")
    await page.fill("#battery", "69.2")
    await page.click("text=Add vehicle")
    await page.wait_for_selector("text=Proton e.MAS 7")
    await screenshot(page, "vehicles")

    await page.goto("/profile/edit")
    await wait_for_function(page, "document.querySelector('#name')?.value === 'Aisyah Rahman'")
    await page.fill("#name", "Aisyah binti Rahman")
    await page.click("text=Save")
    await page.wait_for_selector("text=Saved.")
    await screenshot(page, "profile-edit")

    for path, name in [
        ("/profile", "profile"),
        ("/find", "find"),
        ("/scan", "scan"),
        ("/wallet", "wallet"),
        ("/payment-methods", "payment-methods"),
        ("/history", "history"),
        ("/charging", "live-charging-none"),
        ("/rewards", "rewards"),
        ("/membership", "membership"),
        ("/invite", "invite"),
        ("/faq", "faq"),
        ("/contact", "contact"),
    ]:
        await page.goto(path)
        await page.wait_for_selector("main.page")
        await page.wait_for_load_state("networkidle")
        await screenshot(page, name)
    assert await page.evaluate("window.innerWidth") == VIEWPORT["width"]

    # Contact us: the message is stored for the admins (their list is tested with the admin SPA).
    await page.goto("/contact")
    await page.fill("#subject", "Charger CP-7 cable")
    await page.fill("#body", "The cable at bay 7 looks damaged.")
    await page.click("[data-testid=contact-send]")
    await page.wait_for_selector("[data-testid=contact-result] >> text=our team will get back to you")
    assert await page.input_value("#subject") == ""
    await screenshot(page, "contact-sent")
    from sqlalchemy import select

    from db.models import SupportMessage

    async with server.platform.sessionmaker() as s:
        rows = (await s.execute(select(SupportMessage))).scalars().all()
    assert [(r.email, r.subject) for r in rows] == [("aisyah@example.my", "Charger CP-7 cable")]

    # Signing out lands on a plain sign-in page: the next sign-in on this phone starts at home, not
    # on the screen the last driver left (no ?next=/profile).
    await page.goto("/profile")
    await page.click("text=Sign out")
    await page.wait_for_selector("#email")
    assert page.url == f"{server.http_url}/login"
    await screenshot(page, "login")
    # On the page signing out led to (not a fresh /login, which would drop a ?next=).
    await submit_driver_sign_in(page, "aisyah@example.my", "Correct-horse-42")
    await page.wait_for_url(re.compile(r".*/(home|profile)$"))
    assert page.url == f"{server.http_url}/home"
    console.assert_clean()


async def add_public_charger(server: Any, cpid: str) -> None:
    """A public charger registered in the platform (security profile 0) and a default tariff."""
    from domain import chargers, tariffs

    async with server.platform.sessionmaker() as s, s.begin():
        await chargers.register(
            s,
            cpid,
            security_profile=0,
            name="PlagSini Pavilion B2",
            address="168 Jalan Bukit Bintang",
            city="Kuala Lumpur",
            latitude=Decimal("3.149"),
            longitude=Decimal("101.7133"),
        )
        await tariffs.create_tariff(
            s,
            {"name": "Standard AC", "price_per_kwh_sen": Decimal("120"), "tax_rate": Decimal("0.08")},
            is_default=True,
        )


def num(testid: str) -> str:
    """A JS expression: the number shown in `[data-testid=<testid>]` (NaN while it is missing)."""
    text = f"(document.querySelector('[data-testid={testid}]')?.textContent ?? '')"
    return f"parseFloat({text}.replace(/[^0-9.]/g, ''))"


def amount(text: str) -> float:
    m = re.search(r"(\d+(?:\.\d+)?)", text.replace(",", ""))
    assert m, text
    return float(m.group(1))


async def test_top_up_scan_charge_stop_receipt(
    server_factory: Any, smtp_server: Any, launch: Any, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = await server_factory(
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_tls="none",
        http_port=port,
        public_url=url,
        points_per_kwh=200,  # a short test session still earns points
    )
    await add_public_charger(server, "SIM-PWA-1")
    # The QR code the admin console prints: <PUBLIC_URL>/c/<chargePointId>/<connectorId>.
    _, context, page, console = await launch(camera_text=f"{url}/c/SIM-PWA-1/1", base_url=url)
    step = Steps()
    async with step("register with OTP"):
        await register_via_ui(page, smtp_server, "driver@example.my")

    # Top up through the sandbox gateway's checkout page, which sends the driver back to the app.
    async with step("top-up: to the sandbox checkout"):
        await page.goto("/wallet")
        await page.click("text=RM 50")
        await page.click("[data-testid=topup]")
        await page.wait_for_url("**/sandbox-gateway/checkout/**", timeout=15000)
        await page.wait_for_selector("text=SANDBOX GATEWAY")
        await screenshot(page, "sandbox-checkout")
    async with step("top-up: pay, redirected back to the app"):
        await page.click("#pay")
        await page.wait_for_url(re.compile(r"/wallet/return\?topUp=[^&]+&status=succeeded$"), timeout=15000)
        await page.wait_for_selector("[data-testid=topup-result] >> text=Payment received", timeout=15000)
        await screenshot(page, "topup-return")
    async with step("top-up: wallet credited"):
        await page.click("text=Back to wallet")
        await page.wait_for_url("**/wallet")
        await wait_for_function(
            page,
            "(document.querySelector('[data-testid=wallet-balance]')?.textContent ?? '').includes('50.00')",
        )
        await page.wait_for_selector("[data-testid=transactions] >> text=+RM 50.00")
        await screenshot(page, "wallet-after-topup")

    async with step("simulated charger"), simulated_charger(server, "SIM-PWA-1", tmp_path / "sim") as sim:
        async with step("find shows the station"):
            await page.goto("/find")
            await page.wait_for_selector("[data-testid=charger-list] >> text=PlagSini Pavilion B2")
            await screenshot(page, "find-with-station")
        async with step("scan the QR code to the charger detail"):
            await page.goto("/scan")
            await page.wait_for_url("**/c/SIM-PWA-1/1", timeout=20000)
            await page.wait_for_selector("[data-testid=tariff] >> text=RM 1.20")
            await wait_for_function(
                page,
                "(document.querySelector('[data-testid=start-balance]')?.textContent ?? '')"
                ".includes('50.00')",
            )
        async with step("start enabled (charger online, connector available)"):
            start = page.locator("[data-testid=start]")
            await start.wait_for()
            await wait_for_function(
                page, "document.querySelector('[data-testid=start]')?.disabled === false", timeout=15000
            )
            await screenshot(page, "charger-detail")
        async with step("start: request followed until the session runs"):
            await start.click()
            await page.wait_for_url("**/charging/**", timeout=30000)

        # Live: kWh and cost rise from the charger's meter values.
        energy = page.locator("[data-testid=live-energy]")
        cost = page.locator("[data-testid=live-cost]")
        async with step("live: first energy and cost"):
            await wait_for_function(
                page,
                f"{num('live-energy')} > 0"
                " && (document.querySelector('[data-testid=live-cost]')?.textContent ?? '').includes('RM')",
                timeout=20000,
            )
            first_kwh, first_cost = amount(await energy.inner_text()), amount(await cost.inner_text())
        async with step("live: energy and cost rise"):
            await wait_for_function(
                page,
                f"{num('live-energy')} > {first_kwh} && {num('live-cost')} > {first_cost}",
                timeout=20000,
            )
            await screenshot(page, "live-charging")
        async with step("live: when the last reading arrived"):
            last = await page.inner_text("[data-testid=live-last-reading]")
            assert re.search(r"Last reading (now|\d+ seconds? ago)", last), last
        async with step("live: a lost network is shown and the screen recovers by itself"):
            await context.set_offline(True)
            await page.locator("[data-testid=live-reconnecting]").wait_for(timeout=15000)
            await screenshot(page, "live-reconnecting")
            before = amount(await energy.inner_text())
            await context.set_offline(False)
            await page.locator("[data-testid=live-reconnecting]").wait_for(state="detached", timeout=20000)
            # New readings arrive again, on the same document (no reload).
            await wait_for_function(page, f"{num('live-energy')} > {before}", timeout=20000)
            # Chromium logs the requests that failed while offline; they are not app errors.
            console.errors = [e for e in console.errors if "ERR_INTERNET_DISCONNECTED" not in e]
        # A reload finds the running session again.
        async with step("live: found again from /charging and from home"):
            live_url = page.url
            await page.goto("/charging")
            await page.wait_for_url(live_url, timeout=15000)
            await page.goto("/home")
            await page.wait_for_selector("[data-testid=active-session] >> text=PlagSini Pavilion B2")
            await screenshot(page, "home-charging")
            await page.click("[data-testid=active-session]")
            await page.wait_for_url(live_url)
        async with step("live: enough energy for points"):
            # >= 10 Wh at 200 points/kWh.
            await wait_for_function(page, f"{num('live-energy')} >= 0.02", timeout=30000)
        async with step("stop: to the receipt page"):
            await page.click("[data-testid=stop]")
            await page.wait_for_url("**/receipt/**", timeout=30000)
        async with step("receipt with points"):
            await page.wait_for_selector("[data-testid=receipt]", timeout=30000)
            await page.wait_for_selector("[data-testid=receipt-points]")
            points = int(amount(await page.inner_text("[data-testid=receipt-points]")))
            assert points >= 4
            total = amount(await page.inner_text("[data-testid=receipt-total]"))
            assert total > 0
            await screenshot(page, "receipt")
        assert sim.cp is not None

    async with step("history, rewards and wallet after the session"):
        await page.goto("/history")
        await page.wait_for_selector("[data-testid=history-item] >> text=PlagSini Pavilion B2")
        await screenshot(page, "history-after-charge")
        await page.goto("/rewards")
        await wait_for_function(
            page, f"(document.querySelector('[data-testid=points]')?.textContent ?? '').trim() === '{points}'"
        )
        await screenshot(page, "rewards-after-charge")
        await page.goto("/wallet")
        await wait_for_function(page, f"{num('wallet-balance')} === {50 - total:.2f}")
    console.assert_clean()
