"""Smoke test of the benchmark's measuring infrastructure (never of its figures): the quick curves
run end to end on a temporary results folder, the charts and tables are written and parse, each run
is kept in the history, and `python -m bench --compare` prints the figures of two runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def bench(*args: str, results: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bench", *args, "--results", str(results)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.slow
def test_quick_curves_and_compare(tmp_path: Path) -> None:
    results = tmp_path / "results"
    # The quick points, but one point for the curves where each point is only another server start
    # (the sessions curve keeps two: its database grows between points).
    points = ("--points", "chargers=10", "--points", "clients=1", "--points", "subscribers=1")
    first = bench("curves", "--quick", *points, "--duration", "1", results=results)
    assert first.returncode == 0, first.stderr[-3000:]

    data = json.loads((results / "curves.json").read_text())
    assert set(data["curves"]) == {"chargers", "sessions", "clients", "subscribers"}
    assert data["mode"] == "quick+custom"
    assert data["points"]["sessions"] == [500, 2000]
    # Every configured point was measured (a row per point; the API curves a row per server and query).
    assert [r["chargers"] for r in data["curves"]["chargers"]] == data["points"]["chargers"]
    assert [r["subscribers"] for r in data["curves"]["subscribers"]] == data["points"]["subscribers"]
    for curve, x in (("sessions", "sessions"), ("clients", "clients")):
        rows = data["curves"][curve]
        assert {(r["server"], r["query"], r[x]) for r in rows} == {
            (s, q, n)
            for s in ("bare", "plagsini")
            for q in ("stations", "sessions")
            for n in data["points"][curve]
        }
        # The bare endpoint answered exactly what the GraphQL API answers, and it was loaded without errors.
        assert all(r["same_json"] is True and r["errors"] == 0 for r in rows)
        assert all(isinstance(r["ratio_to_bare"], float) for r in rows if r["server"] == "plagsini")

    latest = (results / "latest.md").read_text()
    assert len(data["charts"]) == 5
    for fname in data["charts"]:
        assert f"]({fname})" in latest
        root = ET.parse(results / fname).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.findall(".//{http://www.w3.org/2000/svg}circle"), f"{fname} has no data point"

    entries = sorted((results / "history").iterdir())
    assert len(entries) == 1 and (entries[0] / "curves.json").exists()

    second = bench(
        "curves", "--quick", "--only", "clients", "--points", "clients=1", "--duration", "1", results=results
    )
    assert second.returncode == 0, second.stderr[-3000:]
    entries = sorted((results / "history").iterdir())
    assert len(entries) == 2
    a, b = entries[0].name, entries[1].name

    out = bench("--compare", a, b, results=results)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == f"A = {a}, B = {b}"
    figures = {line.split()[0]: line.split()[1:] for line in lines[2:]}
    key = "curve:clients[target=sqlite,server=plagsini,query=stations,sessions=500,clients=1]"
    # In both runs: A, B, difference and ratio are numbers.
    both = figures[f"{key}.requests_per_s"]
    assert len(both) == 4 and all(float(v) == float(v) for v in both)
    # Only in A (the second run measured no chargers curve): B is shown as missing.
    only_a = next(v for k, v in figures.items() if k.startswith("curve:chargers[") and k.endswith(".p99_ms"))
    assert only_a[1] == "—"
    assert bench("--compare", "latest", a, results=results).returncode == 0

    missing = bench("--compare", "nosuchrun", a, results=results)
    assert missing.returncode != 0 and "no history entry 'nosuchrun'" in missing.stderr
