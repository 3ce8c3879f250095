"""Roaming as eMSP (our drivers at partners' chargers) over OCPI 2.2.1: the partners' Locations and
Tariffs, pulled from their SENDER interfaces (paged, following `Link`) after registration and on
demand, and PUT/PATCHed by them to our RECEIVER interfaces; what drivers see of them (partner
stations near a point, with live availability and the tariff that applies).

Every object is checked for the fields OCPI requires before it is stored (a clear InvalidInput,
nothing stored); the whole object is kept as received, with the few fields the map filters on beside
it. Country codes, party ids and object ids are CiStrings: stored and compared uppercase.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.engine import read_session
from db.models import IdTag, OcpiPartner, OcpiPartnerLocation, OcpiPartnerTariff, User, utcnow
from domain import authorization, events, roaming
from domain.errors import InvalidInput
from domain.idtags import ci_key
from domain.ports import DomainSettings
from domain.read_models import paging
from domain.stations import Point, bounding_box, haversine_km

EVSE_STATUSES = (
    "AVAILABLE",
    "BLOCKED",
    "CHARGING",
    "INOPERATIVE",
    "OUTOFORDER",
    "PLANNED",
    "REMOVED",
    "RESERVED",
    "UNKNOWN",
)
POWER_TYPES = ("AC_1_PHASE", "AC_2_PHASE", "AC_2_PHASE_SPLIT", "AC_3_PHASE", "DC")
PRICE_TYPES = ("ENERGY", "FLAT", "PARKING_TIME", "TIME")
#: The most pages one pull follows (a partner whose Link never ends cannot keep us busy).
MAX_PAGES = 1000


# ------------------------------------------------------------------------------------- validation


def _need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = obj.get(key) if isinstance(obj, dict) else None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise InvalidInput(f"{where}.{key} is missing or of the wrong type.", field=key)
    return value


def _stamp(obj: dict[str, Any], where: str) -> dt.datetime:
    when = roaming.parse_stamp(obj.get("last_updated"))
    if when is None:
        raise InvalidInput(f"{where}.last_updated is not an OCPI DateTime.", field="last_updated")
    return when


def _ci(value: str, size: int, where: str) -> str:
    if not 0 < len(value) <= size or not all(33 <= ord(c) <= 126 for c in value):
        raise InvalidInput(f"{where} must be 1 to {size} printable characters.", field="id")
    return value.upper()


def check_connector(c: Any) -> None:
    for key in ("id", "standard", "format", "power_type"):
        _need(c, key, str, "Connector")
    for key in ("max_voltage", "max_amperage"):
        _need(c, key, (int, float), "Connector")
    if c["power_type"] not in POWER_TYPES or c["format"] not in ("SOCKET", "CABLE"):
        raise InvalidInput("Connector.power_type or Connector.format is invalid.", field="power_type")
    _stamp(c, "Connector")


def check_evse(e: Any) -> None:
    _ci(_need(e, "uid", str, "EVSE"), 36, "EVSE.uid")
    if _need(e, "status", str, "EVSE") not in EVSE_STATUSES:
        raise InvalidInput("EVSE.status is invalid.", field="status")
    connectors = _need(e, "connectors", list, "EVSE")
    if not connectors:
        raise InvalidInput("An EVSE needs at least one connector.", field="connectors")
    for c in connectors:
        check_connector(c)
    _stamp(e, "EVSE")


def _coordinate(coords: Any, key: str, bound: int) -> Decimal:
    raw = _need(coords, key, str, "Location.coordinates")
    try:
        value = Decimal(raw)
    except InvalidOperation as e:
        raise InvalidInput(f"Location.coordinates.{key} is not a number.", field=key) from e
    if not value.is_finite() or abs(value) > bound:
        raise InvalidInput(f"Location.coordinates.{key} is out of range.", field=key)
    return value.quantize(Decimal("0.000001"))


def check_location(body: Any) -> dt.datetime:
    """The fields OCPI 2.2.1 requires of a Location (and its EVSEs and connectors); its last_updated."""
    for key in ("country_code", "party_id", "id", "address", "city", "country", "time_zone"):
        _need(body, key, str, "Location")
    _need(body, "publish", bool, "Location")
    coords = _need(body, "coordinates", dict, "Location")
    _coordinate(coords, "latitude", 90)
    _coordinate(coords, "longitude", 180)
    for e in body.get("evses") or []:
        check_evse(e)
    return _stamp(body, "Location")


def check_tariff(body: Any) -> dt.datetime:
    for key in ("country_code", "party_id", "id", "currency"):
        _need(body, key, str, "Tariff")
    if len(body["currency"]) != 3:
        raise InvalidInput("Tariff.currency is an ISO 4217 code.", field="currency")
    elements = _need(body, "elements", list, "Tariff")
    if not elements:
        raise InvalidInput("A tariff needs at least one element.", field="elements")
    for el in elements:
        components = _need(el, "price_components", list, "TariffElement")
        if not components:
            raise InvalidInput("A tariff element needs at least one price component.", field="elements")
        for pc in components:
            if _need(pc, "type", str, "PriceComponent") not in PRICE_TYPES:
                raise InvalidInput("PriceComponent.type is invalid.", field="type")
            _need(pc, "price", (int, float), "PriceComponent")
            _need(pc, "step_size", int, "PriceComponent")
    return _stamp(body, "Tariff")


# ------------------------------------------------------------------------------------- storing


def parties(partner: OcpiPartner) -> set[tuple[str, str]]:
    """The (country_code, party_id) pairs the partner's credentials announce, uppercase."""
    roles = json.loads(partner.roles) if partner.roles else []
    return {
        (str(r.get("country_code", "")).upper(), str(r.get("party_id", "")).upper())
        for r in roles
        if isinstance(r, dict)
    }


