"""Connection liveness: the ping loop drops a link whose pongs stopped; sockets close under MicroPython.

Found running the firmware under MicroPython against the real platform:
- `Exception.__init__(self, ...)` does not exist under MicroPython, so raising HandshakeError,
  ConnectionClosed or CallError raised AttributeError instead (a refused handshake killed the
  connection loop, a CALLERROR broke the reader);
- MicroPython's `Stream.close()` does not close the socket (only `wait_closed()` does): every dropped
  connection leaked a socket and the server waited its close timeout for the TCP close.
"""

import asyncio
import json
import time
from typing import Any

from websockets.typing import Subprotocol

from firmware import wsclient

from .conftest import REPO, RunningCharger, find_micropython, fw_config


class NoPongServer:
    """A minimal OCPP-over-WebSocket server that answers CALLs but never answers a ping."""

    def __init__(self):
        self.connections: list[dict[str, Any]] = []  # {"opened": t, "eof": t or None, "pings": n}
        self.changed = asyncio.Event()
        self.server: Any = None
        self.url: str | None = None

    async def start(self):
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def stop(self):
        self.server.close()
        await self.server.wait_closed()

    async def _handle(self, reader, writer):
        conn: dict[str, Any] = {"opened": time.monotonic(), "eof": None, "pings": 0}
        headers = {}
        await reader.readline()
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            k, _, v = line.decode().partition(":")
            headers[k.strip().lower()] = v.strip()
        accept = wsclient.accept_key(headers["sec-websocket-key"])
        writer.write(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n"
            ).encode()
        )
        self.connections.append(conn)
        self.changed.set()
        try:
            while True:
                _fin, op, payload = await wsclient.read_frame(reader)
                if op == wsclient.OP_PING:
                    conn["pings"] += 1  # and no pong
                    self.changed.set()
                elif op == wsclient.OP_TEXT:
                    msg = json.loads(payload)
                    if msg[0] == 2:
                        result = {}
                        if msg[2] == "BootNotification":
                            result = {
                                "status": "Accepted",
                                "currentTime": "2030-01-01T00:00:00Z",
                                "interval": 300,
                            }
                        frame = wsclient.encode_frame(
                            wsclient.OP_TEXT, json.dumps([3, msg[1], result]).encode(), mask=False
                        )
                        writer.write(frame)
                        await writer.drain()
        except (wsclient.ConnectionClosed, ConnectionError):
            pass
        conn["eof"] = time.monotonic()
        self.changed.set()
        writer.close()

    async def wait(self, predicate, timeout, what):
        async def loop():
            while not predicate():
                self.changed.clear()
                await self.changed.wait()

        try:
            await asyncio.wait_for(loop(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out waiting for {what}: {self.connections}") from None


async def test_no_pong_closes_the_connection_and_reconnects(tmp_path):
    srv = NoPongServer()
    await srv.start()
    store = str(tmp_path / "cp")
    cfg = fw_config(srv.url, "PINGCP", store, pong_timeout_s=0.5, ocpp={"WebSocketPingInterval": 1})
    rc = RunningCharger(cfg, store)
    rc.power_on()
    try:
        await rc.booted()
        await srv.wait(lambda: srv.connections and srv.connections[0]["pings"] >= 1, 5, "a ping")
        # no pong within 0.5 s: the charger closes its socket (the server reads EOF) and reconnects
        await srv.wait(lambda: srv.connections[0]["eof"] is not None, 3, "the client to drop the link")
        await srv.wait(lambda: len(srv.connections) >= 2, 5, "a reconnect")
        first = srv.connections[0]
        assert first["eof"] - first["opened"] < 4
        with open(rc.cp.log_path) as f:  # noqa: ASYNC230 - a small local file
            assert "no pong" in f.read()
    finally:
        await rc.power_off()
        await srv.stop()


async def test_pongs_keep_the_connection(central_system, tmp_path):
    store = str(tmp_path / "cp")
    cfg = fw_config(
        central_system.url, "PONGCP", store, pong_timeout_s=0.5, ocpp={"WebSocketPingInterval": 1}
    )
    rc = RunningCharger(cfg, store)
    rc.power_on()
    try:
        await rc.booted()
        ws = rc.cp.ws
        pongs = []

        def three_pongs():
            if ws.last_pong_ms is not None and ws.last_pong_ms not in pongs:
                pongs.append(ws.last_pong_ms)
            return len(pongs) >= 3

        await rc.wait(three_pongs, 10, "three pongs")
        assert rc.cp.ws is ws and rc.cp.connected
        assert len([h for h in central_system.handshakes if h[0] == "PONGCP"]) == 1
    finally:
        await rc.power_off()


MP_CLOSE_CLIENT = """
import sys
sys.path.insert(0, {repo!r})
from firmware.compat import asyncio
from firmware import wsclient
from firmware.ocpp_client import CallError

for exc in (wsclient.HandshakeError("HTTP status 401", 401), wsclient.ConnectionClosed(1001, "bye"),
            CallError("NotSupported", "no")):
    try:
        raise exc
    except Exception as e:
        print("RAISED", type(e).__name__, e)

async def main():
    c = wsclient.WebSocketClient({url!r}, username="MPCLOSE", password="key-0123456789abcdef")
    await c.connect()
    await c.send("hello")
    try:
        while True:
            await c.recv()
    except wsclient.ConnectionClosed as e:
        print("CLOSED", e.code)
    # stay alive: the socket must be closed by the firmware, not by the process exiting
    for _ in range(40):
        await asyncio.sleep(0.1)

asyncio.run(main())
"""


async def test_micropython_exceptions_and_socket_closed_after_close_handshake(tmp_path):
    from websockets.asyncio.server import serve

    mp = find_micropython()
    took = {}
    done = asyncio.Event()

    async def handler(conn):
        await conn.recv()
        t = time.monotonic()
        await conn.close(1001, "server shutting down")  # returns once the TCP connection is closed
        took["close"] = time.monotonic() - t
        done.set()

    async with serve(
        handler, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp1.6")], close_timeout=10
    ) as server:
        port = server.sockets[0].getsockname()[1]
        script = tmp_path / "close_client.py"
        script.write_text(MP_CLOSE_CLIENT.format(repo=REPO, url=f"ws://127.0.0.1:{port}/MPCLOSE"))
        proc = await asyncio.create_subprocess_exec(
            mp, str(script), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
        )
        try:
            await asyncio.wait_for(done.wait(), 15)
        finally:
            out, _ = await asyncio.wait_for(proc.communicate(), 30)
    text = out.decode()
    assert "RAISED HandshakeError HTTP status 401" in text, text
    assert "RAISED ConnectionClosed connection closed 1001 bye" in text, text
    assert "RAISED CallError NotSupported: no" in text, text
    assert "CLOSED 1001" in text, text
    # the client closed its socket right after the close handshake (the process was still alive for
    # 4 s): the server did not have to wait for its close_timeout
    assert took["close"] < 3, took
