"""Users and tokens for tests of every area.

user, token = await make_user(server.platform)                 # a driver with an access token
admin, admin_token = await make_user(server.platform, role="admin")
key = await make_api_key(server.platform, user.id, scope="read")  # "psk_..." usable as Bearer
await server.graphql(query, variables, token=token)
"""

from __future__ import annotations

import itertools
import os
from typing import Any

from db.models import User
from domain import accounts, apikeys, passwords, tokens

_counter = itertools.count(1)
DEFAULT_PASSWORD = "correct-horse-battery-staple"


async def make_user(
    platform: Any,
    *,
    role: str = "driver",
    email: str | None = None,
    password: str | None = None,
    name: str | None = None,
    phone: str | None = None,
    email_verified: bool = True,
) -> tuple[User, str]:
    """Create a user (with their app id tag) and sign them in; returns the user and an access token.

    The password is `password` or `DEFAULT_PASSWORD`; the access token lives ACCESS_TOKEN_MINUTES.
    """
    n = next(_counter)
    email = email or f"{role}{n}-{os.getpid()}@test.plagsini"
    pw_hash = await passwords.hash_password(password or DEFAULT_PASSWORD)
    async with platform.sessionmaker.begin() as session:
        user = await accounts.create_user(
            session,
            email=email,
            password_hash=pw_hash,
            name=name or f"Test {role.title()} {n}",
            phone=phone,
            role=role,
            email_verified=email_verified,
        )
        pair = await accounts.sign_in(session, platform, user)
    return user, pair.access_token


async def make_session(platform: Any, user: User) -> tokens.TokenPair:
    """Another sign-in for `user`: access and refresh token."""
    async with platform.sessionmaker.begin() as session:
        return await accounts.sign_in(session, platform, user)


async def make_api_key(
    platform: Any, user_id: int, *, scope: str = "read_write", name: str = "test key"
) -> str:
    """An API key for `user_id` (usable as `Authorization: Bearer <key>`)."""
    _, raw = await apikeys.create(platform, user_id=user_id, name=name, scope=scope, created_by_id=user_id)
    return raw
