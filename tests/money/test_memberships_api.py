"""Membership plans through GraphQL, on SQLite and MariaDB: admin CRUD, subscribe from the wallet (one
balanced posting, idempotent, also under concurrency), renewals, cancellation at period end, past due."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from sqlalchemy import func, select

from db.models import LedgerPosting, Membership
from domain import ledger, memberships
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, credit_wallet, ok, payload_mutation

PLAN_FIELDS = (
    "id name description active monthlyPrice { amount currency } discountPerKwh { amount } includedKwh"
)
CREATE = payload_mutation("createMembershipPlan", "CreateMembershipPlanInput", f"plan {{ {PLAN_FIELDS} }}")
UPDATE = payload_mutation("updateMembershipPlan", "UpdateMembershipPlanInput", f"plan {{ {PLAN_FIELDS} }}")
DEACTIVATE = """mutation($input: MembershipPlanIdInput!) { deactivateMembershipPlan(input: $input) {
  plan { id active } errors { __typename code } } }"""
PLANS = """query($all: Boolean!) { membershipPlans(includeInactive: $all) {
  totalCount edges { node { name active } } } }"""
MEMBERSHIP = """id status periodStart periodEnd cancelAtPeriodEnd renewsAt
  includedKwhUsed includedKwhRemaining plan { id name }"""
SUBSCRIBE = payload_mutation(
    "subscribeMembership", "SubscribeMembershipInput", f"membership {{ {MEMBERSHIP} }}"
)
CANCEL = f"""mutation {{ cancelMembership(input: {{reason: "moving"}}) {{
  membership {{ {MEMBERSHIP} }} errors {{ __typename code message }} }} }}"""
MINE = f"""{{ myMembership {{ {MEMBERSHIP} }} wallet {{ balance {{ amount }} }} }}"""


async def _subscribe(server: Any, plan_id: str, key: str, token: str) -> dict[str, Any]:
    """A driver buys membership plan `plan_id` (`key`: the purchase's idempotency key)."""
    return await server.graphql(  # type: ignore[no-any-return]
        SUBSCRIBE, {"input": {"planId": plan_id, "idempotencyKey": key}}, token=token
    )


async def _plan(server: Any, admin: str, **values: Any) -> dict[str, Any]:
    data = {"name": "Plus", "monthlyPrice": "30.00", "discountPerKwh": "0.10", "includedKwh": "20", **values}
    return ok(await server.graphql(CREATE, {"input": data}, token=admin), "createMembershipPlan")["plan"]


async def _balance(server: Any, user_id: int) -> int:
    async with server.platform.sessionmaker() as s:
        return await ledger.wallet_balance(s, user_id)


async def _membership_postings(server: Any) -> int:
    async with server.platform.sessionmaker() as s:
        stmt = select(func.count()).select_from(LedgerPosting).where(LedgerPosting.kind == "membership")
        return int((await s.execute(stmt)).scalar_one())


async def test_admin_plan_crud_and_driver_listing(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    _d, driver = await make_user(server.platform)
    plan = await _plan(server, admin, description="Monthly saver")
    assert plan["monthlyPrice"] == {"amount": "30.00", "currency": "MYR"}
    assert plan["discountPerKwh"]["amount"] == "0.10" and plan["includedKwh"] == "20.000"

    dup = await server.graphql(CREATE, {"input": {"name": "Plus", "monthlyPrice": "1"}}, token=admin)
    assert dup["data"]["createMembershipPlan"]["errors"][0]["__typename"] == "ConflictError"
    neg = await server.graphql(CREATE, {"input": {"name": "Neg", "monthlyPrice": "-1"}}, token=admin)
    assert neg["data"]["createMembershipPlan"]["errors"][0]["__typename"] == "InvalidInputError"

    upd = ok(
        await server.graphql(UPDATE, {"input": {"id": plan["id"], "monthlyPrice": "25.50"}}, token=admin),
        "updateMembershipPlan",
    )["plan"]
    assert upd["monthlyPrice"]["amount"] == "25.50" and upd["description"] == "Monthly saver"

    basic = await _plan(server, admin, name="Basic", monthlyPrice="5.00")
    ok(
        await server.graphql(DEACTIVATE, {"input": {"id": basic["id"]}}, token=admin),
        "deactivateMembershipPlan",
    )
    listed = ok(await server.graphql(PLANS, {"all": True}, token=driver), "membershipPlans")
    assert [e["node"]["name"] for e in listed["edges"]] == ["Plus"]  # drivers never see inactive plans
    listed = ok(await server.graphql(PLANS, {"all": True}, token=admin), "membershipPlans")
    assert [e["node"]["name"] for e in listed["edges"]] == ["Plus", "Basic"]

    # Drivers cannot manage plans.
    for query, variables, field in (
        (CREATE, {"input": {"name": "Free", "monthlyPrice": "0"}}, "createMembershipPlan"),
        (UPDATE, {"input": {"id": plan["id"], "monthlyPrice": "0"}}, "updateMembershipPlan"),
        (DEACTIVATE, {"input": {"id": plan["id"]}}, "deactivateMembershipPlan"),
    ):
        r = await server.graphql(query, variables, token=driver)
        assert r["data"][field]["errors"][0]["__typename"] == "ForbiddenError"

    # A withdrawn plan cannot be bought.
    r = await _subscribe(server, basic["id"], "b", driver)
    assert r["data"]["subscribeMembership"]["errors"][0]["code"] == "NOT_FOUND"


async def test_subscribe_from_wallet_is_one_balanced_posting_and_idempotent(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    driver, token = await make_user(server.platform)
    plan = await _plan(server, admin)

    # Not enough in the wallet: a typed error, nothing bought, nothing moved.
    await credit_wallet(server.platform, driver.id, 1000, "small")
    r = await _subscribe(server, plan["id"], "k0", token)
    assert r["data"]["subscribeMembership"]["errors"][0]["__typename"] == "InsufficientFundsError"
    assert (await server.graphql(MINE, token=token))["data"]["myMembership"] is None
    assert await _balance(server, driver.id) == 1000

    await credit_wallet(server.platform, driver.id, 4000, "more")
    # Ten concurrent retries of one purchase (same key): one membership, one charge.
    results = await asyncio.gather(*(_subscribe(server, plan["id"], "k1", token) for _ in range(10)))
    ids = {ok(r, "subscribeMembership")["membership"]["id"] for r in results}
    assert len(ids) == 1
    m = ok(results[0], "subscribeMembership")["membership"]
    assert m["status"] == "ACTIVE" and m["plan"]["name"] == "Plus" and m["cancelAtPeriodEnd"] is False
    assert m["renewsAt"] == m["periodEnd"] and m["includedKwhRemaining"] == "20.000"
    assert await _balance(server, driver.id) == 5000 - 3000
    assert await _membership_postings(server) == 1

    # Other keys at once (another device): still one membership, never a second charge.
    results = await asyncio.gather(*(_subscribe(server, plan["id"], f"x{i}", token) for i in range(5)))
    assert {ok(r, "subscribeMembership")["membership"]["id"] for r in results} == ids
    assert await _balance(server, driver.id) == 2000
    assert await _membership_postings(server) == 1
    async with server.platform.sessionmaker() as s:
        count = (await s.execute(select(func.count()).select_from(Membership))).scalar_one()
        assert count == 1
        posting = (
            await s.execute(select(LedgerPosting).where(LedgerPosting.kind == "membership"))
        ).scalar_one()
        revenue = await ledger.balance_of(s, ledger.MEMBERSHIP_REVENUE)
    assert revenue == 3000 and posting.idempotency_key == memberships.subscription_key(driver.id, "k1")

    # The wallet statement shows the purchase.
    wallet = await server.graphql(
        "{ wallet { transactions(first: 5) { edges { node { kind amount { amount } } } } } }", token=token
    )
    kinds = [e["node"] for e in wallet["data"]["wallet"]["transactions"]["edges"]]
    assert kinds[0] == {"kind": "membership", "amount": {"amount": "-30.00"}}
    await assert_ledger_ok(server.platform)


async def test_renewal_cancellation_and_past_due(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    alice, alice_token = await make_user(server.platform)
    bob, bob_token = await make_user(server.platform)
    plan = await _plan(server, admin, monthlyPrice="10.00")
    await credit_wallet(server.platform, alice.id, 2500, "alice")
    await credit_wallet(server.platform, bob.id, 2000, "bob")
    a = ok(
        await _subscribe(server, plan["id"], "a", alice_token),
        "subscribeMembership",
    )["membership"]
    ok(
        await _subscribe(server, plan["id"], "b", bob_token),
        "subscribeMembership",
    )
    end = dt.datetime.fromisoformat(a["periodEnd"])

    # Nothing is due before the period ends.
    assert await memberships.renew_due(server.platform, now=end - dt.timedelta(seconds=1)) == {
        "renewed": 0,
        "ended": 0,
        "past_due": 0,
    }
    # Two nodes running the renewal at once charge each member once.
    after = end + dt.timedelta(minutes=1)
    stats = await asyncio.gather(*(memberships.renew_due(server.platform, now=after) for _ in range(3)))
    assert sum(s["renewed"] for s in stats) == 2
    assert await _balance(server, alice.id) == 500 and await _balance(server, bob.id) == 0
    assert await _membership_postings(server) == 4
    mine = (await server.graphql(MINE, token=alice_token))["data"]["myMembership"]
    assert dt.datetime.fromisoformat(mine["periodStart"]) == end
    assert mine["id"] == a["id"] and mine["status"] == "ACTIVE"

    # Alice cancels (at period end, twice is harmless); Bob cannot pay the next month.
    c = ok(await server.graphql(CANCEL, token=alice_token), "cancelMembership")["membership"]
    assert c["cancelAtPeriodEnd"] is True and c["status"] == "ACTIVE" and c["renewsAt"] is None
    ok(await server.graphql(CANCEL, token=alice_token), "cancelMembership")
    later = dt.datetime.fromisoformat(mine["periodEnd"]) + dt.timedelta(minutes=1)
    stats_one = await memberships.renew_due(server.platform, now=later)
    assert stats_one == {"renewed": 0, "ended": 1, "past_due": 1}
    assert await _balance(server, alice.id) == 500 and await _balance(server, bob.id) == 0
    assert await _membership_postings(server) == 4
    assert (await server.graphql(MINE, token=alice_token))["data"]["myMembership"] is None
    bob_m = (await server.graphql(MINE, token=bob_token))["data"]["myMembership"]
    assert bob_m["status"] == "PAST_DUE" and bob_m["renewsAt"] is None
    r = await server.graphql(CANCEL, token=alice_token)
    assert r["data"]["cancelMembership"]["errors"][0]["code"] == "NOT_FOUND"
    await assert_ledger_ok(server.platform)
