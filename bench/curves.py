"""`python -m bench curves`: how cost grows, one chart per curve, kept in the history.

Curves (each point a separate measurement on loopback, SQLite unless --target mariadb):
- chargers: CPU seconds per 1,000 messages and memory (RSS) per connection against connected
  chargers (the ingest scenario: 30% of the chargers in a session sending MeterValues every 10 s,
  all heartbeating);
- sessions: API p50/p99 (PlagSini and the bare endpoint of bench/api_baseline.py, both queries)
  against stored sessions; the database grows by Core bulk inserts between points;
- clients: API p50/p99 against concurrent clients at a fixed number of stored sessions;
- subscribers: live latency p50/p99 (a charger's MeterValues to GraphQL subscribers) against
  subscribers, with the node's RSS growth per subscriber.

Points: full by default, `--quick` for a smoke run (seconds), or `--points NAME=a,b,c` (repeatable)
for any curve; `--only chargers,sessions` runs some curves; `--duration S` seconds measured per
point. Writes bench/results/curves.json and curve-*.svg (or under `--results DIR`), re-renders
latest.md with links to the charts, and keeps the run under history/<timestamp>-<git sha>/.
Every point records the load average before it; latest.md marks points taken on a loaded machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform as pyplatform
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from bench import history
from bench.svgchart import line_chart

CURVES = ("chargers", "sessions", "clients", "subscribers")
FULL: dict[str, list[int]] = {
    "chargers": [100, 1000, 5000, 10000],
    "sessions": [10_000, 100_000, 1_000_000],
    "clients": [1, 10, 50, 100, 200],
    "subscribers": [1, 100, 1000, 10000],
}
QUICK: dict[str, list[int]] = {
    "chargers": [10, 40],
    "sessions": [500, 2000],
    "clients": [1, 4],
    "subscribers": [1, 5],
}
# Per mode: seconds per point, API clients on the sessions curve, sessions on the clients curve,
# chargers with a position for the API curves, seconds between a charging charger's MeterValues.
SETTINGS = {
    "full": {
        "duration": 20.0,
        "api_clients": 50,
        "fixed_sessions": 100_000,
        "api_chargers": 3000,
        "meter_interval": 10.0,
    },
    "quick": {
        "duration": 2.0,
        "api_clients": 4,
        "fixed_sessions": 500,
        "api_chargers": 100,
        "meter_interval": 0.5,
    },
}


def loaded() -> dict[str, float]:
    one, five, _ = os.getloadavg()
    return {"load_avg_1m": round(one, 2), "load_avg_5m": round(five, 2)}


def curve_chargers(
    points: list[int], workdir: Path, duration: float, meter_interval: float, mariadb: Any
) -> list[dict[str, Any]]:
    from bench.__main__ import scenario_ingest

    rows = []
    for n in points:
        load = loaded()
        kind = "sqlite" if mariadb is None else "mariadb"
        r = scenario_ingest(kind, n, workdir, mariadb, duration, meter_interval)
        keep = ("target", "chargers", "held", "msgs_per_s", "p50_ms", "p99_ms")
        rows.append(
            {
                **{k: r.get(k) for k in keep},
                "cpu_s_per_1000_msgs": r.get("cpu_s_per_1000_msgs"),
                "kb_per_connection": r.get("kb_per_connection"),
                "messages": r.get("messages"),
                **load,
            }
        )
    return rows


def _api_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keep: tuple[str, ...] = ("target", "server", "query", "sessions", "clients", "requests_per_s")
    keep += ("ratio_to_bare", "p50_ms", "p99_ms", "loadgen_cpu_share", "load_avg_1m", "errors", "same_json")
    return [{k: r.get(k) for k in keep} for r in rows]


def curve_sessions(
    points: list[int], workdir: Path, duration: float, mode: dict[str, Any], target: str, mariadb: Any
) -> list[dict[str, Any]]:
    from bench.__main__ import log
    from bench.api_load import add_sessions, database_for, measure, seed

    wd = workdir / "curve-sessions"
    url = database_for(target, wd, mariadb)
    asyncio.run(seed(url, mode["api_chargers"], 0))
    rows: list[dict[str, Any]] = []
    have = 0
    for n in sorted(points):
        t0 = time.perf_counter()
        asyncio.run(add_sessions(url, have, n))
        log(f"curve sessions: {n - have} sessions added in {time.perf_counter() - t0:.1f} s")
        have = n
        rows += _api_rows(measure(target, url, wd, [mode["api_clients"]], duration, {"sessions": n}))
    return rows


def curve_clients(
    points: list[int], workdir: Path, duration: float, mode: dict[str, Any], target: str, mariadb: Any
) -> list[dict[str, Any]]:
    from bench.api_load import database_for, measure, seed

    wd = workdir / "curve-clients"
    url = database_for(target, wd, mariadb)
    asyncio.run(seed(url, mode["api_chargers"], mode["fixed_sessions"]))
    return _api_rows(measure(target, url, wd, points, duration, {"sessions": mode["fixed_sessions"]}))


def curve_subscribers(points: list[int], workdir: Path, duration: float) -> list[dict[str, Any]]:
    from bench.live_latency import run as run_live

    rows = []
    for n in points:
        load = loaded()
        for r in run_live(workdir / f"curve-live-{n}", [n], duration):
            growth = r.get("server_rss_growth_mb")
            rows.append(
                {
                    "subscribers": n,
                    "subscribers_live": r.get("subscribers_live"),
                    "p50_ms": r.get("p50_ms"),
                    "p99_ms": r.get("p99_ms"),
                    "delivered_share": r.get("delivered_share"),
                    "kb_per_subscriber": None if growth is None else growth * 1024 / n,
                    **load,
                }
            )
    return rows


def _series(
    rows: list[dict[str, Any]], x: str, y: str, name: Callable[[dict[str, Any]], str]
) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for r in rows:
        if r.get(x) is not None and isinstance(r.get(y), int | float):
            out.setdefault(name(r), []).append((float(r[x]), float(r[y])))
    return out


def charts(data: dict[str, Any], results: Path) -> dict[str, str]:
    """Write the SVG charts of a curves run; returns {file name: title}."""
    c = data["curves"]
    note = f"{data['started']} · {data['git']} · {data['mode']} points"
    api_name: Callable[[dict[str, Any]], str] = lambda r: f"{r['server']} {r['query']} p{r['_p']}"  # noqa: E731

    def api_series(rows: list[dict[str, Any]], x: str) -> dict[str, list[tuple[float, float]]]:
        out: dict[str, list[tuple[float, float]]] = {}
        for key in dict.fromkeys((r["server"], r["query"]) for r in rows):
            sub = [r for r in rows if (r["server"], r["query"]) == key]
            for p in (50, 99):
                out |= _series([r | {"_p": p} for r in sub], x, f"p{p}_ms", api_name)
        return out

    specs: list[tuple[str, str, str, str, dict[str, list[tuple[float, float]]]]] = []
    per_charger = (
        ("cpu", "cpu_s_per_1000_msgs", "CPU per 1,000 messages", "CPU seconds per 1,000 messages"),
        ("memory", "kb_per_connection", "Memory per connection", "RSS KB per connection"),
    )
    for short, field, what, y_label in per_charger:
        if c.get("chargers"):
            series = _series(c["chargers"], "chargers", field, lambda r: str(r["target"]))
            title = f"{what} against connected chargers"
            specs.append((f"curve-chargers-{short}.svg", title, "connected chargers", y_label, series))
    api_curves = (
        ("sessions", "stored sessions", f"{data['settings']['api_clients']} clients"),
        ("clients", "concurrent clients", f"{data['settings']['fixed_sessions']:,} sessions"),
    )
    for curve, x_label, fixed in api_curves:
        if c.get(curve):
            title = f"API latency against {x_label} ({fixed})"
            specs.append((f"curve-{curve}-latency.svg", title, x_label, "ms", api_series(c[curve], curve)))
    if c.get("subscribers"):
        rows = c["subscribers"]
        series = _series(rows, "subscribers", "p50_ms", lambda r: "p50")
        series |= _series(rows, "subscribers", "p99_ms", lambda r: "p99")
        title = "Live latency (MeterValues to subscriber) against subscribers"
        specs.append(("curve-subscribers-latency.svg", title, "subscribers", "ms", series))
    written = {}
    for fname, title, xl, yl, series in specs:
        chart = line_chart(title, xl, yl, series, log_x=True, log_y=yl == "ms", note=note)
        (results / fname).write_text(chart)
        written[fname] = title
    return written


def markdown(data: dict[str, Any]) -> str:
    """The curves section of latest.md: chart links and each curve's points as a table."""
    from bench.__main__ import load_cell

    lines = [
        "",
        f"## Curves ({data['mode']} points, {data['started']}, {data['git']})",
        "",
        f"`python -m bench curves{' --quick' if data['mode'] == 'quick' else ''}`; "
        f"{data['settings']['duration']:g} s measured per point; {data['machine']}. "
        "Points marked ⚠ were measured on a loaded machine (1-minute load average above the core count: "
        "the figures are slower than the machine's own).",
        "",
    ]
    lines += [f"- [{title}]({fname})" for fname, title in data.get("charts", {}).items()]
    for name, rows in data["curves"].items():
        if not rows:
            continue
        cols = [k for k in rows[0] if k not in ("load_avg_5m",)]
        lines += ["", f"### {name}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for r in rows:
            cells = []
            for k in cols:
                v = r.get(k)
                cell = f"{v:.3g}" if isinstance(v, float) else ("" if v is None else str(v))
                if k == "load_avg_1m":
                    cell = load_cell(r)
                cells.append(cell)
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str], results: Path) -> Path:
    p = argparse.ArgumentParser(prog="python -m bench curves")
    p.add_argument("--quick", action="store_true", help="small points for a smoke run")
    p.add_argument("--points", action="append", default=[], help="NAME=a,b,c (chargers, sessions, ...)")
    p.add_argument("--only", default=",".join(CURVES), help="comma-separated curves to run")
    p.add_argument("--duration", type=float, help="seconds measured per point")
    p.add_argument("--target", choices=["sqlite", "mariadb"], default="sqlite")
    args = p.parse_args(argv)
    mode_name = "quick" if args.quick else "full"
    mode = dict(SETTINGS[mode_name])
    if args.duration is not None:
        mode["duration"] = args.duration
    points = {k: list(v) for k, v in (QUICK if args.quick else FULL).items()}
    for spec in args.points:
        name, _, values = spec.partition("=")
        if name not in CURVES or not values:
            raise SystemExit(f"--points {spec!r}: NAME=a,b,c with NAME one of {', '.join(CURVES)}")
        points[name] = [int(v) for v in values.split(",") if v]
        mode_name = "custom" if not args.quick else "quick+custom"
    only = [c for c in args.only.split(",") if c]
    for c in only:
        if c not in CURVES:
            raise SystemExit(f"--only: unknown curve {c!r} (one of {', '.join(CURVES)})")
    workdir = Path(tempfile.mkdtemp(prefix="plagsini-curves-"))
    mariadb = None
    if args.target == "mariadb":
        from tests.services import MariaDBServer

        mariadb = MariaDBServer()
        mariadb.start()
    data: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "git": history.git_sha(),
        "mode": mode_name,
        "machine": f"{pyplatform.machine()}, {psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total // 2**30} GiB, Python {pyplatform.python_version()}",
        "settings": mode,
        "points": {c: points[c] for c in only},
        "curves": {},
    }
    d = float(mode["duration"])
    try:
        if "chargers" in only:
            data["curves"]["chargers"] = curve_chargers(
                points["chargers"], workdir, d, float(mode["meter_interval"]), mariadb
            )
        if "sessions" in only:
            data["curves"]["sessions"] = curve_sessions(
                points["sessions"], workdir, d, mode, args.target, mariadb
            )
        if "clients" in only:
            data["curves"]["clients"] = curve_clients(
                points["clients"], workdir, d, mode, args.target, mariadb
            )
        if "subscribers" in only:
            data["curves"]["subscribers"] = curve_subscribers(points["subscribers"], workdir, d)
    finally:
        if mariadb is not None:
            mariadb.close()
    results.mkdir(parents=True, exist_ok=True)
    data["charts"] = charts(data, results)
    (results / "curves.json").write_text(json.dumps(data, indent=2) + "\n")
    return history.keep(results, [results / "curves.json", *(results / f for f in data["charts"])])
