"""uvicorn's `Server.handle_exit` (written for uvicorn 0.55.0 on asyncio's selector event loop, Python
3.11 to 3.13): on SIGTERM a node drains before it exits.

uvicorn captures SIGINT and SIGTERM itself (`Server.capture_signals`, through `signal.signal`, so a
handler the application adds with `loop.add_signal_handler` never runs) and on either sets
`should_exit`. Its shutdown then closes the listening sockets and, in the same step, every connection
with no request in progress, including one accepted a moment before whose request has not arrived
yet. A proxy that opened such a connection and then sent a POST on it sees it closed unanswered, and
a proxy does not resend a POST: a driver got a 502 during a rolling restart.

`DrainingServer` on SIGTERM first stops accepting (it takes the connections the kernel has already
queued, then the listening sockets close, so a proxy's new connections are refused and go to another
node), and then waits for the HTTP connections it accepted:
one with a request in progress is closed once that request is answered (``Connection: close``), one
that carries nothing yet stays open for its request to arrive. The grace ends as soon as no HTTP
connection is open and none accepted is still on its way to uvicorn (it is woken each time one
closes: uvicorn's protocols leave the server's connection set when their connection is lost; and
each time an accepted one has been handed over), and at the latest after `drain_seconds`; then the
node shuts down as uvicorn does. A node with nothing open or on its way stops at once. SIGINT, and a
second SIGTERM, stop at once.

On its way: asyncio's server accepts in `BaseSelectorEventLoop._accept_connection` and hands the
connection over in a task, `_accept_connection2`, which calls uvicorn's protocol factory, makes the
transport and returns once the protocol's `connection_made` has run (it is then in uvicorn's
connection set). A connection accepted just before SIGTERM is in that task, in no connection set,
for a few loop turns after it; the node counts those tasks from the moment each is created (the
loop's `_accept_connection2` is wrapped for the time the server serves).
"""

from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Callable, Coroutine
from types import FrameType
from typing import Any

import uvicorn


class _Watched(set[Any]):
    """uvicorn's set of open connections (`ServerState.connections`), calling `closed` whenever one
    leaves it."""

    def __init__(self, closed: Callable[[], None]) -> None:
        super().__init__()
        self._closed = closed

    def discard(self, item: Any) -> None:
        super().discard(item)
        self._closed()

    def remove(self, item: Any) -> None:
        super().remove(item)
        self._closed()


