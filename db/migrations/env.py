"""Alembic environment (async).

Where the database comes from, first match wins:
1. ``config.attributes["connection"]``: a *sync* ``Connection`` (e.g. from ``AsyncConnection.run_sync``),
   which is how ``db/migrate.py`` (the app, ``plagsini migrate``, the tests) runs migrations;
2. ``-x url=...`` on the alembic command line;
3. ``sqlalchemy.url`` set on the Config;
4. the ``DATABASE_URL`` environment variable (default: the embedded SQLite database).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.types import JSON, String, Text, TypeEngine

import db.models  # noqa: F401  (registers every table)
from db.base import Base
from db.engine import make_engine
from db.models import UTCDateTime

config = context.config
target_metadata = Base.metadata

DEFAULT_URL = "sqlite+aiosqlite:///./var/plagsini.db"


def _url() -> str:
    x = context.get_x_argument(as_dictionary=True)
    return (
        x.get("url")
        or config.get_main_option("sqlalchemy.url")
        or os.environ.get("DATABASE_URL")
        or DEFAULT_URL
    )


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render our TypeDecorators as plain SQLAlchemy types so migrations never import db.models."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        autogen_context.imports.add("from sqlalchemy.dialects import mysql")
        return "sa.DateTime(timezone=True).with_variant(mysql.DATETIME(timezone=True, fsp=6), 'mysql')"
    return False


def compare_type(
    ctx: Any,
    inspected_column: Any,
    metadata_column: Any,
    inspected_type: TypeEngine[Any],
    metadata_type: TypeEngine[Any],
) -> bool | None:
    # MariaDB stores JSON as LONGTEXT (+ CHECK json_valid); reflection sees LONGTEXT. Not a change.
    if isinstance(metadata_type, JSON) and type(inspected_type).__name__ in ("LONGTEXT", "JSON"):
        return False
    # Text(n) on MariaDB becomes the smallest TEXT type holding n utf8mb4 characters (e.g. LONGTEXT).
    if (
        isinstance(metadata_type, Text)
        and metadata_type.length
        and type(inspected_type).__name__ in ("TEXT", "MEDIUMTEXT", "LONGTEXT")
    ):
        return False
    # A column that names its collation on MySQL/MariaDB (the email columns: binary) must have it;
    # Alembic does not compare collations by itself.
    if ctx.dialect.name in ("mysql", "mariadb") and isinstance(metadata_type, String):
        wanted = getattr(metadata_type.dialect_impl(ctx.dialect), "collation", None)
        if wanted is not None and getattr(inspected_type, "collation", None) != wanted:
            return True
    return None  # default comparison


def process_revision_directives(ctx: Any, revision: Any, directives: list[Any]) -> None:
    """Drop only the tables in a downgrade: their indexes go with them.

    (Dropping an index first fails on MariaDB when a foreign key needs it.)
    """
    from alembic.operations import ops

    for script in directives:
        for downgrade in script.downgrade_ops_list:
            dropped = {o.table_name for o in downgrade.ops if isinstance(o, ops.DropTableOp)}
            kept = []
            for o in downgrade.ops:
                if isinstance(o, ops.DropIndexOp) and o.table_name in dropped:
                    continue
                if isinstance(o, ops.ModifyTableOps) and o.table_name in dropped:
                    o.ops = [sub for sub in o.ops if not isinstance(sub, ops.DropIndexOp)]
                    if not o.ops:
                        continue
                kept.append(o)
            downgrade.ops = kept


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=compare_type,
        render_item=render_item,
        process_revision_directives=process_revision_directives,
    )


def do_run_migrations(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch operations recreate a table (copy, drop, rename); with foreign keys enforced the drop
        # of a table other rows refer to fails. Off for the run (before any transaction, as SQLite
        # requires), and every reference is checked before the commit.
        cursor = connection.connection.cursor()  # the DB-API connection: no BEGIN before it
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.close()
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign keys broken by the migration: {broken[:10]}")


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
        compare_type=compare_type,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations() -> None:
    engine = make_engine(_url(), poolclass=pool.NullPool)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(do_run_migrations)
            await connection.commit()
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        do_run_migrations(connection)
        return
    asyncio.run(run_async_migrations())


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
