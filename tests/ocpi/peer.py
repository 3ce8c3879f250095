"""A roaming partner (eMSP) built on the third-party OCPI library extrawest-ocpi (py_ocpi), run as a
separate process by the OCPI tests under its own interpreter (the library needs pydantic 1, the
platform pydantic 2; see tests/ocpi/conftest.py).

The library serves the partner's versions and credentials (it answers our registration itself);
`/control/...` routes let the test make the partner act: register with the platform, pull its
Locations (each validated against the library's OCPI 2.2.1 models), push a Token, pull Sessions and
CDRs. Its Sessions and CDRs receivers are the library's own (which validate what we push against its
2.2.1 models); every body pushed to them is also kept raw, with its validation, under `received`.

Its state is kept in `peer-state.json` of its working directory, so a test can stop the process (the
partner is down) and start it again on the same port (it comes back as it was).

Usage: python peer.py <port> <token A issued to the platform>
"""

from __future__ import annotations

import asyncio
import json
import secrets

import peer_common as common

common.environment("XWP")

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from fastapi import Request  # noqa: E402
from py_ocpi import get_application  # noqa: E402
from py_ocpi.core.crud import Crud  # noqa: E402
from py_ocpi.core.enums import ModuleID, RoleEnum  # noqa: E402
from py_ocpi.modules.cdrs.v_2_2_1.schemas import Cdr  # noqa: E402
from py_ocpi.modules.commands.v_2_2_1.schemas import (  # noqa: E402
    CancelReservation,
    CommandResponse,
    CommandResult,
    ReserveNow,
    StartSession,
    StopSession,
    UnlockConnector,
)
from py_ocpi.modules.credentials.v_2_2_1.schemas import Credentials  # noqa: E402
from py_ocpi.modules.locations.v_2_2_1.schemas import Connector, Location  # noqa: E402
from py_ocpi.modules.sessions.v_2_2_1.schemas import Session, SessionPartialUpdate  # noqa: E402
from py_ocpi.modules.tariffs.v_2_2_1.schemas import Tariff  # noqa: E402
from py_ocpi.modules.tokens.v_2_2_1.schemas import Token  # noqa: E402
from py_ocpi.modules.versions.enums import VersionNumber  # noqa: E402
from pydantic import ValidationError  # noqa: E402

PORT, BASE, auth = common.PORT, common.BASE, common.auth
reg = common.Registration("EMSP", "Peer eMSP", "XWP")
ROLES, ours, accept, url_of = reg.roles, reg.ours, reg.accept, reg.url_of
tokens_a, tokens_c, platform = reg.tokens_a, reg.tokens_c, reg.platform
#: The platform's Locations as we hold them (pulled, then updated by its pushes), and the updates.
locations: dict[str, dict] = {}
updates: list[dict] = []
#: The platform's Sessions and CDRs as pushed to us (by id), and every push received, raw.
sessions: dict[str, dict] = {}
cdrs: dict[str, dict] = {}
received: list[dict] = []
#: Our own drivers' tokens (the eMSP's), by uid (lowercase): the platform pulls them, or asks us to
#: authorize one in real time.
own_tokens: dict[str, dict] = {}
authorize_requests: list[dict] = []
#: The CommandResults the platform posted to our response URLs, by the uid in the URL.
results: dict[str, dict] = {}
#: Seconds our CDRs receiver takes to answer (a slow partner), and the CDR POSTs being answered.
slow: dict = {"cdrs": 0.0}
inflight: dict = {"cdrs": 0}
#: The platform's Tariffs pushed to our tariffs receiver (key: id), and their DELETEs.
tariffs: dict[str, dict] = {}
#: What is kept across a restart.
STORES = {
    "locations": locations,
    "updates": updates,
    "sessions": sessions,
    "cdrs": cdrs,
    "received": received,
    "results": results,
    "own_tokens": own_tokens,
    "authorize_requests": authorize_requests,
    "tariffs": tariffs,
}


def save() -> None:
    reg.save(STORES)


reg.load(STORES)


