"""Password hashing with argon2id (RFC 9106 / OWASP parameters: memory >= 19 MiB, time cost >= 2).

Hashing runs in a worker thread so the event loop keeps serving while it computes.
"""

from __future__ import annotations

import asyncio
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from domain import password_policy

ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024  # 19 MiB
ARGON2_PARALLELISM = 1
MIN_PASSWORD_LENGTH = password_policy.MIN_LENGTH
MAX_PASSWORD_LENGTH = password_policy.MAX_LENGTH

_hasher = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)

# A real hash of a random password: verifying against it costs the same as a real account, so a
# login for an unknown email takes as long as one for a known email.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def check_policy(
    password: str, *, email: str | None = None, role: str | None = None, field: str = "password"
) -> None:
    """Raise WeakPassword when `password` breaks a rule of `domain.password_policy` for an account
    with this email and role (admins need 12 characters)."""
    password_policy.check(password or "", email=email, role=role, field=field)


def hash_password_sync(password: str) -> str:
    return _hasher.hash(password)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


def _verify(hash_: str | None, password: str) -> bool:
    try:
        return _hasher.verify(hash_ or _DUMMY_HASH, password) and hash_ is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def verify_password(hash_: str | None, password: str) -> bool:
    """True when `password` matches `hash_`; a None hash (no password) costs the same and fails."""
    return await asyncio.to_thread(_verify, hash_, password)


def needs_rehash(hash_: str) -> bool:
    try:
        return _hasher.check_needs_rehash(hash_)
    except InvalidHashError:
        return True


def generate_password() -> str:
    """A strong random password (about 190 bits), for generated admin accounts."""
    return secrets.token_urlsafe(24)
