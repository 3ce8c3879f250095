"""Users: registration, sign-in, profile, password changes, deletion, and admin management.

Public functions take the `Platform` and run their own transactions (attempt counters and
revocations must persist even when the operation is refused). Helpers that take an
`AsyncSession` compose inside the caller's transaction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import read_session
from db.models import USER_ROLES, ApiKey, IdTag, User, Vehicle, utcnow
from domain import (
    audit,
    idtags,
    mail,
    otp,
    passwords,
    platform_settings,
    revocation,
    roaming_outbox,
    rows,
    tokens,
)
from domain.errors import (
    AccountDisabled,
    Conflict,
    EmailNotVerified,
    EmailTaken,
    Forbidden,
    InvalidCredentials,
    InvalidInput,
    InvalidToken,
    NotFound,
)
from domain.ports import DomainPlatform, DomainSettings
from domain.ratelimit import Limit, enforce, get_limiter

EMAIL_RE = re.compile(
    r"^[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]{1,63})+$"
)
EMAIL_MAX_LENGTH = 191
# Control, format (zero-width), surrogate, private-use, unassigned and separator characters: none
# belongs in an address, and the invisible ones would make look-alike addresses.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{6,24}$")


@dataclass(frozen=True)
class ClientInfo:
    """Who is calling, for rate limits and the refresh-token record."""

    ip: str | None = None
    user_agent: str | None = None


# --------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------


def normalize_email(email: str | None, *, field: str = "email") -> str:
    """The one spelling of an address that is stored, looked up and compared (byte for byte).

    Surrounding white space removed, Unicode NFC, then the whole address lower-cased (and NFC
    again, as lower-casing can decompose). Nothing else is folded: accents, dots and `+tags` stay,
    so `dáve@example.com` and `dave@example.com` are different addresses and different accounts.
    The domain is ASCII (an internationalised domain is entered in its `xn--` form); the local
    part may be Unicode but not contain invisible, control or separator characters.
    """
    raw = email or ""
    if len(raw) > 4 * EMAIL_MAX_LENGTH:
        raise InvalidInput("Enter a valid email address.", field=field)
    value = unicodedata.normalize("NFC", unicodedata.normalize("NFC", raw.strip()).lower())
    if (
        len(value) > EMAIL_MAX_LENGTH
        or not EMAIL_RE.match(value)
        or any(unicodedata.category(c) in _REFUSED_CATEGORIES for c in value)
    ):
        raise InvalidInput("Enter a valid email address.", field=field)
    return value


def try_normalize_email(email: str | None) -> str | None:
    """`normalize_email`, or None for something that is not an address (it matches no account)."""
    try:
        return normalize_email(email)
    except InvalidInput:
        return None


async def find_by_email(session: AsyncSession, email: str | None) -> User | None:
    """The live (not deleted) account with this normalised address, compared byte for byte."""
    if not email:
        return None
    return await session.scalar(select(User).where(User.email == email, User.deleted_at.is_(None)))


async def owner_id_by_email(session: AsyncSession, email: str | None, *, field: str) -> int | None:
    """The id of the live account with this address; None for no address (a shared thing, such as a
    group tag); NotFound (on `field`) for an address no live account has."""
    if email is None or not email.strip():
        return None
    user = await find_by_email(session, email)
    if user is None:
        raise NotFound("No user with this email.", field=field)
    return user.id


def clean_name(name: str | None, *, field: str = "name", required: bool = True) -> str:
    value = " ".join((name or "").split())
    if required and not value:
        raise InvalidInput("Enter a name.", field=field)
    if len(value) > 120:
        raise InvalidInput("Use at most 120 characters.", field=field)
    if any(ord(c) < 32 for c in value):
        raise InvalidInput("The name contains invalid characters.", field=field)
    return value


def clean_phone(phone: str | None, *, field: str = "phone") -> str | None:
    if phone is None:
        return None
    value = phone.strip()
    if not value:
        return None
    if not PHONE_RE.match(value):
        raise InvalidInput("Enter a valid phone number.", field=field)
    return value


def check_role(role: str) -> str:
    if role not in USER_ROLES:
        raise InvalidInput(f"Role must be one of {', '.join(USER_ROLES)}.", field="role")
    return role


# --------------------------------------------------------------------------------------------------
# Creating users
# --------------------------------------------------------------------------------------------------


async def email_taken(session: AsyncSession, email: str) -> bool:
    return (await session.scalar(select(User.id).where(User.email == email))) is not None


async def create_user(
    session: AsyncSession,
    *,
    email: str,
    password_hash: str | None,
    name: str,
    phone: str | None = None,
    role: str = "driver",
    email_verified: bool = False,
) -> User:
    """Insert a user and their app id tag (inside the caller's transaction)."""
    email = normalize_email(email)
    check_role(role)
    if await email_taken(session, email):
        raise EmailTaken(field="email")
    user = User(
        email=email,
        password_hash=password_hash,
        name=name,
        phone=phone,
        role=role,
        email_verified=email_verified,
        password_changed_at=utcnow() if password_hash else None,
    )
    session.add(user)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:
        raise EmailTaken(field="email") from None
    await idtags.create_app_tag(session, user.id)
    return user


async def register(
    platform: DomainPlatform,
    *,
    email: str,
    password: str,
    name: str,
    phone: str | None,
    verification_token: str | None,
    client: ClientInfo,
) -> tuple[User, tokens.TokenPair]:
    """Create a driver account and sign it in. With REQUIRE_VERIFIED_EMAIL the token from
    `verify_email_code` is required and must be for this address."""
    email = normalize_email(email)
    name = clean_name(name)
    phone = clean_phone(phone)
    passwords.check_policy(password, email=email, role="driver")
    verified = False
    if verification_token:
        token_email, vid = tokens.decode_email_token(platform.secret_key, verification_token)
        if token_email != email:
            raise InvalidToken("The verification is for another email address.", field="verification_token")
        async with read_session(platform.sessionmaker) as session:
            if not await otp.was_verified(session, vid, email, "register"):
                raise InvalidToken(field="verification_token")
        verified = True
    elif await platform_settings.effective(platform, "require_verified_email"):
        raise EmailNotVerified(field="verification_token")
    password_hash = await passwords.hash_password(password)
    async with platform.sessionmaker.begin() as session:
        user = await create_user(
            session, email=email, password_hash=password_hash, name=name, phone=phone, email_verified=verified
        )
        user.last_login_at = utcnow()
        pair = await sign_in(session, platform, user, client)
    return user, pair


async def sign_in(
    session: AsyncSession, platform: DomainPlatform, user: User, client: ClientInfo | None = None
) -> tokens.TokenPair:
    """A new sign-in of `user` from `client`, with the platform's token lifetimes."""
    client = client or ClientInfo()
    return await tokens.start_session(
        session,
        secret=platform.secret_key,
        user=user,
        access_minutes=platform.settings.access_token_minutes,
        refresh_days=platform.settings.refresh_token_days,
        user_agent=client.user_agent,
        ip=client.ip,
    )


# --------------------------------------------------------------------------------------------------
# Signing in and out
# --------------------------------------------------------------------------------------------------


def account_key(user_id: int | None, email: str | None) -> str:
    """The rate-limit subject of an account: its id, so that every spelling of its address (and an
    address change) counts against the same budget. An address without an account is keyed by its
    normalised form, which answers the same way and reveals nothing."""
    if user_id is not None:
        return f"acct:{user_id}"
    return f"email:{email or '-'}"


def login_limits(settings: DomainSettings, subject: str, ip: str | None) -> list[tuple[str, Limit]]:
    """Sign-in (and password-confirmation) limits: per account (`account_key`) and per client IP."""
    window = settings.login_window_seconds
    checks = [(f"login:{subject}", Limit(settings.login_attempts_per_account, window))]
    if ip:
        checks.append((f"login:ip:{ip}", Limit(settings.login_attempts_per_ip, window)))
    return checks


async def login(
    platform: DomainPlatform, *, email: str, password: str, client: ClientInfo
) -> tuple[User, tokens.TokenPair]:
    settings = platform.settings
    email_n = try_normalize_email(email)
    async with read_session(platform.sessionmaker) as session:
        user = await find_by_email(session, email_n)
    # Every attempt counts against the account it names, before the password is looked at: a
    # correct password does not get through once the limit is reached.
    subject = account_key(user.id if user else None, email_n)
    await enforce(get_limiter(platform), login_limits(settings, subject, client.ip))
    ok = await passwords.verify_password(user.password_hash if user else None, password or "")
    if user is None or not ok or user.deleted_at is not None:
        raise InvalidCredentials()
    if user.disabled:
        raise AccountDisabled()
    if (
        not user.email_verified
        and user.role != "admin"
        and await platform_settings.effective(platform, "require_verified_email")
    ):
        raise EmailNotVerified(field="email")
    new_hash = None
    if user.password_hash and passwords.needs_rehash(user.password_hash):
        new_hash = await passwords.hash_password(password)
    async with platform.sessionmaker.begin() as session:
        values: dict[str, Any] = {"last_login_at": utcnow()}
        if new_hash:
            values["password_hash"] = new_hash
        await session.execute(update(User).where(User.id == user.id).values(**values))
        pair = await sign_in(session, platform, user, client)
    return user, pair


async def refresh(
    platform: DomainPlatform, refresh_token: str, client: ClientInfo
) -> tuple[User, tokens.TokenPair]:
    settings = platform.settings
    try:
        return await tokens.rotate(
            platform.sessionmaker,
            refresh_token,
            secret=platform.secret_key,
            access_minutes=settings.access_token_minutes,
            refresh_days=settings.refresh_token_days,
            user_agent=client.user_agent,
            ip=client.ip,
        )
    except InvalidToken as e:
        # A reused refresh token revoked its whole sign-in: close that sign-in's sockets too.
        revoked = getattr(e, "revoked_user_id", None)
        if isinstance(revoked, int):
            await revocation.announce(platform, revoked, "logout")
        raise


async def logout(
    platform: DomainPlatform,
    user_id: int,
    *,
    family_id: str | None,
    refresh_token: str | None,
    everywhere: bool,
) -> int:
    """Revoke the current sign-in (its refresh family), the given refresh token's family, or all."""
    async with platform.sessionmaker.begin() as session:
        count = await _revoke(session, user_id, family_id, refresh_token, everywhere)
    await revocation.announce(platform, user_id, "logout_all" if everywhere else "logout")
    return count


async def _revoke(
    session: AsyncSession, user_id: int, family_id: str | None, refresh_token: str | None, everywhere: bool
) -> int:
    if everywhere:
        return await tokens.revoke_all(session, user_id)
    count = 0
    if refresh_token:
        from db.models import RefreshToken

        row = await session.scalar(
            select(RefreshToken).where(RefreshToken.token_hash == tokens.hash_token(refresh_token))
        )
        if row is not None and row.user_id == user_id:
            count += await tokens.revoke_family(session, row.family_id)
    if family_id:
        count += await tokens.revoke_family(session, family_id)
    return count


#: The user of an access token and whether its refresh family is live (`tokens.family_live` with
#: bind parameters user_id, family_user_id (the same), family_id and now), for `authenticate_access_token`.
_AUTH_STATEMENT = select(
    User,
    tokens.family_live(bindparam("family_id"), bindparam("family_user_id"), bindparam("now")),
).where(User.id == bindparam("user_id"))


async def authenticate_access_token(
    platform: DomainPlatform, token: str, *, session: AsyncSession | None = None
) -> tuple[User, str]:
    """The user and refresh family behind an access token; InvalidToken when it is not usable.
    Read in `session` when given (a read the caller has open and uses for nothing else meanwhile, so
    the request reads in one transaction), else in a read session of its own."""
    claims = tokens.decode_access_token(platform.secret_key, token)
    # Every authenticated request comes here: a read-only snapshot, not a queue for SQLite's write lock.
    # The user and whether the token's refresh family is live, in one statement.
    # Built once, with bind parameters (`tokens.family_live`'s condition): not rebuilt per request.
    params = {
        "user_id": claims.user_id,
        "family_user_id": claims.user_id,
        "family_id": claims.family_id,
        "now": utcnow(),
    }
    if session is not None:
        found = (await session.execute(_AUTH_STATEMENT, params)).first()
    else:
        async with read_session(platform.sessionmaker) as own:
            found = (await own.execute(_AUTH_STATEMENT, params)).first()
    if found is None:
        raise InvalidToken()
    user, live = found
    if user.deleted_at is not None or user.disabled:
        raise InvalidToken()
    # A password change ends every access token issued before it.
    if user.password_changed_at is not None and claims.issued_at.timestamp() < int(
        user.password_changed_at.timestamp()
    ):
        raise InvalidToken()
    if not live:
        raise InvalidToken()
    return user, claims.family_id


# --------------------------------------------------------------------------------------------------
# Profile and passwords
# --------------------------------------------------------------------------------------------------


async def update_profile(
    platform: DomainPlatform,
    user_id: int,
    *,
    name: str | None = None,
    phone: str | None = None,
    set_phone: bool = False,
    locale: str | None = None,
) -> User:
    async with platform.sessionmaker.begin() as session:
        user = await session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise NotFound()
        if name is not None:
            user.name = clean_name(name)
        if set_phone:
            user.phone = clean_phone(phone)
        if locale is not None:
            user.locale = mail.clean_locale(locale)
        await session.flush()
    return user


async def change_password(
    platform: DomainPlatform,
    user_id: int,
    *,
    current: str,
    new: str,
    keep_family: str | None,
    client: ClientInfo,
) -> tokens.TokenPair:
    """Change the password, end every other sign-in and return fresh tokens for this one."""
    settings = platform.settings
    async with read_session(platform.sessionmaker) as session:
        user = await session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound()
    await enforce(get_limiter(platform), login_limits(settings, account_key(user.id, None), client.ip))
    if not await passwords.verify_password(user.password_hash, current or ""):
        raise InvalidCredentials("The current password is wrong.", field="current_password")
    passwords.check_policy(new, email=user.email, role=user.role, field="new_password")
    new_hash = await passwords.hash_password(new)
    async with platform.sessionmaker.begin() as session:
        user = await session.get(User, user_id)
        assert user is not None
        user.password_hash = new_hash
        user.password_changed_at = utcnow()
        await tokens.revoke_all(session, user_id)
        pair = await sign_in(session, platform, user, client)
    await revocation.announce(platform, user_id, "password")
    return pair


async def request_password_reset(platform: DomainPlatform, email: str, client: ClientInfo) -> None:
    """Mail a reset code to the account's stored address when the account exists; the answer is
    the same either way."""
    email = normalize_email(email)
    await otp.send_code(platform, email, "reset", client.ip)


async def reset_password(
    platform: DomainPlatform, *, email: str, code: str, new_password: str, client: ClientInfo
) -> None:
    email = normalize_email(email)
    # The rules every account shares are checked before the code is spent; the stricter admin
    # length only after the code proved the address (checking it first would tell anyone which
    # addresses are admins).
    passwords.check_policy(new_password, email=email, field="new_password")
    await otp.verify_code(platform, email, "reset", code, client.ip)
    async with read_session(platform.sessionmaker) as session:
        found = await find_by_email(session, email)
    if found is None:
        raise InvalidCredentials()
    passwords.check_policy(new_password, email=found.email, role=found.role, field="new_password")
    new_hash = await passwords.hash_password(new_password)
    async with platform.sessionmaker.begin() as session:
        user = await session.get(User, found.id)
        if user is None or user.deleted_at is not None or user.email != email:
            raise InvalidCredentials()
        user.password_hash = new_hash
        user.password_changed_at = utcnow()
        # Whoever reset the password proved they own the address.
        user.email_verified = True
        await tokens.revoke_all(session, user.id)
        reset_id = user.id
    await revocation.announce(platform, reset_id, "password")


async def delete_account(
    platform: DomainPlatform, user_id: int, *, password: str, client: ClientInfo
) -> None:
    """Erase personal data; the user row stays (anonymised) so ledger and sessions keep their history."""
    async with read_session(platform.sessionmaker) as session:
        user = await session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound()
    await enforce(
        get_limiter(platform), login_limits(platform.settings, account_key(user.id, None), client.ip)
    )
    if not await passwords.verify_password(user.password_hash, password or ""):
        raise InvalidCredentials("The password is wrong.", field="password")
    async with platform.sessionmaker.begin() as session:
        await anonymise(session, user_id)
    await revocation.announce(platform, user_id, "deleted")


async def anonymise(session: AsyncSession, user_id: int) -> None:
    user = await rows.get(session, User, user_id)
    now = utcnow()
    user.email = None
    user.password_hash = None
    user.name = "Deleted user"
    user.phone = None
    user.disabled = True
    user.email_verified = False
    user.referral_code = None
    user.deleted_at = now
    await tokens.revoke_all(session, user_id)
    await session.execute(
        update(ApiKey).where(ApiKey.user_id == user_id, ApiKey.revoked_at.is_(None)).values(revoked_at=now)
    )
    # Tags stay (sessions reference their value) but can never authorize again.
    await session.execute(update(IdTag).where(IdTag.user_id == user_id).values(status="Invalid", label=None))
    await roaming_outbox.stage_tokens_of(session, user_id)
    await session.execute(delete(Vehicle).where(Vehicle.user_id == user_id))


# --------------------------------------------------------------------------------------------------
# Admin
# --------------------------------------------------------------------------------------------------


def user_search(
    query: str | None = None,
    role: str | None = None,
    disabled: bool | None = None,
    include_deleted: bool = False,
) -> Select[Any]:
    stmt = select(User)
    if not include_deleted:
        stmt = stmt.where(User.deleted_at.is_(None))
    if role is not None:
        stmt = stmt.where(User.role == check_role(role))
    if disabled is not None:
        stmt = stmt.where(User.disabled.is_(disabled))
    raw = (query or "").strip()
    if len(raw) > 100:
        raise InvalidInput("Search for at most 100 characters.", field="search")
    # The same normalisation as stored addresses (NFC, lower case), then a byte-exact match on the
    # email column (binary collation on MariaDB/MySQL): "dave" does not find "dáve" nor the reverse.
    q = unicodedata.normalize("NFC", unicodedata.normalize("NFC", raw).lower())
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                User.email.like(like, escape="\\"),
                func.lower(User.name).like(like, escape="\\"),
                User.phone.like(like, escape="\\"),
            )
        )
    return stmt


