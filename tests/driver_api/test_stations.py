# ruff: noqa: E501 - GraphQL documents read best on one line
"""Public charger discovery: `stations` (near a point, nearest first, radius, filters, pages) and
`station(chargePointId)`; signed out too; only approved, accepted, public chargers; public fields only."""

from __future__ import annotations

import math
import random
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from db.models import Tariff
from domain import stations, tariffs
from domain.errors import InvalidInput
from tests.driver_api.conftest import add_charger
from tests.helpers.auth import make_user

KL = (3.139, 101.6869)  # Kuala Lumpur
STATIONS = """query($near: GeoPointInput, $radiusKm: Float, $connectorType: String, $minPowerKw: Decimal, $first: Int, $after: String) {
  stations(near: $near, radiusKm: $radiusKm, connectorType: $connectorType, minPowerKw: $minPowerKw, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id chargePointId name address city latitude longitude online available maxPowerKw distanceKm
      connectors { connectorId status type maxPowerKw }
      tariff { name free pricePerKwh { amount currency } sessionFee { amount } taxRate } } } }"""
STATION = """query($cp: String!) { station(chargePointId: $cp) { id chargePointId name connectors { connectorId status type } tariff { name pricePerKwh { amount } } } }"""

PUBLIC_STATION_FIELDS = {
    "id", "chargePointId", "name", "description", "address", "city", "state", "postcode", "latitude",
    "longitude", "online", "operative", "available", "maxPowerKw", "connectors", "distanceKm", "tariff",
}  # fmt: skip


def offset(lat: float, lng: float, north_km: float, east_km: float) -> tuple[float, float]:
    dlat = north_km / stations.KM_PER_DEGREE_LAT
    dlng = east_km / (stations.KM_PER_DEGREE_LAT * math.cos(math.radians(lat)))
    return lat + dlat, lng + dlng


