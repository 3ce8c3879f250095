"""Logging set-up: text lines (the default) or one JSON object per line (LOG_FORMAT=json).

Every record carries the fields of the current log context: `request_id` on the lines of an HTTP
request or GraphQL operation (RequestIdMiddleware), `charger_id` on the lines of an OCPP connection
(ocpp_server/server.py) and `user_id` once the GraphQL viewer is known (api/context.py).

The context is one dict per request/connection held in a context variable: tasks started inside
copy the variable but share the dict, so a user id bound deep in a resolver shows on every later
line of the same request.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import sys
import uuid
from typing import Any

_context: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "plagsini_log_context", default=None
)

#: An incoming X-Request-ID is kept when it looks like an id (no spaces, quotes or control characters).
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")

_json = False


def new_context(**fields: str) -> contextvars.Token[dict[str, str] | None]:
    """Start a log context (a request, a charger connection) holding `fields` and the current ones."""
    merged = dict(_context.get() or {})
    merged.update(fields)
    return _context.set(merged)


def reset_context(token: contextvars.Token[dict[str, str] | None]) -> None:
    _context.reset(token)


def bind(**fields: str) -> None:
    """Add fields to the current log context (seen by every task of the request)."""
    current = _context.get()
    if current is not None:
        current.update(fields)


def current() -> dict[str, str]:
    return dict(_context.get() or {})


def request_id_from(header: str | None) -> str:
    """The incoming X-Request-ID when sane, else a fresh one."""
    if header and _SANE_REQUEST_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, exception, and the log context."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["exception"] = record.exc_text
        if record.stack_info:
            out["stack"] = self.formatStack(record.stack_info)
        ctx = _context.get()
        if ctx:
            for key, value in ctx.items():
                out.setdefault(key, value)
        return json.dumps(out, ensure_ascii=False, default=str)


def is_json() -> bool:
    return _json


def configure(level: str, fmt: str = "text") -> None:
    """Configure the root logger; LOG_FORMAT=json writes JSON lines to stderr."""
    global _json
    _json = fmt == "json"
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    if _json:
        handler.setFormatter(JsonFormatter())
        logging.captureWarnings(True)
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Migration chatter is not news on every start.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    # Start-up announcements are shown whatever the level.
    logging.getLogger("plagsini.announce").setLevel(logging.INFO)


def announce(line: str) -> None:
    """A start-up line for the operator: printed as is, or logged as JSON under LOG_FORMAT=json."""
    if _json:
        logging.getLogger("plagsini.announce").info(line)
    else:
        print(line, flush=True)


class RequestIdMiddleware:
    """ASGI middleware: every HTTP request and WebSocket gets a request id (X-Request-ID when sane,
    else a fresh one) in the log context; HTTP responses carry it back in X-Request-ID."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = None
        for name, value in scope.get("headers") or ():
            if name == b"x-request-id":
                header = value.decode("latin-1")
                break
        rid = request_id_from(header)
        token = new_context(request_id=rid)
        if scope["type"] == "http":
            raw = rid.encode("latin-1")

            async def send_with_id(message: Any) -> None:
                if message["type"] == "http.response.start":
                    headers = [
                        (k, v) for k, v in message.get("headers") or () if k.lower() != b"x-request-id"
                    ]
                    headers.append((b"x-request-id", raw))
                    message = {**message, "headers": headers}
                await send(message)

            try:
                await self.app(scope, receive, send_with_id)
            finally:
                reset_context(token)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            reset_context(token)