class DrainingServer(uvicorn.Server):
    #: After SIGTERM, the longest the node waits for requests on connections accepted before it (seconds).
    drain_seconds = 1.0

    def __init__(self, config: uvicorn.Config, on_exit: Callable[[], None] | None = None) -> None:
        super().__init__(config)
        #: Called once, on the first SIGTERM or SIGINT (the node starts stopping).
        self._on_exit = on_exit
        self._draining = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._taken: set[asyncio.Task[Any]] = set()
        self._settling: asyncio.Future[Any] | None = None
        #: Connections asyncio accepted on uvicorn's servers and has not handed to uvicorn yet.
        self.pending = 0
        # Before any connection exists: every protocol keeps a reference to this set.
        self.server_state.connections = _Watched(self._settle)

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = loop = asyncio.get_running_loop()
        handing = getattr(loop, "_accept_connection2", None)
        if handing is None:  # not asyncio's selector loop: nothing to count (the test pins the loop)
            await super().serve(sockets)
            return
        loop._accept_connection2 = self._counted(handing)  # type: ignore[attr-defined]
        try:
            await super().serve(sockets)
        finally:
            del loop._accept_connection2  # type: ignore[attr-defined]

    def _counted(self, handing: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., Any]:
        """The loop's `_accept_connection2`, counting each connection accepted on uvicorn's servers
        from the moment it is accepted (the coroutine is made in `_accept_connection`, right after
        `accept()`) until it is uvicorn's or gone."""

        def accepted(
            protocol_factory: Any,
            conn: Any,
            extra: Any,
            sslcontext: Any = None,
            server: Any = None,
            *a: Any,
            **kw: Any,
        ) -> Coroutine[Any, Any, None]:
            if server is None or server not in self.servers:
                return handing(protocol_factory, conn, extra, sslcontext, server, *a, **kw)
            self.pending += 1
            return self._handed(handing, protocol_factory, conn, extra, sslcontext, server, *a, **kw)

        return accepted

    async def _handed(self, handing: Callable[..., Coroutine[Any, Any, None]], *args: Any, **kw: Any) -> None:
        try:
            protocol_factory, conn, extra, sslcontext, server, *rest = args
            if not server.is_serving():
                # The drain closed the listening server before this handover ran; a transport
                # attaching to a closed server fails (asyncio's `Server._attach`) and the connection
                # was dropped unanswered. uvicorn tracks its connections itself, as for those the
                # drain takes from the kernel's queue (`connect_accepted_socket`, no server).
                server = None
            await handing(protocol_factory, conn, extra, sslcontext, server, *rest, **kw)
        finally:
            self.pending -= 1
            self._settle()

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self._on_exit is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(self._on_exit)
            self._on_exit = None
        if sig != signal.SIGTERM or self._draining or self._loop is None:
            super().handle_exit(sig, frame)
            return
        self._draining = True
        self._loop.call_soon_threadsafe(self._drain)

    def _drain(self) -> None:
        assert self._loop is not None
        for listener in self.servers:  # uvicorn's listening asyncio servers (set when it started)
            for sock in list(listener._sockets or ()):  # type: ignore[attr-defined]
                self._take_queued(listener, sock)
            listener.close()
        self._deadline = self._loop.call_later(self.drain_seconds, self._end)
        if self._taken:  # settle once the connections taken from the queue are uvicorn's
            self._settling = asyncio.gather(*self._taken, return_exceptions=True)
            self._settling.add_done_callback(lambda _f: self._settle())
        else:
            self._settle()

    def _take_queued(self, listener: asyncio.base_events.Server, sock: socket.socket) -> None:
        """Accept what the kernel has queued on `sock` before it closes. A connection a proxy opened
        while the node was busy sits complete in the listen queue, with its request already sent;
        closing the socket resets it, and the proxy, having sent a POST, answers 502. Each one is
        handed to uvicorn like any accepted connection (asyncio's `Server` keeps the protocol factory
        and the sockets in `_protocol_factory` and `_sockets`, as from Python 3.7 to 3.13)."""
        assert self._loop is not None
        self._loop.remove_reader(sock.fileno())  # asyncio's own accepting stops here
        while True:
            try:
                conn, _addr = sock.accept()
            except ConnectionAbortedError:  # the client gave up while it was queued
                continue
            except OSError:  # the queue is empty (EAGAIN)
                return
            conn.setblocking(False)
            task = self._loop.create_task(
                self._loop.connect_accepted_socket(
                    listener._protocol_factory,  # type: ignore[attr-defined]
                    conn,
                    ssl=listener._ssl_context,  # type: ignore[attr-defined]
                )
            )
            self._taken.add(task)
            task.add_done_callback(self._taken.discard)

    def _settle(self) -> None:
        """While draining: end the grace once no HTTP connection is open and none accepted is on its way
        to uvicorn (nor taken from the kernel's queue); until then a connection whose request is in
        progress closes after answering it (uvicorn's `shutdown` of the protocol, which closes an idle
        connection at once, so it is called on busy ones only)."""
        if not self._draining or self._deadline is None or self.should_exit:
            return
        http = getattr(self.config, "http_protocol_class", None)
        open_http = [c for c in self.server_state.connections if http is not None and isinstance(c, http)]
        if not open_http and not self.pending and not self._taken:  # else woken again when they go
            self._end()
            return
        for conn in open_http:
            cycle = getattr(conn, "cycle", None)
            if cycle is not None and not cycle.response_complete and cycle.keep_alive:
                conn.shutdown()

    def _end(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self.should_exit = True