def data(r: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in r, r
    return r["data"]  # type: ignore[no-any-return]


async def test_only_public_fields_in_the_schema(server: Any) -> None:
    q = """{ __type(name: "Station") { fields { name } } c: __type(name: "StationConnector") { fields { name } } }"""
    d = data(await server.graphql(q))
    assert {f["name"] for f in d["__type"]["fields"]} == PUBLIC_STATION_FIELDS
    assert {f["name"] for f in d["c"]["fields"]} == {
        "connectorId",
        "status",
        "availability",  # what drivers are told of the status (Available, Occupied, ...)
        "type",
        "maxPowerKw",
        "updatedAt",
    }


async def test_signed_out_sees_only_approved_accepted_public_chargers(server: Any) -> None:
    lat, lng = KL
    await add_charger(server.platform, "PUB-1", lat, lng, serial_number="SECRET-SERIAL", node_id="node-x")
    await add_charger(server.platform, "PENDING-1", lat, lng, approved=False)
    await add_charger(server.platform, "PRIVATE-1", lat, lng, public=False)
    await add_charger(server.platform, "REJECTED-1", lat, lng, approved=True, status="Rejected")
    for variables in ({}, {"near": {"latitude": lat, "longitude": lng}}):
        r = await server.graphql(STATIONS, variables)
        got = [n["chargePointId"] for n in data(r)["stations"]["nodes"]]
        assert got == ["PUB-1"], variables
        assert data(r)["stations"]["totalCount"] == 1
        assert "SECRET-SERIAL" not in str(r) and "node-x" not in str(r)
    assert data(await server.graphql(STATION, {"cp": "PUB-1"}))["station"]["chargePointId"] == "PUB-1"
    for cp in ("PENDING-1", "PRIVATE-1", "REJECTED-1", "NOPE"):
        assert data(await server.graphql(STATION, {"cp": cp}))["station"] is None, cp
    # Signed in (a driver) sees the same; an admin uses the admin queries for the rest.
    _, token = await make_user(server.platform)
    r = await server.graphql(STATIONS, {}, token=token)
    assert [n["chargePointId"] for n in data(r)["stations"]["nodes"]] == ["PUB-1"]


async def test_nearest_first_with_distance_radius_and_pages(server: Any) -> None:
    lat, lng = KL
    km = [7.5, 0.4, 3.0, 12.0, 1.1, 0.4, 25.0, 60.0]  # two at the same distance: ties by id
    for i, d in enumerate(km):
        a, b = offset(lat, lng, d * 0.6, d * 0.8)  # 0.6² + 0.8² = 1: d km away
        await add_charger(server.platform, f"NEAR-{i}", a, b)
    near = {"latitude": lat, "longitude": lng}
    r = data(await server.graphql(STATIONS, {"near": near, "radiusKm": 30, "first": 3}))["stations"]
    assert r["totalCount"] == 7  # 60 km is outside the radius
    seen = [n for n in r["nodes"]]
    after = r["pageInfo"]["endCursor"]
    while r["pageInfo"]["hasNextPage"]:
        r = data(await server.graphql(STATIONS, {"near": near, "radiusKm": 30, "first": 3, "after": after}))[
            "stations"
        ]
        seen += r["nodes"]
        after = r["pageInfo"]["endCursor"]
    assert [n["chargePointId"] for n in seen] == [
        "NEAR-1",
        "NEAR-5",
        "NEAR-4",
        "NEAR-2",
        "NEAR-0",
        "NEAR-3",
        "NEAR-6",
    ]
    dists = [n["distanceKm"] for n in seen]
    assert dists == sorted(dists)
    for n, want in zip(seen, [0.4, 0.4, 1.1, 3.0, 7.5, 12.0, 25.0], strict=True):
        assert n["distanceKm"] == pytest.approx(want, abs=0.01)
    # The default radius (50 km) and a wide one.
    r = data(await server.graphql(STATIONS, {"near": near}))["stations"]
    assert r["totalCount"] == 7
    r = data(await server.graphql(STATIONS, {"near": near, "radiusKm": 100, "first": 100}))["stations"]
    assert r["totalCount"] == 8 and r["nodes"][-1]["chargePointId"] == "NEAR-7"
    # Without `near`: all of them, oldest first, no distance.
    r = data(await server.graphql(STATIONS, {"first": 100}))["stations"]
    assert [n["chargePointId"] for n in r["nodes"]] == [f"NEAR-{i}" for i in range(8)]
    assert all(n["distanceKm"] is None for n in r["nodes"])


async def test_filters_connector_type_and_power(server: Any) -> None:
    lat, lng = KL
    await add_charger(server.platform, "AC-7", lat, lng, connectors=[("Type2", "Available", Decimal("7.4"))])
    await add_charger(
        server.platform,
        "DC-120",
        lat + 0.01,
        lng,
        connectors=[("CCS2", "Charging", Decimal("120")), ("CHAdeMO", "Available", Decimal("50"))],
    )
    await add_charger(server.platform, "DC-OFF", lat + 0.02, lng, online=False)
    near = {"latitude": lat, "longitude": lng}

    async def ids(**v: Any) -> list[str]:
        r = data(await server.graphql(STATIONS, {"near": near, **v}))
        return [n["chargePointId"] for n in r["stations"]["nodes"]]

    assert await ids() == ["AC-7", "DC-120", "DC-OFF"]
    assert await ids(connectorType="CHAdeMO") == ["DC-120"]
    assert await ids(connectorType="Type2") == ["AC-7"]
    assert await ids(minPowerKw="100") == ["DC-120"]
    assert await ids(minPowerKw="50", connectorType="CCS2") == ["DC-120", "DC-OFF"]
    r = data(await server.graphql(STATIONS, {"near": near}))["stations"]["nodes"]
    dc = r[1]
    assert (
        dc["maxPowerKw"] == "120.00" and dc["online"] is False
    )  # a new charger is offline until it connects
    assert dc["connectors"] == [
        {"connectorId": 1, "status": "Charging", "type": "CCS2", "maxPowerKw": "120.00"},
        {"connectorId": 2, "status": "Available", "type": "CHAdeMO", "maxPowerKw": "50.00"},
    ]
    bad = await server.graphql(STATIONS, {"near": near, "connectorType": "Schuko"})
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


async def test_tariff_summary_own_default_and_free(server: Any) -> None:
    lat, lng = KL
    a = await add_charger(server.platform, "T-OWN", lat, lng)
    await add_charger(server.platform, "T-DEFAULT", lat + 0.001, lng)
    r = data(await server.graphql(STATIONS, {}))["stations"]["nodes"]
    assert all(n["tariff"]["free"] and n["tariff"]["name"] == "Free" for n in r)
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s,
            {"name": "Standard", "price_per_kwh_sen": Decimal("95"), "tax_rate": Decimal("0.08")},
            is_default=True,
        )
        own = await tariffs.create_tariff(
            s, {"name": "DC fast", "price_per_kwh_sen": Decimal("130.5"), "session_fee_sen": 100}
        )
        await tariffs.assign_tariff(s, a, own.id)
    r = {
        n["chargePointId"]: n["tariff"] for n in data(await server.graphql(STATIONS, {}))["stations"]["nodes"]
    }
    assert r["T-OWN"]["name"] == "DC fast" and r["T-OWN"]["pricePerKwh"] == {
        "amount": "1.305",
        "currency": "MYR",
    }
    assert r["T-OWN"]["sessionFee"] == {"amount": "1.00"} and r["T-OWN"]["free"] is False
    assert r["T-DEFAULT"]["name"] == "Standard" and r["T-DEFAULT"]["pricePerKwh"]["amount"] == "0.95"
    assert r["T-DEFAULT"]["taxRate"] == "0.08"
    one = data(await server.graphql(STATION, {"cp": "T-OWN"}))["station"]
    assert one["tariff"]["name"] == "DC fast"


