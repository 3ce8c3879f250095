"""Browser tests of the driver PWA: Debian's Chromium through Playwright, a phone viewport, the real
platform in process (tests/conftest.py `server_factory`), a real SMTP sink and a fake camera fed a
video of a charger QR code."""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.helpers.auth import DEFAULT_PASSWORD
from tests.services import free_port

if TYPE_CHECKING:
    from playwright.async_api import ViewportSize

ROOT = Path(__file__).resolve().parents[3]
DIST = ROOT / "driver_pwa" / "dist"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "pwa"
IN_CI = os.environ.get("CI", "").lower() == "true"
VIEWPORT: ViewportSize = {"width": 390, "height": 844}

pytestmark = pytest.mark.browser


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (required under CI=true)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _local_map_tiles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The map loads its tiles from a local server (MAP_TILE_URL of every platform the test starts):
    the machine has no internet, and a failed tile is a failure the map reports."""
    from tests.helpers.tiles import tile_server

    with tile_server() as url:
        monkeypatch.setenv("MAP_TILE_URL", url)
        yield


@pytest.fixture
def pwa_prerequisites() -> None:
    _require(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    _require(
        (DIST / "index.html").is_file() and (DIST / "sw.js").is_file(),
        "driver_pwa/dist is not built (npm run build)",
    )
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        _require(False, "python playwright is not installed")


def qr_y4m(text: str, path: Path, size: int = 480, frames: int = 10) -> Path:
    """A Y4M video (what Chromium's fake camera reads) showing the QR code of `text`."""
    import qrcode
    from PIL import Image

    qr = qrcode.QRCode(border=4, box_size=10, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    img = qr.make_image(fill_color="black", back_color="white").convert("L")
    side = int(size * 0.8)
    img = img.resize((side, side), Image.Resampling.NEAREST)
    canvas = Image.new("L", (size, size), 255)
    canvas.paste(img, ((size - side) // 2, (size - side) // 2))
    y = canvas.tobytes()
    uv = bytes([128]) * ((size // 2) * (size // 2))
    with path.open("wb") as f:
        f.write(f"YUV4MPEG2 W{size} H{size} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            f.write(b"FRAME\n" + y + uv + uv)
    return path


class ConsoleLog:
    """Console errors and uncaught exceptions of every page in a context."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def attach(self, page: Any) -> None:
        page.on(
            "console",
            lambda m: (
                self.errors.append(f"console.{m.type}: {m.text} at {m.location.get('url')}")
                if m.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def assert_clean(self) -> None:
        assert not self.errors, "console errors:\n" + "\n".join(self.errors)


@pytest.fixture
async def launch(pwa_prerequisites: None, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """`await launch(camera_text=None)` -> (browser, context, page, console): Chromium with a fake camera."""
    from playwright.async_api import async_playwright

    pw = await async_playwright().start()
    browsers: list[Any] = []

    async def make(
        camera_text: str | None = None,
        base_url: str | None = None,
        locale: str | None = None,
        notifications: bool = False,
    ) -> tuple[Any, Any, Any, ConsoleLog]:
        args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
        ]
        if camera_text:
            video = qr_y4m(camera_text, tmp_path / f"qr{len(browsers)}.y4m")
            args.append(f"--use-file-for-fake-video-capture={video}")
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=args)
        browsers.append(browser)
        context = await browser.new_context(
            viewport=VIEWPORT,
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
            base_url=base_url,
            # Headless Chromium answers "denied" for notifications unless they are granted here.
            permissions=["camera", "geolocation", *(["notifications"] if notifications else [])],
            geolocation={"latitude": 3.139, "longitude": 101.6869},
            service_workers="allow",
            locale=locale or None,
        )
        console = ConsoleLog()
        context.on("page", console.attach)
        page = await context.new_page()
        return browser, context, page, console

    yield make
    for b in browsers:
        await b.close()
    await pw.stop()


async def pwa_server(server_factory: Callable[..., Any], **settings: Any) -> tuple[Any, str]:
    """A platform serving the PWA on a free port of its own, and the PWA's URL there."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    return await server_factory(http_port=port, public_url=url, **settings), url


async def driver_sign_in(page: Any, email: str, password: str = DEFAULT_PASSWORD) -> None:
    """Sign in on the PWA's login screen, as a driver does, and wait for the home screen."""
    await page.goto("/login")
    await submit_driver_sign_in(page, email, password)
    await page.wait_for_url("**/home", timeout=15000)


async def submit_driver_sign_in(page: Any, email: str, password: str = DEFAULT_PASSWORD) -> None:
    """Fill in and send the sign-in form open on `page`."""
    await page.fill("#email", email)
    await page.fill("#password", password)
    await page.click("button:has-text('Sign in')")


async def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^a-z0-9_-]+", "-", name.lower())
    await page.screenshot(path=str(ARTIFACTS / f"{safe}.png"), animations="disabled")


def schema_fields(sdl: str, type_name: str) -> set[str]:
    m = re.search(rf"^type {type_name} \{{(.*?)^\}}", sdl, re.S | re.M)
    if not m:
        return set()
    return set(re.findall(r"^\s+(\w+)\s*[(:]", m.group(1), re.M))


def missing_operations(needed: dict[str, list[str]]) -> list[str]:
    """Which of `{"Query": ["charger", ...], "Mutation": [...]}` the live schema lacks."""
    from api.schema import export_sdl

    sdl = export_sdl()
    missing = []
    for type_name, fields in needed.items():
        have = schema_fields(sdl, type_name)
        missing += [f"{type_name}.{f}" for f in fields if f not in have]
    return missing


async def roaming_driver(url: str, peer: Any, *, locations: int = 1) -> tuple[Any, Any]:
    """The platform at `url` registered with a partner CPO (tests/ocpi/peer_cpo.py, holding
    `locations` locations) and a driver with RM 20.00: the Api client and the driver's Account."""
    from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
    from tests.security.api import Api

    await peer.control("seed", {"count": locations})
    api = Api(url)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    await api.ok(
        "mutation($i: RegisterOcpiPartnerInput!) { registerOcpiPartner(input: $i) { partner { state } } }",
        {"i": {"name": "Peer CPO", "versionsUrl": peer.versions_url, "tokenA": peer.token_a}},
        token=admin.access,
    )
    driver = await api.create_driver(admin)
    await api.credit(admin, driver.id, "20.00")
    return api, driver


async def card_driver(platform: Any, email: str, name: str, card: str, credit_sen: int = 0) -> Any:
    """A driver who signs in with the default password, has the RFID card `card`, and `credit_sen` in
    the wallet."""
    from domain import idtags
    from tests.helpers.auth import make_user
    from tests.money.conftest import credit_wallet

    driver, _ = await make_user(platform, email=email, name=name)
    async with platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, driver.id, card)
    if credit_sen:
        await credit_wallet(platform, driver.id, credit_sen, f"card-driver-{driver.id}")
    return driver
