"""Roaming over OCPI 2.2.1 against a partner this project did not write (an eMSP on extrawest-ocpi,
tests/ocpi/peer.py, in its own process): the registration handshake both ways, credential rotation
and unregistering, our Locations pulled and validated by the library's 2.2.1 models, a partner's
token pushed and then accepted at a real OCPP 1.6 charger, and bad OCPI requests refused with
nothing stored."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import func, select, update

from api.relay import decode_id
from db.models import AuditLog, Charger, Connector, IdTag, OcpiPartner, OcpiToken
from domain import chargers
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD
from tests.ocpi.conftest import Peer
from tests.ocpp.conftest import connect, register
from tests.security.api import Api

PARTNERS = """query { ocpiPartners { id name state countryCode partyId versionsUrl
  endpoints { identifier url } lastError } }"""


def tok(token: str, raw: bool = False) -> dict[str, str]:
    value = token if raw else base64.b64encode(token.encode()).decode()
    return {"Authorization": f"Token {value}", "X-Request-ID": "req-1", "X-Correlation-ID": "corr-1"}


async def admin_api(server: Any) -> tuple[Api, str]:
    api = Api(server.http_url)
    admin = await api.login(TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    return api, admin.access


async def peer_registers_with_us(server: Any, peer: Peer) -> tuple[Api, str]:
    """The partner registers with us (we issue token A) and returns our API and the admin's token."""
    api, admin = await admin_api(server)
    data = await api.ok(
        """mutation { inviteOcpiPartner(name: "Peer") {
             tokenA versionsUrl partner { id state } errors { code } } }""",
        token=admin,
    )
    invite = data["inviteOcpiPartner"]
    assert invite["partner"]["state"] == "PENDING"
    result = await peer.control(
        "register", {"versions_url": invite["versionsUrl"], "token_a": invite["tokenA"]}
    )
    assert result["ok"], result
    # Token A is dead once the partner registered.
    async with httpx.AsyncClient() as c:
        r = await c.get(invite["versionsUrl"], headers=tok(invite["tokenA"]))
        assert r.status_code == 401 and r.json()["status_code"] == 2000
    return api, admin


async def public_chargers(server: Any) -> list[int]:
    """Three chargers drivers see (with two connectors each) and three they do not."""
    ids = []
    async with server.platform.sessionmaker() as s, s.begin():
        for n in range(3):
            reg = await chargers.register(
                s,
                f"OCPI-{n}",
                name=f"Site {n}",
                address=f"Jalan {n}",
                city="Kuala Lumpur",
                latitude=Decimal("3.1390") + n,
                longitude=Decimal("101.6869"),
            )
            ids.append(reg.charger.id)
            for c, kind in ((1, "Type2"), (2, "CCS2")):
                s.add(
                    Connector(
                        charger_id=reg.charger.id,
                        connector_id=c,
                        status="Available",
                        connector_type=kind,
                        max_power_kw=Decimal("22"),
                        phases=3,
                    )
                )
        hidden = await chargers.register(s, "OCPI-private", latitude=Decimal(3), longitude=Decimal(101))
        hidden.charger.is_public = False
        await chargers.register(
            s, "OCPI-unapproved", approved=False, latitude=Decimal(3), longitude=Decimal(101)
        )
        await chargers.register(s, "OCPI-nowhere")
    return ids


async def test_peer_registers_with_us_and_pulls_validated_locations(server: Any, ocpi_peer: Peer) -> None:
    api, admin = await peer_registers_with_us(server, ocpi_peer)
    (partner,) = (await api.ok(PARTNERS, token=admin))["ocpiPartners"]
    assert partner["state"] == "REGISTERED" and (partner["countryCode"], partner["partyId"]) == ("SG", "XWP")
    assert partner["versionsUrl"] == ocpi_peer.versions_url
    assert {"credentials", "locations", "tokens"} <= {e["identifier"] for e in partner["endpoints"]}

    ids = await public_chargers(server)
    pulled = await ocpi_peer.control("pull-locations", {"query": "?limit=2"})
    assert pulled["ok"] and pulled["errors"] == [], pulled
    assert pulled["pages"] == 2 and pulled["totals"] == [3, 3] and pulled["limits"] == [50, 50]
    assert sorted(loc["id"] for loc in pulled["locations"]) == sorted(str(i) for i in ids)
    first = pulled["locations"][0]
    assert len(first["evses"]) == 2 and first["evses"][0]["status"] == "UNKNOWN"  # the charger is offline
    assert {e["connectors"][0]["standard"] for e in first["evses"]} == {"IEC_62196_T2", "IEC_62196_T2_COMBO"}

    later = await ocpi_peer.control("pull-locations", {"query": "?date_from=2099-01-01T00:00:00Z"})
    assert later["ok"] and later["locations"] == [] and later["totals"] == [0]

    one = await ocpi_peer.control("get-object", {"path": f"/{ids[1]}", "model": "location"})
    assert one["answer"]["status_code"] == 1000 and one["answer"]["data"]["id"] == str(ids[1])
    conn = await ocpi_peer.control("get-object", {"path": f"/{ids[1]}/{ids[1]}-2/1", "model": "connector"})
    assert conn["answer"]["data"]["power_type"] == "DC"
    missing = await ocpi_peer.control("get-object", {"path": "/999999"})
    assert missing["http"] == 404 and missing["answer"]["status_code"] == 2003


