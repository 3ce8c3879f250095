"""Sites from the console: created, edited, listed with their chargers, and what drivers see of each
charger there (the driver API's own answer)."""

from __future__ import annotations

from typing import Any

from tests.helpers.auth import make_user

CREATE = """mutation($i: SiteInput!) { createSite(input: $i) { site { id name city latitude }
  errors { code field } } }"""
UPDATE = """mutation($i: UpdateSiteInput!) { updateSite(input: $i) { site { id name city latitude longitude }
  errors { code field } } }"""
LIST = """query($s: String) { sites(search: $s, first: 20) { totalCount nodes { id name chargerCount } } }"""
DETAIL = """query($id: ID!) { site(id: $id) { site { name chargerCount } chargers { chargePointId siteId }
  driverPreviews { hiddenBecause station { chargePointId name latitude tariff { name } } } } }"""
REGISTER = """mutation($i: RegisterChargerInput!) { registerCharger(input: $i) { charger { id siteId }
  errors { code field } } }"""
UPDATE_CHARGER = """mutation($i: UpdateChargerInput!) { updateCharger(input: $i) { charger { siteId }
  errors { code field } } }"""
STATION = (
    """query($c: String!) { station(chargePointId: $c) { chargePointId name latitude tariff { name } } }"""
)


async def test_sites_created_edited_listed_with_their_chargers(server: Any) -> None:
    _, admin = await make_user(server.platform, role="admin")
    _, driver = await make_user(server.platform)

    async def ok(query: str, variables: dict[str, Any], field: str) -> dict[str, Any]:
        r = await server.graphql(query, variables, token=admin)
        assert not r.get("errors") and r["data"][field]["errors"] == [], r
        return r["data"][field]  # type: ignore[no-any-return]

    mall = (await ok(CREATE, {"i": {"name": "Sunway Pyramid", "city": "Subang Jaya"}}, "createSite"))["site"]
    r = await server.graphql(CREATE, {"i": {"name": " Sunway Pyramid "}}, token=admin)
    assert r["data"]["createSite"]["errors"] == [{"code": "CONFLICT", "field": "name"}]
    r = await server.graphql(CREATE, {"i": {"name": "Half", "latitude": "3.1"}}, token=admin)
    assert r["data"]["createSite"]["errors"] == [{"code": "INVALID_INPUT", "field": "longitude"}]
    assert (await server.graphql(LIST, {}, token=admin))["data"]["sites"]["totalCount"] == 1
    site = (
        await ok(
            UPDATE, {"i": {"id": mall["id"], "latitude": "3.073100", "longitude": "101.607300"}}, "updateSite"
        )
    )["site"]
    assert site["city"] == "Subang Jaya" and site["latitude"] == "3.073100"

    c1 = (
        await ok(
            REGISTER,
            {
                "i": {
                    "chargePointId": "SP-1",
                    "name": "Bay 1",
                    "siteId": mall["id"],
                    "latitude": "3.0731",
                    "longitude": "101.6073",
                }
            },
            "registerCharger",
        )
    )["charger"]
    assert c1["siteId"] == mall["id"]
    c2 = (await ok(REGISTER, {"i": {"chargePointId": "SP-2", "isPublic": False}}, "registerCharger"))[
        "charger"
    ]
    await ok(UPDATE_CHARGER, {"i": {"id": c2["id"], "siteId": mall["id"]}}, "updateCharger")
    listed = (await server.graphql(LIST, {"s": "sunway"}, token=admin))["data"]["sites"]["nodes"]
    assert listed == [{"id": mall["id"], "name": "Sunway Pyramid", "chargerCount": 2}]

    detail = (await server.graphql(DETAIL, {"id": mall["id"]}, token=admin))["data"]["site"]
    assert [c["chargePointId"] for c in detail["chargers"]] == ["SP-1", "SP-2"]
    first, second = detail["driverPreviews"]
    assert first["hiddenBecause"] == [] and second["hiddenBecause"] == ["It is not public."]
    assert first["station"] == (await server.graphql(STATION, {"c": "SP-1"}))["data"]["station"]

    # Out of the site: null; an unknown site: refused.
    await ok(UPDATE_CHARGER, {"i": {"id": c2["id"], "siteId": None}}, "updateCharger")
    r = await server.graphql(UPDATE_CHARGER, {"i": {"id": c2["id"], "siteId": c2["id"]}}, token=admin)
    assert r["data"]["updateCharger"]["errors"][0]["code"] == "NOT_FOUND"
    assert (await server.graphql(DETAIL, {"id": mall["id"]}, token=admin))["data"]["site"]["site"][
        "chargerCount"
    ] == 1

    for query, variables in ((LIST, {}), (DETAIL, {"id": mall["id"]}), (CREATE, {"i": {"name": "X"}})):
        r = await server.graphql(query, variables, token=driver)
        assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
