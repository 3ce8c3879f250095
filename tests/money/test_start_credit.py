"""The minimum-balance rule holds wherever charging starts, driven by a real WebSocket charger (the
`ocpp` library, frames validated against the OCPP 1.6 schemas) on SQLite and MariaDB:

- Authorize and StartTransaction for the card of a driver whose wallet is below MIN_BALANCE_SEN answer
  Invalid (the domain's reason is ``no_credit``); with enough balance, Accepted;
- a StartTransaction the charger already started (offline, from its local list) is recorded all the
  same, flagged, and billed when it stops: no billing data is lost;
- the driver sees why in the app (``myStartRefusals``), the app's remote start refuses by the same rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, ChargingSession, IdTag
from domain import idtags
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, credit_wallet
from tests.ocpp.conftest import connect, register

REFUSALS = """{ myStartRefusals { reason stage chargePointId connectorId stoppedSession
  required { amount } balance { amount } shortfall { amount } createdAt } }"""
START = """mutation($input: StartChargingInput!) { startCharging(input: $input) {
  errors { code message } } }"""


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def test_card_with_an_empty_wallet_is_refused_at_authorize_and_start(money_server: Any) -> None:
    server = money_server
    driver, token = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, driver.id, "CARD0001")
        s.add(IdTag(id_tag="FLEET001", kind="rfid", status="Accepted"))  # an operator's card, no wallet
    key = await register(server.platform, "CP-CREDIT")
    async with connect(server.ocpp_url, "CP-CREDIT", key) as cp:
        auth = await cp.call(call.Authorize(id_tag="CARD0001"), suppress=False)
        assert auth.id_tag_info["status"] == "Invalid"

        # The charger started anyway (offline, from its local list) and reports it now.
        t0 = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
        start = call.StartTransaction(connector_id=1, id_tag="CARD0001", meter_start=500, timestamp=ts(t0))
        st = await cp.call(start, suppress=False)
        assert st.id_tag_info["status"] == "Invalid" and st.transaction_id > 0
        again = await cp.call(start, suppress=False)  # a retried frame: same transaction, same answer
        assert (again.transaction_id, again.id_tag_info["status"]) == (st.transaction_id, "Invalid")
        async with server.platform.sessionmaker() as s:
            tx = await s.get(ChargingSession, st.transaction_id)
            assert tx is not None and tx.user_id == driver.id and tx.status == "Active"
            assert "no_credit" in (tx.flags or [])
        # The charger stops it (StopTransactionOnInvalidId): the energy is billed, never lost.
        stop = call.StopTransaction(
            meter_stop=1500,
            timestamp=ts(t0 + dt.timedelta(minutes=1)),
            transaction_id=st.transaction_id,
            reason="DeAuthorized",
        )
        await cp.call(stop, suppress=False)
        async with server.platform.sessionmaker() as s:
            billed = await s.scalar(
                select(ChargingSession.billed).where(ChargingSession.id == st.transaction_id)
            )
        assert billed is True

        # The operator's card without a wallet is not prepaid.
        fleet = await cp.call(call.Authorize(id_tag="FLEET001"), suppress=False)
        assert fleet.id_tag_info["status"] == "Accepted"

        # The driver sees why, with what was needed.
        seen = await server.graphql(REFUSALS, token=token)
        assert "errors" not in seen, seen
        rows = seen["data"]["myStartRefusals"]
        assert [(r["stage"], r["stoppedSession"]) for r in rows] == [
            ("START_TRANSACTION", True),
            ("AUTHORIZE", False),
        ], rows
        for r in rows:
            assert r["reason"] == "NO_CREDIT" and r["chargePointId"] == "CP-CREDIT"
            assert (r["required"]["amount"], r["balance"]["amount"]) == ("10.00", "0.00")
            assert r["shortfall"]["amount"] == "10.00"
        # Another driver sees none of it.
        _, other = await make_user(server.platform)
        assert (await server.graphql(REFUSALS, token=other))["data"]["myStartRefusals"] == []

        # With enough in the wallet the same card is accepted at both.
        await credit_wallet(server.platform, driver.id, 5000, f"start-credit-{driver.id}")
        auth = await cp.call(call.Authorize(id_tag="CARD0001"), suppress=False)
        assert auth.id_tag_info["status"] == "Accepted"
        t1 = dt.datetime.now(dt.UTC)
        st2 = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="CARD0001", meter_start=2000, timestamp=ts(t1)),
            suppress=False,
        )
        assert st2.id_tag_info["status"] == "Accepted"
    await assert_ledger_ok(server.platform)


async def test_the_app_start_and_the_card_follow_one_rule(server_factory: Any) -> None:
    """MIN_BALANCE_SEN changed by the operator at runtime applies to the app and the card alike."""
    server = await server_factory(min_balance_sen=500)
    _, admin = await make_user(server.platform, role="admin")
    driver, token = await make_user(server.platform)
    async with server.platform.sessionmaker() as s, s.begin():
        await idtags.add_rfid(s, driver.id, "CARD0002")
    await credit_wallet(server.platform, driver.id, 700, f"rule-{driver.id}")
    key = await register(server.platform, "CP-RULE")
    async with connect(server.ocpp_url, "CP-RULE", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        assert (await cp.call(call.Authorize(id_tag="CARD0002"), suppress=False)).id_tag_info["status"] == (
            "Accepted"
        )
        changed = await server.graphql(
            """mutation { updatePlatformSettings(input: {minimumBalance: "8.00"}) { errors { code } } }""",
            token=admin,
        )
        assert changed["data"]["updatePlatformSettings"]["errors"] == [], changed
        assert (await cp.call(call.Authorize(id_tag="CARD0002"), suppress=False)).id_tag_info["status"] == (
            "Invalid"
        )
        async with server.platform.sessionmaker() as s:
            charger_pk = await s.scalar(select(Charger.id).where(Charger.charge_point_id == "CP-RULE"))
        r = await server.graphql(
            START, {"input": {"chargerId": encode_id("Charger", charger_pk), "connectorId": 1}}, token=token
        )
        errors = r["data"]["startCharging"]["errors"]
        assert [e["code"] for e in errors] == ["BALANCE_TOO_LOW"] and "8.00" in errors[0]["message"], r
