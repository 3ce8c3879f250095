"""The event bus: broadcaster backends (`memory://` on one node, Redis across nodes) with our own
bounded fan-out.

Publishers send JSON objects; subscribers get decoded dicts. Channel names and payloads live in
`domain.events` (documented there).

Why not `broadcaster.Broadcast` itself: its listener does `await queue.put(event)` into one
unbounded queue per subscriber, so one slow subscriber grows memory without limit, and its Redis
backend hangs every subscriber when Redis restarts. Here:

* the backend is `LocalBackend` (below) for `memory://` and
  `plagsini.redis_backend.ResilientRedisBackend` for `redis://` (reconnects with backoff and
  resubscribes every channel); both implement broadcaster's public `BroadcastBackend` interface;
* one dispatcher task per bus decodes each message once and hands it to every subscriber of the
  channel with a non-blocking put;
* every subscriber's buffer is bounded (`maxsize`, default from `domain.events.queue_size`):
  when full the oldest event is dropped (latest-value channels such as meter values and status
  keep the newest) and the subscriber is told it lagged: its iterator yields a `Lagged(dropped=n)`
  marker before the next event (when subscribed with `lag_markers=True`) or logs it;
* `publish()` never hangs: it gives up after `publish_timeout` seconds (Redis down) and drops the
  event with a logged warning, returning False (on `memory://` a publish cannot block, and an event
  on a channel without a subscriber on this node is not even encoded); `publish_many()` sends one
  payload on several channels, encoded once;
* a subscriber may take an event directly (`Subscription.direct`, set by the GraphQL layer to write
  the event's frame to its socket, `api/fanout.py`) while its reader is idle: waiting, nothing
  buffered, nothing dropped; otherwise, or when it declines, the event is buffered as above;
* `subscriber_count()` counts live subscriptions (tests assert that a disconnected client leaves
  none behind).

Events handed to subscribers are shared between them: treat them as read-only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from broadcaster import BroadcastBackend, Event

from domain import events as ev
from domain.tasks import cancel_and_wait, cancellable
from plagsini import metrics

log = logging.getLogger("plagsini.bus")

#: Subscribers handed an event between two turns of the event loop (see `EventBus._dispatch`).
DISPATCH_SLICE = 256


@dataclass(frozen=True)
class Lagged:
    """Marker yielded to a subscriber that fell behind: `dropped` events were discarded."""

    dropped: int


class Subscription:
    """One subscriber: a bounded buffer fed by the dispatcher, read as an async iterator."""

    def __init__(self, bus: EventBus, channels: tuple[str, ...], maxsize: int, lag_markers: bool) -> None:
        self.bus = bus
        self.channels = channels
        self.maxsize = max(1, maxsize)
        self.lag_markers = lag_markers
        self._buf: deque[dict[str, Any] | Any] = deque()
        self._dropped = 0
        self.total_dropped = 0
        self._wakeup = asyncio.Event()
        self.closed = False
        #: Takes an event in place of the reader (True: handled), tried only while the reader is
        #: waiting with nothing buffered or dropped, so the order of events is kept.
        self.direct: Callable[[Any], bool] | None = None
        self._waiting = False

    def push(self, event: Any) -> None:
        if self.closed:
            return
        direct = self.direct
        if direct is not None and self._waiting and not self._buf and not self._dropped:
            try:
                if direct(event):
                    return
            except Exception:  # noqa: BLE001 - the reader then handles the event as usual
                log.warning("bus: direct delivery on %s failed", ",".join(self.channels), exc_info=True)
        if len(self._buf) >= self.maxsize:
            self._buf.popleft()
            self._dropped += 1
            self.total_dropped += 1
            metrics.BUS_DROPPED.inc()
        self._buf.append(event)
        self._wakeup.set()

    def close(self) -> None:
        self.closed = True
        self._wakeup.set()

    def __len__(self) -> int:
        return len(self._buf)

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Any:
        while True:
            if self._dropped:
                dropped, self._dropped = self._dropped, 0
                if self.lag_markers:
                    return Lagged(dropped)
                log.warning(
                    "bus: subscriber of %s lagged, %d events dropped", ",".join(self.channels), dropped
                )
            if self._buf:
                return self._buf.popleft()
            if self.closed:
                raise StopAsyncIteration
            self._wakeup.clear()
            self._waiting = True
            try:
                await self._wakeup.wait()
            finally:
                self._waiting = False


class LocalBackend(BroadcastBackend):
    """`memory://`: events go round through one in-process queue to this node's dispatcher."""

    def __init__(self, url: str = "memory://") -> None:
        self._subscribed: set[str] = set()
        self._published: asyncio.Queue[Event] = asyncio.Queue()

    async def connect(self) -> None:
        self._published = asyncio.Queue()

    async def disconnect(self) -> None:
        pass

    async def subscribe(self, channel: str) -> None:
        self._subscribed.add(channel)

    async def unsubscribe(self, channel: str) -> None:
        self._subscribed.discard(channel)

    async def publish(self, channel: str, message: Any) -> None:
        self._published.put_nowait(Event(channel=channel, message=message))

    async def next_published(self) -> Event:
        while True:
            event = await self._published.get()
            if event.channel in self._subscribed:
                return event


