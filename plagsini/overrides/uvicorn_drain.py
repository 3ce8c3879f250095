"""uvicorn's `Server.handle_exit` (written for uvicorn 0.55.0): on SIGTERM a node drains before it exits.

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
connection is open (it is woken each time one closes: uvicorn's protocols leave the server's
connection set when their connection is lost), and at the latest after `drain_seconds`; then the node
shuts down as uvicorn does. A node with no HTTP connection open stops at once. SIGINT, and a second
SIGTERM, stop at once.
"""

from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Callable
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
    #: The shortest grace (seconds): a connection asyncio accepted just before SIGTERM is handed to
    #: uvicorn in a task a few loop turns later, and until then it is in no connection set; ending
    #: at once closed it with its request unanswered (a proxy's 502 in a rolling restart).
    settle_seconds = 0.25

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._draining = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._taken: set[asyncio.Task[Any]] = set()
        self._settling: asyncio.Future[Any] | None = None
        self._floor = 0.0
        # Before any connection exists: every protocol keeps a reference to this set.
        self.server_state.connections = _Watched(self._settle)

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().serve(sockets)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
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
        self._floor = self._loop.time() + self.settle_seconds
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
        """While draining: end the grace once no HTTP connection is open; until then a connection whose
        request is in progress closes after answering it (uvicorn's `shutdown` of the protocol, which
        closes an idle connection at once, so it is called on busy ones only)."""
        if not self._draining or self._deadline is None or self.should_exit:
            return
        http = getattr(self.config, "http_protocol_class", None)
        open_http = [c for c in self.server_state.connections if http is not None and isinstance(c, http)]
        if not open_http:
            assert self._loop is not None
            if self._loop.time() < self._floor:  # connections accepted a moment ago may yet appear
                self._loop.call_at(self._floor, self._settle)
                return
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
