"""Public charger discovery for drivers (works signed out): `stations` near a point, nearest first,
and `station(chargePointId)` (what a charger's QR code opens). Public fields only: never the
authorization key, the node holding the socket, serial numbers or firmware details."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry

from api.accounts_types import Money
from api.mapped import mapped
from api.relay import MAX_PAGE_SIZE, Connection, Edge, PageInfo, encode_id
from db.engine import read_session
from db.models import CONNECTOR_TYPES
from db.models import Charger as ChargerModel
from domain import stations
from domain.errors import InvalidInput
from domain.tariffs import TariffSnapshot


def unit_price(sen: Decimal | int, currency: str) -> Money:
    """A (possibly fractional-sen) unit price in ringgit, at least two decimals, never rounded."""
    amount = (Decimal(sen) / 100).normalize()
    if amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(Decimal("0.01"))
    return Money(amount=amount, currency=currency)


@strawberry.type(description="What charging costs on a station (its own tariff, else the default).")
class StationTariff:
    name: str
    currency: str
    price_per_kwh: Money
    price_per_minute: Money
    session_fee: Money
    idle_fee_per_minute: Money
    idle_grace_minutes: int
    tax_rate: Decimal = strawberry.field(description="e.g. 0.08 for 8% service tax.")
    reservation_fee: Money
    free: bool

    @classmethod
    def of(cls, t: TariffSnapshot) -> StationTariff:
        c = t.currency
        return cls(
            name=t.name,
            currency=c,
            price_per_kwh=unit_price(t.price_per_kwh_sen, c),
            price_per_minute=unit_price(t.price_per_minute_sen, c),
            session_fee=unit_price(t.session_fee_sen, c),
            idle_fee_per_minute=unit_price(t.idle_fee_per_minute_sen, c),
            idle_grace_minutes=t.idle_grace_minutes,
            tax_rate=t.tax_rate.normalize(),
            reservation_fee=unit_price(t.reservation_fee_sen, c),
            free=t.tariff_id is None
            or not any((t.price_per_kwh_sen, t.price_per_minute_sen, t.session_fee_sen, t.min_charge_sen)),
        )


@strawberry.type(description="A plug of a public charger.")
class StationConnector:
    connector_id: int
    status: str = strawberry.field(description="The OCPP status: Available, Charging, Faulted, ...")
    availability: str = strawberry.field(
        description="What drivers are told: Available, Occupied, Unavailable or Faulted."
    )
    type: str | None = strawberry.field(description="CCS2, Type2, CHAdeMO or GB-T.")
    max_power_kw: Decimal | None
    updated_at: dt.datetime | None


@strawberry.type(description="A public charger as drivers see it.")
class Station:
    id: strawberry.ID = strawberry.field(description="The charger's id (as in startCharging).")
    charge_point_id: str
    name: str | None
    description: str | None
    address: str | None
    city: str | None
    state: str | None
    postcode: str | None
    latitude: float | None
    longitude: float | None
    online: bool
    operative: bool = strawberry.field(description="False when the operator took it out of service.")
    available: bool = strawberry.field(description="Online, operative, with a connector Available.")
    max_power_kw: Decimal | None
    connectors: list[StationConnector]
    distance_km: float | None = strawberry.field(description="From `near`, when given.")
    #: The tariff that applies (None only when the request does not ask for `tariff`: not read then).
    tariff_snapshot: strawberry.Private[TariffSnapshot | None] = None

    @strawberry.field
    def tariff(self) -> StationTariff:
        assert self.tariff_snapshot is not None, "the tariff is read whenever a request asks for it"
        return StationTariff.of(self.tariff_snapshot)

    @classmethod
    def build(
        cls, c: ChargerModel, tariff: TariffSnapshot | None, distance_km: float | None = None
    ) -> Station:
        plugs = stations.connectors_of(c)
        return mapped(
            cls,
            c,
            id=encode_id("Charger", c.id),
            latitude=None if c.latitude is None else float(c.latitude),
            longitude=None if c.longitude is None else float(c.longitude),
            operative=stations.is_operative(c),
            available=stations.is_available(c),
            max_power_kw=stations.max_power_kw(c),
            connectors=[
                StationConnector(
                    connector_id=k.connector_id,
                    status=k.status,
                    availability=stations.public_availability(k.status),
                    type=k.connector_type,
                    max_power_kw=k.max_power_kw if k.max_power_kw is not None else c.max_power_kw,
                    updated_at=k.status_timestamp,
                )
                for k in plugs
            ],
            distance_km=None if distance_km is None else round(distance_km, 3),
            tariff_snapshot=tariff,
        )


@strawberry.type(description="The charger of a session: what a receipt and the history show.")
class SessionCharger:
    id: strawberry.ID
    charge_point_id: str
    name: str | None
    address: str | None
    city: str | None

    @classmethod
    def of_listed(cls, row: Any) -> SessionCharger | None:
        """From a row of `read_models.sessions.listed_of_user(..., with_charger=True)` (None when
        the session's charger is gone)."""
        if row.charge_point_id is None:
            return None
        return cls(
            id=encode_id("Charger", row.charger_id),
            charge_point_id=row.charge_point_id,
            name=row.charger_name,
            address=row.charger_address,
            city=row.charger_city,
        )

    @classmethod
    def of(cls, c: ChargerModel | Any) -> SessionCharger:
        """From the model or a row of `read_models.sessions.session_chargers_by_ids`."""
        return mapped(cls, c, id=encode_id("Charger", c.id))


def asks(info: strawberry.Info, name: str) -> bool:
    """Whether the request selects a field `name` anywhere below this one (fragments included)."""
    todo: list[Any] = list(info.selected_fields)
    while todo:
        f = todo.pop()
        if getattr(f, "name", None) == name:
            return True
        todo.extend(getattr(f, "selections", ()))
    return False


@strawberry.input
class GeoPointInput:
    latitude: float
    longitude: float


# Cursors: "near:<distance km>:<id>" (repr of the float round-trips exactly) or "id:<id>".
def _cursor(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _uncursor(cursor: str, near: bool) -> tuple[float, int] | int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, rest = raw.partition(":")
        if near and kind == "near":
            d, _, pk = rest.partition(":")
            return float(d), int(pk)
        if not near and kind == "id":
            return int(rest)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise InvalidInput("Invalid cursor.", field="after")


@strawberry.type
class Query:
    @strawberry.field(
        description="Public chargers for drivers (signed in or not). With `near`: those within "
        "`radiusKm` (default 50, at most 1000), nearest first, with `distanceKm`; without: all, oldest "
        "first. Filter by a connector type (CCS2, Type2, CHAdeMO, GB-T), a minimum power, "
        "`availableNow` (only stations with a plug free now, as `available`) and `maxPricePerKwh` (in "
        "ringgit: the energy price of the tariff that applies on the station)."
    )
    async def stations(
        self,
        info: strawberry.Info,
        near: GeoPointInput | None = None,
        radius_km: float | None = None,
        connector_type: str | None = None,
        min_power_kw: Decimal | None = None,
        available_now: bool = False,
        max_price_per_kwh: Decimal | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[Station]:
        size = 20 if first is None else first
        if not 0 <= size <= MAX_PAGE_SIZE:
            raise InvalidInput(f"first must be between 0 and {MAX_PAGE_SIZE}.", field="first")
        if connector_type is not None and connector_type not in CONNECTOR_TYPES:
            raise InvalidInput(
                "connectorType is one of " + ", ".join(CONNECTOR_TYPES) + ".", field="connectorType"
            )
        filters = stations.StationFilter(
            connector_type=connector_type,
            min_power_kw=min_power_kw,
            available_now=available_now,
            max_price_per_kwh_sen=None if max_price_per_kwh is None else max_price_per_kwh * 100,
        )
        async with read_session(info.context.platform.sessionmaker) as s:  # no SQLite write lock
            if near is not None:
                center = stations.Point(near.latitude, near.longitude)
                key = _uncursor(after, True) if after else None
                found = await stations.nearby(
                    s,
                    center,
                    radius_km=stations.DEFAULT_RADIUS_KM if radius_km is None else radius_km,
                    filters=filters,
                    limit=size,
                    after=key if isinstance(key, tuple) else None,
                )
            else:
                last = _uncursor(after, False) if after else None
                found = await stations.listing(
                    s, filters=filters, limit=size, after=last if isinstance(last, int) else None
                )
            # The tariffs only when asked for (the map's list does not show them).
            asked = asks(info, "tariff")
            prices = await stations.tariffs_for(s, [c for c, _ in found.chargers]) if asked else {}
        edges = [
            Edge(
                cursor=_cursor(f"near:{d!r}:{c.id}" if d is not None else f"id:{c.id}"),
                node=Station.build(c, prices.get(c.id), d),
            )
            for c, d in found.chargers
        ]
        return Connection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=found.has_next,
                has_previous_page=after is not None,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total=found.total,
        )

    @strawberry.field(
        description="A public charger by its charge point id (what its QR code opens); null when "
        "there is no such public charger."
    )
    async def station(self, info: strawberry.Info, charge_point_id: str) -> Station | None:
        async with read_session(info.context.platform.sessionmaker) as s:
            c = await stations.public_by_cpid(s, charge_point_id)
            if c is None:
                return None
            prices = await stations.tariffs_for(s, [c])
        return Station.build(c, prices[c.id])
