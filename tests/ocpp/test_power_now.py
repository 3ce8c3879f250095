""" "Power now" has one definition: a three-phase charger that reports Power.Active.Import per phase
only shows the sum of its phases everywhere (the live meter stream, session progress, the sessions
list, the session's chart and the dashboard)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ocpp.v16 import call

from api.relay import encode_id
from db.models import IdTag
from domain import events as ev
from tests.helpers.auth import make_user
from tests.ocpp.conftest import connect, register
from tests.realtime.gql_ws import GqlWs, wait_until

PHASES = {"L1": 7360.0, "L2": 7130.0, "L3": 7245.5}
TOTAL = sum(PHASES.values())


def iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def test_per_phase_power_is_summed_everywhere(server: Any) -> None:
    p = server.platform
    _, admin = await make_user(p, role="admin")
    async with p.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag="PHASES", kind="rfid", status="Accepted"))
    key = await register(p, "CP-3PH")
    async with connect(server.ocpp_url, "CP-3PH", key) as cp, GqlWs(server.ws_url, token=admin) as ws:
        start = await cp.call(
            call.StartTransaction(connector_id=1, id_tag="PHASES", meter_start=0, timestamp=iso())
        )
        tx = int(start.transaction_id)
        await cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"))
        meter = await ws.subscribe('subscription { meterValues(chargerId: "CP-3PH") { powerW } }')
        progress = await ws.subscribe(
            f'subscription {{ sessionProgress(sessionId: "{tx}") {{ powerW energyWh }} }}'
        )
        assert (await progress.data("sessionProgress"))["energyWh"] == 0  # the snapshot
        await wait_until(lambda: p.bus.subscriber_count(ev.charger_meter("CP-3PH")) == 1)
        sampled = [{"value": "1200", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}] + [
            {"value": str(w), "measurand": "Power.Active.Import", "unit": "W", "phase": ph}
            for ph, w in PHASES.items()
        ]
        answer = await cp.send_call(
            "MeterValues",
            {
                "connectorId": 1,
                "transactionId": tx,
                "meterValue": [{"timestamp": iso(), "sampledValue": sampled}],
            },
        )
        assert answer[0] == 3, answer
        assert (await meter.data("meterValues"))["powerW"] == TOTAL
        assert (await progress.data("sessionProgress"))["powerW"] == TOTAL
        r = await server.graphql(
            """query($id: ID!) { adminChargingSession(id: $id) { powerW meterSamples { powerW } }
                dashboardStats { powerW } }""",
            {"id": encode_id("ChargingSession", tx)},
            token=admin,
        )
        assert "errors" not in r, r
        assert r["data"]["adminChargingSession"]["powerW"] == TOTAL
        assert r["data"]["adminChargingSession"]["meterSamples"][-1]["powerW"] == TOTAL
        assert r["data"]["dashboardStats"]["powerW"] == TOTAL
        # A new connection's snapshot shows the same.
        again = await ws.subscribe(f'subscription {{ sessionProgress(sessionId: "{tx}") {{ powerW }} }}')
        assert (await again.data("sessionProgress"))["powerW"] == TOTAL


def test_total_power_rule() -> None:
    from domain.transactions import POWER, total_power_w

    # The total wins over the phases; else the line phases add up; neutral and line-to-line do not count.
    assert total_power_w([(POWER, "L1", 100.0), (POWER, None, 250.0), (POWER, "L2", 100.0)]) == 250.0
    assert total_power_w([(POWER, "L1-N", 100.0), (POWER, "L2-N", 120.0), (POWER, "N", 5.0)]) == 220.0
    assert total_power_w([(POWER, "L1-L2", 400.0), ("Current.Import", None, 16.0)]) is None
    assert total_power_w([]) is None
