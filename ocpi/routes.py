"""OCPI 2.2.1 routes under /ocpi: the response envelope, token authentication, and the modules."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from db.models import Charger, OcpiPartner
from domain import roaming, roaming_log, roaming_tariffs, roaming_tokens
from domain.errors import Conflict, InvalidInput
from ocpi import objects
from ocpi.objects import parse_stamp, stamp
from plagsini.platform import Platform

VERSION = roaming.VERSION
#: The most objects one page of a list carries (X-Limit).
PAGE_LIMIT = 50


class OcpiError(Exception):
    def __init__(self, http: int, code: int, message: str) -> None:
        super().__init__(message)
        self.http, self.code, self.message = http, code, message


def envelope(
    request: Request, data: Any = None, *, code: int = 1000, message: str = "Success", http: int = 200
) -> JSONResponse:
    body: dict[str, Any] = {"status_code": code, "status_message": message, "timestamp": stamp(roaming.now())}
    if data is not None:
        body["data"] = data
    headers = {
        "X-Request-ID": request.headers.get("x-request-id") or str(uuid.uuid4()),
        "X-Correlation-ID": request.headers.get("x-correlation-id") or str(uuid.uuid4()),
    }
    return JSONResponse(body, status_code=http, headers=headers)


def presented_tokens(request: Request) -> list[str]:
    """The token values an `Authorization: Token …` header may mean: the base64-decoded value (2.2.1)
    and the raw value (2.1.1 and many 2.2 peers)."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    value = value.strip()
    if scheme.lower() != "token" or not value:
        return []
    found = [value]
    try:
        decoded = base64.b64decode(value, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        decoded = ""
    if decoded and roaming.valid_token(decoded):
        found.insert(0, decoded)
    return found


Handler = Callable[[Request, Any, OcpiPartner, bool], Awaitable[Response]]


def endpoint(
    platform: Platform, handler: Handler, *, token_a: bool = False
) -> Callable[[Request], Awaitable[Response]]:
    """Authenticate (401 for a missing or unknown token, and for token A outside versions and
    credentials), run the handler in one transaction, map errors to OCPI statuses."""

    async def run(request: Request) -> Response:
        began = time.monotonic()
        caller: list[int] = []
        response = await answer(request, caller)
        try:
            body = json.loads(bytes(response.body))
        except (AttributeError, ValueError):
            body = {}
        # In the log before the answer goes out (a node that crashes then loses none).
        await roaming_log.record(
            "in",
            request.method,
            str(request.url.path),
            http_status=response.status_code,
            ocpi_status=body.get("status_code") if isinstance(body, dict) else None,
            message=body.get("status_message") if isinstance(body, dict) else None,
            duration_ms=(time.monotonic() - began) * 1000,
            partner_id=caller[0] if caller else None,
        )
        return response

    async def answer(request: Request, caller: list[int]) -> Response:
        candidates = presented_tokens(request)
        try:
            async with platform.sessionmaker() as s:
                found = await roaming.partner_by_token(s, candidates) if candidates else None
                if found is None:
                    raise OcpiError(401, 2000, "Unknown or missing token.")
                partner, is_token_a = found
                caller.append(partner.id)
                if is_token_a and not token_a:
                    raise OcpiError(401, 2000, "Token A is only valid for versions and credentials.")
                if not token_a and partner.state != "REGISTERED":
                    raise OcpiError(401, 2000, "The partner is not registered.")
                response = await handler(request, s, partner, is_token_a)
                await s.commit()
                return response
        except OcpiError as e:
            return envelope(request, code=e.code, message=e.message, http=e.http)
        except InvalidInput as e:
            return envelope(request, code=2001, message=str(e), http=400)
        except Conflict as e:
            return envelope(request, code=2001, message=str(e), http=400)
        except roaming.PartnerUnreachable as e:
            return envelope(request, code=3001, message=str(e)[:300])
        except roaming.NoMatchingEndpoints as e:
            return envelope(request, code=e.ocpi_code, message=str(e))

    return run


async def json_body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as e:
        raise OcpiError(400, 2001, "The body is not valid JSON.") from e
    if not isinstance(body, dict):
        raise OcpiError(400, 2001, "The body must be a JSON object.")
    return body


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/ocpi"


def own_party(platform: Platform, request: Request) -> roaming.OwnParty:
    st = platform.settings
    return roaming.own_party(str(request.base_url), st.ocpi_country_code, st.ocpi_party_id)


def query_int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as e:
        raise OcpiError(400, 2001, f"{name} must be an integer.") from e
    if not low <= value <= high:
        raise OcpiError(400, 2001, f"{name} must be between {low} and {high}.")
    return value


@dataclass(frozen=True)
class PageQuery:
    date_from: dt.datetime | None
    date_to: dt.datetime | None
    offset: int
    limit: int


def page_query(request: Request) -> PageQuery:
    """A sender's list parameters: date_from (inclusive), date_to (exclusive), offset, limit (at most
    PAGE_LIMIT)."""
    q = request.query_params
    bounds: dict[str, dt.datetime] = {}
    for key in ("date_from", "date_to"):
        if key in q:
            parsed = parse_stamp(q[key])
            if parsed is None:
                raise OcpiError(400, 2001, f"{key} is not an OCPI DateTime.")
            bounds[key] = parsed
    offset = query_int(request, "offset", 0, 0, 10**9)
    limit = min(query_int(request, "limit", PAGE_LIMIT, 1, 10**6), PAGE_LIMIT)
    return PageQuery(bounds.get("date_from"), bounds.get("date_to"), offset, limit)


def paged(request: Request, q: PageQuery, data: list[Any], total: int) -> JSONResponse:
    """One page of a list: X-Total-Count, X-Limit, and a Link to the next page keeping every filter."""
    response = envelope(request, data)
    response.headers["X-Total-Count"] = str(total)
    response.headers["X-Limit"] = str(PAGE_LIMIT)
    if q.offset + q.limit < total:
        params = dict(request.query_params)
        params.update(offset=str(q.offset + q.limit), limit=str(q.limit))
        url = str(request.url.replace(query=urlencode(params)))
        response.headers["Link"] = f'<{url}>; rel="next"'
    return response


# ------------------------------------------------------------------------------------------- modules


def routes(platform: Platform) -> list[Route]:
    from ocpi import (
        cpo_routes,  # the CPO senders' routes build on the envelope and paging above
        emsp,  # our eMSP role's routes (they use this module's envelope and errors)
    )

    def client() -> httpx.AsyncClient:
        return roaming.client()

    async def versions(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        return envelope(request, [{"version": VERSION, "url": f"{base_url(request)}/{VERSION}"}])

    async def details(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        base = f"{base_url(request)}/{VERSION}"
        return envelope(
            request,
            {
                "version": VERSION,
                "endpoints": [
                    *(
                        {"identifier": module, "role": role, "url": f"{base}/{module}"}
                        for module, role in roaming.OWN_MODULES
                    ),
                    *emsp.endpoints(base),
                ],
            },
        )

    async def credentials(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        method = request.method
        own = own_party(platform, request)
        if method == "GET":
            return envelope(request, own.credentials(presented_tokens(request)[0]))
        if method == "POST":
            if not a or partner.state != "PENDING":
                raise OcpiError(405, 2000, "Already registered: use PUT to update.")
            body = await json_body(request)
            async with client() as c:
                answer = await roaming.accept_registration(s, partner, body, own, c)
            emsp.pull_when_registered(platform, partner.id)
            return envelope(request, answer)
        if a or partner.state != "REGISTERED":
            raise OcpiError(405, 2000, "Not registered: use POST with token A.")
        if method == "PUT":
            body = await json_body(request)
            async with client() as c:
                return envelope(request, await roaming.accept_registration(s, partner, body, own, c))
        roaming.unregistered(partner)
        return envelope(request)

    # -------- locations (sender)

    async def location_objs(s: Any, chargers: list[Charger]) -> list[dict[str, Any]]:
        """Locations whose connectors reference the tariff that applies at each charger."""
        st = platform.settings
        tariff_ids = await roaming_tariffs.applying(s, chargers)
        return [
            objects.location(c, st.ocpi_country_code, st.ocpi_party_id, tariff_ids.get(c.id))
            for c in chargers
        ]

    async def locations(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        p = request.path_params
        if "location_id" in p:
            ch = await roaming.public_location(s, p["location_id"])
            if ch is None:
                raise OcpiError(404, 2003, "Unknown location.")
            (obj,) = await location_objs(s, [ch])
            if "evse_uid" in p:
                evse = next((e for e in obj["evses"] if e["uid"] == p["evse_uid"]), None)
                if evse is None:
                    raise OcpiError(404, 2003, "Unknown EVSE.")
                obj = evse
                if "connector_id" in p:
                    conn = next((c for c in evse["connectors"] if c["id"] == p["connector_id"]), None)
                    if conn is None:
                        raise OcpiError(404, 2003, "Unknown connector.")
                    obj = conn
            return envelope(request, obj)
        q = page_query(request)
        page = await roaming.location_page(
            s, date_from=q.date_from, date_to=q.date_to, offset=q.offset, limit=q.limit
        )
        return paged(request, q, await location_objs(s, page.chargers), page.total)

    # -------- tokens (receiver)

    def check_party(partner: OcpiPartner, cc: str, pid: str) -> None:
        if cc.upper() != (partner.country_code or "") or pid.upper() != (partner.party_id or ""):
            raise OcpiError(404, 2001, "The country_code/party_id is not the caller's.")

    def token_type(request: Request) -> str:
        t = request.query_params.get("type", "RFID")
        if t not in ("AD_HOC_USER", "APP_USER", "OTHER", "RFID"):
            raise OcpiError(400, 2001, "Unknown token type.")
        return t

    def validate_token(body: dict[str, Any], cc: str, pid: str, uid: str, type_: str) -> dt.datetime:
        try:
            stamp_ = roaming_tokens.checked(body)
        except InvalidInput as e:
            raise OcpiError(400, 2001, str(e)) from e
        if (
            body["country_code"].upper() != cc.upper()
            or body["party_id"].upper() != pid.upper()
            or body["uid"].upper() != uid.upper()
            or body["type"] != type_
        ):
            raise OcpiError(400, 2001, "The token's ids differ from the URL's.")
        return stamp_

    async def tokens(request: Request, s: Any, partner: OcpiPartner, a: bool) -> Response:
        p = request.path_params
        cc, pid, uid = p["country_code"], p["party_id"], p["token_uid"]
        check_party(partner, cc, pid)
        type_ = token_type(request)
        existing = await roaming.token(s, cc, pid, uid, type_)
        if request.method == "GET":
            if existing is None:
                raise OcpiError(404, 2004, "Unknown token.")
            return envelope(request, json.loads(existing.body))
        body = await json_body(request)
        if request.method == "PATCH":
            if existing is None:
                raise OcpiError(404, 2004, "Unknown token.")
            if "last_updated" not in body:
                raise OcpiError(400, 2001, "A PATCH must carry last_updated.")
            body = {**json.loads(existing.body), **body}
        when = validate_token(body, cc, pid, uid, type_)
        created = await roaming.store_token(s, partner, body, when)
        return envelope(request, http=201 if created else 200)

    def auth(handler: Handler, token_a: bool = False) -> Callable[[Request], Awaitable[Response]]:
        return endpoint(platform, handler, token_a=token_a)

    out: list[Route] = [*cpo_routes.routes(platform, auth), *emsp.routes(platform, auth)]
    for slash in ("", "/"):
        out += [
            Route("/versions" + slash, auth(versions, True), methods=["GET"]),
            Route(f"/{VERSION}" + slash, auth(details, True), methods=["GET"]),
            Route(
                f"/{VERSION}/credentials" + slash,
                auth(credentials, True),
                methods=["GET", "POST", "PUT", "DELETE"],
            ),
            Route(f"/{VERSION}/locations" + slash, auth(locations), methods=["GET"]),
            Route(f"/{VERSION}/locations/{{location_id}}" + slash, auth(locations), methods=["GET"]),
            Route(
                f"/{VERSION}/locations/{{location_id}}/{{evse_uid}}" + slash, auth(locations), methods=["GET"]
            ),
            Route(
                f"/{VERSION}/locations/{{location_id}}/{{evse_uid}}/{{connector_id}}" + slash,
                auth(locations),
                methods=["GET"],
            ),
            Route(
                f"/{VERSION}/tokens/{{country_code}}/{{party_id}}/{{token_uid}}" + slash,
                auth(tokens),
                methods=["GET", "PUT", "PATCH"],
            ),
        ]
    return out
