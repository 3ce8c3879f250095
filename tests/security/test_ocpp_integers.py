"""OCPP integers outside their type, from a real WebSocket charger against a node process: for every
inbound 1.6 action, every integer field (found in the action's schema) gets 10^30 and -1. The answer
is a typed CALLERROR (TypeConstraintViolation / PropertyConstraintViolation; never InternalError) or
a CALLRESULT where the value is legal; the socket stays up and answers the next frame; the node logs
one line per refused frame and no traceback (a connectorId of 10^30 used to reach the database)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from typing import Any

import ocpp
import pytest
import websockets
from websockets.typing import Subprotocol

from bench.extreme_inputs import login, register_charger
from ocpp_server.protocol import INBOUND_ACTIONS
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD

SCHEMAS = os.path.join(os.path.dirname(ocpp.__file__), "v16", "schemas")
NOW = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def base_payloads(transaction_id: int) -> dict[str, dict[str, Any]]:
    """A valid request of every inbound action."""
    meter_value = [
        {"timestamp": NOW, "sampledValue": [{"value": "10", "measurand": "Energy.Active.Import.Register"}]}
    ]
    return {
        "Authorize": {"idTag": "SWEEPTAG"},
        "BootNotification": {"chargePointVendor": "PlagSini", "chargePointModel": "Sweep"},
        "DataTransfer": {"vendorId": "sweep"},
        "DiagnosticsStatusNotification": {"status": "Idle"},
        "FirmwareStatusNotification": {"status": "Idle"},
        "Heartbeat": {},
        "MeterValues": {"connectorId": 1, "transactionId": transaction_id, "meterValue": meter_value},
        "StartTransaction": {"connectorId": 1, "idTag": "SWEEPTAG", "meterStart": 0, "timestamp": NOW},
        "StatusNotification": {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
        "StopTransaction": {"meterStop": 10, "timestamp": NOW, "transactionId": transaction_id},
        # the security extension
        "LogStatusNotification": {"status": "Idle", "requestId": 1},
        "SecurityEventNotification": {"type": "StartupOfTheDevice", "timestamp": NOW},
        "SignCertificate": {"csr": "not a CSR"},
        "SignedFirmwareStatusNotification": {"status": "Idle", "requestId": 1},
    }


def integer_paths(schema: dict[str, Any], path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of the integer fields of a schema (list items as index 0)."""
    if schema.get("type") == "integer":
        yield path
    for name, sub in (schema.get("properties") or {}).items():
        yield from integer_paths(sub, (*path, name))
    items = schema.get("items")
    if isinstance(items, dict):
        yield from integer_paths(items, (*path, 0))


def with_value(payload: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    out = list(payload) if isinstance(payload, list) else dict(payload)
    if isinstance(out, list):
        out[0] = with_value(out[0] if out else {}, rest, value)
    else:
        out[head] = with_value(out.get(head, {}), rest, value)
    return out


def _schema(action: str) -> dict[str, Any]:
    """The action's request schema as the ocpp library ships it."""
    with open(os.path.join(SCHEMAS, action + ".json"), encoding="utf-8-sig") as f:
        return dict(json.load(f))


class Charger:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def call(self, action: str, payload: Any) -> list[Any]:
        uid = uuid.uuid4().hex[:16]
        await self.ws.send(json.dumps([2, uid, action, payload]))
        async with asyncio.timeout(15):
            while True:
                msg = json.loads(await self.ws.recv())
                if msg[0] == 2:  # a command from the central system: answer it
                    await self.ws.send(json.dumps([3, msg[1], {"status": "Accepted"}]))
                elif msg[1] == uid:
                    return list(msg)


@pytest.mark.parametrize("database", ["sqlite", pytest.param("mariadb", marks=pytest.mark.mariadb)])
async def test_every_integer_of_every_inbound_action_out_of_range(
    spawn_node: Any, database: str, request: pytest.FixtureRequest
) -> None:
    env: dict[str, str] = {}
    if database == "mariadb":
        env["DATABASE_URL"] = str(request.getfixturevalue("migrated_mariadb_url"))
    node = await asyncio.to_thread(spawn_node, **env)
    admin = await asyncio.to_thread(login, node.http_url, TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD)
    await asyncio.to_thread(register_charger, node.http_url, admin, "INTSWEEP1")
    async with websockets.connect(f"{node.ocpp_url}/INTSWEEP1", subprotocols=[Subprotocol("ocpp1.6")]) as ws:
        cp = Charger(ws)
        boot = await cp.call(
            "BootNotification", {"chargePointVendor": "PlagSini", "chargePointModel": "Sweep"}
        )
        assert boot[0] == 3 and boot[2]["status"] == "Accepted", boot
        started = await cp.call("StartTransaction", base_payloads(0)["StartTransaction"])
        assert started[0] == 3, started
        payloads = base_payloads(int(started[2]["transactionId"]))
        tried: list[str] = []
        bad: list[str] = []
        for action in sorted(INBOUND_ACTIONS):
            for path in integer_paths(_schema(action)):
                for value in (10**30, -1):
                    where = f"{action}.{'.'.join(map(str, path))}={'10^30' if value > 0 else value}"
                    tried.append(where)
                    answer = await cp.call(action, with_value(payloads[action], path, value))
                    if answer[0] == 4:
                        expected = (
                            {"TypeConstraintViolation"} if value > 0 else {"PropertyConstraintViolation"}
                        )
                        if answer[2] not in expected:
                            bad.append(f"{where}: CALLERROR {answer[2]} {answer[3]}")
                    elif value > 0:
                        bad.append(f"{where}: accepted ({answer})")
                    # the socket stays up and the next valid frame is answered
                    beat = await cp.call("Heartbeat", {})
                    assert beat[0] == 3, (where, beat)
        assert len(tried) >= 16, tried  # 8 integer fields of the inbound actions, two values each
        assert not bad, "\n".join(bad)
    log = node.output()
    assert "Traceback" not in log and "InternalError" not in log, log[-5000:]
    refused = [line for line in log.splitlines() if "INTSWEEP1" in line and "refused with" in line]
    assert len(refused) >= len(tried) // 2, log[-3000:]  # one line per refused frame
