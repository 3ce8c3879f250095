"""One test per library override in `plagsini/overrides/`, plus the public interfaces that replaced
the former ones. Each checks that the library internal the override relies on is still there, that
the library still behaves the way that made the override necessary (so an upstream fix is noticed and
the override deleted), and that the override has its effect. Run these first when raising a pin."""

from __future__ import annotations

import asyncio
import asyncio.sslproto
import datetime as dt
import enum
import inspect
import re
import ssl
import sys
import tomllib
from collections.abc import AsyncGenerator
from importlib import metadata
from pathlib import Path
from typing import Any

import broadcaster
import httpx
import pytest
import strawberry
from graphql.execution.executor import Executor
from graphql.execution.incremental.incremental_executor import IncrementalExecutor
from sqlalchemy import create_engine
from sqlalchemy.pool import QueuePool
from strawberry.extensions import FieldExtension, MaskErrors
from strawberry.permission import BasePermission
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from plagsini import overrides
from plagsini.bus import EventBus, LocalBackend
from plagsini.overrides import asyncio_ssl, graphql_executor, mask_errors, sqlalchemy_pool, uvicorn_ws
from plagsini.redis_backend import ResilientRedisBackend
from tests.helpers.tls import self_signed

ROOT = Path(__file__).resolve().parents[1]

# -- pins ------------------------------------------------------------------------------------------


def _pins() -> dict[str, str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = {}
    for dep in deps:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)(\[[^\]]*\])?==([^;\s]+)", dep.strip())
        if m:
            pins[m.group(1).lower()] = m.group(3)
    return pins


@pytest.mark.parametrize("library", sorted(overrides.WRITTEN_FOR))
def test_an_overridden_library_is_pinned_to_the_version_the_override_was_written_for(library: str) -> None:
    assert _pins().get(library) == overrides.WRITTEN_FOR[library], "pin it in pyproject.toml with =="
    assert metadata.version(library) == overrides.WRITTEN_FOR[library], "the installed version differs"


@pytest.mark.parametrize("library", ["broadcaster", "ocpp"])
def test_libraries_used_through_their_public_interfaces_are_pinned_too(library: str) -> None:
    assert _pins().get(library) == metadata.version(library)


# -- graphql-core: per-event memo caches -----------------------------------------------------------


@strawberry.type
class _Inner:
    value: int


@strawberry.type
class _Reading:
    inner: _Inner
    items: list[_Inner]


@strawberry.type
class _Query:
    ok: bool = True


EVENTS = 40


@strawberry.type
class _Subscription:
    @strawberry.subscription
    async def readings(self) -> AsyncGenerator[_Reading, None]:
        for i in range(EVENTS):
            yield _Reading(inner=_Inner(value=i), items=[_Inner(value=i)])


async def _memo_sizes_after_events(base: type[StrawberryGraphQLCoreExecutionContext]) -> dict[str, int]:
    """Runs a subscription of EVENTS events through an executor class derived from `base`; returns
    the size of each memo cache of the operation's executor afterwards."""
    operation_executors: list[Any] = []

    class Recording(base):  # type: ignore[valid-type,misc]
        def build_per_event_executor(self, payload: Any) -> Any:
            operation_executors.append(self)
            return super().build_per_event_executor(payload)

    schema = strawberry.Schema(query=_Query, subscription=_Subscription, execution_context_class=Recording)
    stream = await schema.subscribe("subscription { readings { inner { value } items { value } } }")
    values = []
    async for result in stream:  # type: ignore[union-attr]
        assert not result.errors and result.data is not None
        values.append(result.data["readings"]["inner"]["value"])
    assert values == list(range(EVENTS))
    (executor,) = set(operation_executors)
    return {name: len(getattr(executor, name)) for name in graphql_executor.PER_EXECUTION_MEMOS}


def test_graphql_core_still_has_the_memo_caches_the_override_replaces() -> None:
    for name in ("_relevant_sub_fields", "_stream_usages"):
        assert f"self.{name}" in inspect.getsource(Executor.__init__), name
    for name in ("_initial_execution_plans", "_deferred_execution_plans"):
        assert f"self.{name}" in inspect.getsource(IncrementalExecutor.__init__), name
    assert list(inspect.signature(Executor.build_per_event_executor).parameters) == ["self", "payload"]


async def test_without_the_override_a_subscription_grows_per_event() -> None:
    """The reason for the override: when this fails, graphql-core stopped sharing its memo caches with
    per-event executors, and `FreshMemoExecutionContext` can go."""
    sizes = await _memo_sizes_after_events(StrawberryGraphQLCoreExecutionContext)
    assert sizes["_relevant_sub_fields"] >= EVENTS


async def test_with_the_override_the_operations_memo_caches_stay_empty() -> None:
    sizes = await _memo_sizes_after_events(graphql_executor.FreshMemoExecutionContext)
    assert sizes == dict.fromkeys(graphql_executor.PER_EXECUTION_MEMOS, 0)