async def admin_create_user(
    platform: DomainPlatform,
    *,
    email: str,
    name: str,
    password: str | None,
    phone: str | None,
    role: str,
    actor_id: int | None = None,
) -> tuple[User, str | None]:
    """Create a user for someone; returns the generated password when none was given."""
    email = normalize_email(email)
    name = clean_name(name)
    phone = clean_phone(phone)
    check_role(role)
    generated = None
    if password is None:
        password = generated = passwords.generate_password()
    else:
        passwords.check_policy(password, email=email, role=role)
    password_hash = await passwords.hash_password(password)
    async with platform.sessionmaker.begin() as session:
        user = await create_user(
            session,
            email=email,
            password_hash=password_hash,
            name=name,
            phone=phone,
            role=role,
            email_verified=True,
        )
        audit.record(
            session,
            actor_user_id=actor_id,
            action="user.create",
            target_type="User",
            target_id=user.id,
            details={"email": user.email, "role": role},
        )
    return user, generated


async def _active_admins(session: AsyncSession) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == "admin", User.disabled.is_(False), User.deleted_at.is_(None))
        )
        or 0
    )


async def admin_update_user(
    platform: DomainPlatform,
    actor_id: int,
    user_id: int,
    *,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    set_phone: bool = False,
    role: str | None = None,
    disabled: bool | None = None,
    email_verified: bool | None = None,
) -> User:
    async with platform.sessionmaker.begin() as session:
        user = await session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise NotFound()
        before = {k: getattr(user, k) for k in _AUDITED_USER_FIELDS}
        if name is not None:
            user.name = clean_name(name)
        if email is not None:
            new_email = normalize_email(email)
            if new_email != user.email:
                if await email_taken(session, new_email):
                    raise EmailTaken(field="email")
                user.email = new_email
        if set_phone:
            user.phone = clean_phone(phone)
        if email_verified is not None:
            user.email_verified = email_verified
        demote = role is not None and check_role(role) != "admin" and user.role == "admin"
        disable = bool(disabled) and not user.disabled and user.role == "admin"
        if (demote or disable) and user.id == actor_id:
            raise Forbidden("You cannot demote or disable yourself.", field="role" if demote else "disabled")
        if (demote or disable) and await _active_admins(session) <= 1:
            raise Conflict("At least one active admin must remain.", field="role" if demote else "disabled")
        if role is not None:
            user.role = role
        if disabled is not None and disabled != user.disabled:
            user.disabled = disabled
            if disabled:
                # Ends every sign-in; API keys stop working while the user is disabled.
                await tokens.revoke_all(session, user.id)
            await roaming_outbox.stage_tokens_of(session, user.id)
        await session.flush()
        audit.record(
            session,
            actor_user_id=actor_id,
            action=_user_action(role, disabled),
            target_type="User",
            target_id=user.id,
            details=_changed(before, user),
        )
        changed = _changed(before, user)
    if "role" in changed or "disabled" in changed:
        # Open WebSockets of this user are re-checked on every node (closed when no longer allowed).
        await revocation.announce(platform, user.id, "role" if "role" in changed else "disabled")
    return user


_AUDITED_USER_FIELDS = ("name", "email", "phone", "email_verified", "role", "disabled")


def _user_action(role: str | None, disabled: bool | None) -> str:
    if role is not None:
        return "user.set_role"
    if disabled is not None:
        return "user.disable" if disabled else "user.enable"
    return "user.update"


def _changed(before: dict[str, Any], user: User) -> dict[str, Any]:
    """{field: [old, new]} of the audited fields that changed."""
    return {k: [v, getattr(user, k)] for k, v in before.items() if getattr(user, k) != v}
