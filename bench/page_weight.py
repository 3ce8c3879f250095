# ruff: noqa: E501 - table rows and CDP calls read best on one line
"""Scenario `pages`: page weight and load time of the front ends on a throttled slow-4G profile.

One PlagSini node (SQLite) serving the built front ends; Debian's Chromium through Playwright. Each
page is opened in a fresh browser context (empty HTTP cache) with Chrome DevTools' network and CPU
throttling (`Network.emulateNetworkConditions`, `Emulation.setCPUThrottlingRate`) at the slow-4G
profile Lighthouse uses for mobile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x
slower. Pages: the console's sign-in and dashboard (signed in), the driver app's home (signed in).

Per page: bytes transferred (as sent, compressed) and decoded, of which JavaScript, requests, and the
times from navigation start to DOMContentLoaded, load, and the page being ready (its own content
shown and the network quiet). Recorded only, never asserted.

    python -m bench.page_weight        # writes bench/results/pages.json and pages.md
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("BENCH_CHROMIUM", "/usr/bin/chromium"))
ADMIN_EMAIL = "admin@plagsini.local"
ADMIN_PASSWORD = "bench-admin-password"
#: Lighthouse's mobile "slow 4G": RTT 150 ms, 1.6 Mbit/s down, 750 kbit/s up; CPU 4x slower.
SLOW_4G = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6 * 1024 * 1024 / 8,
    "uploadThroughput": 750 * 1024 / 8,
}
CPU_SLOWDOWN = 4
LOGIN = (
    "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) "
    "{ user { id email name role } tokens { accessToken refreshToken } errors { message } } }"
)
#: (name, path, what shows when the page is ready, which signed-in state it needs)
PAGES = [
    ("console sign-in", "/admin/login", "input[name=email]", None),
    ("console dashboard", "/admin/", "[data-testid=kpi-online]", "console"),
    ("driver app home", "/home", "h1", "driver"),
]


def sign_in(http_url: str) -> dict[str, Any]:
    r = httpx.post(
        http_url + "/graphql",
        json={"query": LOGIN, "variables": {"e": ADMIN_EMAIL, "p": ADMIN_PASSWORD}},
        timeout=30,
    )
    payload = r.json()["data"]["login"]
    if payload["errors"]:
        raise RuntimeError(f"sign-in failed: {payload['errors']}")
    return dict(payload)


def storage_script(who: str | None, login: dict[str, Any]) -> str | None:
    """localStorage the front end reads at start: the console's or the driver app's tokens."""
    tokens = login["tokens"]
    if who == "console":
        key, value = "plagsini.admin.auth", {**tokens, "user": login["user"]}
    elif who == "driver":
        key, value = "plagsini.auth", tokens
    else:
        return None
    return f"localStorage.setItem({json.dumps(key)}, {json.dumps(json.dumps(value))});"


async def measure_page(
    browser: Any, base: str, page_def: tuple[str, str, str, str | None], login: dict[str, Any]
) -> dict[str, Any]:
    name, path, ready_selector, who = page_def
    ctx = await browser.new_context(
        viewport={"width": 1366, "height": 768} if who != "driver" else {"width": 390, "height": 844}
    )
    script = storage_script(who, login)
    if script:
        await ctx.add_init_script(script)
    page = await ctx.new_page()
    cdp = await ctx.new_cdp_session(page)
    await cdp.send("Network.enable")
    await cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    await cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    kinds: dict[str, str] = {}
    sizes: dict[str, int] = {}
    decoded: dict[str, int] = {}

    cdp.on("Network.responseReceived", lambda e: kinds.__setitem__(e["requestId"], e.get("type", "Other")))
    cdp.on(
        "Network.dataReceived",
        lambda e: decoded.__setitem__(e["requestId"], decoded.get(e["requestId"], 0) + e["dataLength"]),
    )
    cdp.on(
        "Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], int(e["encodedDataLength"]))
    )

    t0 = time.perf_counter()
    await page.goto(base + path, wait_until="load", timeout=120_000)
    await page.wait_for_selector(ready_selector, timeout=120_000)
    await page.wait_for_load_state("networkidle", timeout=120_000)
    ready_s = time.perf_counter() - t0
    timing = await page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd }; })()"
    )
    await ctx.close()
    js = [rid for rid, kind in kinds.items() if kind == "Script"]
    return {
        "page": name,
        "path": path,
        "requests": len(sizes),
        "transferred_kb": round(sum(sizes.values()) / 1024, 1),
        "decoded_kb": round(sum(decoded.values()) / 1024, 1),
        "js_transferred_kb": round(sum(sizes.get(r, 0) for r in js) / 1024, 1),
        "dom_content_loaded_ms": round(timing["dcl"]),
        "load_ms": round(timing["load"]),
        "ready_ms": round(ready_s * 1000),
    }


async def measure(base: str) -> list[dict[str, Any]]:
    from playwright.async_api import async_playwright

    login = sign_in(base)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            return [await measure_page(browser, base, p, login) for p in PAGES]
        finally:
            await browser.close()


def run(workdir: Path) -> list[dict[str, Any]]:
    """Bench scenario `pages`: one node, every page of PAGES once, cold."""
    from bench.__main__ import Server, log

    if not CHROMIUM.exists():
        return [{"skipped": f"no Chromium at {CHROMIUM}"}]
    for dist in ("admin_spa/dist/index.html", "driver_pwa/dist/index.html"):
        if not (ROOT / dist).exists():
            return [{"skipped": f"{dist} is not built"}]
    (workdir / "pages").mkdir(parents=True, exist_ok=True)
    server = Server("plagsini", workdir / "pages", extra_env={"ADMIN_EMAIL": ADMIN_EMAIL})
    with server.running():
        rows = asyncio.run(measure(f"http://127.0.0.1:{server.http_port}"))
    for r in rows:
        log(f"pages: {r['page']}: {r['transferred_kb']} kB, ready in {r['ready_ms']} ms")
    return rows


def markdown(rows: list[dict[str, Any]]) -> list[str]:
    measured = [r for r in rows if "ready_ms" in r]
    if not measured:
        return []
    lines = [
        "",
        "## Page weight and load time (scenario 7): Chromium, slow 4G (150 ms RTT, 1.6 Mbit/s), CPU 4x slower, cold cache",
        "",
        "| page | requests | transferred kB | of which JS kB | decoded kB | DOMContentLoaded ms | load ms | ready ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in measured:
        lines.append(
            f"| {r['page']} (`{r['path']}`) | {r['requests']} | {r['transferred_kb']} | {r['js_transferred_kb']} | "
            f"{r['decoded_kb']} | {r['dom_content_loaded_ms']} | {r['load_ms']} | {r['ready_ms']} |"
        )
    return lines


def write_results(stem: str, rows: list[dict[str, Any]], lines: list[str]) -> None:
    """A scenario run on its own: bench/results/<stem>.json and <stem>.md, the table printed."""
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / f"{stem}.json").write_text(json.dumps(rows, indent=2) + "\n")
    (results / f"{stem}.md").write_text("\n".join(lines).lstrip() + "\n")
    print("\n".join(lines))


def main() -> None:
    import tempfile

    rows = run(Path(tempfile.mkdtemp(prefix="plagsini-pages-")))
    write_results("pages", rows, markdown(rows))


if __name__ == "__main__":
    main()
