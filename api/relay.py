"""Relay-style pagination and opaque global IDs, shared by every area.

Global IDs: `encode_id("User", 42)` -> an opaque string; `decode_id(gid, "User")` -> 42, raising
`domain.errors.NotFound` for anything malformed or of another type (so a wrong id looks exactly
like a missing object).

Connections: declare a field returning `Connection[MyType]` (named `MyTypeConnection` in the
schema) and build it with `await list_page(info, stmt, to_node=MyType.from_model, first=first,
after=after, last=last, before=before)` (or `paginate` in a session of the caller's), where `stmt`
is the filtered `Select` of a read model in `domain/`. Cursors are opaque keyset cursors on a
unique, monotonically increasing column (the primary key), so pages stay stable while rows are
inserted; the page's SQL is in `domain/read_models/paging.py`. `paginate_list` does the same for an
in-memory list.
"""

from __future__ import annotations

import base64
import binascii
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import strawberry

from db.engine import read_session
from domain.errors import InvalidInput, NotFound
from domain.read_models import paging
from domain.read_models.paging import Query, Session

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _b64e(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def b64d(s: str) -> str:
    try:
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError("bad base64") from None


def encode_id(type_name: str, pk: int | str) -> strawberry.ID:
    return strawberry.ID(_b64e(f"{type_name}:{pk}"))


def decode_id_str(gid: str | None, type_name: str | tuple[str, ...], *, field: str | None = "id") -> str:
    names = (type_name,) if isinstance(type_name, str) else type_name
    if not gid or len(gid) > 200:
        raise NotFound(field=field)
    try:
        kind, _, pk = b64d(str(gid)).partition(":")
    except ValueError:
        raise NotFound(field=field) from None
    if kind not in names or not pk:
        raise NotFound(field=field)
    return pk


def decode_id(gid: str | None, type_name: str | tuple[str, ...], *, field: str | None = "id") -> int:
    """The integer primary key inside an opaque ID of `type_name`; NotFound when it is not one."""
    pk = decode_id_str(gid, type_name, field=field)
    if not pk.isdigit() or len(pk) > 19:
        raise NotFound(field=field)
    return int(pk)


def decode_id_typed(gid: str | None, *, field: str | None = "id") -> tuple[str, str]:
    """(type name, key) of any opaque ID."""
    if not gid:
        raise NotFound(field=field)
    try:
        kind, _, pk = b64d(str(gid)).partition(":")
    except ValueError:
        raise NotFound(field=field) from None
    if not kind or not pk:
        raise NotFound(field=field)
    return kind, pk


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    #: The total, when known up front; else `count_stmt` (a SELECT count(*)) counts it, only when a
    #: client asks for totalCount (counting a driver's 100,000 sessions for every page is not free).
    total: strawberry.Private[int | None] = None
    count_stmt: strawberry.Private[Any] = None

    @strawberry.field(description="Number of items matching the filter, across all pages.")
    async def total_count(self, info: strawberry.Info) -> int:
        if self.total is None:
            if self.count_stmt is None:
                return len(self.edges)
            self.total = await paging.count(info.context.platform.sessionmaker, self.count_stmt)
        return self.total

    @strawberry.field(description="The nodes of `edges`, for clients that do not need cursors.")
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


def encode_cursor(key: int | str) -> str:
    return _b64e(f"cursor:{key}")


def _cursor_parts(cursor: str, field: str) -> tuple[str, str]:
    try:
        kind, _, raw = b64d(cursor).partition(":")
    except ValueError:
        raise InvalidInput("Invalid cursor.", field=field) from None
    return kind, raw


def decode_cursor(cursor: str, *, field: str) -> int:
    kind, raw = _cursor_parts(cursor, field)
    if kind != "cursor" or not raw.lstrip("-").isdigit():
        raise InvalidInput("Invalid cursor.", field=field)
    return int(raw)


def _connection(
    edges: list[Edge[T]], *, has_prev: bool, has_next: bool, total: int | None, count_stmt: Any = None
) -> Connection[T]:
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=has_prev,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total=total,
        count_stmt=count_stmt,
    )


def _page_size(first: int | None, last: int | None) -> tuple[int, bool]:
    if first is not None and last is not None:
        raise InvalidInput("Pass either first or last, not both.", field="first")
    for name, value in (("first", first), ("last", last)):
        if value is not None and not (0 <= value <= MAX_PAGE_SIZE):
            raise InvalidInput(f"{name} must be between 0 and {MAX_PAGE_SIZE}.", field=name)
    if last is not None:
        return last, True
    return (first if first is not None else DEFAULT_PAGE_SIZE), False


def page_window(
    first: int | None, after: str | None, last: int | None = None, before: str | None = None
) -> dict[str, Any]:
    """A list field's four Relay arguments, passed on as `paginate(..., **page_window(...))`."""
    return {"first": first, "after": after, "last": last, "before": before}


async def list_page(
    info: Any, stmt: Query, *, to_node: Callable[[Any], T], **paging_args: Any
) -> Connection[T]:
    """A list field's page of `stmt` (`paginate`'s arguments but the session), read in a read-only
    snapshot of its own: a list never queues for SQLite's write lock (`db.engine.read_session`)."""
    async with read_session(info.context.platform.sessionmaker) as session:
        return await paginate(session, stmt, to_node=to_node, **paging_args)