class PeerCrud(Crud):
    @classmethod
    async def get(cls, module, role, id, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            return ours(kwargs["auth_token"])
        if module == ModuleID.locations:
            return locations.get(str(id).lower())
        if module == ModuleID.sessions:
            return sessions.get(str(id).lower())
        if module == ModuleID.cdrs:
            return cdrs.get(str(id).lower())
        if module == ModuleID.tokens:
            return own_tokens.get(str(id).lower())
        if module == ModuleID.tariffs:
            return tariffs.get(str(id).lower())
        return None

    @classmethod
    async def list(cls, module, role, filters, *args, **kwargs):
        if module == ModuleID.tokens:
            items = sorted(own_tokens.values(), key=lambda t: t["uid"])
            offset, limit = filters.get("offset", 0), filters.get("limit", 50)
            page = items[offset : offset + limit]
            return page, len(items), offset + limit >= len(items)
        return [], 0, True

    @classmethod
    async def create(cls, module, role, data, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            return accept(data, kwargs.get("auth_token"))
        if module == ModuleID.sessions:
            sessions[str(data["id"]).lower()] = data
        if module == ModuleID.cdrs:
            cdrs[str(data["id"]).lower()] = data
        if module == ModuleID.tariffs:
            tariffs[str(data["id"]).lower()] = data
        return data

    @classmethod
    async def update(cls, module, role, data, id, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            return accept(data, kwargs.get("auth_token"))
        if module == ModuleID.locations:
            locations[str(id).lower()] = data
            updates.append(data)
        if module == ModuleID.sessions:
            sessions[str(id).lower()] = data
        if module == ModuleID.commands:
            results[str(id)] = data
        if module == ModuleID.tariffs:
            tariffs[str(id).lower()] = data
        return data

    @classmethod
    async def delete(cls, module, role, id, *args, **kwargs):
        if module == ModuleID.credentials_and_registration:
            reg.unregistered(kwargs.get("auth_token"))
        if module == ModuleID.tariffs:
            tariffs.pop(str(id).lower(), None)

    @classmethod
    async def do(cls, module, role, action, *args, data=None, **kwargs):
        if module == ModuleID.tokens and data is not None:  # real-time authorization
            authorize_requests.append(data)
            token = own_tokens[str(data["token_uid"]).lower()]
            return {
                "allowed": "ALLOWED" if token["valid"] else "BLOCKED",
                "token": token,
                "authorization_reference": "AUTH-" + token["uid"].upper(),
            }
        return None


app = get_application(
    version_numbers=[VersionNumber.v_2_2_1],
    roles=[RoleEnum.emsp],
    crud=PeerCrud,
    modules=[
        ModuleID.credentials_and_registration,
        ModuleID.locations,
        ModuleID.tokens,
        ModuleID.tariffs,
        ModuleID.sessions,
        ModuleID.cdrs,
        ModuleID.commands,
    ],
    authenticator=reg.authenticator(),
)

#: The library's model for each (receiver, method) whose raw bodies we keep.
MODELS = {
    ("sessions", "PUT"): Session,
    ("sessions", "PATCH"): SessionPartialUpdate,
    ("cdrs", "POST"): Cdr,
    ("commands", "POST"): CommandResult,
    ("tariffs", "PUT"): Tariff,
}


class Keep:
    """Keep every push to our Sessions, CDRs and Tariffs receivers and every CommandResult raw, with its
    validation against the library's model and our answer; save the state after every call (plain
    ASGI: the body is seen as the library reads it)."""

    def __init__(self, inner):  # type: ignore[no-untyped-def]
        self.inner = inner

    async def __call__(self, scope, receive, send):  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            return await self.inner(scope, receive, send)
        parts = scope["path"].strip("/").split("/")
        module = next(
            (m for m in ("sessions", "cdrs", "commands", "tariffs") if m in parts and "control" not in parts),
            None,
        )
        if module is None or scope["method"] not in ("PUT", "PATCH", "POST", "DELETE"):
            await self.inner(scope, receive, send)
            save()
            return
        if module == "cdrs" and scope["method"] == "POST":
            inflight["cdrs"] += 1
            try:
                await asyncio.sleep(slow["cdrs"])
                return await self.kept(module, scope, receive, send)
            finally:
                inflight["cdrs"] -= 1
        return await self.kept(module, scope, receive, send)

    async def kept(self, module, scope, receive, send):  # type: ignore[no-untyped-def]
        chunks: list[bytes] = []
        status: list[int] = []

        async def receiving():  # type: ignore[no-untyped-def]
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        async def sending(message):  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.inner(scope, receiving, sending)
        try:
            body = json.loads(b"".join(chunks) or b"null")
        except ValueError:
            body = None
        model = MODELS.get((module, scope["method"]))
        error = None
        try:
            if model is not None:
                model.parse_obj(body)
        except ValidationError as e:
            error = str(e)
        received.append(
            {
                "module": module,
                "method": scope["method"],
                "path": scope["path"],
                "body": body,
                "error": error,
                "http": status[0] if status else None,
            }
        )
        save()


@app.get("/control/state")
async def state() -> dict:
    return {
        "registered": platform["token"] is not None,
        "platform_token": platform["token"],
        "endpoints": platform["endpoints"],
        "credentials": platform["credentials"],
        "tokens_c": len(tokens_c),
        "updates": updates,
        "sessions": sessions,
        "cdrs": cdrs,
        "received": received,
        "results": results,
        "authorize_requests": authorize_requests,
        "tariffs": tariffs,
        "inflight": inflight,
    }


@app.post("/control/slow")
async def set_slow(request: Request) -> dict:
    """Make our CDRs receiver take this long to answer."""
    slow.update(await request.json())
    return {"ok": True}


COMMAND_MODELS = {
    "START_SESSION": StartSession,
    "STOP_SESSION": StopSession,
    "UNLOCK_CONNECTOR": UnlockConnector,
    "RESERVE_NOW": ReserveNow,
    "CANCEL_RESERVATION": CancelReservation,
}


@app.post("/control/command")
async def command(request: Request) -> dict:
    """Send a command to the platform (the body, with our response URL, checked against the library's
    model) and validate its CommandResponse."""
    body = await request.json()
    uid = secrets.token_hex(8)
    payload = {**body["body"], "response_url": f"{BASE}/ocpi/emsp/2.2.1/commands/{uid}"}
    model = COMMAND_MODELS.get(body["command"])
    if model is not None:
        model.parse_obj(payload)
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        r = await c.post(
            f"{url_of('commands')}/{body['command']}", headers=auth(platform["token"]), json=payload
        )
    answer = r.json()
    if answer.get("status_code") == 1000:
        CommandResponse.parse_obj(answer["data"])
    return {"http": r.status_code, "answer": answer, "uid": uid}


@app.post("/control/register")
async def register(request: Request) -> dict:
    """We register with the platform: its versions URL and the token A it issued us."""
    body = await request.json()
    http, answer = await reg.register(body["versions_url"], body["token_a"])
    if answer.get("status_code") != 1000:
        return {"ok": False, "http": http, "answer": answer}
    creds = Credentials.parse_obj(answer["data"])  # the library's 2.2.1 model
    platform.update(token=creds.token, credentials=answer["data"], versions_url=body["versions_url"])
    return {"ok": True, "credentials": answer["data"]}


async def crawl(module: str, query: str, model) -> dict:  # type: ignore[no-untyped-def]
    """GET every page of one of the platform's lists (following Link), validating each object against
    the library's `model`: the raw objects, the parsed ones, the errors and each page's headers."""
    url: str | None = url_of(module) + query
    pages, raw_objects, parsed, errors, totals, limits = 0, [], [], [], [], []
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        while url:
            r = await c.get(url, headers=auth(platform["token"]))
            answer = r.json()
            if answer.get("status_code") != 1000:
                return {"ok": False, "http": r.status_code, "answer": answer}
            pages += 1
            totals.append(int(r.headers["X-Total-Count"]))
            limits.append(int(r.headers["X-Limit"]))
            for raw in answer["data"]:
                raw_objects.append(raw)
                try:
                    parsed.append(model.parse_obj(raw))
                except ValidationError as e:
                    errors.append({"id": raw.get("id"), "error": str(e)})
            link = r.headers.get("Link")
            url = link.split(";")[0].strip("<> ") if link else None
    return {
        "ok": True,
        "pages": pages,
        "raw": raw_objects,
        "parsed": parsed,
        "errors": errors,
        "totals": totals,
        "limits": limits,
    }


@app.post("/control/pull-locations")
async def pull_locations(request: Request) -> dict:
    """GET every page of the platform's Locations, validating each against the library's models."""
    body = await request.json()
    got = await crawl("locations", body.get("query", ""), Location)
    if not got["ok"]:
        return got
    pulled = [location.dict() for location in got.pop("parsed")]
    for location in pulled:
        locations[location["id"].lower()] = location
    del got["raw"]
    return {**got, "locations": pulled}


@app.post("/control/pull")
async def pull(request: Request) -> dict:
    """GET every page of the platform's Sessions, CDRs or Tariffs (`module`), validating each against
    the library's models."""
    body = await request.json()
    module = body["module"]
    model = {"sessions": Session, "cdrs": Cdr, "tariffs": Tariff}[module]
    got = await crawl(module, body.get("query", ""), model)
    if not got["ok"]:
        return got
    del got["parsed"]
    objects = got.pop("raw")
    return {**got, "objects": objects}


@app.post("/control/get-object")
async def get_object(request: Request) -> dict:
    """GET one location / EVSE / connector (a path below the locations URL) and validate it."""
    body = await request.json()
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        r = await c.get(
            url_of(body.get("module", "locations")) + body["path"], headers=auth(platform["token"])
        )
    answer = r.json()
    if answer.get("status_code") == 1000 and body.get("model") == "connector":
        Connector.parse_obj(answer["data"])
    elif answer.get("status_code") == 1000 and body.get("model") == "location":
        Location.parse_obj(answer["data"])
    elif answer.get("status_code") == 1000 and body.get("model") == "tariff":
        Tariff.parse_obj(answer["data"])
    return {"http": r.status_code, "answer": answer}


def our_token(uid: str, valid: bool, whitelist: str) -> dict:
    """One of our drivers' RFID tokens, through the library's Token model (which lowercases its
    CiStrings), with last_updated as sent."""
    token = Token.parse_obj(
        {
            "country_code": "SG",
            "party_id": "XWP",
            "uid": uid,
            "type": "RFID",
            "contract_id": "SG-XWP-" + uid,
            "issuer": "Peer eMSP",
            "valid": valid,
            "whitelist": whitelist,
            "last_updated": "2026-12-06T00:00:00Z",
        }
    )
    payload = token.dict()
    payload["last_updated"] = "2026-12-06T00:00:00Z"
    return payload


@app.post("/control/forget-tariff")
async def forget_tariff(request: Request) -> dict:
    """Drop one of the platform's tariffs we hold, as a partner that cleaned up its data would."""
    tariffs.pop(str((await request.json())["id"]).lower(), None)
    return {"ok": True}


@app.post("/control/add-token")
async def add_token(request: Request) -> dict:
    """A token of one of our drivers, kept here (not pushed): the platform learns of it by pulling our
    tokens or by asking us in real time."""
    body = await request.json()
    payload = our_token(body["uid"], body.get("valid", True), "NEVER")
    own_tokens[str(payload["uid"]).lower()] = payload
    return {"ok": True}


@app.post("/control/push-token")
async def push_token(request: Request) -> dict:
    """PUT (or PATCH) one of our drivers' tokens to the platform's tokens receiver."""
    body = await request.json()
    payload = our_token(body["uid"], body.get("valid", True), "ALLOWED")
    async with httpx.AsyncClient(timeout=common.PARTNER_TIMEOUT) as c:
        if body.get("patch"):
            r = await c.patch(
                f"{url_of('tokens')}/SG/XWP/{body['uid']}",
                headers=auth(platform["token"]),
                json={"valid": body.get("valid", True), "last_updated": "2026-12-06T00:00:01Z"},
            )
        else:
            r = await c.put(
                f"{url_of('tokens')}/SG/XWP/{body['uid']}", headers=auth(platform["token"]), json=payload
            )
    return {"http": r.status_code, "answer": r.json(), "sent": payload}


if __name__ == "__main__":
    # The library's command tasks poll a held result every 2 s for as long as the peer runs: a stop
    # waits for them at most a second (the test's teardown would otherwise kill it after 10).
    uvicorn.run(Keep(app), host="127.0.0.1", port=PORT, log_level="warning", timeout_graceful_shutdown=1)
