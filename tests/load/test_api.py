"""Load management through GraphQL: admins build and edit a site's capacity tree (bad input gets a
typed error and writes nothing), drivers are refused, an integrator's API key pushes the site's other
load and the chargers' limits follow (a stale reading falls back to the static limit), and the
allocation is readable as a query and arrives on the subscription."""

from __future__ import annotations

import copy
from typing import Any

from ocpp.v16 import call
from sqlalchemy import func, select, update

from api import load as load_api
from api.relay import encode_id
from db.models import IdTag, LoadNode, SiteLoad
from domain import events
from tests.helpers.auth import make_api_key, make_user
from tests.load.conftest import Profiles, age_reading, in_force, iso, managed_site
from tests.ocpp.conftest import connect
from tests.realtime.gql_ws import GqlWs

ADD = """mutation($i: CapacityNodeInput!) { addCapacityNode(input: $i) {
  node { id kind name limitL1A parentId chargerId windowFrom windowLimitA }
  errors { __typename message field } } }"""
UPDATE = """mutation($i: UpdateCapacityNodeInput!) { updateCapacityNode(input: $i) {
  node { id limitL1A limitL2A limitL3A phaseRotation } errors { __typename message field } } }"""
PUSH = """mutation($i: SiteLoadReadingInput!) { pushSiteLoadReading(input: $i) {
  siteLoad { otherL1A otherAt } errors { __typename message field } } }"""
CONFIGURE = """mutation($i: SiteLoadSettingsInput!) { configureSiteLoad(input: $i) {
  siteLoad { staleAfterSeconds enabled } errors { __typename message field } } }"""
SITE_LOAD = """query($s: ID!) { siteLoad(siteId: $s) { enabled warning nodes { id kind name }
  allocation { shares { chargePointId limitA state } } } }"""


async def _count(p: Any) -> int:
    async with p.sessionmaker() as s:
        return int(await s.scalar(select(func.count(LoadNode.id))) or 0)


async def test_admins_edit_the_tree_with_typed_errors_and_drivers_are_refused(db_server: Any) -> None:
    server = db_server
    p = server.platform
    _, admin = await make_user(p, role="admin")
    _, driver = await make_user(p)
    r = await server.graphql('mutation { createSite(input: {name: "Mall"}) { site { id } } }', token=admin)
    site = r["data"]["createSite"]["site"]["id"]

    async def add(values: dict[str, Any], token: str = admin) -> dict[str, Any]:
        return await server.graphql(ADD, {"i": {"siteId": site, **values}}, token=token)

    r = await add({"kind": "SUPPLY", "name": "Main", "limitL1A": 100, "limitL2A": 100, "limitL3A": 100})
    root = r["data"]["addCapacityNode"]["node"]
    assert root["kind"] == "SUPPLY" and root["parentId"] is None
    r = await add(
        {
            "kind": "CIRCUIT",
            "name": "Level 2",
            "parentId": root["id"],
            "limitL1A": 63,
            "windowFrom": "18:00:00",
            "windowTo": "22:00:00",
            "windowLimitA": 32,
        }
    )
    circuit = r["data"]["addCapacityNode"]["node"]
    assert circuit["windowFrom"] == "18:00:00" and circuit["windowLimitA"] == 32
    before = await _count(p)

    bad = [
        ({"kind": "SUPPLY", "name": "Second"}, "ConflictError", "kind"),
        ({"kind": "CIRCUIT", "name": "Orphan"}, "InvalidInputError", "parentId"),
        (
            {"kind": "CIRCUIT", "name": "Neg", "parentId": root["id"], "limitL1A": -1},
            "InvalidInputError",
            "limitL1A",
        ),
        (
            {"kind": "CIRCUIT", "name": "Huge", "parentId": root["id"], "limitL2A": 10_001},
            "InvalidInputError",
            "limitL2A",
        ),
        (
            {"kind": "CIRCUIT", "name": "Half window", "parentId": root["id"], "windowFrom": "18:00:00"},
            "InvalidInputError",
            "windowFrom",
        ),
        (
            {
                "kind": "CHARGER",
                "name": "Nobody",
                "parentId": circuit["id"],
                "chargerId": encode_id("Charger", 999),
            },
            "InvalidInputError",
            "chargerId",
        ),
        ({"kind": "CIRCUIT", "name": " ", "parentId": root["id"]}, "InvalidInputError", "name"),
    ]
    for values, typename, field in bad:
        r = await add(values)
        errors = r["data"]["addCapacityNode"]["errors"]
        assert [(e["__typename"], e["field"]) for e in errors] == [(typename, field)], (values, r)
    # A node cannot move below itself.
    r = await server.graphql(UPDATE, {"i": {"id": root["id"], "parentId": circuit["id"]}}, token=admin)
    assert r["data"]["updateCapacityNode"]["errors"][0]["__typename"] == "InvalidInputError"
    r = await server.graphql(UPDATE, {"i": {"id": circuit["id"], "parentId": circuit["id"]}}, token=admin)
    assert r["data"]["updateCapacityNode"]["errors"][0]["field"] == "parentId"
    assert await _count(p) == before  # nothing written by a refused change

    r = await server.graphql(
        UPDATE, {"i": {"id": circuit["id"], "limitL2A": 40, "phaseRotation": "STR"}}, token=admin
    )
    assert r["data"]["updateCapacityNode"]["node"]["limitL2A"] == 40

    # Drivers: every load operation is an admin's.
    for query, variables in [
        (SITE_LOAD, {"s": site}),
        (ADD, {"i": {"siteId": site, "kind": "CIRCUIT", "name": "x", "parentId": root["id"]}}),
        (PUSH, {"i": {"siteId": site, "l1A": 1, "l2A": 1, "l3A": 1}}),
        ("mutation($id: ID!) { removeCapacityNode(id: $id) { errors { __typename } } }", {"id": root["id"]}),
    ]:
        r = await server.graphql(query, variables, token=driver)
        codes = {e["extensions"]["code"] for e in r.get("errors") or []}
        typed = [e["__typename"] for v in (r.get("data") or {}).values() if v for e in v.get("errors", [])]
        assert "FORBIDDEN" in codes or typed == ["ForbiddenError"], r
    assert await _count(p) == before

    r = await server.graphql(SITE_LOAD, {"s": site}, token=admin)
    assert [n["name"] for n in r["data"]["siteLoad"]["nodes"]] == ["Main", "Level 2"]
    r = await server.graphql(
        "mutation($id: ID!) { removeCapacityNode(id: $id) { siteLoad { nodes { id } } } }",
        {"id": root["id"]},
        token=admin,
    )
    assert r["data"]["removeCapacityNode"]["siteLoad"]["nodes"] == []


