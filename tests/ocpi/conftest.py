"""A roaming partner the project did not write, built on the third-party OCPI library extrawest-ocpi
and started as its own process: an eMSP (tests/ocpi/peer.py) and, for our eMSP role, a CPO
(tests/ocpi/peer_cpo.py).

The library pins pydantic 1 (and FastAPI 0.101), the platform runs on pydantic 2, so it cannot live
in the platform's environment: the peer runs under its own interpreter, OCPI_PEER_PYTHON (default
`.peer-venv/bin/python` of the checkout; `scripts/ocpi_peer_venv.sh` creates it).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from domain import tariffs
from tests.conftest import service_unavailable
from tests.ocpp.conftest import register
from tests.services import free_port, terminate

ROOT = Path(__file__).resolve().parents[2]
PEER_PYTHON = Path(os.environ.get("OCPI_PEER_PYTHON", ROOT / ".peer-venv" / "bin" / "python"))


@dataclass
class Peer:
    proc: subprocess.Popen[bytes]
    url: str
    token_a: str
    log_path: Path
    cwd: Path | None = None
    script: str = "peer.py"

    def down(self) -> None:
        """Stop the partner's process (its state stays in its working directory)."""
        terminate(self.proc, 10)

    def up(self) -> None:
        """Start the partner again on the same port, as it was."""
        assert self.cwd is not None
        port = int(self.url.rsplit(":", 1)[1])
        self.proc = _spawn(self.script, port, self.token_a, self.cwd, self.log_path)
        _wait_started(self)

    @property
    def versions_url(self) -> str:
        return f"{self.url}/ocpi/versions"

    async def control(self, path: str, body: dict[str, Any] | None = None) -> Any:
        """Make the peer act (async: the platform under test answers it from this event loop)."""
        async with httpx.AsyncClient(timeout=30) as c:
            if body is None:
                r = await c.get(f"{self.url}/control/{path}")
            else:
                r = await c.post(f"{self.url}/control/{path}", json=body)
        assert r.status_code == 200, (
            r.status_code,
            r.text,
            self.log_path.read_text(errors="replace")[-3000:],
        )
        return r.json()


def start_peer(tmp_path: Path, script: str) -> Iterator[Peer]:
    """Run one of the peers (`script` in tests/ocpi) on a free port until the test ends."""
    if not PEER_PYTHON.exists():
        service_unavailable(
            "extrawest-ocpi peer", f"no interpreter at {PEER_PYTHON} (scripts/ocpi_peer_venv.sh)"
        )
    port = free_port()
    token_a = "peer-a-" + secrets.token_hex(8)
    log_path = tmp_path / f"{script}.log"
    proc = _spawn(script, port, token_a, tmp_path, log_path)
    peer = Peer(
        proc=proc,
        url=f"http://127.0.0.1:{port}",
        token_a=token_a,
        log_path=log_path,
        cwd=tmp_path,
        script=script,
    )
    _wait_started(peer)
    yield peer
    terminate(peer.proc, 10)


def _spawn(script: str, port: int, token_a: str, cwd: Path, log_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(PEER_PYTHON), str(ROOT / "tests" / "ocpi" / script), str(port), token_a],
        cwd=cwd,
        stdout=open(log_path, "ab"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
    )


def _wait_started(peer: Peer) -> None:
    deadline = time.monotonic() + 60
    while True:
        if peer.proc.poll() is not None:
            raise RuntimeError(f"the OCPI peer exited: {peer.log_path.read_text(errors='replace')}")
        try:
            if httpx.get(f"{peer.url}/control/state", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            terminate(peer.proc, 5)
            raise TimeoutError("the OCPI peer did not start")
        time.sleep(0.1)


async def until(what: str, check: Callable[[], Awaitable[Any]], seconds: float = 20) -> Any:
    """Wait for `await check()` to be truthy (its value), or fail after `seconds`: the partner and our
    pushers work on their own clocks, and the partner's state is read over its control routes."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        value = await check()
        if value:
            return value
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)  # noqa: ASYNC110 - the state is in another process


@pytest.fixture
def ocpi_peer(tmp_path: Path) -> Iterator[Peer]:
    """The partner as eMSP (tests/ocpi/peer.py)."""
    yield from start_peer(tmp_path, "peer.py")


@pytest.fixture
def ocpi_peer_cpo(tmp_path: Path) -> Iterator[Peer]:
    """The partner as CPO (tests/ocpi/peer_cpo.py): its chargers are where our drivers roam."""
    yield from start_peer(tmp_path, "peer_cpo.py")


#: Fast outbox polls and retries, so a partner that comes back is served within the test.
FAST = {"ocpi_outbox_poll_seconds": 0.1, "ocpi_retry_base_seconds": 0.2, "ocpi_retry_max_seconds": 1.0}


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    """The platform under test with fast outbox retries, on SQLite, then on MariaDB (the OCPI tests
    run on both)."""
    if request.param == "sqlite":
        return await server_factory(**FAST)
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"), **FAST)


async def roaming_charger(server: Any, cpid: str) -> str:
    """A public charger with a tariff of every kind (energy, time, idle, session fee, 8 % tax); its
    charge point's key."""
    key = await register(
        server.platform, cpid, latitude=Decimal("3.15"), longitude=Decimal("101.7"), city="Kuala Lumpur"
    )
    async with server.platform.sessionmaker() as s, s.begin():
        t = await tariffs.create_tariff(
            s,
            {
                "name": "Roaming AC",
                "price_per_kwh_sen": Decimal("123.5"),
                "price_per_minute_sen": Decimal("2"),
                "idle_fee_per_minute_sen": Decimal("10"),
                "idle_grace_minutes": 5,
                "session_fee_sen": 100,
                "tax_rate": Decimal("0.08"),
            },
            is_default=True,
        )
        assert t.id
    return key


def received(state: dict[str, Any], module: str) -> list[dict[str, Any]]:
    """What the eMSP peer's receivers of `module` got, raw, in order."""
    return [r for r in state["received"] if r["module"] == module]