def test_the_schema_executor_carries_the_override() -> None:
    from api.fanout import SharedEventExecutor

    assert issubclass(SharedEventExecutor, graphql_executor.FreshMemoExecutionContext)


# -- graphql-core: plain scalar fields without the per-field machinery ------------------------------


class _Colour(enum.Enum):
    RED = "red"


class _PlusHundred(FieldExtension):
    def resolve(self, next_: Any, source: Any, info: Any, **kwargs: Any) -> Any:
        return next_(source, info, **kwargs) + 100


class _Deny(BasePermission):
    message = "no"

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        return info is not None and source.n == 1


@strawberry.type(name="PlainItem")
class _Plain:
    n: int
    maybe: str | None
    colour: _Colour
    when: dt.datetime
    broken: int  # None at run time: a non-null field that resolves to null
    extended: int = strawberry.field(default=0, extensions=[_PlusHundred()])
    checked: int = strawberry.field(default=0, permission_classes=[_Deny])

    @strawberry.field
    def computed(self, info: strawberry.Info) -> int:
        return self.n + 1


def _plain_items() -> list[_Plain]:
    when = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)
    return [
        _Plain(n=1, maybe="a", colour=_Colour.RED, when=when, broken=1),
        _Plain(n=2, maybe=None, colour=_Colour.RED, when=when, broken=None),  # type: ignore[arg-type]
    ]


@strawberry.type
class _PlainQuery:
    @strawberry.field
    def items(self) -> list[_Plain]:
        return _plain_items()

    @strawberry.field
    def loose(self) -> list[_Plain | None]:
        return list(_plain_items())


_PLAIN_QUERY = (
    "{ items { n maybe colour when extended computed } loose { n broken } denied: loose { checked } }"
)


def test_graphql_core_and_strawberry_still_have_what_the_plain_leaf_path_relies_on() -> None:
    source = inspect.getsource(Executor.execute_field)
    assert "self.build_resolve_info(" in source and "self.complete_value(" in source
    assert "coerce_output_value" in inspect.getsource(Executor.complete_leaf_value)
    schema = strawberry.Schema(query=_PlainQuery)._schema
    fields = schema.get_type("PlainItem").fields  # type: ignore[union-attr]
    assert fields["n"].resolve.__name__ == "_get_basic_result"  # type: ignore[union-attr]
    # A field without a resolver function but with permission classes is marked default too: the
    # override must not take it for a plain one.
    assert fields["checked"].resolve.__name__ != "_get_basic_result"  # type: ignore[union-attr]
    assert getattr(fields["checked"].resolve, "_is_default", False) is True
    definition = fields["n"].extensions["strawberry-definition"]
    assert definition.python_name == "n" and definition.default_resolver is getattr
    manager = strawberry.Schema(query=_PlainQuery)._get_middleware_manager([])
    assert manager._middleware_resolvers is None


def test_plain_leaf_fields_answer_and_fail_exactly_as_without_the_override() -> None:
    """The override takes the short path for n, maybe, colour, when; `extended` (a field extension),
    `checked` (permission classes), `computed` (a resolver) and `broken` (null on a non-null field) go
    the usual way."""
    answers = []
    for executor in (StrawberryGraphQLCoreExecutionContext, graphql_executor.PlainLeafExecutionContext):
        schema = strawberry.Schema(query=_PlainQuery, execution_context_class=executor)
        result = schema.execute_sync(_PLAIN_QUERY)
        answers.append((result.data, [(e.message, e.path) for e in result.errors or []]))
    assert answers[0] == answers[1]
    data, errors = answers[1]
    assert data is not None and data["items"][0] == {
        "n": 1,
        "maybe": "a",
        "colour": "RED",
        "when": "2026-12-06T12:00:00+00:00",
        "extended": 100,
        "computed": 2,
    }
    assert data["loose"] == [{"n": 1, "broken": 1}, None]
    assert data["denied"] == [{"checked": 0}, None]
    assert sorted(errors) == [
        ("Cannot return null for non-nullable field PlainItem.broken.", ["loose", 1, "broken"]),
        ("no", ["denied", 1, "checked"]),
    ]


def test_a_schema_with_another_default_resolver_keeps_it() -> None:
    def doubled(source: Any, name: str) -> Any:
        value = getattr(source, name)
        return value * 2 if isinstance(value, int) else value

    answers = []
    for executor in (StrawberryGraphQLCoreExecutionContext, graphql_executor.PlainLeafExecutionContext):
        config = StrawberryConfig(default_resolver=doubled)
        schema = strawberry.Schema(query=_PlainQuery, execution_context_class=executor, config=config)
        answers.append(schema.execute_sync("{ items { n } }").data)
    assert answers[0] == answers[1] == {"items": [{"n": 2}, {"n": 4}]}


def test_plain_leaf_fields_skip_the_resolve_info() -> None:
    built: list[str] = []

    class Counting(graphql_executor.PlainLeafExecutionContext):
        def build_resolve_info(self, field_def: Any, field_nodes: Any, parent_type: Any, path: Any) -> Any:
            built.append(field_nodes[0].name.value)
            return super().build_resolve_info(field_def, field_nodes, parent_type, path)

    schema = strawberry.Schema(query=_PlainQuery, execution_context_class=Counting)
    assert not schema.execute_sync("{ items { n maybe colour when computed } }").errors
    assert sorted(set(built)) == ["computed", "items"]