async def test_an_integrator_pushes_the_other_load_and_limits_follow(db_server: Any) -> None:
    server = db_server
    p = server.platform
    admin_user, admin = await make_user(p, role="admin")
    integrator = await make_api_key(p, admin_user.id, name="building meter")
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Office", 40, [("LM-I", 32)], tags=["TAG-I"])
    site = encode_id("Site", site_id)
    async with (
        connect(server.ocpp_url, "LM-I", keys["LM-I"]) as cp,
        GqlWs(server.ws_url, token=integrator) as ws,
    ):
        cp.answers["SetChargingProfile"] = prof.answerer("LM-I")
        sub = await ws.subscribe(
            "subscription($s: ID!) { siteLoadAllocation(siteId: $s) {"
            " reason shares { chargePointId limitA targetA } } }",
            {"s": site},
        )
        # The current allocation first, once the subscription is in place: nothing charges yet.
        assert (await sub.data("siteLoadAllocation"))["shares"] == []
        r = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="TAG-I", meter_start=0, timestamp=iso())
        )
        await prof.wait(lambda: prof.last_limit("LM-I") == 32)
        # Allocated first (the failsafe's 0 A in force), then in force once the charger accepted it.
        pushed = await sub.data("siteLoadAllocation")
        assert pushed["shares"] == [{"chargePointId": "LM-I", "limitA": 0, "targetA": 32}]
        pushed = await sub.data("siteLoadAllocation")
        assert pushed["shares"] == [{"chargePointId": "LM-I", "limitA": 32, "targetA": 32}]

        # The building draws 25 A: 15 A left for the charger.
        r = await server.graphql(
            PUSH, {"i": {"siteId": site, "l1A": 25, "l2A": 20, "l3A": 10}}, token=integrator
        )
        assert r["data"]["pushSiteLoadReading"]["errors"] == [], r
        await prof.wait(lambda: prof.last_limit("LM-I") == 15)
        pushed = await sub.data("siteLoadAllocation")
        assert pushed["shares"] == [{"chargePointId": "LM-I", "limitA": 32, "targetA": 15}]
        pushed = await sub.data("siteLoadAllocation")
        assert pushed["shares"] == [{"chargePointId": "LM-I", "limitA": 15, "targetA": 15}]
        r = await server.graphql(
            "query($s: ID!) { siteLoadAllocation(siteId: $s) { shares { chargePointId limitA state } } }",
            {"s": site},
            token=integrator,
        )
        assert r["data"]["siteLoadAllocation"]["shares"] == [
            {"chargePointId": "LM-I", "limitA": 15, "state": "active"}
        ]

        # Bad readings are refused with a typed error and change nothing.
        r = await server.graphql(
            PUSH, {"i": {"siteId": site, "l1A": -5, "l2A": 0, "l3A": 0}}, token=integrator
        )
        assert r["data"]["pushSiteLoadReading"]["errors"][0]["field"] == "l1A"
        async with p.sessionmaker() as s:
            assert (await s.scalar(select(SiteLoad.other_l1_a).where(SiteLoad.site_id == site_id))) == 25

        # The meter goes quiet: once the reading is older than the site's stale age, the static limit holds.
        await age_reading(p, site_id, 61)
        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "staleAfterSeconds": 60}}, token=admin)
        assert r["data"]["configureSiteLoad"]["siteLoad"]["staleAfterSeconds"] == 60
        await prof.wait(lambda: prof.last_limit("LM-I") == 32)
        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "staleAfterSeconds": 1}}, token=admin)
        assert r["data"]["configureSiteLoad"]["errors"][0]["__typename"] == "InvalidInputError"

        # Turned off: the profiles the platform set are cleared (by their ids), the charger is free.
        r = await server.graphql(CONFIGURE, {"i": {"siteId": site, "enabled": False}}, token=admin)
        assert r["data"]["configureSiteLoad"]["siteLoad"]["enabled"] is False
        cleared = {(await cp.expect("ClearChargingProfile"))["id"] for _ in range(2)}
        assert cleared == {17_999, 18_001}  # the failsafe and connector 1's TxProfile


