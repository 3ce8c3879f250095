"""The first admin: created at start from ADMIN_EMAIL / ADMIN_PASSWORD, or by `plagsini create-admin`.

When no password is given a strong one is generated and returned so the caller prints it once;
there is never a fixed default password.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from db.engine import read_session
from db.models import User
from domain import accounts, passwords
from domain.errors import DomainError
from domain.ports import DomainPlatform


async def ensure_admin(platform: DomainPlatform) -> str | None:
    """Create the admin from the settings when no admin exists. Returns the generated password
    (to be printed once) when one had to be generated, else None."""
    settings = platform.settings
    async with read_session(platform.sessionmaker) as session:
        existing = await session.scalar(
            select(User.id).where(User.role == "admin", User.deleted_at.is_(None)).limit(1)
        )
    if existing is not None:
        return None
    try:
        return await create_admin(
            platform, email=settings.admin_email, name=settings.admin_name, password=settings.admin_password
        )
    except IntegrityError:
        # Another node created it at the same moment.
        return None


async def create_admin(
    platform: DomainPlatform, email: str, name: str | None = None, password: str | None = None
) -> str | None:
    """Create an admin, or promote and re-enable the account with this email. A given password is
    set; with none, a new account gets a generated password (returned) and an existing account
    keeps its own. Returns the generated password or None."""
    email_n = accounts.normalize_email(email)
    clean = accounts.clean_name(name or "Admin")
    generated: str | None = None
    async with read_session(platform.sessionmaker) as session:
        user = await session.scalar(select(User).where(User.email == email_n))
    if password is None and (user is None or not user.password_hash):
        password = generated = passwords.generate_password()
    if password is not None and not password:
        raise DomainError("The admin password must not be empty.", field="password")
    if password is not None and password != generated:
        passwords.check_policy(password, email=email_n, role="admin")
    new_hash = await passwords.hash_password(password) if password else None
    async with platform.sessionmaker.begin() as session:
        user = await session.scalar(select(User).where(User.email == email_n))
        if user is None:
            await accounts.create_user(
                session,
                email=email_n,
                password_hash=new_hash,
                name=clean,
                role="admin",
                email_verified=True,
            )
        else:
            user.role = "admin"
            user.disabled = False
            user.email_verified = True
            if name:
                user.name = clean
            if new_hash:
                from db.models import utcnow
                from domain import tokens

                user.password_hash = new_hash
                user.password_changed_at = utcnow()
                await tokens.revoke_all(session, user.id)
    return generated
