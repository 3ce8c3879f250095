"""One size limit (MAX_BODY_BYTES, default 1 MiB) for what a client sends, tested against a node
running as its own process: HTTP bodies on every route (413 with a clear body), GraphQL WebSocket
messages and OCPP frames on both OCPP endpoints (close 1009)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from tests.conftest import ROOT, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD

MiB = 1 << 20


def _register(node: Any, cpid: str) -> None:
    from bench.extreme_inputs import login, register_charger

    register_charger(node.http_url, login(node.http_url, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD), cpid)


def test_http_bodies_over_the_limit_get_413_on_every_route(spawn_node: Any) -> None:
    node = spawn_node()
    big = b"{" + b" " * (MiB + 10) + b"}"
    for path in ("/graphql", "/payments/webhook/sandbox", "/sandbox-gateway/checkout/x/paid", "/healthz"):
        r = httpx.post(
            node.http_url + path, content=big, headers={"Content-Type": "application/json"}, timeout=30
        )
        assert r.status_code == 413, (path, r.status_code, r.text[:200])
        assert "Request body too large" in r.text and str(MiB) in r.text
    # chunked, without a Content-Length: counted as it arrives

    def chunks() -> Any:  # 1.5 MiB: the node reads and drops the rest before it answers
        for _ in range(24):
            yield b" " * 65536

    for _ in range(5):  # every time: a clean 413, not a connection reset while sending
        r = httpx.post(
            node.http_url + "/graphql", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert r.status_code == 413, r.text[:200]
        r = httpx.post(
            node.http_url + "/graphql",
            content=b" " * (3 * MiB // 2),
            headers={"Content-Type": "application/json"},
        )
        assert r.status_code == 413, r.text[:200]
    # a body within the limit is served as before
    r = httpx.post(
        node.http_url + "/graphql",
        json={"query": "{ platform { __typename } }", "variables": {"x": "y" * 900_000}},
    )
    assert r.status_code == 200 and "errors" not in r.json(), r.text[:300]
    assert httpx.get(node.http_url + "/healthz").status_code == 200
    assert "Traceback" not in node.output(), node.output()[-3000:]


def test_the_limit_is_a_setting(spawn_node: Any) -> None:
    node = spawn_node(MAX_BODY_BYTES="65536")
    q = {"query": "query($s: String) { users(search: $s) { totalCount } }"}
    r = httpx.post(node.http_url + "/graphql", json={**q, "variables": {"s": "y" * 70_000}})
    assert r.status_code == 413
    r = httpx.post(node.http_url + "/graphql", json={**q, "variables": {"s": "y" * 9_000}})
    assert r.status_code == 200  # a typed UNAUTHENTICATED answer, not a refusal of the body


def test_a_bad_limit_stops_start_up_with_one_line(tmp_path: Any) -> None:
    env = {"MAX_BODY_BYTES": "12", "VAR_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    p = subprocess.run(
        [sys.executable, "-m", "plagsini", "serve"], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    err = p.stderr.decode()
    assert p.returncode == 2, err
    assert "MAX_BODY_BYTES" in err.upper() and len(err.strip().splitlines()) == 1, err


async def _closed_with(ws: Any) -> int | None:
    try:
        async with asyncio.timeout(15):
            while True:
                await ws.recv()
    except ConnectionClosed as e:
        return e.rcvd.code if e.rcvd is not None else None


@pytest.mark.parametrize("endpoint", ["ocpp-port", "http-port"])
async def test_ocpp_frames_over_the_limit_close_1009(spawn_node: Any, endpoint: str) -> None:
    node = spawn_node()
    _register(node, "BIGFRAME1")
    url = node.ocpp_url if endpoint == "ocpp-port" else node.http_url.replace("http", "ws") + "/ocpp"
    async with websockets.connect(
        f"{url}/BIGFRAME1", subprotocols=[Subprotocol("ocpp1.6")], max_size=None
    ) as ws:
        # a frame within the limit is answered
        await ws.send(json.dumps([2, "ok1", "Heartbeat", {}]))
        answer = json.loads(await asyncio.wait_for(ws.recv(), 10))
        assert answer[1] == "ok1"
        frame = json.dumps([2, "big1", "DataTransfer", {"vendorId": "v", "data": "x" * (2 * MiB)}])
        await ws.send(frame)
        assert await _closed_with(ws) == 1009
    async with httpx.AsyncClient() as client:
        assert (await client.get(node.http_url + "/healthz")).status_code == 200
    assert "Traceback" not in node.output(), node.output()[-3000:]


async def test_graphql_websocket_messages_over_the_limit_close_1009(spawn_node: Any) -> None:
    node = spawn_node()
    async with websockets.connect(
        node.ws_url, subprotocols=[Subprotocol("graphql-transport-ws")], max_size=None
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init"}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "connection_ack"
        msg = {
            "id": "1",
            "type": "subscribe",
            "payload": {
                "query": "subscription { faults { __typename } }",
                "variables": {"x": "y" * (2 * MiB)},
            },
        }
        await ws.send(json.dumps(msg))
        assert await _closed_with(ws) == 1009
    assert "Traceback" not in node.output(), node.output()[-3000:]