FILTERED = """query($near: GeoPointInput, $availableNow: Boolean, $maxPrice: Decimal, $connectorType: String, $minPowerKw: Decimal) {
  stations(near: $near, availableNow: $availableNow, maxPricePerKwh: $maxPrice, connectorType: $connectorType, minPowerKw: $minPowerKw, first: 50) {
    totalCount nodes { chargePointId available tariff { pricePerKwh { amount } } } } }"""


async def test_filters_available_now_and_price_on_the_server(node: Any) -> None:
    """`availableNow` keeps exactly the stations whose `available` is true (online, operative, a plug
    Available); `maxPricePerKwh` (ringgit) compares the price of the tariff that applies: the
    station's own active one, else the default, else free."""
    lat, lng = KL
    free_now: list[tuple[str | None, str, Decimal | None]] = [("Type2", "Available", Decimal("22"))]
    await add_charger(node.platform, "F-FREE", lat, lng, connectors=free_now, online=True)
    await add_charger(
        node.platform,
        "F-BUSY",
        lat + 0.001,
        lng,
        connectors=[("CCS2", "Charging", Decimal("60"))],
        online=True,
    )
    await add_charger(node.platform, "F-OFFLINE", lat + 0.002, lng, connectors=free_now, online=False)
    await add_charger(
        node.platform,
        "F-INOPERATIVE",
        lat + 0.003,
        lng,
        connectors=free_now,
        online=True,
        availability="Inoperative",
    )
    await add_charger(
        node.platform,
        "F-FAULTED",
        lat + 0.004,
        lng,
        connectors=[("CCS2", "Faulted", Decimal("60"))],
        online=True,
    )
    own = await add_charger(node.platform, "F-PRICEY", lat + 0.005, lng, connectors=free_now, online=True)
    retired = await add_charger(
        node.platform, "F-RETIRED", lat + 0.006, lng, connectors=free_now, online=True
    )
    near = {"latitude": lat, "longitude": lng}

    async def ids(**v: Any) -> list[str]:
        r = data(await node.graphql(FILTERED, {"near": near, **v}))["stations"]
        assert r["totalCount"] == len(r["nodes"])
        return [n["chargePointId"] for n in r["nodes"]]

    everyone = ["F-FREE", "F-BUSY", "F-OFFLINE", "F-INOPERATIVE", "F-FAULTED", "F-PRICEY", "F-RETIRED"]
    assert await ids() == everyone
    r = data(await node.graphql(FILTERED, {"near": near}))["stations"]["nodes"]
    assert await ids(availableNow=True) == [n["chargePointId"] for n in r if n["available"]]
    assert await ids(availableNow=True) == ["F-FREE", "F-PRICEY", "F-RETIRED"]
    # No tariff at all: everything is free.
    assert await ids(maxPrice="0") == everyone

    async with node.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s, {"name": "Standard", "price_per_kwh_sen": Decimal("95")}, is_default=True
        )
        pricey = await tariffs.create_tariff(s, {"name": "DC fast", "price_per_kwh_sen": Decimal("130.5")})
        await tariffs.assign_tariff(s, own, pricey.id)
        old = await tariffs.create_tariff(s, {"name": "Old", "price_per_kwh_sen": Decimal("10")})
        await tariffs.assign_tariff(s, retired, old.id)
    async with node.platform.sessionmaker() as s, s.begin():
        await s.execute(update(Tariff).where(Tariff.id == old.id).values(active=False))
    # F-RETIRED's own tariff is inactive: the default (RM 0.95) applies there, as the listing shows.
    prices = {
        n["chargePointId"]: n["tariff"]["pricePerKwh"]["amount"]
        for n in data(await node.graphql(FILTERED, {"near": near}))["stations"]["nodes"]
    }
    assert prices["F-RETIRED"] == "0.95" and prices["F-PRICEY"] == "1.305" and prices["F-FREE"] == "0.95"
    assert await ids(maxPrice="0.94") == []
    assert await ids(maxPrice="0.95") == [cp for cp in everyone if cp != "F-PRICEY"]
    assert await ids(maxPrice="1.30") == [cp for cp in everyone if cp != "F-PRICEY"]
    assert await ids(maxPrice="1.305") == everyone
    assert await ids(maxPrice="1.305", availableNow=True, connectorType="Type2", minPowerKw="22") == [
        "F-FREE", "F-PRICEY", "F-RETIRED"
    ]  # fmt: skip
    assert await ids(maxPrice="1", availableNow=True) == ["F-FREE", "F-RETIRED"]
    # Signed out, without a position: the same filters.
    r = data(await node.graphql(FILTERED, {"maxPrice": "1", "availableNow": True}))["stations"]
    assert sorted(n["chargePointId"] for n in r["nodes"]) == ["F-FREE", "F-RETIRED"] and r["totalCount"] == 2
    bad = await node.graphql(FILTERED, {"maxPrice": "-0.01"})
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    assert bad["errors"][0]["extensions"]["field"] == "maxPricePerKwh"


