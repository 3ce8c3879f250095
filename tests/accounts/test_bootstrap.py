"""The first admin: from the settings, generated when no password is set, promoted by create-admin."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import IdTag, User
from domain import passwords
from domain.bootstrap import create_admin, ensure_admin
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.helpers.auth import make_user


async def _user(platform: Any, email: str) -> User:
    async with platform.sessionmaker() as s:
        user = await s.scalar(select(User).where(User.email == email))
    assert user is not None
    return user


async def test_admin_from_settings(server: Any) -> None:
    admin = await _user(server.platform, TEST_ADMIN_EMAIL)
    assert admin.role == "admin" and admin.email_verified and not admin.disabled
    assert await passwords.verify_password(admin.password_hash, TEST_ADMIN_PASSWORD)
    # Idempotent: a second start does nothing.
    assert await ensure_admin(server.platform) is None
    async with server.platform.sessionmaker() as s:
        tags = (await s.scalars(select(IdTag).where(IdTag.user_id == admin.id))).all()
    assert [t.kind for t in tags] == ["app"]


async def test_generated_password_when_unset(server_factory: Any) -> None:
    srv = await server_factory(admin_password=None, admin_email="gen@test.plagsini")
    # prepare() already ran ensure_admin and printed the password; a fresh database needs another
    # admin-less state to observe the return value, so demote and run again.
    async with srv.platform.sessionmaker.begin() as s:
        admin = await s.scalar(select(User).where(User.email == "gen@test.plagsini"))
        assert admin is not None
        await s.delete(admin)
    generated = await ensure_admin(srv.platform)
    assert generated and len(generated) >= 24
    admin = await _user(srv.platform, "gen@test.plagsini")
    assert await passwords.verify_password(admin.password_hash, generated)
    assert await ensure_admin(srv.platform) is None


async def test_create_admin_promotes_existing_user(server: Any) -> None:
    user, _ = await make_user(server.platform, email="promote@test.plagsini")
    assert await create_admin(server.platform, "Promote@Test.Plagsini", "Boss", None) is None
    promoted = await _user(server.platform, "promote@test.plagsini")
    assert promoted.id == user.id and promoted.role == "admin" and promoted.name == "Boss"
    generated = await create_admin(server.platform, "new-admin@test.plagsini", "New", None)
    assert generated
    fresh = await _user(server.platform, "new-admin@test.plagsini")
    assert fresh.role == "admin" and await passwords.verify_password(fresh.password_hash, generated)
    assert await create_admin(server.platform, "set@test.plagsini", "Set", "a-given-password-123") is None
    given = await _user(server.platform, "set@test.plagsini")
    assert await passwords.verify_password(given.password_hash, "a-given-password-123")
