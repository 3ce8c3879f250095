"""B Provisioning, OCTT TC_B_08: GetVariables within the station's DeviceDataCtrlr.ItemsPerMessage and
BytesPerMessage[GetVariables], as its device model reported them. The console's GetConfiguration of
more variables than one request may carry goes out as several GetVariables, in order, and the answers
come back as one. Driven by a real WebSocket 2.0.1 station that checks every frame against the 2.0.1
schemas."""

from __future__ import annotations

import json
from typing import Any

import pytest

from domain import device_model
from tests.ocpp201.conftest import Station201, connect201
from tests.ocpp201.test_device_model201 import _send_report, attr
from tests.ocpp201.test_display_messages201 import _setup

GET = """mutation($input: GetConfigurationInput!) { getConfiguration(input: $input) {
  status configuration { key value } unknownKeys errors { code message field } } }"""
KEYS = [
    "OCPPCommCtrlr.HeartbeatInterval",
    "OCPPCommCtrlr.OfflineThreshold",
    "TxCtrlr.EVConnectionTimeOut",
    "AuthCtrlr.AuthorizeRemoteStart",
    "SampledDataCtrlr.TxUpdatedInterval",
]


def _limit(name: str, value: int) -> dict[str, Any]:
    return {
        "component": {"name": "DeviceDataCtrlr"},
        "variable": {"name": name, "instance": "GetVariables"},
        "variableAttribute": [attr(str(value), mutability="ReadOnly")],
        "variableCharacteristics": {"dataType": "integer", "supportsMonitoring": False},
    }


def _answer(payload: dict[str, Any]) -> dict[str, Any]:
    results = []
    for d in payload["getVariableData"]:
        known = d["variable"]["name"] != "AuthorizeRemoteStart"
        r = {"attributeStatus": "Accepted" if known else "UnknownVariable", **d}
        if known:
            r["attributeValue"] = str(len(d["variable"]["name"]))
        results.append(r)
    return {"getVariableResult": results}


async def _boot_with(st: Station201, limits: list[dict[str, Any]]) -> None:
    st.answers["GetBaseReport"] = {"status": "Accepted"}
    st.answers["GetVariables"] = _answer
    await st.boot()
    asked = await st.expect("GetBaseReport")
    other = {
        "component": {"name": "OCPPCommCtrlr"},
        "variable": {"name": "HeartbeatInterval"},
        "variableAttribute": [attr("60")],
    }
    await _send_report(st, asked["requestId"], [[other, *limits]])


async def _received(st: Station201, action: str) -> list[dict[str, Any]]:
    return [p for a, p in [st.received.get_nowait() for _ in range(st.received.qsize())] if a == action]


@pytest.mark.parametrize(
    ("limits", "sizes"),
    [
        ([_limit("ItemsPerMessage", 2)], [2, 2, 1]),
        ([_limit("ItemsPerMessage", 10), _limit("BytesPerMessage", 330)], [2, 2, 1]),
        ([], [5]),  # no limits reported: one request
    ],
)
async def test_tc_b_08_csms_get_variables_within_items_and_bytes_per_message(
    server: Any, limits: list[dict[str, Any]], sizes: list[int]
) -> None:
    key, token, cid = await _setup(server, "CP-B08")
    async with connect201(server.ocpp_url, "CP-B08", key, boot=False) as st:
        await _boot_with(st, limits)
        r = await server.graphql(GET, {"input": {"chargerId": cid, "keys": KEYS}}, token=token)
        out = r["data"]["getConfiguration"]
        assert out["errors"] == [], r
        sent = await _received(st, "GetVariables")
    assert [len(p["getVariableData"]) for p in sent] == sizes
    asked = [f"{d['component']['name']}.{d['variable']['name']}" for p in sent for d in p["getVariableData"]]
    assert asked == KEYS  # in order, each once
    for p in sent:
        frame = json.dumps([2, "x" * 36, "GetVariables", p], separators=(",", ":"))
        for lim in limits:
            if lim["variable"]["name"] == "BytesPerMessage":
                assert len(frame.encode()) <= int(lim["variableAttribute"][0]["value"])
    assert [c["key"] for c in out["configuration"]] == [k for k in KEYS if "AuthorizeRemoteStart" not in k]
    assert out["unknownKeys"] == ["AuthCtrlr.AuthorizeRemoteStart"]


def test_batches_never_exceed_either_limit_and_keep_every_key() -> None:
    keys = [f"Component{n}.Variable{'x' * (n % 7)}" for n in range(40)]
    for items, size in ((1, None), (3, None), (None, 400), (7, 300), (None, 10)):
        parts = device_model.batches(keys, items, size)
        assert [k for p in parts for k in p] == keys
        for p in parts:
            assert p
            if items is not None:
                assert len(p) <= items
            if size is not None and len(p) > 1:
                body = {
                    "getVariableData": [
                        {"component": {"name": k.split(".")[0]}, "variable": {"name": k.split(".")[1]}}
                        for k in p
                    ]
                }
                assert len(json.dumps([2, "x" * 36, "GetVariables", body], separators=(",", ":"))) <= size
