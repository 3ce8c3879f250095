# ruff: noqa: E501 - request tables and GraphQL documents read best on one line
"""The web side of a node, attacked from outside: `plagsini serve` started as a process.

- every kind of answer carries the security headers (CSP with this origin and the map tile host
  only, frame-ancestors 'none', nosniff, Referrer-Policy; HSTS only when PUBLIC_URL is https);
- CORS on /graphql for CORS_ORIGINS only, preflight included;
- /metrics needs METRICS_TOKEN, or lives on METRICS_PORT, and is not public in production;
- X-Forwarded-For is believed from TRUSTED_PROXIES only: behind the proxy (127.0.0.2 here) the
  per-IP limits are per client, and the same header from anyone else changes nothing.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, Node
from tests.helpers.browser import wait_for_function
from tests.services import free_port

SECRET = "test-secret-key-" + "x" * 32
TOKEN = "metrics-token-for-tests-0123456789"
LOGIN = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { tokens { accessToken } errors { code } } }"
SEND_CODE = "mutation($e: String!) { requestEmailCode(input: {email: $e}) { sent errors { code } } }"
WS_UPGRADE = {
    "Connection": "Upgrade",
    "Upgrade": "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
    "Sec-WebSocket-Protocol": "ocpp1.6",
}


def directives(csp: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def assert_secure(
    r: httpx.Response, *, hsts: bool = False, tiles: str = "https://*.tile.openstreetmap.org"
) -> None:
    what = f"{r.request.method} {r.request.url.path} -> {r.status_code}"
    h = r.headers
    csp = h.get("content-security-policy")
    assert csp, f"{what}: no Content-Security-Policy"
    d = directives(csp)
    assert d.get("frame-ancestors") == ["'none'"], what
    assert d.get("default-src") == ["'self'"], what
    assert d.get("object-src") == ["'none'"], what
    for name in ("script-src", "style-src", "img-src", "connect-src"):
        # this origin, hashes of our own inline blocks, data:/blob: images and the tile host only
        for source in d.get(name, []):
            assert source in ("'self'", "data:", "blob:", tiles) or source.startswith("'sha256-"), (
                f"{what}: {name} allows {source}"
            )
    assert tiles in d["img-src"], what
    assert h.get("x-content-type-options") == "nosniff", what
    assert h.get("referrer-policy") in ("strict-origin-when-cross-origin", "no-referrer"), what
    assert h.get("x-frame-options") == "DENY", what
    if hsts:
        assert h.get("strict-transport-security", "").startswith("max-age="), what
        assert int(h["strict-transport-security"].split("=")[1].split(";")[0]) >= 15552000, what
    else:
        assert "strict-transport-security" not in h, what


async def seed_receipt_async(db_url: str) -> int:
    """A charger with coordinates and a completed session with its receipt, written straight into
    the node's database."""
    from sqlalchemy import select

    from db.models import User
    from plagsini.platform import Platform
    from plagsini.settings import load_settings
    from tests.driver_api.conftest import add_charger, add_session

    platform = Platform.create(load_settings(database_url=db_url, broadcast_url="memory://"))
    try:
        async with platform.sessionmaker() as s:
            admin = (await s.execute(select(User).where(User.email == TEST_ADMIN_EMAIL))).scalar_one()
        charger = await add_charger(platform, "CP-HDR", 3.1, 101.6)
        _, receipt = await add_session(platform, charger, admin.id, receipt=True)
        assert receipt is not None
        return receipt
    finally:
        await platform.engine.dispose()


def seed_receipt(db_url: str) -> int:
    return asyncio.run(seed_receipt_async(db_url))


def db_of(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'nodes.db'}"


@pytest.fixture
def client() -> Iterator[Callable[..., httpx.Client]]:
    made: list[httpx.Client] = []

    def make(node: Node, local_address: str | None = None) -> httpx.Client:
        transport = httpx.HTTPTransport(local_address=local_address) if local_address else None
        c = httpx.Client(base_url=node.http_url, timeout=20, transport=transport)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


