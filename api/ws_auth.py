"""Who may keep a GraphQL WebSocket open: checked at `connection_init`, again on every `subscribe`,
when the access token expires, and whenever the user's access changes on any node.

* **Every subscribe** re-authenticates the connection's token against the database (the viewer is
  never cached from `connection_init`): a token whose sign-in was revoked, whose user is disabled or
  deleted, whose API key was revoked, or whose user's role changed since the connection was opened
  closes the socket with 4403 instead of starting the operation.
* **Token expiry**: a socket opened with an access token is closed with 4403 ("Token expired") when
  that token expires, whatever is running on it. Subscriptions are not silently cut one by one: the
  client sees one close and re-authenticates by reconnecting with a fresh access token in its
  `connection_init` (the admin console and the driver app reconnect by themselves; their
  `connectionParams` read the current token). API keys do not expire; they are revoked.
* **Revocation on any node**: `domain.revocation.announce` publishes `auth.revoked` on the bus after
  logout (one sign-in or everywhere), password change or reset, account deletion, disable, role
  change and API key revocation. Each node listens once (`Revocations`), re-checks the sockets of
  that user it holds and closes with 4403 those no longer allowed, within the time of one database
  read after the event.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import Any

from domain import events as ev

log = logging.getLogger("plagsini.ws_auth")

#: The close code for "no longer allowed" (graphql-transport-ws uses 4403 for Forbidden).
FORBIDDEN = 4403


class Revocations:
    """One per node: the authenticated sockets by user id, and the bus listener for `auth.revoked`."""

    def __init__(self, platform: Any) -> None:
        self.platform = platform
        self.by_user: dict[int, set[SocketGuard]] = {}
        self._task: asyncio.Task[None] | None = None
        self._ready: asyncio.Event | None = None
        self._checks: set[asyncio.Task[Any]] = set()

    def add(self, guard: SocketGuard) -> None:
        self.by_user.setdefault(guard.user_id, set()).add(guard)

    def discard(self, guard: SocketGuard) -> None:
        guards = self.by_user.get(guard.user_id)
        if guards is not None:
            guards.discard(guard)
            if not guards:
                del self.by_user[guard.user_id]

    def sockets(self) -> int:
        return sum(len(g) for g in self.by_user.values())

    async def ensure_listening(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Start the listener (once per node) and wait until its bus subscription is live."""
        if self._task is None or self._task.done():
            self._ready = asyncio.Event()
            self._task = asyncio.create_task(self._listen(self._ready), name="ws-revocations")
        assert self._ready is not None
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._ready.wait()

    async def _listen(self, ready: asyncio.Event) -> None:
        bus = self.platform.bus
        try:
            async with bus.subscribe(ev.AUTH_REVOKED, maxsize=4096) as sub:
                ready.set()
                async for event in sub:
                    if isinstance(event, dict):
                        self.revoked(event.get("user_id"))
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - the next socket to register restarts the listener
            log.warning("revocation listener stopped", exc_info=True)
        finally:
            ready.set()

    def revoked(self, user_id: Any) -> None:
        """Re-check every socket of `user_id` held by this node (each in its own task)."""
        if not isinstance(user_id, int):
            return
        for guard in list(self.by_user.get(user_id, ())):
            task = asyncio.create_task(guard.recheck())
            self._checks.add(task)
            task.add_done_callback(self._checks.discard)

    async def stop(self) -> None:
        from domain.tasks import cancel_and_wait

        await cancel_and_wait(self._task, ignore_errors=True)
        await asyncio.gather(*(cancel_and_wait(t, ignore_errors=True) for t in list(self._checks)))


class SocketGuard:
    """The identity a GraphQL WebSocket was opened with, and its checks (see the module docstring).

    `handler` is the graphql-transport-ws handler (its `context` is the connection's `api.context.Context`,
    its `websocket` the transport)."""

    def __init__(self, handler: Any, registry: Revocations, token: str, user_id: int, role: str) -> None:
        self.handler = handler
        self.registry = registry
        self.token = token
        self.user_id = user_id
        self.role = role
        self.closed = False
        self._expiry: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, handler: Any, registry: Revocations) -> SocketGuard | None:
        """After `connection_ack`: guard a socket opened with a token (None for anonymous ones)."""
        ctx = handler.context
        token = ctx.bearer_token()
        viewer = await ctx.get_viewer()
        if not token or viewer is None:
            return None
        await registry.ensure_listening()
        guard = cls(handler, registry, token, viewer.user.id, viewer.user.role)
        registry.add(guard)
        expires_at = guard._token_expiry(ctx.platform.secret_key)
        if expires_at is not None:
            guard._expiry = asyncio.create_task(guard._close_at(expires_at), name="ws-token-expiry")
        return guard

    def _token_expiry(self, secret: str) -> dt.datetime | None:
        from domain import apikeys, tokens
        from domain.errors import DomainError

        if apikeys.is_api_key(self.token):
            return None
        try:
            return tokens.decode_access_token(secret, self.token).expires_at
        except DomainError:
            return dt.datetime.now(dt.UTC)

    async def _close_at(self, expires_at: dt.datetime) -> None:
        delay = (expires_at - dt.datetime.now(dt.UTC)).total_seconds()
        if delay > 0:
            await asyncio.sleep(delay)
        await self.close("Token expired")

    async def recheck(self) -> bool:
        """Authenticate the connection's token again (database read); close 4403 when it no longer
        holds for the same user with the same role. True when the socket may go on."""
        if self.closed:
            return False
        ctx = self.handler.context
        ctx.cache.pop("viewer", None)
        ctx.cache.pop("auth_error", None)
        try:
            viewer = await ctx.get_viewer()
        except Exception:  # noqa: BLE001 - cannot tell (database down): keep the socket, retry later
            log.warning("socket re-check failed", exc_info=True)
            return True
        if viewer is None or viewer.user.id != self.user_id or viewer.user.role != self.role:
            await self.close("Forbidden")
            return False
        return True

    async def close(self, reason: str) -> None:
        if self.closed:
            return
        self.closed = True
        self.registry.discard(self)
        with contextlib.suppress(Exception):
            await self.handler.websocket.close(code=FORBIDDEN, reason=reason)

    async def stop(self) -> None:
        """The socket is gone: forget it."""
        self.closed = True
        self.registry.discard(self)
        task, self._expiry = self._expiry, None
        if task is not None and task is not asyncio.current_task():
            from domain.tasks import cancel_and_wait

            await cancel_and_wait(task, ignore_errors=True)
