"""sessionProgress carries the running cost while a session charges (priced as billing will),
end to end from a real WebSocket charger, and the billed total once it stops."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ocpp.v16 import call

from domain import idtags, tariffs
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.realtime.gql_ws import GqlWs
from tests.realtime.test_subscriptions import PROGRESS_Q


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def test_session_progress_cost_rises_while_charging(server: Any) -> None:
    p = server.platform
    driver, token = await make_user(p)
    async with p.sessionmaker() as s, s.begin():
        # RM 1.00 a kWh and no tax (the default rate): the cost is the energy in kWh.
        await tariffs.create_tariff(s, {"name": "AC", "price_per_kwh_sen": Decimal("100")}, is_default=True)
        await idtags.add_rfid(s, driver.id, "LIVECOST1")
    await register(p, "CP-LIVE-COST", profile=0)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    async with connect(server.ocpp_url, "CP-LIVE-COST") as cp:
        started = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="LIVECOST1", meter_start=1000, timestamp=ts(start))
        )
        tx = started.transaction_id
        async with GqlWs(server.ws_url, token=token) as ws:
            progress = await ws.subscribe(PROGRESS_Q, {"s": str(tx)})
            first = await progress.data("sessionProgress")
            assert first["status"].lower() == "active"
            costs = []
            for i, wh in enumerate((3000, 6000)):
                await cp.call(
                    call.MeterValues(
                        connector_id=1,
                        transaction_id=tx,
                        meter_value=[
                            {
                                "timestamp": ts(start + dt.timedelta(seconds=30 * (i + 1))),
                                "sampledValue": [
                                    {
                                        "value": str(wh),
                                        "measurand": "Energy.Active.Import.Register",
                                        "unit": "Wh",
                                    }
                                ],
                            }
                        ],
                    )
                )
                while True:  # events arrive in order; skip any progress that predates this reading
                    got = await progress.data("sessionProgress")
                    if got["energyWh"] == wh - 1000:
                        break
                costs.append(Decimal(got["costSoFar"]))
            # 2 kWh and 5 kWh at RM 1.00 per kWh.
            assert costs == [Decimal("2.00"), Decimal("5.00")]
            await cp.call(
                call.StopTransaction(
                    meter_stop=6000, timestamp=ts(start + dt.timedelta(minutes=2)), transaction_id=tx
                )
            )
            while True:
                done = await progress.data("sessionProgress")
                if done["status"].lower() == "completed":
                    break
            assert Decimal(done["costSoFar"]) == Decimal("5.00")


COST_SO_FAR = "query($id: ID!) { chargingSession(id: $id) { costSoFar { amount } } }"


async def test_running_cost_of_a_member_with_rewards_is_the_same_live_and_when_asked(server: Any) -> None:
    """The running cost a reading publishes (its driver's plan, rewards and balance read once for the
    ingest batch) is what the session's costSoFar says when asked alone, and what billing will take."""
    from api.relay import encode_id
    from tests.money.conftest import credit_wallet, grant_points, ok
    from tests.money.test_benefits_billing import ITEM, REDEEM, subscribe_to_saver

    p = server.platform
    _admin, admin = await make_user(p, role="admin")
    driver, token = await make_user(p)
    async with p.sessionmaker() as s, s.begin():
        await tariffs.create_tariff(s, {"name": "AC", "price_per_kwh_sen": Decimal("100")}, is_default=True)
        await idtags.add_rfid(s, driver.id, "LIVECOST2")
    await credit_wallet(p, driver.id, 10_000, "live-member")
    await subscribe_to_saver(server, admin, token)
    await grant_points(p, driver.id, 150, "live-member")
    for name, kind, value in (("1 kWh", "FREE_KWH", "1"), ("50 sen off", "DISCOUNT", "0.50")):
        item = ok(
            await server.graphql(
                ITEM, {"input": {"name": name, "points": 50, "kind": kind, "value": value}}, token=admin
            ),
            "createRewardItem",
        )["item"]
        ok(
            await server.graphql(
                REDEEM, {"input": {"itemId": item["id"], "idempotencyKey": name}}, token=token
            ),
            "redeemReward",
        )
    await register(p, "CP-LIVE-MEMBER", profile=0)
    start = dt.datetime.now(dt.UTC)  # the plan is in force from before the session starts
    async with connect(server.ocpp_url, "CP-LIVE-MEMBER") as cp:
        tx = (
            await cp.call(
                call.StartTransaction(
                    connector_id=1, id_tag="LIVECOST2", meter_start=1000, timestamp=ts(start)
                )
            )
        ).transaction_id
        async with GqlWs(server.ws_url, token=token) as ws:
            progress = await ws.subscribe(PROGRESS_Q, {"s": str(tx)})
            await progress.data("sessionProgress")
            reading = {"value": "6000", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
            await cp.call(
                call.MeterValues(
                    connector_id=1,
                    transaction_id=tx,
                    meter_value=[
                        {"timestamp": ts(start + dt.timedelta(seconds=5)), "sampledValue": [reading]}
                    ],
                )
            )
            while (got := await progress.data("sessionProgress"))["energyWh"] != 5000:
                pass
    asked = await server.graphql(COST_SO_FAR, {"id": encode_id("ChargingSession", tx)}, token=token)
    # 5 kWh at RM 1.00: 2 kWh included, 1 kWh free, 2 kWh at 20 sen off, 50 sen off: RM 1.10.
    assert Decimal(got["costSoFar"]) == Decimal("1.10")
    assert Decimal(asked["data"]["chargingSession"]["costSoFar"]["amount"]) == Decimal("1.10")