# -- graphql-core: plain object fields without the resolve info -------------------------------------


@strawberry.type(name="PlainInner")
class _ObjInner:
    v: int
    w: int  # None at run time in some: a non-null field that resolves to null

    @strawberry.field
    async def later(self) -> int:
        if self.v == 3:
            raise _Boom("later failed")
        return self.v * 10


@strawberry.interface(name="PlainShape")
class _Shape:
    v: int


@strawberry.type(name="PlainSquare")
class _Square(_Shape):
    pass


@strawberry.type(name="PlainOuter")
class _Outer:
    inner: _ObjInner
    maybe: _ObjInner | None
    inners: list[_ObjInner]
    square: _Square  # implements an interface: strawberry gives it `is_type_of`, not taken


def _outers() -> list[_Outer]:
    def inner(v: int, w: int | None) -> _ObjInner:
        return _ObjInner(v=v, w=w)  # type: ignore[arg-type]

    return [
        _Outer(
            inner=inner(1, 1), maybe=inner(2, 2), inners=[inner(1, 1), inner(2, None)], square=_Square(v=1)
        ),
        _Outer(inner=inner(2, None), maybe=inner(3, None), inners=[], square=_Square(v=2)),
        _Outer(inner=None, maybe=None, inners=[inner(3, 3)], square=_Square(v=3)),  # type: ignore[arg-type]
        _Outer(inner=inner(3, 3), maybe=inner(3, 3), inners=[], square="not a square"),  # type: ignore[arg-type]
    ]


@strawberry.type
class _OuterQuery:
    @strawberry.field
    def outers(self) -> list[_Outer | None]:
        return list[_Outer | None](_outers())

    @strawberry.field
    def strict(self) -> list[_Outer]:
        return _outers()[:2]

    @strawberry.field
    def one(self) -> _Outer:
        return _outers()[0]

    @strawberry.field
    def shape(self) -> _Shape:
        return _Square(v=5)


_OUTER_QUERIES = (
    "{ outers { inner { v } maybe { v } inners { v } square { v } } }",
    "{ outers { inner { v w } } }",  # a null in a non-null field of a non-null object: the outer is null
    "{ outers { maybe { v w } } }",  # ... of a nullable object: that object is null
    "{ outers { maybe { v later } inner { later } } }",  # awaited sub-fields, one failing
    "{ outers { square { v } } }",  # an object with is_type_of that does not match
    "{ strict { inner { w } } }",  # the error propagates through a list of non-null items
    "{ one { inner { v w later } maybe { __typename v } } shape { v } }",
    "{ one { inner { v } i2: inner { w } ... on PlainOuter { inner { later } } } }",  # merged selections
)


def _run_outer(executor: type, query: str) -> tuple[Any, list[tuple[str, Any]]]:
    schema = strawberry.Schema(query=_OuterQuery, types=[_Square], execution_context_class=executor)
    result = asyncio.run(schema.execute(query))
    return result.data, sorted((e.message, e.path) for e in result.errors or [])


@pytest.mark.parametrize("query", _OUTER_QUERIES)
def test_plain_object_fields_answer_and_fail_exactly_as_without_the_override(query: str) -> None:
    """Data, errors and their paths are the same with both executors, for nulls in non-null fields
    (inside and of the object), errors of awaited sub-fields, lists, and objects with `is_type_of`."""
    before = _run_outer(StrawberryGraphQLCoreExecutionContext, query)
    after = _run_outer(graphql_executor.PlainLeafExecutionContext, query)
    assert after == before


def test_the_plain_object_cases_do_fail_where_expected() -> None:
    """The comparison above compares failures, not only successes."""
    data, errors = _run_outer(graphql_executor.PlainLeafExecutionContext, _OUTER_QUERIES[1])
    assert data == {"outers": [{"inner": {"v": 1, "w": 1}}, None, None, {"inner": {"v": 3, "w": 3}}]}
    assert errors == [
        ("Cannot return null for non-nullable field PlainInner.w.", ["outers", 1, "inner", "w"]),
        ("Cannot return null for non-nullable field PlainOuter.inner.", ["outers", 2, "inner"]),
    ]
    data, errors = _run_outer(graphql_executor.PlainLeafExecutionContext, _OUTER_QUERIES[3])
    assert data is not None and data["outers"][2] is None
    assert ("later failed", ["outers", 3, "inner", "later"]) in errors
    data, errors = _run_outer(graphql_executor.PlainLeafExecutionContext, _OUTER_QUERIES[5])
    assert data is None and errors == [
        ("Cannot return null for non-nullable field PlainInner.w.", ["strict", 1, "inner", "w"])
    ]


