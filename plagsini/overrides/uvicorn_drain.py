"""uvicorn's `Server.handle_exit` (written for uvicorn 0.55.0): on SIGTERM a node drains before it exits.

uvicorn captures SIGINT and SIGTERM itself (`Server.capture_signals`, through `signal.signal`, so a
handler the application adds with `loop.add_signal_handler` never runs) and on either sets
`should_exit`. Its shutdown then closes the listening sockets and, in the same step, every connection
with no request in progress, including one accepted a moment before whose request has not arrived
yet. A proxy that opened such a connection and then sent a POST on it sees it closed unanswered, and
a proxy does not resend a POST: a driver got a 502 during a rolling restart.

`DrainingServer` on SIGTERM first stops accepting (the listening sockets close, so a proxy's new
connections are refused and go to another node), gives requests on the connections it accepted
`drain_seconds` to arrive (they are then in progress, and uvicorn's shutdown waits for them), and then
shuts down as uvicorn does. SIGINT, and a second SIGTERM, stop at once.
"""

from __future__ import annotations

import asyncio
import signal
import socket
from types import FrameType

import uvicorn


class DrainingServer(uvicorn.Server):
    #: After SIGTERM, how long requests on connections accepted before it may still arrive (seconds).
    drain_seconds = 1.0

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._draining = False
        self._loop: asyncio.AbstractEventLoop | None = None

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
        for listener in self.servers:  # uvicorn's listening asyncio servers (set when it started)
            listener.close()
        assert self._loop is not None
        self._loop.call_later(self.drain_seconds, setattr, self, "should_exit", True)
