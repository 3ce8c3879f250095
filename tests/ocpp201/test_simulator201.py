"""The charger simulator speaking OCPP 2.0.1: the same firmware and hardware model as for 1.6, with
the wire translated (firmware/core/ocpp201.py). The driver's flow runs on it end to end through
GraphQL as the driver app does it: start, live readings, stop, billing and the receipt."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from api.relay import decode_id, encode_id
from db.models import OcppMessage
from domain import events, ledger
from tests.helpers.auth import make_user
from tests.helpers.charging import START, STOP, charger_pk, topup, wait_request
from tests.helpers.simulator import simulated_charger
from tests.money.conftest import standard_tariff
from tests.ocpp.conftest import register

SESSION = """query($id: ID!) { chargingSession(id: $id) { id status energyWh } }"""


async def test_tc_f_02_e_09_j_09_e_21_csms_driver_flow_on_the_simulated_2_0_1_charger(
    server: Any, tmp_path: Path
) -> None:
    await standard_tariff(server)
    _, token = await make_user(server.platform)
    await topup(server, token, "50.00", "topup-sim201")
    key = await register(server.platform, "SIM201-1")
    async with simulated_charger(
        server, "SIM201-1", tmp_path / "SIM201-1", auth_key=key, protocol="ocpp2.0.1"
    ) as sim:
        charger_id = encode_id("Charger", await charger_pk(server, "SIM201-1"))
        r = await server.graphql(START, {"input": {"chargerId": charger_id, "connectorId": 1}}, token=token)
        req = r["data"]["startCharging"]["request"]
        assert req["status"] in ("ACCEPTED", "STARTED"), r
        view = await wait_request(server, token, req["id"], "STARTED")
        session_id = view["session"]["id"]
        assert "RequestStartTransaction" in sim.cp.received
        tx = sim.cp.connector(1).tx
        assert tx is not None and tx["id"] is not None
        # live: the charger's periodic readings (TransactionEvent Updated) reach the session's channel
        pk = decode_id(session_id, "ChargingSession")
        async with server.platform.bus.subscribe(events.session(pk)) as stream, asyncio.timeout(20):
            async for ev in stream:
                if ev["energy_wh"] > 0:
                    break
        s = await server.graphql(SESSION, {"id": session_id}, token=token)
        assert float(s["data"]["chargingSession"]["energyWh"]) > 0, s
        r = await server.graphql(STOP, {"input": {"sessionId": session_id}}, token=token)
        assert r["data"]["stopCharging"]["errors"] == [], r
        view = await wait_request(server, token, req["id"], "STOPPED")
        assert "RequestStopTransaction" in sim.cp.received
        assert sim.cp.journal.dropped == []

    session = view["session"]
    assert session["billed"] is True and session["status"] == "COMPLETED"
    assert session["receiptId"] and float(session["cost"]["amount"]) > 0
    await server.platform.ocpp.message_log.flush()
    async with server.platform.sessionmaker() as s:
        assert (await ledger.check_ledger(s)).ok
        errors = (
            await s.execute(
                select(OcppMessage.action, OcppMessage.error_code).where(
                    OcppMessage.charger_id == "SIM201-1", OcppMessage.message_type == 4
                )
            )
        ).all()
        assert errors == []
        from domain import chargers

        c = await chargers.get_by_cpid(s, "SIM201-1")
        assert c is not None and c.ocpp_version == "2.0.1"


DEVICE_MODEL = """query($id: ID!) { chargerDeviceModel(chargerId: $id, variable: "HeartbeatInterval") {
  reports { kind status } variables { component variable value mutability } } }"""
SET_VARIABLE = """mutation($input: SetDeviceVariableInput!) { setDeviceVariable(input: $input) {
  status errors { code message } } }"""
UPDATE_FIRMWARE = """mutation($input: UpdateFirmwareInput!) { updateFirmware(input: $input) {
  status errors { code message } } }"""
FIRMWARE_JOBS = """query($id: ID) { firmwareJobs(chargerId: $id) { status history { status } } }"""


async def _until(server: Any, token: str, query: str, variables: dict[str, Any], done: Any) -> Any:
    async with asyncio.timeout(30):
        while True:
            r = await server.graphql(query, variables, token=token)
            if done(r["data"]):
                return r["data"]
            await asyncio.sleep(0.2)


async def test_tc_b_13_b_09_l_01_device_model_and_firmware_on_the_simulated_2_0_1_charger(
    server: Any, tmp_path: Path
) -> None:
    """The simulated 2.0.1 charger reports its configuration as a device model after its boot, takes
    an edit through SetVariables, and installs firmware from the console (UpdateFirmware with a
    requestId, FirmwareStatusNotification up to Installed after its reboot)."""
    from tests.firmware.test_ocpp_commands import HttpServer

    _, token = await make_user(server.platform, role="admin")
    key = await register(server.platform, "SIM201-DM")
    async with simulated_charger(
        server, "SIM201-DM", tmp_path / "SIM201-DM", auth_key=key, protocol="ocpp2.0.1"
    ) as sim:
        cid = encode_id("Charger", await charger_pk(server, "SIM201-DM"))
        data = await _until(
            server,
            token,
            DEVICE_MODEL,
            {"id": cid},
            lambda d: (
                d["chargerDeviceModel"]["reports"][:1] == [{"kind": "FullInventory", "status": "Complete"}]
            ),
        )
        assert data["chargerDeviceModel"]["variables"] == [
            {
                "component": "OCPPCommCtrlr",
                "variable": "HeartbeatInterval",
                "value": sim.cp.config.as_string("HeartbeatInterval"),
                "mutability": "ReadWrite",
            }
        ]
        edit = {
            "chargerId": cid,
            "component": "OCPPCommCtrlr",
            "variable": "HeartbeatInterval",
            "value": "120",
        }
        r = await server.graphql(SET_VARIABLE, {"input": edit}, token=token)
        assert r["data"]["setDeviceVariable"] == {"status": "Accepted", "errors": []}, r
        assert sim.cp.config.as_string("HeartbeatInterval") == "120"

        image = bytes(range(256)) * 40
        async with HttpServer() as http:
            http.files["/fw.bin"] = image
            # Retrieved two seconds from now, so the answer is stored before the first status arrives.
            retrieve = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)).isoformat().replace("+00:00", "Z")
            firmware = {"chargerId": cid, "location": http.url + "/fw.bin", "retrieveDate": retrieve}
            r = await server.graphql(UPDATE_FIRMWARE, {"input": firmware}, token=token)
            assert r["data"]["updateFirmware"] == {"status": "Accepted", "errors": []}, r
            data = await _until(
                server,
                token,
                FIRMWARE_JOBS,
                {"id": cid},
                lambda d: d["firmwareJobs"][0]["status"] == "Installed",
            )
        assert bytes(sim.hal.ota_image) == image
        # Every status reaches the platform: the install reboot waits until the queued notifications
        # (Downloaded, Installing) are delivered.
        assert [h["status"] for h in data["firmwareJobs"][0]["history"]] == [
            "Accepted",
            "Downloading",
            "Downloaded",
            "Installing",
            "Installed",
        ]


async def test_tc_f_20_f_23_f_27_csms_trigger_message_on_the_simulated_2_0_1_charger(
    server: Any, tmp_path: Path
) -> None:
    """The console's TriggerMessage reaches the simulated 2.0.1 station as 2.0.1 TriggerMessage: a
    Heartbeat and a StatusNotification of EVSE 1 are Accepted and sent; a message the station does not
    trigger (LogStatusNotification) is refused, not a CALLERROR."""
    key = await register(server.platform, "SIM201-TR")
    async with simulated_charger(
        server, "SIM201-TR", tmp_path / "SIM201-TR", auth_key=key, protocol="ocpp2.0.1"
    ):
        gw = server.platform.gateway
        async with server.platform.bus.subscribe(events.ocpp_log("SIM201-TR")) as log:

            async def station_sends(action: str) -> None:
                async with asyncio.timeout(15):
                    async for ev in log:
                        if ev["direction"] == "in" and ev["message_type"] == 2 and ev["action"] == action:
                            return

            answer = await gw.send_command("SIM201-TR", "TriggerMessage", {"requestedMessage": "Heartbeat"})
            assert answer == {"status": "Accepted"}
            await station_sends("Heartbeat")
            answer = await gw.send_command(
                "SIM201-TR", "TriggerMessage", {"requestedMessage": "StatusNotification", "connectorId": 1}
            )
            assert answer == {"status": "Accepted"}
            await station_sends("StatusNotification")

        answer = await gw.send_command(
            "SIM201-TR", "TriggerMessage", {"requestedMessage": "DiagnosticsStatusNotification"}
        )
        assert answer["status"] != "Accepted"
    await server.platform.ocpp.message_log.flush()
    async with server.platform.sessionmaker() as s:
        errors = (
            await s.execute(
                select(OcppMessage.action).where(
                    OcppMessage.charger_id == "SIM201-TR", OcppMessage.message_type == 4
                )
            )
        ).all()
    assert errors == []
