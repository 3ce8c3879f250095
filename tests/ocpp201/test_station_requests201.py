"""The requests whose answers come back in parts share one record (`domain/station_requests.py`):
GetDisplayMessages, GetMonitoringReport and GetChargingProfiles from the console are rows whose id is
the requestId, with the station's answer and each Notify* part until tbc is false. Driven by a real
WebSocket 2.0.1 station that checks every frame against the 2.0.1 schemas."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from db.models import StationRequest
from tests.ocpp201.conftest import BACKENDS, connect201, server_on
from tests.ocpp201.test_display_messages201 import _setup

COMMAND = "mutation($input: {type}!) {{ {name}(input: $input) {{ status errors {{ code message }} }} }}"


async def _send(server: Any, token: str, name: str, input: dict[str, Any]) -> str | None:
    q = COMMAND.format(type=name[0].upper() + name[1:] + "Input", name=name)
    r = await server.graphql(q, {"input": input}, token=token)
    assert "errors" not in r and r["data"][name]["errors"] == [], r
    status: str | None = r["data"][name]["status"]
    return status


async def _rows(server: Any) -> dict[str, StationRequest]:
    async with server.platform.sessionmaker() as s:
        return {r.action: r for r in (await s.scalars(select(StationRequest))).all()}


async def _until(server: Any, check: Any) -> dict[str, StationRequest]:
    async with asyncio.timeout(10):
        while True:
            rows = await _rows(server)
            if check(rows):
                return rows
            await asyncio.sleep(0.05)


MESSAGE = {"id": 4, "priority": "NormalCycle", "message": {"format": "UTF8", "content": "Hello"}}


@pytest.mark.parametrize("backend", BACKENDS)
async def test_requests_answered_in_parts_are_tracked_to_their_last_part(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    server = await server_on(server_factory, request, backend)
    key, token, cid = await _setup(server, "CP-SR1")
    async with connect201(server.ocpp_url, "CP-SR1", key) as st:
        st.answers["GetDisplayMessages"] = {"status": "Accepted"}
        st.answers["GetMonitoringReport"] = {"status": "EmptyResultSet"}
        st.answers["GetChargingProfiles"] = {"status": "NoProfiles"}
        assert await _send(server, token, "getDisplayMessages", {"chargerId": cid}) == "Accepted"
        display = await st.expect("GetDisplayMessages")
        assert await _send(server, token, "getMonitoringReport", {"chargerId": cid}) == "EmptyResultSet"
        monitoring = await st.expect("GetMonitoringReport")
        assert await _send(server, token, "getChargingProfiles", {"chargerId": cid}) == "NoProfiles"
        profiles = await st.expect("GetChargingProfiles")
        rows = await _rows(server)
        # Each requestId is its row's id; refusals end the request at once.
        assert {a: r.id for a, r in rows.items()} == {
            "GetDisplayMessages": display["requestId"],
            "GetMonitoringReport": monitoring["requestId"],
            "GetChargingProfiles": profiles["requestId"],
        }
        assert rows["GetDisplayMessages"].status == "Accepted"
        assert rows["GetMonitoringReport"].status == "EmptyResultSet"
        assert rows["GetMonitoringReport"].completed_at is not None
        assert rows["GetChargingProfiles"].status == "NoProfiles"

        part = {"requestId": display["requestId"], "messageInfo": [MESSAGE]}
        assert await st.call("NotifyDisplayMessages", {**part, "tbc": True}) == {}
        rows = await _until(server, lambda r: r["GetDisplayMessages"].status == "Receiving")
        assert await st.call("NotifyDisplayMessages", {**part, "tbc": False}) == {}
        rows = await _until(server, lambda r: r["GetDisplayMessages"].status == "Complete")
    done = rows["GetDisplayMessages"]
    assert (done.parts, done.completed_at is not None) == (2, True)
