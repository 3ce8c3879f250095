"""B Provisioning, the device model: GetBaseReport / GetReport from the console, NotifyReport parts
stored as the station's device model, edits through SetVariables, SetNetworkProfile; driven by a real
WebSocket 2.0.1 station that checks every frame against the 2.0.1 schemas."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from api.relay import encode_id
from db.models import Charger, DeviceModelReport
from tests.helpers.auth import make_user
from tests.ocpp.conftest import register
from tests.ocpp201.conftest import BACKENDS, Station201, connect201, server_on


def attr(value: str | None, *, kind: str = "Actual", mutability: str = "ReadWrite") -> dict[str, Any]:
    a: dict[str, Any] = {"type": kind, "mutability": mutability, "persistent": True, "constant": False}
    if value is not None:
        a["value"] = value
    return a


def item(
    component: str,
    variable: str,
    *attrs: dict[str, Any],
    evse: dict[str, int] | None = None,
    data_type: str = "integer",
    **characteristics: Any,
) -> dict[str, Any]:
    comp: dict[str, Any] = {"name": component}
    if evse is not None:
        comp["evse"] = evse
    return {
        "component": comp,
        "variable": {"name": variable},
        "variableAttribute": list(attrs),
        "variableCharacteristics": {"dataType": data_type, "supportsMonitoring": False, **characteristics},
    }


FULL_PART_1 = [
    item("OCPPCommCtrlr", "HeartbeatInterval", attr("60"), unit="s", minLimit=1, maxLimit=86400),
    item("SecurityCtrlr", "BasicAuthPassword", attr(None, mutability="WriteOnly"), data_type="string"),
    item("SecurityCtrlr", "Identity", attr("CP-DM", mutability="ReadOnly"), data_type="string"),
]
FULL_PART_2 = [
    item(
        "EVSE",
        "Power",
        attr("22000", mutability="ReadOnly"),
        attr("22000", kind="MaxSet", mutability="ReadOnly"),
        evse={"id": 1},
        data_type="decimal",
        unit="W",
    ),
    item(
        "Connector",
        "ConnectorType",
        attr("cType2", mutability="ReadOnly"),
        evse={"id": 1, "connectorId": 1},
        data_type="string",
    ),
]

DEVICE_MODEL = """query($id: ID!, $component: String, $variable: String) {
  chargerDeviceModel(chargerId: $id, component: $component, variable: $variable) {
    reports { kind status parts }
    variables { component componentInstance evseId connectorId variable variableInstance attributeType
      value mutability unit dataType minLimit maxLimit }
  } }"""


async def _charger_id(server: Any, cpid: str) -> int:
    async with server.platform.sessionmaker() as s:
        c = await s.scalar(select(Charger).where(Charger.charge_point_id == cpid))
        assert c is not None
        return c.id


async def _report(server: Any, request_id: int) -> DeviceModelReport:
    async with server.platform.sessionmaker() as s:
        r = await s.get(DeviceModelReport, request_id)
        assert r is not None
        return r


async def _send_report(st: Station201, request_id: int, parts: list[list[dict[str, Any]]]) -> None:
    for n, data in enumerate(parts):
        answer = await st.call(
            "NotifyReport",
            {
                "requestId": request_id,
                "generatedAt": "2026-12-06T08:00:00Z",
                "seqNo": n,
                "tbc": n < len(parts) - 1,
                "reportData": data,
            },
        )
        assert answer == {}


@pytest.mark.parametrize("backend", BACKENDS)
async def test_tc_b_13_csms_full_inventory_fetched_after_boot_and_stored(
    server_factory: Any, request: pytest.FixtureRequest, backend: str
) -> None:
    """After an accepted boot the platform asks for the full inventory (GetBaseReport FullInventory);
    the NotifyReport parts (seqNo, tbc) become the device model, browsable in GraphQL by component and
    variable (a part of the name, either case; LIKE's wildcards taken literally); a write-only password
    is never stored. On SQLite and MariaDB."""
    server = await server_on(server_factory, request, backend)
    key = await register(server.platform, "CP-DM")
    async with connect201(server.ocpp_url, "CP-DM", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "Accepted"}
        assert (await st.boot())["status"] == "Accepted"
        asked = await st.expect("GetBaseReport")
        assert asked["reportBase"] == "FullInventory"
        await _send_report(st, asked["requestId"], [FULL_PART_1, FULL_PART_2])
        report = await _report(server, asked["requestId"])
        assert (report.kind, report.status, report.parts, report.last_seq_no) == (
            "FullInventory",
            "Complete",
            2,
            1,
        )
    _, token = await make_user(server.platform, role="admin")
    cid = encode_id("Charger", await _charger_id(server, "CP-DM"))
    r = await server.graphql(DEVICE_MODEL, {"id": cid}, token=token)
    dm = r["data"]["chargerDeviceModel"]
    assert dm["reports"] == [{"kind": "FullInventory", "status": "Complete", "parts": 2}]
    rows = {
        (v["component"], v["evseId"], v["connectorId"], v["variable"], v["attributeType"]): v
        for v in dm["variables"]
    }
    assert len(rows) == 6
    hb = rows[("OCPPCommCtrlr", None, None, "HeartbeatInterval", "Actual")]
    assert (hb["value"], hb["mutability"], hb["unit"], hb["dataType"], hb["minLimit"], hb["maxLimit"]) == (
        "60",
        "ReadWrite",
        "s",
        "integer",
        1.0,
        86400.0,
    )
    assert rows[("EVSE", 1, None, "Power", "MaxSet")]["value"] == "22000"
    assert rows[("Connector", 1, 1, "ConnectorType", "Actual")]["value"] == "cType2"
    assert rows[("SecurityCtrlr", None, None, "BasicAuthPassword", "Actual")]["value"] is None
    r = await server.graphql(
        DEVICE_MODEL, {"id": cid, "component": "security", "variable": "ident"}, token=token
    )
    assert [v["variable"] for v in r["data"]["chargerDeviceModel"]["variables"]] == ["Identity"]
    r = await server.graphql(DEVICE_MODEL, {"id": cid, "variable": "%"}, token=token)
    assert r["data"]["chargerDeviceModel"]["variables"] == []


GET_BASE_REPORT = """mutation($input: GetBaseReportInput!) { getBaseReport(input: $input) {
  status errors { code message } } }"""
GET_REPORT = """mutation($input: GetReportInput!) { getReport(input: $input) {
  status errors { code message } } }"""
SET_VARIABLE = """mutation($input: SetDeviceVariableInput!) { setDeviceVariable(input: $input) {
  status response errors { code message } } }"""


ENUM = {
    "ConfigurationInventory": "CONFIGURATION_INVENTORY",
    "SummaryInventory": "SUMMARY_INVENTORY",
    "FullInventory": "FULL_INVENTORY",
}


@pytest.mark.parametrize("base", ["ConfigurationInventory", "SummaryInventory", "FullInventory"])
async def test_tc_b_12_b_13_b_14_csms_get_base_report_from_the_console(server: Any, base: str) -> None:
    """TC_B_12 (ConfigurationInventory), TC_B_13 (FullInventory), TC_B_14 (SummaryInventory): the
    console's request; a later ConfigurationInventory updates the values a FullInventory stored."""
    key = await register(server.platform, "CP-BR")
    _, token = await make_user(server.platform, role="admin")
    cid = encode_id("Charger", await _charger_id(server, "CP-BR"))
    async with connect201(server.ocpp_url, "CP-BR", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "Accepted"}
        await st.boot()
        first = await st.expect("GetBaseReport")
        await _send_report(st, first["requestId"], [FULL_PART_1 + FULL_PART_2])
        r = await server.graphql(
            GET_BASE_REPORT, {"input": {"chargerId": cid, "reportBase": ENUM[base]}}, token=token
        )
        assert r["data"]["getBaseReport"] == {"status": "Accepted", "errors": []}, r
        asked = await st.expect("GetBaseReport")
        assert asked["reportBase"] == base and asked["requestId"] != first["requestId"]
        await _send_report(
            st, asked["requestId"], [[item("OCPPCommCtrlr", "HeartbeatInterval", attr("300"))]]
        )
    r = await server.graphql(DEVICE_MODEL, {"id": cid, "variable": "Heartbeat"}, token=token)
    dm = r["data"]["chargerDeviceModel"]
    assert [v["value"] for v in dm["variables"]] == ["300"]
    assert dm["reports"][0] == {"kind": base, "status": "Complete", "parts": 1}
    # A FullInventory replaces the model: the other variables went; the others only update.
    r = await server.graphql(DEVICE_MODEL, {"id": cid}, token=token)
    assert len(r["data"]["chargerDeviceModel"]["variables"]) == (1 if base == "FullInventory" else 6)


async def test_tc_b_12_csms_refused_and_empty_reports_are_recorded(server: Any) -> None:
    key = await register(server.platform, "CP-NS")
    _, token = await make_user(server.platform, role="admin")
    cid = encode_id("Charger", await _charger_id(server, "CP-NS"))
    async with connect201(server.ocpp_url, "CP-NS", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "NotSupported"}
        await st.boot()
        await st.expect("GetBaseReport")
        r = await server.graphql(
            GET_BASE_REPORT, {"input": {"chargerId": cid, "reportBase": "SUMMARY_INVENTORY"}}, token=token
        )
        assert r["data"]["getBaseReport"]["status"] == "NotSupported"
        st.answers["GetReport"] = {"status": "EmptyResultSet"}
        r = await server.graphql(
            GET_REPORT, {"input": {"chargerId": cid, "componentCriteria": ["PROBLEM"]}}, token=token
        )
        assert r["data"]["getReport"]["status"] == "EmptyResultSet"
    await server.background_done()  # the boot's FullInventory request records its answer on its own
    r = await server.graphql(DEVICE_MODEL, {"id": cid}, token=token)
    assert [(x["kind"], x["status"]) for x in r["data"]["chargerDeviceModel"]["reports"]] == [
        ("Criteria", "EmptyResultSet"),
        ("SummaryInventory", "NotSupported"),
        ("FullInventory", "NotSupported"),
    ]


async def test_tc_b_18_csms_get_report_with_criteria_and_variables(server: Any) -> None:
    key = await register(server.platform, "CP-GR")
    _, token = await make_user(server.platform, role="admin")
    cid = encode_id("Charger", await _charger_id(server, "CP-GR"))
    async with connect201(server.ocpp_url, "CP-GR", key) as st:
        st.answers["GetReport"] = {"status": "Accepted"}
        r = await server.graphql(
            GET_REPORT,
            {
                "input": {
                    "chargerId": cid,
                    "componentCriteria": ["AVAILABLE", "ENABLED"],
                    "componentVariables": [
                        {"component": "EVSE", "evseId": 1, "variable": "Power"},
                        {"component": "OCPPCommCtrlr"},
                    ],
                }
            },
            token=token,
        )
        assert r["data"]["getReport"]["status"] == "Accepted", r
        asked = await st.expect("GetReport")
        assert asked["componentCriteria"] == ["Available", "Enabled"]
        assert asked["componentVariable"] == [
            {"component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"}},
            {"component": {"name": "OCPPCommCtrlr"}},
        ]
        await _send_report(st, asked["requestId"], [FULL_PART_2[:1]])
    report = await _report(server, asked["requestId"])
    assert (report.kind, report.status) == ("Criteria", "Complete")