def test_graphql_core_still_completes_objects_as_the_plain_object_path_does() -> None:
    source = inspect.getsource(Executor.complete_object_value)
    assert "return_type.is_type_of" in source and "self.collect_and_execute_subfields(" in source
    source = inspect.getsource(Executor.execute_field)
    assert "self.handle_field_error(" in source and "await_completed" in source
    schema = strawberry.Schema(query=_OuterQuery, types=[_Square])._schema
    assert schema.get_type("PlainInner").is_type_of is None  # type: ignore[union-attr]
    assert schema.get_type("PlainSquare").is_type_of is not None  # type: ignore[union-attr]


def test_plain_object_fields_skip_the_resolve_info() -> None:
    built: list[str] = []

    class Counting(graphql_executor.PlainLeafExecutionContext):
        def build_resolve_info(self, field_def: Any, field_nodes: Any, parent_type: Any, path: Any) -> Any:
            built.append(field_nodes[0].name.value)
            return super().build_resolve_info(field_def, field_nodes, parent_type, path)

    schema = strawberry.Schema(query=_OuterQuery, types=[_Square], execution_context_class=Counting)
    assert not schema.execute_sync("{ one { inner { v } maybe { v } inners { v } square { v } } }").errors
    assert sorted(set(built)) == ["inners", "one", "square"]


def test_the_schema_executor_takes_the_plain_leaf_path() -> None:
    from api.fanout import SharedEventExecutor

    assert issubclass(SharedEventExecutor, graphql_executor.PlainLeafExecutionContext)


# -- Strawberry: MaskErrors fast path ----------------------------------------------------------------


class _Boom(Exception):
    pass


@strawberry.type
class _Tick:
    n: int

    @strawberry.field
    def risky(self) -> int:
        if self.n == 2:
            raise _Boom("secret detail")
        return self.n


@strawberry.type
class _TickSubscription:
    @strawberry.subscription
    async def ticks(self) -> AsyncGenerator[_Tick, None]:
        for n in range(4):
            yield _Tick(n=n)


def test_strawberry_mask_errors_still_routes_stream_results_through_the_overridden_method() -> None:
    assert list(inspect.signature(MaskErrors._process_stream_result).parameters) == ["self", "result"]
    assert "self._process_stream_result(result)" in inspect.getsource(MaskErrors.on_stream_result)
    assert MaskErrors._process_result.__qualname__ == "MaskErrors._process_result"


async def test_mask_unexpected_errors_masks_a_failing_event_and_skips_clean_ones() -> None:
    checked: list[Any] = []

    class Counting(mask_errors.MaskUnexpectedErrors):
        def _process_result(self, result: object) -> None:
            checked.append(result)
            super()._process_result(result)

    schema = strawberry.Schema(
        query=_Query,
        subscription=_TickSubscription,
        extensions=[lambda: Counting(error_message="Internal server error.")],
    )
    stream = await schema.subscribe("subscription { ticks { n risky } }")
    results = [r async for r in stream]  # type: ignore[union-attr]
    assert [r.data["ticks"] if r.data else None for r in results] == [
        {"n": 0, "risky": 0},
        {"n": 1, "risky": 1},
        None,
        {"n": 3, "risky": 3},
    ]
    (failed,) = [r for r in results if r.errors]
    assert [e.message for e in failed.errors or []] == ["Internal server error."]
    # Only the event with an error went through the library's general check.
    assert checked == [failed]


# -- SQLAlchemy: a QueuePool's connection limit --------------------------------------------------------


def test_sqlalchemy_queue_pool_still_keeps_its_overflow_allowance_privately(tmp_path: Path) -> None:
    engine = create_engine(
        f"sqlite:///{tmp_path / 'pool.db'}", poolclass=QueuePool, pool_size=3, max_overflow=4
    )
    try:
        pool = engine.pool
        assert isinstance(pool, QueuePool)
        assert pool._max_overflow == 4
        # When this fails, SQLAlchemy has a public accessor: use it and delete the override.
        assert not [n for n in dir(pool) if "max_overflow" in n and not n.startswith("_")]
        assert sqlalchemy_pool.pool_limit(pool) == 7
        with pytest.raises(AttributeError):
            sqlalchemy_pool.pool_limit(object())  # a pool without counters
    finally:
        engine.dispose()


def test_a_nodes_metrics_report_its_pool_limit(spawn_node: Any) -> None:
    """SQLAlchemy's default pool (size 5, overflow 10) as a running node reports it on /metrics."""
    node = spawn_node()
    lines = httpx.get(f"{node.http_url}/metrics").text.splitlines()
    assert 'plagsini_db_pool_connections{state="limit"} 15.0' in lines


# -- asyncio: the peer of a failed TLS handshake ----------------------------------------------------


def test_asyncio_still_drives_handshakes_from_its_ssl_protocol_holding_the_transport_privately() -> None:
    assert sys.version_info[:2] == overrides.WRITTEN_FOR_PYTHON, "asyncio_ssl was written for this Python"
    protocol = asyncio.sslproto.SSLProtocol
    assert "self._transport = transport" in inspect.getsource(protocol.connection_made)
    assert "self._sslobj.do_handshake()" in inspect.getsource(vars(protocol)["_do_handshake"])
    # When this fails, asyncio's SSL protocol offers its transport publicly: use that instead.
    assert not [n for n in dir(protocol) if "transport" in n.lower() and not n.startswith("_")]