# ---------------------------------------------------------------- headers


def test_security_headers_on_every_kind_of_response(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client], tmp_path: Path
) -> None:
    from api.invoices import pdf_url

    node = spawn_node(METRICS_TOKEN=TOKEN)
    http = client(node)
    receipt = seed_receipt(db_of(tmp_path))
    bad_sig = f"/receipts/{receipt}.pdf?expires={int(time.time()) + 600}&sig=00"
    gql = {"query": "{ platform { name } }"}
    sweep: list[tuple[str, str, dict[str, Any], int]] = [
        ("GET", "/", {}, 200),
        ("GET", "/index.html", {}, 200),
        ("GET", "/find", {}, 200),  # client-side route: the app shell
        ("GET", "/sw.js", {}, 200),
        ("GET", "/manifest.webmanifest", {}, 200),
        ("GET", "/admin/", {}, 200),
        ("GET", "/admin/chargers", {}, 200),
        ("GET", "/admin/favicon.svg", {}, 200),
        ("GET", "/graphql?query={__typename}", {}, 200),
        ("POST", "/graphql", {"json": gql}, 200),
        ("POST", "/graphql", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ("PUT", "/graphql", {}, 405),
        ("GET", "/healthz", {}, 200),
        ("GET", "/readyz", {}, 200),
        ("GET", "/metrics", {}, 401),
        ("GET", "/metrics", {"headers": {"authorization": f"Bearer {TOKEN}"}}, 200),
        ("GET", "/no-such-file.png", {}, 404),
        ("GET", "/admin/no-such-file.js", {}, 404),
        ("GET", pdf_url(SECRET, receipt), {}, 200),
        ("GET", bad_sig, {}, 403),
        ("GET", "/receipts/999999.pdf?expires=1&sig=0", {}, 403),
        ("POST", "/payments/webhook/sandbox", {"content": b"{}"}, 400),
        # the OCPP endpoint on the HTTP port refuses an unknown charger before the upgrade
        ("GET", "/ocpp/NO-SUCH-CHARGER", {"headers": WS_UPGRADE}, 404),
    ]
    for method, path, kwargs, status in sweep:
        r = http.request(method, path, **kwargs)
        assert r.status_code == status, f"{method} {path}: {r.status_code} {r.text[:200]}"
        assert_secure(r)
    pdf = http.get(pdf_url(SECRET, receipt))
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")

    # GraphiQL is built with the console and served from this origin: the page gets the policy of
    # every other page (no other host, no eval) and names no script of another host.
    ide = http.get("/graphql", headers={"accept": "text/html"})
    assert ide.status_code == 200 and "graphiql" in ide.text.lower()
    assert ide.headers["content-security-policy"] == http.get("/").headers["content-security-policy"]
    d = directives(ide.headers["content-security-policy"])
    assert d["frame-ancestors"] == ["'none'"] and ide.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in d["script-src"] and "'unsafe-eval'" not in d["script-src"]
    assert "https://" not in ide.text

    # The driver app learns the map tile server from its page; the CSP allows that host.
    assert '<meta name="plagsini-map-tiles" content="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"' in (
        http.get("/").text
    )


def test_production_https_node_sends_hsts_and_no_ide(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    node = spawn_node(
        ENVIRONMENT="production",
        PUBLIC_URL="https://charge.example.com",
        MAP_TILE_URL="https://tiles.example.net/osm/{z}/{x}/{y}.png",
    )
    http = client(node)
    for method, path, status in [
        ("GET", "/", 200),
        ("GET", "/admin/", 200),
        ("GET", "/graphql", 404),  # no IDE in production
        ("POST", "/graphql", 200),
        ("GET", "/healthz", 200),
        ("GET", "/no-such-file.png", 404),
        ("GET", "/metrics", 404),  # production, neither METRICS_TOKEN nor METRICS_PORT: not served
    ]:
        kwargs: dict[str, Any] = {"json": {"query": "{ platform { name } }"}} if method == "POST" else {}
        r = http.request(method, path, **kwargs)
        assert r.status_code == status, f"{method} {path}: {r.status_code}"
        assert_secure(r, hsts=True, tiles="https://tiles.example.net")
        assert "openstreetmap" not in r.headers["content-security-policy"]
    ide = http.get("/graphql", headers={"accept": "text/html"})
    assert "graphiql" not in ide.text.lower()
    assert 'content="https://tiles.example.net/osm/{z}/{x}/{y}.png"' in http.get("/").text


def test_bad_web_settings_stop_start_up(tmp_path: Path) -> None:
    for name, value in [
        ("TRUSTED_PROXIES", "10.0.0.0/8, nginx"),
        ("MAP_TILE_URL", "https://tiles.{s}.example.net/{z}/{x}/{y}.png"),
        ("MAP_TILE_URL", "javascript:alert(1)//{z}/{x}/{y}"),
        ("MAP_TILE_URL", "https://tiles.example.net/" + "a" * 500 + "/{z}/{x}/{y}.png"),
        ("MAP_TILE_ATTRIBUTION", "<img src=x onerror=alert(1)>"),
        ("MAP_TILE_ATTRIBUTION", '<a href="javascript:alert(1)">Tiles</a>'),
        ("MAP_TILE_ATTRIBUTION", "&copy; " + "x" * 500),
        ("CORS_ORIGINS", "https://app.example.com/path"),
        ("METRICS_TOKEN", "short"),
        ("GRAPHIQL", "sometimes"),
    ]:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bad.db'}",
            "VAR_DIR": str(tmp_path / "var"),
            "HTTP_PORT": str(free_port()),
            "OCPP_PORT": str(free_port()),
            name: value,
        }
        p = subprocess.run(
            [sys.executable, "-m", "plagsini", "serve"], cwd=ROOT, env=env, capture_output=True, timeout=60
        )
        out = (p.stdout + p.stderr).decode()
        assert p.returncode == 2, f"{name}={value}: exit {p.returncode}\n{out}"
        lines = [line for line in out.splitlines() if line.strip()]
        assert (
            len(lines) == 1 and lines[0].startswith("plagsini: configuration error:") and name in lines[0]
        ), out


# ---------------------------------------------------------------- CORS


def test_cors_for_listed_origins_only(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    allowed = "https://ops.example.com"
    node = spawn_node(CORS_ORIGINS=f"{allowed}, https://partner.example.org:8443")
    http = client(node)
    preflight = {
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
    }

    r = http.options("/graphql", headers={"origin": allowed, **preflight})
    assert r.status_code in (200, 204), r.text
    assert r.headers["access-control-allow-origin"] == allowed
    assert "POST" in r.headers["access-control-allow-methods"]
    allowed_headers = {h.strip().lower() for h in r.headers["access-control-allow-headers"].split(",")}
    assert {"content-type", "authorization"} <= allowed_headers
    # Credentials mode is not offered: the API takes a bearer token, never a cookie.
    assert "access-control-allow-credentials" not in r.headers
    assert_secure(r)

    r = http.post("/graphql", json={"query": "{ platform { name } }"}, headers={"origin": allowed})
    assert r.status_code == 200 and r.json()["data"]["platform"]["name"] == "PlagSini"
    assert r.headers["access-control-allow-origin"] == allowed
    assert "origin" in r.headers.get("vary", "").lower()
    r = http.options("/graphql", headers={"origin": "https://partner.example.org:8443", **preflight})
    assert r.headers["access-control-allow-origin"] == "https://partner.example.org:8443"

    for origin in (
        "https://evil.example",
        "https://ops.example.com.evil.example",
        "null",
        "http://ops.example.com",
    ):
        r = http.options("/graphql", headers={"origin": origin, **preflight})
        assert r.status_code >= 400, origin
        assert not [k for k in r.headers if k.lower().startswith("access-control-")], (origin, r.headers)
        r = http.post("/graphql", json={"query": "{ platform { name } }"}, headers={"origin": origin})
        assert not [k for k in r.headers if k.lower().startswith("access-control-")], (origin, r.headers)
    # A listed origin asking for a method or header the API does not take is refused too.
    r = http.options("/graphql", headers={"origin": allowed, "access-control-request-method": "DELETE"})
    assert r.status_code >= 400 and "access-control-allow-origin" not in r.headers


# ---------------------------------------------------------------- /metrics


def test_metrics_needs_the_token(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    node = spawn_node(METRICS_TOKEN=TOKEN)
    http = client(node)
    for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": f"Bearer {TOKEN}x"},
                    {"authorization": f"Basic {TOKEN}"}, {"authorization": f"Bearer {TOKEN[:-1]}"}):  # fmt: skip
        r = http.get("/metrics", headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"].lower().startswith("bearer")
        assert "plagsini_" not in r.text
    r = http.get("/metrics", headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and "plagsini_" in r.text
    assert "metrics on the HTTP port, bearer token required" in node.output()


def test_metrics_on_its_own_listener(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    port = free_port()
    node = spawn_node(ENVIRONMENT="production", METRICS_HOST="127.0.0.1", METRICS_PORT=str(port))
    http = client(node)
    assert http.get("/metrics").status_code == 404  # not on the public port
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as m:
        r = m.get("/metrics")
        assert r.status_code == 200 and "plagsini_" in r.text
        assert_secure(r, hsts=False)
        for path in ("/", "/graphql", "/admin/", "/healthz"):  # nothing else lives there
            assert m.get(path).status_code == 404, path
    assert f"metrics on http://127.0.0.1:{port}/metrics only" in node.output()


# ---------------------------------------------------------------- trusted proxies


def _login_codes(http: httpx.Client, client_ip: str | None, n: int, offset: int = 0) -> list[str | None]:
    headers = {"x-forwarded-for": f"198.18.0.1, {client_ip}"} if client_ip else {}
    codes = []
    for i in range(n):
        body = {"query": LOGIN, "variables": {"e": f"nobody{offset + i}@example.com", "p": "wrong-password"}}
        errors = http.post("/graphql", json=body, headers=headers).json()["data"]["login"]["errors"]
        codes.append(errors[0]["code"] if errors else None)
    return codes


PROXIED_NODE = {
    "TRUSTED_PROXIES": "127.0.0.2",
    "LOGIN_ATTEMPTS_PER_IP": "3",
    "LOGIN_ATTEMPTS_PER_ACCOUNT": "1000",
    "OTP_SEND_PER_IP_PER_HOUR": "2",
    "LOG_LEVEL": "info",
}


def _send_code(http: httpx.Client, ip: str | None, email: str) -> list[Any]:
    headers = {"x-forwarded-for": ip} if ip else {}
    r = http.post("/graphql", json={"query": SEND_CODE, "variables": {"e": email}}, headers=headers)
    return [e["code"] for e in r.json()["data"]["requestEmailCode"]["errors"]]


def test_per_ip_limits_are_per_client_behind_the_trusted_proxy(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    node = spawn_node(**PROXIED_NODE)
    proxy = client(node, local_address="127.0.0.2")  # the shipped nginx, as the node sees it

    # One attacker behind the proxy exhausts their own sign-in budget...
    attacker = "203.0.113.7"
    assert _login_codes(proxy, attacker, 3) == ["INVALID_CREDENTIALS"] * 3
    assert _login_codes(proxy, attacker, 1, offset=10) == ["RATE_LIMITED"]
    # ...and nobody else's: another driver behind the same proxy signs in.
    body = {"query": LOGIN, "variables": {"e": TEST_ADMIN_EMAIL, "p": TEST_ADMIN_PASSWORD}}
    ok = proxy.post("/graphql", json=body, headers={"x-forwarded-for": "198.51.100.23"}).json()["data"][
        "login"
    ]
    assert ok["errors"] == [] and ok["tokens"]["accessToken"]
    # X-Real-IP alone (no X-Forwarded-For) is believed from the proxy too.
    ok = proxy.post("/graphql", json=body, headers={"x-real-ip": "198.51.100.24"}).json()["data"]["login"]
    assert ok["errors"] == []

    # Registration codes: the per-IP mail budget is per client behind the proxy, not platform-wide.
    for i in range(2):
        assert _send_code(proxy, "192.0.2.10", f"first{i}@example.com") == []
    assert _send_code(proxy, "192.0.2.10", "first9@example.com") == ["RATE_LIMITED"]
    for i in range(2):
        assert _send_code(proxy, f"192.0.2.{20 + i}", f"other{i}@example.com") == []


def test_forwarded_headers_from_untrusted_peers_are_ignored(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    node = spawn_node(**PROXIED_NODE)
    direct = client(node, local_address="127.0.0.1")  # anybody but the proxy

    # Rotating X-Forwarded-For / X-Real-IP does not buy an attacker new budgets: every attempt
    # counts against the real peer address.
    codes = []
    for i in range(4):
        body = {"query": LOGIN, "variables": {"e": f"spoof{i}@example.com", "p": "wrong-password"}}
        r = direct.post(
            "/graphql", json=body, headers={"x-forwarded-for": f"10.9.8.{i}", "x-real-ip": f"10.7.7.{i}"}
        )
        errors = r.json()["data"]["login"]["errors"]
        codes.append(errors[0]["code"] if errors else None)
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"], codes
    assert _send_code(direct, "10.9.9.1", "spoof-a@example.com") == []
    assert _send_code(direct, "10.9.9.2", "spoof-b@example.com") == []
    assert _send_code(direct, "10.9.9.3", "spoof-c@example.com") == ["RATE_LIMITED"]


def _wait_for_log(node: Node, text: str) -> None:
    deadline = time.monotonic() + 10
    while text not in node.output():
        assert time.monotonic() < deadline, f"{text!r} not logged:\n{node.output()[-2000:]}"
        time.sleep(0.05)


def test_ocpp_endpoints_log_the_client_address(
    spawn_node: Callable[..., Node], client: Callable[..., httpx.Client]
) -> None:
    node = spawn_node(**PROXIED_NODE)
    proxy = client(node, local_address="127.0.0.2")
    direct = client(node, local_address="127.0.0.1")
    # /ocpp/<id> on the HTTP port
    assert (
        proxy.get("/ocpp/CP-LOGGED", headers={**WS_UPGRADE, "x-forwarded-for": "203.0.113.99"}).status_code
        == 404
    )
    _wait_for_log(node, "'CP-LOGGED' from 203.0.113.99 refused: 404")
    assert (
        direct.get("/ocpp/CP-SPOOF", headers={**WS_UPGRADE, "x-forwarded-for": "203.0.113.98"}).status_code
        == 404
    )
    _wait_for_log(node, "'CP-SPOOF' from 127.0.0.1 refused: 404")
    # the OCPP port
    ocpp = f"http://127.0.0.1:{node.ocpp_url.rsplit(':', 1)[1]}"
    for source, xff in (("127.0.0.2", "203.0.113.77"), ("127.0.0.1", "203.0.113.76")):
        with httpx.Client(base_url=ocpp, transport=httpx.HTTPTransport(local_address=source)) as c:
            assert c.get(f"/CP-{source}", headers={**WS_UPGRADE, "x-forwarded-for": xff}).status_code == 404
    _wait_for_log(node, "'CP-127.0.0.2' from 203.0.113.77 refused: 404")
    _wait_for_log(node, "'CP-127.0.0.1' from 127.0.0.1 refused: 404")
    assert "203.0.113.98" not in node.output() and "203.0.113.76" not in node.output()


# ---------------------------------------------------------------- both front ends under the policy in Chromium

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "security"
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
});
"""


def _tile_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (256, 256), (170, 211, 223))
    ImageDraw.Draw(img).rectangle((0, 0, 255, 255), outline=(120, 120, 120))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.browser
async def test_front_ends_load_under_the_policy_in_chromium(
    spawn_node: Callable[..., Node], tmp_path: Path
) -> None:
    """Both front ends, the service worker, Leaflet with its tiles, the console's GraphiQL and the
    GraphiQL page on /graphql load with no CSP violation; screenshots in test-artifacts/security/."""
    for needed in (
        CHROMIUM,
        ROOT / "driver_pwa" / "dist" / "sw.js",
        ROOT / "admin_spa" / "dist" / "index.html",
    ):
        if not needed.exists():
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"{needed} is missing (required under CI=true)")
            pytest.skip(f"{needed} is missing")
    from playwright.async_api import async_playwright

    node = spawn_node()
    # a charger with coordinates (on the map), a completed session and its receipt
    receipt = await seed_receipt_async(db_of(tmp_path))
    base = node.http_url
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tile = _tile_png()
    console: list[str] = []
    tiles_served: list[str] = []

    async def serve_tile(route: Any) -> None:
        tiles_served.append(route.request.url)
        await route.fulfill(status=200, content_type="image/png", body=tile)

    async def violations(page: Any) -> list[str]:
        return [str(v) for v in await page.evaluate("window.__csp || []")]

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            # The driver app on a phone: splash, then the map with the service worker in control.
            ctx = await browser.new_context(
                viewport={"width": 390, "height": 844},
                device_scale_factor=2,
                is_mobile=True,
                service_workers="allow",
                permissions=["geolocation"],
                geolocation={"latitude": 3.1, "longitude": 101.6},
            )
            await ctx.route("https://*.tile.openstreetmap.org/**", serve_tile)
            await ctx.add_init_script(RECORD_VIOLATIONS)
            ctx.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
            page = await ctx.new_page()
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            await page.goto(base + "/")
            await wait_for_function(page, "navigator.serviceWorker.ready.then(() => true)")
            await page.screenshot(path=str(ARTIFACTS / "pwa-splash.png"))
            assert await violations(page) == []
            await page.goto(base + "/find")
            await wait_for_function(page, "!!navigator.serviceWorker.controller")
            # Tiles come through the service worker (its fetch runs under sw.js's policy): real
            # 256-pixel tiles, not the 1-pixel placeholder it shows when a fetch is refused.
            await wait_for_function(
                page,
                "[...document.querySelectorAll('img.leaflet-tile')].some(i => i.complete && i.naturalWidth === 256)",
                timeout=20000,
            )
            await wait_for_function(
                page, "document.body.innerText.includes('Station CP-HDR')"
            )  # the seeded charger
            await page.screenshot(path=str(ARTIFACTS / "pwa-find-map.png"))
            assert tiles_served, "no tile was requested"
            assert await violations(page) == []
            await ctx.close()

            # The operator console: every page, the bundled GraphiQL and a QR sticker (data: image).
            ctx = await browser.new_context(viewport={"width": 1366, "height": 768})
            await ctx.add_init_script(RECORD_VIOLATIONS)
            ctx.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
            page = await ctx.new_page()
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            await page.goto(base + "/admin/login")
            await page.fill("input[name=email]", TEST_ADMIN_EMAIL)
            await page.fill("input[name=password]", TEST_ADMIN_PASSWORD)
            await page.click("button[type=submit]")
            await page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"), timeout=15000)
            await page.wait_for_load_state("networkidle")
            await page.screenshot(path=str(ARTIFACTS / "admin-dashboard.png"))
            seen: list[str] = []
            for path in ("/chargers", "/sessions", "/invoices", "/ocpp-log", "/settings", "/api"):
                await page.click(f"a[href='/admin{path}']")
                await page.wait_for_load_state("networkidle")
                seen += await violations(page)
            await page.goto(base + "/admin/chargers/CP-HDR")
            await page.get_by_role("tab", name="QR stickers").click()
            await wait_for_function(
                page,
                "[...document.querySelectorAll('.sticker img')].some(i => i.complete && i.naturalWidth > 0)",
            )
            await page.screenshot(path=str(ARTIFACTS / "admin-qr-stickers.png"))
            seen += await violations(page)
            await page.goto(base + "/admin/graphiql")
            await page.wait_for_selector(".graphiql-container .CodeMirror", timeout=20000)
            await page.keyboard.press("Escape")
            await page.wait_for_load_state("networkidle")
            await page.screenshot(path=str(ARTIFACTS / "admin-graphiql.png"))
            seen += await violations(page)
            assert seen == []

            # GraphiQL on /graphql (its own page, from the console's assets) under the same policy.
            await page.goto(base + "/graphql", wait_until="load")
            await page.wait_for_selector(".graphiql-container .CodeMirror", timeout=20000)
            await page.screenshot(path=str(ARTIFACTS / "graphql-ide-development.png"))
            assert await violations(page) == []

            # A receipt opens in the browser's PDF viewer under the same policy.
            from api.invoices import pdf_url

            response = await page.goto(base + pdf_url(SECRET, receipt))
            assert response is not None and response.headers["content-type"] == "application/pdf"
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            await page.wait_for_timeout(1500)  # the viewer paints; only the screenshot depends on it
            await page.screenshot(path=str(ARTIFACTS / "receipt-pdf.png"))
            await ctx.close()
        finally:
            await browser.close()
    csp_messages = [m for m in console if "content security policy" in m.lower()]
    assert csp_messages == [], "\n".join(csp_messages)


# ---------------------------------------------------------------- the shipped nginx in front of a node


def test_shipped_nginx_config_gives_the_node_each_clients_address(
    spawn_node: Callable[..., Node], tmp_path: Path
) -> None:
    """deploy/nginx.conf as shipped (only the upstream and listen addresses changed), in front of a
    node trusting it: limits are per client, and the OCPP port logs the charger's address."""
    import re
    import shutil

    from tests.conftest import service_unavailable

    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        service_unavailable(
            "nginx", "nginx is not installed (scripts/install_services.sh installs nginx-light)"
        )
        return
    node = spawn_node(**{**PROXIED_NODE, "TRUSTED_PROXIES": "127.0.0.1"})  # nginx connects from 127.0.0.1
    http_port, ocpp_port = free_port(), free_port()
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    conf = re.sub(r"node\d+:8000", node.http_url.removeprefix("http://"), conf)
    conf = re.sub(r"node\d+:9000", node.ocpp_url.removeprefix("ws://"), conf)
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{http_port};")
    conf = conf.replace("listen 9000;", f"listen 127.0.0.1:{ocpp_port};")
    conf = f"daemon off;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/nginx-error.log warn;\n" + conf
    conf = conf.replace("http {", f"http {{\n  access_log off;\n  client_body_temp_path {tmp_path}/body;", 1)
    (tmp_path / "nginx.conf").write_text(conf)
    proc = subprocess.Popen(
        [
            nginx,
            "-p",
            str(tmp_path),
            "-c",
            str(tmp_path / "nginx.conf"),
            "-e",
            str(tmp_path / "nginx-error.log"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{http_port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, (tmp_path / "nginx-error.log").read_text()
            assert time.monotonic() < deadline, "nginx did not come up"
            time.sleep(0.1)

        def via_nginx(source: str) -> httpx.Client:
            return httpx.Client(
                base_url=f"http://127.0.0.1:{http_port}",
                transport=httpx.HTTPTransport(local_address=source),
                timeout=20000,
            )

        # An attacker at 127.0.0.3 claiming other addresses: nginx appends the real one, the node
        # takes that, and the attacker's budget runs out.
        with via_nginx("127.0.0.3") as attacker:
            codes = []
            for i in range(4):
                body = {"query": LOGIN, "variables": {"e": f"n{i}@example.com", "p": "wrong-password"}}
                r = attacker.post("/graphql", json=body, headers={"x-forwarded-for": f"10.1.1.{i}"})
                errors = r.json()["data"]["login"]["errors"]
                codes.append(errors[0]["code"] if errors else None)
            assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"], codes
        # Everybody else is unaffected.
        with via_nginx("127.0.0.4") as driver:
            body = {"query": LOGIN, "variables": {"e": TEST_ADMIN_EMAIL, "p": TEST_ADMIN_PASSWORD}}
            assert driver.post("/graphql", json=body).json()["data"]["login"]["errors"] == []
            assert_secure(driver.get("/"))
        # A charger through nginx's OCPP port: the node logs its address, not nginx's.
        with httpx.Client(
            base_url=f"http://127.0.0.1:{ocpp_port}", transport=httpx.HTTPTransport(local_address="127.0.0.5")
        ) as charger:
            assert charger.get("/CP-BEHIND-NGINX", headers=WS_UPGRADE).status_code == 404
        _wait_for_log(node, "'CP-BEHIND-NGINX' from 127.0.0.5 refused: 404")
    finally:
        proc.terminate()
        proc.wait(10)


# ---------------------------------------------------------------- the rules, unit by unit


def test_client_address_rules() -> None:
    from plagsini.web_security import client_address, parse_networks, tile_source

    nets = parse_networks("10.0.0.0/8, 127.0.0.2, fd00::/8")
    # An untrusted peer is the client, whatever it claims.
    assert client_address("203.0.113.1", ["1.2.3.4"], "5.6.7.8", nets) == "203.0.113.1"
    # From a proxy: the right-most hop that is not a proxy.
    assert client_address("127.0.0.2", ["1.1.1.1, 203.0.113.9, 10.1.2.3"], None, nets) == "203.0.113.9"
    assert client_address("127.0.0.2", ["1.1.1.1", "203.0.113.9"], None, nets) == "203.0.113.9"  # two lines
    assert client_address("10.0.0.5", ["[2001:db8::1]:4711"], None, nets) == "2001:db8::1"
    assert client_address("10.0.0.5", ["198.51.100.7:5555"], None, nets) == "198.51.100.7"
    assert client_address("::ffff:127.0.0.2", ["198.51.100.8"], None, nets) == "198.51.100.8"
    assert client_address("fd00::1", [], "198.51.100.9", nets) == "198.51.100.9"  # X-Real-IP
    assert client_address("127.0.0.2", ["10.0.0.1, 10.0.0.2"], None, nets) == "10.0.0.1"  # all proxies
    assert client_address("127.0.0.2", ["unknown"], None, nets) == "127.0.0.2"  # nothing usable
    assert client_address("127.0.0.2", [], "not-an-ip", nets) == "127.0.0.2"
    assert client_address("127.0.0.1", ["1.2.3.4"], None, ()) == "127.0.0.1"  # no proxies configured
    assert (
        tile_source("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")
        == "https://*.tile.openstreetmap.org"
    )
    assert tile_source("http://tiles.local:8080/{z}/{x}/{y}.png") == "http://tiles.local:8080"
    for bad in ("https://a.{s}.example/{z}/{x}/{y}", "ftp://x/{z}/{x}/{y}", "https://x.example/tiles.png",
                "https://user@x.example/{z}/{x}/{y}", "https://x.example;script-src/{z}/{x}/{y}"):  # fmt: skip
        with pytest.raises(ValueError):
            tile_source(bad)
