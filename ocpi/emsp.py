"""OCPI 2.2.1 routes of our eMSP role, under /ocpi/2.2.1/emsp: the Locations and Tariffs receivers
(partners PUT and PATCH their objects to us), and the Tokens sender (our drivers' tokens, pulled
in pages, and real-time authorization). The same registration and tokens as the CPO role; the
handlers call `domain.roaming_emsp`."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from db.engine import read_session
from db.models import OcpiCdr, OcpiPartner
from domain import emsp_commands, roaming, roaming_cdrs, roaming_emsp
from ocpi.objects import parse_stamp
from ocpi.routes import PAGE_LIMIT, Handler, OcpiError, envelope, json_body
from plagsini.platform import Platform

Auth = Callable[[Handler], Callable[[Request], Awaitable[Response]]]


def endpoints(base: str) -> list[dict[str, str]]:
    """Our eMSP interfaces in the version details (`base` = our 2.2.1 URL)."""
    return [
        {"identifier": "locations", "role": "RECEIVER", "url": f"{base}/emsp/locations"},
        {"identifier": "tariffs", "role": "RECEIVER", "url": f"{base}/emsp/tariffs"},
        {"identifier": "tokens", "role": "SENDER", "url": f"{base}/emsp/tokens"},
        {"identifier": "sessions", "role": "RECEIVER", "url": f"{base}/emsp/sessions"},
        {"identifier": "commands", "role": "SENDER", "url": f"{base}/emsp/commands"},
        {"identifier": "cdrs", "role": "RECEIVER", "url": f"{base}/emsp/cdrs"},
    ]


#: Pulls started after a partner registered with us (kept so they are not collected mid-way).
_pulls: set[asyncio.Task[None]] = set()
log = logging.getLogger(__name__)


def pull_when_registered(platform: Platform, partner_id: int) -> None:
    """A partner registered with us: once that is committed, pull its Locations and Tariffs (as
    eMSP) in the background; a failure is kept as the partner's last error."""

    async def run() -> None:
        for _ in range(40):  # the registration commits right after its answer
            await asyncio.sleep(0.25)
            async with read_session(platform.sessionmaker) as s:
                row = await roaming.partner(s, partner_id)
                if row.state == "REGISTERED" and row.outbound_token:
                    break
        else:
            return
        try:
            async with roaming.client() as c:
                await roaming_emsp.pull(platform.sessionmaker, partner_id, c)
        except roaming.PartnerUnreachable as e:
            async with platform.sessionmaker() as s, s.begin():
                (await roaming.partner(s, partner_id)).last_error = str(e)[:500]
        except Exception:  # noqa: BLE001 - a background pull must not take the node down
            log.exception("OCPI pull after registration failed")

    task = asyncio.create_task(run(), name=f"ocpi-pull-{partner_id}")
    _pulls.add(task)
    task.add_done_callback(_pulls.discard)


def _int(request: Request, name: str, default: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) > high:
        raise OcpiError(400, 2001, f"{name} must be an integer from 0 to {high}.")
    return int(raw)


def _bounds(request: Request) -> dict[str, dt.datetime]:
    bounds: dict[str, dt.datetime] = {}
    for key in ("date_from", "date_to"):
        if key in request.query_params:
            parsed = parse_stamp(request.query_params[key])
            if parsed is None:
                raise OcpiError(400, 2001, f"{key} is not an OCPI DateTime.")
            bounds[key] = parsed
    return bounds


def paged(request: Request, data: list[Any], total: int, offset: int, limit: int) -> Response:
    """A page of a list: X-Total-Count, X-Limit, and a Link to the next page with every filter."""
    response = envelope(request, data)
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Limit"] = str(PAGE_LIMIT)
    if offset + limit < total:
        params = dict(request.query_params)
        params.update(offset=str(offset + limit), limit=str(limit))
        response.headers["Link"] = f'<{request.url.replace(query=urlencode(params))}>; rel="next"'
    return response


