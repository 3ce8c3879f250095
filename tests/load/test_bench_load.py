"""Smoke test of the load management benchmark's measuring (never of its figures): a small run of
`python -m bench.load_alloc` against a real `plagsini serve` writes one sample per started
transaction and its percentiles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_small_load_bench_measures_every_start(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.load_alloc",
            "--sites",
            "2",
            "--per-site",
            "3",
            "--rounds",
            "2",
            "--results",
            str(tmp_path),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "load_alloc.json").read_text())
    assert report["samples"] == 4  # 2 rounds x 2 sites
    figures = report["event_to_limits_ms"]
    assert 0 < figures["p50"] <= figures["p99"] <= figures["max"]
