"""OCPI 2.2.1 routes of our eMSP role, under /ocpi/2.2.1/emsp: the Locations and Tariffs receivers
(partners PUT and PATCH their objects to us). The same registration and tokens as the CPO role; the
handlers call `domain.roaming_emsp`."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from db.models import OcpiPartner
from domain import roaming, roaming_emsp
from ocpi.routes import Handler, OcpiError, envelope, json_body

Auth = Callable[[Handler], Callable[[Request], Awaitable[Response]]]


def endpoints(base: str) -> list[dict[str, str]]:
    """Our eMSP interfaces in the version details (`base` = our 2.2.1 URL)."""
    return [
        {"identifier": "locations", "role": "RECEIVER", "url": f"{base}/emsp/locations"},
        {"identifier": "tariffs", "role": "RECEIVER", "url": f"{base}/emsp/tariffs"},
    ]


def routes(auth: Auth) -> list[Route]:
    async def locations(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        p = request.path_params
        cc, pid, lid = p["country_code"], p["party_id"], p["location_id"]
        evse_uid, connector_id = p.get("evse_uid"), p.get("connector_id")
        if (cc.upper(), pid.upper()) not in roaming_emsp.parties(partner):
            raise OcpiError(404, 2001, "The country_code/party_id is not the caller's.")
        if request.method == "GET":
            row = await roaming_emsp.location(s, partner, cc, pid, lid)
            obj = None if row is None else roaming_emsp.location_part(row, evse_uid, connector_id)
            if obj is None:
                raise OcpiError(404, 2003, "Unknown location.")
            return envelope(request, obj)
        body = await json_body(request)
        if request.method == "PUT" and evse_uid is None:
            if (
                str(body.get("id", "")).upper() != lid.upper()
                or str(body.get("country_code", "")).upper() != cc.upper()
                or str(body.get("party_id", "")).upper() != pid.upper()
            ):
                raise OcpiError(400, 2001, "The Location's ids differ from the URL's.")
            created = await roaming_emsp.store_location(s, partner, body)
        else:
            if request.method == "PATCH" and "last_updated" not in body:
                raise OcpiError(400, 2001, "A PATCH must carry last_updated.")
            found = await roaming_emsp.update_location_part(
                s, partner, (cc, pid, lid), evse_uid, connector_id, body, patch=request.method == "PATCH"
            )
            if found is None:
                raise OcpiError(404, 2003, "Unknown location, EVSE or connector.")
            created = found
        return envelope(request, http=201 if created else 200)

    async def tariffs(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        p = request.path_params
        cc, pid, tid = p["country_code"], p["party_id"], p["tariff_id"]
        if (cc.upper(), pid.upper()) not in roaming_emsp.parties(partner):
            raise OcpiError(404, 2001, "The country_code/party_id is not the caller's.")
        if request.method == "GET":
            row = await roaming_emsp.tariff(s, partner, cc, pid, tid)
            if row is None:
                raise OcpiError(404, 2001, "Unknown tariff.")
            return envelope(request, json.loads(row.body))
        if request.method == "DELETE":
            if not await roaming_emsp.delete_tariff(s, partner, cc, pid, tid):
                raise OcpiError(404, 2001, "Unknown tariff.")
            return envelope(request)
        body = await json_body(request)
        if (
            str(body.get("id", "")).upper() != tid.upper()
            or str(body.get("country_code", "")).upper() != cc.upper()
            or str(body.get("party_id", "")).upper() != pid.upper()
        ):
            raise OcpiError(400, 2001, "The Tariff's ids differ from the URL's.")
        created = await roaming_emsp.store_tariff(s, partner, body)
        return envelope(request, http=201 if created else 200)

    v = roaming.VERSION
    loc = f"/{v}/emsp/locations/{{country_code}}/{{party_id}}/{{location_id}}"
    out: list[Route] = []
    for slash in ("", "/"):
        out += [
            Route(loc + slash, auth(locations), methods=["GET", "PUT", "PATCH"]),
            Route(loc + "/{evse_uid}" + slash, auth(locations), methods=["GET", "PUT", "PATCH"]),
            Route(
                loc + "/{evse_uid}/{connector_id}" + slash, auth(locations), methods=["GET", "PUT", "PATCH"]
            ),
            Route(
                f"/{v}/emsp/tariffs/{{country_code}}/{{party_id}}/{{tariff_id}}" + slash,
                auth(tariffs),
                methods=["GET", "PUT", "DELETE"],
            ),
        ]
    return out
