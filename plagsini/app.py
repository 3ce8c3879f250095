"""The HTTP application: GraphQL (HTTP + graphql-transport-ws), health, metrics, OCPP on /ocpp/<id>,
and the two front ends (/admin/ and /)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from pathlib import Path
from typing import Any

from cross_web import HTTPException
from graphql import GraphQLError, OperationType, get_operation_ast, parse
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler

from api import fanout
from api.context import Context
from api.fanout import next_frame
from api.schema import MAX_TOKENS, build_schema
from api.ws_auth import Revocations, SocketGuard
from domain import problem_reports
from domain.tasks import cancel_and_wait
from plagsini import metrics
from plagsini.limits import BodyLimit, decode_json
from plagsini.logs import RequestIdMiddleware
from plagsini.overrides.uvicorn_ws import ServerSend, text_writer
from plagsini.platform import Platform
from plagsini.static import REVALIDATE, SpaFiles
from plagsini.web_security import WebSecurity, map_settings_markup

log = logging.getLogger("plagsini.app")


class KeepAliveTransportWSHandler(BaseGraphQLTransportWSHandler):  # type: ignore[type-arg]
    """graphql-transport-ws with keep-alive: once acknowledged, the server sends `ping` every
    GRAPHQL_KEEPALIVE_SECONDS and closes (4408) a peer that has sent nothing for twice that long,
    so dead peers are detected and their subscriptions (bus subscribers) released; not after a
    stall of this node, whose own lateness is no sign of the peer's."""

    keepalive_task: asyncio.Task[None] | None = None
    last_seen: float = 0.0
    #: Who opened the socket; re-checked on every subscribe, at token expiry and on revocation
    #: events from any node (api/ws_auth.py). None for an anonymous socket.
    guard: SocketGuard | None = None

    async def handle_message(self, message: Any) -> None:
        self.last_seen = time.monotonic()
        await super().handle_message(message)

    async def handle_connection_init(self, message: Any) -> None:
        await super().handle_connection_init(message)
        registry = getattr(self.view, "revocations", None)
        if self.connection_acknowledged and self.guard is None and registry is not None:
            self.guard = await SocketGuard.open(self, registry)
        interval = float(getattr(self.view, "keepalive_seconds", 0) or 0)
        if self.connection_acknowledged and interval > 0 and self.keepalive_task is None:
            self.keepalive_task = asyncio.create_task(self._keepalive(interval))

    async def handle_subscribe(self, message: Any) -> None:
        # The token and its user are checked again before every operation (closes 4403 when revoked).
        if self.guard is not None and not await self.guard.recheck():
            return
        await super().handle_subscribe(message)

    async def run_operation(self, operation: Any) -> None:
        # The operation's task: its subscription's events may be written straight to this socket
        # (api/fanout.py, direct delivery) when the socket allows it.
        writer = self._text_writer()
        if writer is not None:

            def is_live() -> bool:
                return not operation.completed and self.operations.get(operation.id) is operation

            fanout.CURRENT.set(fanout.Delivery(operation.id, is_live, writer))
        await super().run_operation(operation)

    _writer: Any = False

    def _text_writer(self) -> Any:
        if self._writer is False:
            ws = getattr(self.websocket, "ws", None)
            self._writer = text_writer(ws) if ws is not None else None
        return self._writer

    async def _keepalive(self, interval: float) -> None:
        try:
            while True:
                due = time.monotonic() + interval
                await asyncio.sleep(interval)
                now = time.monotonic()
                # A round that woke late says this node stalled (a burst of work, a collection):
                # the peer's answers may be unread in the socket, so its silence is not judged
                # then; it gets a ping, judged the next round.
                on_time = now - due < interval / 2
                if on_time and now - self.last_seen > 2 * interval:
                    await self.websocket.close(code=4408, reason="Keep-alive timeout")
                    return
                await self.send_message({"type": "ping"})
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - the socket is gone; handle() cleans up
            return

    async def shutdown(self) -> None:
        await cancel_and_wait(self.keepalive_task, ignore_errors=True)
        if self.guard is not None:
            await self.guard.stop()
        await super().shutdown()