async def test_tc_b_09_csms_device_model_edit_sends_set_variables_and_stores_accepted(server: Any) -> None:
    """Editing a writable variable sends SetVariables for exactly that attribute; Accepted updates the
    stored value, Rejected leaves it; a password is refused before anything is sent; a 1.6 charger
    gets no 2.0.1 command."""
    key = await register(server.platform, "CP-SV")
    _, token = await make_user(server.platform, role="admin")
    cid = encode_id("Charger", await _charger_id(server, "CP-SV"))
    async with connect201(server.ocpp_url, "CP-SV", key, boot=False) as st:
        st.answers["GetBaseReport"] = {"status": "Accepted"}
        await st.boot()
        first = await st.expect("GetBaseReport")
        await _send_report(st, first["requestId"], [FULL_PART_1 + FULL_PART_2])
        edit = {
            "chargerId": cid,
            "component": "OCPPCommCtrlr",
            "variable": "HeartbeatInterval",
            "value": "90",
        }
        r = await server.graphql(SET_VARIABLE, {"input": edit}, token=token)
        assert r["data"]["setDeviceVariable"]["status"] == "Accepted", r
        sent = await st.expect("SetVariables")
        assert sent == {
            "setVariableData": [
                {
                    "attributeType": "Actual",
                    "attributeValue": "90",
                    "component": {"name": "OCPPCommCtrlr"},
                    "variable": {"name": "HeartbeatInterval"},
                }
            ]
        }
        st.answers["SetVariables"] = lambda p: {
            "setVariableResult": [
                {
                    "attributeStatus": "Rejected",
                    "component": d["component"],
                    "variable": d["variable"],
                    "attributeType": d.get("attributeType", "Actual"),
                }
                for d in p["setVariableData"]
            ]
        }
        r = await server.graphql(SET_VARIABLE, {"input": {**edit, "value": "5"}}, token=token)
        assert r["data"]["setDeviceVariable"]["status"] == "Rejected", r
        r = await server.graphql(
            SET_VARIABLE,
            {
                "input": {
                    **edit,
                    "component": "SecurityCtrlr",
                    "variable": "BasicAuthPassword",
                    "value": "0123456789abcdef01",
                }
            },
            token=token,
        )
        assert r["data"]["setDeviceVariable"]["errors"][0]["code"] == "INVALID_INPUT", r
    r = await server.graphql(DEVICE_MODEL, {"id": cid, "variable": "HeartbeatInterval"}, token=token)
    assert [v["value"] for v in r["data"]["chargerDeviceModel"]["variables"]] == ["90"]


