"""The driver PWA's second round in Chromium on a 390x844 touch phone against the running platform and
a simulated charger: the whole flow (email code from the real SMTP sink, find, start, watch, stop,
receipt) in Bahasa Malaysia and in English, the code boxes' wrong-code-and-retype path and paste, the
Start button naming what the server's minimum balance lacks, favourites and recently used chargers,
and the language switch (stored on the profile, so the mails follow it)."""

from __future__ import annotations

import asyncio
import re
import time
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import User
from tests.helpers.browser import wait_for_function
from tests.helpers.mail import text_part

from .conftest import screenshot
from .test_pwa import Steps, add_public_charger, free_port, num, otp_from, simulated_charger

pytestmark = pytest.mark.browser

#: What the driver reads in each language (the app's dictionaries say the same; here as the driver sees it).
TEXT = {
    "ms": {
        "send": "Hantar kod pengesahan",
        "mail_subject": "Kod pengesahan PlagSini anda",
        "wrong": "Kod itu salah",
        "create": "Buat akaun",
        "top_up_more": "Tambah nilai RM 10.00 lagi untuk mula",
        "start": "Mula mengecas",
        "stop": "Henti mengecas",
        "favourites": "Kegemaran",
        "recent": "Digunakan baru-baru ini",
        "receipt": "Resit",
        "charging": "Sedang mengecas",
    },
    "en": {
        "send": "Send verification code",
        "mail_subject": "Your PlagSini verification code",
        "wrong": "That code is not right",
        "create": "Create account",
        "top_up_more": "Top up RM 10.00 more to start",
        "start": "Start charging",
        "stop": "Stop charging",
        "favourites": "Favourites",
        "recent": "Recently used",
        "receipt": "Receipt",
        "charging": "Charging",
    },
}


PRESSED = "document.querySelector('[data-testid=favourite-toggle]')?.getAttribute('aria-pressed')"
STARRED = f"{PRESSED} === 'true'"
NOT_STARRED = f"{PRESSED} === 'false'"


#: Every visible control of the screen whose box is under 44 x 44 CSS px (a radio inside a label counts
#: as its label, which is the target). The map's own controls are left to the map's rework.
SMALL_TARGETS = """[...document.querySelectorAll('a, button, input, select, textarea, [role=radio]')]
  .filter(e => e.offsetParent !== null && e.getAttribute('type') !== 'hidden')
  .filter(e => !e.closest('.leaflet-container'))
  .map(e => (e.matches('input[type=radio], input[type=checkbox]') && e.closest('label')) || e)
  .map(e => { const r = e.getBoundingClientRect();
    return {what: e.tagName + ' ' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30),
            w: Math.round(r.width), h: Math.round(r.height)}; })
  .filter(b => b.w < 44 || b.h < 44)"""

#: The WCAG contrast ratio of an element's text on its background (both opaque rgb()).
CONTRAST = """(sel) => { const e = document.querySelector(sel); const cs = getComputedStyle(e);
  const lum = c => { const [r, g, b] = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const a = lum(cs.color), b = lum(cs.backgroundColor);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }"""


#: English words a Malay or Chinese screen never shows (names from the data, such as a charger's, have none).
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|and|with|from|to|of|for|is|are|not|code|friends?|plans?|message|send|receipt)\b", re.I
)


def english_texts() -> set[str]:
    """Every text of the app's English dictionary that Malay says differently."""
    from pathlib import Path as P

    root = P(__file__).resolve().parents[3] / "driver_pwa" / "src" / "i18n"

    def load(lang: str) -> dict[str, str]:
        src = (root / f"{lang}.ts").read_text(encoding="utf-8")
        return {k: v for k, v in re.findall(r'^\s*"([\w.]+)": "((?:\\.|[^"\\])*)",?$', src, re.M)}

    en, ms = load("en"), load("ms")
    assert len(en) > 300 and set(en) == set(ms)
    return {v for k, v in en.items() if ms[k] != v and " " in v}


async def assert_no_english(page: Any, screen: str) -> None:
    """The screen's visible text has no text of the English dictionary and no English word."""
    text = await page.inner_text("body")
    plain = re.sub(r"\{\w+\}", "", text)
    leaked = sorted(e for e in english_texts() if "{" not in e and e in plain)
    words = sorted({w.lower() for w in ENGLISH_WORDS.findall(text)})
    assert not leaked and not words, f"{screen} in Malay shows English: {leaked} {words}\n{text}"


