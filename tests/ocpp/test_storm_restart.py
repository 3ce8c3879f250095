"""A node restarting under thousands of chargers: it stops in about one close handshake and
serves OCPP as early as it can in start-up, so that reconnecting chargers fail fewer attempts
(each failure doubles a charger's backoff; bench/notes.md, the reconnect storm)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import websockets
from sqlalchemy import event, select
from websockets.typing import Subprotocol

from db.models import Charger
from tests.conftest import ROOT, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpp.conftest import register


async def test_stop_marks_every_charger_offline_in_one_statement(server: Any) -> None:
    platform = server.platform
    n = 12
    for i in range(n):
        await register(platform, f"CP-S{i}", profile=0)
    sockets = []
    for i in range(n):
        ws = await websockets.connect(
            f"{server.ocpp_url}/CP-S{i}", subprotocols=[Subprotocol("ocpp1.6")], ping_interval=None
        )
        # Answered once the connection is served, i.e. after its connect was written.
        await ws.send(json.dumps([2, "hb", "Heartbeat", {}]))
        assert json.loads(await ws.recv())[0] in (3, 4)  # answered (an error before boot)
        sockets.append(ws)
    async with platform.sessionmaker() as s:
        assert (
            await s.scalars(select(Charger.online).where(Charger.charge_point_id.like("CP-S%")))
        ).all() == [True] * n

    updates: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE CHARGERS"):
            updates.append(statement)

    published: list[tuple[str, bool]] = []
    ocpp = platform.ocpp
    real_publish = ocpp.publish_online

    async def publish(cpid: str, online: bool, is_public: bool = True) -> None:
        published.append((cpid, online))
        await real_publish(cpid, online, is_public)

    ocpp.publish_online = publish
    engine = platform.engine.sync_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        platform.ocpp = None  # stopped here, not again by the fixture
        await ocpp.stop()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(updates) == 1, updates  # one per connection, and one for the node, before
    async with platform.sessionmaker() as s:
        rows = (
            await s.execute(
                select(Charger.online, Charger.node_id).where(Charger.charge_point_id.like("CP-S%"))
            )
        ).all()
    assert [tuple(r) for r in rows] == [(False, None)] * n
    assert sorted(published) == sorted((f"CP-S{i}", False) for i in range(n))
    for ws in sockets:
        await ws.wait_closed()
        assert ws.close_code == 1001


async def test_stop_ends_the_work_it_spawned_before_it_returns(server: Any) -> None:
    """Spawned work (a device-model fetch, a cost update) is cancelled and has finished, its own
    cleanup included, when the OCPP server's stop returns: nothing it started runs on against a
    database the platform then closes."""
    platform = server.platform
    ocpp = platform.ocpp
    started = asyncio.Event()
    cleaned: list[str] = []

    async def work() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        finally:
            await asyncio.sleep(0.5)  # cleanup that takes longer than the rest of the stop
            await register(platform, "CP-SPAWNED", profile=0)  # and writes, as a final record does
            cleaned.append("done")

    task = ocpp.spawn(work())
    await started.wait()
    platform.ocpp = None  # stopped here, not again by the fixture
    await ocpp.stop()
    assert task.done() and cleaned == ["done"]


def test_ocpp_serves_before_the_http_app_is_imported(db_url: str, tmp_path: Path) -> None:
    """`plagsini serve` serves OCPP (after the database checks) before it imports the HTTP app (the
    GraphQL schema is built on import: a second or more)."""
    probe = """
import sys
from ocpp_server.server import OcppServer
real_start = OcppServer.start
async def start(self, sock=None):
    await real_start(self, sock)
    print(all(srv.is_serving() for srv in self._servers), "api.schema" in sys.modules)
    sys.stdout.flush()
    import os
    os._exit(0)
OcppServer.start = start
from plagsini.cli import main
sys.argv = ["plagsini", "serve", "--http-port", "0", "--ocpp-port", "0"]
main()
"""
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env=_env(db_url, tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"], (out.stdout, out.stderr)


def _env(db_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": db_url,
        "BROADCAST_URL": "memory://",
        "HTTP_HOST": "127.0.0.1",
        "OCPP_HOST": "127.0.0.1",
        "VAR_DIR": str(tmp_path / "var"),
        "SECRET_KEY": "test-secret-key-" + "x" * 32,
        "ADMIN_EMAIL": TEST_ADMIN_EMAIL,
        "ADMIN_PASSWORD": TEST_ADMIN_PASSWORD,
        "LOG_LEVEL": "warning",
    }


def test_serve_binds_its_ports_before_importing_the_server(tmp_path: Path) -> None:
    """`plagsini serve` binds the HTTP and OCPP ports before it imports the server's modules (a
    second or two), so a charger connecting meanwhile waits in the backlog, not refused."""
    probe = """
import sys
import plagsini.listen as listen
def bind_listeners(settings):
    print(sorted(m for m in ("plagsini.server", "uvicorn", "ocpp_server.server") if m in sys.modules))
    raise SystemExit(0)
listen.bind_listeners = bind_listeners
from plagsini.cli import main
sys.argv = ["plagsini", "serve", "--http-port", "0", "--ocpp-port", "0"]
main()
"""
    env = _env("sqlite+aiosqlite:////nonexistent/never-opened.db", tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout
