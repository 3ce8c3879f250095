"""The `plagsini` command: serve, migrate, simulate, create-admin, export-schema, backup, restore."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TypeVar

from plagsini.settings import ConfigError, Settings, load_settings

T = TypeVar("T")


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    for name in ("role", "http_port", "ocpp_port", "database_url", "broadcast_url"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return load_settings(**overrides)


def _configure_logging(level: str, fmt: str = "text") -> None:
    from plagsini import logs

    logs.configure(level, fmt)


def _cmd_serve(args: argparse.Namespace) -> None:
    from plagsini.listen import bind_listeners

    settings = _settings(args)
    # Bound before the server's modules are imported (a second or two): a charger reconnecting to
    # a restarting node waits in the backlog from here on instead of being refused.
    listeners = bind_listeners(settings)
    try:
        from plagsini.server import serve

        _configure_logging(settings.log_level, settings.log_format)
        # On the embedded database: a shared lock for the life of the process, so that
        # `plagsini restore` can tell that a node is serving (plagsini/backup.py).
        lock = _serve_lock(settings)
    except BaseException:
        listeners.close()
        raise
    try:
        asyncio.run(
            serve(
                settings,
                simulate=args.simulate,
                simulate_protocol=args.simulate_protocol,
                listeners=listeners,
            )
        )
    finally:
        if lock is not None:
            lock.close()
    # Stopped cleanly: everything is closed and written (the database, the bus, the spans), so the
    # process leaves without the interpreter's teardown, which frees every object one by one (~2 s
    # for a node: the schema, the models, the frozen heap) while a restart waits for the process to end.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _serve_lock(settings: Settings) -> IO[bytes] | None:
    from plagsini.backup import BackupError, hold_serve_lock

    try:
        return hold_serve_lock(settings.database_url)
    except BackupError as e:
        raise ConfigError(str(e)) from None


def _backup_step(failure: str, step: Callable[[], T]) -> T:
    """Runs a backup or restore; on error prints one line and exits (2: the database is not
    embedded, 1: the step itself failed)."""
    from plagsini.backup import BackupError, NotEmbeddedError

    try:
        return step()
    except NotEmbeddedError as e:
        print(f"plagsini: {e}", file=sys.stderr, flush=True)
        sys.exit(2)
    except BackupError as e:
        print(f"plagsini: {failure}: {e}", file=sys.stderr, flush=True)
        sys.exit(1)


def _cmd_backup(args: argparse.Namespace) -> None:
    from plagsini.backup import backup, default_backup_path

    settings = _settings(args)
    output = Path(args.output) if args.output else default_backup_path(settings.var_dir)
    result = _backup_step("backup failed", lambda: backup(settings.database_url, output))
    print(
        f"plagsini: backup written to {result.path} ({result.size} bytes, "
        f"migration revision {result.revision}, integrity ok)",
        flush=True,
    )


def _cmd_restore(args: argparse.Namespace) -> None:
    from plagsini.backup import restore

    settings = _settings(args)
    result = _backup_step("restore refused", lambda: restore(settings.database_url, Path(args.path)))
    msg = f"plagsini: restored {args.path} into {result.database} (migration revision {result.revision}"
    msg += f", migrated to {result.migrated_to})" if result.migrated_to else ")"
    if result.replaced is not None:
        msg += f"; the replaced database is kept at {result.replaced}"
    print(msg, flush=True)


def _cmd_migrate(args: argparse.Namespace) -> None:
    from db.migrate import downgrade, upgrade
    from plagsini.platform import Platform
    from plagsini.server import check_database

    settings = _settings(args)

    async def run() -> None:
        platform = Platform.create(settings)
        try:
            await check_database(platform)
        finally:
            await platform.engine.dispose()
        if args.downgrade:
            await downgrade(settings.database_url, args.downgrade)
        else:
            await upgrade(settings.database_url, args.revision)

    asyncio.run(run())
    print("plagsini: database migrated", flush=True)


def _cmd_create_admin(args: argparse.Namespace) -> None:
    from domain.bootstrap import create_admin
    from plagsini.platform import Platform
    from plagsini.server import prepare

    settings = _settings(args)

    async def run() -> str | None:
        platform = Platform.create(settings)
        try:
            await prepare(platform, migrate=True)
            return await create_admin(platform, email=args.email, name=args.name, password=args.password)
        finally:
            await platform.engine.dispose()

    from domain.errors import DomainError

    try:
        generated = asyncio.run(run())
    except DomainError as e:
        raise ConfigError(f"--{e.field or 'email'}: {e.message}") from None
    msg = f"plagsini: admin {args.email} is ready"
    print(msg + (f"; generated password: {generated}" if generated else ""), flush=True)


def _cmd_simulate(args: argparse.Namespace) -> None:
    from firmware.simulator import run_simulator

    _configure_logging("info")
    try:
        asyncio.run(
            run_simulator(
                args.url,
                args.chargers,
                scenario=args.scenario,
                id_prefix=args.prefix,
                auth_key=args.auth_key,
                duration=args.duration,
                protocol=args.protocol,
            )
        )
    except KeyboardInterrupt:
        pass


def _cmd_export_schema(_: argparse.Namespace) -> None:
    from api.export_schema import SCHEMA_PATH
    from api.schema import export_sdl

    SCHEMA_PATH.write_text(export_sdl())
    print(f"plagsini: wrote {SCHEMA_PATH}")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="plagsini", description="PlagSini EV charging platform")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="serve GraphQL, the front ends and the OCPP endpoint")
    s.add_argument("--role", choices=["all", "api", "ocpp"], help="what this node serves (ROLE)")
    s.add_argument("--http-port", type=int, help="HTTP port (HTTP_PORT)")
    s.add_argument("--ocpp-port", type=int, help="OCPP WebSocket port (OCPP_PORT)")
    s.add_argument(
        "--simulate", type=int, default=0, metavar="N", help="also connect N simulated chargers (development)"
    )
    s.add_argument(
        "--simulate-protocol",
        choices=["ocpp1.6", "ocpp2.0.1"],
        default="ocpp1.6",
        help="the OCPP version the simulated chargers speak",
    )
    s.set_defaults(func=_cmd_serve)

    m = sub.add_parser("migrate", help="apply database migrations")
    m.add_argument("--revision", default="head")
    m.add_argument("--downgrade", metavar="REVISION", help="downgrade to REVISION (e.g. base)")
    m.set_defaults(func=_cmd_migrate)

    a = sub.add_parser("create-admin", help="create or promote an admin account")
    a.add_argument("--email", required=True)
    a.add_argument("--name", default="Admin")
    a.add_argument("--password", help="omit to generate a strong one")
    a.set_defaults(func=_cmd_create_admin)

    sim = sub.add_parser("simulate", help="run simulated chargers against a central system")
    sim.add_argument("--url", default="ws://localhost:9000")
    sim.add_argument("--chargers", type=int, default=1)
    sim.add_argument("--scenario", default="charge")
    sim.add_argument(
        "--protocol", choices=["ocpp1.6", "ocpp2.0.1"], default="ocpp1.6", help="OCPP version spoken"
    )
    sim.add_argument("--prefix", default="SIM")
    sim.add_argument("--auth-key", default=None, help="Basic-auth password (security profile 1/2)")
    sim.add_argument("--duration", type=float, default=None, help="seconds to run (default: until Ctrl-C)")
    sim.set_defaults(func=_cmd_simulate)

    b = sub.add_parser(
        "backup", help="write a consistent copy of the embedded SQLite database (while it runs)"
    )
    b.add_argument(
        "--output", metavar="PATH", help="where to write it (default: VAR_DIR/backups/plagsini-<UTC>.db)"
    )
    b.set_defaults(func=_cmd_backup)

    r = sub.add_parser("restore", help="replace the embedded SQLite database with a backup (nodes stopped)")
    r.add_argument("path", metavar="PATH", help="a file written by `plagsini backup`")
    r.set_defaults(func=_cmd_restore)

    e = sub.add_parser("export-schema", help="write api/schema.graphql")
    e.set_defaults(func=_cmd_export_schema)
    return p


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except ConfigError as e:
        print(f"plagsini: configuration error: {e}", file=sys.stderr, flush=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
