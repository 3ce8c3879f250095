"""A text frame written to a GraphQL WebSocket without going through the ASGI `send` (see
`text_writer`), and the GraphQL WebSocket protocol whose compressed frames can be shared
(`GraphQLWebSocketProtocol`)."""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocketState
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.extensions.permessage_deflate import PerMessageDeflate, ServerPerMessageDeflateFactory
from websockets.protocol import State
from websockets.server import ServerProtocol

from plagsini.recent import RecentByIdentity

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


class GraphQLWebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's websockets-sansio protocol, with permessage-deflate negotiated without context
    takeover either way (the window and memory level as uvicorn's: 12 bits, 5). The node compresses
    each message on its own, so the compressed form of one event's payload is the same for every
    subscriber and is made once (`frame_for`), and a connection keeps no compressor or decompressor
    between messages. Measured in `bench/frames.py`: per subscriber of an event, 0.8 µs instead of
    9 µs, and 2 KB held instead of 47; the cost is on the wire, where a frame no longer refers to the
    one before (a live reading ~300 bytes instead of ~20, uncompressed ~390).

    Written for: uvicorn 0.55.0 (its `__init__` builds `self.conn`, a websockets `ServerProtocol`,
    from `ServerPerMessageDeflateFactory(server_max_window_bits=12, client_max_window_bits=12,
    compress_settings={"memLevel": 5})`, `config.ws_max_size` and the `uvicorn.error` logger, which
    this rebuilds without context takeover; nothing has used it yet then) and websockets 17.4.
    Passed as uvicorn's `ws` protocol class by the node (`plagsini/server.py`) and the tests' server."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.config.ws_per_message_deflate:
            self.conn = ServerProtocol(
                extensions=[
                    ServerPerMessageDeflateFactory(
                        server_no_context_takeover=True,
                        client_no_context_takeover=True,
                        server_max_window_bits=12,
                        client_max_window_bits=12,
                        compress_settings=_COMPRESS_SETTINGS,
                    )
                ],
                max_size=self.config.ws_max_size,
                logger=logging.getLogger("uvicorn.error"),
            )


#: zlib's memory level of the node's compression (uvicorn's), in the negotiation and in `deflated`.
MEM_LEVEL = 5
_COMPRESS_SETTINGS = {"memLevel": MEM_LEVEL}


def text_frame_header(length: int, compressed: bool = False) -> bytes:
    """The header of a server's unfragmented, unmasked text frame of `length` bytes (RFC 6455 5.2):
    FIN, RSV1 when the payload is compressed (RFC 7692), the text opcode, then the length in 7 bits,
    or 126 and 16 bits, or 127 and 64 bits."""
    first = 0xC1 if compressed else 0x81
    if length < 126:
        return _HEADER7.pack(first, length)
    if length < 0x10000:
        return _HEADER16.pack(first, 126, length)
    return _HEADER64.pack(first, 127, length)


_HEADER7 = struct.Struct("!BB")
_HEADER16 = struct.Struct("!BBH")
_HEADER64 = struct.Struct("!BBQ")
_STORED = struct.Struct("<BHH")
#: What a sync flush ends with; permessage-deflate leaves it off the end of a message (RFC 7692 7.2.1).
_SYNC_TAIL = b"\x00\x00\xff\xff"


#: The raw deflate stream (less the sync flush's tail) of recently written shared parts, by the part
#: and the window bits: made once for every subscriber of an event.
deflated = RecentByIdentity()


def _deflate(shared: bytes, wbits: int) -> bytes:
    stream: bytes | None = deflated.get(shared, wbits)
    if stream is None:
        compressor = zlib.compressobj(wbits=-wbits, memLevel=MEM_LEVEL)
        stream = compressor.compress(shared) + compressor.flush(zlib.Z_SYNC_FLUSH)
        assert stream.endswith(_SYNC_TAIL)
        stream = stream[: -len(_SYNC_TAIL)]
        deflated.put(shared, wbits, stream)
    return stream


def frame_for(conn: Any, prefix: bytes, shared: bytes) -> bytes | None:
    """The bytes of one text frame of `prefix + shared` (UTF-8) on the open connection `conn` (a
    websockets `ServerProtocol`), as its peer must read them; None when only the connection's own
    `send_text` can make it (an extension other than permessage-deflate without context takeover).

    Without an extension: the header and the text, the bytes websockets writes (its `send_text`
    keeps no state for an unfragmented frame of an open connection). With permessage-deflate
    negotiated without server context takeover (`GraphQLWebSocketProtocol`): the message is a raw
    deflate stream that refers to nothing before it, so it can be put together from blocks: the
    prefix (the operation's id) as a stored block, then `shared` compressed once for every
    subscriber (`deflated`); the messages websockets compresses itself in between start afresh too."""
    extensions = conn.extensions
    if not extensions:
        return text_frame_header(len(prefix) + len(shared)) + prefix + shared
    if len(extensions) != 1 or len(prefix) > 0xFFFF:
        return None
    deflate = extensions[0]
    if not isinstance(deflate, PerMessageDeflate) or not deflate.local_no_context_takeover:
        return None
    # A stored block (RFC 1951 3.2.4): not the last, at a byte boundary, its length and the length's
    # complement, the bytes; then the shared part's blocks.
    stored = _STORED.pack(0, len(prefix), len(prefix) ^ 0xFFFF)
    body = stored + prefix + _deflate(shared, deflate.local_max_window_bits)
    return text_frame_header(len(body), compressed=True) + body


def text_writer(websocket: Any) -> Callable[[bytes, bytes], bool] | None:
    """A function that writes one text frame, given its UTF-8 text in two parts (the subscriber's own
    prefix and the part shared by every subscriber of an event), to `websocket` (a Starlette
    WebSocket served by uvicorn's websockets-sansio protocol) at once, or returns False, having
    written nothing, when uvicorn's own send could not do so at once; None when the socket is not
    served that way.

    What: the frame is written to the transport as uvicorn's `WebSocketsSansIOProtocol.send` writes
    a `websocket.send` message, under the same conditions (handshake complete, no close sent, not
    disconnected, the transport writable, i.e. not paused at its high-water mark) plus Starlette's
    (the application side still connected). The frame's bytes are `frame_for`'s: without an
    extension, or with permessage-deflate without server context takeover (browsers ask for it), they
    are put together without a websockets `Frame` object or a compression per subscriber; else the
    connection's websockets `ServerProtocol` frames them, as uvicorn's send does.
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

    def write(prefix: bytes, shared: bytes) -> bool:
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
        frame = frame_for(conn, prefix, shared)
        if frame is None:
            conn.send_text(prefix + shared)
            frame = b"".join(conn.data_to_send())
        transport.write(frame)
        return True

    return write