def routes(platform: Platform, auth: Auth) -> list[Route]:
    st = platform.settings

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

    async def tokens(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        offset = _int(request, "offset", 0, 10**9)
        limit = min(_int(request, "limit", PAGE_LIMIT, 10**6) or PAGE_LIMIT, PAGE_LIMIT)
        bounds = _bounds(request)
        page = await roaming_emsp.token_page(
            s, date_from=bounds.get("date_from"), date_to=bounds.get("date_to"), offset=offset, limit=limit
        )
        data = [roaming_emsp.our_token(t, u, st.ocpi_country_code, st.ocpi_party_id) for t, u in page.tags]
        return paged(request, data, page.total, offset, limit)

    async def authorize(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        type_ = request.query_params.get("type", "RFID")
        if type_ not in ("AD_HOC_USER", "APP_USER", "OTHER", "RFID"):
            raise OcpiError(400, 2001, "Unknown token type.")
        raw = await request.body()
        if raw.strip():
            refs = await json_body(request)
            if not isinstance(refs.get("location_id"), str):
                raise OcpiError(400, 2001, "LocationReferences.location_id is missing.")
        answer = await roaming_emsp.authorize(
            s, request.path_params["token_uid"], type_, st.ocpi_country_code, st.ocpi_party_id, st
        )
        if answer is None:
            raise OcpiError(404, 2004, "Unknown token.")
        return envelope(request, answer)

    async def sessions(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        p = request.path_params
        ids = (p["country_code"], p["party_id"], p["session_id"])
        if (ids[0].upper(), ids[1].upper()) not in roaming_emsp.parties(partner):
            raise OcpiError(404, 2001, "The country_code/party_id is not the caller's.")
        if request.method == "GET":
            obj = await emsp_commands.session_body(s, partner, ids[2])
            if obj is None:
                raise OcpiError(404, 2001, "Unknown session.")
            return envelope(request, obj)
        body = await json_body(request)
        if request.method == "PATCH" and "last_updated" not in body:
            raise OcpiError(400, 2001, "A PATCH must carry last_updated.")
        created = await emsp_commands.store_session(s, partner, ids, body, patch=request.method == "PATCH")
        if created is None:
            raise OcpiError(404, 2001, "Unknown session.")
        return envelope(request, http=201 if created else 200)

    async def command_result(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        p = request.path_params
        body = await json_body(request)
        if not await emsp_commands.command_result(s, partner, p["command"], p["key"], body):
            raise OcpiError(404, 2001, "Unknown command.")
        return envelope(request)

    async def cdrs(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        if request.method == "GET":
            raw = request.path_params.get("cdr", "")
            row = await s.get(OcpiCdr, int(raw)) if raw.isdigit() and len(raw) < 19 else None
            if row is None or row.partner_id != partner.id:
                raise OcpiError(404, 2001, "Unknown CDR.")
            return envelope(request, json.loads(row.body))
        body = await json_body(request)
        row, outcome = await roaming_cdrs.receive(s, partner, body, st)
        if outcome == roaming_cdrs.CONFLICT:
            return envelope(
                request, code=2001, message="This CDR id was already sent with other content.", http=400
            )
        if outcome == roaming_cdrs.CREATED:
            await emsp_commands.cdr_billed(s, row, st)  # the receipt mail and push, once
        response = envelope(request, http=201 if outcome == roaming_cdrs.CREATED else 200)
        response.headers["Location"] = f"{str(request.url).split('?')[0].rstrip('/')}/{row.id}"
        return response

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
                f"/{v}/emsp/sessions/{{country_code}}/{{party_id}}/{{session_id}}" + slash,
                auth(sessions),
                methods=["GET", "PUT", "PATCH"],
            ),
            Route(f"/{v}/emsp/commands/{{command}}/{{key}}" + slash, auth(command_result), methods=["POST"]),
            Route(f"/{v}/emsp/cdrs" + slash, auth(cdrs), methods=["POST"]),
            Route(f"/{v}/emsp/cdrs/{{cdr}}" + slash, auth(cdrs), methods=["GET"]),
            Route(f"/{v}/emsp/tokens" + slash, auth(tokens), methods=["GET"]),
            Route(f"/{v}/emsp/tokens/{{token_uid}}/authorize" + slash, auth(authorize), methods=["POST"]),
            Route(
                f"/{v}/emsp/tariffs/{{country_code}}/{{party_id}}/{{tariff_id}}" + slash,
                auth(tariffs),
                methods=["GET", "PUT", "DELETE"],
            ),
        ]
    return out
