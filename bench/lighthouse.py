"""Scenario `lighthouse`: Lighthouse's Performance, Accessibility, Best Practices and PWA scores of the
driver app's home, charger and live screens, on its default mobile profile (a phone screen, slow 4G,
CPU 4x slower).

One PlagSini node (SQLite) with one seeded charger serves the built driver app. Debian's Chromium runs
headless with a debugging port; the driver's tokens are put into its localStorage (the screens are
signed in) and Lighthouse (bench/lighthouse/package.json pins the version: 11.7.1, the last with the
PWA category, runs on the installed Node) audits each screen through that port, keeping the storage.
Scores are 0-100, recorded, never asserted (the target is 90+ each); with them the key metrics (FCP,
LCP, TBT, CLS, Speed Index) and the audits that fail, so the results say why. Each screen is audited
BENCH_LIGHTHOUSE_RUNS times (default 3) and the median run kept.

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


def runs_wanted() -> int:
    """BENCH_LIGHTHOUSE_RUNS: audits per screen (default 3); the run with the median Performance
    score is recorded, since one run on a shared machine is noisy."""
    return max(1, int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "3")))


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run whose Performance score is the median of the runs, with every run's Performance score."""
    measured = [r for r in runs if "scores" in r]
    if not measured:
        return runs[-1]
    ordered = sorted(measured, key=lambda r: r["scores"].get("performance") or 0)
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    chosen["performance_runs"] = [r["scores"].get("performance") for r in measured]
    return chosen


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


async def _forget_downloads(port: int, base: str) -> None:
    """Every audit is a first visit: the HTTP cache, the service worker and its caches are cleared
    (Lighthouse's own storage reset would clear localStorage too, signing the driver out)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
        page = await browser.contexts[0].new_page()
        cdp = await browser.contexts[0].new_cdp_session(page)
        await cdp.send("Network.clearBrowserCache")
        await cdp.send(
            "Storage.clearDataForOrigin",
            {"origin": base, "storageTypes": "service_workers,cache_storage"},
        )
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
    return {
        "scores": scores,
        "metrics": metrics(report),
        "failing": failing(report),
        "lighthouse": report.get("lighthouseVersion"),
    }


#: (key, Lighthouse audit id) of the key metrics recorded with each score.
METRICS = [
    ("FCP", "first-contentful-paint"),
    ("LCP", "largest-contentful-paint"),
    ("TBT", "total-blocking-time"),
    ("CLS", "cumulative-layout-shift"),
    ("SI", "speed-index"),
]


def metrics(report: dict[str, Any]) -> dict[str, float | None]:
    """The key metrics in ms (CLS unitless), as Lighthouse's simulated throttling estimates them."""
    audits = report.get("audits", {})
    out: dict[str, float | None] = {}
    for key, audit_id in METRICS:
        value = audits.get(audit_id, {}).get("numericValue")
        if value is not None:
            value = round(value, 3) if key == "CLS" else round(value)
        out[key] = value
    return out


def failing(report: dict[str, Any], limit: int = 6) -> list[dict[str, Any]]:
    """The audits that cost the most: scored below 0.9 in any category, heaviest weight first, with
    the estimated saving (ms) where Lighthouse gives one."""
    audits = report.get("audits", {})
    found: dict[str, dict[str, Any]] = {}
    for cat_key, cat in report.get("categories", {}).items():
        for ref in cat.get("auditRefs", []):
            a = audits.get(ref["id"], {})
            score = a.get("score")
            if score is None or score >= 0.9 or a.get("scoreDisplayMode") in ("informative", "manual"):
                continue
            saving = (a.get("details") or {}).get("overallSavingsMs")
            first = {"id": ref["id"], "category": cat_key, "weight": 0, "score": score}
            row = found.setdefault(ref["id"], first)
            row["weight"] = max(row["weight"], ref.get("weight", 0))
            if saving:
                row["saving_ms"] = round(saving)
            if a.get("displayValue"):
                row["value"] = a["displayValue"]
    rows = sorted(found.values(), key=lambda r: (-r["weight"], -r.get("saving_ms", 0), r["score"]))
    return rows[:limit]


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
            runs = []
            for i in range(runs_wanted()):
                asyncio.run(_forget_downloads(port, base))
                runs.append(audit(port, base + path, workdir / f"lighthouse-{name}-{i}.json"))
            rows.append({"screen": name, "path": path, **median_run(runs)})
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
    with server.running():
        seed_chargers(server.database_url, 1, "LH-")  # the charger screen's charger
        rows = measure(f"http://127.0.0.1:{server.http_port}", here, screens or screens_wanted())
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
    runs = measured[0].get("performance_runs") or [None]
    lines += [
        "",
        f"Each screen audited {len(runs)} times; the run with the median Performance score is shown "
        "(every run's Performance score in the next table). Metrics are Lighthouse's simulated "
        "estimates on that profile; they follow the main thread's observed work, so on a busy machine "
        "the Performance score moves by several points between runs.",
        "",
        "| screen | Performance runs | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in measured:
        m = r.get("metrics", {})
        lines.append(
            f"| {r['screen']} | {', '.join(str(p) for p in r.get('performance_runs', []))} | "
            f"{m.get('FCP')} | "
            f"{m.get('LCP')} | {m.get('TBT')} | {m.get('CLS')} | {m.get('SI')} |"
        )
    lines += ["", "Audits failing (score below 0.9) on the median run, heaviest first:", ""]
    for r in measured:
        items = [
            f"`{f['id']}` ({f['category']}, score {f['score']}"
            + (f", {f['value']}" if f.get("value") else "")
            + (f", saves ~{f['saving_ms']} ms" if f.get("saving_ms") else "")
            + ")"
            for f in r.get("failing", [])
        ]
        lines.append(f"- {r['screen']}: " + ("; ".join(items) if items else "none"))
    return lines


def main() -> None:
    from bench.page_weight import write_results

    rows = run(Path(tempfile.mkdtemp(prefix="plagsini-lighthouse-")))
    write_results("lighthouse", rows, markdown(rows))


if __name__ == "__main__":
    main()
