"""Plans, rewards and referrals applied by billing, through a real WebSocket charger and GraphQL, on
SQLite and MariaDB: the membership's included kWh and per-kWh discount, a redeemed free-kWh and discount
reward at the next bill (once), referral points to both on the first paid session (once); and the
driver's reservation fee as a balanced posting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import ChargingSession, LedgerEntry, LedgerPosting
from domain import chargers, idtags, ledger
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, credit_wallet, grant_points, ok
from tests.ocpp.conftest import connect, register

TARIFF = """mutation($input: CreateTariffInput!) { createTariff(input: $input) {
  tariff { id } errors { code } } }"""
PLAN = """mutation($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) {
  plan { id } errors { code } } }"""
SUBSCRIBE = """mutation($input: SubscribeMembershipInput!) { subscribeMembership(input: $input) {
  membership { id } errors { code message } } }"""
ITEM = """mutation($input: CreateRewardItemInput!) { createRewardItem(input: $input) {
  item { id } errors { code } } }"""
REDEEM = """mutation($input: RedeemRewardInput!) { redeemReward(input: $input) {
  redemption { id } errors { code message } } }"""
CODE = "{ myReferralCode { code shareUrl pointsPerReferral referredCount rewardedCount } }"
APPLY = """mutation($input: ApplyReferralCodeInput!) { applyReferralCode(input: $input) {
  referral { code status referrerName } errors { __typename code field } } }"""
STATE = """{ rewardsBalance { points pendingFreeKwh pendingDiscount { amount } }
  myRedemptions { edges { node { status appliedSessionId item { name } } } }
  myMembership { includedKwhUsed includedKwhRemaining }
  myReferral { status }
  wallet { balance { amount } } }"""
SESSION = """query($id: ID!) { chargingSession(id: $id) { billed cost { amount }
  costLines { code amount { amount } } } }"""


def ts(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


async def _app_tag(server: Any, user_id: int) -> str:
    async with server.platform.sessionmaker() as s, s.begin():
        tag = await idtags.app_tag(s, user_id) or await idtags.create_app_tag(s, user_id)
        return tag.id_tag


async def _charge(server: Any, cp: Any, tag: str, wh: int) -> int:
    """One session of `wh` Wh; returns its transaction id once StopTransaction is answered (billed)."""
    t0 = dt.datetime.now(dt.UTC)
    st = await cp.call(
        call.StartTransaction(connector_id=1, id_tag=tag, meter_start=1000, timestamp=ts(t0)), suppress=False
    )
    stop = call.StopTransaction(
        meter_stop=1000 + wh, timestamp=ts(t0 + dt.timedelta(minutes=2)), transaction_id=st.transaction_id
    )
    await cp.call(stop, suppress=False)  # answered after the billing transaction committed
    return int(st.transaction_id)


def _lines(view: dict[str, Any]) -> dict[str, str]:
    return {line["code"]: line["amount"]["amount"] for line in view["costLines"]}


async def default_tariff(server: Any, admin: str, **fields: str) -> None:
    """Creates the default tariff "AC" at RM 1.00/kWh with `fields` on top."""
    tariff = {"name": "AC", "pricePerKwh": "1.00", "isDefault": True, **fields}
    ok(await server.graphql(TARIFF, {"input": tariff}, token=admin), "createTariff")


async def subscribe_to_saver(server: Any, admin: str, token: str) -> None:
    """The admin creates the plan "Saver" (RM 10 a month, 20 sen off a kWh, 2 kWh included) and the
    driver of `token` subscribes to it (paid from the wallet)."""
    saver = {"name": "Saver", "monthlyPrice": "10.00", "discountPerKwh": "0.20", "includedKwh": "2"}
    plan = ok(await server.graphql(PLAN, {"input": saver}, token=admin), "createMembershipPlan")["plan"]
    ok(
        await server.graphql(
            SUBSCRIBE, {"input": {"planId": plan["id"], "idempotencyKey": "m"}}, token=token
        ),
        "subscribeMembership",
    )


async def test_plan_rewards_and_referral_applied_at_billing(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    referrer, referrer_token = await make_user(server.platform, name="Aminah")
    driver, token = await make_user(server.platform)
    await default_tariff(server, admin, taxRate="0.08")

    # Referral: a personal code and share link; the friend applies it once.
    code = ok(await server.graphql(CODE, token=referrer_token), "myReferralCode")
    assert code["shareUrl"] == f"{server.platform.settings.public_url.rstrip('/')}/r/{code['code']}"
    assert code["pointsPerReferral"] == 100 and code["referredCount"] == 0
    again = ok(await server.graphql(CODE, token=referrer_token), "myReferralCode")
    assert again["code"] == code["code"]
    own = ok(await server.graphql(CODE, token=token), "myReferralCode")["code"]
    r = await server.graphql(APPLY, {"input": {"code": own}}, token=token)
    assert r["data"]["applyReferralCode"]["errors"][0]["__typename"] == "InvalidInputError"
    r = await server.graphql(APPLY, {"input": {"code": "NOSUCHCODE"}}, token=token)
    assert r["data"]["applyReferralCode"]["errors"][0]["__typename"] == "NotFoundError"
    applied = ok(
        await server.graphql(APPLY, {"input": {"code": code["code"].lower()}}, token=token),
        "applyReferralCode",
    )["referral"]
    assert applied == {"code": code["code"], "status": "PENDING", "referrerName": "Aminah"}
    r = await server.graphql(APPLY, {"input": {"code": code["code"]}}, token=token)
    assert r["data"]["applyReferralCode"]["errors"][0]["__typename"] == "ConflictError"

    # Membership: RM10/month, 20 sen off per kWh, 2 kWh included.
    await credit_wallet(server.platform, driver.id, 10_000, "driver")
    await subscribe_to_saver(server, admin, token)
    # Rewards: 3 kWh free and RM1 off, redeemed before charging.
    kwh = ok(
        await server.graphql(
            ITEM, {"input": {"name": "3 kWh", "points": 100, "kind": "FREE_KWH", "value": "3"}}, token=admin
        ),
        "createRewardItem",
    )["item"]
    off = ok(
        await server.graphql(
            ITEM,
            {"input": {"name": "RM1 off", "points": 50, "kind": "DISCOUNT", "value": "1.00"}},
            token=admin,
        ),
        "createRewardItem",
    )["item"]
    await grant_points(server.platform, driver.id, 150, "rewards")
    for item in (kwh, off):
        ok(
            await server.graphql(
                REDEEM, {"input": {"itemId": item["id"], "idempotencyKey": item["id"]}}, token=token
            ),
            "redeemReward",
        )

    key = await register(server.platform, "CP-BENEFITS")
    tag = await _app_tag(server, driver.id)
    async with connect(server.ocpp_url, "CP-BENEFITS", key) as cp:
        first = await _charge(server, cp, tag, 10_000)
        view = (await server.graphql(SESSION, {"id": encode_id("ChargingSession", first)}, token=token))[
            "data"
        ]["chargingSession"]
        # 10 kWh x RM1 = 1000; included 2 kWh -200; free 3 kWh -300; member 5 kWh x 20 = -100;
        # reward -100 → 300; tax 8% 24 → 324 sen.
        assert view["billed"] is True and view["cost"]["amount"] == "3.24"
        assert _lines(view) == {
            "energy": "10.00",
            "plan_included": "-2.00",
            "reward_kwh": "-3.00",
            "plan_discount": "-1.00",
            "reward_discount": "-1.00",
            "tax": "0.24",
        }
        state = (await server.graphql(STATE, token=token))["data"]
        assert state["rewardsBalance"] == {
            "points": 110,
            "pendingFreeKwh": "0.000",
            "pendingDiscount": {"amount": "0.00"},
        }
        assert {e["node"]["status"] for e in state["myRedemptions"]["edges"]} == {"APPLIED"}
        assert {e["node"]["appliedSessionId"] for e in state["myRedemptions"]["edges"]} == {
            encode_id("ChargingSession", first)
        }
        assert state["myMembership"] == {"includedKwhUsed": "2.000", "includedKwhRemaining": "0.000"}
        assert state["myReferral"] == {"status": "REWARDED"}
        assert state["wallet"]["balance"]["amount"] == "86.76"  # 100 - 10 (plan) - 3.24
        assert ok(await server.graphql(CODE, token=referrer_token), "myReferralCode")["rewardedCount"] == 1
        referrer_points = (await server.graphql("{ rewardsBalance { points } }", token=referrer_token))[
            "data"
        ]
        assert referrer_points["rewardsBalance"]["points"] == 100

        # The next bill: no rewards left, no included kWh left, the discount still applies; no referral again.
        second = await _charge(server, cp, tag, 5_000)
        view = (await server.graphql(SESSION, {"id": encode_id("ChargingSession", second)}, token=token))[
            "data"
        ]["chargingSession"]
        assert _lines(view) == {"energy": "5.00", "plan_discount": "-1.00", "tax": "0.32"}
        assert view["cost"]["amount"] == "4.32"
    state = (await server.graphql(STATE, token=token))["data"]
    assert state["rewardsBalance"]["points"] == 115
    referrer_points = (await server.graphql("{ rewardsBalance { points } }", token=referrer_token))["data"]
    assert referrer_points["rewardsBalance"]["points"] == 100
    # A code cannot be applied after a paid session.
    late, late_token = await make_user(server.platform)
    await credit_wallet(server.platform, late.id, 1000, "late")
    async with connect(server.ocpp_url, "CP-BENEFITS", key) as cp:
        await _charge(server, cp, await _app_tag(server, late.id), 1_000)
    r = await server.graphql(APPLY, {"input": {"code": code["code"]}}, token=late_token)
    assert r["data"]["applyReferralCode"]["errors"][0]["__typename"] == "ConflictError"
    await assert_ledger_ok(server.platform)


RESERVE = """mutation($input: ReserveConnectorInput!) { reserveConnector(input: $input) {
  reservation { id status fee { amount } } errors { __typename code message } } }"""


async def test_driver_reservation_fee_is_a_balanced_posting(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    driver, token = await make_user(server.platform)
    await default_tariff(server, admin, reservationFee="2.50")
    key = await register(server.platform, "CP-RESERVE")
    async with server.platform.sessionmaker() as s:
        c = await chargers.get_by_cpid(s, "CP-RESERVE")
        assert c is not None
        charger_id = encode_id("Charger", c.id)
    variables = {"input": {"chargerId": charger_id, "connectorId": 1, "minutes": 15}}
    async with connect(server.ocpp_url, "CP-RESERVE", key) as cp:
        await cp.call(
            call.StatusNotification(connector_id=1, error_code="NoError", status="Available"), suppress=False
        )
        # Not enough in the wallet: refused before anything is sent or charged.
        await credit_wallet(server.platform, driver.id, 200, "small")
        r = await server.graphql(RESERVE, variables, token=token)
        assert r["data"]["reserveConnector"]["errors"][0]["__typename"] == "BalanceTooLowError"
        assert cp.received.empty()

        await credit_wallet(server.platform, driver.id, 800, "more")
        res = ok(await server.graphql(RESERVE, variables, token=token), "reserveConnector")["reservation"]
        assert res["status"] == "ACCEPTED" and res["fee"]["amount"] == "2.50"
        assert (await cp.expect("ReserveNow"))["connectorId"] == 1

        # A charger that refuses the reservation costs the driver nothing.
        cp.answers["ReserveNow"] = {"status": "Occupied"}
        refused = ok(await server.graphql(RESERVE, variables, token=token), "reserveConnector")["reservation"]
        assert refused["status"] == "OCCUPIED"

    async with server.platform.sessionmaker() as s:
        assert await ledger.wallet_balance(s, driver.id) == 1000 - 250
        assert await ledger.balance_of(s, ledger.RESERVATION_REVENUE) == 250
        posting = (
            await s.execute(select(LedgerPosting).where(LedgerPosting.kind == "reservation_fee"))
        ).scalar_one()
        amounts = sorted(
            (
                await s.execute(select(LedgerEntry.amount_sen).where(LedgerEntry.posting_id == posting.id))
            ).scalars()
        )
        assert amounts == [-250, 250]
        assert (await s.execute(select(ChargingSession))).first() is None
    wallet = await server.graphql(
        "{ wallet { transactions(first: 5) { edges { node { kind amount { amount } } } } } }", token=token
    )
    assert wallet["data"]["wallet"]["transactions"]["edges"][0]["node"] == {
        "kind": "reservation_fee",
        "amount": {"amount": "-2.50"},
    }
    await assert_ledger_ok(server.platform)
