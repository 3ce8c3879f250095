"""Server-side sorting of the operator's lists (`orderBy`): the order is the database's, every page
follows it with its own cursors, the total counts the whole filter; a bad sort is a typed error.
On SQLite and MariaDB."""

from __future__ import annotations

from typing import Any

import pytest

from domain import chargers
from tests.helpers.auth import make_user

USERS = """query($order: UserOrder, $after: String, $search: String) {
  users(first: 3, after: $after, orderBy: $order, search: $search) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name email } } }"""
CHARGERS = """query($order: ChargerOrder, $after: String) {
  chargers(first: 2, after: $after, orderBy: $order, search: "SORT-") {
    totalCount pageInfo { hasNextPage endCursor } nodes { chargePointId } } }"""
NAMES = ["Mira", "Ahmad", "Zainab", "Chen", "Kumar", "Bala", "Siti"]


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def list_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


async def _all_pages(
    server: Any, query: str, field: str, token: str, **variables: Any
) -> tuple[list[Any], int]:
    rows: list[Any] = []
    after = None
    total = -1
    for _ in range(20):
        r = await server.graphql(query, {**variables, "after": after}, token=token)
        assert "errors" not in r, r
        conn = r["data"][field]
        total = conn["totalCount"]
        rows += conn["nodes"]
        if not conn["pageInfo"]["hasNextPage"]:
            return rows, total
        after = conn["pageInfo"]["endCursor"]
    raise AssertionError("paging did not end")


async def test_users_sorted_across_pages(list_server: Any) -> None:
    server = list_server
    _, admin = await make_user(server.platform, role="admin", name="Admin Sorter")
    for i, name in enumerate(NAMES):
        await make_user(server.platform, name=f"Sort {name}", email=f"sort{i}-{name.lower()}@sort.test")

    for direction, expected in (("ASC", sorted(NAMES)), ("DESC", sorted(NAMES, reverse=True))):
        rows, total = await _all_pages(
            server,
            USERS,
            "users",
            admin,
            order={"field": "NAME", "direction": direction},
            search="@sort.test",
        )
        assert [r["name"] for r in rows] == [f"Sort {n}" for n in expected]
        assert total == len(NAMES)

    # Newest first by default: the creation order, reversed.
    rows, _ = await _all_pages(server, USERS, "users", admin, order=None, search="@sort.test")
    assert [r["name"] for r in rows] == [f"Sort {n}" for n in reversed(NAMES)]

    # A cursor of the unsorted list is refused on a sorted one (and the reverse), with a typed error.
    first = await server.graphql(USERS, {"order": None, "search": "@sort.test"}, token=admin)
    cursor = first["data"]["users"]["pageInfo"]["endCursor"]
    bad = await server.graphql(
        USERS, {"order": {"field": "EMAIL", "direction": "ASC"}, "after": cursor}, token=admin
    )
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT", bad
    unknown = await server.graphql(USERS, {"order": {"field": "PASSWORD_HASH"}}, token=admin)
    assert "errors" in unknown and unknown.get("data") is None


async def test_chargers_sorted_and_drivers_still_see_public_ones_only(list_server: Any) -> None:
    server = list_server
    _, admin = await make_user(server.platform, role="admin")
    ids = ["SORT-C", "SORT-A", "SORT-E", "SORT-B", "SORT-D"]
    async with server.platform.sessionmaker() as s, s.begin():
        for cpid in ids:
            await chargers.register(s, cpid, name=f"Charger {cpid[-1]}", is_public=cpid != "SORT-E")
    rows, total = await _all_pages(
        server, CHARGERS, "chargers", admin, order={"field": "CHARGE_POINT_ID", "direction": "ASC"}
    )
    assert [r["chargePointId"] for r in rows] == sorted(ids) and total == 5
    rows, _ = await _all_pages(server, CHARGERS, "chargers", admin, order={"field": "CHARGE_POINT_ID"})
    assert [r["chargePointId"] for r in rows] == sorted(ids, reverse=True)
    # A driver sorting sees only approved public chargers, as without a sort.
    _, driver = await make_user(server.platform)
    rows, total = await _all_pages(server, CHARGERS, "chargers", driver, order={"field": "NAME"})
    assert [r["chargePointId"] for r in rows] == ["SORT-D", "SORT-C", "SORT-B", "SORT-A"] and total == 4


EVENTS = """query($order: ConnectionEventOrder, $after: String, $kind: String) {
  connectionEvents(first: 2, after: $after, orderBy: $order, kind: $kind) {
    totalCount pageInfo { hasNextPage endCursor } nodes { chargePointId reason remoteAddress } } }"""
JOBS = """query($order: FleetJobOrder, $after: String, $status: FleetJobStatus) {
  fleetJobs(first: 2, after: $after, orderBy: $order, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } nodes { action status total } } }"""


async def test_connection_events_and_fleet_jobs_sorted_and_filtered_across_pages(list_server: Any) -> None:
    """The diagnostics' connection events (a reason may be empty: it sorts first ascending on both
    databases) and the fleet jobs, sorted and filtered by the server, page after page."""
    from db.models import FleetJob, FleetJobTarget, utcnow
    from domain import connection_log

    server = list_server
    _, admin = await make_user(server.platform, role="admin")
    events = [
        ("EV-A", "connected", None, "10.0.0.3"),
        ("EV-B", "refused", "wrong_password", "10.0.0.5"),
        ("EV-C", "refused", "unknown_id", "10.0.0.1"),
        ("EV-A", "disconnected", "ping_timeout", "10.0.0.4"),
        ("EV-B", "refused", "bad_subprotocol", "10.0.0.2"),
    ]
    async with server.platform.sessionmaker() as s, s.begin():
        charger = await chargers.register(s, "EV-A")
        await connection_log.insert_batch(
            s,
            [
                {"charge_point_id": c, "kind": k, "reason": r, "remote_address": a, "created_at": utcnow()}
                for c, k, r, a in events
            ],
        )
        for action, status in [("Reset", "completed"), ("UpdateFirmware", "failed"), ("Reset", "running")]:
            job = FleetJob(action=action, payload={}, selection={}, status=status, stage=1)
            s.add(job)
            await s.flush()
            s.add(FleetJobTarget(job_id=job.id, charger_id=charger.charger.id, stage=1, status="pending"))

    rows, total = await _all_pages(
        server, EVENTS, "connectionEvents", admin, order={"field": "REASON", "direction": "ASC"}
    )
    assert [r["reason"] for r in rows] == [None] + sorted(r for _, _, r, _ in events if r) and total == 5
    rows, total = await _all_pages(
        server, EVENTS, "connectionEvents", admin, order={"field": "REMOTE_ADDRESS"}, kind="refused"
    )
    assert [r["remoteAddress"] for r in rows] == ["10.0.0.5", "10.0.0.2", "10.0.0.1"] and total == 3
    rows, _ = await _all_pages(server, EVENTS, "connectionEvents", admin, order=None)
    assert [r["remoteAddress"] for r in rows] == [a for *_, a in reversed(events)]
    bad = await server.graphql(EVENTS, {"kind": "lost"}, token=admin)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT", bad

    rows, total = await _all_pages(
        server, JOBS, "fleetJobs", admin, order={"field": "STATUS", "direction": "ASC"}
    )
    assert [r["status"] for r in rows] == ["completed", "failed", "running"] and total == 3
    assert [r["total"] for r in rows] == [1, 1, 1]
    rows, total = await _all_pages(server, JOBS, "fleetJobs", admin, order=None, status="RUNNING")
    assert [(r["action"], r["status"]) for r in rows] == [("Reset", "running")] and total == 1
