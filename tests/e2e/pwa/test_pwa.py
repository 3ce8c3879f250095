"""The driver PWA in Chromium at 390x844 against a real running platform."""

from __future__ import annotations

import json
import re
from email.message import Message
from typing import Any

import httpx
import pytest

from .conftest import VIEWPORT, missing_operations, screenshot

pytestmark = pytest.mark.browser


def otp_from(msg: Message) -> str:
    bodies = []
    for part in msg.walk() if msg.is_multipart() else [msg]:
        if part.get_content_type() in ("text/plain", "text/html"):
            payload = part.get_payload(decode=True)
            if payload:
                bodies.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    for body in bodies:
        m = re.search(r"(?<!\d)(\d{6})(?!\d)", body)
        if m:
            return m.group(1)
    raise AssertionError("no 6-digit code in the mail")


async def wait_for_sw(page: Any) -> None:
    await page.wait_for_function(
        "navigator.serviceWorker && navigator.serviceWorker.controller !== null", timeout=15000
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
    # Failed network requests while offline are expected to be logged by Chromium; no app errors.
    console.errors = [e for e in console.errors if "ERR_INTERNET_DISCONNECTED" not in e]
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
    await page.wait_for_function(
        "document.querySelector('[data-testid=home-balance]').textContent.includes('RM')"
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
    await page.wait_for_function("document.querySelector('#name').value === 'Aisyah Rahman'")
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
    await page.goto("/profile")
    await page.click("text=Sign out")
    await page.wait_for_url("**/login")
    await screenshot(page, "login")
    console.assert_clean()


FLOW_NEEDS = {
    "Query": ["charger", "chargingRequest", "session"],
    "Mutation": ["createTopUp", "startCharging", "stopCharging"],
    "Subscription": ["sessionProgress", "chargingRequest"],
    "User": ["pointsBalance"],
}


async def test_top_up_scan_charge_stop_receipt(server_factory: Any, smtp_server: Any, launch: Any) -> None:
    missing = missing_operations(FLOW_NEEDS)
    if missing:
        pytest.skip("backend operations missing for the charging flow: " + ", ".join(missing))
    from firmware import simulator  # type: ignore[attr-defined]  # noqa: F401

    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    _, _, page, console = await launch(
        camera_text=f"{server.http_url}/c/SIM-PWA-1/1", base_url=server.http_url
    )
    await register_via_ui(page, smtp_server, "driver@example.my")
    # Top up through the sandbox gateway's checkout page and back.
    await page.goto("/wallet")
    await page.click("text=RM 50")
    await page.click("[data-testid=topup]")
    await page.wait_for_selector("text=/sandbox/i", timeout=15000)
    await screenshot(page, "sandbox-checkout")
    await page.click("text=/^Pay/")
    await page.wait_for_url("**/wallet/return**", timeout=15000)
    await page.wait_for_selector("text=Payment received", timeout=15000)
    await screenshot(page, "topup-return")
    pytest.skip("charger simulator wiring for the PWA flow lands with firmware.simulator.run_simulator")
