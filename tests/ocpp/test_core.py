"""OCPP 1.6 Core profile conformance (OCTT central-system cases), over a real WebSocket charger."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call
from sqlalchemy import select

from db.models import Charger, Connector, IdTag
from tests.ocpp.conftest import connect, register


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def add_tag(platform: Any, tag: str, status: str = "Accepted", **kw: Any) -> None:
    async with platform.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag=tag, kind="rfid", status=status, **kw))


async def test_tc_001_cold_boot(server: Any, listen: Any) -> None:
    key = await register(server.platform, "CP-1")
    events = await listen("charger.CP-1.status")
    async with connect(server.ocpp_url, "CP-1", key, boot=False) as cp:
        # Before the boot is accepted every other CALL is a SecurityError.
        answer = await cp.send_call("Heartbeat", {})
        assert answer[0] == 4 and answer[2] == "SecurityError"
        resp = await cp.boot(vendor="ACME", model="X1", serial="S-9", firmware="2.1")
        assert resp.status == "Accepted"
        assert resp.interval == 60
        hb = await cp.call(call.Heartbeat())
        assert hb.current_time
        st = await cp.call(
            call.StatusNotification(
                connector_id=1, error_code="NoError", status="Available", timestamp=iso(now())
            )
        )
        assert st is not None
        await events.wait(lambda ch, e: e.get("type") == "connector" and e["status"] == "Available")
        async with server.platform.sessionmaker() as s:
            c = (await s.execute(select(Charger).where(Charger.charge_point_id == "CP-1"))).scalar_one()
            assert (c.vendor, c.model, c.serial_number, c.firmware_version) == ("ACME", "X1", "S-9", "2.1")
            assert c.online and c.node_id == server.platform.node_id and c.last_boot_at is not None
            conn = (await s.execute(select(Connector).where(Connector.charger_id == c.id))).scalar_one()
            assert conn.status == "Available"