async def test_a_failed_handshake_is_reported_with_the_peers_address(tmp_path: Path) -> None:
    """A client speaking plain HTTP to a TLS listener whose context uses `observing`: the failure is
    reported with the client's address (None here means the override no longer finds the protocol)."""
    cert, key = self_signed(tmp_path)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    reported: asyncio.Queue[tuple[str | None, str]] = asyncio.Queue()
    ctx.sslobject_class = asyncio_ssl.observing(lambda remote, reason: reported.put_nowait((remote, reason)))

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=ctx)
    try:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await writer.drain()
        remote, reason = await asyncio.wait_for(reported.get(), timeout=10)
        writer.close()
    finally:
        server.close()
    assert remote == "127.0.0.1"
    assert reason


# -- public interfaces that replaced former overrides ------------------------------------------------


def test_broadcaster_exports_the_backend_interface_our_backends_implement() -> None:
    assert "BroadcastBackend" in broadcaster.__all__ and "Event" in broadcaster.__all__
    for backend in (LocalBackend, ResilientRedisBackend):
        assert issubclass(backend, broadcaster.BroadcastBackend)
        for name in ("connect", "disconnect", "subscribe", "unsubscribe", "publish", "next_published"):
            assert inspect.iscoroutinefunction(getattr(backend, name)), (backend, name)


async def test_the_local_bus_delivers_through_its_own_backend() -> None:
    bus = EventBus("memory://")
    assert isinstance(bus.backend, LocalBackend)
    await bus.connect()
    try:
        async with bus.subscribe("a") as sub:
            assert await bus.publish("b", {"skipped": True})
            assert await bus.publish("a", {"n": 1})
            assert await anext(sub) == {"n": 1}
    finally:
        await bus.disconnect()


def test_the_ocpp_library_ships_the_schemas_of_every_action_we_validate() -> None:
    from ocpp_server import protocol as p

    schema_dir = Path(p.SCHEMA_DIR)
    for action in p.ALL_ACTIONS:
        assert (schema_dir / f"{action}.json").is_file(), action
        assert (schema_dir / f"{action}Response.json").is_file(), action


def test_uvicorn_sends_a_websocket_text_frame_the_way_the_direct_writer_does() -> None:
    """`uvicorn_ws.text_writer` repeats the `websocket.send` branch of uvicorn's sans-io protocol;
    `tests/realtime/test_fanout.py` checks that frames reach clients that way across the node."""
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

    send = inspect.getsource(WebSocketsSansIOProtocol.send)
    assert "await self.writable.wait()" in send
    assert "self.conn.send_text(text_data.encode())" in send
    assert 'self.transport.write(b"".join(output))' in send
    init = inspect.getsource(WebSocketsSansIOProtocol.__init__)
    for name in ("close_sent", "disconnected", "handshake_complete", "initial_response", "writable"):
        assert f"self.{name}" in init, name


@pytest.mark.parametrize("length", [0, 1, 125, 126, 127, 65535, 65536, 70000])
def test_the_direct_writers_frame_is_the_one_websockets_writes(length: int) -> None:
    """Without an extension the direct writer frames the text itself (`frame_for`); the bytes must be
    those of websockets' `ServerProtocol.send_text` on an open connection, at each boundary of the
    length's encoding (7, 16 and 64 bits)."""
    from websockets.protocol import State
    from websockets.server import ServerProtocol

    conn = ServerProtocol(state=State.OPEN)
    text = ("é" * length).encode()[:length]
    conn.send_text(text)
    cut = length // 3
    assert b"".join(conn.data_to_send()) == uvicorn_ws.frame_for(conn, text[:cut], text[cut:])


def _deflate_pair() -> tuple[Any, Any]:
    """A server connection as `GraphQLWebSocketProtocol` builds it and a websockets client that asks
    for permessage-deflate with its defaults (as browsers ask), after their opening handshake."""
    from websockets.client import ClientProtocol
    from websockets.extensions.permessage_deflate import enable_client_permessage_deflate
    from websockets.uri import parse_uri

    client = ClientProtocol(parse_uri("ws://node/graphql"), extensions=enable_client_permessage_deflate(None))
    request = client.connect()
    client.send_request(request)
    server = _graphql_server_protocol()
    server.receive_data(b"".join(client.data_to_send()))
    (got,) = server.events_received()
    server.send_response(server.accept(got))
    client.receive_data(b"".join(server.data_to_send()))
    client.events_received()
    return server, client


def _graphql_server_protocol() -> Any:
    """The websockets connection of a `GraphQLWebSocketProtocol` (built by it, without a socket)."""
    import uvicorn
    from uvicorn.server import ServerState

    async def app(scope: Any, receive: Any, send: Any) -> None:  # pragma: no cover - never called
        pass

    config = uvicorn.Config(app, ws=uvicorn_ws.GraphQLWebSocketProtocol)
    config.load()
    loop = asyncio.new_event_loop()
    try:
        return uvicorn_ws.GraphQLWebSocketProtocol(config, ServerState(), {}, _loop=loop).conn
    finally:
        loop.close()


