"""A roaming partner in the CPO role built on the third-party OCPI library extrawest-ocpi (py_ocpi),
run as a separate process by the eMSP tests under its own interpreter (see tests/ocpi/conftest.py).

The library serves the partner's versions, credentials, Locations and Tariffs (paged, with Link and
X-Total-Count) and its Tokens receiver; `/control/...` routes let the test make the partner act:
hold locations and tariffs, PUT or PATCH a location to the platform, fetch the platform's tokens and
ask it for a real-time authorization. Everything the platform sends is validated against the
library's OCPI 2.2.1 models.

Usage: python peer_cpo.py <port> <token A issued to the platform>
"""

from __future__ import annotations

import datetime as dt
import urllib.parse

import peer_common as common

common.environment("XWC")

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from fastapi import Request  # noqa: E402
from py_ocpi import get_application  # noqa: E402
from py_ocpi.core.crud import Crud  # noqa: E402
from py_ocpi.core.dependencies import pagination_filters  # noqa: E402
from py_ocpi.core.endpoints import ENDPOINTS  # noqa: E402
from py_ocpi.core.endpoints.v_2_2_1.utils import cpo_generator  # noqa: E402
from py_ocpi.core.enums import Action, ModuleID, RoleEnum  # noqa: E402
from py_ocpi.modules.cdrs.v_2_2_1.schemas import Cdr  # noqa: E402
from py_ocpi.modules.commands.v_2_2_1.schemas import CommandResult  # noqa: E402
from py_ocpi.modules.locations.v_2_2_1.schemas import Location  # noqa: E402
from py_ocpi.modules.sessions.v_2_2_1.schemas import Session  # noqa: E402
from py_ocpi.modules.tariffs.v_2_2_1.schemas import Tariff  # noqa: E402
from py_ocpi.modules.tokens.v_2_2_1.schemas import AuthorizationInfo, Token  # noqa: E402
from py_ocpi.modules.versions.enums import VersionNumber  # noqa: E402
from py_ocpi.modules.versions.v_2_2_1.schemas import InterfaceRole  # noqa: E402
from pydantic import ValidationError  # noqa: E402

PORT, BASE, auth = common.PORT, common.BASE, common.auth
reg = common.Registration("CPO", "Peer CPO", "XWC")
ROLES, ours, accept, url_of = reg.roles, reg.ours, reg.accept, reg.url_of
tokens_a, tokens_c, platform = reg.tokens_a, reg.tokens_c, reg.platform
#: What we serve as CPO, oldest update first (the library pages it).
locations: dict[str, dict] = {}
tariffs: dict[str, dict] = {}
#: The platform's tokens pushed to us (key: uid), validated by the library's model, and every PUT
#: of one (its uid and valid), in order.
tokens: dict[str, dict] = {}
token_puts: list[dict] = []
token_errors: list[str] = []
#: The commands the platform sent us (validated by the library), and the result we will post back.
commands: list[dict] = []
command_result: dict = {"result": "ACCEPTED"}
#: When set, the next-page Link points to this other server (to test that it is not followed).
link_elsewhere: dict = {"base": None}
#: What is kept across a restart.
STORES = {"locations": locations, "tariffs": tariffs, "tokens": tokens, "token_puts": token_puts}


def save() -> None:
    reg.save(STORES)


reg.load(STORES)


def stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def in_bounds(obj: dict, filters: dict) -> bool:
    when = dt.datetime.fromisoformat(obj["last_updated"].replace("Z", "+00:00"))
    lo, hi = filters.get("date_from"), filters.get("date_to")
    return (lo is None or when >= lo) and (hi is None or when < hi)


def page(store: dict[str, dict], filters: dict) -> tuple[list[dict], int, bool]:
    rows = sorted(
        (o for o in store.values() if in_bounds(o, filters)), key=lambda o: (o["last_updated"], o["id"])
    )
    start, limit = filters["offset"], filters["limit"]
    return rows[start : start + limit], len(rows), start + limit >= len(rows)


