"""Shared fixtures: real services (MariaDB, Redis, SMTP), a running platform in process, and
platform nodes in subprocesses."""

from __future__ import annotations

import asyncio
import faulthandler
import itertools
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.services import IN_CI, MISSING, MariaDBServer, RedisServer, free_port, terminate

ROOT = Path(__file__).resolve().parent.parent
TEST_ADMIN_EMAIL = "admin@test.plagsini"
TEST_ADMIN_PASSWORD = "admin-password-for-tests-1"


def service_unavailable(name: str, reason: str) -> None:
    """Fail under CI, skip (and say so in the summary) elsewhere."""
    if IN_CI:
        pytest.fail(f"{name} is required under CI=true but could not be started: {reason}", pytrace=False)
    MISSING[name] = reason
    pytest.skip(f"{name} unavailable: {reason}")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (make test): a worker per core this process may use, at most 4 (each worker starts
    its own MariaDB and Redis)."""
    return max(1, min(4, len(os.sched_getaffinity(0))))


def pytest_sessionfinish(session: pytest.Session) -> None:
    # A worker of a parallel run (pytest-xdist) hands what it missed to the controller's summary.
    out = getattr(session.config, "workeroutput", None)
    if out is not None:
        out["missing_services"] = dict(MISSING)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    MISSING.update(getattr(node, "workeroutput", {}).get("missing_services", {}))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if MISSING:
        terminalreporter.write_sep(
            "!", "SERVICES MISSING: tests that need them were SKIPPED", red=True, bold=True
        )
        for name, reason in MISSING.items():
            terminalreporter.write_line(f"  {name}: {reason}", red=True)


# ---------------------------------------------------------------- hangs

#: A test (setup, call and teardown together) still running after this many seconds is stopped and
#: fails, with the stack of every asyncio task and thread on stderr: a hang costs minutes and says
#: where it waits, instead of using up the whole CI run and saying nothing.
HANG_AFTER = float(os.environ.get("PLAGSINI_TEST_HANG_AFTER", "300"))
#: And again this often after that: a teardown that hangs in its turn is stopped too.
HANG_AGAIN = float(os.environ.get("PLAGSINI_TEST_HANG_AGAIN", "60"))


def dump_tasks(title: str) -> None:
    """Print `title`, the stack of every thread, then of every task of the running event loop."""
    out = sys.stderr
    print(f"\n===== {title}; threads:", file=out, flush=True)
    faulthandler.dump_traceback(file=out, all_threads=True)
    print("===== asyncio tasks:", file=out)
    loop = asyncio._get_running_loop()
    for task in asyncio.all_tasks(loop) if loop is not None else ():
        print(f"--- {task!r}", file=out)
        task.print_stack(limit=30, file=out)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    def ran_over(signum: int, frame: Any) -> None:
        dump_tasks(f"{item.nodeid}: still running after {HANG_AFTER:.0f} s")
        raise TimeoutError(f"{item.nodeid} ran over {HANG_AFTER:.0f} s (the stacks are on stderr)")

    before = signal.signal(signal.SIGALRM, ran_over)
    signal.setitimer(signal.ITIMER_REAL, HANG_AFTER, HANG_AGAIN)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


# ---------------------------------------------------------------- services


def _session_service(factory: Callable[[], Any]) -> Iterator[Any]:
    """Start a service for the whole session; yield it, or the reason it could not start."""
    try:
        server = factory()
        server.start()
    except Exception as e:  # noqa: BLE001 - the reason is reported by the fixture that needs it
        yield f"{type(e).__name__}: {e}"
        return
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def _mariadb() -> Iterator[MariaDBServer | str]:
    yield from _session_service(MariaDBServer)


_db_counter = itertools.count(1)


@pytest.fixture
def mariadb_url(_mariadb: MariaDBServer | str) -> str:
    """A fresh, empty database on a real MariaDB server."""
    if isinstance(_mariadb, str):
        service_unavailable("MariaDB", _mariadb)
        raise AssertionError("unreachable")
    return _mariadb.create_database(f"t{os.getpid()}_{next(_db_counter)}")


@pytest.fixture(scope="session")
def _mariadb_template(_mariadb: MariaDBServer | str) -> str:
    """The name of a database on the session's MariaDB server migrated to head once (or, when the
    server is missing, the reason)."""
    if isinstance(_mariadb, str):
        return _mariadb
    from db.migrate import upgrade

    name = f"template{os.getpid()}"
    url = _mariadb.create_database(name)
    with ThreadPoolExecutor(1) as pool:  # the first test to need it may be running in an event loop
        pool.submit(asyncio.run, upgrade(url)).result()
    return name


@pytest.fixture
def migrated_mariadb_url(_mariadb: MariaDBServer | str, _mariadb_template: str) -> str:
    """A fresh database on a real MariaDB server, migrated to head (a copy of the session's template)."""
    if isinstance(_mariadb, str):
        service_unavailable("MariaDB", _mariadb)
        raise AssertionError("unreachable")
    return _mariadb.clone_database(_mariadb_template, f"t{os.getpid()}_{next(_db_counter)}")


@pytest.fixture(scope="session")
def _redis() -> Iterator[RedisServer | str]:
    yield from _session_service(RedisServer)


@pytest.fixture
def redis_url(_redis: RedisServer | str) -> str:
    """A real redis-server shared by the session, flushed before each test."""
    if isinstance(_redis, str):
        service_unavailable("Redis", _redis)
        raise AssertionError("unreachable")
    import redis

    client = redis.Redis.from_url(_redis.url)
    client.flushall()
    client.close()
    return _redis.url


@pytest.fixture
def redis_server_factory() -> Iterator[Callable[[], RedisServer]]:
    """Dedicated redis-server processes a test may stop and restart (same port)."""
    servers: list[RedisServer] = []

    def make() -> RedisServer:
        try:
            server = RedisServer()
            server.start()
        except Exception as e:  # noqa: BLE001
            service_unavailable("Redis", f"{type(e).__name__}: {e}")
            raise
        servers.append(server)
        return server

    yield make
    for s in servers:
        s.close()


class SmtpSink:
    """A real SMTP server (aiosmtpd) that keeps what it receives."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[Message] = []
        self._cond = threading.Condition()
        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                msg = message_from_bytes(envelope.content)
                msg["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
                with sink._cond:
                    sink.messages.append(msg)
                    sink._cond.notify_all()
                return "250 OK"

        self.port = free_port()
        self.host = "127.0.0.1"
        # SMTPUTF8 like real mail servers, so mail to internationalised addresses (dáve@...) arrives.
        self.controller = Controller(Handler(), hostname=self.host, port=self.port, enable_SMTPUTF8=True)
        self.controller.start()

    def _wait(self, predicate: Callable[[Message], bool], timeout: float) -> Message:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for m in self.messages:
                    if predicate(m):
                        return m
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("no matching mail arrived")
                self._cond.wait(remaining)

    async def wait_for_message(self, to: str | None = None, timeout: float = 10.0, **_: Any) -> Message:
        def match(m: Message) -> bool:
            return to is None or to.lower() in (m.get("X-Envelope-To", "") + m.get("To", "")).lower()

        return await asyncio.to_thread(self._wait, match, timeout)

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    try:
        yield sink
    finally:
        sink.stop()


# ---------------------------------------------------------------- database


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite database, copied for each test that needs one."""
    from db.migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "template.db"
    # In a thread of its own: the first test to need it may be running in an event loop already.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, upgrade(f"sqlite+aiosqlite:///{path}")).result()
    return path


@pytest.fixture
def db_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A fresh, migrated SQLite database."""
    target = tmp_path / "plagsini.db"
    shutil.copy(_sqlite_template, target)
    return f"sqlite+aiosqlite:///{target}"


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def sessions(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    """A sessionmaker on a fresh, migrated database: once on SQLite, once on MariaDB."""
    from db.engine import make_engine, make_sessionmaker

    if request.param == "sqlite":
        url = str(request.getfixturevalue("db_url"))  # a copy of the migrated template
    else:
        url = str(request.getfixturevalue("migrated_mariadb_url"))
    engine = make_engine(url)
    try:
        yield make_sessionmaker(engine)
    finally:
        await engine.dispose()


# ---------------------------------------------------------------- platform in process


@dataclass
class RunningServer:
    platform: Any
    http_url: str
    ocpp_url: str
    ws_url: str
    _task: asyncio.Task[Any]
    _server: Any
    _client: httpx.AsyncClient = field(init=False)

    def __post_init__(self) -> None:
        self._client = httpx.AsyncClient(base_url=self.http_url, timeout=30)

    @property
    def http(self) -> httpx.AsyncClient:
        return self._client

    async def graphql(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        r = await self._client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        return dict(r.json())

    async def background_done(self) -> None:
        """Wait for the work the OCPP server has spawned so far to end (e.g. the device-model fetch
        after a 2.0.1 boot, which records the station's answer after the test's station sent it)."""
        await asyncio.gather(*self.platform.ocpp.spawned(), return_exceptions=True)

    async def close(self) -> None:
        from domain.tasks import cancel_and_wait
        from plagsini.runtime import stop_services

        async def slow() -> None:  # a stop that takes this long shows what it waits on
            await asyncio.sleep(20)
            dump_tasks("the test server's stop still waits after 20 s")

        watch = asyncio.create_task(slow())
        try:
            await self._client.aclose()
            self._server.should_exit = True
            # uvicorn waits for open HTTP connections: at most 15 s, then it is cancelled (wait_for
            # raised TimeoutError there, which the stop did not expect).
            done, _ = await asyncio.wait({self._task}, timeout=15)
            if not done:
                await cancel_and_wait(self._task, ignore_errors=True)
            await stop_services(self.platform)
            await self.platform.close()
        finally:
            watch.cancel()


async def start_server(db_url: str, tmp_path: Path, **overrides: Any) -> RunningServer:
    import uvicorn

    from plagsini.app import build_app
    from plagsini.overrides.uvicorn_ws import GraphQLWebSocketProtocol
    from plagsini.platform import Platform
    from plagsini.runtime import start_services
    from plagsini.server import bind_socket, check_bus, prepare
    from plagsini.settings import load_settings

    values: dict[str, Any] = {
        "database_url": db_url,
        "broadcast_url": "memory://",
        "http_host": "127.0.0.1",
        "http_port": 0,
        "ocpp_host": "127.0.0.1",
        "ocpp_port": 0,
        "var_dir": tmp_path / "var",
        "secret_key": "test-secret-key-" + "x" * 32,
        "admin_email": TEST_ADMIN_EMAIL,
        "admin_password": TEST_ADMIN_PASSWORD,
        "admin_spa_dir": ROOT / "admin_spa" / "dist",
        "driver_pwa_dir": ROOT / "driver_pwa" / "dist",
        "heartbeat_interval": 60,
        "ocpp_call_timeout": 5.0,
    }
    values.update(overrides)
    settings = load_settings(**values)
    platform = Platform.create(settings)
    http_sock = bind_socket(settings.http_host, settings.http_port, "HTTP")
    ocpp_sock = (
        bind_socket(settings.ocpp_host, settings.ocpp_port, "OCPP")
        if settings.role in ("all", "ocpp")
        else None
    )
    await prepare(platform, migrate=True)
    await check_bus(platform)
    await start_services(platform, ocpp_sock=ocpp_sock)
    app = build_app(platform)
    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", ws_ping_interval=None, ws=GraphQLWebSocketProtocol
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[http_sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    http_port = http_sock.getsockname()[1]
    ocpp_port = ocpp_sock.getsockname()[1] if ocpp_sock else 0
    return RunningServer(
        platform=platform,
        http_url=f"http://127.0.0.1:{http_port}",
        ocpp_url=f"ws://127.0.0.1:{ocpp_port}",
        ws_url=f"ws://127.0.0.1:{http_port}/graphql",
        _task=task,
        _server=server,
    )


@pytest.fixture
async def server_factory(db_url: str, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """Start platforms in this test's event loop: `await server_factory(**settings)`."""
    started: list[RunningServer] = []
    counter = itertools.count()

    async def make(**overrides: Any) -> RunningServer:
        url = overrides.pop("database_url", db_url)
        s = await start_server(url, tmp_path / f"node{next(counter)}", **overrides)
        started.append(s)
        return s

    yield make
    for s in reversed(started):
        await s.close()


@pytest.fixture
async def server(server_factory: Callable[..., Any]) -> RunningServer:
    """A running platform (SQLite, memory bus) on free loopback ports."""
    return await server_factory()  # type: ignore[no-any-return]


# ---------------------------------------------------------------- platform nodes in subprocesses


@dataclass
class Node:
    proc: subprocess.Popen[bytes]
    http_url: str
    ocpp_url: str
    ws_url: str
    log_path: Path

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        terminate(self.proc, 15)


def wait_healthy(node: Node, timeout: float) -> None:
    """Wait until the node answers /healthz (it binds its ports before migrating)."""
    deadline = time.monotonic() + timeout
    # One client for every probe: each httpx.get() builds a client (and its TLS context), ~30 ms of
    # CPU taken from the starting node ten times a second.
    with httpx.Client(timeout=2) as client:
        while True:
            if node.proc.poll() is not None:
                raise RuntimeError(f"exited with {node.proc.returncode}")
            try:
                if client.get(node.http_url + "/healthz").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"no answer on /healthz within {timeout}s")
            time.sleep(0.1)