def test_compressed_frames_are_shared_and_read_between_the_protocols_own() -> None:
    """A browser asks for permessage-deflate; the node answers without context takeover, so the
    direct writer sends one compression of an event's shared part to every subscriber, behind
    each one's own prefix. The client reads those frames, of every length, and the messages websockets
    compressed itself in between (which start afresh too, so no frame refers to one it cannot see)."""
    from websockets.protocol import State

    server, client = _deflate_pair()
    (mine,) = server.extensions
    assert mine.local_no_context_takeover and mine.remote_no_context_takeover
    assert mine.local_max_window_bits == mine.remote_max_window_bits == 12
    (theirs,) = client.extensions
    assert theirs.remote_no_context_takeover and theirs.local_no_context_takeover

    expected: list[str] = []
    for n in (0, 3, 40, 2_000, 30_000):  # frames under 126 bytes, to 64 KiB and over it
        shared = ('"energyWh": 1234.5, ' * n + "}}").encode()
        misses = uvicorn_ws.deflated.misses
        for op in ("1", "b3a2c1d0-5e4f-4a1b-9c8d-7e6f5a4b3c2d"):
            prefix = f'{{"id": "{op}", "payload": {{'.encode()
            frame = uvicorn_ws.frame_for(server, prefix, shared)
            assert frame is not None and frame[0] == 0xC1  # FIN, RSV1 (compressed), text
            client.receive_data(frame)
            expected.append((prefix + shared).decode())
        assert uvicorn_ws.deflated.misses - misses == 1  # compressed once for both operations
        server.send_text(b'{"type": "ping"}' * (n + 1))
        client.receive_data(b"".join(server.data_to_send()))
        expected.append('{"type": "ping"}' * (n + 1))
    assert [e.data.decode() for e in client.events_received()] == expected
    assert client.state is State.OPEN and client.parser_exc is None


def test_another_extension_leaves_the_frame_to_websockets() -> None:
    """permessage-deflate with server context takeover (the node's compressor keeps history the
    client relies on) cannot take a shared compression: `frame_for` declines and the writer uses the
    connection's own `send_text`."""
    from websockets.extensions.permessage_deflate import PerMessageDeflate
    from websockets.protocol import State
    from websockets.server import ServerProtocol

    conn = ServerProtocol(state=State.OPEN)
    conn.extensions = [PerMessageDeflate(False, False, 12, 12, {"memLevel": 5})]
    assert uvicorn_ws.frame_for(conn, b'{"id": "1", ', b"}") is None


def test_uvicorn_builds_the_connection_the_graphql_protocol_rebuilds() -> None:
    """`GraphQLWebSocketProtocol` replaces the connection uvicorn's `__init__` builds with the same
    one without context takeover: uvicorn must still build it from these settings."""
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

    init = inspect.getsource(WebSocketsSansIOProtocol.__init__)
    for part in (
        "self.conn = ServerProtocol(",
        "server_max_window_bits=12",
        "client_max_window_bits=12",
        'compress_settings={"memLevel": 5}',
        "max_size=self.config.ws_max_size",
        'logger=logging.getLogger("uvicorn.error")',
    ):
        assert part in init, part


def test_a_websocket_without_the_servers_send_gets_no_direct_writer() -> None:
    class Socket:
        scope: dict[str, Any] = {"type": "websocket"}

    assert uvicorn_ws.text_writer(Socket()) is None


def test_strawberry_encodes_websocket_messages_with_the_views_encode_json() -> None:
    """`PlagsiniGraphQL.encode_json` shares the encoding of `next` frames; Strawberry must keep sending
    every graphql-transport-ws message through the view's encoder for that to happen."""
    from strawberry.asgi import ASGIWebSocketAdapter

    assert "self.view.encode_json(message)" in inspect.getsource(ASGIWebSocketAdapter.send_json)


# -- uvicorn: SIGTERM drains -------------------------------------------------------------------------


def test_uvicorn_still_captures_signals_into_the_overridden_handler() -> None:
    """The override replaces `Server.handle_exit`, which uvicorn's `capture_signals` installs for
    SIGINT and SIGTERM, and closes the asyncio servers uvicorn keeps in `Server.servers`."""
    import inspect

    import uvicorn

    from plagsini.overrides.uvicorn_drain import DrainingServer

    assert "self.handle_exit" in inspect.getsource(uvicorn.Server.capture_signals)
    assert "self.servers" in inspect.getsource(uvicorn.Server.startup)
    assert DrainingServer.handle_exit is not uvicorn.Server.handle_exit