async def test_locations_are_paged_by_last_update_with_their_bounds(server: Any, ocpi_peer: Peer) -> None:
    """A Location's last update is the newest of its charger's and its connectors'; the pages follow
    it (then the id), and date_from/date_to bound it, in the database's own order and filter."""
    await peer_registers_with_us(server, ocpi_peer)
    ids = await public_chargers(server)
    t = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    async with server.platform.sessionmaker() as s, s.begin():
        for charger_id, hours in zip(ids, (3, 1, 2), strict=True):
            stamp = t + dt.timedelta(hours=hours)
            await s.execute(update(Charger).where(Charger.id == charger_id).values(updated_at=stamp))
            await s.execute(
                update(Connector).where(Connector.charger_id == charger_id).values(updated_at=stamp)
            )
        # The second charger's connector changed last of all.
        await s.execute(
            update(Connector)
            .where(Connector.charger_id == ids[1], Connector.connector_id == 2)
            .values(updated_at=t + dt.timedelta(hours=5))
        )

    async def pulled(query: str) -> tuple[list[str], list[int]]:
        answer = await ocpi_peer.control("pull-locations", {"query": query})
        assert answer["ok"] and answer["errors"] == [], answer
        return [loc["id"] for loc in answer["locations"]], answer["totals"]

    order = [str(ids[2]), str(ids[0]), str(ids[1])]
    assert await pulled("?limit=1") == (order, [3, 3, 3])
    assert await pulled("?offset=1&limit=1") == (order[1:], [3, 3])
    assert await pulled("?date_from=2030-01-01T03:00:00Z") == (order[1:], [2])
    assert await pulled("?date_to=2030-01-01T03:00:00Z") == (order[:1], [1])
    assert await pulled("?date_from=2030-01-01T04:00:00Z&date_to=2030-01-01T05:00:01Z") == (order[2:], [1])


async def test_we_register_with_peer_rotate_and_unregister(server: Any, ocpi_peer: Peer) -> None:
    api, admin = await admin_api(server)
    bad = await api.gql(
        """mutation($i: RegisterOcpiPartnerInput!) { registerOcpiPartner(input: $i) {
             partner { id } errors { code field } } }""",
        {"i": {"name": "Peer", "versionsUrl": ocpi_peer.versions_url, "tokenA": "wrong-token"}},
        token=admin,
    )
    assert bad["data"]["registerOcpiPartner"]["errors"][0]["code"] == "PARTNER_UNREACHABLE"
    assert (await api.ok(PARTNERS, token=admin))["ocpiPartners"] == []

    data = await api.ok(
        """mutation($i: RegisterOcpiPartnerInput!) { registerOcpiPartner(input: $i) {
             partner { id state countryCode partyId } errors { code } } }""",
        {"i": {"name": "Peer", "versionsUrl": ocpi_peer.versions_url, "tokenA": ocpi_peer.token_a}},
        token=admin,
    )
    partner = data["registerOcpiPartner"]["partner"]
    assert (partner["state"], partner["countryCode"], partner["partyId"]) == ("REGISTERED", "SG", "XWP")
    # One audit entry, for the registration that succeeded (the refused one recorded nothing).
    async with server.platform.sessionmaker() as s:
        entries = (await s.scalars(select(AuditLog).where(AuditLog.action == "ocpi.register"))).all()
    assert [(e.target_type, e.target_id, e.details) for e in entries] == [
        (
            "OcpiPartner",
            str(decode_id(partner["id"], "OcpiPartner")),
            {"versions_url": ocpi_peer.versions_url},
        )
    ]
    state = await ocpi_peer.control("state")
    assert state["registered"] and state["credentials"]["url"] == f"{server.http_url}/ocpi/versions"
    token_b = state["platform_token"]
    await public_chargers(server)
    assert len((await ocpi_peer.control("pull-locations", {}))["locations"]) == 3

    rotated = await api.ok(
        "mutation($id: ID!) { rotateOcpiCredentials(id: $id) { partner { state } errors { code } } }",
        {"id": partner["id"]},
        token=admin,
    )
    assert rotated["rotateOcpiCredentials"]["partner"]["state"] == "REGISTERED"
    new_token = (await ocpi_peer.control("state"))["platform_token"]
    assert new_token != token_b
    async with httpx.AsyncClient() as c:
        r = await c.get(f"{server.http_url}/ocpi/2.2.1/locations", headers=tok(token_b))
        assert r.status_code == 401
    assert len((await ocpi_peer.control("pull-locations", {}))["locations"]) == 3

    gone = await api.ok(
        """mutation($id: ID!) { unregisterOcpiPartner(id: $id) {
             partner { state lastError } errors { code } } }""",
        {"id": partner["id"]},
        token=admin,
    )
    assert gone["unregisterOcpiPartner"]["partner"] == {"state": "UNREGISTERED", "lastError": None}
    assert not (await ocpi_peer.control("state"))["registered"]
    async with httpx.AsyncClient() as c:
        r = await c.get(f"{server.http_url}/ocpi/2.2.1/locations", headers=tok(new_token))
        assert r.status_code == 401