def _owned(partner: OcpiPartner, cc: str, pid: str) -> tuple[str, str]:
    key = (cc.upper(), pid.upper())
    if key not in parties(partner):
        raise InvalidInput("The country_code/party_id is not the partner's.", field="party_id")
    return key


def _counts(body: dict[str, Any]) -> tuple[int, int]:
    live = [e for e in body.get("evses") or [] if e.get("status") != "REMOVED"]
    return len(live), sum(1 for e in live if e.get("status") == "AVAILABLE")


_Stored = TypeVar("_Stored", OcpiPartnerLocation, OcpiPartnerTariff)


async def _partners_object(
    session: AsyncSession, model: type[_Stored], partner: OcpiPartner, cc: str, pid: str, key: Any, value: str
) -> _Stored | None:
    """A partner's stored object of one party by its id (case-insensitive, as OCPI ids are)."""
    q = select(model).where(
        model.partner_id == partner.id,
        model.country_code == cc.upper(),
        model.party_id == pid.upper(),
        key == value.upper(),
    )
    return (await session.execute(q)).scalar_one_or_none()


async def _stored_row(
    session: AsyncSession, partner: OcpiPartner, body: Any, model: type[_Stored], id_field: str, what: str
) -> tuple[_Stored, bool]:
    """The stored row of the partner's object `body` names (its party, its id), or a new one added to
    the session; and whether it is new. The party must be one of the partner's own."""
    cc, pid = _owned(partner, body["country_code"], body["party_id"])
    oid = _ci(body["id"], 36, f"{what}.id")
    row = await _partners_object(session, model, partner, cc, pid, getattr(model, id_field), oid)
    if row is not None:
        return row, False
    row = model(partner_id=partner.id, country_code=cc, party_id=pid, **{id_field: oid})
    session.add(row)
    return row, True


async def location(
    session: AsyncSession, partner: OcpiPartner, cc: str, pid: str, location_id: str
) -> OcpiPartnerLocation | None:
    key = OcpiPartnerLocation.location_id
    return await _partners_object(session, OcpiPartnerLocation, partner, cc, pid, key, location_id)