def _make_backend(url: str, publish_timeout: float) -> BroadcastBackend:
    if url.startswith(("redis://", "rediss://")):
        from plagsini.redis_backend import ResilientRedisBackend

        return ResilientRedisBackend(url, publish_timeout=publish_timeout)
    if url.startswith("memory://"):
        return LocalBackend(url)
    raise ValueError(f"unsupported BROADCAST_URL {url!r}")


class EventBus:
    def __init__(self, url: str, *, publish_timeout: float = 2.0, queue_size: int | None = None) -> None:
        self.url = url
        self.publish_timeout = publish_timeout
        self.queue_size = queue_size
        self._backend = _make_backend(url, publish_timeout)
        #: memory:// (this node only): publishing is a non-blocking put.
        self._local = url.startswith("memory://")
        self._subscribers: dict[str, set[Subscription]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._dispatcher: asyncio.Task[None] | None = None
        self.connected = False
        self.dropped_publishes = 0
        self._last_drop_log = 0.0

    @property
    def backend(self) -> BroadcastBackend:
        return self._backend

    async def connect(self) -> None:
        if self.connected:
            return
        await self._backend.connect()
        self._dispatcher = asyncio.create_task(self._dispatch(), name="bus-dispatcher")
        self.connected = True

    async def disconnect(self) -> None:
        if not self.connected:
            return
        self.connected = False
        for subs in list(self._subscribers.values()):
            for sub in subs:
                sub.close()
        await cancel_and_wait(self._dispatcher, ignore_errors=True)
        self._dispatcher = None
        await self._backend.disconnect()

    # ------------------------------------------------------------------ publish

    async def publish(self, channel: str, payload: Any) -> bool:
        """Publish a JSON-serialisable payload. Never hangs: False when the event was dropped."""
        return await self.publish_many((channel,), payload)

    async def publish_many(self, channels: tuple[str, ...] | list[str], payload: Any) -> bool:
        """Publish one payload on several channels, encoded once. False when it was dropped on any."""
        if self._local:
            # memory://: the subscribers are this node's own, and a put on the backend's unbounded
            # queue never waits (no timeout needed). A channel nobody here listens to is skipped
            # without encoding (the dispatcher would discard the event).
            if not self.connected:
                self._dropped(channels[0], ConnectionError("the bus is not connected"))
                return False
            message: str | None = None
            for channel in channels:
                if channel in self._subscribers:
                    if message is None:
                        message = json.dumps(payload, default=str)
                    await self._backend.publish(channel, message)
            return True
        message = json.dumps(payload, default=str)
        ok = True
        for channel in channels:
            try:
                async with asyncio.timeout(self.publish_timeout):
                    await self._backend.publish(channel, message)
            except Exception as e:  # noqa: BLE001 - a bus outage must not break the publisher
                self._dropped(channel, e)
                ok = False
        return ok

    def wants(self, channel: str) -> bool:
        """False when an event on `channel` would reach nobody (memory://, no subscriber on this node):
        a publisher may skip building it. Always True across nodes (Redis)."""
        return not self._local or channel in self._subscribers

    def _dropped(self, channel: str, e: BaseException) -> None:
        self.dropped_publishes += 1
        now = time.monotonic()
        if now - self._last_drop_log > 5:
            self._last_drop_log = now
            log.warning(
                "bus: dropped event on %s (%s: %s); %d dropped so far",
                channel,
                type(e).__name__,
                e,
                self.dropped_publishes,
            )

    def publish_local(self, channel: str, payload: Any) -> None:
        """Deliver to this node's subscribers only (node-local aggregates such as dashboard stats)."""
        for sub in list(self._subscribers.get(channel, ())):
            sub.push(payload)

    # ------------------------------------------------------------------ subscribe

    @asynccontextmanager
    async def subscribe(
        self, *channels: str, maxsize: int | None = None, lag_markers: bool = False
    ) -> AsyncIterator[Subscription]:
        """Subscribe to one or more channels; iterate the yielded Subscription for events.

        The subscription is live (backend subscribed) when the context is entered, and fully
        removed when it exits, whatever the reason.
        """
        if not channels:
            raise ValueError("subscribe() needs at least one channel")
        size = maxsize or self.queue_size or min(ev.queue_size(c) for c in channels)
        sub = Subscription(self, tuple(dict.fromkeys(channels)), size, lag_markers)
        added: list[str] = []
        try:
            for channel in sub.channels:
                await self._add(channel, sub)
                added.append(channel)
            yield sub
        finally:
            sub.close()
            for channel in added:
                await asyncio.shield(self._remove(channel, sub))

    def _lock(self, channel: str) -> asyncio.Lock:
        lock = self._locks.get(channel)
        if lock is None:
            lock = self._locks[channel] = asyncio.Lock()
        return lock

    async def _add(self, channel: str, sub: Subscription) -> None:
        subs = self._subscribers.get(channel)
        if subs:  # fast path: the backend is already subscribed
            subs.add(sub)
            return
        async with self._lock(channel):
            subs = self._subscribers.get(channel)
            if subs:
                subs.add(sub)
                return
            await self._backend.subscribe(channel)
            self._subscribers[channel] = {sub}

    async def _remove(self, channel: str, sub: Subscription) -> None:
        subs = self._subscribers.get(channel)
        if subs is None:
            return
        subs.discard(sub)
        if subs:
            return
        lock = self._lock(channel)
        async with lock:
            subs = self._subscribers.get(channel)
            if subs is not None and not subs:
                del self._subscribers[channel]
                if self.connected:
                    with contextlib.suppress(Exception):
                        await self._backend.unsubscribe(channel)
        if not lock.locked() and channel not in self._subscribers:
            self._locks.pop(channel, None)

    def subscriber_count(self, channel: str | None = None) -> int:
        """Live subscriptions on `channel` (or on all channels, each subscription once)."""
        if channel is not None:
            return len(self._subscribers.get(channel, ()))
        seen: set[int] = set()
        for subs in self._subscribers.values():
            seen.update(id(s) for s in subs)
        return len(seen)

    def buffered_events(self) -> int:
        """Events waiting in subscriber buffers on this node (bounded by design)."""
        seen: dict[int, Subscription] = {}
        for subs in self._subscribers.values():
            for s in subs:
                seen[id(s)] = s
        return sum(len(s) for s in seen.values())

    async def _dispatch(self) -> None:
        while True:
            event = await self._backend.next_published()
            subs = self._subscribers.get(event.channel)
            if not subs:
                continue
            try:
                payload = json.loads(event.message)
            except (TypeError, ValueError):
                log.warning("bus: undecodable message on %s dropped", event.channel)
                continue
            # The loop gets a turn every DISPATCH_SLICE subscribers: a direct write per subscriber
            # (api/fanout.py) makes 10,000 of them a few hundred milliseconds, which would otherwise
            # hold up everything else on the node (charger answers included). The next event waits
            # for this one's fan-out to finish, so every subscriber still gets them in order.
            for i, sub in enumerate(list(subs), 1):
                sub.push(payload)
                if i % DISPATCH_SLICE == 0:
                    await asyncio.sleep(0)

    # ------------------------------------------------------------------ health

    async def ping(self) -> bool:
        """True when the bus can carry a message (used by /readyz)."""
        if not self.connected:
            return False
        if self.url.startswith(("redis://", "rediss://")):
            import redis.asyncio as aioredis

            client = aioredis.from_url(self.url, socket_connect_timeout=2, socket_timeout=2)
            try:
                return bool(await cancellable(client.ping()))
            finally:
                await client.aclose()
        return True