async def paginate(
    session: Session,
    stmt: Query,
    *,
    key: Any = None,
    to_node: Callable[[Any], T],
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
    descending: bool = True,
    count: bool = True,
    order: Sort | None = None,
    rows: bool = False,
) -> Connection[T]:
    """A page of `stmt` (a select of one entity) ordered by its primary key (or the unique integer
    column `key`), or by `order` (an expression and a direction; the key breaks ties) with position
    cursors. With `rows`, `stmt` selects columns (give `key`; no `order`) and `to_node` gets rows."""
    size, backward = _page_size(first, last)
    count_stmt = paging.counting(stmt) if count else None
    if order is not None:
        if rows:
            raise ValueError("paginate: rows with an order is not supported")
        return await _paginate_sorted(
            session, stmt, key, to_node, order, size, backward, after, before, count_stmt
        )
    page = await paging.keyset(
        session,
        stmt,
        key=key,
        size=size,
        after=decode_cursor(after, field="after") if after is not None else None,
        before=decode_cursor(before, field="before") if before is not None else None,
        descending=descending,
        backward=backward,
        rows=rows,
    )
    edges = [
        Edge(cursor=encode_cursor(k), node=to_node(r)) for k, r in zip(page.keys, page.rows, strict=True)
    ]
    if backward:
        has_prev, has_next = page.more, before is not None
    else:
        has_prev, has_next = after is not None, page.more
    # Everything fitted on one page: that is the count, no query needed.
    total = len(edges) if not count or (not page.more and after is None and before is None) else None
    return _connection(edges, has_prev=has_prev, has_next=has_next, total=total, count_stmt=count_stmt)


@strawberry.enum(description="Sort direction.")
class SortDirection(enum.Enum):
    ASC = "asc"
    DESC = "desc"


@dataclass(frozen=True)
class Sort:
    """Order a page by `expression` (then by the key, in the same direction)."""

    expression: Any
    direction: SortDirection = SortDirection.DESC


def sort_of(table: dict[str, Any], order: Any) -> Sort | None:
    """The `Sort` of a list's `orderBy` input (a `field` enum whose values are keys of `table`, and a
    `direction`), or None when none was given."""
    if order is None:
        return None
    return Sort(table[order.field.value], order.direction)


def encode_position(position: int) -> str:
    return _b64e(f"position:{position}")


def decode_position(cursor: str, *, field: str) -> int:
    kind, raw = _cursor_parts(cursor, field)
    if kind != "position" or not raw.isdigit() or len(raw) > 9:
        raise InvalidInput(
            "Invalid cursor (this list is sorted: page it with the cursors it gave).", field=field
        )
    return int(raw)


async def _paginate_sorted(
    session: Session,
    stmt: Query,
    key: Any,
    to_node: Callable[[Any], T],
    order: Sort,
    size: int,
    backward: bool,
    after: str | None,
    before: str | None,
    count_stmt: Any,
) -> Connection[T]:
    """A page in the order `order`; cursors are positions in that order (a row added meanwhile can
    shift a row to the next page: fine for an operator's sorted table)."""
    start = decode_position(after, field="after") + 1 if after is not None else 0
    end = decode_position(before, field="before") if before is not None else None
    if backward:
        if end is None:
            raise InvalidInput("A sorted list pages backward from a cursor: pass before.", field="last")
        start = max(0, end - size)
        limit = end - start
    else:
        limit = size if end is None else max(0, min(size, end - start))
    page = await paging.sorted_slice(
        session,
        stmt,
        key=key,
        expression=order.expression,
        descending=order.direction is SortDirection.DESC,
        start=start,
        limit=limit,
    )
    rows, more = page.rows, page.more
    edges = [Edge(cursor=encode_position(start + i), node=to_node(r)) for i, r in enumerate(rows)]
    return _connection(
        edges,
        has_prev=start > 0,
        has_next=more or (end is not None and start + len(rows) < end),
        total=len(edges) if start == 0 and not more and end is None else None,
        count_stmt=count_stmt,
    )


def paginate_list(
    items: Sequence[Any],
    *,
    key: Callable[[Any], int],
    to_node: Callable[[Any], T],
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    """The same contract over an already ordered in-memory list (`key` unique per item)."""
    size, backward = _page_size(first, last)
    keys = [key(i) for i in items]
    start, end = 0, len(items)
    if after is not None:
        a = decode_cursor(after, field="after")
        start = keys.index(a) + 1 if a in keys else len(items)
    if before is not None:
        b = decode_cursor(before, field="before")
        end = keys.index(b) if b in keys else 0
    window = list(range(start, max(start, end)))
    chosen = window[-size:] if backward else window[:size]
    if size == 0:
        chosen = []
    edges = [Edge(cursor=encode_cursor(keys[i]), node=to_node(items[i])) for i in chosen]
    more = len(window) > len(chosen)
    has_prev = more if backward else after is not None and start > 0
    has_next = (before is not None and end < len(items)) if backward else more
    return _connection(edges, has_prev=has_prev, has_next=has_next, total=len(items))