async def store_location(session: AsyncSession, partner: OcpiPartner, body: Any) -> bool:
    """Store a partner's whole Location (PUT or pulled); True when it is new."""
    when = check_location(body)
    row, created = await _stored_row(session, partner, body, OcpiPartnerLocation, "location_id", "Location")
    old = None if created else row.body
    _keep(row, body, when)
    await session.flush()
    _announce(session, row, old)
    return created


def _statuses(body: str) -> dict[str, str]:
    return {
        str(e.get("uid", "")).upper(): str(e.get("status"))
        for e in json.loads(body).get("evses") or []
        if isinstance(e, dict)
    }


def _announce(session: AsyncSession, row: OcpiPartnerLocation, old: str | None) -> None:
    """Tell drivers watching the map (the same channel as our own chargers' availability, after the
    commit) which EVSEs of a known partner station changed status. A new station is not announced:
    the map finds it when it next reads the stations."""
    publish = getattr(session, "publish", None)
    if old is None or publish is None:
        return
    before, now = _statuses(old), _statuses(row.body)
    stamp = row.last_updated.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for uid, status in now.items():
        if before.get(uid) != status:
            event: events.ChargerStatusEvent = {
                "type": "partner",
                "partner_station_id": row.id,
                "evse_uid": uid,
                "status": status,
                "available": row.available,
                "is_public": True,
                "timestamp": stamp,
            }
            publish(events.ALL_CHARGERS_STATUS, event)


def _keep(row: OcpiPartnerLocation, body: dict[str, Any], when: dt.datetime) -> None:
    coords = body["coordinates"]
    row.name = (body.get("name") or None) if isinstance(body.get("name"), str) else None
    if row.name:
        row.name = row.name[:255]
    row.latitude = _coordinate(coords, "latitude", 90)
    row.longitude = _coordinate(coords, "longitude", 180)
    row.evses, row.available = _counts(body)
    row.body = json.dumps(body)
    row.last_updated = when


