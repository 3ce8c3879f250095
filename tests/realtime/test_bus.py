"""The event bus: bounded fan-out, lag markers, Redis restarts (real redis-server)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

import pytest

from domain import events as ev
from plagsini.bus import DISPATCH_SLICE, EventBus, Lagged


async def _next(sub, wait: float = 5.0):
    async with asyncio.timeout(wait):
        return await anext(sub)


async def test_memory_bus_delivers_and_cleans_up() -> None:
    bus = EventBus("memory://")
    await bus.connect()
    try:
        async with bus.subscribe("a", "b") as sub:
            assert bus.subscriber_count("a") == 1
            assert await bus.publish("a", {"n": 1})
            await bus.publish("c", {"n": 2})  # nobody listens
            await bus.publish("b", {"n": 3})
            assert await _next(sub) == {"n": 1}
            assert await _next(sub) == {"n": 3}
        assert bus.subscriber_count() == 0
        assert bus._subscribers == {} and bus._locks == {}
    finally:
        await bus.disconnect()


async def test_a_large_fan_out_gives_the_loop_turns_and_keeps_the_order() -> None:
    """Subscribers that take events directly (a GraphQL subscriber's frame written to its socket) are
    served in slices: other work runs between them, and each still gets the events in order."""
    bus = EventBus("memory://")
    await bus.connect()
    n = DISPATCH_SLICE * 3 + 1
    got: list[list[int]] = [[] for _ in range(n)]
    trace: list[str] = []
    all_pushed = asyncio.Event()
    try:
        async with contextlib.AsyncExitStack() as stack:
            subs = [await stack.enter_async_context(bus.subscribe("fan", lag_markers=True)) for _ in range(n)]
            for i, sub in enumerate(subs):

                def take(event: Any, i: int = i) -> bool:
                    got[i].append(event["n"])
                    trace.append("push")
                    if trace.count("push") == 2 * n:
                        all_pushed.set()
                    return True

                sub.direct = take
            readers = [asyncio.create_task(anext(sub)) for sub in subs]  # each reader waiting
            await asyncio.sleep(0)
            for k in range(2):
                await bus.publish("fan", {"n": k})

            async def other_work() -> None:
                while len(trace) < 2 * n + 10:
                    trace.append("other")
                    await asyncio.sleep(0)

            async with asyncio.timeout(10):
                await other_work()
                await all_pushed.wait()
            for reader in readers:
                reader.cancel()
        assert all(g == [0, 1] for g in got)
        pushes = [i for i, t in enumerate(trace) if t == "push"]
        assert "other" in trace[pushes[0] : pushes[n - 1]], "the loop had no turn during a fan-out"
    finally:
        await bus.disconnect()


async def test_slow_subscriber_is_bounded_keeps_latest_and_is_told_it_lagged() -> None:
    bus = EventBus("memory://")
    await bus.connect()
    try:
        channel = ev.charger_meter("CP1")
        async with bus.subscribe(channel, lag_markers=True) as slow, bus.subscribe(channel) as fast:
            n = ev.LATEST_VALUE_QUEUE * 10
            got_fast = []
            for i in range(n):
                await bus.publish(channel, {"i": i})
                # the fast reader keeps up with every event
                got_fast.append((await _next(fast))["i"])
            assert got_fast == list(range(n))
            assert len(slow) == ev.LATEST_VALUE_QUEUE  # never more than the bound
            marker = await _next(slow)
            assert isinstance(marker, Lagged) and marker.dropped == n - ev.LATEST_VALUE_QUEUE
            rest = [(await _next(slow))["i"] for _ in range(ev.LATEST_VALUE_QUEUE)]
            assert rest == list(range(n - ev.LATEST_VALUE_QUEUE, n))  # the latest were kept
    finally:
        await bus.disconnect()


@pytest.mark.redis
async def test_redis_bus_across_two_buses(redis_url: str) -> None:
    a, b = EventBus(redis_url), EventBus(redis_url)
    await a.connect()
    await b.connect()
    try:
        async with b.subscribe("x") as sub:
            for i in range(20):
                assert await a.publish("x", {"i": i})
            assert [(await _next(sub))["i"] for _ in range(20)] == list(range(20))
        assert b.subscriber_count() == 0
    finally:
        await a.disconnect()
        await b.disconnect()


@pytest.mark.redis
async def test_redis_restart_resumes_delivery_and_publish_never_hangs(redis_server_factory) -> None:
    redis = redis_server_factory()
    a = EventBus(redis.url, publish_timeout=1.0)
    b = EventBus(redis.url, publish_timeout=1.0)
    await a.connect()
    await b.connect()
    try:
        async with b.subscribe("meter") as sub:
            await a.publish("meter", {"i": 0})
            assert (await _next(sub))["i"] == 0

            redis.stop()
            # Publishing while Redis is down returns (dropped) within the timeout, never hangs.
            t0 = time.monotonic()
            assert await a.publish("meter", {"i": -1}) is False
            assert time.monotonic() - t0 < 3
            # A subscription made while Redis is down does not hang either.
            async with asyncio.timeout(5):
                async with b.subscribe("other") as other:
                    pass
            del other

            redis.start()
            back = time.monotonic()
            # Delivery resumes within 5 s of Redis being back.
            i = 1
            received = None
            while received is None:
                assert time.monotonic() - back < 5, "delivery did not resume within 5 s"
                await a.publish("meter", {"i": i})
                try:
                    async with asyncio.timeout(0.2):
                        received = await anext(sub)
                except TimeoutError:
                    i += 1
            assert received["i"] >= 1
            # ... and the stream keeps flowing in order afterwards.
            for j in range(i + 1, i + 11):
                await a.publish("meter", {"i": j})
            seen: list[Any] = []
            while not seen or seen[-1] != i + 10:
                seen.append((await _next(sub))["i"])
            assert seen == sorted(seen)
    finally:
        await a.disconnect()
        await b.disconnect()


@pytest.mark.redis
async def test_a_task_cancelled_while_it_publishes_on_redis_ends(redis_url: str) -> None:
    """A task cancelled at any loop turn of a publish ends with its cancellation. redis-py bounds its
    socket write with asyncio.wait_for, which on Python 3.11 drops the caller's cancellation when the
    write finishes in the same turn: the node's message log went on after its stop cancelled it, and
    the node's stop waited on it until it was killed (a request through nginx then got a 502)."""
    bus = EventBus(redis_url)
    await bus.connect()
    try:
        assert await bus.publish("warm", {})  # the connection is open: each publish takes the same turns
        for turns in range(12):

            async def publisher() -> None:
                await bus.publish("x", {"n": 1})
                await asyncio.Event().wait()  # a lost cancellation leaves the task waiting here

            task = asyncio.create_task(publisher())
            for _ in range(turns):
                await asyncio.sleep(0)  # one loop turn each: the cancellation lands at each step
            task.cancel()
            done, _ = await asyncio.wait({task}, timeout=5)
            assert done, f"the cancellation after {turns} loop turns was lost"
            assert task.cancelled()
    finally:
        await bus.disconnect()
