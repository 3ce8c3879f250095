"""One row by its key, as every area reads the row a command names: the row, or NotFound; an
admin's values for a catalogue row (`new`, `assign`); a listing's optional filters (`where_given`); a
history kept to its newest rows (`keep_newest`).

charger = await rows.get(session, Charger, charger_id, "No such charger.", field="chargerId")
tag = await rows.get(session, IdTag, tag_id, field="id", owner_id=user_id)  # a driver's own only
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Select, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.errors import NotFound

R = TypeVar("R")


async def get(
    session: AsyncSession,
    model: type[R],
    pk: Any,
    message: str | None = None,
    *,
    field: str | None = None,
    owner_id: int | None = None,
    **options: Any,
) -> R:
    """The row of `model` whose primary key is `pk` (`options` as `AsyncSession.get` takes them:
    `with_for_update`, `options`). NotFound(`message`, `field`) when there is none, or when `owner_id`
    is given and the row's `user_id` is another user's (a row of someone else is not found)."""
    row = await session.get(model, pk, **options)
    if row is None or (owner_id is not None and getattr(row, "user_id", None) != owner_id):
        raise NotFound(message, field=field)
    return row


def new(model: type[R], values: Mapping[str, Any], fields: Iterable[str]) -> R:
    """A row of `model` with the `fields` given in `values` (None: the column's default)."""
    names = set(fields)
    return model(**{k: v for k, v in values.items() if k in names and v is not None})


def assign(
    row: object, values: Mapping[str, Any], fields: Iterable[str], *, clearable: Iterable[str] = ()
) -> None:
    """Set on `row` each of `fields` given in `values`; None leaves a field as it is, unless the field
    is `clearable` (None clears it)."""
    names, cleared = set(fields), set(clearable)
    for k, v in values.items():
        if k in names and (v is not None or k in cleared):
            setattr(row, k, v)


def where_given(stmt: Select[Any], *filters: tuple[Any, Any]) -> Select[Any]:
    """`stmt` narrowed to `column == value` for each `(column, value)` whose value is given (not None).

    q = rows.where_given(select(Fault), (Fault.charger_id, charger_id), (Fault.status, status))
    """
    for column, value in filters:
        if value is not None:
            stmt = stmt.where(column == value)
    return stmt


async def keep_newest(session: AsyncSession, model: Any, keep: int, *conditions: Any) -> None:
    """Delete the rows of `model` matching `conditions` older than their `keep` newest (by `id`), as a
    bounded history is kept: a charger's events, a site's allocation changes.

    await rows.keep_newest(session, StationReport, 200, StationReport.charger_id == charger_id)
    """
    oldest_kept = await session.scalar(
        select(model.id).where(*conditions).order_by(model.id.desc()).offset(keep - 1).limit(1)
    )
    if oldest_kept is not None:
        await session.execute(delete(model).where(*conditions, model.id < oldest_kept))
