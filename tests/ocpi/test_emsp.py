"""Our eMSP role against a CPO this project did not write (extrawest-ocpi, tests/ocpi/peer_cpo.py, in
its own process): we register with it, pull its Locations and Tariffs across pages (Link,
X-Total-Count), it pushes changes (PUT a location, PATCH an EVSE's status), and drivers see its
stations with live availability and the tariff; bad pushes are refused with nothing stored."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from db.models import OcpiPartnerLocation, OcpiPartnerTariff
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpi.conftest import Peer
from tests.security.api import Api

STATIONS = """query($near: GeoPointInput) { partnerStations(near: $near, radiusKm: 20) {
  id partner locationId name address city latitude longitude distanceKm availableCount
  evses { uid evseId status standards maxPowerKw }
  tariff { currency text prices { type price { amount currency } vatPercent conditional } } } }"""
KL = {"latitude": 3.15, "longitude": 101.71}


async def register_with_cpo(server: Any, peer: Peer) -> tuple[Api, str, str]:
    """We register with the partner CPO (which pulls its Locations and Tariffs at once)."""
    api = Api(server.http_url)
    admin = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)).access
    data = await api.ok(
        """mutation($i: RegisterOcpiPartnerInput!) { registerOcpiPartner(input: $i) {
             partner { id state countryCode partyId endpoints { identifier role } } errors { code } } }""",
        {"i": {"name": "Peer CPO", "versionsUrl": peer.versions_url, "tokenA": peer.token_a}},
        token=admin,
    )
    partner = data["registerOcpiPartner"]["partner"]
    assert (partner["state"], partner["countryCode"], partner["partyId"]) == ("REGISTERED", "SG", "XWC")
    assert {"identifier": "locations", "role": "SENDER"} in partner["endpoints"]
    return api, admin, partner["id"]


async def stored(server: Any) -> tuple[int, int]:
    async with server.platform.sessionmaker() as s:
        locations = await s.scalar(select(func.count()).select_from(OcpiPartnerLocation))
        tariffs = await s.scalar(select(func.count()).select_from(OcpiPartnerTariff))
    return int(locations or 0), int(tariffs or 0)


async def test_partner_locations_and_tariffs_reach_the_drivers_map(server: Any, ocpi_peer_cpo: Peer) -> None:
    peer = ocpi_peer_cpo
    await peer.control("seed", {"count": 5})
    api, admin, partner_id = await register_with_cpo(server, peer)

    # Our credentials announce both roles, and our version details the eMSP receivers.
    state = await peer.control("state")
    assert [r["role"] for r in state["credentials"]["roles"]] == ["CPO", "EMSP"]
    assert {(e["identifier"], e["role"]) for e in state["endpoints"]} >= {
        ("locations", "SENDER"),
        ("locations", "RECEIVER"),
        ("tariffs", "RECEIVER"),
    }
    # Registering pulled everything: five locations over three pages of two, and the tariff.
    assert await stored(server) == (5, 1)
    again = await api.ok(
        "mutation($id: ID!) { pullOcpiPartner(id: $id) { locations tariffs pages refused errors { code } } }",
        {"id": partner_id},
        token=admin,
    )
    assert again["pullOcpiPartner"] == {"locations": 5, "tariffs": 1, "pages": 4, "refused": [], "errors": []}
    assert await stored(server) == (5, 1)  # pulling again stores nothing twice

    # A driver (signed out too) sees the partner's stations near them, nearest first, with the tariff.
    found = (await api.ok(STATIONS, {"near": KL}))["partnerStations"]
    assert [f["locationId"] for f in found] == ["LOC0", "LOC1", "LOC2", "LOC3", "LOC4"]
    first = found[0]
    assert first["partner"] == "Peer CPO" and first["name"] == "Peer Plaza 0" and first["availableCount"] == 2
    assert first["evses"][0] == {
        "uid": "LOC0-E1",
        "evseId": "SG*XWC*E01",
        "status": "AVAILABLE",
        "standards": ["IEC_62196_T2"],
        "maxPowerKw": "22",
    }
    assert first["tariff"] == {
        "currency": "MYR",
        "text": None,
        "prices": [
            {
                "type": "ENERGY",
                "price": {"amount": "1.20", "currency": "MYR"},
                "vatPercent": "8",
                "conditional": False,
            },
            {
                "type": "FLAT",
                "price": {"amount": "1.00", "currency": "MYR"},
                "vatPercent": "8",
                "conditional": False,
            },
        ],
    }
    far = await api.ok(STATIONS, {"near": {"latitude": 5.4, "longitude": 100.3}})  # Penang
    assert far["partnerStations"] == []

    # Live availability: the partner PATCHes an EVSE's status, and the map shows it at once.
    patched = await peer.control(
        "push-location", {"n": 0, "evse": 1, "evse_status": "CHARGING", "when": "2026-12-06T08:00:00Z"}
    )
    assert patched["http"] == 200 and patched["answer"]["status_code"] == 1000, patched
    first = (await api.ok(STATIONS, {"near": KL}))["partnerStations"][0]
    assert first["availableCount"] == 1 and first["evses"][0]["status"] == "CHARGING"
    async with server.platform.sessionmaker() as s:
        row = await s.scalar(select(OcpiPartnerLocation).where(OcpiPartnerLocation.location_id == "LOC0"))
        assert row is not None
        body = json.loads(row.body)
    # The parents of a pushed EVSE take its last_updated (OCPI).
    assert (
        body["last_updated"] == "2026-12-06T08:00:00Z"
        and body["evses"][0]["last_updated"] == body["last_updated"]
    )

    # A new location PUT by the partner is created (201) and shows up.
    put = await peer.control("push-location", {"n": 7, "when": "2026-12-06T08:05:00Z"})
    assert put["http"] == 201 and put["answer"]["status_code"] == 1000, put
    assert "LOC7" in [f["locationId"] for f in (await api.ok(STATIONS, {"near": KL}))["partnerStations"]]

    # Both EVSEs REMOVED: the location leaves the map.
    for evse in (1, 2):
        await peer.control(
            "push-location", {"n": 1, "evse": evse, "evse_status": "REMOVED", "when": "2026-12-06T08:10:00Z"}
        )
    assert "LOC1" not in [f["locationId"] for f in (await api.ok(STATIONS, {"near": KL}))["partnerStations"]]


async def test_bad_location_and_tariff_pushes_are_refused_with_nothing_stored(
    server: Any, ocpi_peer_cpo: Peer
) -> None:
    peer = ocpi_peer_cpo
    await peer.control("seed", {"count": 1})
    await register_with_cpo(server, peer)
    assert await stored(server) == (1, 1)
    async with server.platform.sessionmaker() as s:
        before = (await s.scalars(select(OcpiPartnerLocation.body))).all()

    async def send(method: str, module: str, path: str, body: Any) -> tuple[int, int]:
        r = await peer.control(
            "send", {"method": method, "module": module, "role": "RECEIVER", "path": path, "json": body}
        )
        return r["http"], r["answer"]["status_code"]

    good = (await peer.control("state"))["endpoints"]
    assert good
    loc = {
        "country_code": "SG",
        "party_id": "XWC",
        "id": "LOC0",
        "publish": True,
        "address": "x",
        "city": "y",
        "country": "MYS",
        "coordinates": {"latitude": "3.1", "longitude": "101.7"},
        "time_zone": "Asia/Kuala_Lumpur",
        "last_updated": "2026-12-06T09:00:00Z",
    }
    # The id in the body differs from the URL's; another party's URL; a required field missing;
    # latitude out of range; a PATCH without last_updated; an EVSE with an unknown status; an unknown
    # EVSE to PATCH; a tariff without elements.
    assert await send("PUT", "locations", "/SG/XWC/LOC9", loc) == (400, 2001)
    assert await send("PUT", "locations", "/SG/ABC/LOC0", {**loc, "party_id": "ABC"}) == (404, 2001)
    assert await send("PUT", "locations", "/SG/XWC/LOC0", {k: v for k, v in loc.items() if k != "city"}) == (
        400,
        2001,
    )
    assert await send(
        "PUT", "locations", "/SG/XWC/LOC0", {**loc, "coordinates": {"latitude": "91", "longitude": "1"}}
    ) == (400, 2001)
    assert await send("PATCH", "locations", "/SG/XWC/LOC0/LOC0-E1", {"status": "CHARGING"}) == (400, 2001)
    assert await send(
        "PATCH",
        "locations",
        "/SG/XWC/LOC0/LOC0-E1",
        {"status": "BROKEN", "last_updated": "2026-12-06T09:00:00Z"},
    ) == (400, 2001)
    assert await send(
        "PATCH",
        "locations",
        "/SG/XWC/LOC0/NOPE",
        {"status": "CHARGING", "last_updated": "2026-12-06T09:00:00Z"},
    ) == (404, 2003)
    tariff = {
        "country_code": "SG",
        "party_id": "XWC",
        "id": "AC1",
        "currency": "MYR",
        "elements": [],
        "last_updated": "2026-12-06T09:00:00Z",
    }
    assert await send("PUT", "tariffs", "/SG/XWC/AC1", tariff) == (400, 2001)
    async with server.platform.sessionmaker() as s:
        assert (await s.scalars(select(OcpiPartnerLocation.body))).all() == before
    assert await stored(server) == (1, 1)

    # A tariff the partner withdraws (DELETE) is gone; GET of an unknown one is 404.
    assert await send("DELETE", "tariffs", "/SG/XWC/AC1", None) == (200, 1000)
    assert await send("GET", "tariffs", "/SG/XWC/AC1", None) == (404, 2001)
    assert await stored(server) == (1, 0)
