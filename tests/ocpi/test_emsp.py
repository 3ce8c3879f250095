"""Our eMSP role against a CPO this project did not write (extrawest-ocpi, tests/ocpi/peer_cpo.py, in
its own process): we register with it, pull its Locations and Tariffs across pages (Link,
X-Total-Count), it pushes changes (PUT a location, PATCH an EVSE's status), and drivers see its
stations with live availability and the tariff; bad pushes are refused with nothing stored."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from api.relay import decode_id
from db.models import (
    ChargingSession,
    IdTag,
    LedgerPosting,
    OcpiCdr,
    OcpiPartner,
    OcpiPartnerLocation,
    OcpiPartnerTariff,
    OcpiRoamingSession,
    Receipt,
)
from domain import chargers, ledger, platform_settings, rewards, roaming
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpi.conftest import Peer, until
from tests.realtime.gql_ws import GqlWs
from tests.security.api import Account, Api

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
    # A next page on another server is not followed (our token would go there).
    await peer.control("link-elsewhere", {"base": "http://127.0.0.2:9"})
    elsewhere = await api.ok(
        "mutation($id: ID!) { pullOcpiPartner(id: $id) { pages refused errors { code } } }",
        {"id": partner_id},
        token=admin,
    )
    assert elsewhere["pullOcpiPartner"]["pages"] == 2, elsewhere
    assert len(elsewhere["pullOcpiPartner"]["refused"]) == 1
    await peer.control("link-elsewhere", {"base": None})

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


async def test_our_drivers_tokens_are_offered_pushed_and_authorized(server: Any, ocpi_peer_cpo: Peer) -> None:
    peer = ocpi_peer_cpo
    api, admin_token, _ = await register_with_cpo(server, peer)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    rich, poor = await api.create_driver(admin), await api.create_driver(admin)
    await api.credit(admin, rich.id, "20.00")  # the minimum to start is RM 10.00

    # A new RFID card of a driver reaches the partner by itself, valid, as the library's Token.
    added = await api.ok(
        """mutation { addRfidTag(input: {idTag: "04A1B2C3D4", label: "Card"}) { idTag { id } } }""",
        token=rich.access,
    )
    card_id = added["addRfidTag"]["idTag"]["id"]

    async def pushed() -> dict[str, Any] | None:
        got = (await peer.control("state"))["tokens"].get("04A1B2C3D4")
        return got if got and got["valid"] else None

    card = await until("the card at the partner", pushed)
    assert (card["type"], card["whitelist"], card["issuer"]) == ("RFID", "ALLOWED_OFFLINE", "PlagSini")
    assert (await peer.control("state"))["token_errors"] == []

    # The partner pulls every token across pages; each validates against the library's model.
    async with server.platform.sessionmaker() as s:
        app_tags = {
            u: await s.scalar(
                select(IdTag.id_tag).where(IdTag.user_id == decode_id(u, "User"), IdTag.kind == "app")
            )
            for u in (rich.id, poor.id)
        }
        ours = int(
            await s.scalar(select(func.count()).select_from(IdTag).where(IdTag.user_id.is_not(None))) or 0
        )
    pulled = await peer.control("pull-tokens", {"query": "?limit=2"})
    assert pulled["ok"] and pulled["errors"] == [], pulled
    assert pulled["totals"][0] == ours and len(pulled["tokens"]) == ours
    assert pulled["pages"] == (ours + 1) // 2
    by_uid = {t["uid"].upper(): t for t in pulled["tokens"]}
    assert {app_tags[rich.id].upper(), app_tags[poor.id].upper(), "04A1B2C3D4"} <= set(by_uid)
    assert by_uid[app_tags[poor.id].upper()]["type"] == "APP_USER"
    assert by_uid[app_tags[poor.id].upper()]["whitelist"] == "NEVER"
    none = await peer.control("pull-tokens", {"query": "?date_from=2099-01-01T00:00:00Z"})
    assert none["ok"] and none["tokens"] == [] and none["totals"] == [0]

    # Real-time authorization: the one id-tag rule, then the prepaid rule.
    ok = await peer.control("authorize", {"uid": "04a1b2c3d4"})
    assert ok["answer"]["status_code"] == 1000 and ok["answer"]["data"]["allowed"] == "ALLOWED", ok
    assert len(ok["answer"]["data"]["authorization_reference"]) == 32
    broke = await peer.control("authorize", {"uid": app_tags[poor.id], "type": "APP_USER"})
    assert broke["answer"]["data"]["allowed"] == "NO_CREDIT", broke
    assert "top up" in broke["answer"]["data"]["info"]["text"]
    wrong_type = await peer.control("authorize", {"uid": "04A1B2C3D4", "type": "APP_USER"})
    unknown = await peer.control("authorize", {"uid": "NOT-OURS-1"})
    for answer in (wrong_type, unknown):
        assert (answer["http"], answer["answer"]["status_code"]) == (404, 2004), answer

    # The driver blocks the card: it is pushed as invalid, and authorization says BLOCKED.
    await api.ok(
        "mutation($id: ID!) { blockIdTag(input: {id: $id}) { idTag { status } } }",
        {"id": card_id},
        token=rich.access,
    )

    async def invalid() -> bool:
        got = (await peer.control("state"))["tokens"].get("04A1B2C3D4")
        return bool(got) and got["valid"] is False

    await until("the blocked card at the partner", invalid)
    blocked = await peer.control("authorize", {"uid": "04A1B2C3D4"})
    assert blocked["answer"]["data"]["allowed"] == "BLOCKED", blocked


SESSION_FIELDS = "id locationId evseUid state startResult stopResult kwh"


async def test_driver_starts_watches_and_stops_a_session_at_the_partner(
    server: Any, ocpi_peer_cpo: Peer
) -> None:
    peer = ocpi_peer_cpo
    await peer.control("seed", {"count": 1})
    api, _, _ = await register_with_cpo(server, peer)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver, other = await api.create_driver(admin), await api.create_driver(admin)
    (station,) = (await api.ok(STATIONS, {"near": KL}))["partnerStations"]
    start = f"""mutation($s: ID!, $e: String!) {{ startPartnerCharging(stationId: $s, evseUid: $e) {{
        session {{ {SESSION_FIELDS} }} errors {{ code field }} }} }}"""
    args = {"s": station["id"], "e": "LOC0-E1"}

    # Below the minimum balance: refused before anything is sent to the partner.
    poor = await api.gql(start, args, token=driver.access)
    assert poor["data"]["startPartnerCharging"]["errors"] == [
        {"code": "BALANCE_TOO_LOW", "field": "stationId"}
    ]
    assert await peer.control("commands") == []

    await api.credit(admin, driver.id, "20.00")
    started = (await api.ok(start, args, token=driver.access))["startPartnerCharging"]["session"]
    assert (started["state"], started["locationId"], started["evseUid"]) == ("REQUESTED", "LOC0", "LOC0-E1")
    # The START_SESSION the library validated: the driver's own app token, our response URL.
    (command,) = await peer.control("commands")
    assert command["command"] == "START_SESSION"
    async with server.platform.sessionmaker() as s:
        app_tag = await s.scalar(
            select(IdTag.id_tag).where(IdTag.user_id == decode_id(driver.id, "User"), IdTag.kind == "app")
        )
    assert command["data"]["token"]["uid"].upper() == str(app_tag).upper()
    assert command["data"]["token"]["type"] == "APP_USER"
    assert command["data"]["response_url"].startswith(
        f"{server.http_url}/ocpi/2.2.1/emsp/commands/START_SESSION/"
    )

    # Someone else cannot see, follow or stop it.
    seen = await api.gql(
        "query($id: ID!) { partnerSession(id: $id) { id } }", {"id": started["id"]}, token=other.access
    )
    assert seen["errors"][0]["extensions"]["code"] == "NOT_FOUND"

    ws_url = server.http_url.replace("http://", "ws://") + "/graphql"
    async with GqlWs(ws_url, token=driver.access) as ws:
        sub = await ws.subscribe(
            f"subscription($id: ID!) {{ partnerSessionUpdated(id: $id) {{ {SESSION_FIELDS} }} }}",
            {"id": started["id"]},
        )
        first = await sub.data("partnerSessionUpdated")
        # The library posts the CommandResult to our response_url in the background.
        assert (first["startResult"], first["state"]) == ("ACCEPTED", "REQUESTED"), first

        async def result_posted() -> bool:
            async with server.platform.sessionmaker() as s:
                row = await s.get(OcpiRoamingSession, decode_id(started["id"], "PartnerSession"))
                return row is not None and row.start_result == "ACCEPTED"

        await until("the CommandResult at our response_url", result_posted)

        async def next_state(state: str) -> dict[str, Any]:
            while True:
                update = await sub.data("partnerSessionUpdated", timeout=20)
                if update["state"] == state:
                    return update

        # The partner's Session arrives (PUT, then PATCHes with the energy so far): live to the driver.
        put = await peer.control(
            "push-session", {"status": "ACTIVE", "kwh": 0, "when": "2026-12-06T08:01:00Z"}
        )
        assert put["http"] == 201 and put["answer"]["status_code"] == 1000, put
        active = await next_state("ACTIVE")
        assert active["kwh"] == "0"
        await peer.control(
            "push-session", {"status": "ACTIVE", "kwh": 3.25, "when": "2026-12-06T08:10:00Z", "patch": True}
        )
        while (await sub.data("partnerSessionUpdated", timeout=20))["kwh"] != "3.25":
            pass

        # A second start while this one runs is refused.
        again = await api.gql(start, args, token=driver.access)
        assert again["data"]["startPartnerCharging"]["errors"][0]["code"] == "CONFLICT"

        stop = await api.ok(
            f"mutation($id: ID!) {{ stopPartnerCharging(id: $id) {{ session {{ {SESSION_FIELDS} }} }} }}",
            {"id": started["id"]},
            token=driver.access,
        )
        assert stop["stopPartnerCharging"]["session"]["stopResult"] == "ACCEPTED"
        stop_command = (await peer.control("commands"))[-1]
        assert (
            stop_command["command"] == "STOP_SESSION" and stop_command["data"]["session_id"].upper() == "S1"
        )

        await peer.control(
            "push-session", {"status": "COMPLETED", "kwh": 7.5, "when": "2026-12-06T08:30:00Z", "patch": True}
        )
        done = await next_state("COMPLETED")
        assert done["kwh"] == "7.5"
    # A late, older update changes nothing.
    late = await peer.control(
        "push-session", {"status": "ACTIVE", "kwh": 5, "when": "2026-12-06T08:20:00Z", "patch": True}
    )
    assert late["http"] == 200
    mine = await api.ok(
        f"query($id: ID!) {{ partnerSession(id: $id) {{ {SESSION_FIELDS} }} }}",
        {"id": started["id"]},
        token=driver.access,
    )
    assert (mine["partnerSession"]["state"], mine["partnerSession"]["kwh"]) == ("COMPLETED", "7.5")


@dataclass
class Roaming:
    """We are registered with the partner CPO, and a driver with RM 20.00 started at its LOC0-E1."""

    api: Api
    admin_token: str
    partner_id: str
    driver: Account
    user_id: int
    session_id: int


async def driver_started_at_partner(server: Any, peer: Peer) -> Roaming:
    await peer.control("seed", {"count": 1})
    api, admin_token, partner_id = await register_with_cpo(server, peer)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    driver = await api.create_driver(admin)
    await api.credit(admin, driver.id, "20.00")
    (station,) = (await api.ok(STATIONS, {"near": KL}))["partnerStations"]
    started = await api.ok(
        'mutation($s: ID!) { startPartnerCharging(stationId: $s, evseUid: "LOC0-E1") { session { id } } }',
        {"s": station["id"]},
        token=driver.access,
    )
    session_gid = started["startPartnerCharging"]["session"]["id"]
    return Roaming(
        api,
        admin_token,
        partner_id,
        driver,
        decode_id(driver.id, "User"),
        decode_id(session_gid, "PartnerSession"),
    )


async def test_partner_cdr_bills_the_driver_exactly_once(server: Any, ocpi_peer_cpo: Peer) -> None:
    peer = ocpi_peer_cpo
    r = await driver_started_at_partner(server, peer)
    user_id, session_id = r.user_id, r.session_id
    await peer.control("push-session", {"status": "ACTIVE", "kwh": 1, "when": "2026-12-06T08:05:00Z"})

    async def money() -> tuple[int, int, int, int]:
        async with server.platform.sessionmaker() as s:
            assert (await ledger.check_ledger(s)).ok
            postings = int(await s.scalar(select(func.count()).select_from(LedgerPosting)) or 0)
            receipts_ = int(await s.scalar(select(func.count()).select_from(Receipt)) or 0)
            points = await rewards.points_balance(s, user_id)
            return await ledger.wallet_balance(s, user_id), postings, receipts_, points

    before = await money()
    assert before[0] == 2000
    # 10.5 kWh for RM 12.60 before 8% tax, RM 13.61 with it.
    cdr = {"kwh": 10.5, "excl": 12.6, "incl": 13.61}
    first = await peer.control("post-cdr", cdr)
    assert first["http"] == 201 and first["answer"]["status_code"] == 1000, first
    assert first["location"].startswith(f"{server.http_url}/ocpi/2.2.1/emsp/cdrs/")
    after = await money()
    async with server.platform.sessionmaker() as s:
        per_kwh = int(await platform_settings.effective(s, "points_per_kwh"))
        receipt = await s.scalar(select(Receipt).where(Receipt.user_id == user_id))
        row = await s.scalar(select(OcpiCdr))
        roaming_session = await s.get(OcpiRoamingSession, session_id)
    assert after == (
        2000 - 1361,
        before[1] + 1,
        before[2] + 1,
        before[3] + rewards.session_points(10500, per_kwh),
    )
    assert receipt is not None and (receipt.total_sen, receipt.tax_sen, receipt.subtotal_sen) == (
        1361,
        101,
        1260,
    )
    assert row is not None and (row.status, row.flag, row.receipt_id) == ("BILLED", None, receipt.id)
    assert roaming_session is not None and roaming_session.state == "COMPLETED"
    assert row.roaming_session_id == session_id

    # The same CDR again (a retry): success, nothing moves.
    again = await peer.control("post-cdr", cdr)
    assert (again["http"], again["answer"]["status_code"]) == (200, 1000), again
    assert await money() == after
    # The same id with another total: refused, nothing moves, the CDR is flagged.
    conflict = await peer.control("post-cdr", {**cdr, "incl": 1.0, "excl": 0.9})
    assert (conflict["http"], conflict["answer"]["status_code"]) == (400, 2001), conflict
    assert await money() == after
    async with server.platform.sessionmaker() as s:
        flagged = await s.scalar(select(OcpiCdr))
        assert flagged is not None and flagged.flag is not None and "conflict" in flagged.flag
        assert flagged.total_sen == 1361
    # A CDR for a token that is not ours is kept, flagged, and bills nobody.
    stranger = await peer.control("post-cdr", {**cdr, "id": "CDR2", "uid": "NOT-OURS-9"})
    assert stranger["http"] == 201, stranger
    assert await money() == after
    async with server.platform.sessionmaker() as s:
        other = await s.scalar(select(OcpiCdr).where(OcpiCdr.cdr_id == "CDR2"))
        assert other is not None and other.status == "FLAGGED" and other.user_id is None
    # A second CDR for the same session (another id) bills nothing: flagged.
    second = await peer.control("post-cdr", {**cdr, "id": "CDR4"})
    assert second["http"] == 201, second
    assert await money() == after
    async with server.platform.sessionmaker() as s:
        dup = await s.scalar(select(OcpiCdr).where(OcpiCdr.cdr_id == "CDR4"))
        assert dup is not None and dup.status == "FLAGGED" and dup.flag is not None
        assert "already billed by CDR CDR1" in dup.flag
    # A CDR missing what OCPI requires is refused with nothing stored.
    bad = await peer.control(
        "send",
        {
            "method": "POST",
            "module": "cdrs",
            "role": "RECEIVER",
            "json": {"id": "CDR3", "country_code": "SG"},
        },
    )
    assert (bad["http"], bad["answer"]["status_code"]) == (400, 2001)
    async with server.platform.sessionmaker() as s:
        assert int(await s.scalar(select(func.count()).select_from(OcpiCdr)) or 0) == 3


SETTLEMENT = """query($p: ID!, $f: DateTime!, $t: DateTime!) {
  roamingSettlement(partnerId: $p, dateFrom: $f, dateTo: $t) {
  partner emsp { sessions energyKwh amount { amount } } cpo { sessions energyKwh amount { amount } }
  net { amount } lines { direction reference energyKwh amount { amount currency } status }
  mismatches { direction reference problem } csv pdfBase64 } }"""


async def test_settlement_with_the_partner_both_ways_reconciled(server: Any, ocpi_peer_cpo: Peer) -> None:
    peer = ocpi_peer_cpo
    r = await driver_started_at_partner(server, peer)
    api, admin_token, partner_gid, driver = r.api, r.admin_token, r.partner_id, r.driver
    # The partner's last Session said 10 kWh; its CDR says 10.5 kWh (RM 13.61): a mismatch to list.
    await peer.control("push-session", {"status": "ACTIVE", "kwh": 10, "when": "2026-12-06T08:25:00Z"})
    assert (await peer.control("post-cdr", {"kwh": 10.5, "excl": 12.6, "incl": 13.61}))["http"] == 201
    assert (
        await peer.control("post-cdr", {"id": "CDR2", "uid": "NOT-OURS", "kwh": 1, "excl": 1, "incl": 1.08})
    )["http"] == 201

    # As CPO: one of the partner's drivers charged 20 kWh at our charger, billed RM 18.00.
    partner_id = decode_id(partner_gid, "OcpiPartner")
    async with server.platform.sessionmaker() as s, s.begin():
        partner = await s.get_one(OcpiPartner, partner_id)
        token = {
            "country_code": "SG",
            "party_id": "XWC",
            "uid": "PEERCARD1",
            "type": "RFID",
            "contract_id": "SG-XWC-1",
            "issuer": "Peer",
            "valid": True,
            "whitelist": "ALLOWED",
            "last_updated": "2026-12-06T00:00:00Z",
        }
        await roaming.store_token(s, partner, token, dt.datetime(2026, 12, 6, tzinfo=dt.UTC))
        reg = await chargers.register(s, "SETTLE-1", latitude=Decimal(3), longitude=Decimal(101))
        s.add(
            ChargingSession(
                charger_id=reg.charger.id,
                connector_id=1,
                id_tag="PEERCARD1",
                meter_start=0,
                started_at=dt.datetime(2026, 12, 6, 7, tzinfo=dt.UTC),
                stopped_at=dt.datetime(2026, 12, 6, 8, tzinfo=dt.UTC),
                status="Completed",
                energy_wh=20000,
                total_cost_sen=1800,
                billed=True,
            )
        )

    period = {"p": partner_gid, "f": "2026-12-01T00:00:00Z", "t": "2027-01-01T00:00:00Z"}
    got = (await api.ok(SETTLEMENT, period, token=admin_token))["roamingSettlement"]
    assert got["partner"] == "Peer CPO"
    assert got["emsp"] == {"sessions": 1, "energyKwh": "10.5", "amount": {"amount": "13.61"}}
    assert got["cpo"] == {"sessions": 1, "energyKwh": "20", "amount": {"amount": "18.00"}}
    assert got["net"]["amount"] == "4.39"
    assert [(x["direction"], x["status"]) for x in got["lines"]] == [
        ("CPO", "BILLED"),
        ("EMSP", "BILLED"),
        ("EMSP", "FLAGGED"),
    ]
    problems = {(m["direction"], m["problem"]) for m in got["mismatches"]}
    assert len(got["mismatches"]) == 3, got["mismatches"]
    # Our session was written straight into the database here: billed, but no CDR went out for it.
    assert ("CPO", "billed, but no CDR was sent to the partner") in problems
    assert ("EMSP", "CDR 10500 Wh, the partner's Session 10000 Wh") in problems
    assert any(d == "EMSP" and p.startswith("FLAGGED: the CDR's token is not one") for d, p in problems)
    # The CSV: one row per session, the totals, the net, the mismatches.
    rows = list(csv.reader(io.StringIO(got["csv"])))
    assert rows[0][:3] == ["direction", "reference", "ended_at"]
    assert ["net (owed to us)", "", "", "", "", "4.39", "MYR", ""] in rows
    assert sum(1 for r in rows if r[0] == "mismatch") == len(got["mismatches"])
    pdf = base64.b64decode(got["pdfBase64"])
    assert pdf.startswith(b"%PDF")
    # A period with nothing in it; a driver may not read it.
    empty = await api.ok(
        SETTLEMENT, {**period, "f": "2025-01-01T00:00:00Z", "t": "2025-02-01T00:00:00Z"}, token=admin_token
    )
    assert empty["roamingSettlement"]["lines"] == [] and empty["roamingSettlement"]["mismatches"] == []
    denied = await api.gql(SETTLEMENT, period, token=driver.access)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_cdr_above_the_wallet_leaves_the_rest_as_debt(server: Any, ocpi_peer_cpo: Peer) -> None:
    """As for our own sessions: the wallet pays what it holds, the rest is the driver's debt, in one
    balanced posting."""
    peer = ocpi_peer_cpo
    r = await driver_started_at_partner(server, peer)
    user_id = r.user_id
    posted = await peer.control("post-cdr", {"kwh": 20, "excl": 23.15, "incl": 25.0})
    assert posted["http"] == 201, posted
    async with server.platform.sessionmaker() as s:
        assert (await ledger.check_ledger(s)).ok
        assert await ledger.wallet_balance(s, user_id) == 0
        assert await ledger.debt_owed(s, user_id) == 500
        receipt = await s.scalar(select(Receipt).where(Receipt.user_id == user_id))
        assert receipt is not None and receipt.total_sen == 2500 and receipt.tax_sen == 185


async def test_a_cpo_that_registers_with_us_is_pulled(server: Any, ocpi_peer_cpo: Peer) -> None:
    """The partner starts the handshake (we issued its token A): once it is registered, its Locations
    and Tariffs are pulled in the background."""
    peer = ocpi_peer_cpo
    await peer.control("seed", {"count": 3})
    api = Api(server.http_url)
    admin = (await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)).access
    invite = (
        await api.ok(
            'mutation { inviteOcpiPartner(name: "Peer CPO") { tokenA versionsUrl errors { code } } }',
            token=admin,
        )
    )["inviteOcpiPartner"]
    registered = await peer.control(
        "register", {"versions_url": invite["versionsUrl"], "token_a": invite["tokenA"]}
    )
    assert registered["ok"], registered

    async def pulled() -> bool:
        return await stored(server) == (3, 1)

    await until("the pull after the partner registered", pulled)
