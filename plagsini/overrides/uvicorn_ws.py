"""A text frame written to a GraphQL WebSocket without going through the ASGI `send` (see
`text_writer`)."""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocketState
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.protocol import State

#: The scope key under which `ServerSend` keeps the server's own `send` of a WebSocket connection.
SERVER_SEND = "plagsini.server_send"


class ServerSend:
    """Outermost middleware: keeps the server's `send` of each WebSocket connection in its scope, for
    `text_writer`. The middlewares inside it wrap `send` only to add headers to HTTP and handshake
    responses (and Starlette's exception middleware to note that a response started), never to act
    on `websocket.send` messages, so a frame written with the server's `send` is the same as one sent
    through them (`tests/test_overrides.py` checks the direct path across the node's whole stack)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            scope[SERVER_SEND] = send
        await self.app(scope, receive, send)


def text_frame_header(length: int) -> bytes:
    """The header of a server's unfragmented, unmasked text frame of `length` bytes (RFC 6455 5.2):
    FIN and the text opcode, then the length in 7 bits, or 126 and 16 bits, or 127 and 64 bits."""
    if length < 126:
        return _HEADER7.pack(0x81, length)
    if length < 0x10000:
        return _HEADER16.pack(0x81, 126, length)
    return _HEADER64.pack(0x81, 127, length)


_HEADER7 = struct.Struct("!BB")
_HEADER16 = struct.Struct("!BBH")
_HEADER64 = struct.Struct("!BBQ")


def text_writer(websocket: Any) -> Callable[[bytes], bool] | None:
    """A function that writes one text frame, given its UTF-8 text, to `websocket` (a Starlette
    WebSocket served by uvicorn's websockets-sansio protocol) at once, or returns False, having
    written nothing, when uvicorn's own send could not do so at once; None when the socket is not
    served that way.

    What: the frame is written to the transport as uvicorn's `WebSocketsSansIOProtocol.send` writes
    a `websocket.send` message, under the same conditions (handshake complete, no close sent, not
    disconnected, the transport writable, i.e. not paused at its high-water mark) plus Starlette's
    (the application side still connected). With an extension negotiated (permessage-deflate, which
    browsers ask for) the connection's websockets `ServerProtocol` frames it, as uvicorn's send does;
    without one the frame is the text behind `text_frame_header`, the bytes websockets would write
    (`ServerProtocol.send_text` keeps no state for an unfragmented frame of an open connection),
    without building its `Frame` object per subscriber.
    Why: the subscription fan-out (`api/fanout.py`) writes one event's frame to 1,000 sockets in one
    loop; the ASGI path costs a coroutine per frame (Starlette's and uvicorn's `send`).
    Written for: uvicorn 0.55.0 (the server's `send` is the bound `WebSocketsSansIOProtocol.send`;
    its `conn`, `transport`, `writable`, `handshake_complete`, `close_sent`, `disconnected`,
    `initial_response`), Starlette 1.10.0 (`WebSocket.application_state`) and websockets 17.4
    (`ServerProtocol.send_text`, `data_to_send`, `state`, `extensions`).
    """
    send = websocket.scope.get(SERVER_SEND)
    protocol = getattr(send, "__self__", None)
    if not isinstance(protocol, WebSocketsSansIOProtocol):
        return None
    conn = protocol.conn

    def write(text: bytes) -> bool:
        transport = protocol.transport
        if (
            websocket.application_state is not WebSocketState.CONNECTED
            or not protocol.handshake_complete
            or protocol.close_sent
            or protocol.disconnected
            or protocol.initial_response is not None
            or not protocol.writable.is_set()
            or conn.state is not State.OPEN
            or transport.is_closing()
        ):
            return False
        if conn.extensions:
            conn.send_text(text)
            transport.write(b"".join(conn.data_to_send()))
        else:
            transport.write(text_frame_header(len(text)) + text)
        return True

    return write
