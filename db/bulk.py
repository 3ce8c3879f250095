"""Multi-row INSERTs for the hot write paths (sampled meter values, the OCPP message log) without
SQLAlchemy's per-parameter machinery.

`insert_rows(conn, Model, rows)` stores what `conn.execute(insert(Model), rows)` stores: every value
goes through its column type's bind processor for the connection's dialect, and a column left out
of the rows gets its Python-side default. What it saves is the generic work around that, which was
about a tenth of a node's time under a MeterValues flood:

- the statement and the list of processors are built once per (table, columns, dialect);
- equal timestamps are converted once (the sampled values of one reading share theirs), and a
  callable default such as `created_at`'s is evaluated once per call, not once per row;
- rows go to the driver as tuples through one `executemany`.

Rows that leave out different columns are inserted in groups of equal columns. Anything else it
does not handle (SQL-expression defaults, a paramstyle other than qmark/format/pyformat) falls back
to `conn.execute(insert(Model), rows)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection

Converter = Callable[[Any], Any] | None

_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    #: One converter per key of the rows (None: the value goes to the driver as it is).
    converters: tuple[Converter, ...]
    #: Columns the rows leave out that have a Python-side default: (default, its converter).
    defaults: tuple[tuple[Any, Converter], ...]


_plans: dict[tuple[int, tuple[str, ...], str, str], _Plan | None] = {}


def _memo_last(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`process` that converts a value equal to the previous one only once."""
    last: list[Any] = [object(), None]

    def convert(value: Any) -> Any:
        if value is last[0] or value == last[0]:
            return last[1]
        out = process(value)
        last[0], last[1] = value, out
        return out

    return convert


def _converter(column: Any, dialect: Dialect) -> Converter:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    try:
        is_datetime = column.type.python_type is dt.datetime
    except NotImplementedError:
        is_datetime = False
    return _memo_last(process) if is_datetime else process


def _plan(table: Table, keys: tuple[str, ...], dialect: Dialect) -> _Plan | None:
    placeholder = _PLACEHOLDERS.get(str(dialect.paramstyle))
    if placeholder is None:
        return None
    columns = table.c
    if any(k not in columns for k in keys):
        return None
    defaults: list[tuple[str, Any]] = []
    for column in columns:
        if column.name in keys or column.default is None:
            continue
        default = column.default
        if not (getattr(default, "is_scalar", False) or getattr(default, "is_callable", False)):
            return None  # a SQL expression or sequence: leave it to SQLAlchemy
        defaults.append((column.name, default))
    names = [*keys, *(name for name, _ in defaults)]
    prep = dialect.identifier_preparer
    sql = (
        f"INSERT INTO {prep.format_table(table)} ({', '.join(prep.quote(n) for n in names)}) "
        f"VALUES ({', '.join([placeholder] * len(names))})"
    )
    return _Plan(
        sql,
        tuple(_converter(columns[k], dialect) for k in keys),
        tuple((default, _converter(columns[name], dialect)) for name, default in defaults),
    )


def _default_value(default: Any) -> Any:
    if getattr(default, "is_callable", False):
        # Column-default callables take an execution context; ours (utcnow) ignore it.
        return default.arg(None)
    return default.arg


async def insert_rows(conn: AsyncConnection, model: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT every row (dicts keyed by column name) of `model`'s table in one executemany."""
    if not rows:
        return
    table: Table = model.__table__
    keys = tuple(rows[0])
    if any(len(r) != len(keys) or r.keys() != rows[0].keys() for r in rows):
        # Rows that leave out different columns: one INSERT per set of columns.
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault(tuple(sorted(r)), []).append(r)
        for group in groups.values():
            await insert_rows(conn, model, group)
        return
    dialect = conn.dialect
    cache_key = (id(table), keys, dialect.name, str(dialect.paramstyle))
    plan = _plans.get(cache_key)
    if plan is None and cache_key not in _plans:
        plan = _plans[cache_key] = _plan(table, keys, dialect)
    if plan is None:
        await conn.execute(insert(model), rows)
        return
    tail = tuple(
        convert(value) if convert is not None else value
        for value, convert in ((_default_value(d), c) for d, c in plan.defaults)
    )
    converters = plan.converters
    params = []
    for row in rows:
        values = [row[k] for k in keys]  # by name: rows may list their keys in another order
        converted = (v if c is None or v is None else c(v) for v, c in zip(values, converters, strict=True))
        params.append((*converted, *tail))
    await conn.exec_driver_sql(plan.sql, params)
