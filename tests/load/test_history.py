"""The history of a site's allocations through GraphQL: two real WebSocket chargers on a 32 A site;
each limit the platform sends is recorded with the limit before and why (a session started, a session
stopped, a limit changed, a tapering car's unused capacity), newest first, paged; the history is
bounded per site and for admins only."""

from __future__ import annotations

import asyncio
from typing import Any

from ocpp.v16 import call
from sqlalchemy import func, select

from api.relay import encode_id
from db.models import LoadAllocationChange
from domain.load import history
from tests.helpers.auth import make_user
from tests.load.conftest import Profiles, iso, managed_site, send_current
from tests.ocpp.conftest import connect

HISTORY = """query($s: ID!, $first: Int, $after: String) { siteLoadHistory(siteId: $s, first: $first,
  after: $after) { totalCount pageInfo { hasNextPage endCursor }
  nodes { chargePointId connectorId transactionId oldLimitA newLimitA unit reason at } } }"""


async def _history(server: Any, site: str, token: str, first: int = 50) -> list[dict[str, Any]]:
    r = await server.graphql(HISTORY, {"s": site, "first": first}, token=token)
    assert "errors" not in r, r
    return [
        {k: n[k] for k in ("chargePointId", "oldLimitA", "newLimitA", "unit", "reason")}
        for n in r["data"]["siteLoadHistory"]["nodes"]
    ]


async def test_the_history_says_which_limit_changed_and_why(db_server: Any) -> None:
    server = db_server
    p = server.platform
    _, admin = await make_user(p, role="admin")
    _, driver = await make_user(p)
    prof = Profiles()
    site_id, keys, _ = await managed_site(p, "Yard", 32, [("LH-1", 32), ("LH-2", 32)], tags=["T1", "T2"])
    site = encode_id("Site", site_id)
    async with (
        connect(server.ocpp_url, "LH-1", keys["LH-1"]) as one,
        connect(server.ocpp_url, "LH-2", keys["LH-2"]) as two,
    ):
        for cp in (one, two):
            cp.answers["SetChargingProfile"] = prof.answerer(cp.id)
        r = await one.call(call.StartTransaction(connector_id=1, id_tag="T1", meter_start=0, timestamp=iso()))
        tx1 = int(r.transaction_id)
        await prof.wait(lambda: prof.last_limit("LH-1") == 32)
        r = await two.call(call.StartTransaction(connector_id=1, id_tag="T2", meter_start=0, timestamp=iso()))
        await prof.wait(lambda: prof.last_limit("LH-1") == 16 and prof.last_limit("LH-2") == 16)
        await two.call(
            call.StopTransaction(meter_stop=1000, timestamp=iso(), transaction_id=int(r.transaction_id))
        )
        await prof.wait(lambda: prof.last_limit("LH-1") == 32)
        # The main supply lowered to 20 A: a limit change.
        r = await server.graphql(
            "query($s: ID!) { siteLoad(siteId: $s) { nodes { id kind } } }", {"s": site}, token=admin
        )
        supply = next(n["id"] for n in r["data"]["siteLoad"]["nodes"] if n["kind"] == "SUPPLY")
        r = await server.graphql(
            """mutation($i: UpdateCapacityNodeInput!) { updateCapacityNode(input: $i) {
               errors { message } } }""",
            {"i": {"id": supply, "limitL1A": 20, "limitL2A": 20, "limitL3A": 20}},
            token=admin,
        )
        assert r["data"]["updateCapacityNode"]["errors"] == [], r
        await prof.wait(lambda: prof.last_limit("LH-1") == 20)
        # The car tapers to 10 A (read once the platform has the charger's answer to its 20 A): it is
        # capped at what it draws plus the margin.
        async with asyncio.timeout(10):
            while p.load_manager.sent.get(tx1) != 20:
                await p.load_manager.changed.wait()
        await send_current(one, tx1, 10.0)
        await prof.wait(lambda: prof.last_limit("LH-1") == 11)

    def row(cpid: str, old: int | None, new: int, reason: str) -> dict[str, Any]:
        return {"chargePointId": cpid, "oldLimitA": old, "newLimitA": new, "unit": "A", "reason": reason}

    rows = await _history(server, site, admin)
    assert len(rows) == 8, rows
    assert rows[:3] == [
        row("LH-1", 20, 11, "UNUSED_CAPACITY"),
        row("LH-1", 32, 20, "LIMIT_CHANGE"),
        row("LH-1", 16, 32, "SESSION_STOPPED"),
    ]
    # The second session's pass: both limits in one pass (LH-1 lowered to make room).
    assert sorted(rows[3:5], key=lambda r: r["chargePointId"]) == [
        row("LH-1", 32, 16, "SESSION_STARTED"),
        row("LH-2", None, 16, "SESSION_STARTED"),
    ]
    assert rows[5] == row("LH-1", None, 32, "SESSION_STARTED")
    # Each charger's failsafe TxDefaultProfile (0 A) when it booted.
    assert sorted(rows[6:], key=lambda r: r["chargePointId"]) == [
        row("LH-1", None, 0, "FAILSAFE"),
        row("LH-2", None, 0, "FAILSAFE"),
    ]

    # Paged newest first.
    r = await server.graphql(HISTORY, {"s": site, "first": 2}, token=admin)
    page = r["data"]["siteLoadHistory"]
    assert page["totalCount"] == 8 and page["pageInfo"]["hasNextPage"] is True
    assert [n["newLimitA"] for n in page["nodes"]] == [11, 20]
    r = await server.graphql(
        HISTORY, {"s": site, "first": 10, "after": page["pageInfo"]["endCursor"]}, token=admin
    )
    assert len(r["data"]["siteLoadHistory"]["nodes"]) == 6

    # Drivers are refused; an unknown site is not found.
    r = await server.graphql(HISTORY, {"s": site}, token=driver)
    assert r["data"] is None and r["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    r = await server.graphql(HISTORY, {"s": encode_id("Site", 99999)}, token=admin)
    assert r["errors"][0]["extensions"]["code"] == "NOT_FOUND"

    # Bounded: only the newest rows of a site are kept.
    async with p.sessionmaker() as s, s.begin():
        await history.prune(s, site_id, keep=2)
    async with p.sessionmaker() as s:
        kept = list(
            await s.scalars(select(LoadAllocationChange.new_limit_a).order_by(LoadAllocationChange.id))
        )
        assert kept == [20, 11]
        assert await s.scalar(select(func.count(LoadAllocationChange.id))) == 2