def allowed_origins(settings: Any) -> list[str]:
    """Browser origins allowed to open the GraphQL WebSocket: PUBLIC_URL's and CORS_ORIGINS."""
    from urllib.parse import urlsplit

    origins: list[str] = []
    public = urlsplit(settings.public_url)
    if public.scheme and public.netloc:
        origins.append(f"{public.scheme}://{public.netloc}")
    for origin in settings.cors_origins.split(","):
        origin = origin.strip().rstrip("/")
        if origin:
            origins.append(origin)
    return origins


SUBSCRIPTIONS_OVER_WS = (
    "Subscriptions are served over the WebSocket on /graphql (graphql-transport-ws), not over HTTP."
)


def is_subscription(query: str | None, operation_name: str | None) -> bool:
    """Whether the operation to run is a subscription (False when the document does not parse:
    validation then reports it as usual). Parsed only when the word occurs, within the token limit."""
    if not query or "subscription" not in query:
        return False
    try:
        document = parse(query, max_tokens=MAX_TOKENS)
    except GraphQLError:
        return False
    operation = get_operation_ast(document, operation_name)
    return operation is not None and operation.operation == OperationType.SUBSCRIPTION


#: GraphiQL's page in the console's build; its scripts and styles are in the console's assets/.
GRAPHIQL_PAGE = "graphiql.html"


class PlagsiniGraphQL(GraphQL):  # type: ignore[type-arg]
    graphql_transport_ws_handler_class = KeepAliveTransportWSHandler

    def __init__(self, platform: Platform, **kwargs: Any) -> None:
        settings = platform.settings
        kwargs.setdefault("max_subscriptions_per_connection", settings.graphql_max_subscriptions)
        kwargs.setdefault(
            "connection_init_wait_timeout", dt.timedelta(seconds=settings.graphql_connection_init_timeout)
        )
        kwargs.setdefault("allowed_origins", allowed_origins(settings))
        super().__init__(**kwargs)
        self.platform = platform
        self.keepalive_seconds = settings.graphql_keepalive_seconds
        self.revocations = Revocations(platform)

    def decode_json(self, data: str | bytes) -> object:
        return decode_json(data)

    @property
    def graphql_ide_html(self) -> str:
        """GraphiQL as built with the console (admin_spa/graphiql.html): the page and its scripts
        come from this node, never from another host."""
        path = Path(self.platform.settings.admin_spa_dir) / GRAPHIQL_PAGE
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            return ""

    async def render_graphql_ide(self, request: Any) -> Response:
        html = self.graphql_ide_html
        if not html:
            text = "GraphiQL has not been built yet: run `make run` (it is built with the admin console)."
            return PlainTextResponse(text, status_code=503)
        return HTMLResponse(html, headers={"Cache-Control": REVALIDATE})

    async def execute_operation(  # type: ignore[override]
        self, request: Any, request_adapter: Any, request_data: Any, *args: Any, **kwargs: Any
    ) -> Any:
        """A subscription sent over plain HTTP (not to the WebSocket) gets a 400 saying where to
        send it; executed as a query it failed inside with an unexpected error."""
        if isinstance(request_data, GraphQLRequestData) and request_data.protocol == "http":
            if is_subscription(request_data.query, request_data.operation_name):
                raise HTTPException(400, SUBSCRIPTIONS_OVER_WS)
        return await super().execute_operation(request, request_adapter, request_data, *args, **kwargs)

    def encode_json(self, data: object) -> str | bytes:
        # `next` frames of an event shared by many subscribers are encoded once (api/fanout.py). The
        # view's encoder serves the HTTP responses and every graphql-transport-ws message.
        if isinstance(data, dict) and data.get("type") == "next" and isinstance(data.get("payload"), dict):
            return next_frame(data["id"], data["payload"])
        return super().encode_json(data)

    async def get_context(self, request: Any, response: Any = None) -> Context:  # type: ignore[override]
        return Context(platform=self.platform, request=request, response=response)

    async def on_ws_connect(self, context: Any) -> Any:
        """Reject (4403) a connection_init whose token is invalid; anonymous connections are allowed
        (each subscription then refuses what needs a signed-in user)."""
        check = getattr(context, "authenticate_connection", None)
        if check is not None and not await check():
            raise ConnectionRejectionError()
        return await super().on_ws_connect(context)