async def test_peer_token_is_authorized_at_our_charger(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    pushed = await ocpi_peer.control("push-token", {"uid": "PEERTAG01"})
    assert pushed["http"] == 201 and pushed["answer"]["status_code"] == 1000, pushed
    again = await ocpi_peer.control("push-token", {"uid": "PEERTAG01"})
    assert again["http"] == 200

    key = await register(server.platform, "CP-OCPI")
    async with connect(server.ocpp_url, "CP-OCPI", key) as cp:
        res = await cp.send_call("Authorize", {"idTag": "peertag01"})
        assert res[2]["idTagInfo"]["status"] == "Accepted"
        # The charger starts and stops a session for it (the same rule answers StartTransaction).
        start = {
            "connectorId": 1,
            "idTag": "peertag01",
            "meterStart": 1000,
            "timestamp": "2026-12-06T01:00:00Z",
        }
        res = await cp.send_call("StartTransaction", start)
        assert res[2]["idTagInfo"]["status"] == "Accepted", res
        stop = {
            "transactionId": res[2]["transactionId"],
            "meterStop": 5000,
            "timestamp": "2026-12-06T02:00:00Z",
        }
        res = await cp.send_call("StopTransaction", {**stop, "idTag": "peertag01"})
        assert res[2]["idTagInfo"]["status"] == "Accepted", res
        patched = await ocpi_peer.control("push-token", {"uid": "PEERTAG01", "valid": False, "patch": True})
        assert patched["http"] == 200, patched
        res = await cp.send_call("Authorize", {"idTag": "PEERTAG01"})
        assert res[2]["idTagInfo"]["status"] == "Blocked"
        res = await cp.send_call("Authorize", {"idTag": "UNKNOWN01"})
        assert res[2]["idTagInfo"]["status"] == "Invalid"


async def test_bad_ocpi_requests_get_their_status_and_store_nothing(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    token = (await ocpi_peer.control("state"))["platform_token"]
    base = f"{server.http_url}/ocpi/2.2.1"
    good = {
        "country_code": "SG",
        "party_id": "XWP",
        "uid": "BADTAG",
        "type": "RFID",
        "contract_id": "C1",
        "issuer": "Peer",
        "valid": True,
        "whitelist": "ALLOWED",
        "last_updated": "2026-12-06T00:00:00Z",
    }
    async with server.platform.sessionmaker() as s:
        tags_before = (await s.execute(select(func.count()).select_from(IdTag))).scalar_one()
    async with httpx.AsyncClient() as c:
        url = f"{base}/tokens/SG/XWP/BADTAG"
        for headers in ({}, {"Authorization": "Bearer x"}, tok("not-a-token")):
            r = await c.put(url, headers=headers, json=good)
            assert r.status_code == 401 and r.json()["status_code"] == 2000
        r = await c.put(url, headers=tok(token), content=b"{not json")
        assert r.status_code == 400 and r.json()["status_code"] == 2001
        assert r.headers["X-Request-ID"] == "req-1" and r.headers["X-Correlation-ID"] == "corr-1"
        for broken in (
            {**good, "valid": "yes"},
            {k: v for k, v in good.items() if k != "issuer"},
            {**good, "uid": "OTHER"},
            {**good, "last_updated": "yesterday"},
        ):
            r = await c.put(url, headers=tok(token), json=broken)
            assert r.status_code == 400 and r.json()["status_code"] == 2001, broken
        r = await c.put(f"{base}/tokens/MY/PLG/BADTAG", headers=tok(token), json=good)
        assert r.status_code == 404  # another party's namespace
        r = await c.patch(
            url, headers=tok(token), json={"valid": False, "last_updated": "2026-12-06T00:00:00Z"}
        )
        assert r.status_code == 404 and r.json()["status_code"] == 2004
        r = await c.get(f"{base}/locations?limit=zero", headers=tok(token))
        assert r.status_code == 400 and r.json()["status_code"] == 2001
        r = await c.post(f"{base}/credentials", headers=tok(token), json={})
        assert r.status_code == 405
        # The raw (2.1.1-style) token is accepted too.
        r = await c.put(url, headers=tok(token, raw=True), json=good)
        assert r.status_code == 201
    async with server.platform.sessionmaker() as s:
        tokens = (await s.execute(select(OcpiToken.uid))).scalars().all()
        tags_after = (await s.execute(select(func.count()).select_from(IdTag))).scalar_one()
    assert tokens == ["BADTAG"] and tags_after == tags_before + 1


async def test_partner_unregisters_with_delete(server: Any, ocpi_peer: Peer) -> None:
    api, admin = await peer_registers_with_us(server, ocpi_peer)
    token = (await ocpi_peer.control("state"))["platform_token"]
    base = f"{server.http_url}/ocpi/2.2.1"
    async with httpx.AsyncClient() as c:
        r = await c.get(f"{base}/credentials", headers=tok(token))
        assert r.json()["data"]["token"] == token and r.json()["data"]["roles"][0]["party_id"] == "PLG"
        r = await c.delete(f"{base}/credentials", headers=tok(token))
        assert r.status_code == 200 and r.json()["status_code"] == 1000
        for method in ("GET", "DELETE", "PUT"):
            r = await c.request(method, f"{base}/credentials", headers=tok(token), json={})
            assert r.status_code == 401
    (partner,) = (await api.ok(PARTNERS, token=admin))["ocpiPartners"]
    assert partner["state"] == "UNREGISTERED"


async def test_connector_status_change_is_pushed_to_the_partner(server: Any, ocpi_peer: Peer) -> None:
    await peer_registers_with_us(server, ocpi_peer)
    key = await register(
        server.platform, "CP-PUSH", latitude=Decimal("3.15"), longitude=Decimal("101.7"), city="Kuala Lumpur"
    )
    async with connect(server.ocpp_url, "CP-PUSH", key) as cp:
        notify = {"connectorId": 1, "errorCode": "NoError", "status": "Available"}
        await cp.send_call("StatusNotification", notify)
        pulled = await ocpi_peer.control("pull-locations", {})
        (location,) = pulled["locations"]
        assert location["evses"][0]["status"] == "AVAILABLE"
        evse_uid = location["evses"][0]["uid"]

        await cp.send_call("StatusNotification", {**notify, "status": "Charging"})
        deadline = asyncio.get_running_loop().time() + 15
        while True:
            updates = (await ocpi_peer.control("state"))["updates"]
            statuses = [e["status"] for u in updates for e in u["evses"] if e["uid"] == evse_uid]
            if "CHARGING" in statuses:
                break
            assert asyncio.get_running_loop().time() < deadline, "no push reached the partner"
            await asyncio.sleep(0.05)
        # The push of the first status may land after the pull; the partner ends on the latest status.
        assert statuses[-1] == "CHARGING" and set(statuses) <= {"AVAILABLE", "CHARGING"}, statuses


async def test_partner_rotates_its_credentials_with_put(server: Any, ocpi_peer: Peer) -> None:
    """The partner PUTs new credentials (as a 2.2.1 client would to rotate): we re-fetch its endpoints
    with the token it gives and answer with a new token; the old one stops working."""
    await peer_registers_with_us(server, ocpi_peer)
    old = (await ocpi_peer.control("state"))["platform_token"]
    async with server.platform.sessionmaker() as s:
        theirs = (await s.execute(select(OcpiPartner.outbound_token))).scalar_one()
    assert theirs is not None
    base = f"{server.http_url}/ocpi/2.2.1"
    body = {
        "token": theirs,
        "url": ocpi_peer.versions_url,
        "roles": [
            {"role": "EMSP", "party_id": "XWP", "country_code": "SG", "business_details": {"name": "Peer"}}
        ],
    }
    async with httpx.AsyncClient() as c:
        r = await c.put(f"{base}/credentials", headers=tok(old), json=body)
        assert r.status_code == 200 and r.json()["status_code"] == 1000, r.text
        new = r.json()["data"]["token"]
        assert new != old
        assert (await c.get(f"{base}/locations", headers=tok(old))).status_code == 401
        r = await c.get(f"{base}/locations", headers=tok(new))
        assert r.status_code == 200 and r.json()["status_code"] == 1000
