"""Platform settings an operator may change at runtime (the admin console's Settings page).

Each setting has an environment default (the environment's settings, same attribute name); a row
in `platform_settings` overrides it. Every place that reads one of these settings goes through

    value = await effective(platform, "min_balance_sen")            # a Platform (settings + sessionmaker)
    value = await effective(session, "points_per_kwh", settings)     # inside a transaction

Reads are cheap: the stored overrides of a database are cached for `CACHE_TTL` seconds and the
cache of this process is dropped when they change (`update`), so another node sees a change at
most `CACHE_TTL` seconds later.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import PlatformSetting, utcnow
from domain import audit
from domain.errors import InvalidInput
from domain.ports import DomainPlatform, DomainSettings

CACHE_TTL = 5.0


def _int_between(lo: int, hi: int | None = None) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("must be a whole number")
        if value < lo or (hi is not None and value > hi):
            raise ValueError(f"must be between {lo} and {hi}" if hi is not None else f"must be at least {lo}")
        return value

    return check


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _choice(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return str(value)

    return check


@dataclass(frozen=True)
class Spec:
    key: str
    check: Callable[[Any], Any]
    description: str


SPECS: dict[str, Spec] = {
    s.key: s
    for s in (
        Spec("require_verified_email", _bool, "Drivers must verify their email address to register."),
        Spec(
            "ocpp_unknown_chargers",
            _choice("reject", "pending"),
            "Unknown chargers: reject or admit as pending.",
        ),
        Spec("heartbeat_interval", _int_between(10, 86400), "Heartbeat interval told at boot (s)."),
        Spec("min_balance_sen", _int_between(0, 10_000_000), "Balance needed to start charging (sen)."),
        Spec("points_per_kwh", _int_between(0, 1000), "Reward points per kWh charged."),
        Spec("message_log_retention_days", _int_between(1, 3650), "Days the OCPP message log is kept."),
    )
}

# database url -> (loaded at, overrides)
_cache: dict[str, tuple[float, dict[str, Any]]] = {}
# database url -> the load in flight (every reader that misses the cache meanwhile waits for it)
_loading: dict[str, asyncio.Future[dict[str, Any]]] = {}
# bumped by invalidate(): a load that started before an invalidation does not fill the cache
_generation = 0


def _db_key(bind: Any) -> str:
    url = getattr(bind, "url", None)
    return str(url) if url is not None else str(id(bind))


def _sessionmaker_bind(sessionmaker: Any) -> Any:
    return getattr(sessionmaker, "kw", {}).get("bind")


def invalidate(bind: Any | None = None) -> None:
    """Drop cached overrides (of one database, or all)."""
    global _generation
    _generation += 1
    if bind is None:
        _cache.clear()
        _loading.clear()
    else:
        _cache.pop(_db_key(bind), None)
        _loading.pop(_db_key(bind), None)


async def _load(session: AsyncSession) -> dict[str, Any]:
    rows = (await session.execute(select(PlatformSetting.key, PlatformSetting.value))).all()
    out: dict[str, Any] = {}
    for key, value in rows:
        spec = SPECS.get(key)
        if spec is None:
            continue
        try:
            out[key] = spec.check(value)
        except ValueError:
            continue  # a bad stored value never breaks the platform: the env default applies
    return out


async def _load_from(source: Any) -> dict[str, Any]:
    if isinstance(source, AsyncSession):
        return await _load(source)
    if hasattr(getattr(source.sessionmaker, "kw", None), "get"):
        from db.engine import read_session

        async with read_session(source.sessionmaker) as s:  # a snapshot: no write lock on SQLite
            return await _load(s)
    async with source.sessionmaker() as s:
        return await _load(s)


async def overrides(source: Any) -> dict[str, Any]:
    """The stored overrides (cached). `source` is a Platform or an AsyncSession.

    Hot paths (every charger boot and admission) call this: a fresh cache entry is returned without
    any I/O, and when it is stale exactly one load (a read snapshot, which takes no lock) runs while
    the other callers that passed a Platform wait for it (no stampede of identical queries every
    `CACHE_TTL` seconds). A caller that passes its session loads in it."""
    bind = source.bind if isinstance(source, AsyncSession) else _sessionmaker_bind(source.sessionmaker)
    key = _db_key(bind)
    hit = _cache.get(key)
    if hit is not None and time.monotonic() - hit[0] < CACHE_TTL:
        return hit[1]
    generation = _generation
    if isinstance(source, AsyncSession):
        # The caller's own session, which may hold SQLite's write lock (billing a stop): it loads in
        # that session and never waits for a load on another connection, which could itself be
        # waiting for that lock (both would stall until the lock times out, and billing would fail).
        values = await _load_from(source)
        if generation == _generation:
            _cache[key] = (time.monotonic(), values)
        return values
    loop = asyncio.get_running_loop()
    pending = _loading.get(key)
    if pending is not None and not pending.done() and pending.get_loop() is loop:
        return await asyncio.shield(pending)
    fut: asyncio.Future[dict[str, Any]] = loop.create_future()
    _loading[key] = fut
    try:
        values = await _load_from(source)
    except BaseException as e:
        fut.set_exception(e if isinstance(e, Exception) else ConnectionAbortedError())
        fut.exception()  # retrieved: waiters (if any) get it, nobody else is warned
        raise
    finally:
        if _loading.get(key) is fut:
            del _loading[key]
    if generation == _generation:
        _cache[key] = (time.monotonic(), values)
    fut.set_result(values)
    return values


async def effective(source: Any, key: str, settings: DomainSettings | None = None) -> Any:
    """The value in force for `key`: the stored override, else the environment default."""
    if key not in SPECS:
        raise KeyError(key)
    stored = await overrides(source)
    if key in stored:
        return stored[key]
    if settings is None:
        # A platform, or a unit of work (domain.uow), carries the environment's settings.
        settings = getattr(source, "settings", None)
    if settings is None:
        raise LookupError(f"{key}: no settings in force (open sessions from the platform's factory)")
    return getattr(settings, key)


async def all_effective(platform: DomainPlatform) -> dict[str, Any]:
    stored = await overrides(platform)
    return {key: stored.get(key, getattr(platform.settings, key)) for key in SPECS}


async def update(
    platform: DomainPlatform, changes: Mapping[str, Any], *, user_id: int | None
) -> dict[str, Any]:
    """Validate and store `changes` (key -> value; None resets to the environment default)."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        spec = SPECS.get(key)
        if spec is None:
            raise InvalidInput(f"Unknown setting {key!r}.", field=key)
        if value is None:
            clean[key] = None
            continue
        try:
            clean[key] = spec.check(value)
        except ValueError as e:
            raise InvalidInput(f"{spec.description} {e}.", field=key) from None
    async with platform.sessionmaker() as s, s.begin():
        for key, value in clean.items():
            row = await s.get(PlatformSetting, key)
            if value is None:
                if row is not None:
                    await s.delete(row)
            elif row is None:
                s.add(PlatformSetting(key=key, value=value, updated_by_id=user_id))
            else:
                row.value = value
                row.updated_by_id = user_id
                row.updated_at = utcnow()
        audit.record(
            s,
            actor_user_id=user_id,
            action="settings.update",
            target_type="PlatformSettings",
            target_id=None,
            details=clean,
        )
    invalidate(_sessionmaker_bind(platform.sessionmaker))
    return await all_effective(platform)


async def last_updated(platform: DomainPlatform) -> Any:
    from sqlalchemy import func

    from db.engine import read_session

    async with read_session(platform.sessionmaker) as s:
        return (await s.execute(select(func.max(PlatformSetting.updated_at)))).scalar()
