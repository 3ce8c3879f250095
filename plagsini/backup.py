"""Backup and restore of the embedded SQLite database (`plagsini backup`, `plagsini restore`).

Backup runs while nodes serve: SQLite's online backup API copies every page in one step inside a
single read transaction, so the copy is one consistent snapshot that includes everything committed
to the write-ahead log (a reader of a WAL database sees the WAL). The copy is written next to its
destination as ``*.partial``, switched to a rollback journal (one self-contained file), checked with
``PRAGMA integrity_check`` and for its Alembic revision, and only then renamed into place.

Restore refuses while a node serves on the database. ``plagsini serve`` holds a shared ``flock`` on
``<database>.serve-lock`` for as long as it runs (the kernel drops it when the process dies, even on
SIGKILL, so there is no stale state); restore takes the same lock exclusively without waiting, and a
node cannot start while a restore holds it. Restore copies the backup beside the database, checks
it (integrity, revision known to this code: a newer one is refused, an older one is migrated after
the restore), checkpoints the database it replaces and keeps it as ``<database>.replaced-<UTC time>``,
and renames the checked copy into place.

MySQL/MariaDB databases are backed up with the server's own tools (README, "Backups").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy.engine import make_url

try:  # POSIX only; the platform runs on Linux.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


class BackupError(Exception):
    """Backup or restore cannot go ahead; the message is one human-readable line."""


class NotEmbeddedError(BackupError):
    """DATABASE_URL is a MySQL/MariaDB server: its own tools back it up."""


NOT_EMBEDDED = (
    "`plagsini {command}` is for the embedded SQLite database; DATABASE_URL points to {backend}: "
    "back it up with the server's own tools (mariadb-dump --single-transaction --routines, or "
    'mariabackup), then run `plagsini migrate` after a restore; see README.md, section "Backups"'
)


def sqlite_path(database_url: str, command: str) -> Path:
    """The database file of a SQLite URL; BackupError for MySQL/MariaDB or an in-memory database."""
    url = make_url(database_url)
    backend = url.get_backend_name()
    if backend != "sqlite":
        raise NotEmbeddedError(NOT_EMBEDDED.format(command=command, backend=backend))
    db = url.database or ""
    if not db or db == ":memory:" or db.startswith("file:"):
        raise BackupError(f"DATABASE_URL {database_url!r} is not a database file")
    return Path(db)


def serve_lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".serve-lock")


def _lock(db: Path, mode: int) -> IO[bytes] | None:
    """Take the serve lock on `db` without waiting; None when another process holds it."""
    if fcntl is None:  # pragma: no cover
        raise BackupError("restore needs POSIX file locks (Linux)")
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        f = open(serve_lock_path(db), "ab")  # noqa: SIM115 - held for the life of the lock
    except OSError as e:
        raise BackupError(f"cannot open the lock file {serve_lock_path(db)}: {e.strerror}") from None
    try:
        fcntl.flock(f.fileno(), mode | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        return None
    return f


def hold_serve_lock(database_url: str) -> IO[bytes] | None:
    """For `plagsini serve`: hold a shared lock on the database's serve-lock file for the life of the
    process (several nodes may share it; a restore cannot). None for MySQL/MariaDB."""
    try:
        db = sqlite_path(database_url, "serve")
    except BackupError:
        return None
    f = _lock(db, fcntl.LOCK_SH)
    if f is None:
        raise BackupError(f"a restore is running on {db}; start the node when it has finished")
    return f


@contextlib.contextmanager
def _exclusive(db: Path) -> Iterator[None]:
    f = _lock(db, fcntl.LOCK_EX)
    if f is None:
        raise BackupError(
            f"a node is serving on {db} (it holds {serve_lock_path(db).name}); stop every node first"
        )
    try:
        yield
    finally:
        f.close()


def _utc_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check(path: Path, name: Path | None = None) -> str:
    """Integrity and Alembic revision of the SQLite file at `path` (called `name` in messages);
    returns the revision."""
    name = name or path
    try:
        con = sqlite3.connect(path)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                detail = "; ".join(str(r[0]) for r in rows[:3])
                raise BackupError(f"{name} fails the integrity check: {detail}")
            try:
                revs = con.execute("SELECT version_num FROM alembic_version").fetchall()
            except sqlite3.OperationalError:
                revs = []
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise BackupError(f"{name} is not a usable SQLite database ({e})") from None
    if len(revs) != 1:
        raise BackupError(f"{name} has no migration revision (not a PlagSini database)")
    return str(revs[0][0])


@dataclass
class BackupResult:
    path: Path
    size: int
    revision: str


def default_backup_path(var_dir: Path) -> Path:
    return var_dir / "backups" / f"plagsini-{_utc_stamp()}.db"


def backup(database_url: str, output: Path) -> BackupResult:
    """Write a consistent, checked copy of the running database to `output` (which must not exist)."""
    db = sqlite_path(database_url, "backup")
    if not db.is_file():
        raise BackupError(f"there is no database at {db}")
    if output.exists():
        raise BackupError(f"{output} exists; choose another --output")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(db, timeout=30)  # only read: the backup API never writes to its source
        try:
            dst = sqlite3.connect(partial)
            try:
                # pages=-1: all pages in one step, inside one read transaction: one snapshot.
                src.backup(dst, pages=-1)
                # The copy carries the source's WAL flag; make it one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        revision = _check(partial, output)
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, output)
        _fsync_dir(output.parent)
    except sqlite3.Error as e:
        raise BackupError(f"cannot back up {db}: {e}") from None
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(output, output.stat().st_size, revision)


@dataclass
class RestoreResult:
    database: Path
    revision: str
    migrated_to: str | None
    replaced: Path | None


def _revision_status(revision: str) -> str:
    """'head', 'older' or 'unknown' (newer than this code, or from another line of history)."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    from db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    try:
        if script.get_revision(revision) is None:
            return "unknown"
    except CommandError:
        return "unknown"
    heads = script.get_heads()
    return "head" if revision in heads else "older"