@pytest.fixture
def spawn_node(tmp_path: Path, _sqlite_template: Path) -> Iterator[Callable[..., Node]]:
    """Start `plagsini serve` in a subprocess: `spawn_node(DATABASE_URL=..., BROADCAST_URL=..., ROLE=...)`.

    The default SQLite database (tmp_path / "nodes.db") starts as a copy of the migrated template
    when the test has not made it itself, so the first node does not run every migration again."""
    nodes: list[Node] = []
    counter = itertools.count()
    default_db = tmp_path / "nodes.db"

    def spawn(**env_overrides: str) -> Node:
        n = next(counter)
        http_port, ocpp_port = free_port(), free_port()
        if (
            env_overrides.get("DATABASE_URL", f"sqlite+aiosqlite:///{default_db}")
            == (f"sqlite+aiosqlite:///{default_db}")
            and not default_db.exists()
        ):
            shutil.copy(_sqlite_template, default_db)
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite+aiosqlite:///{default_db}",
            "BROADCAST_URL": "memory://",
            "HTTP_HOST": "127.0.0.1",
            "HTTP_PORT": str(http_port),
            "OCPP_HOST": "127.0.0.1",
            "OCPP_PORT": str(ocpp_port),
            "VAR_DIR": str(tmp_path / f"var{n}"),
            "SECRET_KEY": "test-secret-key-" + "x" * 32,
            "ADMIN_EMAIL": TEST_ADMIN_EMAIL,
            "ADMIN_PASSWORD": TEST_ADMIN_PASSWORD,
            "NODE_ID": f"node{n}",
            "LOG_LEVEL": "warning",
            "PYTHONUNBUFFERED": "1",
        }
        env.update(env_overrides)
        log_path = tmp_path / f"node{n}.log"
        proc = subprocess.Popen(
            [sys.executable, "-m", "plagsini", "serve"],
            cwd=ROOT,
            env=env,
            stdout=open(log_path, "wb"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        port = int(env["HTTP_PORT"])
        node = Node(
            proc=proc,
            http_url=f"http://127.0.0.1:{port}",
            ocpp_url=f"ws://127.0.0.1:{env['OCPP_PORT']}",
            ws_url=f"ws://127.0.0.1:{port}/graphql",
            log_path=log_path,
        )
        nodes.append(node)
        try:
            wait_healthy(node, 60)
        except Exception as e:
            raise RuntimeError(f"node did not start: {e}\n{node.output()}") from e
        return node

    yield spawn
    for node in nodes:
        node.stop()
