"""Tariffs through GraphQL: admin CRUD, default and per-charger assignment, the driver's price view,
quotes computed by the billing code (with the membership discount), and who may write tariffs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from api.relay import encode_id
from domain import chargers
from tests.helpers.auth import make_user
from tests.money.conftest import credit_wallet, ok

TARIFF_FIELDS = """id name isDefault active taxRate idleGraceMinutes
  pricePerKwh { amount currency } pricePerMinute { amount } idleFeePerMinute { amount }
  sessionFee { amount } minCharge { amount } maxCharge { amount } reservationFee { amount }"""
CREATE = f"""mutation($input: CreateTariffInput!) {{ createTariff(input: $input) {{
  tariff {{ {TARIFF_FIELDS} }} errors {{ __typename code message field }} }} }}"""
UPDATE = f"""mutation($input: UpdateTariffInput!) {{ updateTariff(input: $input) {{
  tariff {{ {TARIFF_FIELDS} }} errors {{ __typename code message field }} }} }}"""
DEACTIVATE = """mutation($input: TariffIdInput!) { deactivateTariff(input: $input) {
  tariff { id active isDefault } errors { __typename code field } } }"""
SET_DEFAULT = """mutation($input: TariffIdInput!) { setDefaultTariff(input: $input) {
  tariff { id isDefault } errors { __typename code field } } }"""
ASSIGN = """mutation($input: AssignTariffInput!) { assignTariff(input: $input) {
  chargerId tariff { id name } price { name pricePerKwh { amount } } errors { __typename code field } } }"""
TARIFFS = """query($after: String) { tariffs(first: 1, after: $after) { totalCount
  edges { cursor node { id name isDefault active } } pageInfo { hasNextPage endCursor } } }"""
CHARGER_TARIFF = """query($id: ID!) { chargerTariff(chargerId: $id) { tariffId name free currency taxRate
  idleGraceMinutes pricePerKwh { amount currency } pricePerMinute { amount } idleFeePerMinute { amount }
  sessionFee { amount } minCharge { amount } maxCharge { amount } reservationFee { amount } } }"""
QUOTE = """query($id: ID!, $kwh: Decimal!, $min: Decimal!, $idle: Decimal!) {
  quote(chargerId: $id, energyKwh: $kwh, minutes: $min, idleMinutes: $idle) {
    tariff { name } energyKwh chargingMinutes idleMinutes membershipPlan
    lines { code amount { amount } } subtotal { amount } tax { amount } total { amount currency } } }"""


async def _charger(server: Any, cpid: str) -> str:
    from tests.ocpp.conftest import register

    await register(server.platform, cpid)
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, cpid)
        assert c is not None
        return str(encode_id("Charger", c.id))


STANDARD = {
    "name": "Standard AC",
    "pricePerKwh": "0.955",
    "pricePerMinute": "0.05",
    "idleFeePerMinute": "0.50",
    "idleGraceMinutes": 10,
    "sessionFee": "1.00",
    "minCharge": "2.00",
    "maxCharge": "80.00",
    "taxRate": "0.08",
    "reservationFee": "3.00",
}


async def test_admin_tariff_crud_default_assignment_and_driver_price_view(server: Any) -> None:
    _admin, admin = await make_user(server.platform, role="admin")
    _driver, driver = await make_user(server.platform)
    charger = await _charger(server, "CP-TARIFF-1")

    # No tariff at all: charging is free.
    free = ok(await server.graphql(CHARGER_TARIFF, {"id": charger}, token=driver), "chargerTariff")
    assert free["free"] is True and free["tariffId"] is None and free["pricePerKwh"]["amount"] == "0.00"

    std = ok(
        await server.graphql(CREATE, {"input": {**STANDARD, "isDefault": True}}, token=admin), "createTariff"
    )["tariff"]
    assert std["isDefault"] is True and std["active"] is True
    assert std["pricePerKwh"] == {"amount": "0.955", "currency": "MYR"}
    assert std["sessionFee"]["amount"] == "1.00" and std["maxCharge"]["amount"] == "80.00"
    assert Decimal(std["taxRate"]) == Decimal("0.08")

    view = ok(await server.graphql(CHARGER_TARIFF, {"id": charger}, token=driver), "chargerTariff")
    assert view["name"] == "Standard AC" and view["free"] is False and view["tariffId"] == std["id"]
    assert view["pricePerKwh"] == {"amount": "0.955", "currency": "MYR"}
    assert view["pricePerMinute"]["amount"] == "0.05" and view["idleFeePerMinute"]["amount"] == "0.50"
    assert view["idleGraceMinutes"] == 10 and view["minCharge"]["amount"] == "2.00"
    assert view["reservationFee"]["amount"] == "3.00"

    # A charger's own tariff wins over the default.
    fast = ok(
        await server.graphql(CREATE, {"input": {"name": "DC Fast", "pricePerKwh": "1.50"}}, token=admin),
        "createTariff",
    )["tariff"]
    assigned = ok(
        await server.graphql(ASSIGN, {"input": {"chargerId": charger, "tariffId": fast["id"]}}, token=admin),
        "assignTariff",
    )
    assert assigned["tariff"]["name"] == "DC Fast" and assigned["price"]["pricePerKwh"]["amount"] == "1.50"
    view = ok(await server.graphql(CHARGER_TARIFF, {"id": charger}, token=driver), "chargerTariff")
    assert view["name"] == "DC Fast" and view["maxCharge"] is None

    # Partial update: only the fields given change; maxCharge null removes the cap.
    upd = ok(
        await server.graphql(
            UPDATE, {"input": {"id": std["id"], "pricePerKwh": "1.10", "maxCharge": None}}, token=admin
        ),
        "updateTariff",
    )["tariff"]
    assert upd["pricePerKwh"]["amount"] == "1.10" and upd["maxCharge"] is None
    assert upd["sessionFee"]["amount"] == "1.00" and upd["name"] == "Standard AC"

    # Deactivating the charger's tariff falls back to the default.
    deact = ok(
        await server.graphql(DEACTIVATE, {"input": {"id": fast["id"]}}, token=admin), "deactivateTariff"
    )
    assert deact["tariff"]["active"] is False
    view = ok(await server.graphql(CHARGER_TARIFF, {"id": charger}, token=driver), "chargerTariff")
    assert view["name"] == "Standard AC" and view["pricePerKwh"]["amount"] == "1.10"

    refused = await server.graphql(DEACTIVATE, {"input": {"id": std["id"]}}, token=admin)
    assert refused["data"]["deactivateTariff"]["errors"][0]["__typename"] == "ConflictError"
    # Setting another default moves the flag.
    eco = ok(
        await server.graphql(CREATE, {"input": {"name": "Eco", "pricePerKwh": "0.80"}}, token=admin),
        "createTariff",
    )["tariff"]
    ok(await server.graphql(SET_DEFAULT, {"input": {"id": eco["id"]}}, token=admin), "setDefaultTariff")
    ok(
        await server.graphql(ASSIGN, {"input": {"chargerId": charger, "tariffId": None}}, token=admin),
        "assignTariff",
    )
    view = ok(await server.graphql(CHARGER_TARIFF, {"id": charger}, token=driver), "chargerTariff")
    assert view["name"] == "Eco"

    # The admin list is a Relay connection.
    seen, after = [], None
    while True:
        page = ok(await server.graphql(TARIFFS, {"after": after}, token=admin), "tariffs")
        assert page["totalCount"] == 3
        seen += [e["node"]["name"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == ["Eco", "DC Fast", "Standard AC"]
    defaults = [n for n in seen if n == "Eco"]
    assert defaults == ["Eco"]


async def test_tariff_validation_is_typed(server: Any) -> None:
    _admin, admin = await make_user(server.platform, role="admin")
    bad = [
        ({"name": "X", "pricePerKwh": "-1"}, "pricePerKwh"),
        ({"name": "X", "taxRate": "1.5"}, "taxRate"),
        ({"name": "X", "sessionFee": "1.001"}, "sessionFee"),
        ({"name": "X", "minCharge": "5.00", "maxCharge": "2.00"}, "maxCharge"),
        ({"name": "  "}, "name"),
    ]
    for values, field in bad:
        r = await server.graphql(CREATE, {"input": values}, token=admin)
        assert "errors" not in r, r
        errors = r["data"]["createTariff"]["errors"]
        assert r["data"]["createTariff"]["tariff"] is None
        assert errors and errors[0]["__typename"] == "InvalidInputError", (values, errors)
        assert errors[0]["field"] == field, (values, errors)
    missing = await server.graphql(
        UPDATE, {"input": {"id": encode_id("Tariff", 999), "name": "Y"}}, token=admin
    )
    assert missing["data"]["updateTariff"]["errors"][0]["code"] == "NOT_FOUND"


async def test_drivers_cannot_write_tariffs(server: Any) -> None:
    _admin, admin = await make_user(server.platform, role="admin")
    _driver, driver = await make_user(server.platform)
    charger = await _charger(server, "CP-TARIFF-AUTH")
    tid = ok(await server.graphql(CREATE, {"input": {"name": "Mine"}}, token=admin), "createTariff")[
        "tariff"
    ]["id"]

    attempts = [
        (CREATE, {"input": {"name": "Hack", "pricePerKwh": "0"}}, "createTariff"),
        (UPDATE, {"input": {"id": tid, "pricePerKwh": "0"}}, "updateTariff"),
        (DEACTIVATE, {"input": {"id": tid}}, "deactivateTariff"),
        (SET_DEFAULT, {"input": {"id": tid}}, "setDefaultTariff"),
        (ASSIGN, {"input": {"chargerId": charger, "tariffId": tid}}, "assignTariff"),
    ]
    for query, variables, field in attempts:
        r = await server.graphql(query, variables, token=driver)
        payload = r["data"][field]
        assert payload["errors"][0]["__typename"] == "ForbiddenError", (field, r)
        anon = await server.graphql(query, variables)
        assert anon["data"][field]["errors"][0]["__typename"] == "NotAuthenticatedError", (field, anon)
    r = await server.graphql(TARIFFS, {"after": None}, token=driver)
    assert r["data"] is None and r["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    # Nothing changed.
    t = ok(await server.graphql(TARIFFS, {"after": None}, token=admin), "tariffs")["edges"][0]["node"]
    assert t == {"id": tid, "name": "Mine", "isDefault": False, "active": True}
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "CP-TARIFF-AUTH")
        assert c is not None and c.tariff_id is None


PLAN = """mutation($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) {
  plan { id } errors { code message field } } }"""
SUBSCRIBE = """mutation($input: SubscribeMembershipInput!) { subscribeMembership(input: $input) {
  membership { id status } errors { __typename code message } } }"""


async def test_quote_uses_billing_and_the_membership_discount(server: Any) -> None:
    _admin, admin = await make_user(server.platform, role="admin")
    driver, token = await make_user(server.platform)
    charger = await _charger(server, "CP-QUOTE")
    ok(await server.graphql(CREATE, {"input": {**STANDARD, "isDefault": True}}, token=admin), "createTariff")
    variables = {"id": charger, "kwh": "10", "min": "60", "idle": "25"}

    q = ok(await server.graphql(QUOTE, variables, token=token), "quote")
    # energy 10 x 95.5 = 955, time 60 x 5 = 300, idle (25-10) x 50 = 750, fee 100 → 2105; tax 8% 168.4
    lines = {line["code"]: line["amount"]["amount"] for line in q["lines"]}
    assert lines == {"energy": "9.55", "time": "3.00", "idle": "7.50", "session_fee": "1.00", "tax": "1.68"}
    assert q["total"] == {"amount": "22.73", "currency": "MYR"} and q["tax"]["amount"] == "1.68"
    assert q["subtotal"]["amount"] == "21.05" and q["membershipPlan"] is None
    assert Decimal(q["energyKwh"]) == 10 and Decimal(q["idleMinutes"]) == 15
    assert sum(Decimal(v) for v in lines.values()) == Decimal(q["total"]["amount"])

    plan = ok(
        await server.graphql(
            PLAN, {"input": {"name": "Saver", "monthlyPrice": "10.00", "discountPerKwh": "0.20"}}, token=admin
        ),
        "createMembershipPlan",
    )["plan"]
    await credit_wallet(server.platform, driver.id, 2000, "quote")
    ok(
        await server.graphql(
            SUBSCRIBE, {"input": {"planId": plan["id"], "idempotencyKey": "q1"}}, token=token
        ),
        "subscribeMembership",
    )
    q = ok(await server.graphql(QUOTE, variables, token=token), "quote")
    lines = {line["code"]: line["amount"]["amount"] for line in q["lines"]}
    # 10 kWh x 20 sen member discount = -200 → 1905; tax 152.4 → 2057.4
    assert lines["plan_discount"] == "-2.00" and q["membershipPlan"] == "Saver"
    assert q["total"]["amount"] == "20.57"

    # Anonymous drivers get the plain price; bad input is a typed refusal.
    anon = ok(await server.graphql(QUOTE, variables), "quote")
    assert anon["total"]["amount"] == "22.73" and anon["membershipPlan"] is None
    bad = await server.graphql(QUOTE, {**variables, "min": "-5"}, token=token)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    hidden = await server.graphql(QUOTE, {**variables, "id": encode_id("Charger", 4242)}, token=token)
    assert hidden["errors"][0]["extensions"]["code"] == "NOT_FOUND"
