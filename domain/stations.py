"""Public charger discovery for drivers: which chargers a driver may see, nearest first.

Only approved, accepted, public chargers are ever returned. ``near`` searches are a bounding-box
prefilter on the ``(latitude, longitude)`` index (narrow rows: id and coordinates only), then the
exact great-circle distance in Python, a radius cut, and a keyset page on ``(distance, id)``. Only
the chargers of the page are loaded in full (with their connectors), so a page costs the same
whatever the number of chargers outside the box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from db.models import Charger, Connector, Tariff
from domain.errors import InvalidInput
from domain.tariffs import FREE, TariffSnapshot, default_tariff

EARTH_RADIUS_KM = 6371.0088
MAX_RADIUS_KM = 1000.0
DEFAULT_RADIUS_KM = 50.0
KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180.0


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.latitude) and -90.0 <= self.latitude <= 90.0):
            raise InvalidInput("Latitude is between -90 and 90.", field="near.latitude")
        if not (math.isfinite(self.longitude) and -180.0 <= self.longitude <= 180.0):
            raise InvalidInput("Longitude is between -180 and 180.", field="near.longitude")


@dataclass(frozen=True)
class StationFilter:
    connector_type: str | None = None
    min_power_kw: Decimal | None = None
    #: Only chargers a driver can start on now (what `is_available` says, in SQL).
    available_now: bool = False
    #: The highest energy price per kWh, in sen, of the tariff that applies on the charger.
    max_price_per_kwh_sen: Decimal | None = None


@dataclass(frozen=True)
class Found:
    """A page of stations: the chargers (connectors loaded) with their distance when `near` was given."""

    chargers: list[tuple[Charger, float | None]]
    total: int
    has_next: bool


def haversine_km(a: Point, b_lat: float, b_lng: float) -> float:
    lat1, lat2 = math.radians(a.latitude), math.radians(b_lat)
    dlat = lat2 - lat1
    dlng = math.radians(b_lng - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlng / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(center: Point, radius_km: float) -> tuple[float, float, float, float] | None:
    """(min_lat, max_lat, min_lng, max_lng) enclosing the circle; None for the longitude bounds
    when the circle reaches a pole or wraps the antimeridian (then only latitude is bounded)."""
    dlat = radius_km / KM_PER_DEGREE_LAT
    min_lat, max_lat = max(-90.0, center.latitude - dlat), min(90.0, center.latitude + dlat)
    if max_lat >= 90.0 or min_lat <= -90.0:
        return None
    # Degrees of longitude shrink towards the poles: size the box at the latitude farthest from the
    # equator, so no point of the circle is cut off.
    widest = max(abs(min_lat), abs(max_lat))
    dlng = radius_km / (KM_PER_DEGREE_LAT * math.cos(math.radians(widest)))
    if center.longitude - dlng < -180.0 or center.longitude + dlng > 180.0:
        return None
    return min_lat, max_lat, center.longitude - dlng, center.longitude + dlng


# The one rule of which chargers drivers see (the driver app's stations, the chargers list and one
# charger as drivers read them, favourites, the console's driver preview): approved, accepted in
# registration, and public. `public_condition` says it in SQL, `visible_to_drivers` of a loaded charger;
# a test holds the two to the same answers.


def public_condition() -> ColumnElement[bool]:
    """Drivers see this charger (SQL)."""
    return and_(
        Charger.approved.is_(True),
        Charger.is_public.is_(True),
        Charger.registration_status == "Accepted",
    )


def visible_to_drivers(charger: Charger) -> bool:
    """Drivers see this charger (a loaded row): the same rule as `public_condition`."""
    return bool(charger.approved and charger.is_public and charger.registration_status == "Accepted")


# The one rule of "available" for drivers: a connector whose OCPP status is in STARTABLE is one a driver
# may start on (`startable`); a charger is available when it is online, operative and has one
# (`is_available`, `available_condition` in SQL). The start check (`charging_requests.start_charging`),
# the map's "available now" filter, a station's `available`, and what drivers are told of a connector
# (`public_availability`: Available exactly when startable) all use it. A connector Reserved is not
# startable: the start check lets only the driver holding the reservation start on it.

#: Connector statuses a driver may start on (Preparing: a car is plugged in, waiting for a start).
STARTABLE = ("Available", "Preparing")


def startable(status: str | None) -> bool:
    """A driver may start on a connector in this OCPP status (anyone's start, no reservation needed)."""
    return status in STARTABLE


def available_condition() -> ColumnElement[bool]:
    """`is_available` as a condition: online, operative, with a startable plug."""
    return and_(
        Charger.online.is_(True),
        Charger.availability == "Operative",
        exists().where(
            Connector.charger_id == Charger.id,
            Connector.connector_id > 0,
            Connector.status.in_(STARTABLE),
        ),
    )


async def price_condition(session: AsyncSession, max_sen: Decimal) -> ColumnElement[bool]:
    """The price per kWh of the tariff that applies on the charger (`tariffs_for`: its own active
    tariff, else the default one, else free) is at most `max_sen`."""
    if not max_sen.is_finite() or max_sen < 0:
        raise InvalidInput("maxPricePerKwh is a non-negative amount.", field="maxPricePerKwh")
    own_active = and_(Tariff.id == Charger.tariff_id, Tariff.active.is_(True))
    fallback = await default_tariff(session)
    fallback_sen = fallback.price_per_kwh_sen if fallback is not None else Decimal(0)
    own_ok = exists().where(own_active, Tariff.price_per_kwh_sen <= max_sen)
    if fallback_sen > max_sen:
        return own_ok
    return or_(own_ok, ~exists().where(own_active))


async def _filters(session: AsyncSession, f: StationFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [public_condition()]
    if f.available_now:
        conds.append(available_condition())
    if f.max_price_per_kwh_sen is not None:
        conds.append(await price_condition(session, f.max_price_per_kwh_sen))
    if f.connector_type:
        conds.append(
            exists().where(
                Connector.charger_id == Charger.id,
                Connector.connector_id > 0,
                Connector.connector_type == f.connector_type,
            )
        )
    if f.min_power_kw is not None:
        if not f.min_power_kw.is_finite() or f.min_power_kw < 0:
            raise InvalidInput("minPowerKw is a non-negative number.", field="minPowerKw")
        conds.append(
            or_(
                Charger.max_power_kw >= f.min_power_kw,
                exists().where(
                    Connector.charger_id == Charger.id,
                    Connector.connector_id > 0,
                    Connector.max_power_kw >= f.min_power_kw,
                ),
            )
        )
    return conds


async def _load(session: AsyncSession, ids: Sequence[int]) -> dict[int, Charger]:
    if not ids:
        return {}
    # One statement for the chargers and their connectors (a join, not a second SELECT).
    rows = await session.scalars(
        select(Charger).options(joinedload(Charger.connectors)).where(Charger.id.in_(list(ids)))
    )
    return {c.id: c for c in rows.unique()}


async def nearby(
    session: AsyncSession,
    center: Point,
    *,
    radius_km: float = DEFAULT_RADIUS_KM,
    filters: StationFilter = StationFilter(),
    limit: int = 20,
    after: tuple[float, int] | None = None,
) -> Found:
    """Public chargers within `radius_km` of `center`, nearest first (ties by id), after the keyset
    `after` = (distance_km, id) of the previous page's last item."""
    if not (math.isfinite(radius_km) and 0 < radius_km <= MAX_RADIUS_KM):
        raise InvalidInput(f"radiusKm is more than 0 and at most {MAX_RADIUS_KM:g}.", field="radiusKm")
    stmt = select(Charger.id, Charger.latitude, Charger.longitude).where(
        *(await _filters(session, filters)), Charger.latitude.is_not(None), Charger.longitude.is_not(None)
    )
    box = bounding_box(center, radius_km)
    if box is not None:
        min_lat, max_lat, min_lng, max_lng = box
        stmt = stmt.where(
            Charger.latitude.between(_dec(min_lat), _dec(max_lat)),
            Charger.longitude.between(_dec(min_lng), _dec(max_lng)),
        )
    else:
        dlat = radius_km / KM_PER_DEGREE_LAT
        stmt = stmt.where(
            Charger.latitude.between(_dec(center.latitude - dlat), _dec(center.latitude + dlat))
        )
    within: list[tuple[float, int]] = []
    for cid, lat, lng in (await session.execute(stmt)).all():
        d = haversine_km(center, float(lat or 0), float(lng or 0))
        if d <= radius_km:
            within.append((d, cid))
    within.sort()
    page = [x for x in within if after is None or x > after]
    has_next = len(page) > limit
    page = page[:limit]
    loaded = await _load(session, [cid for _, cid in page])
    return Found(
        chargers=[(loaded[cid], d) for d, cid in page if cid in loaded],
        total=len(within),
        has_next=has_next,
    )


async def listing(
    session: AsyncSession,
    *,
    filters: StationFilter = StationFilter(),
    limit: int = 20,
    after: int | None = None,
) -> Found:
    """Public chargers without a position: by id (oldest first), keyset `after` = last id."""
    conds = await _filters(session, filters)
    total = int((await session.execute(select(func.count(Charger.id)).where(*conds))).scalar_one())
    stmt = select(Charger.id).where(*conds)
    if after is not None:
        stmt = stmt.where(Charger.id > after)
    ids = list((await session.scalars(stmt.order_by(Charger.id).limit(limit + 1))).all())
    has_next = len(ids) > limit
    ids = ids[:limit]
    loaded = await _load(session, ids)
    return Found(chargers=[(loaded[i], None) for i in ids if i in loaded], total=total, has_next=has_next)


async def public_by_cpid(session: AsyncSession, charge_point_id: str) -> Charger | None:
    """A public charger by its OCPP charge point id (None when missing or not public)."""
    if not charge_point_id or len(charge_point_id) > 64:
        return None
    return (
        await session.execute(
            select(Charger)
            .options(selectinload(Charger.connectors))
            .where(Charger.charge_point_id == charge_point_id, public_condition())
        )
    ).scalar_one_or_none()


async def tariffs_for(session: AsyncSession, chargers: Sequence[Charger]) -> dict[int, TariffSnapshot]:
    """The tariff that applies on each charger (own active tariff, else the default, else free), in
    two queries for any number of chargers."""
    own_ids = {c.tariff_id for c in chargers if c.tariff_id is not None}
    own: dict[int, Tariff] = {}
    if own_ids:
        rows = await session.scalars(select(Tariff).where(Tariff.id.in_(own_ids), Tariff.active.is_(True)))
        own = {t.id: t for t in rows}
    fallback: TariffSnapshot | None = None
    out: dict[int, TariffSnapshot] = {}
    for c in chargers:
        t = own.get(c.tariff_id) if c.tariff_id is not None else None
        if t is not None:
            out[c.id] = TariffSnapshot.of(t)
            continue
        if fallback is None:
            d = await default_tariff(session)
            fallback = TariffSnapshot.of(d) if d is not None else FREE
        out[c.id] = fallback
    return out


def _dec(value: float) -> Decimal:
    return Decimal(repr(round(value, 6)))


def connectors_of(charger: Charger) -> list[Connector]:
    """The charger's plugs (connector 0 is the charge point itself, never shown)."""
    return [k for k in charger.connectors if k.connector_id > 0]


def max_power_kw(charger: Charger) -> Decimal | None:
    powers: list[Any] = [k.max_power_kw for k in connectors_of(charger) if k.max_power_kw is not None]
    if charger.max_power_kw is not None:
        powers.append(charger.max_power_kw)
    return max(powers) if powers else None


def is_operative(charger: Charger) -> bool:
    """False when the operator took the charger out of service (ChangeAvailability Inoperative)."""
    return charger.availability == "Operative"


def is_available(charger: Charger) -> bool:
    """What drivers are told: online, operative, with a startable plug (`available_condition`)."""
    return (
        charger.online and is_operative(charger) and any(startable(k.status) for k in connectors_of(charger))
    )


#: A connector's OCPP status as drivers see it: Available exactly for the STARTABLE statuses.
PUBLIC_AVAILABILITY = {
    "Available": "Available",
    "Preparing": "Available",
    "Charging": "Occupied",
    "SuspendedEV": "Occupied",
    "SuspendedEVSE": "Occupied",
    "Finishing": "Occupied",
    "Reserved": "Occupied",
    "Unavailable": "Unavailable",
    "Faulted": "Faulted",
}


def public_availability(status: str | None) -> str:
    """Available, Occupied, Unavailable or Faulted (an unknown status is Unavailable)."""
    return PUBLIC_AVAILABILITY.get(str(status), "Unavailable")
