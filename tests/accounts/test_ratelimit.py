"""Rate limits are counted per attempt and shared by every node through a real redis-server."""

from __future__ import annotations

from typing import Any

import pytest

from domain.errors import RateLimited
from domain.ratelimit import Limit, MemoryRateLimiter, RedisRateLimiter, enforce, get_limiter
from tests.accounts.conftest import LOGIN, gql
from tests.helpers.auth import DEFAULT_PASSWORD, make_user


async def _wrong_login(srv: Any, email: str) -> str:
    data = await gql(srv, LOGIN, {"email": email, "password": "wrong-password"})
    return data["login"]["errors"][0]["code"]  # type: ignore[no-any-return]


@pytest.mark.redis
async def test_login_limit_shared_between_nodes_through_redis(server_factory: Any, redis_url: str) -> None:
    node_a = await server_factory(redis_url=redis_url)
    node_b = await server_factory(redis_url=redis_url)
    assert isinstance(get_limiter(node_a.platform), RedisRateLimiter)
    user, _ = await make_user(node_a.platform, email="shared@example.com")
    limit = node_a.platform.settings.login_attempts_per_account
    half = limit // 2
    codes = [await _wrong_login(node_a, "shared@example.com") for _ in range(half)]
    codes += [await _wrong_login(node_b, "shared@example.com") for _ in range(limit - half)]
    assert codes == ["INVALID_CREDENTIALS"] * limit
    # Each node alone saw fewer than `limit` attempts; together they reached it.
    for node in (node_a, node_b):
        data = await gql(node, LOGIN, {"email": "shared@example.com", "password": DEFAULT_PASSWORD})
        assert data["login"]["errors"][0]["code"] == "RATE_LIMITED"

    import redis.asyncio as aioredis

    client = aioredis.from_url(redis_url, decode_responses=True)
    try:
        # Keyed by the account's id, not by the address typed.
        keys = [str(k) for k in await client.keys(f"plagsini:rl:login:acct:{user.id}:*")]
    finally:
        await client.aclose()
    assert keys


@pytest.mark.redis
async def test_redis_limiter_counts_every_hit(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url)
    try:
        results = [await limiter.hit("unit:key", Limit(3, 60)) for _ in range(5)]
        assert [r.allowed for r in results] == [True, True, True, False, False]
        assert [r.count for r in results] == [1, 2, 3, 4, 5]
        assert all(1 <= r.retry_after <= 60 for r in results)
        with pytest.raises(RateLimited):
            await enforce(limiter, [("unit:key", Limit(3, 60))])
        await limiter.reset("unit:key", Limit(3, 60))
        assert (await limiter.hit("unit:key", Limit(3, 60))).allowed
    finally:
        await limiter.close()


async def test_in_process_limiter_without_redis(server: Any) -> None:
    assert server.platform.settings.shared_redis_url is None
    assert isinstance(get_limiter(server.platform), MemoryRateLimiter)
    limiter = MemoryRateLimiter()
    results = [await limiter.hit("k", Limit(2, 60)) for _ in range(3)]
    assert [r.allowed for r in results] == [True, True, False]
    # Other keys are independent.
    assert (await limiter.hit("other", Limit(2, 60))).allowed


async def test_login_limit_per_ip(server_factory: Any) -> None:
    srv = await server_factory(login_attempts_per_ip=3, login_attempts_per_account=100)
    codes = [await _wrong_login(srv, f"user{i}@example.com") for i in range(4)]
    # Different accounts, same address: the per-IP limit stops the fourth.
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]
