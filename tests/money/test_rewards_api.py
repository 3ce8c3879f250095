"""Rewards through GraphQL, on SQLite and MariaDB: catalog CRUD (admins only), atomic redemption under
concurrency (points and stock never negative), idempotent retries, balance, history, redemptions."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from db.models import RewardItem, RewardRedemption
from tests.helpers.auth import make_user
from tests.money.conftest import assert_ledger_ok, grant_points, ok, payload_mutation

ITEM = "id name points category kind freeKwh discount { amount } stock inStock active"
CREATE = payload_mutation("createRewardItem", "CreateRewardItemInput", f"item {{ {ITEM} }}")
UPDATE = payload_mutation("updateRewardItem", "UpdateRewardItemInput", f"item {{ {ITEM} }}")
DELETE = """mutation($input: RewardItemIdInput!) { deleteRewardItem(input: $input) {
  item { id active } errors { __typename code } } }"""
CATALOG = f"""query($category: String, $all: Boolean!, $after: String) {{
  rewardCatalog(category: $category, includeInactive: $all, first: 2, after: $after) {{
    totalCount edges {{ node {{ {ITEM} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"""
REDEEM = """mutation($input: RedeemRewardInput!) { redeemReward(input: $input) {
  redemption { id status points item { name stock } }
  balance { points pendingFreeKwh pendingDiscount { amount } }
  errors { __typename code message field } } }"""
BALANCE = """{ rewardsBalance { points pendingFreeKwh pendingDiscount { amount } }
  pointHistory(first: 50) { totalCount edges { node { points reason memo } } }
  myRedemptions(first: 50) { totalCount edges { node { status points item { name } } } } }"""


async def _item(server: Any, admin: str, **values: Any) -> dict[str, Any]:
    data = {"name": "5 kWh free", "points": 100, "kind": "FREE_KWH", "value": "5", "category": "charging"}
    data.update(values)
    return ok(await server.graphql(CREATE, {"input": data}, token=admin), "createRewardItem")["item"]


async def test_catalog_crud_is_for_admins(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    _d, driver = await make_user(server.platform)
    kwh = await _item(server, admin)
    assert kwh["freeKwh"] == "5.000" and kwh["discount"] is None and kwh["stock"] is None and kwh["inStock"]
    disc = await _item(
        server, admin, name="RM5 off", kind="DISCOUNT", value="5.00", stock=10, category="deals"
    )
    assert disc["discount"] == {"amount": "5.00"} and disc["freeKwh"] is None and disc["stock"] == 10
    mug = await _item(
        server, admin, name="Mug", kind="MERCH", value=None, points=300, stock=0, category="merch"
    )
    assert mug["inStock"] is False

    # Validation is typed.
    for values, field in (
        ({"points": 0}, "points"),
        ({"stock": -1}, "stock"),
        ({"kind": "DISCOUNT", "value": None}, "value"),
        ({"kind": "DISCOUNT", "value": "1.005"}, "value"),
    ):
        r = await server.graphql(
            CREATE, {"input": {"name": "Bad", "points": 10, "kind": "MERCH", **values}}, token=admin
        )
        errors = r["data"]["createRewardItem"]["errors"]
        assert errors and errors[0]["__typename"] == "InvalidInputError" and errors[0]["field"] == field, r

    upd = ok(
        await server.graphql(UPDATE, {"input": {"id": mug["id"], "stock": 3, "points": 250}}, token=admin),
        "updateRewardItem",
    )["item"]
    assert upd["stock"] == 3 and upd["points"] == 250 and upd["name"] == "Mug" and upd["inStock"]
    upd = ok(
        await server.graphql(UPDATE, {"input": {"id": mug["id"], "stock": None}}, token=admin),
        "updateRewardItem",
    )
    assert upd["item"]["stock"] is None
    ok(await server.graphql(DELETE, {"input": {"id": disc["id"]}}, token=admin), "deleteRewardItem")

    # Drivers see active items, by category, paginated.
    page = ok(
        await server.graphql(CATALOG, {"category": None, "all": True, "after": None}, token=driver),
        "rewardCatalog",
    )
    assert page["totalCount"] == 2 and page["pageInfo"]["hasNextPage"] is False
    assert [e["node"]["name"] for e in page["edges"]] == ["5 kWh free", "Mug"]
    page = ok(
        await server.graphql(CATALOG, {"category": "merch", "all": False, "after": None}, token=driver),
        "rewardCatalog",
    )
    assert [e["node"]["name"] for e in page["edges"]] == ["Mug"]
    page = ok(
        await server.graphql(CATALOG, {"category": None, "all": True, "after": None}, token=admin),
        "rewardCatalog",
    )
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"] is True

    for query, variables, field in (
        (CREATE, {"input": {"name": "Hack", "points": 1, "kind": "MERCH"}}, "createRewardItem"),
        (UPDATE, {"input": {"id": kwh["id"], "points": 1}}, "updateRewardItem"),
        (DELETE, {"input": {"id": kwh["id"]}}, "deleteRewardItem"),
    ):
        r = await server.graphql(query, variables, token=driver)
        assert r["data"][field]["errors"][0]["__typename"] == "ForbiddenError"
    r = await server.graphql("{ rewardRedemptions { totalCount } }", token=driver)
    assert r["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_20_concurrent_redeems_against_points_for_5(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    driver, token = await make_user(server.platform)
    item = await _item(server, admin, points=100)
    await grant_points(server.platform, driver.id, 500, "five")

    results = await asyncio.gather(
        *(
            server.graphql(REDEEM, {"input": {"itemId": item["id"], "idempotencyKey": f"r{i}"}}, token=token)
            for i in range(20)
        )
    )
    for r in results:
        assert "errors" not in r, r  # no internal error: every attempt has a typed outcome
    payloads = [r["data"]["redeemReward"] for r in results]
    won = [p for p in payloads if p["redemption"] is not None]
    lost = [p for p in payloads if p["redemption"] is None]
    assert len(won) == 5 and len(lost) == 15
    assert {p["errors"][0]["__typename"] for p in lost} == {"InsufficientPointsError"}
    assert {p["errors"][0]["code"] for p in lost} == {"INSUFFICIENT_POINTS"}

    view = ok(await server.graphql(BALANCE, token=token), "rewardsBalance")
    assert view == {"points": 0, "pendingFreeKwh": "25.000", "pendingDiscount": {"amount": "0.00"}}
    full = await server.graphql(BALANCE, token=token)
    history = [e["node"] for e in full["data"]["pointHistory"]["edges"]]
    assert full["data"]["pointHistory"]["totalCount"] == 6
    assert [h["points"] for h in history] == [-100] * 5 + [500]
    assert {h["reason"] for h in history[:5]} == {"REDEMPTION"} and history[5]["reason"] == "BONUS"
    redemptions = full["data"]["myRedemptions"]
    assert redemptions["totalCount"] == 5
    assert {e["node"]["status"] for e in redemptions["edges"]} == {"PENDING"}
    await assert_ledger_ok(server.platform)


async def test_stock_never_negative_and_retries_are_idempotent(money_server: Any) -> None:
    server = money_server
    _a, admin = await make_user(server.platform, role="admin")
    item = await _item(server, admin, name="Cap", kind="MERCH", value=None, points=10, stock=3)
    drivers = [await make_user(server.platform) for _ in range(4)]
    for user, _token in drivers:
        await grant_points(server.platform, user.id, 100, f"u{user.id}")

    # Four drivers x five attempts each for three in stock: exactly three redemptions.
    results = await asyncio.gather(
        *(
            server.graphql(REDEEM, {"input": {"itemId": item["id"], "idempotencyKey": f"k{n}"}}, token=token)
            for _user, token in drivers
            for n in range(5)
        )
    )
    for r in results:
        assert "errors" not in r, r
    payloads = [r["data"]["redeemReward"] for r in results]
    assert sum(p["redemption"] is not None for p in payloads) == 3
    assert {p["errors"][0]["__typename"] for p in payloads if p["redemption"] is None} == {"OutOfStockError"}
    async with server.platform.sessionmaker() as s:
        stock = (await s.execute(select(RewardItem.stock))).scalar_one()
        count = (await s.execute(select(func.count()).select_from(RewardRedemption))).scalar_one()
    assert stock == 0 and count == 3

    # Retries of one redemption (same key, concurrent) return it once and take points once.
    unlimited = await _item(server, admin, name="1 kWh", value="1", points=30)
    user, token = drivers[0]
    results = await asyncio.gather(
        *(
            server.graphql(
                REDEEM, {"input": {"itemId": unlimited["id"], "idempotencyKey": "same"}}, token=token
            )
            for _ in range(8)
        )
    )
    ids = {ok(r, "redeemReward")["redemption"]["id"] for r in results}
    assert len(ids) == 1
    view = ok(await server.graphql(BALANCE, token=token), "rewardsBalance")
    async with server.platform.sessionmaker() as s:
        caps = (
            await s.execute(
                select(func.count())
                .select_from(RewardRedemption)
                .where(RewardRedemption.user_id == user.id, RewardRedemption.points == 10)
            )
        ).scalar_one()
    assert view["points"] == 100 - 10 * caps - 30 and view["pendingFreeKwh"] == "1.000"
    # The same key for another item is a typed conflict.
    r = await server.graphql(REDEEM, {"input": {"itemId": item["id"], "idempotencyKey": "same"}}, token=token)
    assert r["data"]["redeemReward"]["errors"][0]["__typename"] == "ConflictError"
    await assert_ledger_ok(server.platform)
