"""`python -m bench.reads` runs against a node started as a process and measures both phases: the
console's list pages with the chargers idle and while they send readings, every page answered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_reads_bench_measures_the_console_idle_and_while_chargers_write(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "bench.reads", "--chargers", "20", "--meter-interval", "1"]
    cmd += ["--duration", "3", "--results", str(tmp_path)]
    subprocess.run(cmd, cwd=ROOT, check=True, timeout=300)
    result = json.loads((tmp_path / "reads.json").read_text())
    assert result["chargers"] == 20
    for phase in ("idle", "while_ingesting"):
        assert result[phase]["requests"] >= len(result["reads"]), result
        assert result[phase]["errors"] == 0, result
        assert 0 < result[phase]["p50_ms"] <= result[phase]["p99_ms"], result
    assert result["while_ingesting"]["readings_per_s"] > 0, result