def _merge(target: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    return {**target, **patch}


async def update_location_part(
    session: AsyncSession,
    partner: OcpiPartner,
    ids: tuple[str, str, str],
    evse_uid: str | None,
    connector_id: str | None,
    body: Any,
    *,
    patch: bool,
) -> bool | None:
    """A partner PUTs or PATCHes an EVSE or a connector of a stored Location, or PATCHes the Location
    itself: apply it, stamp the parents with its last_updated (OCPI), check the whole Location again
    and store it. True when the EVSE/connector is new; None when the Location (or the EVSE a
    connector belongs to, or the object a PATCH names) is unknown."""
    if not isinstance(body, dict):
        raise InvalidInput("The body must be a JSON object.", field="body")
    cc, pid = _owned(partner, ids[0], ids[1])
    row = await location(session, partner, cc, pid, ids[2])
    if row is None:
        return None
    when = _stamp(body, "The update")
    loc = json.loads(row.body)
    created = False
    if evse_uid is None:
        if not patch:
            raise InvalidInput("A whole Location is PUT with its own id.", field="id")
        loc = _merge(loc, body)
    else:
        evses = loc.setdefault("evses", [])
        idx = next(
            (i for i, e in enumerate(evses) if str(e.get("uid", "")).upper() == evse_uid.upper()), None
        )
        if connector_id is None:
            if idx is None:
                if patch:
                    return None
                evses.append(body)
                created = True
            else:
                evses[idx] = _merge(evses[idx], body) if patch else body
            if not patch and str(body.get("uid", "")).upper() != evse_uid.upper():
                raise InvalidInput("The EVSE's uid differs from the URL's.", field="uid")
        else:
            if idx is None:
                return None
            evse = evses[idx]
            conns = evse.setdefault("connectors", [])
            cidx = next((i for i, c in enumerate(conns) if str(c.get("id")) == connector_id), None)
            if cidx is None:
                if patch:
                    return None
                conns.append(body)
                created = True
            else:
                conns[cidx] = _merge(conns[cidx], body) if patch else body
            if not patch and str(body.get("id")) != connector_id:
                raise InvalidInput("The connector's id differs from the URL's.", field="id")
            evse["last_updated"] = body["last_updated"]
        loc["last_updated"] = body["last_updated"]
    if str(loc.get("id", "")).upper() != row.location_id or (
        str(loc.get("country_code", "")).upper(),
        str(loc.get("party_id", "")).upper(),
    ) != (cc, pid):
        raise InvalidInput("The Location's ids differ from the URL's.", field="id")
    check_location(loc)
    old = row.body
    _keep(row, loc, when)
    await session.flush()
    _announce(session, row, old)
    return created


def location_part(row: OcpiPartnerLocation, evse_uid: str | None, connector_id: str | None) -> Any:
    """The stored Location, or one of its EVSEs or connectors (None when unknown)."""
    obj: Any = json.loads(row.body)
    if evse_uid is not None:
        obj = next(
            (e for e in obj.get("evses") or [] if str(e.get("uid", "")).upper() == evse_uid.upper()), None
        )
        if obj is not None and connector_id is not None:
            obj = next((c for c in obj.get("connectors") or [] if str(c.get("id")) == connector_id), None)
    return obj


async def tariff(
    session: AsyncSession, partner: OcpiPartner, cc: str, pid: str, tariff_id: str
) -> OcpiPartnerTariff | None:
    key = OcpiPartnerTariff.tariff_id
    return await _partners_object(session, OcpiPartnerTariff, partner, cc, pid, key, tariff_id)


async def store_tariff(session: AsyncSession, partner: OcpiPartner, body: Any) -> bool:
    """Store a partner's whole Tariff (PUT or pulled); True when it is new."""
    when = check_tariff(body)
    row, created = await _stored_row(session, partner, body, OcpiPartnerTariff, "tariff_id", "Tariff")
    row.currency = body["currency"].upper()
    row.body = json.dumps(body)
    row.last_updated = when
    await session.flush()
    return created


async def delete_tariff(
    session: AsyncSession, partner: OcpiPartner, cc: str, pid: str, tariff_id: str
) -> bool:
    cc, pid = _owned(partner, cc, pid)
    row = await tariff(session, partner, cc, pid, tariff_id)
    if row is None:
        return False
    await session.delete(row)
    await session.flush()
    return True


# ------------------------------------------------------------------------------------- pulling


@dataclass
class PullResult:
    locations: int = 0
    tariffs: int = 0
    pages: int = 0
    #: Objects refused (id and reason); the others were stored.
    refused: list[str] = field(default_factory=list)


def next_link(headers: httpx.Headers) -> str | None:
    """The URL of the next page from a `Link: <url>; rel="next"` header (None on the last page)."""
    for part in str(headers.get("link", "")).split(","):
        target, _, params = part.partition(";")
        if 'rel="next"' in params.replace(" ", "") or "rel=next" in params.replace(" ", ""):
            url = target.strip().strip("<>")
            if url.startswith(("http://", "https://")):
                return url
    return None


async def pull(
    sessions: async_sessionmaker[AsyncSession],
    partner_id: int,
    client: httpx.AsyncClient,
    *,
    since: dt.datetime | None = None,
) -> PullResult:
    """GET every page of the partner's Locations and Tariffs (their SENDER interfaces), from `since`
    when given, and store each valid object (one transaction per page). Modules the partner does not
    send are skipped."""
    async with read_session(sessions) as s:
        row = await roaming.partner(s, partner_id)
        if row.state != "REGISTERED" or not row.outbound_token:
            raise InvalidInput("The partner is not registered.", field="id")
        token = row.outbound_token
        urls = {m: roaming.endpoint(row, m, "SENDER") for m in ("locations", "tariffs")}
    result = PullResult()
    query = f"?date_from={since.strftime('%Y-%m-%dT%H:%M:%SZ')}" if since is not None else ""
    for module, store in (("locations", store_location), ("tariffs", store_tariff)):
        base = urls[module]
        url = base + query if base else None
        while url and result.pages < MAX_PAGES:
            data, headers = await roaming.call(client, "GET", url, token)
            result.pages += 1
            async with sessions() as s, s.begin():
                partner = await roaming.partner(s, partner_id)
                for obj in data if isinstance(data, list) else []:
                    try:
                        async with s.begin_nested():
                            await store(s, partner, obj)
                    except InvalidInput as e:
                        ident = obj.get("id") if isinstance(obj, dict) else None
                        result.refused.append(f"{module} {str(ident)[:36]}: {e}")
                        continue
                    if module == "locations":
                        result.locations += 1
                    else:
                        result.tariffs += 1
            following = next_link(headers)
            # Only pages of the same server: a Link elsewhere is not followed (we send our token).
            same = following is not None and urlsplit(following)[:2] == urlsplit(url)[:2]
            if following is not None and not same:
                result.refused.append(f"{module}: a next page on another server was not followed")
            url = following if same else None
    return result


# ------------------------------------------------------------------------------------- drivers


@dataclass(frozen=True)
class PriceLine:
    #: ENERGY (per kWh), TIME and PARKING_TIME (per hour), FLAT (per session); excl. VAT.
    type: str
    price: Decimal
    vat_percent: Decimal | None
    #: The element has restrictions (time of day, power...): the price applies only then.
    conditional: bool


@dataclass(frozen=True)
class TariffView:
    tariff_id: str
    currency: str
    lines: list[PriceLine]
    text: str | None


@dataclass(frozen=True)
class ConnectorView:
    standard: str
    power_type: str
    max_power_kw: Decimal | None


@dataclass(frozen=True)
class EvseView:
    uid: str
    evse_id: str | None
    status: str
    connectors: list[ConnectorView]
    #: The partner's EVSE capabilities (RESERVABLE, REMOTE_START_STOP_CAPABLE, ...).
    capabilities: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerStation:
    id: int
    partner: str
    country_code: str
    party_id: str
    location_id: str
    name: str | None
    address: str
    city: str
    latitude: Decimal
    longitude: Decimal
    distance_km: float | None
    evses: list[EvseView]
    available: int
    tariff: TariffView | None
    #: The Location's operator as the partner names it (else the partner runs it).
    operator: str | None = None


def plain(value: Decimal) -> Decimal:
    """Without trailing zeros and without an exponent (20, not 2E+1)."""
    d = value.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def tariff_view(row: OcpiPartnerTariff) -> TariffView:
    """The tariff as a driver reads it before starting: the first price of each dimension (OCPI
    applies the first element whose restrictions match), marked when it has restrictions."""
    body = json.loads(row.body)
    lines: list[PriceLine] = []
    seen: set[str] = set()
    for el in body.get("elements") or []:
        restricted = bool(el.get("restrictions"))
        for pc in el.get("price_components") or []:
            kind = pc.get("type")
            price = _decimal(pc.get("price"))
            if kind in seen or kind not in PRICE_TYPES or price is None:
                continue
            seen.add(kind)
            vat = _decimal(pc.get("vat"))
            lines.append(PriceLine(kind, price, None if vat is None else plain(vat), restricted))
    text = next(
        (
            t.get("text")
            for t in body.get("tariff_alt_text") or []
            if isinstance(t, dict) and t.get("language") == "en"
        ),
        None,
    )
    return TariffView(row.tariff_id, row.currency, lines, str(text)[:512] if text else None)


def _evse_view(e: dict[str, Any]) -> EvseView:
    conns = []
    for c in e.get("connectors") or []:
        watts = _decimal(c.get("max_electric_power"))
        conns.append(
            ConnectorView(
                standard=str(c.get("standard")),
                power_type=str(c.get("power_type")),
                max_power_kw=None if watts is None else plain(watts / 1000),
            )
        )
    evse_id = e.get("evse_id")
    # CiStrings (some partners send them lowercased): shown uppercase.
    caps = [str(c)[:40] for c in e.get("capabilities") or [] if isinstance(c, str)]
    return EvseView(
        str(e.get("uid")).upper(),
        str(evse_id).upper() if evse_id else None,
        str(e.get("status")),
        conns,
        caps,
    )


async def partner_stations(
    session: AsyncSession,
    center: Point | None,
    *,
    radius_km: float,
    limit: int,
    station_id: int | None = None,
) -> list[PartnerStation]:
    """Partners' published Locations with at least one EVSE in use (not REMOVED), of registered
    partners: near `center` (within `radius_km`, nearest first) or all (by id), at most `limit`;
    only the one `station_id` when given."""
    q = (
        select(OcpiPartnerLocation, OcpiPartner.name)
        .join(OcpiPartner, OcpiPartner.id == OcpiPartnerLocation.partner_id)
        .where(OcpiPartner.state == "REGISTERED", OcpiPartnerLocation.evses > 0)
        .order_by(OcpiPartnerLocation.id)
    )
    if station_id is not None:
        q = q.where(OcpiPartnerLocation.id == station_id)
    if center is not None:
        box = bounding_box(center, radius_km)
        if box is not None:
            q = q.where(
                OcpiPartnerLocation.latitude.between(Decimal(str(box[0])), Decimal(str(box[1]))),
                OcpiPartnerLocation.longitude.between(Decimal(str(box[2])), Decimal(str(box[3]))),
            )
        else:
            lat_lo = max(-90.0, center.latitude - radius_km / 111.0)
            lat_hi = min(90.0, center.latitude + radius_km / 111.0)
            q = q.where(OcpiPartnerLocation.latitude.between(Decimal(str(lat_lo)), Decimal(str(lat_hi))))
    found: list[tuple[OcpiPartnerLocation, str, float | None]] = []
    for loc, partner_name in (await session.execute(q)).all():
        if not json.loads(loc.body).get("publish", True):
            continue
        d = None if center is None else haversine_km(center, float(loc.latitude), float(loc.longitude))
        if d is not None and d > radius_km:
            continue
        found.append((loc, partner_name, d))
    if center is not None:
        found.sort(key=lambda t: (t[2], t[0].id))
    found = found[:limit]
    tariffs = await _tariffs_of(session, [loc for loc, _, _ in found])
    out = []
    for loc, partner_name, d in found:
        body = json.loads(loc.body)
        evses = [e for e in body.get("evses") or [] if e.get("status") != "REMOVED"]
        tid = next(
            (
                str(t).upper()
                for e in evses
                for c in e.get("connectors") or []
                for t in c.get("tariff_ids") or []
            ),
            None,
        )
        t = tariffs.get((loc.partner_id, loc.country_code, loc.party_id, tid)) if tid else None
        out.append(
            PartnerStation(
                id=loc.id,
                partner=partner_name,
                country_code=loc.country_code,
                party_id=loc.party_id,
                location_id=loc.location_id,
                name=loc.name,
                address=str(body.get("address")),
                city=str(body.get("city")),
                latitude=loc.latitude,
                longitude=loc.longitude,
                distance_km=d,
                evses=[_evse_view(e) for e in evses],
                available=loc.available,
                tariff=None if t is None else tariff_view(t),
                operator=_operator(body),
            )
        )
    return out


def _operator(body: dict[str, Any]) -> str | None:
    """The Location's operator (OCPI BusinessDetails.name), when the partner names one."""
    op = body.get("operator")
    name = op.get("name") if isinstance(op, dict) else None
    return str(name)[:100] if isinstance(name, str) and name else None


async def _tariffs_of(
    session: AsyncSession, locations: list[OcpiPartnerLocation]
) -> dict[tuple[int, str, str, str], OcpiPartnerTariff]:
    partner_ids = {loc.partner_id for loc in locations}
    if not partner_ids:
        return {}
    rows = (
        await session.execute(select(OcpiPartnerTariff).where(OcpiPartnerTariff.partner_id.in_(partner_ids)))
    ).scalars()
    return {(t.partner_id, t.country_code, t.party_id, t.tariff_id): t for t in rows}


# ------------------------------------------------------------------------------------- our tokens

#: OCPI token types of our idTag kinds: the driver's app token and their RFID cards.
TOKEN_TYPE = {"app": "APP_USER", "rfid": "RFID"}
#: AllowedType of an OCPP idTag status that is not Accepted.
NOT_ACCEPTED = {
    "Blocked": "BLOCKED",
    "Expired": "EXPIRED",
    "Invalid": "NOT_ALLOWED",
    "ConcurrentTx": "NOT_ALLOWED",
}


def _drivers_tags() -> Select[IdTag, User]:
    """Our drivers' idTags (the ones with an owner: partners' tokens and operators' cards have none)."""
    return select(IdTag, User).join(User, User.id == IdTag.user_id).where(IdTag.kind.in_(tuple(TOKEN_TYPE)))


def our_token(tag: IdTag, user: User, country_code: str, party_id: str) -> dict[str, Any]:
    """One of our drivers' idTags as an OCPI Token. App tokens are always authorized in real time
    (NEVER: the prepaid rule is checked at each start); RFID cards too, unless we cannot be reached
    (ALLOWED_OFFLINE)."""
    type_ = TOKEN_TYPE[tag.kind]
    usable = tag.status == "Accepted" and not user.disabled and user.deleted_at is None
    if tag.expires_at is not None and tag.expires_at <= utcnow():
        usable = False
    return {
        "country_code": country_code,
        "party_id": party_id,
        "uid": tag.id_tag,
        "type": type_,
        "contract_id": f"{country_code}-{party_id}-{tag.id_tag}"[:36],
        "issuer": "PlagSini",
        "valid": usable,
        "whitelist": "NEVER" if type_ == "APP_USER" else "ALLOWED_OFFLINE",
        "last_updated": tag.updated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


@dataclass(frozen=True)
class TokenPage:
    tags: list[tuple[IdTag, User]]
    total: int


async def token_page(
    session: AsyncSession,
    *,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    offset: int,
    limit: int,
) -> TokenPage:
    """Up to `limit` of our drivers' tokens from position `offset`, oldest update first then by id,
    updated at or after `date_from` and before `date_to`."""
    stmt = _drivers_tags()
    if date_from is not None:
        stmt = stmt.where(IdTag.updated_at >= date_from)
    if date_to is not None:
        stmt = stmt.where(IdTag.updated_at < date_to)
    total = int(await session.scalar(paging.counting(cast("Select[Any]", stmt))) or 0)
    rows = (
        await session.execute(stmt.order_by(IdTag.updated_at, IdTag.id).offset(offset).limit(limit))
    ).all()
    return TokenPage(tags=[(t, u) for t, u in rows], total=total)


async def authorize(
    session: AsyncSession,
    uid: str,
    type_: str,
    country_code: str,
    party_id: str,
    settings: DomainSettings | None = None,
) -> dict[str, Any] | None:
    """A partner CPO asks whether one of our drivers' tokens may charge now (real-time
    authorization): the one id-tag rule (status, expiry, a disabled account, a session already
    running), then the prepaid rule (a wallet below the minimum is NO_CREDIT). None for a token that
    is not one of ours (OCPI: unknown token)."""
    found = (await session.execute(_drivers_tags().where(IdTag.id_tag_key == ci_key(uid)))).first()
    if found is None or TOKEN_TYPE[found[0].kind] != type_:
        return None
    tag, user = found
    info = await authorization.id_tag_info(session, tag.id_tag)
    allowed = NOT_ACCEPTED.get(info["status"], "ALLOWED")
    message = {
        "BLOCKED": "This card or app token is blocked.",
        "EXPIRED": "This card has expired.",
        "NOT_ALLOWED": "Charging is not allowed with this token now.",
    }.get(allowed)
    if allowed == "ALLOWED":
        refusal = await authorization.start_refusal(session, user.id, settings)
        if refusal is not None:
            allowed = "NO_CREDIT"
            message = "The wallet holds less than the minimum to start: top up in the PlagSini app."
    answer: dict[str, Any] = {
        "allowed": allowed,
        "token": our_token(tag, user, country_code, party_id),
    }
    if allowed == "ALLOWED":
        answer["authorization_reference"] = secrets.token_hex(16)
    if message:
        answer["info"] = {"language": "en", "text": message}
    return answer
