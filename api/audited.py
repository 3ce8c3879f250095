"""An admin's change, audited: resolvers call `change` (a write and its entry in one transaction) or
`note` (an entry alone, for what is not one write of this database)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import strawberry

from domain import audit


async def change(
    info: strawberry.Info,
    admin_id: int,
    action: str,
    target_type: str,
    write: Callable[[Any], Awaitable[Any]],
    details: Mapping[str, Any] | Callable[[Any], Mapping[str, Any] | None] | None = None,
    target_id: Callable[[Any], int | str | None] | None = None,
) -> Any:
    """What `write` returns, run in a transaction of its own with its audit entry (`action` on a
    `target_type` by the admin): by default the one row it creates or changes, as stored once
    committed; with `target_id` (the entry's target, from the result) any result, and `details`
    may be computed from the result too (see `domain.audit.audited`)."""
    async with info.context.platform.sessionmaker() as session, session.begin():
        return await audit.audited(
            write,
            actor_user_id=admin_id,
            action=action,
            target_type=target_type,
            details=details,
            target_id=target_id,
        )(session)


async def note(
    info: strawberry.Info,
    admin_id: int,
    action: str,
    target_type: str,
    target_id: int | str | None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """The admin's `action` on a `target_type`, audited in a transaction of its own (see
    `domain.audit.note`)."""
    await audit.note(
        info.context.platform.sessionmaker,
        actor_user_id=admin_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details,
    )