def _not_built(name: str) -> Route:
    async def page(_: Request) -> Response:
        return PlainTextResponse(f"The {name} has not been built yet: run `make run`.", status_code=503)

    return Route("/{path:path}", page)


def build_app(platform: Platform) -> Any:
    settings = platform.settings
    serve_api = settings.role in ("all", "api")
    serve_ocpp = settings.role in ("all", "ocpp")

    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "ok", "node": platform.node_id, "role": settings.role})

    async def readyz(_: Request) -> Response:
        checks: dict[str, str] = {}
        try:
            async with platform.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as e:  # noqa: BLE001 - reported, not raised
            checks["database"] = f"error: {type(e).__name__}"
        try:
            checks["bus"] = "ok" if await platform.bus.ping() else "error: not connected"
        except Exception as e:  # noqa: BLE001
            checks["bus"] = f"error: {type(e).__name__}"
        ok = all(v == "ok" for v in checks.values())
        return JSONResponse(
            {"status": "ok" if ok else "unavailable", **checks}, status_code=200 if ok else 503
        )

    async def metrics_endpoint(_: Request) -> Response:
        return Response(metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")

    routes: list[Any] = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics_endpoint),
    ]

    if serve_ocpp:
        import ocpp_server.server  # noqa: F401 - registers the ocpp_path convertor

        async def ocpp_ws(websocket: WebSocket) -> None:
            server = platform.ocpp
            if server is None:
                await websocket.close(code=1013)
                return
            await server.handle_asgi(websocket)

        routes.append(WebSocketRoute("/ocpp/{charge_point_id:ocpp_path}", ocpp_ws))  # ocpp_server.server

    if serve_api:
        from api.http import http_routes  # routes that are not GraphQL (webhooks, receipts, sandbox gateway)
        from api.problem_reports import photo_routes as problem_photo_routes

        graphql_app = PlagsiniGraphQL(
            platform,
            schema=build_schema(production=settings.is_production),
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            graphql_ide="graphiql" if settings.serves_graphiql else None,
            multipart_uploads_enabled=False,
        )
        platform.graphql = graphql_app
        routes.append(Route("/graphql", graphql_app, methods=["GET", "POST"]))
        routes.append(WebSocketRoute("/graphql", graphql_app))
        routes.extend(http_routes(platform))
        routes.extend(problem_photo_routes(platform))
        from ocpi.routes import routes as ocpi_routes

        routes.append(Mount("/ocpi", routes=ocpi_routes(platform)))

        admin_dir = Path(settings.admin_spa_dir)
        if (admin_dir / "index.html").is_file():
            routes.append(
                Mount(
                    "/admin",
                    SpaFiles(directory=admin_dir, html=True, head=map_settings_markup(settings)),
                    name="admin",
                )
            )
        else:
            routes.append(Mount("/admin", routes=[_not_built("admin console")]))
        pwa_dir = Path(settings.driver_pwa_dir)
        if (pwa_dir / "index.html").is_file():

            async def service_worker(_: Request) -> Response:
                headers = {"Service-Worker-Allowed": "/", "Cache-Control": REVALIDATE}
                return FileResponse(pwa_dir / "sw.js", headers=headers)

            if (pwa_dir / "sw.js").is_file():
                routes.append(Route("/sw.js", service_worker))
            pwa_files = SpaFiles(directory=pwa_dir, html=True, head=map_settings_markup(settings))
            routes.append(Mount("/", pwa_files, name="pwa"))
        else:
            routes.append(Mount("/", routes=[_not_built("driver app")]))

    # Outermost, so that every answer (errors, refusals and 413s included) carries the security headers.
    # A problem report's photo (up to 5 MB) is the one body allowed past MAX_BODY_BYTES, on its own path.
    photo_limit = (problem_reports.PHOTO_PATH, problem_reports.MAX_PHOTO_BYTES + 1024)
    app = WebSecurity(
        BodyLimit(Starlette(routes=routes), settings.max_body_bytes, larger=(photo_limit,)), platform
    )
    # Outermost: every response, refusals included, carries its X-Request-ID. Around it, the
    # server's own `send` of a WebSocket is kept for the direct fan-out (api/fanout.py).
    return ServerSend(RequestIdMiddleware(app))