LIMIT = """query($id: ID!) { sessionSiteLimit(sessionId: $id) { limitedBySite paused limitA limitKw } }"""


async def test_a_driver_sees_that_the_site_limits_their_session(server: Any) -> None:
    p = server.platform
    driver, token = await make_user(p)
    _, other = await make_user(p)
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Flats", 24, [("DL-1", 32), ("DL-2", 32)], tags=["GUEST"])
    async with p.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="DRIVER-CARD", kind="rfid", status="Accepted", user_id=driver.id))
    async with (
        connect(server.ocpp_url, "DL-1", keys["DL-1"]) as one,
        connect(server.ocpp_url, "DL-2", keys["DL-2"]) as two,
        GqlWs(server.ws_url, token=token) as ws,
    ):
        for cp in (one, two):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        r = await one.call(
            call.StartTransaction(connector_id=1, id_tag="DRIVER-CARD", meter_start=0, timestamp=iso())
        )
        mine = encode_id("ChargingSession", int(r.transaction_id))
        await prof.wait(lambda: prof.last_limit("DL-1") == 24)
        await in_force(p, site_id, {"DL-1": 24})
        sub = await ws.subscribe(
            "subscription($id: ID!) { sessionSiteLimit(sessionId: $id) { limitedBySite limitA limitKw } }",
            {"id": mine},
        )
        # The site's 24 A are below the charger's 32 A: limited, to 24 A x 230 V x 3 = 16.6 kW.
        assert await sub.data("sessionSiteLimit") == {"limitedBySite": True, "limitA": 24, "limitKw": 16.6}
        r = await server.graphql(LIMIT, {"id": mine}, token=token)
        assert r["data"]["sessionSiteLimit"] == {
            "limitedBySite": True,
            "paused": False,
            "limitA": 24,
            "limitKw": 16.6,
        }

        await two.call(call.StartTransaction(connector_id=1, id_tag="GUEST", meter_start=0, timestamp=iso()))
        # 24 A stays in force until the charger has accepted its 12 A.
        seen = await sub.data("sessionSiteLimit")
        while seen["limitA"] == 24:
            seen = await sub.data("sessionSiteLimit")
        assert seen == {"limitedBySite": True, "limitA": 12, "limitKw": 8.3}

        # Another driver's session is answered like a missing one.
        theirs = await server.graphql(LIMIT, {"id": mine}, token=other)
        missing = await server.graphql(LIMIT, {"id": encode_id("ChargingSession", 99999)}, token=other)
        assert theirs["data"] is None and theirs["errors"][0]["extensions"]["code"] == "NOT_FOUND"
        assert [e["message"] for e in theirs["errors"]] == [e["message"] for e in missing["errors"]]


