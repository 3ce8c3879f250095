"""`make bench` / `python -m bench`: runs the scenarios against PlagSini and the bare-library baseline
in the same run, on loopback, and writes bench/results/latest.json and bench/results/latest.md.

Environment knobs (all optional):
- BENCH_SIZES: charger counts for the ingest scenario (default "100,1000,5000,10000")
- BENCH_SIZES_MARIADB: the subset of BENCH_SIZES run on MariaDB (default: all)
- BENCH_DURATION: seconds of steady state measured per ingest run (default 60)
- BENCH_TARGETS: which servers (default "baseline,sqlite,mariadb"; mariadb needs mariadbd installed)
- BENCH_SCENARIOS: which scenarios (default "ingest,peak,storm,live,api,extreme,load,pages,lighthouse");
  `extreme` runs the extreme-input sweep of bench/extreme_inputs.py (a few minutes) and records the
  slowest request;
  `pages` records the front ends' page weight and load time in Chromium on a throttled slow-4G profile
  (bench/page_weight.py; needs the built front ends and /usr/bin/chromium); `lighthouse` records
  Lighthouse's Performance, Accessibility, Best Practices and PWA scores of the driver app's home,
  charger and live screens (bench/lighthouse.py; installs the pinned Lighthouse with npm on first use;
  BENCH_LIGHTHOUSE_SCREENS=home,charger,live picks screens, BENCH_LIGHTHOUSE_RUNS audits per screen,
  default 3, the median kept; with the scores the key metrics and the failing audits)
- `load`: site load management (bench/load_alloc.py): BENCH_LOAD_SITES managed sites (default 50)
  of BENCH_LOAD_PER_SITE chargers (default 20) on SQLite; in each of BENCH_LOAD_ROUNDS rounds
  (default 10) a charger on every site starts a transaction, timed until its TxProfile arrives
- BENCH_STORM_SIZES: charger counts for the reconnect storm (default: the largest size, at most 1000)
- BENCH_PROFILE: "1" profiles the server with py-spy during peak ingest (skews the peak figure a little)
- BENCH_LIVE_SUBSCRIBERS / BENCH_LIVE_RATE / BENCH_LIVE_DURATION / BENCH_LIVE_PROCESSES / BENCH_LIVE_DEFLATE,
  BENCH_API_CHARGERS / BENCH_API_SESSIONS / BENCH_API_CLIENTS / BENCH_API_DURATION: see
  bench/live_latency.py and bench/api_load.py

`python -m bench --render` rebuilds latest.md from latest.json and bench/notes.md (the analysis).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import platform as pyplatform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGETS = {
    "p99_ms": 200.0,
    #: Meter reading to subscriber at up to 1,000 subscribers.
    "live_p99_ms": 50.0,
    "kb_per_connection": 60.0,
    "peak_ratio": 2.0,
    "api_ratio": 0.5,
}


def log(msg: str) -> None:
    print(f"[bench {datetime.now().strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A server under test in its own process."""

    def __init__(
        self,
        kind: str,
        workdir: Path,
        database_url: str | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.extra_env = extra_env or {}
        self.workdir = workdir
        self.database_url = database_url
        self.ocpp_port = free_port()
        self.http_port = free_port()
        self.proc: subprocess.Popen[str] | None = None
        self.ps: psutil.Process | None = None

    @property
    def ocpp_url(self) -> str:
        return f"ws://127.0.0.1:{self.ocpp_port}"

    def start(self) -> None:
        env = dict(os.environ)
        if self.kind == "baseline":
            cmd = [sys.executable, "-m", "bench.baseline", "--port", str(self.ocpp_port)]
        elif self.kind == "api_baseline":
            cmd = [sys.executable, "-m", "bench.api_baseline", "--database-url", self.database_url or ""]
            cmd += ["--port", str(self.http_port)]
        else:
            cmd = [sys.executable, "-m", "plagsini", "serve"]
            env.update(
                {
                    "DATABASE_URL": self.database_url or f"sqlite+aiosqlite:///{self.workdir}/bench.db",
                    "BROADCAST_URL": "memory://",
                    "HTTP_HOST": "127.0.0.1",
                    "HTTP_PORT": str(self.http_port),
                    "OCPP_HOST": "127.0.0.1",
                    "OCPP_PORT": str(self.ocpp_port),
                    "VAR_DIR": str(self.workdir / "var"),
                    "SECRET_KEY": "bench-secret-key-" + "x" * 32,
                    "ADMIN_PASSWORD": "bench-admin-password",
                    "LOG_LEVEL": "warning",
                    "OCPP_UNKNOWN_CHARGERS": "reject",
                    **self.extra_env,
                }
            )
        self.log_file = open(self.workdir / f"{self.kind}.log", "a")  # noqa: SIM115
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=self.log_file, text=True
        )
        self.ps = psutil.Process(self.proc.pid)
        self._wait_ready()

    def _wait_ready(self, timeout: float = 120) -> None:
        import socket

        deadline = time.monotonic() + timeout
        port = self.http_port if self.kind == "api_baseline" else self.ocpp_port
        # One client for every probe (httpx.get() builds one, TLS context included, each time).
        with httpx.Client(timeout=2) as client:
            while time.monotonic() < deadline:
                assert self.proc is not None
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.kind} server exited: see {self.workdir}/{self.kind}.log")
                if self.kind == "plagsini":
                    try:
                        if client.get(f"http://127.0.0.1:{self.http_port}/readyz").status_code == 200:
                            return
                    except httpx.HTTPError:
                        pass
                else:
                    with socket.socket() as s:
                        if s.connect_ex(("127.0.0.1", port)) == 0:
                            return
                time.sleep(0.2)
        raise TimeoutError(f"{self.kind} server did not start")

    def rss(self) -> int:
        assert self.ps is not None
        return int(self.ps.memory_info().rss)

    def cpu(self) -> float:
        assert self.ps is not None
        t = self.ps.cpu_times()
        return float(t.user + t.system)

    def loop_lag(self) -> dict[str, float] | None:
        if self.kind != "plagsini":
            return None
        try:
            text = httpx.get(f"http://127.0.0.1:{self.http_port}/metrics", timeout=5).text
        except httpx.HTTPError:
            return None
        out: dict[str, float] = {}
        for line in text.splitlines():
            if line.startswith("plagsini_event_loop_lag_seconds{"):
                q = line.split('quantile="', 1)[1].split('"', 1)[0]
                out[{"0.5": "p50", "0.99": "p99", "1": "max"}.get(q, q)] = float(line.rsplit(" ", 1)[1])
        return out

    @contextmanager
    def running(self) -> Iterator[Server]:
        """The server started for the `with` block, stopped after it."""
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def stop(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                out, _ = self.proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                out, _ = self.proc.communicate()
            for line in (out or "").splitlines():
                if line.startswith("{") and "loop_lag" in line:
                    extra = json.loads(line)
        self.log_file.close()
        return extra


def seed_chargers(database_url: str, n: int, prefix: str) -> None:
    """Register N chargers with no OCPP authentication (security profile 0), accepted."""
    from bench.seed import seed_chargers as seed

    asyncio.run(seed(database_url, n, prefix))


def run_loadgen(
    args: list[str], on_event: Any = None, timeout: float = 3600, module: str = "bench.loadgen"
) -> list[dict[str, Any]]:
    cmd = [sys.executable, "-m", module, *args]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    events = []
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    for line in proc.stdout:
        ev = json.loads(line)
        events.append(ev)
        if on_event:
            on_event(ev)
        if time.monotonic() > deadline:
            proc.kill()
            break
    proc.wait()
    return events


@contextmanager
def target_server(kind: str, workdir: Path, mariadb: Any) -> Iterator[Server]:
    db_url = None
    if kind == "mariadb":
        db_url = mariadb.create_database(f"bench_{int(time.time())}")
    server = Server("baseline" if kind == "baseline" else "plagsini", workdir / kind, db_url)
    server.workdir.mkdir(parents=True, exist_ok=True)
    server.database_url = db_url or f"sqlite+aiosqlite:///{server.workdir}/bench.db"
    if kind != "baseline":
        from db.migrate import upgrade

        asyncio.run(upgrade(server.database_url))
    try:
        yield server
    finally:
        pass


def scenario_ingest(
    kind: str, n: int, workdir: Path, mariadb: Any, duration: float, meter_interval: float = 10.0
) -> dict[str, Any]:
    with target_server(kind, workdir / f"ingest{n}", mariadb) as server:
        if kind != "baseline":
            seed_chargers(server.database_url or "", n, "BENCH")
        server.start()
        rss0 = server.rss()
        result: dict[str, Any] = {"target": kind, "chargers": n}
        marks: dict[str, float] = {}

        def on_event(ev: dict[str, Any]) -> None:
            if ev["event"] == "connected":
                result.update({"held": ev["held"], "failed_connects": ev["failed"]})
                result["rss_after_connect"] = server.rss()
            if ev["event"] == "connect_failures":
                result["connect_failure_reasons"] = ev["reasons"]
            if ev["event"] == "steady":
                marks["cpu0"] = server.cpu()
            if ev["event"] == "result":
                marks["cpu1"] = server.cpu()
                result.update({k: v for k, v in ev.items() if k not in ("event", "mode")})
                result["loop_lag"] = server.loop_lag()

        run_loadgen(
            ["ingest", "--url", server.ocpp_url, "--chargers", str(n), "--duration", str(duration)]
            + ["--meter-interval", str(meter_interval)],
            on_event,
        )
        extra = server.stop()
        if extra.get("loop_lag"):
            result["loop_lag"] = extra["loop_lag"]
        held = result.get("held") or 0
        if held:
            result["kb_per_connection"] = (result["rss_after_connect"] - rss0) / held / 1024
        if result.get("messages"):
            result["cpu_s_per_1000_msgs"] = (marks["cpu1"] - marks["cpu0"]) / result["messages"] * 1000
        log(f"ingest {kind} N={n}: {result}")
        return result


def scenario_peak(kind: str, workdir: Path, mariadb: Any) -> dict[str, Any]:
    n = 200
    with target_server(kind, workdir / "peak", mariadb) as server:
        if kind != "baseline":
            seed_chargers(server.database_url or "", n, "PEAK")
        server.start()
        profiler: list[Any] = []
        mark: list[float] = []
        shares: list[float] = []

        def on_event(ev: dict[str, Any]) -> None:
            if ev["event"] == "started" and kind != "baseline" and PROFILE:
                profiler.append(start_profile(server, workdir / f"peak-{kind}.pyspy", 20))
            if ev["event"] in ("started", "step") and server.ps is not None:
                cpu = sum(server.ps.cpu_times()[:2])
                now = time.perf_counter()
                if ev["event"] == "step" and mark:
                    # Share of one core the server used during the step (just ended).
                    shares.append((cpu - mark[0]) / (now - mark[1]))
                mark[:] = [cpu, now]

        events = run_loadgen(
            ["peak", "--url", server.ocpp_url, "--chargers", str(n), "--prefix", "PEAK", "--duration", "10"],
            on_event,
        )
        server.stop()
        res = next((e for e in events if e["event"] == "result"), {})
        log(f"peak {kind}: {res.get('peak_msgs_per_s')}")
        out = {"target": kind, **{k: v for k, v in res.items() if k not in ("event", "mode")}}
        for step, share in zip(out.get("steps", []), shares, strict=False):
            step["server_cpu_share"] = share
        if profiler:
            out["profile"] = finish_profile(*profiler[0])
        return out


PROFILE = os.environ.get("BENCH_PROFILE", "0") == "1"


def start_profile(server: Server, path: Path, seconds: int) -> tuple[subprocess.Popen[bytes] | None, Path]:
    """py-spy (if installed) on the server: samples of the threads holding the GIL (CPU, not waiting)."""
    import shutil

    exe = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(exe).exists() or server.proc is None:
        return None, path
    cmd = [
        exe,
        "record",
        "--pid",
        str(server.proc.pid),
        "-d",
        str(seconds),
        "-r",
        "100",
        "--gil",
        "--nonblocking",
    ]
    cmd += ["--format", "raw", "-o", str(path)]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), path


