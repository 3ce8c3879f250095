"""The queries behind a paged list: one page of a filtered `Select`, and its total.

`api/relay.py` turns cursors into the bounds given here and the rows into a Relay connection; the SQL
lives here. A page is ordered either by the key (the selected entity's integer primary key, unless
another unique column is given), or by a sort expression with the key breaking ties.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.engine import read_session

#: The types the API's list fields are built from, named here so the API needs no SQLAlchemy import.
Session = AsyncSession
Query = Select[Any]


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    #: The key of each row (keyset pages only).
    keys: list[Any]
    #: One more row exists beyond the page in the direction read.
    more: bool


def key_of(stmt: Select[Any], key: Any = None) -> Any:
    """`key`, or the primary key column of the entity `stmt` selects."""
    if key is not None:
        return key
    entity = stmt.column_descriptions[0]["entity"]
    (column,) = inspect(entity).primary_key
    return getattr(entity, column.key)


def counting(stmt: Select[Any]) -> Select[Any]:
    """The statement that counts the rows of `stmt`."""
    return select(func.count()).select_from(stmt.subquery())


async def count(sessionmaker: async_sessionmaker[AsyncSession], count_stmt: Select[Any]) -> int:
    async with read_session(sessionmaker) as s:
        return int((await s.execute(count_stmt)).scalar_one())


async def keyset(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    key: Any,
    size: int,
    after: int | None,
    before: int | None,
    descending: bool,
    backward: bool,
    rows: bool = False,
) -> Page:
    """Up to `size` rows of `stmt` strictly between the keys `after` and `before` in key order
    (`descending` or not), read from the end when `backward`; returned in list order. Each is the
    selected entity, or the whole row when `rows` (a select of columns, `key` given)."""
    key = key_of(stmt, key)
    q = stmt
    if after is not None:
        q = q.where(key < after if descending else key > after)
    if before is not None:
        q = q.where(key > before if descending else key < before)
    order_desc = (not descending) if backward else descending
    q = q.order_by(key.desc() if order_desc else key.asc()).limit(size + 1)
    found = list((await session.execute(q)).all() if rows else (await session.scalars(q)).all())
    more = len(found) > size
    found = found[:size]
    if backward:
        found.reverse()
    return Page(rows=found, keys=[getattr(r, key.key) for r in found], more=more)


async def sorted_slice(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    key: Any,
    expression: Any,
    descending: bool,
    start: int,
    limit: int,
) -> Page:
    """Up to `limit` rows of `stmt` from position `start` in the order of `expression` (then the key,
    in the same direction)."""
    if not limit:
        return Page(rows=[], keys=[], more=False)
    key = key_of(stmt, key)
    ordered = stmt.order_by(
        expression.desc() if descending else expression.asc(), key.desc() if descending else key.asc()
    )
    rows = list((await session.scalars(ordered.offset(start).limit(limit + 1))).all())
    return Page(rows=rows[:limit], keys=[], more=len(rows) > limit)
