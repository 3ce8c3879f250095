"""`plagsini serve`: the HTTP app and the OCPP endpoint in one asyncio process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from typing import Any

import uvicorn
from sqlalchemy import text

from plagsini.listen import Listeners, bind_listeners
from plagsini.listen import bind_socket as bind_socket  # where the tests and callers find it
from plagsini.logs import announce
from plagsini.platform import Platform
from plagsini.settings import ConfigError, Settings

log = logging.getLogger("plagsini")


async def check_database(platform: Platform) -> None:
    try:
        async with asyncio.timeout(15):
            async with platform.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
    except Exception as e:  # noqa: BLE001 - turned into one line
        reason = str(getattr(e, "orig", None) or e).splitlines()[0] if str(e) else type(e).__name__
        url = platform.engine.url.render_as_string(hide_password=True)
        raise ConfigError(f"DATABASE_URL {url}: cannot connect ({reason})") from None


async def check_bus(platform: Platform) -> None:
    try:
        async with asyncio.timeout(10):
            await platform.start()
            if not await platform.bus.ping():
                raise RuntimeError("no answer")
    except Exception as e:  # noqa: BLE001
        raise ConfigError(f"BROADCAST_URL {platform.settings.broadcast_url}: cannot connect ({e})") from None


async def prepare(platform: Platform, *, migrate: bool) -> None:
    """Check the database, migrate it when asked, create the first admin."""
    from db.engine import is_sqlite
    from db.migrate import upgrade
    from domain.bootstrap import ensure_admin

    await check_database(platform)
    if migrate or is_sqlite(platform.settings.database_url):
        await upgrade(platform.settings.database_url)
    password = await ensure_admin(platform)
    if password:
        # Printed once, on first start; the admin changes it after logging in.
        announce(
            f"plagsini: created admin {platform.settings.admin_email} with generated password: {password}"
        )


def payment_gateway_lines(settings: Settings) -> list[str]:
    """What start-up says about the payment gateway in force (PAYMENT_GATEWAY)."""
    gateway = settings.active_payment_gateway
    if gateway is None:
        return ["plagsini: payment gateway: none configured (top-ups are refused; set PAYMENT_GATEWAY)"]
    if gateway == "sandbox":
        lines = ["plagsini: payment gateway: sandbox (test payments only, no real money moves)"]
        if settings.is_production:
            lines.append(
                "plagsini: WARNING: the sandbox payment gateway is served in production "
                "(PAYMENT_GATEWAY=sandbox); its checkout pages need an admin's signed link"
            )
        return lines
    return [f"plagsini: payment gateway: {gateway}"]


async def run_demo_chargers(
    platform: Platform, ocpp_port: int, n: int, stop: asyncio.Event, protocol: str = "ocpp1.6"
) -> None:
    """Register and connect N simulated chargers to this node (development only)."""
    from domain.demo import ensure_simulated_chargers
    from firmware.simulator import run_simulator

    await ensure_simulated_chargers(platform.sessionmaker, n)
    await run_simulator(
        f"ws://127.0.0.1:{ocpp_port}",
        n,
        scenario="mixed",
        store_dir=str(platform.settings.var_dir / "simulator"),
        stop_event=stop,
        protocol=protocol,
    )


def metrics_note(settings: Settings, metrics_sock: socket.socket | None) -> str:
    """Where /metrics is served and how it is protected (one start-up line)."""
    token = ", bearer token required" if settings.metrics_token else ""
    if metrics_sock is not None:
        host, port = metrics_sock.getsockname()[:2]
        return f"metrics on http://{host}:{port}/metrics only{token}"
    if settings.metrics_token:
        return f"metrics on the HTTP port{token}"
    if settings.is_production:
        return "metrics not served (set METRICS_TOKEN or METRICS_PORT)"
    return "metrics on the HTTP port without authentication (development)"


#: A node still stopping this long after SIGTERM says what it waits on, and again at that interval.
STOP_REPORT_SECONDS = 5.0


def watch_stop(loop: asyncio.AbstractEventLoop) -> None:
    """From the first exit signal: if the node has not stopped within STOP_REPORT_SECONDS, log a
    warning naming each task still running and the line it waits at, and again every
    STOP_REPORT_SECONDS (an orchestrator kills a node that takes too long; the log says what held it)."""
    loop.call_later(STOP_REPORT_SECONDS, _report_stop, loop, loop.time())


def _report_stop(loop: asyncio.AbstractEventLoop, since: float) -> None:
    waiting = []
    for task in asyncio.all_tasks(loop):
        coro: Any = task.get_coro()
        where = "?"
        while coro is not None:  # down the await chain to the innermost coroutine still suspended
            frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
            if frame is None:
                break
            where = f"{frame.f_code.co_qualname} {frame.f_code.co_filename}:{frame.f_lineno}"
            coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
        awaited = getattr(task, "_fut_waiter", None)  # asyncio's Task: the future it is blocked on
        if isinstance(awaited, asyncio.Task):
            where += f", awaiting {awaited.get_name()}"
        waiting.append(f"{task.get_name()} at {where}")
    log.warning(
        "node still stopping %.0f s after the signal; waiting on: %s",
        loop.time() - since,
        "; ".join(sorted(waiting)) or "nothing",
    )
    loop.call_later(STOP_REPORT_SECONDS, _report_stop, loop, since)


async def serve(
    settings: Settings,
    simulate: int = 0,
    simulate_protocol: str = "ocpp1.6",
    listeners: Listeners | None = None,
) -> None:
    """`listeners`: bound already (`plagsini serve` binds them before importing this module)."""
    platform = Platform.create(settings)
    bound = listeners or bind_listeners(settings)
    http_sock, ocpp_sock, metrics_sock = bound.http, bound.ocpp, bound.metrics
    if metrics_sock is not None:
        platform.metrics_listener = metrics_sock.getsockname()[:2]
    try:
        await prepare(platform, migrate=False)
        await check_bus(platform)
    except BaseException:
        bound.close()
        await platform.engine.dispose()
        raise

    from plagsini import tracing
    from plagsini.runtime import start_services, stop_services

    tracing.setup(settings.otel_exporter_otlp_endpoint, platform.node_id)

    # The OCPP endpoint serves (the database is ready) before the HTTP app is imported and built
    # (the GraphQL schema: a second or more): after a restart, chargers reconnecting with backoff
    # are admitted sooner, and fewer of their attempts fail into a longer wait.
    await start_services(platform, ocpp_sock=ocpp_sock)
    from plagsini.app import build_app
    from plagsini.overrides.uvicorn_drain import DrainingServer
    from plagsini.overrides.uvicorn_ws import GraphQLWebSocketProtocol

    app = build_app(platform)
    config = uvicorn.Config(
        app,
        log_level=settings.log_level,
        lifespan="off",
        ws_ping_interval=20,
        ws_ping_timeout=20,
        # The client address behind a proxy is TRUSTED_PROXIES' business (plagsini/web_security.py);
        # uvicorn's own handling would believe X-Forwarded-For from 127.0.0.1 whatever the setting.
        proxy_headers=False,
        ws_max_size=settings.max_body_bytes,
        # permessage-deflate without server context takeover: one compression of an event for all
        # its subscribers (plagsini/overrides/uvicorn_ws.py).
        ws=GraphQLWebSocketProtocol,
        server_header=False,
        # Under LOG_FORMAT=json uvicorn's loggers (the access log too) go through our JSON handler.
        log_config=None if settings.log_format == "json" else uvicorn.config.LOGGING_CONFIG,
    )
    # SIGTERM drains: new connections refused at once, requests on accepted ones still answered.
    server = DrainingServer(config, on_exit=lambda: watch_stop(asyncio.get_running_loop()))

    http_port = http_sock.getsockname()[1]
    parts = [f"http://{settings.http_host}:{http_port}/graphql"]
    if ocpp_sock:
        parts.append(f"ocpp ws://{settings.ocpp_host}:{ocpp_sock.getsockname()[1]}/<chargePointId>")
    announce(f"plagsini: node {platform.node_id} ({settings.role}) serving " + ", ".join(parts))
    announce(f"plagsini: {metrics_note(settings, metrics_sock)}")
    for line in payment_gateway_lines(settings):
        announce(line)
    demo_stop = asyncio.Event()
    demo: asyncio.Task[None] | None = None
    if simulate and ocpp_sock is not None:
        if settings.is_production:
            raise ConfigError("--simulate is for development only (ENVIRONMENT=production)")
        demo = asyncio.create_task(
            run_demo_chargers(platform, ocpp_sock.getsockname()[1], simulate, demo_stop, simulate_protocol)
        )
        announce(f"plagsini: connecting {simulate} simulated {simulate_protocol} chargers (SIM001...)")
    from plagsini.gcpolicy import GcPolicy

    gc_policy = GcPolicy()
    gc_policy.start()
    try:
        await server.serve(sockets=[http_sock] + ([metrics_sock] if metrics_sock else []))
    finally:
        await gc_policy.stop()
        if demo is not None:
            demo_stop.set()
            with contextlib.suppress(asyncio.TimeoutError, Exception):
                async with asyncio.timeout(10):
                    await demo
        await stop_services(platform)
        await platform.close()
        tracing.shutdown()