def _set_aside(db: Path) -> Path | None:
    """Checkpoint the database being replaced and move it (with any WAL) to a timestamped name."""
    if not db.exists():
        return None
    aside = db.with_name(f"{db.name}.replaced-{_utc_stamp()}")
    with contextlib.suppress(sqlite3.Error):
        con = sqlite3.connect(db, timeout=30)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
    for suffix in ("-wal", "-journal"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    os.replace(db, aside)
    return aside


def restore(database_url: str, source: Path) -> RestoreResult:
    """Put the backup at `source` in place of the database of `database_url` (no node may serve it)."""
    import asyncio

    db = sqlite_path(database_url, "restore")
    if not source.is_file():
        raise BackupError(f"there is no backup at {source}")
    db.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(db):
        staged = db.with_name(f"{db.name}.restoring")
        try:
            staged.unlink(missing_ok=True)
            # Work on a copy: the backup file itself is never opened for writing.
            with open(source, "rb") as fin, open(staged, "wb") as fout:
                while chunk := fin.read(1 << 20):
                    fout.write(chunk)
                fout.flush()
                os.fsync(fout.fileno())
            revision = _check(staged, source)
            status = _revision_status(revision)
            if status == "unknown":
                raise BackupError(
                    f"{source} is at migration revision {revision}, which this code does not know "
                    "(a newer release made it); restore it with that release"
                )
            replaced = _set_aside(db)
            os.replace(staged, db)
            _fsync_dir(db.parent)
        finally:
            staged.unlink(missing_ok=True)
        migrated_to = None
        if status == "older":
            from db.migrate import current, upgrade

            try:
                asyncio.run(upgrade(database_url, "head"))
                migrated_to = asyncio.run(current(database_url))
            except Exception as e:
                kept = f"; the replaced database is kept at {replaced}" if replaced else ""
                raise BackupError(
                    f"{source} was restored into {db} at revision {revision}, but migrating it failed "
                    f"({type(e).__name__}: {e}){kept}"
                ) from e
    return RestoreResult(db, revision, migrated_to, replaced)
