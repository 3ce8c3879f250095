# ruff: noqa: E501 - GraphQL documents read best on one line
"""One rule of "available" for drivers (`domain.stations.startable`): a connector Preparing (a car
plugged in, waiting for a start) is one a driver may start on, so the map's "available now" filter
keeps its charger, the station says `available`, its connector's availability is Available, and the
start goes through; a connector Reserved for someone else is none of these, and the start is refused.
Through real WebSocket chargers, on SQLite and MariaDB."""

from __future__ import annotations

import asyncio
from typing import Any

from ocpp.v16 import call
from sqlalchemy import update

from api.relay import encode_id
from db.models import Charger
from domain import stations
from tests.helpers.auth import make_user
from tests.helpers.charging import START, charger_pk
from tests.money.conftest import credit_wallet
from tests.ocpp.conftest import connect, register

STATIONS = """query($availableNow: Boolean) { stations(availableNow: $availableNow, first: 50) {
  nodes { chargePointId available connectors { connectorId status availability } } } }"""


async def _status(cp: Any, status: str) -> None:
    await cp.call(
        call.StatusNotification(connector_id=1, error_code="NoError", status=status), suppress=False
    )


async def test_preparing_is_available_and_reserved_is_not(node: Any) -> None:
    p = node.platform
    driver, token = await make_user(p)
    await credit_wallet(p, driver.id, 5000, f"avail-{driver.id}")
    keys = {cpid: await register(p, cpid) for cpid in ("AV-PREP", "AV-RSV", "AV-BUSY")}
    async with p.sessionmaker() as s, s.begin():
        await s.execute(update(Charger).values(is_public=True, approved=True))
    async with (
        connect(node.ocpp_url, "AV-PREP", keys["AV-PREP"]) as prep,
        connect(node.ocpp_url, "AV-RSV", keys["AV-RSV"]) as rsv,
        connect(node.ocpp_url, "AV-BUSY", keys["AV-BUSY"]) as busy,
    ):
        await _status(prep, "Preparing")
        await _status(rsv, "Reserved")
        await _status(busy, "Charging")

        # The map: "available now" keeps exactly the stations the listing calls available.
        every = {
            n["chargePointId"]: n for n in (await node.graphql(STATIONS, {}))["data"]["stations"]["nodes"]
        }
        assert {cp: n["available"] for cp, n in every.items()} == {
            "AV-PREP": True,
            "AV-RSV": False,
            "AV-BUSY": False,
        }
        assert every["AV-PREP"]["connectors"] == [
            {"connectorId": 1, "status": "Preparing", "availability": "Available"}
        ]
        assert every["AV-RSV"]["connectors"] == [
            {"connectorId": 1, "status": "Reserved", "availability": "Occupied"}
        ]
        now = (await node.graphql(STATIONS, {"availableNow": True}))["data"]["stations"]["nodes"]
        assert [n["chargePointId"] for n in now] == ["AV-PREP"]

        # The start check: Preparing goes through to the charger, Reserved for someone else is refused.
        refused = await node.graphql(
            START,
            {
                "input": {
                    "chargerId": encode_id("Charger", await charger_pk(node, "AV-RSV")),
                    "connectorId": 1,
                }
            },
            token=token,
        )
        assert refused["data"]["startCharging"]["request"] is None
        assert [e["code"] for e in refused["data"]["startCharging"]["errors"]] == ["CONNECTOR_UNAVAILABLE"]
        started = asyncio.create_task(
            node.graphql(
                START,
                {
                    "input": {
                        "chargerId": encode_id("Charger", await charger_pk(node, "AV-PREP")),
                        "connectorId": 1,
                    }
                },
                token=token,
            )
        )
        remote = await prep.expect("RemoteStartTransaction")
        assert remote["connectorId"] == 1
        res = await started
        assert res["data"]["startCharging"]["errors"] == [], res
        assert res["data"]["startCharging"]["request"]["status"] == "ACCEPTED", res


def test_drivers_are_told_available_exactly_for_the_startable_statuses() -> None:
    """The driver app colours pins, counts free plugs and offers "notify me" from the availability the
    server sends (it keeps no status list of its own; tests/e2e/pwa/test_available_rule.py drives it):
    Available exactly for the statuses a driver may start on."""
    assert sorted(k for k, v in stations.PUBLIC_AVAILABILITY.items() if v == "Available") == sorted(
        stations.STARTABLE
    )
