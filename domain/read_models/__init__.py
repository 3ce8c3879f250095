"""Read models: the queries behind the API's lists and lookups, one module per area.

Resolvers authorize, call one of these, and map the rows to GraphQL types; they run no SQL of their
own. A function here takes an AsyncSession and plain values and returns ORM rows or dataclasses; one
that feeds a Relay connection returns the filtered `Select`; `paging` runs its pages (the API's
`paginate` turns cursors into bounds and rows into a connection).
Writes and business rules stay in the domain module of their area."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_

#: How much of a search text is used.
MAX_SEARCH = 100


def contains_any(search: str, *columns: Any) -> ColumnElement[bool]:
    """A list's free-text search: any of `columns` contains `search` (case-insensitive)."""
    like = f"%{search.strip()[:MAX_SEARCH]}%"
    return or_(*(column.ilike(like) for column in columns))
