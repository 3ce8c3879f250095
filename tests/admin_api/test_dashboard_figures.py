"""The dashboard's figures against a known fleet of real OCPP chargers: every figure (GraphQL and the
live subscription) equals what the corresponding list shows, on SQLite and MariaDB."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from tests.helpers.auth import make_user
from tests.helpers.fleet import fleet
from tests.realtime.gql_ws import GqlWs

BACKENDS = ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)]

STATS = """chargersTotal chargersOnline chargersOffline chargersCharging chargersFaulted sessionsActive
  powerW energyTodayWh revenueToday { amount currency } openFaults"""
CHARGERS = """query($online: Boolean, $status: String, $after: String) {
  chargers(online: $online, connectorStatus: $status, first: 100, after: $after) { totalCount
  pageInfo { hasNextPage endCursor } nodes { chargePointId online connectors { connectorId status } } } }"""
SESSIONS = """query($f: ChargingSessionFilter, $after: String) {
  chargingSessions(filter: $f, first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { status energyWh powerW billed cost { amount } } } }"""

INVOICES = """query($from: DateTime!, $to: DateTime!) {
  invoiceSummary(from: $from, to: $to) { sessions total { amount } }
  completedSessions(first: 10) { nodes { transactionId } }
  completedSessionsCsv(from: $from, to: $to) { content } }"""


async def _all(
    server: Any, token: str, query: str, field: str, variables: dict[str, Any]
) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    after = None
    while True:
        r = await server.graphql(query, {**variables, "after": after}, token=token)
        assert "errors" not in r, r
        page = r["data"][field]
        nodes += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return nodes
        after = page["pageInfo"]["endCursor"]


async def figures_from_lists(server: Any, token: str) -> dict[str, Any]:
    """What the chargers list (with its online filter) and the sessions list show."""
    every = await _all(server, token, CHARGERS, "chargers", {"online": None})
    online = await _all(server, token, CHARGERS, "chargers", {"online": True})
    offline = await _all(server, token, CHARGERS, "chargers", {"online": False})
    active = await _all(server, token, SESSIONS, "chargingSessions", {"f": {"status": "ACTIVE"}})
    midnight = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    today = await _all(server, token, SESSIONS, "chargingSessions", {"f": {"from": midnight.isoformat()}})

    async def with_status(status: str) -> int:
        """The chargers list filtered (on the server) by connector status, online ones."""
        rows = await _all(server, token, CHARGERS, "chargers", {"online": True, "status": status})
        assert all(any(k["status"] == status for k in c["connectors"]) for c in rows), rows
        return len(rows)

    return {
        "chargers_total": len(every),
        "chargers_online": len(online),
        "chargers_offline": len(offline),
        "chargers_charging": await with_status("Charging"),
        "chargers_faulted": await with_status("Faulted"),
        "sessions_active": len(active),
        "power_w": sum(s["powerW"] or 0 for s in active),
        "energy_today_wh": sum(s["energyWh"] for s in today),
        "revenue_today": sum((Decimal(s["cost"]["amount"]) for s in today if s["billed"]), Decimal("0.00")),
    }


def figures_of(stats: dict[str, Any]) -> dict[str, Any]:
    return {
        "chargers_total": stats["chargersTotal"],
        "chargers_online": stats["chargersOnline"],
        "chargers_offline": stats["chargersOffline"],
        "chargers_charging": stats["chargersCharging"],
        "chargers_faulted": stats["chargersFaulted"],
        "sessions_active": stats["sessionsActive"],
        "power_w": stats["powerW"],
        "energy_today_wh": stats["energyTodayWh"],
        "revenue_today": Decimal(stats["revenueToday"]["amount"]),
    }


@pytest.mark.parametrize("backend", BACKENDS)
async def test_every_dashboard_figure_equals_its_list(
    server_factory: Any, backend: str, request: pytest.FixtureRequest
) -> None:
    overrides = (
        {"database_url": request.getfixturevalue("migrated_mariadb_url")} if backend == "mariadb" else {}
    )
    server = await server_factory(**overrides)
    _, admin = await make_user(server.platform, role="admin")
    async with fleet(server) as f:
        lists = await figures_from_lists(server, admin)
        expected = {k: v for k, v in f.expected.items() if k in lists}
        # The lists show the fleet as built (so they are the reference) ...
        assert {k: lists[k] for k in expected} == expected, lists
        assert lists["revenue_today"] > 0
        # ... and every figure equals them: the query ...
        r = await server.graphql(f"{{ dashboardStats {{ {STATS} }} revenueToday {{ amount }} }}", token=admin)
        assert "errors" not in r, r
        assert figures_of(r["data"]["dashboardStats"]) == lists
        assert Decimal(r["data"]["revenueToday"]["amount"]) == lists["revenue_today"]
        # ... and the invoices of today (sessions billed and stopped today) ...
        midnight = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        day = {"from": midnight.isoformat(), "to": (midnight + dt.timedelta(days=1)).isoformat()}
        r = await server.graphql(INVOICES, day, token=admin)
        assert "errors" not in r, r
        assert Decimal(r["data"]["invoiceSummary"]["total"]["amount"]) == lists["revenue_today"]
        billed = r["data"]["completedSessions"]["nodes"]
        assert [n["transactionId"] for n in billed] == [f.expected["transactions"][2]]
        assert str(billed[0]["transactionId"]) in r["data"]["completedSessionsCsv"]["content"]
        # ... and the live subscription.
        async with GqlWs(server.ws_url, token=admin) as ws:
            sub = await ws.subscribe(f"subscription {{ dashboardStats {{ {STATS} }} }}")
            assert figures_of(await sub.data("dashboardStats")) == lists