def finish_profile(proc: subprocess.Popen[bytes] | None, path: Path, top: int = 25) -> dict[str, Any]:
    """Top functions by inclusive and by self share of the samples."""
    if proc is None:
        return {"skipped": "py-spy not installed"}
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
    if not path.exists():
        return {"skipped": "py-spy wrote nothing (ptrace not permitted?)"}
    from collections import Counter

    own: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        total += int(n)
        frames = [f for f in stack.split(";") if f]
        if not frames:
            continue
        own[frames[-1]] += int(n)
        for f in set(frames):
            incl[f] += int(n)
    boring = ("asyncio/", "runpy", "threading.py", "plagsini/cli.py", "plagsini/__main__.py", "<module>")
    return {
        "samples": total,
        "inclusive": [
            [f, round(c / total * 100, 1)]
            for f, c in incl.most_common(200)
            if not any(b in f for b in boring)
        ][:top],
        "self": [[f, round(c / total * 100, 1)] for f, c in own.most_common(top)],
    }


def scenario_storm(kind: str, n: int, workdir: Path, mariadb: Any) -> dict[str, Any]:
    with target_server(kind, workdir / f"storm{n}", mariadb) as server:
        if kind != "baseline":
            seed_chargers(server.database_url or "", n, "STORM")
        server.start()

        marks: dict[str, float] = {}

        def on_event(ev: dict[str, Any]) -> None:
            if ev["event"] == "ready":
                t0 = time.perf_counter()
                server.stop()
                t1 = time.perf_counter()
                server.start()
                # How long the node took to stop (SIGTERM to exit) and to start again (to ready).
                marks["stop_seconds"] = t1 - t0
                marks["start_seconds"] = time.perf_counter() - t1

        events = run_loadgen(
            ["storm", "--url", server.ocpp_url, "--chargers", str(n), "--prefix", "STORM"], on_event
        )
        server.stop()
        res = {**next((e for e in events if e["event"] == "result"), {}), **marks}
        log(f"storm {kind} N={n}: {res}")
        return {"target": kind, **{k: v for k, v in res.items() if k not in ("event", "mode")}}