async def test_an_allocation_landing_right_after_the_limit_is_read_still_reaches_the_driver(
    server: Any, monkeypatch: Any
) -> None:
    """The subscription read the session's limit, sent it, and only then listened for new allocations:
    one stored and published in between reached no subscription, and the driver's screen kept the old
    limit until the next change. Shown by storing and publishing the site's next allocation right
    before the subscription listens: the driver is told the new limit."""
    p = server.platform
    driver, token = await make_user(p)
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Towers", 24, [("RL-1", 32)], tags=[])
    async with p.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="RACE-CARD", kind="rfid", status="Accepted", user_id=driver.id))
    async with (
        connect(server.ocpp_url, "RL-1", keys["RL-1"]) as one,
        GqlWs(server.ws_url, token=token) as ws,
    ):
        one.answers["SetChargingProfile"] = prof.answerer(one.id)
        r = await one.call(
            call.StartTransaction(connector_id=1, id_tag="RACE-CARD", meter_start=0, timestamp=iso())
        )
        tx = int(r.transaction_id)
        await prof.wait(lambda: prof.last_limit("RL-1") == 24)
        await in_force(p, site_id, {"RL-1": 24})
        async with p.sessionmaker() as s:
            stored = await s.scalar(select(SiteLoad.allocation).where(SiteLoad.site_id == site_id))
        assert stored is not None
        halved = copy.deepcopy(stored)
        for share in halved["shares"]:
            if share.get("transaction_id") == tx:
                share["limit_a"] = 12
        listen = load_api.stream

        def a_new_allocation_then_listen(*args: Any, **kwargs: Any) -> Any:
            async def gen() -> Any:
                # The next allocation, stored and published as the load service does, after the
                # session's limit was read and before the subscription listens.
                async with p.sessionmaker() as s, s.begin():
                    await s.execute(
                        update(SiteLoad).where(SiteLoad.site_id == site_id).values(allocation=halved)
                    )
                await p.bus.publish(events.site_load(site_id), {"site_id": site_id, **halved})
                async for item in listen(*args, **kwargs):
                    yield item

            return gen()

        monkeypatch.setattr(load_api, "stream", a_new_allocation_then_listen)
        sub = await ws.subscribe(
            "subscription($id: ID!) { sessionSiteLimit(sessionId: $id) { limitedBySite limitA limitKw } }",
            {"id": encode_id("ChargingSession", tx)},
        )
        seen = await sub.data("sessionSiteLimit")
        while seen["limitA"] == 24:
            seen = await sub.data("sessionSiteLimit")
        assert seen == {"limitedBySite": True, "limitA": 12, "limitKw": 8.3}


async def test_a_fleet_with_a_weight_gets_the_larger_share(server: Any) -> None:
    p = server.platform
    _, admin = await make_user(p, role="admin")
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Depot", 39, [("PR-F", 32), ("PR-G", 32)], tags=["GUEST-1"])
    async with p.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="VAN-7", kind="rfid", status="Accepted", parent_id_tag="FLEET-A"))
    r = await server.graphql(
        """mutation($i: LoadPriorityInput!) { setLoadPriority(input: $i) {
           siteLoad { priorities { kind key weight } } errors { field } } }""",
        {"i": {"siteId": encode_id("Site", site_id), "kind": "FLEET", "key": "FLEET-A", "weight": 2}},
        token=admin,
    )
    assert r["data"]["setLoadPriority"]["siteLoad"]["priorities"] == [
        {"kind": "FLEET", "key": "FLEET-A", "weight": 2}
    ]
    async with (
        connect(server.ocpp_url, "PR-F", keys["PR-F"]) as fleet_cp,
        connect(server.ocpp_url, "PR-G", keys["PR-G"]) as guest_cp,
    ):
        for cp in (fleet_cp, guest_cp):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        await fleet_cp.call(
            call.StartTransaction(connector_id=1, id_tag="VAN-7", meter_start=0, timestamp=iso())
        )
        await guest_cp.call(
            call.StartTransaction(connector_id=1, id_tag="GUEST-1", meter_start=0, timestamp=iso())
        )
        # 39 A weighted 2:1: the fleet's van 26 A, the guest 13 A.
        await prof.wait(lambda: prof.last_limit("PR-F") == 26 and prof.last_limit("PR-G") == 13)
