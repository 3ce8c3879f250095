"""Async engine and session factory for SQLite (aiosqlite) and MySQL/MariaDB (asyncmy)."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sync_url(url: str) -> str:
    """The synchronous driver URL for the same database (used by Alembic's offline tooling)."""
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        return u.set(drivername="sqlite").render_as_string(hide_password=False)
    if backend in ("mysql", "mariadb"):
        return u.set(drivername=f"{backend}+pymysql").render_as_string(hide_password=False)
    return u.render_as_string(hide_password=False)


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the async engine. SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        db = u.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_async_engine(url, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let the "begin" hook below open transactions explicitly (pysqlite's own handling is off).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # Take the write lock at BEGIN so concurrent writers queue instead of failing on upgrade;
            # a read-only session (`read_session`) takes a plain snapshot and never queues for it, and
            # its connection refuses writes (PRAGMA query_only, switched only when the connection
            # changes between reading and writing), so a write in a read session fails at once instead
            # of upgrading the snapshot's lock when it happens to be free.
            read_only = bool(conn.get_execution_options().get(READ_ONLY))
            state = conn.connection.info  # lives as long as the database connection
            if state.get("query_only", False) is not read_only:
                conn.exec_driver_sql(f"PRAGMA query_only={int(read_only)}")
                state["query_only"] = read_only
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_recycle", 1800)
    kwargs.setdefault("isolation_level", "READ COMMITTED")
    return create_async_engine(url, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that are units of work (`domain.uow`); the composition root gives the factory its
    outlets (``sessionmaker.configure(outlets=..., settings=...)``)."""
    from domain.uow import UnitOfWork

    return async_sessionmaker(engine, class_=UnitOfWork, expire_on_commit=False)


#: Execution option marking a read-only connection (SQLite: a deferred BEGIN, no write lock).
READ_ONLY = "plagsini_read_only"

_read_engines: weakref.WeakKeyDictionary[AsyncEngine, AsyncEngine] = weakref.WeakKeyDictionary()


def read_session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncSession:
    """A session for reads only. On SQLite every other transaction takes the single write lock at
    BEGIN (BEGIN IMMEDIATE), so a read in one would queue behind every writer; this one reads a WAL
    snapshot instead. It must not write (an upgrade to a write can fail with "database is locked").
    On other databases it is an ordinary session."""
    bind = sessionmaker.kw.get("bind")
    if not isinstance(bind, AsyncEngine) or bind.dialect.name != "sqlite":
        return sessionmaker()
    ro = _read_engines.get(bind)
    if ro is None:
        ro = _read_engines[bind] = bind.execution_options(**{READ_ONLY: True})
    return sessionmaker(bind=ro)
