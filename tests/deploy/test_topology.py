"""The topology of deploy/compose.yaml as real processes: nginx (Debian's package, running the shipped
deploy/nginx.conf with local addresses substituted) in front of two `all` nodes and one `ocpp` node,
a real MariaDB server and a real redis-server. Simulated chargers (real WebSocket clients validating
OCPP frames) connect through nginx, each from its own loopback address so nginx's per-address hash
spreads them over the nodes; the operator and the driver use GraphQL through nginx.

Scale: CHARGERS (100) chargers, each charging through the restarts; the whole test runs in about
a minute and a half on two cores."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from ocpp.v16 import call
from sqlalchemy import func, select

from api.relay import encode_id
from db.models import Charger, ChargingSession, IdTag, LedgerPosting
from domain import tariffs
from plagsini.platform import Platform
from plagsini.settings import load_settings
from tests.conftest import service_unavailable
from tests.deploy.topology import TOPOLOGY, render_nginx
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.services import free_port

pytestmark = [pytest.mark.slow, pytest.mark.mariadb, pytest.mark.redis]

CHARGERS = 100
NGINX = "/usr/sbin/nginx"
#: The typed errors a command may end with while nodes restart (never an HTTP error, never untyped).
TYPED = {"ChargerOfflineError", "CommandTimeoutError"}
CLEAR_CACHE = "mutation($i: ChargerCommandInput!) { clearCache(input: $i) { status errors { __typename } } }"


def iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Nginx:
    def __init__(self, prefix: Path, nodes: dict[str, tuple[int, int]]) -> None:
        prefix.mkdir(parents=True, exist_ok=True)
        self.http_port, self.ocpp_port = free_port(), free_port()
        self.conf = prefix / "nginx.conf"
        self.conf.write_text(render_nginx(nodes, self.http_port, self.ocpp_port, prefix))
        self.prefix = prefix
        self.proc = subprocess.Popen(
            [NGINX, "-p", str(prefix), "-c", str(self.conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=open(prefix / "stderr.log", "wb"),  # noqa: SIM115
        )

    async def ready(self) -> None:
        async with asyncio.timeout(15):
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError((self.prefix / "stderr.log").read_text())
                with contextlib.suppress(OSError):
                    _r, w = await asyncio.open_connection("127.0.0.1", self.ocpp_port)
                    w.close()
                    return
                await asyncio.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


class SimulatedCharger:
    """Keeps a charger connected through nginx: reconnects whenever its socket drops (unless held)."""

    def __init__(self, i: int, cpid: str, key: str | None, url: str) -> None:
        self.i, self.cpid, self.key, self.url = i, cpid, key, url
        self.cp: Any = None
        self.connects = 0
        self.clear_caches = 0
        self.up = asyncio.Event()
        self.hold = False
        self.task: asyncio.Task[None] | None = None

    def _clear(self, _action: str, _payload: Any) -> dict[str, str]:
        self.clear_caches += 1
        return {"status": "Accepted"}

    async def run(self) -> None:
        addr = f"127.0.{1 + self.i // 200}.{10 + self.i % 200}"
        while True:
            if not self.hold:
                with contextlib.suppress(Exception):
                    async with connect(self.url, self.cpid, self.key, boot=False, local_addr=(addr, 0)) as cp:
                        # Set before the boot: a command may follow the boot at once.
                        cp.answers["ClearCache"] = self._clear
                        assert (await cp.boot()).status == "Accepted"
                        await cp.call(
                            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"),
                            suppress=False,
                        )
                        self.cp, self.connects = cp, self.connects + 1
                        self.up.set()
                        await cp._connection.wait_closed()
            self.cp = None
            self.up.clear()
            await asyncio.sleep(0.2)  # the charger's reconnect back-off

    async def call(self, payload: Any) -> Any:
        async with asyncio.timeout(30):
            while True:
                await self.up.wait()
                cp = self.cp
                if cp is None:
                    continue
                try:
                    return await cp.call(payload, suppress=False)
                except Exception:  # noqa: BLE001 - the socket dropped mid-call: retry on the next one
                    await asyncio.sleep(0.2)


async def all_up(sims: list[SimulatedCharger], timeout: float = 60) -> None:  # noqa: ASYNC109
    async with asyncio.timeout(timeout):
        await asyncio.gather(*(s.up.wait() for s in sims))


async def holders(platform: Platform) -> dict[str, str | None]:
    async with platform.sessionmaker() as s:
        rows = (await s.execute(select(Charger.charge_point_id, Charger.node_id))).all()
    return {str(c): n for c, n in rows}


async def test_rolling_restart_and_node_failure(
    spawn_node: Any, mariadb_url: str, redis_url: str, tmp_path: Path
) -> None:
    if not os.path.isfile(NGINX):  # noqa: ASYNC240 - once, before anything starts
        service_unavailable("nginx", f"{NGINX} not found (scripts/install_services.sh installs nginx-light)")
    ports = {name: (free_port(), free_port()) for name in TOPOLOGY}
    env = {
        "DATABASE_URL": mariadb_url,
        "BROADCAST_URL": redis_url,
        "TRUSTED_PROXIES": "127.0.0.1",
        "NODE_HEARTBEAT_SECONDS": "1",
        "NODE_DEAD_AFTER_SECONDS": "5",
        "MIN_BALANCE_SEN": "0",
    }

    def start(name: str) -> Any:
        http, ocpp = ports[name]
        return spawn_node(NODE_ID=name, ROLE=TOPOLOGY[name], HTTP_PORT=str(http), OCPP_PORT=str(ocpp), **env)

    # compose.yaml's `migrate` service: once, before the nodes start.
    migrate = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "plagsini",
        "migrate",
        env={**os.environ, "DATABASE_URL": mariadb_url, "SECRET_KEY": "test-secret-key-" + "x" * 32},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await migrate.communicate()
    assert migrate.returncode == 0, out.decode(errors="replace")
    nodes: dict[str, Any] = {}
    for name in TOPOLOGY:
        nodes[name] = await asyncio.to_thread(start, name)
    nginx = Nginx(tmp_path / "nginx", ports)
    platform = Platform.create(
        load_settings(
            database_url=mariadb_url, var_dir=tmp_path / "var-test", secret_key="test-secret-key-" + "x" * 32
        )
    )
    sims: list[SimulatedCharger] = []
    background: list[asyncio.Task[None]] = []
    http = httpx.AsyncClient(base_url=f"http://127.0.0.1:{nginx.http_port}", timeout=90)
    try:
        await nginx.ready()
        async with platform.sessionmaker() as s, s.begin():
            await tariffs.create_tariff(
                s,
                {"name": "AC", "price_per_kwh_sen": Decimal("100"), "session_fee_sen": 100},
                is_default=True,
            )
        driver, driver_token = await make_user(platform)
        _admin, admin_token = await make_user(platform, role="admin")
        gids: dict[str, str] = {}
        for i in range(CHARGERS):
            cpid = f"TOPO-{i:03d}"
            key = await register(platform, cpid)
            async with platform.sessionmaker() as s, s.begin():
                s.add(IdTag(id_tag=f"TAG-{i:03d}", kind="rfid", status="Accepted", user_id=driver.id))
                charger = (
                    await s.execute(select(Charger).where(Charger.charge_point_id == cpid))
                ).scalar_one()
                gids[cpid] = str(encode_id("Charger", charger.id))
            sims.append(SimulatedCharger(i, cpid, key, f"ws://127.0.0.1:{nginx.ocpp_port}"))
        for sim in sims:
            sim.task = asyncio.create_task(sim.run())
        await all_up(sims)
        spread = await holders(platform)
        assert set(spread.values()) <= set(TOPOLOGY), spread
        assert len(set(spread.values())) >= 2, f"nginx sent every charger to one node: {spread}"

        async def command(cpid: str) -> str:
            r = await http.post(
                "/graphql",
                json={"query": CLEAR_CACHE, "variables": {"i": {"chargerId": gids[cpid]}}},
                headers={"Authorization": f"Bearer {admin_token}"},
            )
            assert r.status_code == 200, (r.status_code, r.text[:300])
            out = r.json()["data"]["clearCache"]
            if out["errors"]:
                kinds = {e["__typename"] for e in out["errors"]}
                assert kinds <= TYPED, out
                return kinds.pop()
            return "ok"

        # Every charger starts a session (its driver's tag), which runs across the restarts.
        transactions: dict[str, int] = {}
        for sim, n in zip(sims, range(CHARGERS), strict=True):
            started = await sim.call(
                call.StartTransaction(
                    connector_id=1, id_tag=f"TAG-{n:03d}", meter_start=1000, timestamp=iso()
                )
            )
            assert started.id_tag_info["status"] == "Accepted", started
            transactions[sim.cpid] = started.transaction_id

        # Rolling restart: each node in turn, while meter values flow and commands are sent.
        outcomes: list[str] = []
        running = True

        async def meters() -> None:
            energy = 1000
            while running:
                energy += 100
                for sim in sims:
                    if sim.cp is not None:
                        with contextlib.suppress(Exception):
                            await sim.cp.call(
                                call.MeterValues(
                                    connector_id=1,
                                    transaction_id=transactions[sim.cpid],
                                    meter_value=[
                                        {
                                            "timestamp": iso(),
                                            "sampledValue": [
                                                {
                                                    "value": str(energy),
                                                    "measurand": "Energy.Active.Import.Register",
                                                }
                                            ],
                                        }
                                    ],
                                ),
                                suppress=False,
                            )
                await asyncio.sleep(1.0)

        async def commands() -> None:
            n = 0
            while running:
                outcomes.append(await command(sims[n % CHARGERS].cpid))
                n += 1

        background += [asyncio.create_task(meters()), asyncio.create_task(commands())]
        for name in TOPOLOGY:
            await asyncio.to_thread(nodes[name].stop)
            # It stopped by itself after SIGTERM, not killed when the grace ran out: a node whose stop
            # waited on a task that had lost its cancellation was killed with requests in flight.
            assert nodes[name].proc.returncode != -signal.SIGKILL, nodes[name].output()[-3000:]
            nodes[name] = await asyncio.to_thread(start, name)
            await all_up(sims)
        running = False
        await asyncio.gather(*background)
        assert all(sim.connects >= 2 for sim in sims), {s.cpid: s.connects for s in sims if s.connects < 2}
        assert outcomes.count("ok") > 0, outcomes
        assert sum(s.clear_caches for s in sims) >= outcomes.count("ok")

        # After the restarts every charger is held by a live node and answers commands.
        async with asyncio.timeout(30):
            while None in (spread := await holders(platform)).values():  # noqa: ASYNC110 - a database poll
                await asyncio.sleep(0.2)
        for sim in sims[:5]:
            assert await command(sim.cpid) == "ok"

        # Every session stops and is billed exactly once.
        for sim in sims:
            stopped = await sim.call(
                call.StopTransaction(transaction_id=transactions[sim.cpid], meter_stop=6000, timestamp=iso())
            )
            assert stopped is not None
        async with asyncio.timeout(60):
            while True:
                async with platform.sessionmaker() as s:
                    unbilled = (
                        await s.execute(select(func.count()).where(ChargingSession.billed.is_(False)))
                    ).scalar_one()
                if unbilled == 0:
                    break
                await asyncio.sleep(0.5)
        async with platform.sessionmaker() as s:
            sessions = (await s.execute(select(ChargingSession))).scalars().all()
            postings = dict(
                (
                    await s.execute(
                        select(LedgerPosting.session_id, func.count())
                        .where(LedgerPosting.kind == "charge")
                        .group_by(LedgerPosting.session_id)
                    )
                ).all()
            )
        assert len(sessions) == CHARGERS
        assert all(postings.get(tx.id) == 1 for tx in sessions), postings
        # The driver sees the sessions through nginx.
        r = await http.post(
            "/graphql",
            json={"query": "{ wallet { debt { amount } } }"},
            headers={"Authorization": f"Bearer {driver_token}"},
        )
        assert r.status_code == 200 and r.json()["data"]["wallet"]["debt"]["amount"] not in ("0", "0.00"), (
            r.text
        )

        # Node failure: SIGKILL the node holding the most chargers; they stay away for now.
        spread = await holders(platform)
        victim = max(TOPOLOGY, key=lambda n: list(spread.values()).count(n))
        orphans = [sim for sim in sims if spread[sim.cpid] == victim]
        assert orphans
        for sim in orphans:
            sim.hold = True
        killed_at = time.monotonic()
        nodes[victim].proc.send_signal(signal.SIGKILL)
        nodes[victim].proc.wait(10)
        async with asyncio.timeout(30):
            while any(spread[sim.cpid] is not None for sim in orphans):
                await asyncio.sleep(0.2)
                spread = await holders(platform)
        assert time.monotonic() - killed_at < 30
        t0 = time.monotonic()
        assert await command(orphans[0].cpid) == "ChargerOfflineError"
        assert time.monotonic() - t0 < 5
        # They reconnect through nginx to the surviving nodes: commands and sessions resume.
        for sim in orphans:
            sim.hold = False
        await all_up(orphans)
        spread = await holders(platform)
        assert all(spread[sim.cpid] not in (None, victim) for sim in orphans), spread
        assert await command(orphans[0].cpid) == "ok"
        again = await orphans[0].call(
            call.StartTransaction(connector_id=1, id_tag="TAG-000", meter_start=6000, timestamp=iso())
        )
        assert again.id_tag_info["status"] == "Accepted"
    finally:
        for task in background:
            task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
        for sim in sims:
            if sim.task is not None:
                sim.task.cancel()
        await asyncio.gather(*(s.task for s in sims if s.task is not None), return_exceptions=True)
        await http.aclose()
        nginx.stop()
        await platform.close()