@pytest.mark.parametrize(
    "variables",
    [
        {"near": {"latitude": 91, "longitude": 0}},
        {"near": {"latitude": 0, "longitude": 181}},
        {"near": {"latitude": 3, "longitude": 101}, "radiusKm": 0},
        {"near": {"latitude": 3, "longitude": 101}, "radiusKm": 5000},
        {"first": 500},
        {"minPowerKw": "-1"},
        {"after": "garbage"},
    ],
)
async def test_invalid_arguments_are_typed_errors(server: Any, variables: dict[str, Any]) -> None:
    r = await server.graphql(STATIONS, variables)
    assert r["errors"][0]["extensions"]["code"] == "INVALID_INPUT", r


def test_bounding_box_contains_the_circle() -> None:
    rng = random.Random(7)
    for _ in range(300):
        c = stations.Point(rng.uniform(-80, 80), rng.uniform(-170, 170))
        radius = rng.uniform(0.1, 500)
        box = stations.bounding_box(c, radius)
        for _ in range(30):
            bearing = rng.uniform(0, 2 * math.pi)
            d = radius * rng.random() * 0.999
            # destination point on the sphere
            delta = d / stations.EARTH_RADIUS_KM
            la1, lo1 = math.radians(c.latitude), math.radians(c.longitude)
            la2 = math.asin(
                math.sin(la1) * math.cos(delta) + math.cos(la1) * math.sin(delta) * math.cos(bearing)
            )
            lo2 = lo1 + math.atan2(
                math.sin(bearing) * math.sin(delta) * math.cos(la1),
                math.cos(delta) - math.sin(la1) * math.sin(la2),
            )
            lat, lng = math.degrees(la2), math.degrees(lo2)
            assert stations.haversine_km(c, lat, lng) == pytest.approx(d, rel=1e-6, abs=1e-6)
            if box is not None and -180 <= lng <= 180:
                assert box[0] <= lat <= box[1] and box[2] <= lng <= box[3], (c, radius, lat, lng)


