"""Chargers set up from the console: details, position, tariff and connectors at registration and
later; a CSV import is all or nothing; the driver preview is what the driver API returns."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from api.relay import encode_id
from domain import tariffs
from tests.helpers.auth import make_user

REGISTER = """mutation($i: RegisterChargerInput!) { registerCharger(input: $i) { authorizationKey
  charger { id chargePointId name latitude longitude isPublic tariffId approved
    connectors { connectorId connectorType maxPowerKw phases } }
  errors { code field message } } }"""
UPDATE = """mutation($i: UpdateChargerInput!) { updateCharger(input: $i) {
  charger { id name city latitude longitude tariffId
    connectors { connectorId connectorType maxPowerKw phases } }
  errors { code field message } } }"""
IMPORT = """mutation($i: ImportChargersInput!) { importChargers(input: $i) {
  chargers { chargePointId latitude tariffId connectors { connectorId connectorType phases } }
  keys { chargePointId authorizationKey } rowErrors { row field message } errors { code message } } }"""
PREVIEW = """query($id: ID!) { chargerDriverPreview(id: $id) { hiddenBecause notes
  station { chargePointId name latitude longitude tariff { name pricePerKwh { amount } }
    connectors { connectorId type maxPowerKw } } } }"""
STATION = """query($c: String!) { station(chargePointId: $c) { chargePointId name latitude longitude
  tariff { name pricePerKwh { amount } } connectors { connectorId type maxPowerKw } } }"""
COUNT = "{ chargers(first: 100) { totalCount nodes { chargePointId } } }"


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def any_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


async def _tariff(server: Any, name: str, sen_per_kwh: int) -> str:
    async with server.platform.sessionmaker() as s, s.begin():
        t = await tariffs.create_tariff(s, {"name": name, "price_per_kwh_sen": Decimal(sen_per_kwh)})
        return encode_id("Tariff", t.id)


def _errors(r: dict[str, Any], field: str) -> list[dict[str, Any]]:
    assert not r.get("errors"), r
    return list(r["data"][field]["errors"])


async def test_register_with_position_tariff_and_connectors_then_edit(any_server: Any) -> None:
    server = any_server
    _, admin = await make_user(server.platform, role="admin")
    tid = await _tariff(server, "Fast DC", 120)
    r = await server.graphql(
        REGISTER,
        {
            "i": {
                "chargePointId": "CP-SETUP-1",
                "name": "Mall level 2",
                "latitude": "3.139003",
                "longitude": "101.686855",
                "tariffId": tid,
                "connectors": [
                    {"connectorId": 1, "type": "CCS2", "maxPowerKw": "60", "phases": None},
                    {"connectorId": 2, "type": "Type2", "maxPowerKw": "22", "phases": 3},
                ],
            }
        },
        token=admin,
    )
    assert _errors(r, "registerCharger") == []
    c = r["data"]["registerCharger"]["charger"]
    assert c["tariffId"] == tid and c["approved"] and c["isPublic"]
    assert Decimal(c["latitude"]) == Decimal("3.139003")
    assert [
        (k["connectorId"], k["connectorType"], Decimal(k["maxPowerKw"]), k["phases"]) for k in c["connectors"]
    ] == [
        (1, "CCS2", Decimal("60"), None),
        (2, "Type2", Decimal("22"), 3),
    ]
    # What drivers get, before the charger ever connected: the preview equals the driver API.
    preview = (await server.graphql(PREVIEW, {"id": c["id"]}, token=admin))["data"]["chargerDriverPreview"]
    station = (await server.graphql(STATION, {"c": "CP-SETUP-1"}))["data"]["station"]
    assert preview["hiddenBecause"] == []
    assert preview["station"] == station
    assert station["tariff"]["name"] == "Fast DC" and station["tariff"]["pricePerKwh"]["amount"] == "1.20"

    # Edit: a new city and power on connector 2; half a position is refused and changes nothing.
    r = await server.graphql(
        UPDATE,
        {
            "i": {
                "id": c["id"],
                "city": " Kuala Lumpur ",
                "connectors": [{"connectorId": 2, "type": "Type2", "maxPowerKw": "11", "phases": 1}],
            }
        },
        token=admin,
    )
    assert _errors(r, "updateCharger") == []
    u = r["data"]["updateCharger"]["charger"]
    assert (
        u["city"] == "Kuala Lumpur"
        and u["connectors"][1]["phases"] == 1
        and u["connectors"][0]["connectorType"] == "CCS2"
    )
    r = await server.graphql(UPDATE, {"i": {"id": c["id"], "latitude": None, "tariffId": None}}, token=admin)
    assert [e["field"] for e in _errors(r, "updateCharger")] == ["latitude"]
    r = await server.graphql(
        UPDATE, {"i": {"id": c["id"], "tariffId": encode_id("Tariff", 99999)}}, token=admin
    )
    assert [e["code"] for e in _errors(r, "updateCharger")] == ["NOT_FOUND"]
    after = (await server.graphql(PREVIEW, {"id": c["id"]}, token=admin))["data"]["chargerDriverPreview"]
    assert after["station"]["latitude"] == 3.139003 and after["station"]["tariff"]["name"] == "Fast DC"

    # Not public: hidden from drivers, and the preview says why.
    r = await server.graphql(UPDATE, {"i": {"id": c["id"], "isPublic": False, "tariffId": None}}, token=admin)
    assert _errors(r, "updateCharger") == []
    hidden = (await server.graphql(PREVIEW, {"id": c["id"]}, token=admin))["data"]["chargerDriverPreview"]
    assert hidden["hiddenBecause"] == ["It is not public."]
    assert any("default tariff" in n for n in hidden["notes"])
    assert (await server.graphql(STATION, {"c": "CP-SETUP-1"}))["data"]["station"] is None


def _row(cpid: str, **kw: Any) -> dict[str, Any]:
    return {"chargePointId": cpid, "latitude": "3.1", "longitude": "101.6", "tariff": "AC", **kw}


async def test_import_is_all_or_nothing_with_row_errors(any_server: Any) -> None:
    server = any_server
    _, admin = await make_user(server.platform, role="admin")
    tid = await _tariff(server, "AC", 80)
    before = (await server.graphql(COUNT, token=admin))["data"]["chargers"]["totalCount"]
    bad = [
        _row("CP-IMP-1", connectors=[{"connectorId": 1, "type": "Type2", "maxPowerKw": "22", "phases": 3}]),
        _row("CP-IMP-2", latitude="north"),
        _row("cp-imp-1"),
        _row("CP-IMP-4", tariff="Nope"),
        _row("CP-IMP-5", connectors=[{"connectorId": 1, "type": "Schuko"}]),
        _row("bad id/5"),
    ]
    r = await server.graphql(IMPORT, {"i": {"rows": bad}}, token=admin)
    p = r["data"]["importChargers"]
    assert p["chargers"] == [] and p["keys"] == []
    assert [(e["row"], e["field"]) for e in p["rowErrors"]] == [
        (2, "latitude"),
        (3, "chargePointId"),
        (4, "tariff"),
        (5, "connectors[0].type"),
        (6, "chargePointId"),
    ]
    assert p["errors"][0]["code"] == "IMPORT_REFUSED"
    # Nothing of the valid first row was kept.
    assert (await server.graphql(COUNT, token=admin))["data"]["chargers"]["totalCount"] == before

    good = [bad[0], _row("CP-IMP-2", securityProfile=3), _row("CP-IMP-3", tariff="ac")]
    r = await server.graphql(IMPORT, {"i": {"rows": good}}, token=admin)
    p = r["data"]["importChargers"]
    assert p["rowErrors"] == [] and p["errors"] == []
    assert [c["chargePointId"] for c in p["chargers"]] == ["CP-IMP-1", "CP-IMP-2", "CP-IMP-3"]
    assert all(c["tariffId"] == tid for c in p["chargers"])
    assert p["chargers"][0]["connectors"] == [{"connectorId": 1, "connectorType": "Type2", "phases": 3}]
    # Profile 3 uses client certificates: no key. The others' keys are shown once.
    assert [k["chargePointId"] for k in p["keys"]] == ["CP-IMP-1", "CP-IMP-3"]
    assert all(len(k["authorizationKey"]) == 40 for k in p["keys"])
    # The same file again: every row's charger exists now.
    r = await server.graphql(IMPORT, {"i": {"rows": good}}, token=admin)
    assert [e["row"] for e in r["data"]["importChargers"]["rowErrors"]] == [1, 2, 3]


async def test_setup_operations_are_for_admins_only(server: Any) -> None:
    _, driver = await make_user(server.platform)
    for query, variables in (
        (IMPORT, {"i": {"rows": [_row("CP-X")]}}),
        (PREVIEW, {"id": encode_id("Charger", 1)}),
        (REGISTER, {"i": {"chargePointId": "CP-X"}}),
    ):
        for token in (driver, None):
            r = await server.graphql(query, variables, token=token)
            assert r["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "UNAUTHENTICATED"), r
    _, admin = await make_user(server.platform, role="admin")
    assert (await server.graphql(COUNT, token=admin))["data"]["chargers"]["totalCount"] == 0
