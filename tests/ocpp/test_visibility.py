"""A charger made private (or public) while connected: status events follow at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger
from domain import events
from tests.helpers.auth import make_user
from tests.ocpp.conftest import SimCharger

UPDATE = """mutation($id: ID!, $p: Boolean) { updateCharger(input: {id: $id, isPublic: $p}) {
  charger { id } errors { code message } } }"""


async def test_publicity_change_reaches_status_events_without_reconnect(
    server: Any, charger: SimCharger, listen: Any
) -> None:
    _, admin = await make_user(server.platform, role="admin")
    async with server.platform.sessionmaker() as s:
        cid = await s.scalar(select(Charger.id).where(Charger.charge_point_id == "CP-1"))
    ev = await listen(events.charger_status("CP-1"))

    async def status(n: int) -> None:
        await charger.call(
            call.StatusNotification(
                connector_id=1,
                error_code="NoError",
                status="Available",
                timestamp=(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=n)).isoformat(),
            )
        )

    await status(1)
    assert (await ev.wait(lambda _c, e: e.get("type") == "connector"))["is_public"] is True
    r = await server.graphql(UPDATE, {"id": encode_id("Charger", cid), "p": False}, token=admin)
    assert r["data"]["updateCharger"]["errors"] == [], r
    vis = await ev.wait(lambda _c, e: e.get("type") == "visibility")
    assert vis["is_public"] is False
    await status(2)
    later = await ev.wait(lambda _c, e: e.get("type") == "connector" and e.get("is_public") is False)
    assert later["charge_point_id"] == "CP-1"
