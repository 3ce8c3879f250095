"""Answers on a kept-alive connection go out at once: the listeners' connections have TCP_NODELAY.

An answer is written in two parts (the headers, then the body). Without TCP_NODELAY the body waits
(Nagle) for the client's ACK of the headers, which the client delays by 40 ms or more: every request
after the first on a connection took ~45 ms instead of ~1 ms (browsers, proxies and API clients
keep their connections alive). The latency itself is measured by `make bench` (the API curves use
kept-alive clients), not asserted here."""

from __future__ import annotations

import asyncio
import socket

from plagsini.server import bind_socket


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
