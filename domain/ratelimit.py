"""Fixed-window rate limits counted per attempt.

Every call to `hit()` counts one attempt, so ten aliased attempts in one GraphQL request count
ten. Counters live in Redis when a Redis URL is configured (`REDIS_URL`, or `BROADCAST_URL`
when that is Redis) so that all nodes share them; in process otherwise.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass
from typing import Any, Protocol

from domain.errors import RateLimited
from domain.ports import DomainPlatform
from domain.tasks import cancellable


@dataclass(frozen=True)
class Limit:
    """At most `count` attempts per `seconds`."""

    count: int
    seconds: int


@dataclass(frozen=True)
class HitResult:
    allowed: bool
    count: int
    retry_after: int


class RateLimiter(Protocol):
    async def hit(self, key: str, limit: Limit) -> HitResult: ...

    async def reset(self, key: str, limit: Limit) -> None: ...

    async def close(self) -> None: ...


def _window(limit: Limit, now: float) -> tuple[int, int]:
    """The current window's index and the seconds left in it."""
    index = int(now // limit.seconds)
    left = math.ceil((index + 1) * limit.seconds - now)
    return index, max(1, left)


class MemoryRateLimiter:
    def __init__(self) -> None:
        self._counts: dict[str, tuple[float, int]] = {}
        self._lock = asyncio.Lock()

    async def hit(self, key: str, limit: Limit) -> HitResult:
        now = time.time()
        index, left = _window(limit, now)
        full = f"{key}:{limit.seconds}:{index}"
        async with self._lock:
            expires, count = self._counts.get(full, (now + left, 0))
            count += 1
            self._counts[full] = (expires, count)
            if len(self._counts) > 10000:
                self._counts = {k: v for k, v in self._counts.items() if v[0] > now}
        return HitResult(count <= limit.count, count, left)

    async def reset(self, key: str, limit: Limit) -> None:
        index, _ = _window(limit, time.time())
        async with self._lock:
            self._counts.pop(f"{key}:{limit.seconds}:{index}", None)

    async def close(self) -> None:
        return None


_HIT_SCRIPT = """
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return c
"""


class RedisRateLimiter:
    def __init__(self, url: str, prefix: str = "plagsini:rl:") -> None:
        import redis.asyncio as aioredis

        self._redis: Any = aioredis.from_url(url)
        self._prefix = prefix
        self._script = self._redis.register_script(_HIT_SCRIPT)

    async def hit(self, key: str, limit: Limit) -> HitResult:
        index, left = _window(limit, time.time())
        full = f"{self._prefix}{key}:{limit.seconds}:{index}"
        count = int(await cancellable(self._script(keys=[full], args=[left + 1])))
        return HitResult(count <= limit.count, count, left)

    async def reset(self, key: str, limit: Limit) -> None:
        index, _ = _window(limit, time.time())
        await cancellable(self._redis.delete(f"{self._prefix}{key}:{limit.seconds}:{index}"))

    async def close(self) -> None:
        await self._redis.aclose()


def make_limiter(redis_url: str | None) -> RateLimiter:
    return RedisRateLimiter(redis_url) if redis_url else MemoryRateLimiter()


def get_limiter(platform: DomainPlatform) -> RateLimiter:
    """The platform's limiter, created on first use (kept in `platform.rate_limiter`)."""
    limiter = platform.rate_limiter
    if limiter is None:
        limiter = platform.rate_limiter = make_limiter(platform.settings.shared_redis_url)
    return limiter


async def close_limiter(platform: DomainPlatform) -> None:
    limiter, platform.rate_limiter = platform.rate_limiter, None
    if limiter is not None:
        await limiter.close()


async def enforce(limiter: RateLimiter, checks: list[tuple[str, Limit]], *, field: str | None = None) -> None:
    """Count one attempt against every (key, limit); raise RateLimited when any is exceeded.

    Every key is counted even when an earlier one is already over its limit, so an attacker
    cannot dodge a per-IP limit by cycling the account they target.
    """
    retry = 0
    for key, limit in checks:
        result = await limiter.hit(key, limit)
        if not result.allowed:
            retry = max(retry, result.retry_after)
    if retry:
        raise RateLimited(retry, field=field)
