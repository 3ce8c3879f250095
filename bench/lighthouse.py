"""Scenario `lighthouse`: Lighthouse's Performance, Accessibility, Best Practices and PWA scores of the
driver app's home, charger and live screens, on its default mobile profile (a phone screen, slow 4G,
CPU 4x slower).

One PlagSini node (SQLite) with one seeded charger serves the built driver app. Debian's Chromium runs
headless with a debugging port; the driver's tokens are put into its localStorage (the screens are
signed in) and Lighthouse (bench/lighthouse/package.json pins the version: 11.7.1, the last with the
PWA category, runs on the installed Node) audits each screen through that port, keeping the storage.
Scores are 0-100, recorded, never asserted (the target is 90+ each).

    python -m bench.lighthouse          # writes bench/results/lighthouse.json and lighthouse.md
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "bench" / "lighthouse"
LIGHTHOUSE = TOOL / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = Path(os.environ.get("BENCH_CHROMIUM", "/usr/bin/chromium"))
CATEGORIES = ["performance", "accessibility", "best-practices", "pwa"]
CHARGER = "LH-00000"
#: (name, path) of the screens audited.
SCREENS = [("home", "/home"), ("charger", f"/c/{CHARGER}"), ("live", "/charging")]


def screens_wanted() -> list[tuple[str, str]]:
    """BENCH_LIGHTHOUSE_SCREENS (e.g. "charger"): a subset of SCREENS by name; default all."""
    names = [n for n in os.environ.get("BENCH_LIGHTHOUSE_SCREENS", "").split(",") if n]
    return [s for s in SCREENS if not names or s[0] in names]


def install() -> str | None:
    """`npm ci` of the pinned Lighthouse on first use; the reason when it cannot run, else None."""
    if LIGHTHOUSE.exists():
        return None
    if not shutil.which("npm"):
        return "npm is not installed"
    lock = (TOOL / "package-lock.json").exists()
    cmd = ["npm", "ci" if lock else "install", "--no-audit", "--no-fund"]
    done = subprocess.run(cmd, cwd=TOOL, check=False)
    return None if done.returncode == 0 and LIGHTHOUSE.exists() else "installing Lighthouse failed"


def _wait_for_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/json/version", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError("Chromium's debugging port did not open")


async def _sign_in_browser(port: int, base: str, script: str) -> None:
    """Writes the driver's tokens into the default profile's localStorage for `base`."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
        page = await browser.contexts[0].new_page()
        await page.goto(base + "/manifest.webmanifest")
        await page.evaluate(script)
        await page.close()


def audit(port: int, url: str, out: Path) -> dict[str, Any]:
    cmd = [
        str(LIGHTHOUSE),
        url,
        f"--port={port}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--disable-storage-reset",
        "--output=json",
        f"--output-path={out}",
        "--quiet",
    ]
    done = subprocess.run(cmd, cwd=TOOL, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0 or not out.exists():
        return {"error": (done.stderr or done.stdout).strip()[-500:]}
    report = json.loads(out.read_text())
    scores = {
        key: (round(cat["score"] * 100) if cat.get("score") is not None else None)
        for key, cat in report["categories"].items()
    }
    return {"scores": scores, "lighthouse": report.get("lighthouseVersion")}


def measure(base: str, workdir: Path, screens: list[tuple[str, str]] = SCREENS) -> list[dict[str, Any]]:
    from bench.page_weight import sign_in, storage_script

    script = storage_script("driver", sign_in(base))
    assert script is not None
    from bench.__main__ import free_port

    port = free_port()
    chromium = subprocess.Popen(
        [
            str(CHROMIUM),
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--remote-debugging-port={port}",
            f"--user-data-dir={workdir / 'chromium'}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rows = []
    try:
        _wait_for_port(port)
        asyncio.run(_sign_in_browser(port, base, script))
        for name, path in screens:
            scores = audit(port, base + path, workdir / f"lighthouse-{name}.json")
            rows.append({"screen": name, "path": path, **scores})
    finally:
        chromium.terminate()
        try:
            chromium.wait(timeout=20)
        except subprocess.TimeoutExpired:
            chromium.kill()
    return rows


def run(workdir: Path, screens: list[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    """Bench scenario `lighthouse`: one node, each screen (default: screens_wanted()) audited once."""
    from bench.__main__ import Server, log, seed_chargers

    if not CHROMIUM.exists():
        return [{"skipped": f"no Chromium at {CHROMIUM}"}]
    if not (ROOT / "driver_pwa/dist/index.html").exists():
        return [{"skipped": "driver_pwa/dist is not built"}]
    why = install()
    if why:
        return [{"skipped": why}]
    here = workdir / "lighthouse"
    here.mkdir(parents=True, exist_ok=True)
    server = Server("plagsini", here, extra_env={"ADMIN_EMAIL": "admin@plagsini.local"})
    server.database_url = f"sqlite+aiosqlite:///{here}/bench.db"
    server.start()
    try:
        seed_chargers(server.database_url, 1, "LH-")  # the charger screen's charger
        rows = measure(f"http://127.0.0.1:{server.http_port}", here, screens or screens_wanted())
    finally:
        server.stop()
    for r in rows:
        log(f"lighthouse: {r['screen']}: {r.get('scores') or r.get('error')}")
    return rows


def markdown(rows: list[dict[str, Any]]) -> list[str]:
    measured = [r for r in rows if "scores" in r]
    if not measured:
        return []
    lines = [
        "",
        f"## Lighthouse {measured[0].get('lighthouse', '')}: driver app, mobile profile "
        "(slow 4G, CPU 4x slower); target 90+ each",
        "",
        "| screen | Performance | Accessibility | Best Practices | PWA |",
        "|---|---|---|---|---|",
    ]
    for r in measured:
        s = r["scores"]
        lines.append(
            f"| {r['screen']} (`{r['path']}`) | {s.get('performance')} | {s.get('accessibility')} | "
            f"{s.get('best-practices')} | {s.get('pwa')} |"
        )
    return lines


def main() -> None:
    from bench.page_weight import write_results

    rows = run(Path(tempfile.mkdtemp(prefix="plagsini-lighthouse-")))
    write_results("lighthouse", rows, markdown(rows))


if __name__ == "__main__":
    main()
