"""Smoke test of the Lighthouse scenario of `make bench` (never of its scores): `python -m bench` with
only that scenario audits one driver-app screen through Debian's Chromium and records the four
category scores, the key metrics and the failing audits in latest.json and tables in latest.md."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_lighthouse_scenario_records_the_four_categories(tmp_path: Path) -> None:
    if not Path("/usr/bin/chromium").exists() or shutil.which("npm") is None:
        pytest.skip("needs /usr/bin/chromium and npm")
    if not (ROOT / "driver_pwa" / "dist" / "index.html").exists():
        pytest.skip("driver_pwa/dist is not built (npm run build)")
    results = tmp_path / "results"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BENCH_SCENARIOS": "lighthouse",
        "BENCH_TARGETS": "sqlite",
        "BENCH_LIGHTHOUSE_SCREENS": "charger",
        "BENCH_LIGHTHOUSE_RUNS": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--results", str(results)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = json.loads((results / "latest.json").read_text())["results"]["lighthouse"]
    assert [r["screen"] for r in rows] == ["charger"], rows
    scores = rows[0].get("scores")
    assert scores is not None, rows
    assert set(scores) == {"performance", "accessibility", "best-practices", "pwa"}
    assert all(isinstance(v, int) and 0 <= v <= 100 for v in scores.values()), scores
    assert rows[0]["lighthouse"] == "11.7.1"
    # the key metrics and the failing audits say why a score is what it is
    metrics = rows[0]["metrics"]
    assert set(metrics) == {"FCP", "LCP", "TBT", "CLS", "SI"}, metrics
    assert all(isinstance(v, (int, float)) and v >= 0 for v in metrics.values()), metrics
    assert rows[0]["performance_runs"] == [scores["performance"]]
    assert isinstance(rows[0]["failing"], list)
    assert all({"id", "category", "score"} <= set(f) for f in rows[0]["failing"]), rows[0]["failing"]
    latest = (results / "latest.md").read_text()
    assert "| Performance | Accessibility | Best Practices | PWA |" in latest
    assert "/c/LH-00000" in latest
    assert "| FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |" in latest
