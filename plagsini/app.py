"""The HTTP application: GraphQL (HTTP + graphql-transport-ws), health, metrics, OCPP on /ocpp/<id>,
and the two front ends (/admin/ and /)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from api.context import Context
from api.schema import build_schema
from plagsini import metrics
from plagsini.platform import Platform

log = logging.getLogger("plagsini.app")


class PlagsiniGraphQL(GraphQL):  # type: ignore[type-arg]
    def __init__(self, platform: Platform, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.platform = platform

    async def get_context(self, request: Any, response: Any = None) -> Context:  # type: ignore[override]
        return Context(platform=self.platform, request=request, response=response)


class SpaFiles(StaticFiles):
    """Static files with a fallback to index.html so client-side routes survive a reload."""

    async def get_response(self, path: str, scope: Any) -> Response:
        try:
            response = await super().get_response(path, scope)
        except Exception as exc:  # starlette raises HTTPException(404) for missing files
            if getattr(exc, "status_code", None) != 404:
                raise
            response = Response(status_code=404)
        if response.status_code == 404 and "." not in path.rsplit("/", 1)[-1]:
            return await super().get_response("index.html", scope)
        return response


def _not_built(name: str) -> Route:
    async def page(_: Request) -> Response:
        return PlainTextResponse(f"The {name} has not been built yet: run `make run`.", status_code=503)

    return Route("/{path:path}", page)


def build_app(platform: Platform) -> Starlette:
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

        async def ocpp_ws(websocket: WebSocket) -> None:
            server = platform.services.get("ocpp")
            if server is None:
                await websocket.close(code=1013)
                return
            await server.handle_asgi(websocket)

        routes.append(WebSocketRoute("/ocpp/{charge_point_id:path}", ocpp_ws))

    if serve_api:
        from api.http import http_routes  # routes that are not GraphQL (webhooks, receipts, sandbox gateway)

        graphql_app = PlagsiniGraphQL(
            platform,
            schema=build_schema(production=settings.is_production),
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            graphql_ide=None if settings.is_production else "graphiql",
            multipart_uploads_enabled=False,
        )
        platform.services["graphql"] = graphql_app
        routes.append(Route("/graphql", graphql_app, methods=["GET", "POST"]))
        routes.append(WebSocketRoute("/graphql", graphql_app))
        routes.extend(http_routes(platform))

        admin_dir = Path(settings.admin_spa_dir)
        if (admin_dir / "index.html").is_file():
            routes.append(Mount("/admin", SpaFiles(directory=admin_dir, html=True), name="admin"))
        else:
            routes.append(Mount("/admin", routes=[_not_built("admin console")]))
        pwa_dir = Path(settings.driver_pwa_dir)
        if (pwa_dir / "index.html").is_file():

            async def service_worker(_: Request) -> Response:
                return FileResponse(pwa_dir / "sw.js", headers={"Service-Worker-Allowed": "/"})

            if (pwa_dir / "sw.js").is_file():
                routes.append(Route("/sw.js", service_worker))
            routes.append(Mount("/", SpaFiles(directory=pwa_dir, html=True), name="pwa"))
        else:
            routes.append(Mount("/", routes=[_not_built("driver app")]))

    return Starlette(routes=routes)
