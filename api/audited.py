"""An admin's change of one row, audited: the resolvers of the operator's catalogues call `change`."""

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
    details: Mapping[str, Any] | None = None,
) -> Any:
    """The row `write` creates or changes, in a transaction of its own with its audit entry (`action`
    on a `target_type` by the admin), as stored once committed."""
    return await audit.change(
        info.context.platform.sessionmaker,
        write,
        actor_user_id=admin_id,
        action=action,
        target_type=target_type,
        details=details,
    )
