"""The audit log: who changed what, written in the same transaction as the change.

    audit.record(s, actor_user_id=admin.id, action="charger.approve", target_type="Charger",
                 target_id=c.id, details={"approved": True})

`record` only adds a row to `session`: it commits or rolls back with the change it describes, so a
change that fails leaves no entry and an entry never describes a change that did not happen. Actions
are `<area>.<verb>`; `target_type` is the GraphQL type name of the object changed and `target_id`
its primary key (None for platform-wide changes such as settings).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import AuditLog


class _Row(Protocol):
    id: Any


R = TypeVar("R", bound=_Row)
T = TypeVar("T")

SECRET_WORDS = ("password", "secret", "key_hash", "token", "authorization_key")


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _jsonable(value.value)
    if isinstance(value, Mapping):
        return {
            str(k): "***" if any(w in str(k).lower() for w in SECRET_WORDS) else _jsonable(v)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return str(value)


def record(
    session: AsyncSession,
    *,
    actor_user_id: int | None,
    action: str,
    target_type: str | None,
    target_id: int | str | None,
    details: Mapping[str, Any] | None = None,
) -> AuditLog:
    """Add one audit entry to `session` (flushed and committed with the caller's transaction).
    Values under keys naming secrets (passwords, keys, tokens) are masked."""
    entry = AuditLog(
        actor_id=actor_user_id,
        action=action[:64],
        target_type=target_type,
        target_id=None if target_id is None else str(target_id)[:64],
        details=_jsonable(dict(details)) if details else None,
    )
    session.add(entry)
    return entry


async def recorded(
    session: AsyncSession,
    row: R,
    *,
    actor_user_id: int | None,
    action: str,
    target_type: str,
    details: Mapping[str, Any] | None = None,
) -> R:
    """`row` just created or changed by `action`, with its audit entry added and its stored values
    (server defaults, update timestamps) loaded, ready to map."""
    await session.flush()
    record(
        session,
        actor_user_id=actor_user_id,
        action=action,
        target_type=target_type,
        target_id=row.id,
        details=details,
    )
    await session.refresh(row)
    return row


def audited(
    write: Callable[[AsyncSession], Awaitable[T]],
    *,
    actor_user_id: int | None,
    action: str,
    target_type: str,
    details: Mapping[str, Any] | Callable[[T], Mapping[str, Any] | None] | None = None,
    target_id: Callable[[T], int | str | None] | None = None,
    when: Callable[[T], bool] | None = None,
) -> Callable[[AsyncSession], Awaitable[T]]:
    """`write` followed by its audit entry in the same transaction (`details` given, or computed from
    what `write` returned). Without `target_id`, `write` creates or changes one row and returns it:
    the entry names that row, and the row comes back as stored. With `target_id`, `write` returns
    what it likes (a result holding rows, or nothing), the entry names `target_id(result)`, and the
    result comes back as it is. With `when`, only a result it accepts is recorded (an idempotent
    write that was replayed changed nothing and records nothing)."""

    async def run(session: AsyncSession) -> T:
        result = await write(session)
        if when is not None and not when(result):
            return result
        given = details(result) if callable(details) else details
        if target_id is None:
            return cast(
                T,
                await recorded(
                    session,
                    cast(_Row, result),
                    actor_user_id=actor_user_id,
                    action=action,
                    target_type=target_type,
                    details=given,
                ),
            )
        record(
            session,
            actor_user_id=actor_user_id,
            action=action,
            target_type=target_type,
            target_id=target_id(result),
            details=given,
        )
        return result

    return run


async def note(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    actor_user_id: int | None,
    action: str,
    target_type: str,
    target_id: int | str | None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """An audit entry in a transaction of its own, for what is not one write of this database: a
    command sent to a charger, or a change that committed in transactions of its own."""
    async with sessionmaker() as session, session.begin():
        record(
            session,
            actor_user_id=actor_user_id,
            action=action,
            target_type=target_type,
            target_id=target_id,
            details=details,
        )