class PeerCrud(Crud):
    @classmethod
    async def get(cls, module, role, id, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            return ours(kwargs["auth_token"])
        if module == ModuleID.locations:
            return locations.get(str(id).lower())
        if module == ModuleID.tokens:
            return tokens.get(str(id).upper())
        if module == ModuleID.commands:
            # Held: the charger has not answered yet (the library keeps asking every 2 s).
            if command_result.get("hold"):
                return None
            return {k: v for k, v in command_result.items() if k != "hold"}
        return None

    @classmethod
    async def list(cls, module, role, filters, *args, **kwargs):
        if module == ModuleID.locations:
            return page(locations, filters)
        if module == ModuleID.tariffs:
            return page(tariffs, filters)
        return [], 0, True

    @classmethod
    async def create(cls, module, role, data, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            return accept(data, kwargs.get("auth_token"))
        if module == ModuleID.tokens:
            tokens[str(data["uid"]).upper()] = data
            token_puts.append({"uid": str(data["uid"]).upper(), "valid": data.get("valid")})
        return data

    @classmethod
    async def update(cls, module, role, data, id, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            return accept(data, kwargs.get("auth_token"))
        if module == ModuleID.tokens:
            tokens[str(id).upper()] = data
            token_puts.append({"uid": str(id).upper(), "valid": data.get("valid")})
        return data

    @classmethod
    async def delete(cls, module, role, id, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            reg.unregistered(kwargs.get("auth_token"))

    @classmethod
    async def do(cls, module, role, action, *args, data=None, **kwargs):
        if module == ModuleID.commands and action == Action.get_client_token:
            return platform["token"]
        if module == ModuleID.commands and action == Action.send_command:
            commands.append({"command": str(kwargs["command"].value), "data": args[0] if args else data})
            return {"result": "ACCEPTED", "timeout": 30}
        return None


# The library's CPO version details leave out its commands receiver: publish it.
ENDPOINTS[VersionNumber.v_2_2_1][RoleEnum.cpo][ModuleID.commands] = cpo_generator.generate_endpoint(
    ModuleID.commands, InterfaceRole.receiver
)

app = get_application(
    version_numbers=[VersionNumber.v_2_2_1],
    roles=[RoleEnum.cpo],
    crud=PeerCrud,
    modules=[
        ModuleID.credentials_and_registration,
        ModuleID.locations,
        ModuleID.tariffs,
        ModuleID.tokens,
        ModuleID.commands,
    ],
    authenticator=reg.authenticator(),
)


#: Our largest page (X-Limit): small, so the platform must follow Link across pages.
PAGE = 2


def capped_filters(
    date_from: dt.datetime | None = None,
    date_to: dt.datetime | None = None,
    offset: int = 0,
    limit: int = PAGE,
) -> dict:
    return {"date_from": date_from, "date_to": date_to, "offset": offset, "limit": min(limit, PAGE)}


app.dependency_overrides[pagination_filters] = capped_filters


@app.middleware("http")
async def usable_links(request: Request, call_next):
    """The library's next-page Link is not usable as written: https (it expects a TLS terminator in
    front), the enums' reprs in the path (`VersionNumber.v_2_2_1/ModuleID.locations`) and unset
    filters as `None`. Rewrite it as a fronting proxy would: this request's own URL with the
    library's offset and limit, every filter the client sent kept."""
    response = await call_next(request)
    link = response.headers.get("link")
    if link:
        target = link.split(";")[0].strip("<> ")
        theirs = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(target).query))
        params = dict(request.query_params)
        params.update(offset=theirs["offset"], limit=theirs["limit"])
        url = str(request.url.replace(query=urllib.parse.urlencode(params)))
        if link_elsewhere["base"]:  # a misbehaving partner: its next page on another server
            url = link_elsewhere["base"] + urllib.parse.urlsplit(url).path
        response.headers["link"] = f'<{url}>; rel="next"'
    return response


def make_location(n: int, when: dt.datetime, status: str = "AVAILABLE") -> dict:
    lid = f"LOC{n}"
    raw = {
        "country_code": "SG",
        "party_id": "XWC",
        "id": lid,
        "publish": True,
        "name": f"Peer Plaza {n}",
        "address": f"{n} Jalan Peer",
        "city": "Kuala Lumpur",
        "postal_code": "50450",
        "country": "MYS",
        "coordinates": {"latitude": f"{3.1500 + n / 1000:.6f}", "longitude": f"{101.7100 + n / 1000:.6f}"},
        "evses": [
            {
                "uid": f"{lid}-E{e}",
                "evse_id": f"SG*XWC*E{n}{e}",
                "status": status,
                "capabilities": ["REMOTE_START_STOP_CAPABLE", "RFID_READER"]
                + (["RESERVABLE", "UNLOCK_CAPABLE"] if e == 1 else []),
                "connectors": [
                    {
                        "id": "1",
                        "standard": "IEC_62196_T2",
                        "format": "SOCKET",
                        "power_type": "AC_3_PHASE",
                        "max_voltage": 400,
                        "max_amperage": 32,
                        "max_electric_power": 22000,
                        "tariff_ids": ["AC1"],
                        "last_updated": stamp(when),
                    }
                ],
                "last_updated": stamp(when),
            }
            for e in (1, 2)
        ],
        "time_zone": "Asia/Kuala_Lumpur",
        "operator": {"name": f"Peer Operator {n}"},
        "last_updated": stamp(when),
    }
    Location.parse_obj(raw)  # the library's model: what we serve is valid 2.2.1
    return raw


def make_tariff(when: dt.datetime) -> dict:
    raw = {
        "country_code": "SG",
        "party_id": "XWC",
        "id": "AC1",
        "currency": "MYR",
        "type": "REGULAR",
        "elements": [
            {"price_components": [{"type": "ENERGY", "price": 1.2, "vat": 8.0, "step_size": 1}]},
            {"price_components": [{"type": "FLAT", "price": 1.0, "vat": 8.0, "step_size": 1}]},
        ],
        "last_updated": stamp(when),
    }
    Tariff.parse_obj(raw)
    return raw


@app.get("/control/state")
async def state() -> dict:
    return {
        "registered": platform["token"] is not None,
        "platform_token": platform["token"],
        "endpoints": platform["endpoints"],
        "credentials": platform["credentials"],
        "tokens": tokens,
        "token_puts": token_puts,
        "token_errors": token_errors,
    }


@app.post("/control/register")
async def register(request: Request) -> dict:
    """We register with the platform: its versions URL and the token A it issued us."""
    body = await request.json()
    http, answer = await reg.register(body["versions_url"], body["token_a"])
    if answer.get("status_code") != 1000:
        return {"ok": False, "http": http, "answer": answer}
    platform.update(token=answer["data"]["token"], credentials=answer["data"])
    return {"ok": True}


@app.post("/control/seed")
async def seed(request: Request) -> dict:
    """Hold `count` locations (updated an hour apart, oldest first) and one tariff."""
    body = await request.json()
    start = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    for n in range(body["count"]):
        loc = make_location(n, start + dt.timedelta(hours=n))
        locations[loc["id"].lower()] = loc
    tariff = make_tariff(start)
    tariffs[tariff["id"].lower()] = tariff
    return {"locations": len(locations), "tariffs": len(tariffs)}


@app.post("/control/link-elsewhere")
async def set_link_elsewhere(request: Request) -> dict:
    link_elsewhere["base"] = (await request.json())["base"]
    return link_elsewhere


@app.post("/control/push-location")
async def push_location(request: Request) -> dict:
    """PUT a whole location (new or changed) to the platform's locations receiver, or PATCH one
    EVSE's status."""
    body = await request.json()
    n = body["n"]
    when = dt.datetime.fromisoformat(body["when"].replace("Z", "+00:00"))
    base = f"{url_of('locations', 'RECEIVER')}/SG/XWC/LOC{n}"
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        if "evse_status" in body:
            r = await c.patch(
                f"{base}/LOC{n}-E{body['evse']}",
                headers=auth(platform["token"]),
                json={"status": body["evse_status"], "last_updated": stamp(when)},
            )
        else:
            loc = make_location(n, when)
            locations[loc["id"].lower()] = loc
            r = await c.put(base + body.get("suffix", ""), headers=auth(platform["token"]), json=loc)
    return {"http": r.status_code, "answer": r.json()}


@app.post("/control/send")
async def send(request: Request) -> dict:
    """Send any request to a platform endpoint (for the refusals: bad bodies, other parties)."""
    body = await request.json()
    url = url_of(body["module"], body.get("role")) + body.get("path", "")
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        r = await c.request(body["method"], url, headers=auth(platform["token"]), json=body.get("json"))
    return {"http": r.status_code, "answer": r.json()}


@app.post("/control/pull-tokens")
async def pull_tokens(request: Request) -> dict:
    """GET every page of the platform's tokens (its SENDER interface), validating each."""
    body = await request.json()
    url = url_of("tokens", "SENDER") + body.get("query", "")
    pages, pulled, errors, totals = 0, [], [], []
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        while url:
            r = await c.get(url, headers=auth(platform["token"]))
            answer = r.json()
            if answer.get("status_code") != 1000:
                return {"ok": False, "http": r.status_code, "answer": answer}
            pages += 1
            totals.append(int(r.headers["X-Total-Count"]))
            for raw in answer["data"]:
                try:
                    pulled.append(Token.parse_obj(raw).dict() | {"last_updated": raw["last_updated"]})
                except ValidationError as e:
                    errors.append({"uid": raw.get("uid"), "error": str(e)})
            link = r.headers.get("Link")
            url = link.split(";")[0].strip("<> ") if link else None
    return {"ok": True, "pages": pages, "tokens": pulled, "errors": errors, "totals": totals}


@app.get("/control/commands")
async def sent_commands() -> list:
    return commands


@app.post("/control/command-result")
async def set_command_result(request: Request) -> dict:
    command_result.update(await request.json())
    return command_result


@app.post("/control/post-result")
async def post_result(request: Request) -> dict:
    """POST a CommandResult of our own to the response_url of the platform's last `command` (the
    CPO cancelling a reservation: CANCELED_RESERVATION), validated by the library's model."""
    body = await request.json()
    sent = next(c["data"] for c in reversed(commands) if c["command"] == body["command"])
    result = {"result": body["result"]}
    CommandResult.parse_obj(result)
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        r = await c.post(sent["response_url"], headers=auth(platform["token"]), json=result)
    return {"http": r.status_code, "answer": r.json()}


@app.post("/control/push-session")
async def push_session(request: Request) -> dict:
    """PUT (or PATCH) the Session started by the platform's last START_SESSION to its receiver,
    validated by the library's model."""
    body = await request.json()
    start = next(c["data"] for c in reversed(commands) if c["command"] == "START_SESSION")
    token = start["token"]
    session = {
        "country_code": "SG",
        "party_id": "XWC",
        "id": body.get("id", "S1"),
        "start_date_time": "2026-12-06T08:00:00Z",
        "kwh": body["kwh"],
        "cdr_token": {
            "country_code": token["country_code"],
            "party_id": token["party_id"],
            "uid": token["uid"],
            "type": token["type"],
            "contract_id": token["contract_id"],
        },
        "auth_method": "COMMAND",
        "authorization_reference": start.get("authorization_reference"),
        "location_id": start["location_id"],
        "evse_uid": start["evse_uid"],
        "connector_id": "1",
        "currency": "MYR",
        "status": body["status"],
        "last_updated": body["when"],
    }
    Session.parse_obj(session)
    url = f"{url_of('sessions', 'RECEIVER')}/SG/XWC/{session['id']}"
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        if body.get("patch"):
            patch = {"kwh": body["kwh"], "status": body["status"], "last_updated": body["when"]}
            r = await c.patch(url, headers=auth(platform["token"]), json=patch)
        else:
            r = await c.put(url, headers=auth(platform["token"]), json=session)
    return {"http": r.status_code, "answer": r.json()}


@app.post("/control/post-cdr")
async def post_cdr(request: Request) -> dict:
    """POST the CDR of the platform's last started session (or of `uid`) to its CDRs receiver,
    validated by the library's model; `id`, `kwh`, `excl`/`incl` (MYR) and `currency` vary it."""
    body = await request.json()
    start = next((c["data"] for c in reversed(commands) if c["command"] == "START_SESSION"), None)
    token = start["token"] if start else {"country_code": "MY", "party_id": "PLG", "type": "RFID"}
    uid = body.get("uid", token.get("uid"))
    cdr = {
        "country_code": "SG",
        "party_id": "XWC",
        "id": body.get("id", "CDR1"),
        "start_date_time": "2026-12-06T08:00:00Z",
        "end_date_time": "2026-12-06T08:30:00Z",
        "session_id": body.get("session_id", "S1"),
        "cdr_token": {
            "country_code": token["country_code"],
            "party_id": token["party_id"],
            "uid": uid,
            "type": token["type"],
            "contract_id": f"MY-PLG-{uid}"[:36],
        },
        "auth_method": "COMMAND",
        "authorization_reference": (start or {}).get("authorization_reference"),
        "cdr_location": {
            "id": "LOC0",
            "name": "Peer Plaza 0",
            "address": "0 Jalan Peer",
            "city": "Kuala Lumpur",
            "country": "MYS",
            "coordinates": {"latitude": "3.150000", "longitude": "101.710000"},
            "evse_uid": "LOC0-E1",
            "evse_id": "SG*XWC*E01",
            "connector_id": "1",
            "connector_standard": "IEC_62196_T2",
            "connector_format": "SOCKET",
            "connector_power_type": "AC_3_PHASE",
        },
        "currency": body.get("currency", "MYR"),
        "charging_periods": [
            {
                "start_date_time": "2026-12-06T08:00:00Z",
                "dimensions": [{"type": "ENERGY", "volume": body["kwh"]}],
            }
        ],
        "total_cost": {"excl_vat": body["excl"], "incl_vat": body["incl"]},
        "total_energy": body["kwh"],
        "total_time": 0.5,
        "last_updated": "2026-12-06T08:30:00Z",
    }
    Cdr.parse_obj(cdr)
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        r = await c.post(url_of("cdrs", "RECEIVER"), headers=auth(platform["token"]), json=cdr)
    return {"http": r.status_code, "answer": r.json(), "location": r.headers.get("location")}


@app.post("/control/authorize")
async def authorize(request: Request) -> dict:
    """Ask the platform for a real-time authorization of one of its tokens at our location."""
    body = await request.json()
    url = f"{url_of('tokens', 'SENDER')}/{body['uid']}/authorize?type={body.get('type', 'RFID')}"
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        r = await c.post(url, headers=auth(platform["token"]), json={"location_id": "LOC0"})
    answer = r.json()
    if answer.get("status_code") == 1000:
        AuthorizationInfo.parse_obj(answer["data"])
    return {"http": r.status_code, "answer": answer}


if __name__ == "__main__":
    # The library's command tasks poll a held result every 2 s for as long as the peer runs: a stop
    # waits for them at most a second (the test's teardown would otherwise kill it after 10).
    uvicorn.run(
        common.Saving(app, save),
        host="127.0.0.1",
        port=PORT,
        log_level="warning",
        timeout_graceful_shutdown=1,
    )
