"""Answers on a kept-alive connection go out at once: the listeners' connections have TCP_NODELAY.

An answer is written in two parts (the headers, then the body). Without TCP_NODELAY the body waits
(Nagle) for the client's ACK of the headers, which the client delays by 40 ms or more: every request
after the first on a connection took ~45 ms instead of ~1 ms (browsers, proxies and API clients
keep their connections alive)."""

from __future__ import annotations

import asyncio
import socket
import statistics
import time
from typing import Any

from plagsini.server import bind_socket

#: Linux delays an ACK by at least 40 ms; a round trip on loopback without Nagle's wait is ~1 ms.
DELAYED_ACK_S = 0.040


async def test_connections_accepted_by_a_listener_have_tcp_nodelay() -> None:
    sock = bind_socket("127.0.0.1", 0, "HTTP")
    accepted: asyncio.Queue[int] = asyncio.Queue()

    async def on_connect(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        s = writer.get_extra_info("socket")
        accepted.put_nowait(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    server = await asyncio.start_server(on_connect, sock=sock)
    try:
        _reader, writer = await asyncio.open_connection("127.0.0.1", sock.getsockname()[1])
        assert await asyncio.wait_for(accepted.get(), 10) != 0
        writer.close()
    finally:
        server.close()
        await server.wait_closed()


def _round_trip(conn: socket.socket) -> float:
    t0 = time.perf_counter()
    conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        assert chunk, data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        chunk = conn.recv(65536)
        assert chunk, body
        body += chunk
    assert head.startswith(b"HTTP/1.1 200"), head
    return time.perf_counter() - t0


def test_a_node_answers_kept_alive_requests_without_waiting_for_delayed_acks(spawn_node: Any) -> None:
    node = spawn_node()
    port = int(node.http_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        times = [_round_trip(conn) for _ in range(21)]
    # With the wait every request after the first takes 40 ms or more; the median is robust to a few
    # slow ones on a loaded machine.
    assert statistics.median(times[1:]) < DELAYED_ACK_S / 2, [round(t * 1000, 1) for t in times]