async def test_a_request_on_a_connection_accepted_before_sigterm_is_answered(spawn_node: Any) -> None:
    """A client (a proxy) holds a connection the node has accepted and sends its request a moment after
    the node was told to stop. The node refuses new connections at once (a proxy moves those to another
    node) but answers what arrives on the ones it holds; before, it closed them unanswered, and a proxy,
    which does not resend a POST, answered 502. (Connections still in the kernel's queue at SIGTERM:
    the test after.)"""
    import asyncio
    import json
    import signal

    node = await asyncio.to_thread(spawn_node)
    host, port = node.http_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    body = json.dumps({"query": "{ platform { name } }"}).encode()
    request = (
        b"POST /graphql HTTP/1.1\r\nHost: node\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body) + body
    )

    async def answer() -> bytes:
        status = await asyncio.wait_for(reader.readline(), 10)
        length = 0
        while (line := await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await asyncio.wait_for(reader.readexactly(length), 10)
        return status

    writer.write(request)  # one answered request: the node has accepted this connection (kept alive)
    await writer.drain()
    assert (await answer()).startswith(b"HTTP/1.1 200")
    node.proc.send_signal(signal.SIGTERM)

    async def refused() -> bool:
        try:
            _, probe = await asyncio.open_connection(host, int(port))
        except OSError:
            return True
        probe.close()
        return False

    async with asyncio.timeout(10):  # the shutdown has begun once new connections are refused
        while not await refused():  # noqa: ASYNC110 - the node is another process
            await asyncio.sleep(0.01)
    writer.write(request)
    await writer.drain()
    status = await answer()
    writer.close()
    assert status.startswith(b"HTTP/1.1 200"), (status, node.output()[-2000:])
    assert await asyncio.to_thread(node.proc.wait, 30) == 0


async def _draining(app: Any, sock: Any = None) -> tuple[Any, asyncio.Task[None], int]:
    """A `DrainingServer` of `app` on `sock` (a free loopback port by default) whose grace is an hour,
    started; (server, its task, port). A test ending before the grace shows the drain ended on its own
    condition."""
    import socket

    import uvicorn

    from plagsini.overrides.uvicorn_drain import DrainingServer

    sock = sock or socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = DrainingServer(uvicorn.Config(app, lifespan="off", log_level="warning"))
    server.drain_seconds = 3600.0
    task = asyncio.create_task(server.serve(sockets=[sock]))
    async with asyncio.timeout(30):
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
    return server, task, int(sock.getsockname()[1])


async def test_a_draining_server_with_no_connection_stops_without_waiting_out_the_grace() -> None:
    """SIGTERM on a node with no HTTP connection open: nothing can still arrive, so it shuts down at once
    instead of after the grace (before, every node stop took the grace's full second)."""
    import signal

    async def app(scope: Any, receive: Any, send: Any) -> None:  # never called
        raise AssertionError(scope)

    server, task, _ = await _draining(app)
    server.handle_exit(signal.SIGTERM, None)  # what uvicorn's captured SIGTERM calls
    await asyncio.wait_for(task, 30)  # the grace is an hour


async def test_a_draining_server_stops_once_the_request_in_progress_is_answered() -> None:
    """SIGTERM while a request is in progress: new connections are refused, the request is answered in
    full with ``Connection: close``, and once its connection has closed the server shuts down, not
    after the grace."""
    import signal

    arrived, release = asyncio.Event(), asyncio.Event()

    async def app(scope: Any, receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        arrived.set()
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    server, task, port = await _draining(app)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\nHost: node\r\n\r\n")
    await writer.drain()
    await asyncio.wait_for(arrived.wait(), 10)
    server.handle_exit(signal.SIGTERM, None)
    await asyncio.sleep(0)  # one turn of the loop: the drain handle_exit scheduled has run
    with pytest.raises(OSError):
        await asyncio.open_connection("127.0.0.1", port)  # new connections are refused
    assert not task.done()  # still answering the request in progress
    release.set()
    answer = await asyncio.wait_for(reader.read(), 10)  # to EOF: the server closes the connection
    writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and body == b"ok", answer
    assert b"connection: close" in head.lower()
    await asyncio.wait_for(task, 30)  # the grace is an hour


async def test_a_draining_server_with_nothing_open_stops_on_the_next_loop_turn() -> None:
    """Nothing open and nothing accepted on its way to uvicorn: the drain ends when it runs, the loop
    turn after SIGTERM (before, it waited a quarter second whatever was open)."""
    import signal

    async def app(scope: Any, receive: Any, send: Any) -> None:  # never called
        raise AssertionError(scope)

    server, task, _ = await _draining(app)
    server.handle_exit(signal.SIGTERM, None)
    await asyncio.sleep(0)  # the drain handle_exit scheduled runs before this task resumes
    assert server.should_exit
    await asyncio.wait_for(task, 30)


async def test_a_connection_accepted_just_before_sigterm_holds_the_drain_until_uvicorn_has_it() -> None:
    """SIGTERM arrives right after asyncio accepted a connection, before the task that hands it to
    uvicorn has run: the connection is in no connection set yet, but the drain counts it (pending)
    and does not end; once uvicorn has it, its request is answered and the server stops. Before, the
    handover ran after the drain had closed the listening server, failed to attach its transport to
    it, and the connection was dropped unanswered."""
    import signal
    import socket

    async def app(scope: Any, receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    at_drain: list[tuple[bool, int, int]] = []

    class SignalOnAccept(socket.socket):
        """uvicorn's listening socket: SIGTERM comes the moment asyncio's accept() returns."""

        armed: Any = None

        def accept(self) -> tuple[socket.socket, Any]:
            conn, addr = super().accept()
            server, SignalOnAccept.armed = SignalOnAccept.armed, None
            if server is not None:
                server.handle_exit(signal.SIGTERM, None)  # the drain runs on the next loop turn
                live = server

                def look() -> None:  # right after the drain, before the handover
                    at_drain.append((live.should_exit, live.pending, len(live.server_state.connections)))

                asyncio.get_running_loop().call_soon(look)
            return conn, addr

    server, task, port = await _draining(app, SignalOnAccept())
    SignalOnAccept.armed = server
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\nHost: node\r\nConnection: close\r\n\r\n")
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 10)  # to EOF
    writer.close()
    assert at_drain == [(False, 1, 0)], at_drain  # drained with the connection on its way: waiting
    assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok"), answer
    await asyncio.wait_for(task, 30)  # the grace is an hour: it ended once the connection closed
    assert server.pending == 0


def test_asyncio_hands_accepted_connections_to_the_protocol_in_accept_connection2() -> None:
    """The drain counts connections from `_accept_connection` creating the `_accept_connection2`
    coroutine (looked up on the loop, positional arguments protocol_factory, conn, extra, sslcontext,
    server) until it returns, after the protocol factory's protocol has had `connection_made`."""
    import asyncio
    import inspect
    from asyncio import selector_events

    loop_type = selector_events.BaseSelectorEventLoop
    accept = inspect.getsource(loop_type._accept_connection)  # type: ignore[attr-defined]
    assert "self._accept_connection2(" in accept and "self.create_task(accept)" in accept
    assert re.search(
        r"_accept_connection2\(\s*protocol_factory,\s*conn,\s*extra,\s*sslcontext,\s*server,", accept
    )
    params = list(inspect.signature(loop_type._accept_connection2).parameters)  # type: ignore[attr-defined]
    assert params[:6] == ["self", "protocol_factory", "conn", "extra", "sslcontext", "server"]
    handover = inspect.getsource(loop_type._accept_connection2)  # type: ignore[attr-defined]
    assert "protocol = protocol_factory()" in handover and "await waiter" in handover
    loop = asyncio.new_event_loop()  # what asyncio.run serves the node on
    try:
        assert isinstance(loop, loop_type)
    finally:
        loop.close()


def test_connections_queued_in_the_kernel_at_sigterm_are_answered() -> None:
    """A busy node has connections complete in the kernel's listen queue, each with its request sent
    (nginx connects and sends at once), when SIGTERM arrives. The node takes them before its listening
    socket closes and answers each; before, closing the socket reset them, and nginx, having sent a
    POST, answered 502 (what a rolling restart under load showed)."""
    import asyncio
    import signal
    import socket
    import threading
    import time

    import uvicorn

    from plagsini.overrides.uvicorn_drain import DrainingServer

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = DrainingServer(uvicorn.Config(app, log_level="warning", lifespan="off"))
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(server.serve([listener]),))
    thread.start()
    clients: list[socket.socket] = []
    release = threading.Event()
    try:
        deadline = time.monotonic() + 20
        while not server.started:  # the node is another thread: wait for its start-up flag
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.01)
        busy = threading.Event()

        def hold() -> None:  # the node's loop is busy until the connections are queued
            busy.set()
            release.wait(20)

        loop.call_soon_threadsafe(hold)
        assert busy.wait(20)
        for _ in range(5):  # each completes in the kernel's queue; the node is not accepting now
            c = socket.create_connection(("127.0.0.1", port), timeout=20)
            c.sendall(b"POST /graphql HTTP/1.1\r\nHost: node\r\nContent-Length: 2\r\n\r\n{}")
            clients.append(c)
        server.handle_exit(signal.SIGTERM, None)
        release.set()
        answers = []
        for c in clients:
            try:
                answers.append(c.recv(200).split(b"\r\n", 1)[0])
            except ConnectionResetError:
                answers.append(b"reset")
        assert answers == [b"HTTP/1.1 200 OK"] * 5, answers
    finally:
        release.set()
        for c in clients:
            c.close()
        server.should_exit = True
        thread.join(30)
        loop.close()
    assert not thread.is_alive()


def test_asyncio_servers_keep_the_internals_the_drain_takes_queued_connections_with() -> None:
    import asyncio

    async def probe() -> None:
        server = await asyncio.get_running_loop().create_server(asyncio.Protocol, "127.0.0.1", 0)
        try:
            assert server._sockets and callable(server._protocol_factory)  # type: ignore[attr-defined]
            assert server._ssl_context is None  # type: ignore[attr-defined]
        finally:
            server.close()

    asyncio.run(probe())
