"""The link to the central system: connect with backoff, read frames, ping, drop, send.

Every frame read goes to the request queue (CALLRESULT / CALLERROR of our CALL) or to the
dispatcher (a CALL from the central system). While connected, `tasks` holds the tasks that live
as long as this connection (reader, session, heartbeat, ping); they are cancelled when it ends.
"""

import json

from firmware import compat
from firmware.compat import asyncio
from firmware.core.dispatch import handle_call
from firmware.core.errors import NotConnected
from firmware.wsclient import Backoff, ConnectionClosed, HandshakeError, WebSocketClient, make_ssl_context


class Connection:
    def __init__(self, cp):
        self.cp = cp
        self.ws = None
        self.connected = False
        self.tasks = []
        self._recv_task = None
        self._dropped = None

    def url(self):
        base = self.cp.cfg["url"]
        if not base.endswith("/"):
            base += "/"
        return base + self.cp.id

    async def loop(self):
        """Connect, run a session per connection, reconnect with backoff until the charger stops."""
        cp = self.cp
        backoff = Backoff(cp.cfg["reconnect_base_s"], cp.cfg["reconnect_cap_s"])
        while not cp.stopping:
            key = cp.config.get("AuthorizationKey") or None
            ctx = None
            if self.url().startswith("wss://"):
                ctx = make_ssl_context(cp.cfg.get("ca_cert"))
            ws = WebSocketClient(self.url(), (cp.protocol,), cp.id, key, ctx)
            try:
                await ws.connect()
            except (OSError, HandshakeError, ConnectionClosed, asyncio.TimeoutError) as e:
                cp.log("connect failed", e)
                await asyncio.sleep(backoff.next_delay())
                continue
            backoff.reset()
            self.ws = ws
            self.connected = True
            cp.log("connected", self.url())
            session = asyncio.create_task(cp.session())
            # The reader runs as its own task so a dead link (no pong) can end it: a read on a
            # half-open TCP connection would otherwise block until the OS gives up, minutes later.
            recv = asyncio.create_task(self._recv_loop(ws))
            self.tasks = [session, recv]
            self._recv_task = recv
            try:
                await recv
            except asyncio.CancelledError:
                if self._dropped is not ws:
                    raise
                cp.log("connection dropped", "no pong")
            except Exception as e:  # noqa: BLE001
                cp.log("connection lost", e)
            self._recv_task = None
            self.connected = False
            self.cancel_tasks()
            cp.requests.fail_pending()
            try:
                await ws.close()
            except Exception:  # noqa: BLE001
                pass
            self.ws = None
            if not cp.stopping:
                await asyncio.sleep(backoff.next_delay())

    def cancel_tasks(self):
        for t in self.tasks:
            compat.cancel(t)
        self.tasks = []

    def start_task(self, coro):
        """Run coro for as long as this connection lasts."""
        self.tasks.append(asyncio.create_task(coro))

    async def _recv_loop(self, ws):
        while True:
            text = await ws.recv()
            try:
                msg = json.loads(text)
            except ValueError:
                await self.send([4, "-1", "FormationViolation", "invalid JSON", {}])
                continue
            if not isinstance(msg, list) or len(msg) < 3:
                continue
            mtype = msg[0]
            if mtype == 2 and len(msg) >= 4:
                asyncio.create_task(handle_call(self.cp, msg[1], msg[2], msg[3]))
            elif mtype in (3, 4):
                self.cp.requests.answer(msg)

    async def send(self, obj):
        if self.ws is None:
            raise NotConnected()
        try:
            await self.ws.send(json.dumps(obj))
        except ConnectionClosed:
            raise NotConnected()

    async def ping_loop(self):
        """WebSocket ping every WebSocketPingInterval; no pong within `pong_timeout_s` (default: the
        interval) means the link is dead: drop the connection so the charger reconnects."""
        cp = self.cp
        ws = self.ws
        while True:
            interval = cp.config.get("WebSocketPingInterval")
            if not interval:
                return
            await asyncio.sleep(interval)
            if ws is not self.ws or ws is None:
                return
            try:
                await ws.ping()
            except Exception:  # noqa: BLE001 - the reader notices the closed connection
                return
            if not await compat.wait_event(ws.pong, cp.cfg.get("pong_timeout_s") or interval):
                cp.log("no pong within", cp.cfg.get("pong_timeout_s") or interval, "s: reconnecting")
                self.drop(ws)
                return

    def drop(self, ws):
        """Abandon a connection: stop its reader (the connection loop then reconnects)."""
        if ws is not self.ws or ws is None or self._recv_task is None:
            return
        self._dropped = ws
        ws.abort()
        compat.cancel(self._recv_task)

    async def close(self):
        if self.ws is not None:
            try:
                await self.ws.close()
            except Exception:  # noqa: BLE001
                pass
        self.connected = False
