# ruff: noqa: E501 - GraphQL documents read best on one line
"""The driver app's session fields: `activeSession`, and ChargingSession.charger / pointsAwarded /
receipt — driver A never sees driver B's sessions, receipts or requests through them."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from api.relay import encode_id
from db.models import ChargingRequest, ChargingSession
from domain import ledger, rewards
from tests.driver_api.conftest import add_charger, add_session
from tests.helpers.auth import make_user

SESSION_FIELDS = "id transactionId status energyWh pointsAwarded charger { id chargePointId name address city } receipt { id number pdfUrl total { amount } } receiptId"
ACTIVE = f"{{ activeSession {{ {SESSION_FIELDS} }} }}"
ONE = f"query($id: ID!) {{ chargingSession(id: $id) {{ {SESSION_FIELDS} }} }}"
MINE = f"{{ mySessions(first: 50) {{ nodes {{ {SESSION_FIELDS} }} }} }}"
REQUEST = f"query($id: ID!) {{ chargingRequest(id: $id) {{ id status session {{ {SESSION_FIELDS} }} }} }}"


async def _points(platform: Any, user_id: int, session_pk: int, points: int, reason: str = "session") -> None:
    async def fn(s: Any) -> None:
        await rewards.move_points(
            s,
            user_id=user_id,
            points=points,
            reason=reason,
            idempotency_key=f"{reason}:{session_pk}:{user_id}",
            session_id=session_pk,
        )

    await ledger.in_transaction(platform.sessionmaker, fn)


async def two_drivers(platform: Any) -> tuple[Any, str, Any, str]:
    """Drivers A and B with their access tokens: (A, A's token, B, B's token)."""
    a, token_a = await make_user(platform)
    b, token_b = await make_user(platform)
    return a, token_a, b, token_b


async def test_active_session_is_the_viewers_running_one(server: Any) -> None:
    p = server.platform
    a, token_a, b, token_b = await two_drivers(p)
    cpk = await add_charger(p, "CP-ACT", 3.1, 101.6, address="Jalan Ampang 1", city="Kuala Lumpur")
    assert (await server.graphql(ACTIVE, token=token_a))["data"]["activeSession"] is None
    await add_session(p, cpk, a.id)  # completed: not active
    running, _ = await add_session(p, cpk, a.id, status="Active", energy_wh=1234)
    got = (await server.graphql(ACTIVE, token=token_a))["data"]["activeSession"]
    assert got["id"] == encode_id("ChargingSession", running) and got["status"] == "ACTIVE"
    assert got["energyWh"] == 1234 and got["receipt"] is None and got["pointsAwarded"] == 0
    assert got["charger"] == {
        "id": encode_id("Charger", cpk), "chargePointId": "CP-ACT", "name": "Station CP-ACT",
        "address": "Jalan Ampang 1", "city": "Kuala Lumpur",
    }  # fmt: skip
    # B has none, and never gets A's.
    assert (await server.graphql(ACTIVE, token=token_b))["data"]["activeSession"] is None
    b_running, _ = await add_session(p, cpk, b.id, status="Active")
    assert (await server.graphql(ACTIVE, token=token_b))["data"]["activeSession"]["id"] == encode_id(
        "ChargingSession", b_running
    )
    assert (await server.graphql(ACTIVE, token=token_a))["data"]["activeSession"]["id"] == encode_id(
        "ChargingSession", running
    )
    anon = await server.graphql(ACTIVE)
    assert anon["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_receipt_and_points_of_own_sessions_only(server: Any) -> None:
    p = server.platform
    a, token_a, b, token_b = await two_drivers(p)
    cpk = await add_charger(p, "CP-RCPT", 3.1, 101.6)
    sa, ra = await add_session(p, cpk, a.id, receipt=True)
    sb, rb = await add_session(p, cpk, b.id, receipt=True)
    assert ra is not None and rb is not None
    await _points(p, a.id, sa, 5)
    await _points(p, a.id, sa, 100, reason="referral")
    await _points(p, b.id, sb, 7)
    await _points(p, b.id, sa, 50, reason="referral")  # B referred A: B's points, not A's session's

    mine = (await server.graphql(ONE, {"id": encode_id("ChargingSession", sa)}, token=token_a))["data"][
        "chargingSession"
    ]
    assert mine["pointsAwarded"] == 105
    assert mine["receipt"]["id"] == encode_id("Receipt", ra) == mine["receiptId"]
    assert mine["receipt"]["pdfUrl"].startswith(f"/receipts/{ra}.pdf?expires=")
    assert (await server.http.get(mine["receipt"]["pdfUrl"])).status_code == 200

    # A with B's session id: not found, nothing of B's leaks.
    r = await server.graphql(ONE, {"id": encode_id("ChargingSession", sb)}, token=token_a)
    assert r["data"] is None and r["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "PS-2025" not in str(r)
    listed = (await server.graphql(MINE, token=token_a))["data"]["mySessions"]["nodes"]
    assert [n["id"] for n in listed] == [encode_id("ChargingSession", sa)]
    assert listed[0]["receipt"]["id"] == encode_id("Receipt", ra)
    theirs = (await server.graphql(MINE, token=token_b))["data"]["mySessions"]["nodes"]
    assert [(n["id"], n["pointsAwarded"], n["receipt"]["id"]) for n in theirs] == [
        (encode_id("ChargingSession", sb), 7, encode_id("Receipt", rb))
    ]
    # B's receipt through the receipt query stays B's.
    r = await server.graphql(
        "query($id: ID!) { receipt(id: $id) { id } }", {"id": encode_id("Receipt", rb)}, token=token_a
    )
    assert r["data"] is None and r["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_charging_request_session_fields_are_the_owners(server: Any) -> None:
    p = server.platform
    a, token_a, _, token_b = await two_drivers(p)
    cpk = await add_charger(p, "CP-REQ", 3.1, 101.6)
    sa, ra = await add_session(p, cpk, a.id, receipt=True)
    assert ra is not None
    async with p.sessionmaker() as s, s.begin():
        req = ChargingRequest(
            user_id=a.id, charger_id=cpk, connector_id=1, id_tag="TAGREQ", status="Stopped", session_id=sa
        )
        s.add(req)
        await s.flush()
        rid = encode_id("ChargingRequest", req.id)
    got = (await server.graphql(REQUEST, {"id": rid}, token=token_a))["data"]["chargingRequest"]
    assert got["session"]["charger"]["chargePointId"] == "CP-REQ"
    assert got["session"]["receipt"]["id"] == encode_id("Receipt", ra)
    r = await server.graphql(REQUEST, {"id": rid}, token=token_b)
    assert r["data"] is None and r["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "CP-REQ" not in str(r)


async def test_cost_so_far_prices_the_running_session(server: Any) -> None:
    from decimal import Decimal

    from domain import tariffs

    p = server.platform
    a, token_a = await make_user(p)
    cpk = await add_charger(p, "CP-COST", 3.1, 101.6)
    async with p.sessionmaker() as s, s.begin():
        t = await tariffs.create_tariff(
            s, {"name": "Std", "price_per_kwh_sen": Decimal("100")}, is_default=True
        )
        snapshot = tariffs.TariffSnapshot.of(t).to_json()
    running, _ = await add_session(p, cpk, a.id, status="Active", energy_wh=2500)
    async with p.sessionmaker() as s, s.begin():
        from db.models import ChargingSession

        tx = await s.get(ChargingSession, running)
        assert tx is not None
        tx.tariff_snapshot = snapshot
        tx.tariff_id = t.id
    q = "query($id: ID!) { chargingSession(id: $id) { costSoFar { amount currency } cost { amount } } }"
    got = (await server.graphql(q, {"id": encode_id("ChargingSession", running)}, token=token_a))["data"]
    assert got["chargingSession"] == {"costSoFar": {"amount": "2.50", "currency": "MYR"}, "cost": None}
    done, _ = await add_session(p, cpk, a.id, total_sen=777)
    got = (await server.graphql(q, {"id": encode_id("ChargingSession", done)}, token=token_a))["data"]
    assert got["chargingSession"]["costSoFar"] == {"amount": "7.77", "currency": "MYR"}


async def test_my_sessions_pages_with_a_bounded_number_of_queries_and_lazy_total(server: Any) -> None:
    """A page of mySessions costs the same few queries for 1 or 20 sessions (its receipts and chargers
    are read in the page's own statement, not per session); totalCount is right on every page and
    counted only when asked for."""
    from sqlalchemy import event

    p = server.platform
    a, token = await make_user(p)
    chargers = [await add_charger(p, f"CP-PG{i}", 3.1, 101.6) for i in range(3)]
    ids = [(await add_session(p, chargers[i % 3], a.id, receipt=i % 2 == 0))[0] for i in range(25)]
    statements: list[str] = []
    # The node's own loops (leases, outbox, token pushes) share the engine; a statement of a task that
    # was running before the request was sent is theirs, not the request's.
    background = asyncio.all_tasks()

    def count(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        # Not counted: a pooled connection switching between writing and reading (PRAGMA query_only,
        # db/engine.py), once per switch, which depends on what last used the connection.
        if asyncio.current_task() not in background and not statement.startswith("PRAGMA query_only"):
            statements.append(statement)

    page = "query($after: String) { mySessions(first: 20, after: $after) { %s edges { node { id receiptId charger { chargePointId } } } pageInfo { hasNextPage endCursor } } }"
    event.listen(p.engine.sync_engine, "before_cursor_execute", count)
    try:
        first = (await server.graphql(page % "", token=token))["data"]["mySessions"]
        without_total = len(statements)
        first_statements = list(statements)
        statements.clear()
        with_total = (await server.graphql(page % "totalCount", token=token))["data"]["mySessions"]
    finally:
        event.remove(p.engine.sync_engine, "before_cursor_execute", count)
    # auth; the page with its receipts and chargers; in one read transaction (+ its BEGIN on SQLite)
    assert without_total <= 3, first_statements
    assert sum(st.strip().upper().startswith("BEGIN") for st in first_statements) <= 1, first_statements
    extra = len(statements) - without_total  # the count, in a read session of its own (+ its BEGIN)
    assert 1 <= extra <= 2 and sum("count(" in st.lower() for st in statements) == 1
    assert with_total["totalCount"] == 25
    assert [e["node"]["id"] for e in first["edges"]] == [
        encode_id("ChargingSession", i) for i in reversed(ids)
    ][:20]
    assert first["pageInfo"]["hasNextPage"] is True
    nodes = {e["node"]["id"]: e["node"] for e in first["edges"]}
    assert nodes[encode_id("ChargingSession", ids[24])]["receiptId"] is not None  # 24 is even: has one
    assert nodes[encode_id("ChargingSession", ids[23])]["receiptId"] is None
    assert nodes[encode_id("ChargingSession", ids[23])]["charger"]["chargePointId"] == "CP-PG2"
    second = (
        await server.graphql(page % "totalCount", {"after": first["pageInfo"]["endCursor"]}, token=token)
    )["data"]["mySessions"]
    assert [e["node"]["id"] for e in second["edges"]] == [
        encode_id("ChargingSession", i) for i in reversed(ids[:5])
    ]
    assert second["pageInfo"]["hasNextPage"] is False and second["totalCount"] == 25


FULL = "id transactionId status connectorId startedAt stoppedAt energyWh cost { amount currency } costLines { code description quantity unit amount { amount currency } quantityText } billed stopReason receiptId idle { chargingEndedAt graceMinutes graceEndsAt feePerMinute { amount currency } feeSoFar { amount currency } } charger { id chargePointId name address city } costSoFar { amount } pointsAwarded receipt { id }"


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_my_sessions_shows_each_session_as_the_session_itself_does(
    backend: str, request: pytest.FixtureRequest, server_factory: Any, monkeypatch: Any
) -> None:
    """mySessions reads its page as rows of a few columns, chargingSession(id) as the model: a billed
    session with cost lines and a receipt, a running one, and a running one idle past its grace
    period at a tariff with an idle fee answer the same through both (and a session of another
    driver is not in the list), on SQLite and on MariaDB."""
    import datetime as dt
    from decimal import Decimal
    from fractions import Fraction

    from domain import idle as idle_time
    from domain.tariffs import CostLine, TariffSnapshot

    if backend == "sqlite":
        server = await server_factory()
    else:
        server = await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))
    now = dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(idle_time, "utcnow", lambda: now)
    p = server.platform
    a, token_a, b, _ = await two_drivers(p)
    cpk = await add_charger(p, "CP-ROWS", 3.1, 101.6, address="Jalan Raja Chulan 2", city="Kuala Lumpur")
    billed, _ = await add_session(p, cpk, a.id, receipt=True, energy_wh=12345, total_sen=1082)
    running, _ = await add_session(p, cpk, a.id, status="Active", energy_wh=2500)
    idle, _ = await add_session(p, cpk, a.id, status="Active", energy_wh=7000)
    await add_session(p, cpk, b.id)
    snapshot = TariffSnapshot(
        tariff_id=None,
        name="Mall DC",
        price_per_kwh_sen=Decimal("80"),
        idle_fee_per_minute_sen=Decimal("50"),
        idle_grace_minutes=5,
    )
    line = CostLine(
        code="energy", description="Energy", quantity=Decimal("12.345"), unit="kWh",
        unit_price_sen=Decimal("80"), exact_sen=Fraction(4938, 5), amount_sen=988,
    )  # fmt: skip
    async with p.sessionmaker() as s, s.begin():
        for pk in (billed, running, idle):
            tx = await s.get(ChargingSession, pk)
            assert tx is not None
            tx.tariff_snapshot = snapshot.to_json()
            if pk == billed:
                tx.cost_lines = [line.to_json()]
                tx.stop_reason = "Local"
            if pk == idle:
                tx.charging_ended_at = now - dt.timedelta(minutes=12)
    listed = await server.graphql(f"{{ mySessions(first: 20) {{ nodes {{ {FULL} }} }} }}", token=token_a)
    assert "errors" not in listed, listed
    nodes = {n["id"]: n for n in listed["data"]["mySessions"]["nodes"]}
    assert sorted(nodes) == sorted(encode_id("ChargingSession", pk) for pk in (billed, running, idle))
    for node_id, node in nodes.items():
        one = await server.graphql(
            f"query($id: ID!) {{ chargingSession(id: $id) {{ {FULL} }} }}", {"id": node_id}, token=token_a
        )
        assert one["data"]["chargingSession"] == node
    shown = nodes[encode_id("ChargingSession", billed)]
    assert shown["billed"] is True and shown["cost"]["amount"] == "10.82" and shown["receiptId"] is not None
    assert [cl["quantityText"] for cl in shown["costLines"]] == ["12.345 kWh × RM 0.80/kWh"]
    assert shown["energyWh"] == 12345 and shown["stopReason"] == "Local" and shown["idle"] is None
    shown = nodes[encode_id("ChargingSession", running)]
    assert shown["status"] == "ACTIVE" and shown["energyWh"] == 2500 and shown["stoppedAt"] is None
    assert shown["idle"] is None and shown["cost"] is None and shown["costLines"] == []
    shown = nodes[encode_id("ChargingSession", idle)]
    assert shown["idle"]["graceMinutes"] == 5 and shown["idle"]["feeSoFar"]["amount"] == "3.50"
    assert shown["charger"]["chargePointId"] == "CP-ROWS" and shown["charger"]["city"] == "Kuala Lumpur"


async def test_my_sessions_checks_the_token_in_its_own_read_each_request(server: Any) -> None:
    """The viewer's token is checked in the page's read transaction, on every request: a signed-out
    family, a disabled user, an expired family and an anonymous request are refused there, and a page is only the viewer's."""
    from sqlalchemy import update

    from db.models import RefreshToken, User, utcnow

    p = server.platform
    a, token_a = await make_user(p)
    b, token_b = await make_user(p)
    cpk = await add_charger(p, "CP-OWN1", 3.1, 101.6)
    mine = (await add_session(p, cpk, a.id))[0]
    await add_session(p, cpk, b.id)
    q = "{ mySessions(first: 20) { edges { node { id } } } }"

    def codes(r: dict[str, Any]) -> list[str]:
        return [e["extensions"]["code"] for e in r.get("errors") or []]

    r = await server.graphql(q, token=token_a)
    assert [e["node"]["id"] for e in r["data"]["mySessions"]["edges"]] == [encode_id("ChargingSession", mine)]
    logout = "mutation { logout(input: {allSessions: true}) { revokedSessions errors { code } } }"
    assert not (await server.graphql(logout, token=token_a)).get("errors")
    assert codes(await server.graphql(q, token=token_a)) == ["UNAUTHENTICATED"]
    assert (await server.graphql(q, token=token_b))["data"]["mySessions"]["edges"]  # b still signed in
    async with p.sessionmaker.begin() as s:
        await s.execute(update(User).where(User.id == b.id).values(disabled=True))
    assert codes(await server.graphql(q, token=token_b)) == ["UNAUTHENTICATED"]
    assert codes(await server.graphql(q)) == ["UNAUTHENTICATED"]  # anonymous
    c, token_c = await make_user(p)
    assert not codes(await server.graphql(q, token=token_c))
    async with p.sessionmaker.begin() as s:  # the sign-in's refresh family expired
        past = utcnow() - dt.timedelta(seconds=1)
        await s.execute(update(RefreshToken).where(RefreshToken.user_id == c.id).values(expires_at=past))
    assert codes(await server.graphql(q, token=token_c)) == ["UNAUTHENTICATED"]
