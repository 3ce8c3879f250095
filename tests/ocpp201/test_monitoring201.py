"""N Monitoring on a real WebSocket 2.0.1 station that checks every frame against the 2.0.1 schemas:
NotifyEvent stored as the charger's device events, the monitor commands from the console
(SetVariableMonitoring, ClearVariableMonitoring, SetMonitoringBase, SetMonitoringLevel,
GetMonitoringReport) and NotifyMonitoringReport stored."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, ChargerDeviceEvent
from domain import monitoring
from tests.helpers.auth import make_user
from tests.ocpp.conftest import register
from tests.ocpp201.conftest import BACKENDS, connect201, server_on

EVENTS = """query($id: ID!) { chargerDeviceEvents(chargerId: $id) { eventId at trigger actualValue
  notificationType component evseId connectorId variable cleared techCode variableMonitoringId } }"""
MONITORS = """query($id: ID!) { variableMonitors(chargerId: $id) { monitorId component evseId variable type
  value severity transaction } }"""
SET = """mutation($input: SetVariableMonitoringInput!) { setVariableMonitoring(input: $input) {
  status errors { code message } } }"""
CLEAR = """mutation($input: ClearVariableMonitoringInput!) { clearVariableMonitoring(input: $input) {
  status errors { code message } } }"""
BASE = """mutation($input: SetMonitoringBaseInput!) { setMonitoringBase(input: $input) {
  status errors { code message } } }"""
LEVEL = """mutation($input: SetMonitoringLevelInput!) { setMonitoringLevel(input: $input) {
  status errors { code message } } }"""
REPORT = """mutation($input: GetMonitoringReportInput!) { getMonitoringReport(input: $input) {
  status errors { code message } } }"""


async def _setup(server: Any, cpid: str) -> tuple[str, str, str]:
    key = await register(server.platform, cpid)
    _, token = await make_user(server.platform, role="admin")
    async with server.platform.sessionmaker() as s:
        c = await s.scalar(select(Charger).where(Charger.charge_point_id == cpid))
        assert c is not None
    return key, token, encode_id("Charger", c.id)


def _event(event_id: int, value: str, **extra: Any) -> dict[str, Any]:
    return {
        "eventId": event_id,
        "timestamp": "2026-12-06T08:00:00Z",
        "trigger": "Delta",
        "actualValue": value,
        "eventNotificationType": "HardWiredNotification",
        "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
        "variable": {"name": "AvailabilityState"},
        **extra,
    }


async def test_tc_n_21_n_49_n_50_csms_notify_event_stored_as_device_events(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-N1")
    async with connect201(server.ocpp_url, "CP-N1", key) as st:
        one = _event(1, "Faulted", techCode="E42", techInfo="lock motor")
        assert (
            await st.call(
                "NotifyEvent", {"generatedAt": "2026-12-06T08:00:01Z", "seqNo": 0, "eventData": [one]}
            )
            == {}
        )
        two = _event(2, "Available", cleared=True)
        three = _event(
            3,
            "231.5",
            trigger="Periodic",
            eventNotificationType="CustomMonitor",
            variableMonitoringId=7,
            component={"name": "EVSE", "evse": {"id": 1}},
            variable={"name": "Voltage"},
        )
        payload = {"generatedAt": "2026-12-06T08:00:02Z", "seqNo": 0, "tbc": False, "eventData": [two, three]}
        assert await st.call("NotifyEvent", payload) == {}
    r = await server.graphql(EVENTS, {"id": cid}, token=token)
    got = r["data"]["chargerDeviceEvents"]
    assert [(e["eventId"], e["actualValue"], e["trigger"]) for e in got] == [
        (3, "231.5", "Periodic"),
        (2, "Available", "Delta"),
        (1, "Faulted", "Delta"),
    ]
    assert got[2]["techCode"] == "E42" and got[2]["evseId"] == 1 and got[2]["connectorId"] == 1
    assert got[1]["cleared"] is True
    assert got[0]["variableMonitoringId"] == 7 and got[0]["notificationType"] == "CustomMonitor"


@pytest.mark.parametrize("backend", BACKENDS)
async def test_device_events_are_bounded_per_charger(
    server_factory: Any, request: pytest.FixtureRequest, backend: str, monkeypatch: Any
) -> None:
    server = await server_on(server_factory, request, backend)
    monkeypatch.setattr(monitoring, "MAX_EVENTS", 3)
    key, token, cid = await _setup(server, "CP-N2")
    async with connect201(server.ocpp_url, "CP-N2", key) as st:
        for n in range(5):
            payload = {"generatedAt": "2026-12-06T08:00:01Z", "seqNo": n, "eventData": [_event(n, str(n))]}
            assert await st.call("NotifyEvent", payload) == {}
    async with server.platform.sessionmaker() as s:
        kept = (await s.scalars(select(ChargerDeviceEvent.event_id).order_by(ChargerDeviceEvent.id))).all()
    assert list(kept) == [2, 3, 4]


async def test_tc_n_08_n_18_n_44_n_05_n_16_n_17_csms_monitor_commands(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-N3")
    async with connect201(server.ocpp_url, "CP-N3", key) as st:
        st.answers["SetVariableMonitoring"] = lambda p: {
            "setMonitoringResult": [
                {
                    "id": 11,
                    "status": "Accepted",
                    "type": d["type"],
                    "severity": d["severity"],
                    "component": d["component"],
                    "variable": d["variable"],
                }
                for d in p["setMonitoringData"]
            ]
        }
        form = {
            "chargerId": cid,
            "component": "EVSE",
            "evseId": 1,
            "variable": "Power",
            "type": "UPPER_THRESHOLD",
            "value": 22000.0,
            "severity": 4,
        }
        r = await server.graphql(SET, {"input": form}, token=token)
        assert r["data"]["setVariableMonitoring"] == {"status": "Accepted", "errors": []}, r
        assert await st.expect("SetVariableMonitoring") == {
            "setMonitoringData": [
                {
                    "value": 22000.0,
                    "type": "UpperThreshold",
                    "severity": 4,
                    "transaction": False,
                    "component": {"name": "EVSE", "evse": {"id": 1}},
                    "variable": {"name": "Power"},
                }
            ]
        }
        r = await server.graphql(MONITORS, {"id": cid}, token=token)
        assert r["data"]["variableMonitors"] == [
            {
                "monitorId": 11,
                "component": "EVSE",
                "evseId": 1,
                "variable": "Power",
                "type": "UpperThreshold",
                "value": 22000.0,
                "severity": 4,
                "transaction": False,
            }
        ]
        # TC_N_44: a monitor the station will not clear stays; TC_N_18: a cleared one goes.
        st.answers["ClearVariableMonitoring"] = {"clearMonitoringResult": [{"status": "Rejected", "id": 11}]}
        r = await server.graphql(CLEAR, {"input": {"chargerId": cid, "monitorIds": [11]}}, token=token)
        assert r["data"]["clearVariableMonitoring"]["status"] == "Rejected"
        assert (
            len((await server.graphql(MONITORS, {"id": cid}, token=token))["data"]["variableMonitors"]) == 1
        )
        st.answers["ClearVariableMonitoring"] = {"clearMonitoringResult": [{"status": "Accepted", "id": 11}]}
        r = await server.graphql(CLEAR, {"input": {"chargerId": cid, "monitorIds": [11]}}, token=token)
        assert r["data"]["clearVariableMonitoring"]["status"] == "Accepted"
        assert (await server.graphql(MONITORS, {"id": cid}, token=token))["data"]["variableMonitors"] == []
        assert await st.expect("ClearVariableMonitoring") == {"id": [11]}

        st.answers["SetMonitoringBase"] = {"status": "Accepted"}
        r = await server.graphql(
            BASE, {"input": {"chargerId": cid, "monitoringBase": "FACTORY_DEFAULT"}}, token=token
        )
        assert r["data"]["setMonitoringBase"]["status"] == "Accepted"
        assert await st.expect("SetMonitoringBase") == {"monitoringBase": "FactoryDefault"}
        st.answers["SetMonitoringLevel"] = {"status": "Accepted"}
        r = await server.graphql(LEVEL, {"input": {"chargerId": cid, "severity": 5}}, token=token)
        assert r["data"]["setMonitoringLevel"]["status"] == "Accepted"
        assert await st.expect("SetMonitoringLevel") == {"severity": 5}
        # TC_N_17: a level out of 0..9 is refused before anything is sent.
        r = await server.graphql(LEVEL, {"input": {"chargerId": cid, "severity": 10}}, token=token)
        assert r["errors"][0]["extensions"]["code"] == "INVALID_INPUT", r


async def test_tc_n_01_n_02_n_03_n_47_csms_get_monitoring_report(server: Any) -> None:
    key, token, cid = await _setup(server, "CP-N4")
    async with connect201(server.ocpp_url, "CP-N4", key) as st:
        st.answers["GetMonitoringReport"] = {"status": "Accepted"}
        r = await server.graphql(
            REPORT,
            {
                "input": {
                    "chargerId": cid,
                    "monitoringCriteria": ["THRESHOLD_MONITORING", "PERIODIC_MONITORING"],
                    "componentVariables": [{"component": "EVSE", "evseId": 1, "variable": "Power"}],
                }
            },
            token=token,
        )
        assert r["data"]["getMonitoringReport"]["status"] == "Accepted", r
        asked = await st.expect("GetMonitoringReport")
        assert asked["monitoringCriteria"] == ["ThresholdMonitoring", "PeriodicMonitoring"]
        assert asked["componentVariable"] == [
            {"component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}}
        ]
        report = {
            "requestId": asked["requestId"],
            "seqNo": 0,
            "generatedAt": "2026-12-06T08:00:00Z",
            "tbc": False,
            "monitor": [
                {
                    "component": {"name": "EVSE", "evse": {"id": 1}},
                    "variable": {"name": "Power"},
                    "variableMonitoring": [
                        {
                            "id": 1,
                            "transaction": False,
                            "value": 23000,
                            "type": "UpperThreshold",
                            "severity": 2,
                        },
                        {"id": 2, "transaction": True, "value": 60, "type": "Periodic", "severity": 8},
                    ],
                }
            ],
        }
        assert await st.call("NotifyMonitoringReport", report) == {}
        st.answers["GetMonitoringReport"] = {"status": "EmptyResultSet"}
        r = await server.graphql(REPORT, {"input": {"chargerId": cid}}, token=token)
        assert r["data"]["getMonitoringReport"]["status"] == "EmptyResultSet"
        assert "componentVariable" not in await st.expect("GetMonitoringReport")
    r = await server.graphql(MONITORS, {"id": cid}, token=token)
    assert [
        (m["monitorId"], m["type"], m["value"], m["transaction"]) for m in r["data"]["variableMonitors"]
    ] == [
        (1, "UpperThreshold", 23000.0, False),
        (2, "Periodic", 60.0, True),
    ]
