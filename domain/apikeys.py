"""API keys for integrators: `psk_<8 hex>_<secret>`, shown once, stored as SHA-256, scoped
`read` (queries and subscriptions) or `read_write` (also mutations), revocable. A key acts as its
owner with its scope; it stops working while the owner is disabled or once revoked."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select, update

from db.engine import read_session
from db.models import API_KEY_SCOPES, ApiKey, User, utcnow
from domain import audit, revocation, rows
from domain.errors import InvalidInput, InvalidToken, NotFound
from domain.ports import DomainPlatform
from domain.tokens import hash_token

KEY_PREFIX = "psk_"
LAST_USED_PRECISION = dt.timedelta(seconds=60)
MAX_KEYS_PER_USER = 50


def is_api_key(token: str) -> bool:
    return token.startswith(KEY_PREFIX)


def new_key() -> tuple[str, str]:
    """(full key, display prefix)."""
    prefix = KEY_PREFIX + secrets.token_hex(4)
    return f"{prefix}_{secrets.token_urlsafe(32)}", prefix


def check_scope(scope: str) -> str:
    if scope not in API_KEY_SCOPES:
        raise InvalidInput(f"Scope must be one of {', '.join(API_KEY_SCOPES)}.", field="scope")
    return scope


async def create(
    platform: DomainPlatform, *, user_id: int, name: str, scope: str, created_by_id: int | None
) -> tuple[ApiKey, str]:
    """Create a key; the full secret is returned once and never stored."""
    name = " ".join((name or "").split())
    if not name or len(name) > 100:
        raise InvalidInput("Name the key (1 to 100 characters).", field="name")
    check_scope(scope)
    raw, prefix = new_key()
    async with platform.sessionmaker.begin() as session:
        owner = await session.get(User, user_id)
        if owner is None or owner.deleted_at is not None:
            raise NotFound(field="user_id")
        active = await session.scalars(
            select(ApiKey.id).where(ApiKey.user_id == user_id, ApiKey.revoked_at.is_(None))
        )
        if len(active.all()) >= MAX_KEYS_PER_USER:
            raise InvalidInput(f"At most {MAX_KEYS_PER_USER} active keys; revoke one first.", field="name")
        key = ApiKey(
            prefix=prefix,
            key_hash=hash_token(raw),
            name=name,
            scope=scope,
            user_id=user_id,
            created_by_id=created_by_id,
        )
        session.add(key)
        await session.flush()
        audit.record(
            session,
            actor_user_id=created_by_id,
            action="api_key.create",
            target_type="ApiKey",
            target_id=key.id,
            details={"owner_id": user_id, "name": name, "scope": scope, "prefix": prefix},
        )
    return key, raw


async def revoke(
    platform: DomainPlatform, key_id: int, *, owner_id: int | None, actor_id: int | None = None
) -> ApiKey:
    """Revoke key `key_id`, which must belong to `owner_id` (None: any owner, for admins)."""
    async with platform.sessionmaker.begin() as session:
        key = await rows.get(session, ApiKey, key_id, field="id", owner_id=owner_id)
        if key.revoked_at is None:
            key.revoked_at = utcnow()
            audit.record(
                session,
                actor_user_id=actor_id,
                action="api_key.revoke",
                target_type="ApiKey",
                target_id=key.id,
                details={"owner_id": key.user_id},
            )
        await session.flush()
    await revocation.announce(platform, key.user_id, "api_key")
    return key


async def authenticate(platform: DomainPlatform, raw: str) -> tuple[User, ApiKey]:
    if not is_api_key(raw) or len(raw) > 200:
        raise InvalidToken()
    digest = hash_token(raw)
    # Every request with an API key comes here: a read-only snapshot, not a queue for SQLite's write lock.
    async with read_session(platform.sessionmaker) as session:
        key = await session.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
        if key is None or key.revoked_at is not None:
            raise InvalidToken()
        user = await session.get(User, key.user_id)
        if user is None or user.disabled or user.deleted_at is not None:
            raise InvalidToken()
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at >= LAST_USED_PRECISION:
        # Recorded at most once a minute per key, so busy integrations do not write on every call.
        async with platform.sessionmaker.begin() as session:
            await session.execute(update(ApiKey).where(ApiKey.id == key.id).values(last_used_at=now))
        key.last_used_at = now
    return user, key
