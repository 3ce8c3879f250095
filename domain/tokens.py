"""Access tokens (short-lived JWT), rotating refresh tokens (opaque, stored hashed) and the short
JWT that proves a verified email during registration.

A sign-in starts a refresh-token *family* (its id is the `sid` claim of every access token of
that sign-in). Refreshing rotates: the presented token is revoked and replaced by a new one of
the same family. Presenting a token that was already rotated (reuse: it was stolen or replayed)
revokes the whole family, which also ends its access tokens, because an access token is only
accepted while its family has a live refresh token. Logout revokes the family.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import jwt
from sqlalchemy import ColumnElement, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import RefreshToken, User, utcnow
from domain.errors import AccountDisabled, InvalidToken

ALGORITHM = "HS256"
ISSUER = "plagsini"
ACCESS = "access"
EMAIL_VERIFIED = "email_verified"
REFRESH_PREFIX = "rt_"
#: Seconds of clock skew allowed on expiry (PyJWT's `leeway`).
LEEWAY = 5


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    access_expires_at: dt.datetime
    refresh_token: str
    refresh_expires_at: dt.datetime
    family_id: str


def hash_token(raw: str) -> str:
    """SHA-256 of a high-entropy token (a slow hash is not needed for 256-bit random secrets)."""
    return hashlib.sha256(raw.encode()).hexdigest()


def _encode(secret: str, claims: dict[str, Any]) -> str:
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def _decode(secret: str, token: str, typ: str) -> dict[str, Any]:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "typ", "iss"]},
            leeway=LEEWAY,
        )
    except jwt.PyJWTError:
        raise InvalidToken() from None
    if claims.get("typ") != typ:
        raise InvalidToken()
    return claims


def issue_access_token(
    secret: str, user_id: int, family_id: str, minutes: int, now: dt.datetime | None = None
) -> tuple[str, dt.datetime]:
    now = now or utcnow()
    exp = now + dt.timedelta(minutes=minutes)
    claims = {
        "iss": ISSUER,
        "typ": ACCESS,
        "sub": str(user_id),
        "sid": family_id,
        "iat": int(now.timestamp()),
        "exp": exp,
        "jti": uuid.uuid4().hex,
    }
    return _encode(secret, claims), exp


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    family_id: str
    issued_at: dt.datetime
    expires_at: dt.datetime | None = None


#: Access tokens verified already, by (secret, token): their claims, at most `_VERIFIED_MAX` (the
#: oldest dropped first). Nothing decoding checks (signature, issuer, type, the claims required)
#: changes for the same token and secret except expiry, which is checked again on every use as PyJWT
#: checks it. Whether the token's user and sign-in family are still live is not decoding's to say:
#: the database answers that on every request (`accounts.authenticate_access_token`).
_VERIFIED: OrderedDict[tuple[str, str], AccessClaims] = OrderedDict()
_VERIFIED_MAX = 4096


def decode_access_token(secret: str, token: str) -> AccessClaims:
    key = (secret, token)
    known = _VERIFIED.get(key)
    if known is not None:
        if known.expires_at is not None and known.expires_at.timestamp() > time.time() - LEEWAY:
            return known
        _VERIFIED.pop(key, None)
        raise InvalidToken()
    claims = _decode(secret, token, ACCESS)
    sub, sid = claims.get("sub"), claims.get("sid")
    if not isinstance(sub, str) or not sub.isdigit() or not isinstance(sid, str):
        raise InvalidToken()
    verified = AccessClaims(
        int(sub),
        sid,
        dt.datetime.fromtimestamp(int(claims["iat"]), dt.UTC),
        dt.datetime.fromtimestamp(int(claims["exp"]), dt.UTC),
    )
    _VERIFIED[key] = verified
    if len(_VERIFIED) > _VERIFIED_MAX:
        _VERIFIED.popitem(last=False)
    return verified


def issue_email_token(secret: str, email: str, verification_id: int, minutes: int = 30) -> str:
    now = utcnow()
    return _encode(
        secret,
        {
            "iss": ISSUER,
            "typ": EMAIL_VERIFIED,
            "sub": email,
            "vid": verification_id,
            "iat": int(now.timestamp()),
            "exp": now + dt.timedelta(minutes=minutes),
        },
    )


def decode_email_token(secret: str, token: str) -> tuple[str, int]:
    claims = _decode(secret, token, EMAIL_VERIFIED)
    vid = claims.get("vid")
    if not isinstance(vid, int):
        raise InvalidToken()
    return str(claims["sub"]), vid


def new_refresh_secret() -> str:
    return REFRESH_PREFIX + secrets.token_urlsafe(32)


async def _insert_refresh(
    session: AsyncSession,
    user_id: int,
    family_id: str,
    days: int,
    user_agent: str | None,
    ip: str | None,
) -> tuple[RefreshToken, str]:
    raw = new_refresh_secret()
    row = RefreshToken(
        token_hash=hash_token(raw),
        family_id=family_id,
        user_id=user_id,
        expires_at=utcnow() + dt.timedelta(days=days),
        user_agent=(user_agent or None) and user_agent[:255],
        ip_address=(ip or None) and ip[:45],
    )
    session.add(row)
    await session.flush()
    return row, raw


async def start_session(
    session: AsyncSession,
    *,
    secret: str,
    user: User,
    access_minutes: int,
    refresh_days: int,
    user_agent: str | None = None,
    ip: str | None = None,
) -> TokenPair:
    """A new sign-in: a new refresh-token family and its first access token."""
    family = uuid.uuid4().hex
    row, raw = await _insert_refresh(session, user.id, family, refresh_days, user_agent, ip)
    access, access_exp = issue_access_token(secret, user.id, family, access_minutes)
    return TokenPair(access, access_exp, raw, row.expires_at, family)


async def revoke_family(session: AsyncSession, family_id: str) -> int:
    result = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def revoke_all(session: AsyncSession, user_id: int, *, except_family: str | None = None) -> int:
    stmt = update(RefreshToken).where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
    if except_family:
        stmt = stmt.where(RefreshToken.family_id != except_family)
    result = await session.execute(stmt.values(revoked_at=utcnow()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def family_live(family_id: Any, user_id: Any, now: Any = None) -> ColumnElement[bool]:
    """The refresh family is live (not revoked, not expired at `now`, default the current time) for
    this user, as a condition. The arguments may be values or bind parameters."""
    return exists().where(
        RefreshToken.family_id == family_id,
        RefreshToken.user_id == user_id,
        RefreshToken.revoked_at.is_(None),
        RefreshToken.expires_at > (utcnow() if now is None else now),
    )


async def rotate(
    sessionmaker: async_sessionmaker[AsyncSession],
    raw: str,
    *,
    secret: str,
    access_minutes: int,
    refresh_days: int,
    user_agent: str | None = None,
    ip: str | None = None,
) -> tuple[User, TokenPair]:
    """Exchange a refresh token for a new pair. Reuse of a rotated token revokes its family."""
    if not raw or not raw.startswith(REFRESH_PREFIX) or len(raw) > 200:
        raise InvalidToken()
    digest = hash_token(raw)
    async with sessionmaker.begin() as session:
        row = await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == digest))
        if row is None:
            raise InvalidToken()
        if row.revoked_at is not None:
            if row.replaced_by_id is not None:
                # Reuse of a rotated token: whoever holds the family is not to be trusted.
                await revoke_family(session, row.family_id)
                reuse = True
            else:
                reuse = False
        else:
            reuse = None
    if reuse is not None:
        # Committed above (the revocation must persist although we refuse).
        raise _family_revoked(row.user_id) if reuse else InvalidToken()
    lost_race = False
    async with sessionmaker.begin() as session:
        now = utcnow()
        if row.expires_at <= now:
            raise InvalidToken()
        user = await session.get(User, row.user_id)
        if user is None or user.deleted_at is not None:
            raise InvalidToken()
        if user.disabled:
            raise AccountDisabled()
        # Atomic claim: only one concurrent refresh with the same token wins; the loser is reuse.
        claimed = await session.execute(
            update(RefreshToken)
            .where(RefreshToken.id == row.id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        if claimed.rowcount:  # type: ignore[attr-defined]
            new_row, new_raw = await _insert_refresh(
                session, user.id, row.family_id, refresh_days, user_agent, ip
            )
            await session.execute(
                update(RefreshToken).where(RefreshToken.id == row.id).values(replaced_by_id=new_row.id)
            )
            access, access_exp = issue_access_token(secret, user.id, row.family_id, access_minutes)
            pair = TokenPair(access, access_exp, new_raw, new_row.expires_at, row.family_id)
        else:
            lost_race = True
    if lost_race:
        async with sessionmaker.begin() as session:
            await revoke_family(session, row.family_id)
        raise _family_revoked(row.user_id)
    return user, pair


def _family_revoked(user_id: int) -> InvalidToken:
    """The refusal of a reused refresh token, after its whole family was revoked: carries the user
    so that the caller can announce the revocation (their open WebSockets are re-checked)."""
    error = InvalidToken()
    error.revoked_user_id = user_id  # type: ignore[attr-defined]
    return error