def test_point_validation() -> None:
    with pytest.raises(InvalidInput):
        stations.Point(float("nan"), 0)
    with pytest.raises(InvalidInput):
        stations.Point(0, -180.5)


async def test_nearby_matches_brute_force_on_many_chargers(server: Any) -> None:
    from sqlalchemy import select

    from db.models import Charger

    rng = random.Random(3)
    lat, lng = KL
    async with server.platform.sessionmaker() as s, s.begin():
        for i in range(1500):
            a, b = lat + rng.uniform(-1.5, 1.5), lng + rng.uniform(-1.5, 1.5)
            s.add(
                Charger(
                    charge_point_id=f"BULK-{i}",
                    latitude=Decimal(f"{a:.6f}"),
                    longitude=Decimal(f"{b:.6f}"),
                    approved=True,
                    registration_status="Accepted",
                    security_profile=0,
                )
            )
    center = stations.Point(lat, lng)
    async with server.platform.sessionmaker() as s:
        rows = [
            (i, float(a), float(b))
            for i, a, b in (await s.execute(select(Charger.id, Charger.latitude, Charger.longitude))).all()
        ]
        expected = sorted((stations.haversine_km(center, a, b), i) for i, a, b in rows)
        expected = [x for x in expected if x[0] <= 40]
        got: list[tuple[float, int]] = []
        after = None
        while True:
            found = await stations.nearby(s, center, radius_km=40, limit=100, after=after)
            got += [(d or 0.0, c.id) for c, d in found.chargers]
            assert found.total == len(expected)
            if not found.has_next:
                break
            after = got[-1]
    assert got == expected


async def test_a_tariff_asked_through_fragments_is_answered_and_a_list_without_it_still_lists(
    server: Any,
) -> None:
    """The tariffs are read only when a request asks for `tariff`: asked inside a named fragment or an
    inline one, each station still gets its tariff; a list that does not ask for it answers the same
    stations."""
    lat, lng = KL
    await add_charger(server.platform, "FR-1", lat, lng)
    async with server.platform.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(
            s, {"name": "Standard", "price_per_kwh_sen": Decimal("95")}, is_default=True
        )
    named = """query { stations(first: 5) { nodes { ...S } } }
      fragment S on Station { chargePointId tariff { name pricePerKwh { amount } } }"""
    inline = """query { stations(first: 5) { nodes { chargePointId ... on Station { tariff { name } } } } }"""
    bare = """query { stations(first: 5) { nodes { chargePointId } } }"""
    got = data(await server.graphql(named, {}))["stations"]["nodes"]
    assert got == [
        {"chargePointId": "FR-1", "tariff": {"name": "Standard", "pricePerKwh": {"amount": "0.95"}}}
    ]
    got = data(await server.graphql(inline, {}))["stations"]["nodes"]
    assert got == [{"chargePointId": "FR-1", "tariff": {"name": "Standard"}}]
    assert data(await server.graphql(bare, {}))["stations"]["nodes"] == [{"chargePointId": "FR-1"}]
