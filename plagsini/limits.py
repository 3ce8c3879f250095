"""One size limit for everything a client sends: MAX_BODY_BYTES (default 1 MiB).

- HTTP request bodies on every route (GraphQL, webhooks, ...): a declared Content-Length over the
  limit, or a body that grows past it, is answered `413 Request body too large` before the route
  reads it all (`BodyLimit`, an ASGI middleware around the whole application);
- WebSocket messages on the HTTP port (GraphQL subscriptions, `/ocpp/<id>`): uvicorn's `ws_max_size`
  is the limit (plagsini/server.py) and `BodyLimit` closes with 1009 (message too big) any message
  over it that reaches the app;
- the OCPP port: the `websockets` server's `max_size` (ocpp_server/server.py), which closes with 1009;
- GraphQL variables are part of the body or of a WebSocket message, so they are bounded too, and
  their JSON is decoded without recursion errors or oversized integers reaching the app
  (`decode_json`: such a document is not valid JSON for us, a 400).
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

TOO_LARGE_BODY = b"Request body too large: at most %d bytes.\n"
WS_MESSAGE_TOO_BIG = 1009
DRAIN_FACTOR = 4  # bodies declared up to 4x the limit are read and dropped before the 413


class _BodyTooLarge(Exception):
    pass


def decode_json(data: str | bytes) -> object:
    """`json.loads`, with documents nested too deeply or with integers of thousands of digits
    reported as invalid JSON (JSONDecodeError) instead of escaping as RecursionError/ValueError."""
    try:
        return json.loads(data)
    except json.JSONDecodeError:
        raise
    except (RecursionError, ValueError) as e:
        raise json.JSONDecodeError(f"unacceptable JSON: {type(e).__name__}", "", 0) from None


async def _drain(receive: Any, budget: int | None = None) -> None:
    """Read and drop the rest of a request body (at most `budget` more bytes)."""
    while budget is None or budget > 0:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return
        if budget is not None:
            budget -= len(message.get("body") or b"")


class BodyLimit:
    """ASGI middleware: request bodies and WebSocket messages of at most `max_bytes`."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: tuple[tuple[str, int], ...] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        #: (path prefix, limit) of the few HTTP routes that take larger bodies (a photo upload).
        self.larger = larger

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    def _limit(self, scope: Scope) -> int:
        path = scope.get("path") or ""
        return next((limit for prefix, limit in self.larger if path.startswith(prefix)), self.max_bytes)

    async def _reject(self, send: Any, limit: int) -> None:
        body = TOO_LARGE_BODY % limit
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _http(self, scope: Scope, receive: Any, send: Any) -> None:
        limit = self._limit(scope)
        for name, value in scope.get("headers") or ():
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > limit:
                    if declared <= DRAIN_FACTOR * limit:
                        # Read (and drop) a body a little too large before answering, so the client
                        # reads the 413 instead of a connection reset while it is still sending.
                        await _drain(receive)
                    await self._reject(send, limit)
                    return
        received = 0
        started = replied = False

        async def limited_receive() -> Any:
            nonlocal received, replied
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body") or b"")
                if received > limit:
                    if not started and not replied:
                        if message.get("more_body"):
                            await _drain(receive, DRAIN_FACTOR * limit - received)
                        # Answer now: the app's error handling would turn the exception into a 500.
                        replied = True
                        await self._reject(send, limit)
                    raise _BodyTooLarge()
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if replied:
                return  # the 413 has been sent; whatever the app answers after is dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            pass

    async def _websocket(self, scope: Scope, receive: Any, send: Any) -> None:
        limit = self.max_bytes
        closed = False

        async def limited_receive() -> Any:
            nonlocal closed
            message = await receive()
            if message["type"] == "websocket.receive" and not closed:
                text = message.get("text")
                size = len(message.get("bytes") or b"") if text is None else len(text)
                if size > limit // 4 and text is not None:
                    size = len(text.encode("utf-8", "surrogatepass"))
                if size > limit:
                    closed = True
                    close = {"type": "websocket.close", "code": WS_MESSAGE_TOO_BIG, "reason": "too big"}
                    await send(close)
                    return {"type": "websocket.disconnect", "code": WS_MESSAGE_TOO_BIG}
            return message

        await self.app(scope, limited_receive, send)