async def assert_touch_targets(page: Any, screen: str) -> None:
    small = await page.evaluate(SMALL_TARGETS)
    assert small == [], f"{screen}: touch targets under 44 px: {small}"


def subject(msg: Message) -> str:
    return str(make_header(decode_header(msg["Subject"])))


async def mail_with_subject(smtp: Any, to: str, wanted: str, timeout: float = 15) -> Message:
    """The mail to `to` with the subject `wanted`, waiting for it up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for m in list(smtp.messages):
            if to in m.get("To", "") and subject(m) == wanted:
                return m  # type: ignore[no-any-return]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no mail {wanted!r} to {to}: {[subject(m) for m in smtp.messages]}")


def wrong_code(code: str) -> str:
    return code[:5] + str((int(code[5]) + 1) % 10)


async def box_values(page: Any) -> list[str]:
    return await page.eval_on_selector_all(".otp input", "els => els.map(e => e.value)")  # type: ignore[no-any-return]


async def paste(page: Any, selector: str, text: str) -> None:
    """A real paste event carrying `text` (what a long-press Paste does on a phone)."""
    await page.eval_on_selector(
        selector,
        """(el, text) => { const dt = new DataTransfer(); dt.setData('text/plain', text);
        const init = {clipboardData: dt, bubbles: true, cancelable: true};
        el.dispatchEvent(new ClipboardEvent('paste', init)); }""",
        text,
    )


async def register_with_wrong_code_first(page: Any, smtp: Any, lang: str, email: str) -> None:
    txt = TEXT[lang]
    await page.goto("/register")
    await page.fill("#reg-email", email)
    await page.click(f"text={txt['send']}")
    msg = await smtp.wait_for_message(to=email, timeout=15)
    assert subject(msg) == txt["mail_subject"], subject(msg)
    code = otp_from(msg)
    first = page.locator(".otp input >> nth=0")
    await first.wait_for()
    await screenshot(page, f"{lang}-register-code")
    # A wrong code, typed digit by digit on the touch keyboard: refused, the boxes are cleared and the
    # first one has the focus for the retype.
    await first.tap()
    await page.keyboard.type(wrong_code(code))
    await page.wait_for_selector(f"[role=alert] >> text={txt['wrong']}", timeout=10000)
    await wait_for_function(
        page, "[...document.querySelectorAll('.otp input')].every(e => e.value === '')", timeout=10000
    )
    await wait_for_function(page, "document.activeElement === document.querySelector('.otp input')")
    await screenshot(page, f"{lang}-register-wrong-code")
    # The right code pasted with a space in it fills every box and is sent once.
    verifications: list[str] = []
    page.on(
        "request",
        lambda r: (
            verifications.append(r.post_data or "")
            if r.method == "POST" and "verifyEmailCode" in (r.post_data or "")
            else None
        ),
    )
    await paste(page, ".otp input >> nth=0", f" {code[:3]} {code[3:]} ")
    await page.wait_for_selector("#reg-name", timeout=10000)
    assert len(verifications) == 1, verifications
    await page.fill("#reg-name", "Aisyah Rahman")
    await page.fill("#reg-password", "Correct-horse-42")
    await page.click(f"button >> text={txt['create']}")
    await page.wait_for_url("**/home", timeout=15000)


@pytest.mark.parametrize("lang,browser_locale", [("ms", "ms-MY"), ("en", "en-MY")])
async def test_whole_flow_in_the_browsers_language(
    lang: str, browser_locale: str, server_factory: Any, smtp_server: Any, launch: Any, tmp_path: Path
) -> None:
    txt = TEXT[lang]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = await server_factory(
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_tls="none",
        http_port=port,
        public_url=url,
        min_balance_sen=1000,  # the platform's minimum: RM 10 (the app used to assume RM 5)
    )
    await add_public_charger(server, "SIM-LANG-1")
    _, _, page, console = await launch(base_url=url, locale=browser_locale, notifications=True)
    step = Steps()
    email = f"driver-{lang}@example.my"
    async with step("register: wrong code, cleared, pasted right code"):
        await register_with_wrong_code_first(page, smtp_server, lang, email)
    async with step("the profile keeps the browser's language"):
        for _ in range(100):
            async with server.platform.sessionmaker() as s:
                locale = await s.scalar(select(User.locale).where(User.email == email))
            if locale == lang:
                break
            await page.wait_for_timeout(100)
        assert locale == lang

    async with step("simulated charger"), simulated_charger(server, "SIM-LANG-1", tmp_path / "sim"):
        async with step("find the charger, star it"):
            await page.goto("/find")
            await page.wait_for_selector("[data-testid=charger-list] >> text=PlagSini Pavilion B2")
            await assert_touch_targets(page, "find")
            await page.click("[data-testid=charger-list] >> text=PlagSini Pavilion B2")
            await page.wait_for_url("**/c/SIM-LANG-1")
            star = page.locator("[data-testid=favourite-toggle]")
            await star.wait_for()
            await wait_for_function(
                page, "document.querySelector('[data-testid=favourite-toggle]')?.disabled === false"
            )
            await star.tap()
            await wait_for_function(
                page,
                STARRED,
            )
        async with step("start names what the server's minimum lacks"):
            await page.wait_for_selector(f"[data-testid=start] >> text={txt['top_up_more']}", timeout=15000)
            status = await page.inner_text("[data-testid=charger-status]")
            assert status.strip(), status
            await screenshot(page, f"{lang}-charger-needs-top-up")
            assert await page.get_attribute("[data-testid=start]", "href") == "/wallet"
        async with step("top up RM 50 through the sandbox gateway"):
            # The steps that move to another screen click rather than tap: under a loaded CI machine
            # headless Chromium now and then made no click of a synthesized tap (seen on this link
            # and on Stop; the cause was not found). Touch-specific behaviour keeps its taps, and every
            # target's 44 px size is checked by assert_touch_targets.
            await page.click("[data-testid=start]")
            await page.wait_for_url("**/wallet")
            await page.click("text=RM 50")
            await page.click("[data-testid=topup]")
            await page.wait_for_url("**/sandbox-gateway/checkout/**", timeout=15000)
            await page.click("#pay")
            await page.wait_for_url(re.compile(r"/wallet/return\?"), timeout=15000)
            await wait_for_function(
                page,
                "(document.querySelector('[data-testid=topup-result]')?.textContent ?? '').length > 0",
                timeout=15000,
            )
        async with step("start charging"):
            await page.goto("/c/SIM-LANG-1/1")
            await page.wait_for_selector(f"[data-testid=start] >> text={txt['start']}", timeout=15000)
            await wait_for_function(
                page, "document.querySelector('[data-testid=start]')?.disabled === false", timeout=15000
            )
            await screenshot(page, f"{lang}-charger-ready")
            await assert_touch_targets(page, "charger")
            await page.click("[data-testid=start]")
            await page.wait_for_url("**/charging/**", timeout=30000)
        async with step("watch: energy rises"):
            await wait_for_function(page, f"{num('live-energy')} > 0", timeout=30000)
            await page.wait_for_selector(f"[data-testid=stop] >> text={txt['stop']}")
            # Notifications are offered once they matter (a session runs), not before: the home screen
            # never offered them (checked below) and this browser is not subscribed yet.
            await page.wait_for_selector("[data-testid=push-offer]")
            assert not await page.evaluate(
                "navigator.serviceWorker.getRegistration()"
                ".then(r => r ? r.pushManager.getSubscription() : null)"
            )
            await screenshot(page, f"{lang}-live")
            await assert_touch_targets(page, "live")
            ratio = await page.evaluate(f"({CONTRAST})('[data-testid=stop]')")
            assert ratio >= 4.5, f"Stop charging contrast {ratio:.2f}:1 is under WCAG AA"
        async with step("while charging, the charger's header agrees with its connector"):
            live_url = page.url
            await page.goto("/c/SIM-LANG-1")
            header = f"[data-testid=charger-status] >> text={txt['charging']}"
            await page.wait_for_selector(header, timeout=15000)
            await page.goto(live_url)
        async with step("stop: the receipt"):
            await page.click("[data-testid=stop]")
            await page.wait_for_url("**/receipt/**", timeout=30000)
            await page.wait_for_selector("[data-testid=receipt]", timeout=30000)
            await page.wait_for_selector(f"header >> text={txt['receipt']}")
            await screenshot(page, f"{lang}-receipt")
            if lang == "ms":
                await page.wait_for_selector("[data-testid=receipt] >> text=Tenaga")  # the energy line
                await assert_no_english(page, "receipt")

    if lang == "ms":
        async with step("membership, invite, FAQ and contact speak Malay too"):
            for path, heading in (
                ("/membership", "Pelan keahlian"),
                ("/invite", "Jemput rakan"),
                ("/faq", "Soalan lazim"),
                ("/contact", "Hubungi kami"),
            ):
                await page.goto(path)
                await page.wait_for_selector(f"header >> text={heading}")
                await page.wait_for_load_state("networkidle")
                if path == "/faq":
                    for summary in await page.locator("details.faq summary").all():
                        await summary.tap()
                if path == "/invite":
                    await page.wait_for_selector("[data-testid=referral-stats]")
                await screenshot(page, f"ms{path.replace('/', '-')}")
                await assert_no_english(page, path)

    async with step("home: favourites and recently used"):
        await page.goto("/home")
        await page.wait_for_selector(f"h2 >> text={txt['favourites']}")
        await page.wait_for_selector("[data-testid=favourite] >> text=PlagSini Pavilion B2")
        assert await page.locator("[data-testid=push-offer]").count() == 0
        await screenshot(page, f"{lang}-home-favourites")
        await assert_touch_targets(page, "home")
    async with step("unstar: the charger moves to recently used"):
        await page.goto("/c/SIM-LANG-1")
        await wait_for_function(
            page,
            STARRED,
        )
        await page.tap("[data-testid=favourite-toggle]")
        await wait_for_function(
            page,
            NOT_STARRED,
        )
        await page.goto("/home")
        await page.wait_for_selector(f"h2 >> text={txt['recent']}")
        await page.wait_for_selector("[data-testid=recent-station] >> text=PlagSini Pavilion B2")
        assert await page.locator("[data-testid=favourite]").count() == 0
    console.assert_clean()


async def test_switch_to_chinese_in_the_profile(server_factory: Any, smtp_server: Any, launch: Any) -> None:
    """The profile's language switch changes every screen at once, is kept on the device and on the
    server (a reset-code mail then arrives in Chinese), with Intl dates and numbers."""
    server = await server_factory(smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_tls="none")
    await add_public_charger(server, "CP-ZH-1")
    _, context, page, console = await launch(base_url=server.http_url, locale="en-US")
    await register_with_wrong_code_first(page, smtp_server, "en", "mei@example.my")
    await page.goto("/profile")
    await page.tap("[data-testid=lang-zh]")
    await page.wait_for_selector("header >> text=我的")
    await page.wait_for_selector("nav >> text=首页")
    await screenshot(page, "zh-profile")
    await assert_touch_targets(page, "profile")
    for _ in range(100):
        async with server.platform.sessionmaker() as s:
            locale = await s.scalar(select(User.locale).where(User.email == "mei@example.my"))
        if locale == "zh":
            break
        await page.wait_for_timeout(100)
    assert locale == "zh"
    assert await page.evaluate("localStorage.getItem('plagsini.locale')") == "zh"
    await page.goto("/home")
    await page.wait_for_selector("h2 >> text=收藏")
    await page.wait_for_selector("[data-testid=stations-heading] >> text=附近的充电站")
    await page.wait_for_selector("main >> text=km")
    await screenshot(page, "zh-home")
    # Without the driver's position: no "nearby" and no distances (never around a made-up place).
    await context.clear_permissions()
    await page.reload()
    await page.wait_for_selector("[data-testid=stations-heading] >> text=充电站")
    await page.wait_for_selector("main >> text=PlagSini Pavilion B2")
    assert await page.inner_text("[data-testid=stations-heading]") == "充电站"
    assert " km" not in await page.inner_text("main")
    await screenshot(page, "zh-home-no-location")
    await page.goto("/c/CP-ZH-1")
    await page.wait_for_selector("h2 >> text=价格")
    await page.wait_for_selector("[data-testid=charger-status] >> text=离线")
    await screenshot(page, "zh-charger")
    # A reload keeps the choice (the device remembers it).
    await page.reload()
    await page.wait_for_selector("h2 >> text=价格")
    # Mails follow the profile: the password-reset code arrives in Chinese.
    r = await server.graphql('mutation { requestPasswordReset(input: {email: "mei@example.my"}) { ok } }')
    assert "errors" not in r, r
    reset = await mail_with_subject(smtp_server, "mei@example.my", "您的 PlagSini 密码重置验证码")
    text = text_part(reset)
    assert "请使用此验证码重置您的密码" in text and re.search(r"\d{6}", text), text
    console.assert_clean()
