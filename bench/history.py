"""Kept runs and their comparison.

Every run (`python -m bench`, `python -m bench curves`) also writes its JSON (and charts) into
`bench/results/history/<UTC timestamp>-<git sha>/`, so a change's effect stays visible against
earlier runs. `python -m bench --compare A B` prints every figure of both with the difference and
the ratio B/A; A and B are history entry names (a unique prefix is enough, e.g. the timestamp) or
`latest` (bench/results/latest.json and curves.json).
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Fields naming a row (which server, which point), not figures.
IDENTITY = ("target", "server", "query", "chargers", "sessions", "clients", "subscribers", "mode")
RUN_FILES = ("latest.json", "curves.json")


def git_sha() -> str:
    try:
        sha = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "nogit"
    return sha + ("-dirty" if dirty else "")


def keep(results: Path, files: list[Path]) -> Path:
    """Copy the files of a finished run into a new history entry; returns its folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    entry = results / "history" / f"{stamp}-{git_sha()}"
    n = 1
    while entry.exists():
        n += 1
        entry = entry.with_name(f"{stamp}-{git_sha()}-{n}")
    entry.mkdir(parents=True)
    for f in files:
        if f.exists():
            shutil.copy2(f, entry / f.name)
    return entry


def resolve(results: Path, name: str) -> list[Path]:
    """The JSON files of a run: `latest`, or a history entry by name or unique prefix."""
    if name == "latest":
        found = [results / f for f in RUN_FILES if (results / f).exists()]
    else:
        hist = results / "history"
        matches = sorted(p for p in hist.glob(f"{name}*") if p.is_dir()) if hist.exists() else []
        exact = [p for p in matches if p.name == name]
        if len(exact) == 1:
            matches = exact
        if len(matches) != 1:
            known = ", ".join(p.name for p in sorted(hist.iterdir())) if hist.exists() else "none"
            raise SystemExit(
                f"{name!r} names {len(matches)} history entries (known: {known})"
                if matches
                else f"no history entry {name!r} in {hist} (known: {known})"
            )
        found = [matches[0] / f for f in RUN_FILES if (matches[0] / f).exists()]
    if not found:
        raise SystemExit(f"{name!r}: no results in it")
    return found


def _row_figures(prefix: str, row: dict[str, Any]) -> dict[str, float]:
    ident = ",".join(f"{k}={row[k]}" for k in IDENTITY if k in row and row[k] is not None)
    base = f"{prefix}[{ident}]" if ident else prefix
    out: dict[str, float] = {}
    for k, v in row.items():
        if k in IDENTITY:
            continue
        if isinstance(v, bool):
            continue
        if isinstance(v, int | float) and math.isfinite(v):
            out[f"{base}.{k}"] = float(v)
        elif isinstance(v, dict):
            for k2, v2 in v.items():
                if isinstance(v2, int | float) and not isinstance(v2, bool) and math.isfinite(v2):
                    out[f"{base}.{k}.{k2}"] = float(v2)
    return out


def figures(files: list[Path]) -> dict[str, float]:
    """Every number of a run, by a stable name: `<scenario>[<identity fields>].<figure>`."""
    out: dict[str, float] = {}
    for f in files:
        data = json.loads(f.read_text())
        groups = data.get("results") if f.name == "latest.json" else data.get("curves")
        prefix = "" if f.name == "latest.json" else "curve:"
        for scenario, rows in (groups or {}).items():
            if isinstance(rows, dict):
                rows = [rows]
            for row in rows if isinstance(rows, list) else []:
                if isinstance(row, dict):
                    if scenario == "api":  # runs before the bare endpoint existed measured PlagSini only
                        row = {"server": "plagsini", **row}
                    out.update(_row_figures(prefix + scenario, row))
    return out


def compare(results: Path, a: str, b: str) -> str:
    fa, fb = figures(resolve(results, a)), figures(resolve(results, b))
    names = sorted(set(fa) | set(fb))
    width = max((len(n) for n in names), default=6)
    lines = [
        f"A = {a}, B = {b}",
        f"{'figure':<{width}}  {'A':>12}  {'B':>12}  {'B - A':>12}  {'B / A':>8}",
    ]
    for n in names:
        va, vb = fa.get(n), fb.get(n)
        diff = "" if va is None or vb is None else f"{vb - va:+12.4g}"
        ratio = "" if va is None or vb is None or va == 0 else f"{vb / va:8.3f}"
        lines.append(
            f"{n:<{width}}  {'—' if va is None else f'{va:12.4g}':>12}  "
            f"{'—' if vb is None else f'{vb:12.4g}':>12}  {diff:>12}  {ratio:>8}"
        )
    return "\n".join(lines) + "\n"
