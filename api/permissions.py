"""Authorization helpers used by every resolver.

    user = await require_user(info)             # signed in (token or API key); mutations need write scope
    admin = await require_admin(info)           # signed in as an admin
    user = await require_scope(info, write=True)  # explicit scope check for API keys
    viewer = await get_viewer(info)             # None when anonymous
    owner_id = await owner_filter(info, user_id)  # for "mine unless admin" lookups

Read-only API keys are refused on every mutation before any resolver runs (`api/scopes.py`); the
`write` checks here say the same again for resolvers called another way.

They raise `domain.errors.NotAuthenticated` / `Forbidden`, which reach the client as GraphQL
errors with `extensions.code` UNAUTHENTICATED / FORBIDDEN (never masked, never internal detail).
In a mutation resolver that returns a payload, catch `DomainError` and return
`api.errors.user_errors(e)` instead.

Strawberry permission classes are available too: `permission_classes=[IsAuthenticated]`,
`[IsAdmin]`.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import OperationType
from strawberry.permission import BasePermission

from api.context import Context, Viewer
from db.models import User
from domain.errors import DomainError, Forbidden, InvalidToken, NotAuthenticated


def _context(info: Any) -> Context:
    return info.context  # type: ignore[no-any-return]


def _is_mutation(info: Any) -> bool:
    op = getattr(info, "operation", None)
    return getattr(op, "operation", None) == OperationType.MUTATION


async def get_viewer(info: Any) -> Viewer | None:
    return await _context(info).get_viewer()


async def require_viewer(info: Any, *, write: bool | None = None, session: Any = None) -> Viewer:
    """The authenticated viewer. `write` defaults to "is this a mutation": a read-only API key
    may run queries and subscriptions but no mutation. `session`: see `Context.get_viewer`."""
    ctx = _context(info)
    viewer = await ctx.get_viewer(session=session)
    if viewer is None:
        if isinstance(ctx.auth_error, InvalidToken):
            raise NotAuthenticated("The token is invalid or expired; sign in again.")
        if isinstance(ctx.auth_error, DomainError):
            raise NotAuthenticated(ctx.auth_error.message)
        raise NotAuthenticated()
    if write is None:
        write = _is_mutation(info)
    if write and not viewer.can_write:
        raise Forbidden("This API key is read-only.")
    return viewer


async def require_user(info: Any, *, write: bool | None = None, session: Any = None) -> User:
    return (await require_viewer(info, write=write, session=session)).user


async def require_admin(info: Any, *, write: bool | None = None) -> User:
    viewer = await require_viewer(info, write=write)
    if not viewer.is_admin:
        raise Forbidden("Admins only.")
    return viewer.user


async def require_scope(info: Any, write: bool) -> User:
    """Signed in, and when authenticated by an API key, with a scope that allows `write`."""
    return await require_user(info, write=write)


async def require_session(info: Any) -> Viewer:
    """Signed in with a password session (not an API key): for account security operations such as
    changing the password, deleting the account or managing API keys."""
    viewer = await require_viewer(info, write=True)
    if viewer.api_key is not None:
        raise Forbidden("Sign in with your password to do this; API keys cannot.")
    return viewer


async def owner_filter(info: Any, user_id: int | None = None) -> int | None:
    """The owner id to restrict a lookup to: the viewer's own id for drivers, `None` (anyone) for
    admins. Look up an object with `WHERE id = ? AND (owner is None OR user_id = owner)` and
    answer NotFound otherwise, so another user's object is indistinguishable from a missing one."""
    viewer = await require_viewer(info)
    if viewer.is_admin:
        return user_id
    return viewer.user.id


class IsAuthenticated(BasePermission):
    message = NotAuthenticated.default_message

    async def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        await require_viewer(info)
        return True


class IsAdmin(BasePermission):
    message = "Admins only."

    async def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        await require_admin(info)
        return True
