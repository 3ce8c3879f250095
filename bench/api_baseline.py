"""The API scenario's baseline: the two reads of bench/api_load.py as a bare Starlette endpoint.

`POST /graphql` accepts the load generator's two query documents (and its sign-in) and answers the
same JSON as PlagSini's GraphQL API for the fields the load asks for, with SQLAlchemy Core selects
against the same database: no GraphQL parsing or validation, no authorization (the driver is looked
up once at start-up by e-mail), no ORM objects, no tariff lookup. It is what the same reads cost
with nothing around them; PlagSini's requests/s are reported as a ratio of this one's.

    python -m bench.api_baseline --database-url sqlite+aiosqlite:///bench.db --port 8001
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import math
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from db.engine import READ_ONLY, make_engine
from db.models import Charger, ChargingSession, Connector, User

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180.0
PAGE = 20
RADIUS_KM = 10.0

charger_t = Charger.__table__
connector_t = Connector.__table__
session_t = ChargingSession.__table__


def b64(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def unb64(s: str) -> str:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode()


def distance_km(lat0: float, lon0: float, lat: float, lon: float) -> float:
    p0, p1 = math.radians(lat0), math.radians(lat)
    h = (
        math.sin((p1 - p0) / 2) ** 2
        + math.cos(p0) * math.cos(p1) * math.sin(math.radians(lon - lon0) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


class Bare:
    def __init__(self, engine: AsyncEngine, driver_email: str) -> None:
        self.engine = engine
        self.reads = engine.execution_options(**{READ_ONLY: True})
        self.driver_email = driver_email
        self.driver_id: int | None = None

    async def startup(self) -> None:
        async with self.reads.connect() as c:
            self.driver_id = (
                await c.execute(
                    select(User.__table__.c.id).where(User.__table__.c.email == self.driver_email)
                )
            ).scalar()

    async def stations(self, lat: float, lon: float) -> dict[str, Any]:
        dlat = RADIUS_KM / KM_PER_DEGREE_LAT
        dlon = RADIUS_KM / (KM_PER_DEGREE_LAT * math.cos(math.radians(abs(lat) + dlat)))
        c = charger_t.c
        async with self.reads.connect() as conn:
            rows = await conn.execute(
                select(c.id, c.latitude, c.longitude).where(
                    and_(c.approved.is_(True), c.is_public.is_(True), c.registration_status == "Accepted"),
                    c.latitude.between(Decimal(f"{lat - dlat:.7f}"), Decimal(f"{lat + dlat:.7f}")),
                    c.longitude.between(Decimal(f"{lon - dlon:.7f}"), Decimal(f"{lon + dlon:.7f}")),
                )
            )
            within = []
            for cid, clat, clon in rows:
                d = distance_km(lat, lon, float(clat), float(clon))
                if d <= RADIUS_KM:
                    within.append((d, cid))
            within.sort()
            page = within[:PAGE]
            ids = [cid for _, cid in page]
            chargers = {
                r.id: r
                for r in await conn.execute(
                    select(
                        c.id, c.charge_point_id, c.name, c.latitude, c.longitude, c.online, c.availability
                    ).where(c.id.in_(ids))
                )
            }
            plugs: dict[int, list[Any]] = {i: [] for i in ids}
            k = connector_t.c
            for r in await conn.execute(
                select(k.charger_id, k.connector_id, k.status)
                .where(k.charger_id.in_(ids), k.connector_id > 0)
                .order_by(k.charger_id, k.connector_id)
            ):
                plugs[r.charger_id].append(r)
        edges = []
        for d, cid in page:
            ch = chargers[cid]
            ps = plugs[cid]
            edges.append(
                {
                    "node": {
                        "id": b64(f"Charger:{cid}"),
                        "chargePointId": ch.charge_point_id,
                        "name": ch.name,
                        "latitude": float(ch.latitude),
                        "longitude": float(ch.longitude),
                        "distanceKm": round(d, 3),
                        "available": bool(ch.online)
                        and ch.availability == "Operative"
                        and any(p.status == "Available" for p in ps),
                        "connectors": [{"connectorId": p.connector_id, "status": p.status} for p in ps],
                    },
                    "cursor": b64(f"near:{d!r}:{cid}"),
                }
            )
        return {
            "edges": [{"node": e["node"]} for e in edges],
            "pageInfo": {
                "hasNextPage": len(within) > PAGE,
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
        }

    async def sessions(self, after: str | None) -> dict[str, Any]:
        s = session_t.c
        q = select(
            s.id,
            s.status,
            s.started_at,
            s.stopped_at,
            s.energy_wh,
            s.last_energy_wh,
            s.meter_start,
            s.total_cost_sen,
            s.currency,
            s.charger_id,
            charger_t.c.name,
        ).select_from(session_t.outerjoin(charger_t, charger_t.c.id == s.charger_id))
        q = q.where(s.user_id == self.driver_id)
        if after:
            q = q.where(s.id < int(unb64(after).split(":", 1)[1]))
        q = q.order_by(s.id.desc()).limit(PAGE + 1)
        async with self.reads.connect() as conn:
            rows = list(await conn.execute(q))
        more = len(rows) > PAGE
        rows = rows[:PAGE]
        edges = [
            {
                "node": {
                    "id": b64(f"ChargingSession:{r.id}"),
                    "transactionId": r.id,
                    "status": r.status.upper(),
                    "startedAt": iso(r.started_at),
                    "stoppedAt": iso(r.stopped_at),
                    "energyWh": r.energy_wh
                    if r.energy_wh is not None
                    else max(0, (r.last_energy_wh or r.meter_start) - r.meter_start),
                    "cost": None
                    if r.total_cost_sen is None
                    else {
                        "amount": str((Decimal(r.total_cost_sen) / 100).quantize(Decimal("0.01"))),
                        "currency": r.currency,
                    },
                    "charger": None if r.charger_id is None else {"name": r.name},
                }
            }
            for r in rows
        ]
        return {
            "edges": edges,
            "pageInfo": {"hasNextPage": more, "endCursor": b64(f"cursor:{rows[-1].id}") if rows else None},
        }


def make_app(database_url: str, driver_email: str) -> Starlette:
    bare = Bare(make_engine(database_url), driver_email)

    async def graphql(request: Request) -> JSONResponse:
        body = await request.json()
        query: str = body.get("query", "")
        v = body.get("variables") or {}
        if "login(" in query:
            return JSONResponse({"data": {"login": {"tokens": {"accessToken": "bare"}, "errors": []}}})
        if "stations(" in query:
            return JSONResponse({"data": {"stations": await bare.stations(float(v["lat"]), float(v["lon"]))}})
        if "mySessions(" in query:
            return JSONResponse({"data": {"mySessions": await bare.sessions(v.get("after"))}})
        return JSONResponse({"errors": [{"message": "unknown query"}]}, status_code=400)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await bare.startup()
        yield
        await bare.engine.dispose()

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"])], lifespan=lifespan)


def main() -> None:
    import uvicorn

    from bench.api_load import DRIVER_EMAIL

    p = argparse.ArgumentParser()
    p.add_argument("--database-url", required=True)
    p.add_argument("--port", type=int, required=True)
    args = p.parse_args()
    uvicorn.run(
        make_app(args.database_url, DRIVER_EMAIL),
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
