"""Roaming partners over OCPI 2.2.1: the registration handshake (both directions), credential
rotation and unregistering, the partners' tokens (backed by idTags, so the one id-tag rule answers a
charger's Authorize for them), and the public chargers published as Locations.

The handshake calls the partner's versions and credentials endpoints over HTTP (like a payment
provider, the partner is outside the platform); the inbound OCPI routes are the `ocpi` edge.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
import secrets
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from sqlalchemy import Select, case, func, or_, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from db.models import Charger, Connector, IdTag, OcpiPartner, OcpiToken, utcnow
from db.models.columns import UTCDateTime
from domain import roaming_log, rows
from domain.errors import Conflict, DomainError, InvalidInput
from domain.idtags import ci_key
from domain.read_models import paging
from domain.stations import public_condition

VERSION = "2.2.1"
#: The modules we offer (identifier, our interface role), as our version details publish them.
OWN_MODULES = (
    ("credentials", "SENDER"),
    ("locations", "SENDER"),
    ("tokens", "RECEIVER"),
    ("sessions", "SENDER"),
    ("cdrs", "SENDER"),
    ("tariffs", "SENDER"),
    ("commands", "RECEIVER"),
)
#: The idTag of an OCPP 1.6 charger is a CiString(20): longer token uids cannot be presented there.
ID_TAG_MAX = 20
#: How long one call to a partner may take during the handshake (seconds).
CALL_TIMEOUT = 10.0


@functools.lru_cache(maxsize=1)
def tls_context() -> ssl.SSLContext:
    """The TLS settings of every call to partners (the system's CA certificates), made once: loading
    them took about a tenth of a second of CPU for each client, and a charger's Authorize that asks
    the partners in real time made one."""
    return ssl.create_default_context()


def client(timeout: float = CALL_TIMEOUT) -> httpx.AsyncClient:
    """An HTTP client for calls to roaming partners."""
    return httpx.AsyncClient(timeout=timeout, verify=tls_context())


class PartnerUnreachable(DomainError):
    """The partner's versions/credentials API could not be used (OCPI 3001). `http_status` is the
    partner's HTTP answer, if one came."""

    code = "PARTNER_UNREACHABLE"
    default_message = "The partner's OCPI API could not be used."
    http_status: int | None = None


class NoMatchingEndpoints(DomainError):
    """The partner offers no 2.2.1 version or not the endpoints we need (OCPI 3002/3003)."""

    code = "NO_MATCHING_ENDPOINTS"
    default_message = "The partner offers no OCPI 2.2.1 with the endpoints needed."

    def __init__(self, message: str, ocpi_code: int) -> None:
        super().__init__(message, field="versions_url")
        self.ocpi_code = ocpi_code


@dataclass(frozen=True)
class OwnParty:
    """Our side of a registration: our versions URL and our roles (CPO and eMSP, one party)."""

    versions_url: str
    country_code: str
    party_id: str
    name: str

    def credentials(self, token: str) -> dict[str, Any]:
        return {
            "token": token,
            "url": self.versions_url,
            "roles": [
                {
                    "role": role,
                    "business_details": {"name": self.name},
                    "party_id": self.party_id,
                    "country_code": self.country_code,
                }
                for role in ("CPO", "EMSP")
            ],
        }


def own_party(base_url: str, country_code: str, party_id: str) -> OwnParty:
    """Our side, as served under `base_url` (the platform's address as the partner reaches it)."""
    return OwnParty(
        versions_url=base_url.rstrip("/") + "/ocpi/versions",
        country_code=country_code,
        party_id=party_id,
        name="PlagSini",
    )


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    """A fresh credentials token: 43 printable ASCII characters, no whitespace."""
    return secrets.token_urlsafe(32)


def auth_header(token: str) -> str:
    """`Authorization` value for a 2.2.1 partner: the base64 of the token."""
    return "Token " + base64.b64encode(token.encode()).decode()


def parse_stamp(value: object) -> dt.datetime | None:
    """An OCPI DateTime (Z optional, fractions allowed, other offsets converted); None if malformed."""
    if not isinstance(value, str) or len(value) > 32:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def valid_token(token: object) -> bool:
    return isinstance(token, str) and 0 < len(token) <= 64 and all(33 <= ord(c) <= 126 for c in token)


# ---------------------------------------------------------------------------------------- partners


async def partners(session: AsyncSession) -> list[OcpiPartner]:
    return list((await session.execute(select(OcpiPartner).order_by(OcpiPartner.id))).scalars())


async def partner(session: AsyncSession, partner_id: int) -> OcpiPartner:
    return await rows.get(session, OcpiPartner, partner_id, "No such roaming partner.", field="id")


async def partner_by_token(session: AsyncSession, candidates: list[str]) -> tuple[OcpiPartner, bool] | None:
    """The partner presenting one of these token values, and whether it is their token A."""
    digests = [token_digest(t) for t in candidates]
    row = (
        (
            await session.execute(
                select(OcpiPartner).where(
                    or_(OcpiPartner.inbound_token_hash.in_(digests), OcpiPartner.token_a_hash.in_(digests))
                )
            )
        )
        .scalars()
        .first()
    )
    if row is None:
        return None
    return row, row.token_a_hash in digests


async def invite_partner(session: AsyncSession, name: str) -> tuple[OcpiPartner, str]:
    """A partner that will register with us: issue a token A (returned once, stored as a digest)."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("A partner's name is 1 to 100 characters.", field="name")
    token_a = new_token()
    row = OcpiPartner(name=name, state="PENDING", token_a_hash=token_digest(token_a))
    session.add(row)
    await session.flush()
    return row, token_a


def endpoints_of(row: OcpiPartner) -> list[dict[str, Any]]:
    return list(json.loads(row.endpoints)) if row.endpoints else []


def endpoint(row: OcpiPartner, identifier: str, role: str | None = None) -> str | None:
    for e in endpoints_of(row):
        if e.get("identifier") == identifier and (role is None or e.get("role") == role):
            return str(e["url"])
    return None


async def call(
    client: httpx.AsyncClient, method: str, url: str, token: str, body: Any = None
) -> tuple[Any, httpx.Headers]:
    """One call to a partner: the `data` of its OCPI answer and the HTTP headers (paging); raises
    PartnerUnreachable unless the answer is HTTP 2xx with status 1000."""
    data, r = await _exchange(client, method, url, token, body)
    return data, r.headers


async def _call(client: httpx.AsyncClient, method: str, url: str, token: str, body: Any = None) -> Any:
    return (await _exchange(client, method, url, token, body))[0]


async def _exchange(
    client: httpx.AsyncClient, method: str, url: str, token: str, body: Any = None
) -> tuple[Any, httpx.Response]:
    """One call to a partner: the envelope's data and the response; PartnerUnreachable unless it
    answered 1000. Noted in the OCPI log either way."""
    headers = {
        "Authorization": auth_header(token),
        "X-Request-ID": secrets.token_hex(16),
        "X-Correlation-ID": secrets.token_hex(16),
    }
    began = time.monotonic()
    r: httpx.Response | None = None
    payload: Any = None
    try:
        try:
            r = await client.request(method, url, headers=headers, json=body)
            payload = r.json()
        except (httpx.HTTPError, ValueError) as e:
            failed = PartnerUnreachable(f"{method} {url}: {e}")
            failed.http_status = r.status_code if r is not None else None
            raise failed from e
        if r.status_code >= 300 or not isinstance(payload, dict) or payload.get("status_code") != 1000:
            failed = PartnerUnreachable(f"{method} {url}: HTTP {r.status_code} {str(payload)[:200]}")
            failed.http_status = r.status_code
            raise failed
    except PartnerUnreachable as e:
        _logged(method, url, token, began, r, payload, str(e))
        raise
    _logged(method, url, token, began, r, payload, None)
    return payload.get("data"), r


def _logged(
    method: str,
    url: str,
    token: str,
    began: float,
    r: httpx.Response | None,
    payload: Any,
    error: str | None,
) -> None:
    """Note an outbound call in the OCPI log (written at once, beside the caller)."""
    envelope = payload if isinstance(payload, dict) else {}
    code = envelope.get("status_code")
    roaming_log.note(
        "out",
        method,
        url,
        http_status=r.status_code if r is not None else None,
        ocpi_status=code if isinstance(code, int) else None,
        message=error or (str(envelope.get("status_message")) if envelope.get("status_message") else None),
        duration_ms=(time.monotonic() - began) * 1000,
        token=token,
    )


async def fetch_endpoints(client: httpx.AsyncClient, versions_url: str, token: str) -> list[dict[str, Any]]:
    """GET their versions, pick 2.2.1, GET its details: the endpoints."""
    versions = await _call(client, "GET", versions_url, token)
    url = next(
        (v.get("url") for v in versions or [] if isinstance(v, dict) and v.get("version") == VERSION), None
    )
    if not url:
        raise NoMatchingEndpoints("The partner offers no OCPI 2.2.1.", 3002)
    details = await _call(client, "GET", str(url), token)
    found = details.get("endpoints") if isinstance(details, dict) else None
    if not isinstance(found, list) or not any(
        isinstance(e, dict) and e.get("identifier") == "credentials" for e in found
    ):
        raise NoMatchingEndpoints("The partner's 2.2.1 has no credentials endpoint.", 3003)
    return [e for e in found if isinstance(e, dict)]


def _store_party(row: OcpiPartner, creds: dict[str, Any]) -> None:
    roles = creds.get("roles")
    if not isinstance(roles, list) or not roles or not isinstance(roles[0], dict):
        raise InvalidInput("The credentials carry no roles.", field="roles")
    row.country_code = str(roles[0].get("country_code", ""))[:2].upper() or None
    row.party_id = str(roles[0].get("party_id", ""))[:3].upper() or None
    row.roles = json.dumps(roles)


async def _credentials_answer(
    client: httpx.AsyncClient, method: str, url: str, token: str, body: dict[str, Any], what: str
) -> dict[str, Any]:
    """The partner's answer to our credentials (`method` to their credentials `url`): theirs, with the
    token we call them with from now on; PartnerUnreachable when it carries no valid `what`."""
    theirs = await _call(client, method, url, token, body)
    if not isinstance(theirs, dict) or not valid_token(theirs.get("token")):
        raise PartnerUnreachable(f"The partner's credentials answer carries no valid {what}.")
    return theirs


async def _failed(
    sessions: async_sessionmaker[AsyncSession],
    partner_id: int,
    error: PartnerUnreachable,
    undo: Callable[[OcpiPartner], None] | None = None,
) -> None:
    """A call to the partner failed: keep its error on the partner, after `undo` (what the call would
    have completed)."""
    async with sessions() as s, s.begin():
        row = await partner(s, partner_id)
        if undo is not None:
            undo(row)
        row.last_error = str(error)[:500]


def _drop_new_token(row: OcpiPartner) -> None:
    """A rotation that failed: the new token we offered opens nothing."""
    row.token_a_hash = None


async def accept_registration(
    session: AsyncSession,
    row: OcpiPartner,
    creds: dict[str, Any],
    own: OwnParty,
    client: httpx.AsyncClient,
) -> dict[str, Any]:
    """They POST (or PUT) their credentials to us: fetch their endpoints with their token B, store
    them, issue our token C (A is dead from now on) and return our credentials."""
    token_b, url = creds.get("token"), creds.get("url")
    if not valid_token(token_b) or not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise InvalidInput(
            "The credentials need a token (≤ 64 printable characters) and a URL.", field="token"
        )
    assert isinstance(token_b, str)
    found = await fetch_endpoints(client, url, token_b)
    _store_party(row, creds)
    token_c = new_token()
    row.versions_url = url
    row.version = VERSION
    row.endpoints = json.dumps(found)
    row.outbound_token = token_b
    row.inbound_token_hash = token_digest(token_c)
    row.token_a_hash = None
    row.state = "REGISTERED"
    row.last_error = None
    await session.flush()
    return own.credentials(token_c)


async def register_with(
    sessions: async_sessionmaker[AsyncSession],
    name: str,
    versions_url: str,
    token_a: str,
    own: OwnParty,
    client: httpx.AsyncClient,
) -> int:
    """We register with a partner given their versions URL and token A: fetch their endpoints, POST
    our credentials with a fresh token B, keep the token C they return. The partner row (with B) is
    committed before the POST, since the partner calls our versions with B before it answers; a
    failed registration stays as UNREGISTERED with its error. Returns the partner's id."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("A partner's name is 1 to 100 characters.", field="name")
    if not valid_token(token_a):
        raise InvalidInput("Token A is 1 to 64 printable characters.", field="token_a")
    if not versions_url.startswith(("http://", "https://")) or len(versions_url) > 255:
        raise InvalidInput(
            "The versions URL must be an http(s) URL of at most 255 characters.", field="versions_url"
        )
    found = await fetch_endpoints(client, versions_url, token_a)
    creds_url = next(str(e["url"]) for e in found if e.get("identifier") == "credentials")
    token_b = new_token()
    async with sessions() as s, s.begin():
        row = OcpiPartner(
            name=name,
            state="PENDING",
            versions_url=versions_url,
            version=VERSION,
            endpoints=json.dumps(found),
            inbound_token_hash=token_digest(token_b),
        )
        s.add(row)
        await s.flush()
        partner_id = row.id
    try:
        theirs = await _credentials_answer(
            client, "POST", creds_url, token_a, own.credentials(token_b), "token C"
        )
    except PartnerUnreachable as e:
        await _failed(sessions, partner_id, e, unregistered)
        raise
    async with sessions() as s, s.begin():
        row = await partner(s, partner_id)
        _store_party(row, theirs)
        row.outbound_token = str(theirs["token"])
        row.state = "REGISTERED"
    return partner_id


async def rotate_credentials(
    sessions: async_sessionmaker[AsyncSession], partner_id: int, own: OwnParty, client: httpx.AsyncClient
) -> None:
    """We rotate: PUT our credentials with a new token to the partner and keep the new token they
    return. Until they answer, the new token only opens versions and credentials (they fetch our
    endpoints with it); the old one works until the swap."""
    token = new_token()
    async with sessions() as s, s.begin():
        row = await partner(s, partner_id)
        creds_url = endpoint(row, "credentials")
        if row.state != "REGISTERED" or not creds_url or not row.outbound_token:
            raise Conflict("The partner is not registered.", field="id")
        outbound = row.outbound_token
        row.token_a_hash = token_digest(token)
    try:
        theirs = await _credentials_answer(
            client, "PUT", creds_url, outbound, own.credentials(token), "token"
        )
    except PartnerUnreachable as e:
        await _failed(sessions, partner_id, e, _drop_new_token)
        raise
    async with sessions() as s, s.begin():
        row = await partner(s, partner_id)
        row.inbound_token_hash = token_digest(token)
        row.token_a_hash = None
        row.outbound_token = str(theirs["token"])
        row.last_error = None


async def unregister(
    sessions: async_sessionmaker[AsyncSession], partner_id: int, client: httpx.AsyncClient
) -> None:
    """We end the registration: DELETE our credentials at the partner (best effort: a partner that
    cannot be reached is unregistered here all the same, with the error kept)."""
    async with sessions() as s, s.begin():
        row = await partner(s, partner_id)
        creds_url, outbound = endpoint(row, "credentials"), row.outbound_token
        unregistered(row)
    if creds_url and outbound:
        try:
            await _call(client, "DELETE", creds_url, outbound)
        except PartnerUnreachable as e:
            await _failed(sessions, partner_id, e)


def unregistered(row: OcpiPartner) -> None:
    """Either side ended the registration: no token works any more."""
    row.state = "UNREGISTERED"
    row.inbound_token_hash = None
    row.token_a_hash = None
    row.outbound_token = None


# ---------------------------------------------------------------------------------------- tokens


async def token(session: AsyncSession, cc: str, pid: str, uid: str, type_: str) -> OcpiToken | None:
    """A partner's token; country code, party id and uid are CiStrings (compared uppercase)."""
    q = select(OcpiToken).where(
        OcpiToken.country_code == cc.upper(),
        OcpiToken.party_id == pid.upper(),
        OcpiToken.uid == uid.upper(),
        OcpiToken.type == type_,
    )
    return (await session.execute(q)).scalar_one_or_none()


async def store_token(
    session: AsyncSession, row: OcpiPartner, body: dict[str, Any], last_updated: dt.datetime
) -> bool:
    """Store a partner's Token (the whole object, validated by the edge); True when it is new. A token
    whose uid fits an idTag is backed by one (Accepted while valid), so chargers can present it."""
    cc, pid = str(body["country_code"]).upper(), str(body["party_id"]).upper()
    uid, type_, valid = str(body["uid"]).upper(), str(body["type"]), bool(body["valid"])
    existing = await token(session, cc, pid, uid, type_)
    created = existing is None
    if existing is None:
        existing = OcpiToken(partner_id=row.id, country_code=cc, party_id=pid, uid=uid, type=type_)
        session.add(existing)
    elif existing.partner_id != row.id:
        raise Conflict("The token belongs to another partner.", field="uid")
    existing.valid = valid
    existing.body = json.dumps(body)
    existing.last_updated = last_updated
    if len(uid) <= ID_TAG_MAX:
        tag = (
            await session.execute(select(IdTag).where(IdTag.id_tag_key == ci_key(uid)))
        ).scalar_one_or_none()
        if tag is None:
            tag = IdTag(id_tag=uid, kind="rfid" if type_ == "RFID" else "app", label=f"OCPI {cc}*{pid}")
            session.add(tag)
            await session.flush()
        elif existing.id_tag_id != tag.id:
            raise Conflict("This uid is already an idTag of the platform.", field="uid")
        tag.status = "Accepted" if valid else "Blocked"
        existing.id_tag_id = tag.id
    await session.flush()
    return created


# ---------------------------------------------------------------------------------------- locations


def last_updated(charger: Charger) -> dt.datetime:
    stamps = [charger.updated_at, *(c.updated_at for c in charger.connectors)]
    return max(s for s in stamps if s is not None)


def published() -> Select[Charger]:
    """The chargers published as Locations (with their connectors): the ones drivers see (the one
    rule) that have a position (a Location needs coordinates)."""
    return (
        select(Charger)
        .options(selectinload(Charger.connectors))
        .where(public_condition(), Charger.latitude.is_not(None), Charger.longitude.is_not(None))
    )


def _last_updated_column() -> Any:
    """`last_updated` in SQL: the newest of the charger's and its connectors' update times."""
    newest_connector = (
        select(func.max(Connector.updated_at)).where(Connector.charger_id == Charger.id).scalar_subquery()
    )
    return type_coerce(
        case((newest_connector > Charger.updated_at, newest_connector), else_=Charger.updated_at),
        UTCDateTime(),
    )


S = TypeVar("S", bound=Select[Any])


def dated(stmt: S, stamp: Any, date_from: dt.datetime | None, date_to: dt.datetime | None) -> S:
    """An OCPI list's bounds: `stamp` (its objects' last update) at or after `date_from`, before
    `date_to`."""
    if date_from is not None:
        stmt = stmt.where(stamp >= date_from)
    if date_to is not None:
        stmt = stmt.where(stamp < date_to)
    return stmt


@dataclass(frozen=True)
class LocationPage:
    chargers: list[Charger]
    #: How many published chargers match the bounds in all.
    total: int


async def location_page(
    session: AsyncSession,
    *,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    offset: int,
    limit: int,
) -> LocationPage:
    """Up to `limit` published chargers from position `offset`, oldest update first, then by id (a
    stable order for paging), last updated at or after `date_from` and before `date_to`."""
    stamp = _last_updated_column()
    stmt = dated(published(), stamp, date_from, date_to)
    total = int(await session.scalar(paging.counting(stmt)) or 0)
    page = await paging.sorted_slice(
        session, stmt, key=Charger.id, expression=stamp, descending=False, start=offset, limit=limit
    )
    return LocationPage(chargers=page.rows, total=total)


async def public_location(session: AsyncSession, location_id: str) -> Charger | None:
    """One published charger, by its Location id (the charger's id)."""
    if not location_id.isdigit() or len(location_id) > 19:
        return None
    return (await session.execute(published().where(Charger.id == int(location_id)))).scalar_one_or_none()


def now() -> dt.datetime:
    return utcnow()


async def public_charger(session: AsyncSession, charge_point_id: str) -> Charger | None:
    """One published charger, by its charge point id."""
    q = published().where(Charger.charge_point_id == charge_point_id)
    return (await session.execute(q)).scalar_one_or_none()


async def push(client: httpx.AsyncClient, method: str, url: str, token: str, body: Any) -> None:
    """One call to a partner's receiver (the outbox retries it; see `domain.roaming_outbox`)."""
    await _call(client, method, url, token, body)


async def post(client: httpx.AsyncClient, url: str, token: str, body: Any) -> Any:
    """POST to a partner; the answer's data."""
    return await _call(client, "POST", url, token, body)


async def get_page(client: httpx.AsyncClient, url: str, token: str) -> tuple[Any, str | None]:
    """GET one page of a partner's list: its data and the next page's URL (from `Link`), if any."""
    data, r = await _exchange(client, "GET", url, token)
    link = r.headers.get("link")
    next_url = link.split(";")[0].strip().strip("<>") if link and 'rel="next"' in link else None
    return data, next_url
