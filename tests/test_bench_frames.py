"""`python -m bench.frames` runs and measures what it says: the same text framed four ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_frames_bench_writes_the_four_ways_with_their_sizes_and_memory(tmp_path: Path) -> None:
    env = {**os.environ, "BENCH_RESULTS": str(tmp_path), "BENCH_FRAMES_REPEAT": "1"}
    subprocess.run([sys.executable, "-m", "bench.frames"], cwd=ROOT, env=env, check=True, timeout=120)
    rows = json.loads((tmp_path / "frames.json").read_text())["rows"]
    plain_ws, plain_own, takeover, shared = rows.values()
    # Uncompressed, the writer's frame is websockets' frame, byte for byte the same length.
    assert plain_ws["bytes_per_frame"] == plain_own["bytes_per_frame"]
    # Compressed afresh, a frame is smaller than the text but cannot refer to the reading before.
    assert takeover["bytes_per_frame"] < shared["bytes_per_frame"] < plain_own["bytes_per_frame"]
    # A connection compressing with history holds its compressor; the shared way holds none.
    assert takeover["held_bytes_per_connection"] > 10 * shared["held_bytes_per_connection"]
    assert all(row["us_per_subscriber"] > 0 for row in rows.values())
