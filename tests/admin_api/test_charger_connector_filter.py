"""The chargers list's connector-status filter runs on the server: with real OCPP chargers reporting
their statuses, `chargers(connectorStatus:)` holds exactly the chargers with a connector in that
status, on every page, and its totalCount counts the filter (not the page); a fleet job by that filter
targets the same chargers; an unknown status is a typed error. On SQLite and MariaDB."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.auth import make_user
from tests.helpers.fleet import fleet

LIST = """query($status: String, $online: Boolean, $after: String) {
  chargers(connectorStatus: $status, online: $online, search: "FLEET-", first: 1, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { chargePointId connectors { status } } } }"""


@pytest.fixture(params=["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def list_server(request: pytest.FixtureRequest, server_factory: Any) -> Any:
    if request.param == "sqlite":
        return await server_factory()
    return await server_factory(database_url=request.getfixturevalue("migrated_mariadb_url"))


async def _pages(server: Any, token: str, **variables: Any) -> tuple[list[str], set[int]]:
    """Every charge point id of the filtered list, one per page, and the totals each page told."""
    ids: list[str] = []
    totals: set[int] = set()
    after = None
    for _ in range(20):
        r = await server.graphql(LIST, {**variables, "after": after}, token=token)
        assert "errors" not in r, r
        conn = r["data"]["chargers"]
        totals.add(conn["totalCount"])
        ids += [c["chargePointId"] for c in conn["nodes"]]
        if not conn["pageInfo"]["hasNextPage"]:
            return ids, totals
        after = conn["pageInfo"]["endCursor"]
    raise AssertionError("paging did not end")


async def test_connector_status_filter_pages_and_counts_on_the_server(list_server: Any) -> None:
    server = list_server
    _, admin = await make_user(server.platform, role="admin")
    async with fleet(server) as f:
        # The fleet: 1 and 2 charging, 3 faulted, 4 and 6 available (6 offline), 5 never connected.
        expected = {
            "Charging": [f.cpid(1), f.cpid(2)],
            "Faulted": [f.cpid(3)],
            "Available": [f.cpid(4), f.cpid(6)],
            "Reserved": [],
        }
        for status, cpids in expected.items():
            ids, totals = await _pages(server, admin, status=status)
            assert sorted(ids) == cpids, (status, ids)
            assert totals == {len(cpids)}, (status, totals)
        # With another filter: online and available is 4 alone.
        ids, totals = await _pages(server, admin, status="Available", online=True)
        assert (ids, totals) == ([f.cpid(4)], {1})

        # A fleet job by the same filter targets the same chargers.
        r = await server.graphql(
            """mutation($i: StartFleetJobInput!) { startFleetJob(input: $i) {
                 fleetJob { targets { chargePointId } } errors { message } } }""",
            {
                "i": {
                    "action": "TRIGGER_MESSAGE",
                    "payload": {"requestedMessage": "StatusNotification"},
                    "filter": {"search": "FLEET-", "connectorStatus": "Charging"},
                }
            },
            token=admin,
        )
        assert "errors" not in r, r
        job = r["data"]["startFleetJob"]
        assert not job["errors"], job
        assert sorted(t["chargePointId"] for t in job["fleetJob"]["targets"]) == expected["Charging"]

        # An unknown status: a typed error naming the argument, no rows.
        bad = await server.graphql(LIST, {"status": "Broken"}, token=admin)
        assert bad["errors"][0]["extensions"]["code"] == "INVALID_INPUT", bad
        assert bad["errors"][0]["extensions"]["field"] == "connectorStatus", bad
