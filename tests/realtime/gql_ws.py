"""A small graphql-transport-ws client over `websockets` for the tests.

    async with GqlWs(server.ws_url, token=token) as ws:
        sub = await ws.subscribe("subscription { faults { errorCode } }")
        payload = await sub.next()          # the `next` payload: {"data": ..., "errors": ...}
        await sub.complete()

Frames: connection_init/connection_ack, subscribe, next, error, complete, ping/pong (the client
answers the server's keep-alive pings unless `answer_pings=False`).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
from typing import Any

import websockets

PROTOCOL = "graphql-transport-ws"


class SubscriptionEnded(Exception):
    """The server completed the operation (or sent `error`): `.errors` holds the error payload."""

    def __init__(self, errors: Any = None) -> None:
        super().__init__(f"subscription ended: {errors}")
        self.errors = errors


class Sub:
    def __init__(self, client: GqlWs, op_id: str) -> None:
        self.client = client
        self.id = op_id
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.done = False

    async def next(self, timeout: float = 10.0) -> dict[str, Any]:  # noqa: ASYNC109
        """The next `next` payload; SubscriptionEnded on `complete`/`error`; TimeoutError."""
        async with asyncio.timeout(timeout):
            frame = await self.queue.get()
        if frame["type"] == "next":
            return dict(frame["payload"])
        raise SubscriptionEnded(frame.get("payload"))

    async def data(self, field: str, timeout: float = 10.0) -> dict[str, Any]:  # noqa: ASYNC109
        """The next event's `data[field]`; AssertionError with the errors when there are any."""
        payload = await self.next(timeout)
        assert not payload.get("errors"), payload
        return dict(payload["data"][field])

    async def complete(self) -> None:
        await self.client.send({"id": self.id, "type": "complete"})


class GqlWs:
    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        origin: str | None = None,
        answer_pings: bool = True,
        init_payload: dict[str, Any] | None = None,
        rcvbuf: int | None = None,
        **connect_kw: Any,
    ) -> None:
        self.url = url
        self.token = token
        self.origin = origin
        self.answer_pings = answer_pings
        self.init_payload = init_payload
        self.connect_kw = connect_kw
        self.rcvbuf = rcvbuf
        self.subs: dict[str, Sub] = {}
        self._ids = itertools.count(1)
        self.ws: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._acked = asyncio.Event()
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self.pings = 0
        self._reading = asyncio.Event()
        self._reading.set()

    async def __aenter__(self) -> GqlWs:
        await self.connect()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def connect(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        kw: dict[str, Any] = {"subprotocols": [PROTOCOL], "open_timeout": timeout, **self.connect_kw}
        if self.origin:
            kw["origin"] = self.origin
        if self.rcvbuf is not None:  # set before connecting, so the window stays that small
            host, _, port = self.url.split("://", 1)[1].split("/", 1)[0].rpartition(":")
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.rcvbuf)
            sock.setblocking(False)
            await asyncio.get_running_loop().sock_connect(sock, (host, int(port)))
            kw["sock"] = sock
        self.ws = await websockets.connect(self.url, **kw)
        self._reader = asyncio.create_task(self._read())
        payload = dict(self.init_payload or {})
        if self.token:
            payload["authorization"] = f"Bearer {self.token}"
        await self.send({"type": "connection_init", "payload": payload})
        async with asyncio.timeout(timeout):
            done = asyncio.ensure_future(self.closed.wait())
            acked = asyncio.ensure_future(self._acked.wait())
            try:
                await asyncio.wait({done, acked}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                done.cancel()
                acked.cancel()
        if not self._acked.is_set():
            raise ConnectionError(f"connection refused: close code {self.close_code}")

    async def send(self, frame: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(frame))

    def pause_reading(self) -> None:
        """Stop reading messages, as a client too slow to keep up: the connection's queue fills, then
        the kernel's buffers (small with `rcvbuf`), then the server's transport, which pushes back."""
        self._reading.clear()

    def resume_reading(self) -> None:
        self._reading.set()

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> Sub:
        op_id = str(next(self._ids))
        sub = self.subs[op_id] = Sub(self, op_id)
        await self.send(
            {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}}
        )
        return sub

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                await self._reading.wait()
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "connection_ack":
                    self._acked.set()
                elif kind == "ping":
                    self.pings += 1
                    if self.answer_pings:
                        await self.send({"type": "pong"})
                elif kind in ("next", "error", "complete"):
                    sub = self.subs.get(frame.get("id", ""))
                    if sub is not None:
                        if kind != "next":
                            sub.done = True
                        sub.queue.put_nowait(frame)
        except websockets.ConnectionClosed:
            pass
        finally:
            self.close_code = self.ws.close_code
            self.closed.set()
            for sub in self.subs.values():
                sub.queue.put_nowait({"type": "complete", "payload": {"closed": self.close_code}})

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader


async def wait_until(predicate: Any, timeout: float = 10.0, interval: float = 0.02) -> None:  # noqa: ASYNC109
    """Poll a cheap in-process condition (e.g. a subscriber count) until true, or TimeoutError."""
    async with asyncio.timeout(timeout):
        while not predicate():  # noqa: ASYNC110 - a plain attribute, nothing to wait on
            await asyncio.sleep(interval)


def server_socket(client: GqlWs) -> Any:
    """The node's end of a client's GraphQL WebSocket, when the node runs in this process (e.g. to
    make its send buffer small)."""
    import gc

    from plagsini.app import KeepAliveTransportWSHandler
    from plagsini.overrides.uvicorn_ws import SERVER_SEND

    local = client.ws.transport.get_extra_info("sockname")
    for handler in gc.get_objects():
        # type(), not isinstance(): the heap may hold a weakref proxy whose object is gone, and
        # isinstance() asks it for its class (ReferenceError).
        if issubclass(type(handler), KeepAliveTransportWSHandler):
            adapter: Any = handler.websocket
            transport = adapter.ws.scope[SERVER_SEND].__self__.transport
            if transport.get_extra_info("peername") == local:
                return transport.get_extra_info("socket")
    raise LookupError(local)
