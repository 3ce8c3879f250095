"""`plagsini serve`: GraphQL, health, readiness, metrics and the OCPP endpoint, in one process."""

from __future__ import annotations

import asyncio
import json

import httpx
import websockets
from websockets.typing import Subprotocol

from tests.conftest import TEST_ADMIN_EMAIL, Node, RunningServer


async def test_graphql_health_and_metrics(server: RunningServer) -> None:
    r = await server.http.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    r = await server.http.get("/readyz")
    assert r.status_code == 200, r.text
    assert r.json()["database"] == "ok" and r.json()["bus"] == "ok"
    data = await server.graphql("{ platform { name version environment currency } }")
    assert data["data"]["platform"]["name"] == "PlagSini"
    assert data["data"]["platform"]["currency"] == "MYR"
    r = await server.http.get("/metrics")
    assert r.status_code == 200
    assert "plagsini_ocpp_connected_chargers" in r.text


async def test_readyz_reports_a_broken_database(server: RunningServer) -> None:
    await server.platform.engine.dispose()
    # Point the engine at a database nobody listens for: readiness must say so, not crash.
    from db.engine import make_engine
    from tests.services import free_port

    server.platform.engine = make_engine(f"mysql+asyncmy://u:p@127.0.0.1:{free_port()}/db")
    r = await server.http.get("/readyz")
    assert r.status_code == 503
    assert r.json()["database"].startswith("error")


async def test_graphql_over_websocket_uses_graphql_transport_ws(server: RunningServer) -> None:
    async with websockets.connect(server.ws_url, subprotocols=[Subprotocol("graphql-transport-ws")]) as ws:
        assert ws.subprotocol == "graphql-transport-ws"
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert ack["type"] == "connection_ack"
    # The legacy protocol is refused.
    try:
        async with websockets.connect(server.ws_url, subprotocols=[Subprotocol("graphql-ws")]) as ws:
            await asyncio.wait_for(ws.recv(), 5)
        raise AssertionError("legacy graphql-ws protocol was accepted")
    except (websockets.exceptions.InvalidHandshake, websockets.exceptions.ConnectionClosed):
        pass


def test_subprocess_node_serves_and_creates_the_admin(spawn_node: object, tmp_path: object) -> None:
    node: Node = spawn_node()  # type: ignore[operator]
    r = httpx.post(node.http_url + "/graphql", json={"query": "{ platform { name } }"}, timeout=10)
    assert r.json()["data"]["platform"]["name"] == "PlagSini"
    r = httpx.get(node.http_url + "/readyz", timeout=10)
    assert r.status_code == 200


def test_first_start_generates_a_strong_admin_password_printed_once(
    spawn_node: object, tmp_path: object
) -> None:
    env = {"ADMIN_PASSWORD": "", "ADMIN_EMAIL": "first@plagsini.test"}
    node: Node = spawn_node(**env)  # type: ignore[operator]
    node.stop()
    out = node.output()
    lines = [ln for ln in out.splitlines() if "generated password" in ln]
    assert len(lines) == 1, out
    password = lines[0].rsplit(":", 1)[1].strip()
    assert len(password) >= 16 and password != "1"
    # A second start with the same database creates nothing and prints no password.
    again: Node = spawn_node(**env)  # type: ignore[operator]
    again.stop()
    assert "generated password" not in again.output()
    assert TEST_ADMIN_EMAIL != "first@plagsini.test"


def test_roles_split_graphql_and_ocpp(spawn_node: object) -> None:
    import socket

    api: Node = spawn_node(ROLE="api")  # type: ignore[operator]
    assert httpx.post(api.http_url + "/graphql", json={"query": "{ platform { name } }"}).status_code == 200
    with socket.socket() as s:  # no OCPP listener on an api node
        assert s.connect_ex(("127.0.0.1", int(api.ocpp_url.rsplit(":", 1)[1]))) != 0

    ocpp: Node = spawn_node(ROLE="ocpp")  # type: ignore[operator]
    assert httpx.post(ocpp.http_url + "/graphql", json={"query": "{ platform { name } }"}).status_code == 404
    assert httpx.get(ocpp.http_url + "/healthz").json()["role"] == "ocpp"

    async def handshake() -> int:
        try:
            async with websockets.connect(
                ocpp.ocpp_url + "/UNKNOWN-CP", subprotocols=[Subprotocol("ocpp1.6")]
            ):
                return 101
        except websockets.exceptions.InvalidStatus as e:
            return e.response.status_code

    # The OCPP endpoint answers (an unknown charge point id is refused with 404 by default).
    assert asyncio.run(handshake()) == 404