def _table_head(columns: str) -> list[str]:
    """A Markdown table's head from its column names, separated by `|`."""
    return [f"| {columns} |", "|" + "---|" * (columns.count("|") + 1)]


def _section(title: str, columns: str) -> list[str]:
    """A report section: its heading, then the head of its table."""
    return ["", f"## {title}", "", *_table_head(columns)]


def fmt(value: float | None, spec: str = ".2f") -> str:
    return "" if value is None else format(value, spec)


def load_cell(row: dict[str, Any]) -> str:
    """The 1-minute load average a point was measured under, with ⚠ when above the core count."""
    load = row.get("load_avg_1m")
    if load is None:
        return ""
    return f"{load:.1f}" + (" ⚠" if load > (psutil.cpu_count() or 1) else "")


def markdown(report: dict[str, Any], curves_md: str = "") -> str:
    if not report:
        lines = [
            "# PlagSini benchmark",
            "",
            "No scenario run in this results folder yet (`python -m bench`).",
        ]
    else:
        lines = [f"# PlagSini benchmark — {report['started']}", "", f"Machine: {report['machine']}", ""]
        load = (report.get("config") or {}).get("load_average_at_start")
        if load:
            lines += [f"Load average at start: {', '.join(f'{x:.1f}' for x in load)}.", ""]
        carried = report.get("carried_over") or {}
        if carried:
            lines += [
                "Carried over from earlier runs (not run this time): "
                + ", ".join(f"{k} ({v})" for k, v in carried.items())
                + ".",
                "",
            ]
    report = report or {"results": {}}
    ingest = report["results"].get("ingest", [])
    if ingest:
        lines += _section(
            "Ingest (scenario 1)",
            "N | target | held | failed | msgs/s | p50 ms | p99 ms | CPU s/1000 msgs | KB/conn "
            "| loop lag p99 ms",
        )
        for r in ingest:
            lag = (r.get("loop_lag") or {}).get("p99")
            lines.append(
                f"| {r['chargers']} | {r['target']} | {r.get('held', 0)} | {r.get('failed_connects', 0)} | "
                f"{r.get('msgs_per_s', 0):.1f} | {r.get('p50_ms', 0):.1f} | {r.get('p99_ms', 0):.1f} | "
                f"{r.get('cpu_s_per_1000_msgs', 0):.3f} | {r.get('kb_per_connection', 0):.1f} | "
                f"{'' if lag is None else f'{lag * 1000:.1f}'} |"
            )
        lines += ["", "Ratio to the baseline (same N, same run): p99 latency and memory per connection.", ""]
        base = {r["chargers"]: r for r in ingest if r["target"] == "baseline"}
        lines += _table_head("N | target | p99 ratio | KB/conn ratio")
        for r in ingest:
            b = base.get(r["chargers"])
            if r["target"] == "baseline" or not b:
                continue
            p99r = r.get("p99_ms", 0) / b["p99_ms"] if b.get("p99_ms") else float("nan")
            kbr = (
                r.get("kb_per_connection", 0) / b["kb_per_connection"]
                if b.get("kb_per_connection")
                else float("nan")
            )
            lines.append(f"| {r['chargers']} | {r['target']} | {p99r:.2f} | {kbr:.2f} |")
    peak = report["results"].get("peak", [])
    if peak:
        base_peak = next((p.get("peak_msgs_per_s", 0) for p in peak if p["target"] == "baseline"), 0)
        lines += _section(
            "Peak ingest (scenario 2): MeterValues/s with p99 < 200 ms",
            "target | peak msgs/s | ratio to baseline | p99 ms there | most answered msgs/s (any p99) "
            "| server core share there | load generator core share there",
        )
        for p in peak:
            ratio = p.get("peak_msgs_per_s", 0) / base_peak if base_peak else float("nan")
            steps = p.get("steps") or []
            at_peak: dict[str, Any] = next(
                (s for s in steps if s.get("msgs_per_s") == p.get("peak_msgs_per_s")), {}
            )
            top: dict[str, Any] = max(steps, key=lambda s: s.get("msgs_per_s", 0), default={})
            lines.append(
                f"| {p['target']} | {p.get('peak_msgs_per_s', 0):.0f} | {ratio:.2f} | "
                f"{at_peak.get('p99_ms', 0):.0f} | {top.get('msgs_per_s', 0):.0f} | "
                f"{top.get('server_cpu_share', float('nan')):.2f} | "
                f"{top.get('loadgen_cpu_share', float('nan')):.2f} |"
            )
    storm = report["results"].get("storm", [])
    if storm:
        lines += _section("Reconnect storm (scenario 4)", "target | chargers | rebooted | failures | seconds")
        for s in storm:
            lines.append(
                f"| {s['target']} | {s.get('chargers')} | {s.get('rebooted')} | "
                f"{s.get('reconnect_failures')} | {s.get('seconds_to_all_booted', 0):.1f} |"
            )
    live = [r for r in report["results"].get("live", []) if "p99_ms" in r]
    if live:
        lines += _section(
            "Live latency (scenario 3): charger MeterValues → GraphQL subscribers, one clock",
            "subscribers | live | MeterValues/s | deliveries | delivered | events/s | p50 ms | p99 ms "
            "| max ms | max lagged | server CPU s | node cores | load cores (processes) | KB/subscriber "
            "| load avg",
        )
        for r in live:
            load = r.get("load_average") or [0.0]
            lines.append(
                f"| {r['subscribers']} | {r.get('subscribers_live')} | {r.get('rate_per_s', 0):.1f} | "
                f"{r.get('deliveries')}/{r.get('deliveries_expected')} | {r.get('delivered_share', 0):.1%} | "
                f"{r.get('events_per_s', 0):.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
                f"{r.get('max_ms', 0):.1f} | {r.get('max_lagged')} | {r.get('server_cpu_s', 0):.1f} | "
                f"{r.get('server_cores', 0):.2f} | "
                f"{r.get('loadgen_cores', 0):.2f} ({r.get('load_processes', 1)}) | "
                f"{r.get('server_kb_per_subscriber', 0):.0f} | {load[0]:.1f} |"
            )
    api = [r for r in report["results"].get("api", []) if "p99_ms" in r]
    if api:
        lines += [
            "",
            "## API (scenario 5): PlagSini's GraphQL against a bare endpoint, same reads, same database",
            "",
            "`bare` is bench/api_baseline.py: the same two reads with Starlette + SQLAlchemy Core, "
            "no GraphQL, no authorization; `same JSON` says it answered exactly what the API answers. "
            "The ratio is PlagSini's requests/s over the bare endpoint's (target at least 0.5). "
            "⚠: measured on a loaded machine (1-minute load average above the core count).",
            "",
            "| target | server | query | sessions stored | clients | requests/s | ratio to bare | p50 ms "
            "| p99 ms | errors | same JSON | load generator core share | load avg |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in api:
            q = "stations(near:, first: 20)" if r["query"] == "stations" else "mySessions(first: 20)"
            ratio = r.get("ratio_to_bare")
            lines.append(
                f"| {r['target']} | {r.get('server', 'plagsini')} | {q} | {r.get('sessions')} | "
                f"{r.get('clients')} | {r.get('requests_per_s', 0):.1f} | "
                f"{'' if ratio is None else f'{ratio:.2f}'} | {r['p50_ms']:.0f} | {r['p99_ms']:.0f} | "
                f"{r.get('errors')} | {r.get('same_json', '')} | "
                f"{fmt(r.get('loadgen_cpu_share'))} | "
                f"{load_cell(r)} |"
            )
    extreme = report["results"].get("extreme")
    if isinstance(extreme, dict) and "slowest_ms" in extreme:
        lines += _section(
            "Extreme inputs (scenario 6): every GraphQL argument's extreme values, anonymous and admin",
            "requests | bad answers | slowest request | slowest ms | worst /healthz ms meanwhile",
        )
        lines += [
            f"| {extreme['requests']} | {extreme['problems']} | `{extreme['slowest']}` | "
            f"{extreme['slowest_ms']:.0f} | {extreme['health_worst_ms']:.0f} |",
        ]
    for r in report["results"].get("load", []):
        if "event_to_limits_ms" not in r:
            continue
        lat = r["event_to_limits_ms"]
        lines += _section(
            "Load management (scenario 9): a start on every site to its TxProfile at the charger",
            "sites | chargers per site | samples | p50 ms | p99 ms | max ms | load avg",
        )
        lines.append(
            f"| {r['sites']} | {r['chargers_per_site']} | {r['samples']} | {lat['p50']:.0f} | "
            f"{lat['p99']:.0f} | {lat['max']:.0f} | {load_cell(r)} |"
        )
    from bench.page_weight import markdown as pages_markdown

    lines += pages_markdown(report["results"].get("pages", []))
    from bench.lighthouse import markdown as lighthouse_markdown

    lines += lighthouse_markdown(report["results"].get("lighthouse", []))
    for p in peak:
        prof = p.get("profile") or {}
        if prof.get("inclusive"):
            lines += _section(
                f"Profile of the {p['target']} server during peak ingest (py-spy, GIL-holding samples)",
                "inclusive % | function",
            )
            lines += [f"| {pct} | `{f}` |" for f, pct in prof["inclusive"][:20]]
    if report.get("targets_missed"):
        lines += ["", "## Targets missed", ""] + [f"- {m}" for m in report["targets_missed"]]
    if curves_md:
        lines.append(curves_md.rstrip())
    notes = ROOT / "bench" / "notes.md"
    if notes.exists() and report.get("started"):
        lines += ["", notes.read_text().rstrip()]
    return "\n".join(lines) + "\n"


def judge(report: dict[str, Any]) -> list[str]:
    missed = []
    for r in report["results"].get("ingest", []):
        if r["target"] == "baseline":
            continue
        if r.get("p99_ms", 0) > TARGETS["p99_ms"]:
            missed.append(
                f"ingest {r['target']} N={r['chargers']}: p99 {r['p99_ms']:.0f} ms > 200 ms "
                f"(by {r['p99_ms'] - 200:.0f} ms)"
            )
        if r.get("kb_per_connection", 0) > TARGETS["kb_per_connection"]:
            missed.append(
                f"ingest {r['target']} N={r['chargers']}: {r['kb_per_connection']:.0f} KB per connection "
                f"> 60 KB"
            )
        if r.get("held", 0) < r["chargers"]:
            missed.append(f"ingest {r['target']} N={r['chargers']}: held {r.get('held', 0)}")
    peak = report["results"].get("peak", [])
    base = next((p.get("peak_msgs_per_s", 0) for p in peak if p["target"] == "baseline"), 0)
    for p in peak:
        if p["target"] != "baseline" and base and p.get("peak_msgs_per_s", 0) < 2 * base:
            missed.append(
                f"peak {p['target']}: {p.get('peak_msgs_per_s', 0):.0f}/s is "
                f"{p.get('peak_msgs_per_s', 0) / base:.2f}x the baseline's {base:.0f}/s (target 2x)"
            )
    for r in report["results"].get("api", []):
        if r.get("server") != "plagsini":
            continue
        if r.get("ratio_to_bare", 1.0) < TARGETS["api_ratio"]:
            missed.append(
                f"api {r['target']} {r['query']}: {r['ratio_to_bare']:.2f}x the bare endpoint's requests/s "
                f"(target {TARGETS['api_ratio']}x)"
            )
        if r.get("p99_ms", 0) > TARGETS["p99_ms"]:
            missed.append(
                f"api {r['target']} {r['query']} at {r.get('clients')} clients: p99 {r['p99_ms']:.0f} ms "
                f"> 200 ms (by {r['p99_ms'] - 200:.0f} ms)"
            )
    for r in report["results"].get("live", []):
        if (
            isinstance(r, dict)
            and (r.get("subscribers") or 0) <= 1000
            and r.get("p99_ms", 0) > TARGETS["live_p99_ms"]
        ):
            missed.append(
                f"live latency with {r.get('subscribers')} subscribers: p99 {r['p99_ms']:.0f} ms "
                f"> {TARGETS['live_p99_ms']:.0f} ms"
            )
    storms = report["results"].get("storm", [])
    for r in storms:
        base = next(
            (b for b in storms if b.get("target") == "baseline" and b.get("chargers") == r.get("chargers")),
            None,
        )
        if r.get("target") == "baseline" or base is None:
            continue
        if r.get("seconds_to_all_booted", 0) > base.get("seconds_to_all_booted", 0):
            missed.append(
                f"storm {r['target']} {r.get('chargers')}: {r['seconds_to_all_booted']:.1f} s to "
                f"re-admit all, the bare library {base['seconds_to_all_booted']:.1f} s (target: no more)"
            )
    return missed


def render(results: Path) -> None:
    """latest.md from latest.json (the scenarios), curves.json (the curves) and bench/notes.md."""
    from bench import curves

    report: dict[str, Any] = {}
    if (results / "latest.json").exists():
        report = json.loads((results / "latest.json").read_text())
        report["targets_missed"] = judge(report)
    curves_md = ""
    if (results / "curves.json").exists():
        curves_md = curves.markdown(json.loads((results / "curves.json").read_text()))
    (results / "latest.md").write_text(markdown(report, curves_md))


def optional_scenario(module: str, *args: Any) -> list[dict[str, Any]]:
    """The rows of `bench.<module>.run(*args)`, or one skipped row when what it needs (a library, a
    browser driver) is not installed here."""
    try:
        rows: list[dict[str, Any]] = importlib.import_module(f"bench.{module}").run(*args)
    except ImportError as e:
        return [{"skipped": f"not available: {e}"}]
    return rows


def main() -> None:
    from bench import history

    argv = sys.argv[1:]
    results = Path(os.environ.get("BENCH_RESULTS", RESULTS))
    if "--results" in argv:  # another results folder (a test's temporary one)
        i = argv.index("--results")
        results = Path(argv[i + 1])
        del argv[i : i + 2]
    if argv[:1] == ["curves"]:
        from bench import curves

        entry = curves.main(argv[1:], results)
        render(results)
        log(f"wrote {results / 'curves.json'}, the charts and {results / 'latest.md'}; kept in {entry}")
        return
    if argv[:1] == ["--compare"]:
        if len(argv) != 3:
            raise SystemExit("usage: python -m bench --compare A B   (history entries or latest)")
        sys.stdout.write(history.compare(results, argv[1], argv[2]))
        return
    if "--render" in argv:  # rebuild latest.md from latest.json, curves.json and bench/notes.md
        render(results)
        return
    sizes = [int(x) for x in os.environ.get("BENCH_SIZES", "100,1000,5000,10000").split(",") if x]
    duration = float(os.environ.get("BENCH_DURATION", "60"))
    targets = os.environ.get("BENCH_TARGETS", "baseline,sqlite,mariadb").split(",")
    all_scenarios = "ingest,peak,storm,live,api,extreme,load,pages,lighthouse"
    scenarios = os.environ.get("BENCH_SCENARIOS", all_scenarios).split(",")
    results.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="plagsini-bench-"))
    mariadb = None
    if "mariadb" in targets:
        sys.path.insert(0, str(ROOT))
        from tests.services import MariaDBServer

        try:
            mariadb = MariaDBServer()
            mariadb.start()
        except Exception as e:  # noqa: BLE001
            log(f"MariaDB unavailable ({e}); skipping the mariadb target")
            targets.remove("mariadb")
            mariadb = None
    report: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{pyplatform.machine()}, {psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total // 2**30} GiB, Python {pyplatform.python_version()}",
        "config": {
            "sizes": sizes,
            "sizes_mariadb": os.environ.get("BENCH_SIZES_MARIADB"),
            "duration_s": duration,
            "targets": targets,
            "scenarios": scenarios,
            "load_average_at_start": os.getloadavg(),
        },
        "results": {},
    }
    try:
        if "ingest" in scenarios:
            maria_sizes = [
                int(x)
                for x in os.environ.get("BENCH_SIZES_MARIADB", ",".join(map(str, sizes))).split(",")
                if x
            ]
            report["results"]["ingest"] = [
                scenario_ingest(t, n, workdir, mariadb, duration)
                for n in sizes
                for t in targets
                if t != "mariadb" or n in maria_sizes
            ]
        if "peak" in scenarios:
            report["results"]["peak"] = [scenario_peak(t, workdir, mariadb) for t in targets]
        if "storm" in scenarios:
            storm_sizes = [
                int(x)
                for x in os.environ.get("BENCH_STORM_SIZES", str(min(max(sizes), 1000))).split(",")
                if x
            ]
            report["results"]["storm"] = [
                scenario_storm(t, n, workdir, mariadb) for n in storm_sizes for t in targets
            ]
        if "live" in scenarios:
            report["results"]["live"] = optional_scenario("live_latency", workdir)
        if "extreme" in scenarios:
            from bench.extreme_inputs import run as run_extreme

            report["results"]["extreme"] = run_extreme(workdir)
        if "api" in scenarios:
            report["results"]["api"] = optional_scenario(
                "api_load", workdir, [t for t in targets if t != "baseline"], mariadb
            )
        if "load" in scenarios:
            from bench.load_alloc import run as run_load

            row = asyncio.run(
                run_load(
                    int(os.environ.get("BENCH_LOAD_SITES", "50")),
                    int(os.environ.get("BENCH_LOAD_PER_SITE", "20")),
                    int(os.environ.get("BENCH_LOAD_ROUNDS", "10")),
                )
            )
            report["results"]["load"] = [{**row, "load_avg_1m": os.getloadavg()[0]}]
        if "pages" in scenarios:
            report["results"]["pages"] = optional_scenario("page_weight", workdir)
        if "lighthouse" in scenarios:
            from bench.lighthouse import run as run_lighthouse

            report["results"]["lighthouse"] = run_lighthouse(workdir)
    finally:
        if mariadb is not None:
            mariadb.close()
    report["targets_missed"] = judge(report)
    report["git"] = history.git_sha()
    # A partial run (BENCH_SCENARIOS) keeps the other scenarios' figures of the previous latest.json,
    # named as carried over with the date they were measured.
    previous = results / "latest.json"
    if previous.exists():
        old = json.loads(previous.read_text())
        for name, rows in (old.get("results") or {}).items():
            if name not in report["results"]:
                report["results"][name] = rows
                report.setdefault("carried_over", {})[name] = (old.get("carried_over") or {}).get(
                    name, old.get("started")
                )
    (results / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    render(results)
    entry = history.keep(results, [results / "latest.json"])
    log(f"wrote {results / 'latest.json'} and {results / 'latest.md'}; kept in {entry}")


if __name__ == "__main__":
    main()
