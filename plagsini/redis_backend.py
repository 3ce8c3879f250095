"""A broadcaster backend for Redis pub/sub that survives Redis restarts.

broadcaster's stock `RedisBackend` reads one pub/sub connection forever: when Redis goes away
the listener dies and every subscriber waits for ever. This backend:

* keeps the set of wanted channels itself and runs one listener task that (re)connects with
  exponential backoff (0.05 s doubling to `max_backoff`, with jitter) and re-subscribes every
  wanted channel on each new connection;
* confirms a SUBSCRIBE before `subscribe()` returns when Redis is up (so an event published
  right after a subscription is set up is not missed), and returns at once when Redis is down
  (the channel is subscribed as soon as the connection is back);
* never lets `publish()` hang: it is bounded by `publish_timeout`; the caller
  (`plagsini.bus.EventBus`) drops the event with a logged warning when it fails;
* hands received events to `next_published()` through a bounded queue (drop oldest when full).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from typing import Any

import redis.asyncio as aioredis
from broadcaster import BroadcastBackend, Event
from redis.backoff import NoBackoff
from redis.retry import Retry

from domain.tasks import cancel_and_wait, cancellable

log = logging.getLogger("plagsini.bus.redis")


class ResilientRedisBackend(BroadcastBackend):
    def __init__(
        self,
        url: str,
        *,
        publish_timeout: float = 2.0,
        connect_timeout: float = 2.0,
        max_backoff: float = 2.0,
        inbox_size: int = 2_000,
    ) -> None:
        self.url = url
        self.publish_timeout = publish_timeout
        self.connect_timeout = connect_timeout
        self.max_backoff = max_backoff
        self._client_kwargs: dict[str, Any] = {
            "socket_connect_timeout": connect_timeout,
            "retry": Retry(NoBackoff(), 0),
            "health_check_interval": 0,
        }
        self._publisher: aioredis.Redis | None = None
        self._sub_client: aioredis.Redis | None = None
        self._pubsub: Any = None
        self._channels: set[str] = set()
        self._confirm: dict[str, list[asyncio.Future[None]]] = {}
        self._inbox: asyncio.Queue[Event] = asyncio.Queue(maxsize=inbox_size)
        self._listener: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()
        self._closing = False
        self._broken = False
        self.reconnects = 0
        self.dropped_inbox = 0

    # ------------------------------------------------------------------ lifecycle

    async def connect(self) -> None:
        self._closing = False
        self._publisher = aioredis.Redis.from_url(
            self.url, socket_timeout=self.publish_timeout, **self._client_kwargs
        )
        self._listener = asyncio.create_task(self._listen_forever(), name="redis-bus-listener")
        # Wait briefly for the first connection so start-up checks see a working bus.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.connect_timeout):
                await self._connected.wait()

    async def disconnect(self) -> None:
        self._closing = True
        await cancel_and_wait(self._listener, ignore_errors=True)
        self._listener = None
        await self._close_pubsub()
        if self._publisher is not None:
            with contextlib.suppress(Exception):
                await self._publisher.aclose()
            self._publisher = None

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    # ------------------------------------------------------------------ channels

    async def subscribe(self, channel: str) -> None:
        self._channels.add(channel)
        pubsub = self._pubsub
        if pubsub is None or not self._connected.is_set():
            return  # subscribed on (re)connect
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._confirm.setdefault(channel, []).append(fut)
        try:
            async with asyncio.timeout(self.connect_timeout):
                await cancellable(pubsub.subscribe(channel))
                await fut
        except Exception as e:  # noqa: BLE001 - the listener reconnects and resubscribes
            self._broken = True
            log.warning("bus: SUBSCRIBE %s not confirmed (%s); will resubscribe on reconnect", channel, e)
        finally:
            waiters = self._confirm.get(channel)
            if waiters and fut in waiters:
                waiters.remove(fut)
                if not waiters:
                    del self._confirm[channel]

    async def unsubscribe(self, channel: str) -> None:
        self._channels.discard(channel)
        pubsub = self._pubsub
        if pubsub is None or not self._connected.is_set():
            return
        try:
            async with asyncio.timeout(self.connect_timeout):
                await cancellable(pubsub.unsubscribe(channel))
        except Exception as e:  # noqa: BLE001
            self._broken = True
            log.debug("bus: UNSUBSCRIBE %s failed: %s", channel, e)

    # ------------------------------------------------------------------ publish / receive

    async def publish(self, channel: str, message: Any) -> None:
        """Publish; raises (TimeoutError, redis errors) when Redis cannot take it in time."""
        if self._publisher is None:
            raise RuntimeError("bus not connected")
        async with asyncio.timeout(self.publish_timeout):
            await cancellable(self._publisher.publish(channel, message))

    async def next_published(self) -> Event:
        return await self._inbox.get()

    def _deliver(self, event: Event) -> None:
        if self._inbox.full():
            with contextlib.suppress(asyncio.QueueEmpty):
                self._inbox.get_nowait()
            self.dropped_inbox += 1
            if self.dropped_inbox % 1000 == 1:
                log.warning("bus: inbox full, dropped %d events so far", self.dropped_inbox)
        self._inbox.put_nowait(event)

    # ------------------------------------------------------------------ listener

    async def _close_pubsub(self) -> None:
        pubsub, client = self._pubsub, self._sub_client
        self._pubsub = None
        self._sub_client = None
        if pubsub is not None:
            with contextlib.suppress(Exception):
                await pubsub.aclose()
        if client is not None:
            with contextlib.suppress(Exception):
                await client.aclose()

    async def _listen_forever(self) -> None:
        backoff = 0.05
        first = True
        while not self._closing:
            try:
                await self._listen_once(first)
            except asyncio.CancelledError:
                raise
            except Exception as e:  # noqa: BLE001 - any failure means: reconnect
                if self._connected.is_set():
                    log.warning("bus: lost Redis connection (%s: %s); reconnecting", type(e).__name__, e)
                else:
                    log.debug("bus: Redis connect failed: %s", e)
            self._connected.clear()
            for waiters in self._confirm.values():
                for fut in waiters:
                    if not fut.done():
                        fut.set_exception(ConnectionError("redis connection lost"))
            await self._close_pubsub()
            if self._closing:
                return
            first = False
            await asyncio.sleep(backoff * (0.5 + random.random() / 2))
            backoff = min(backoff * 2, self.max_backoff)

    async def _listen_once(self, first: bool) -> None:
        client = aioredis.Redis.from_url(self.url, socket_timeout=None, **self._client_kwargs)
        self._sub_client = client
        self._broken = False
        pubsub = client.pubsub()
        self._pubsub = pubsub
        await cancellable(pubsub.connect())
        # PING through the pub/sub connection: proves the connection works before we say so.
        await cancellable(pubsub.execute_command("PING"))
        wanted = set(self._channels)
        if wanted:
            await cancellable(pubsub.subscribe(*wanted))
        self._connected.set()
        if not first:
            self.reconnects += 1
            log.warning("bus: reconnected to Redis, resubscribed %d channels", len(wanted))
        while True:
            # Blocking read; a dead server raises ConnectionError here.
            if self._broken:
                raise ConnectionError("a SUBSCRIBE/UNSUBSCRIBE could not be sent")
            if not pubsub.subscribed:
                # redis-py does not read a connection without subscriptions; a failed SUBSCRIBE
                # sets _broken, which brings us back here to reconnect.
                await asyncio.sleep(0.05)
                continue
            message = await cancellable(pubsub.get_message(timeout=None))
            if message is None:
                continue
            kind = message.get("type")
            if kind == "message":
                channel = message["channel"]
                data = message["data"]
                self._deliver(
                    Event(
                        channel=channel.decode() if isinstance(channel, bytes) else channel,
                        message=data.decode() if isinstance(data, bytes) else data,
                    )
                )
            elif kind == "subscribe":
                channel = message["channel"]
                name = channel.decode() if isinstance(channel, bytes) else channel
                for fut in self._confirm.pop(name, []):
                    if not fut.done():
                        fut.set_result(None)