SET_NETWORK_PROFILE = """mutation($input: SetNetworkProfileInput!) { setNetworkProfile(input: $input) {
  status errors { code message field } } }"""


@pytest.mark.parametrize(("answer", "case"), [("Accepted", "TC_B_42"), ("Failed", "TC_B_44")])
async def test_tc_b_42_b_44_csms_set_network_profile(server: Any, answer: str, case: str) -> None:
    """SetNetworkProfile from the console's form; the station's answer is shown; out-of-range values are
    refused before anything is sent; a 1.6 charger gets no 2.0.1 command."""
    from tests.ocpp.conftest import connect

    key = await register(server.platform, "CP-NP")
    _, token = await make_user(server.platform, role="admin")
    cid = encode_id("Charger", await _charger_id(server, "CP-NP"))
    form = {
        "chargerId": cid,
        "configurationSlot": 2,
        "ocppCsmsUrl": "wss://csms.example.com/ocpp/",
        "securityProfile": 2,
        "messageTimeout": 45,
        "ocppInterface": "WIRELESS0",
    }
    async with connect201(server.ocpp_url, "CP-NP", key) as st:
        st.answers["SetNetworkProfile"] = {"status": answer}
        r = await server.graphql(SET_NETWORK_PROFILE, {"input": form}, token=token)
        assert r["data"]["setNetworkProfile"] == {"status": answer, "errors": []}, (case, r)
        assert await st.expect("SetNetworkProfile") == {
            "configurationSlot": 2,
            "connectionData": {
                "ocppVersion": "OCPP20",
                "ocppTransport": "JSON",
                "ocppCsmsUrl": "wss://csms.example.com/ocpp/",
                "messageTimeout": 45,
                "securityProfile": 2,
                "ocppInterface": "Wireless0",
            },
        }
        r = await server.graphql(SET_NETWORK_PROFILE, {"input": {**form, "securityProfile": 4}}, token=token)
        assert r["errors"][0]["extensions"]["code"] == "INVALID_INPUT", r
    key16 = await register(server.platform, "CP-NP16")
    cid16 = encode_id("Charger", await _charger_id(server, "CP-NP16"))
    async with connect(server.ocpp_url, "CP-NP16", key16):
        r = await server.graphql(SET_NETWORK_PROFILE, {"input": {**form, "chargerId": cid16}}, token=token)
        assert r["data"]["setNetworkProfile"]["errors"][0]["code"] == "INVALID_COMMAND", r
