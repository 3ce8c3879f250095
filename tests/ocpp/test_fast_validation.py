"""The precompiled schema check (protocol.fast_check) never accepts a payload jsonschema rejects, and
accepts the ordinary ones (so they skip jsonschema)."""

from __future__ import annotations

import copy
import random
from typing import Any

from ocpp_server import protocol as p

METER_VALUES = {
    "connectorId": 1,
    "transactionId": 7,
    "meterValue": [
        {
            "timestamp": "2024-05-01T10:00:00Z",
            "sampledValue": [
                {"value": "1234", "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                {
                    "value": "7200",
                    "measurand": "Power.Active.Import",
                    "unit": "W",
                    "context": "Sample.Periodic",
                },
                {"value": "32.0", "measurand": "Current.Import", "phase": "L1", "unit": "A"},
                {"value": "54", "measurand": "SoC", "unit": "Percent", "location": "EV"},
            ],
        }
    ],
}
SAMPLES: dict[str, dict[str, Any]] = {
    "MeterValues": METER_VALUES,
    "Heartbeat": {},
    "StatusNotification": {
        "connectorId": 1,
        "errorCode": "NoError",
        "status": "Available",
        "timestamp": "2024-05-01T10:00:00Z",
        "info": "ok",
    },
    "BootNotification": {"chargePointVendor": "PlagSini", "chargePointModel": "X", "firmwareVersion": "1"},
    "StartTransaction": {
        "connectorId": 1,
        "idTag": "TAG",
        "meterStart": 0,
        "timestamp": "2024-05-01T10:00:00Z",
    },
    "StopTransaction": {
        "transactionId": 1,
        "meterStop": 10,
        "timestamp": "2024-05-01T10:00:00Z",
        "reason": "Local",
        "transactionData": METER_VALUES["meterValue"],
    },
    "Authorize": {"idTag": "TAG"},
}
ODD: list[object] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    1.0,
    1.5,
    "",
    "x" * 600,
    "L1",
    "Wh",
    [],
    [{}],
    {},
    {"value": "1"},
    2**40,
]


def mutate(obj: Any, rnd: random.Random) -> Any:
    """One random change somewhere in a copy of obj: replace, delete or add a key/item."""
    obj = copy.deepcopy(obj)
    paths: list[tuple[Any, Any]] = []

    def walk(o: Any) -> None:
        if isinstance(o, dict):
            for k, v in o.items():
                paths.append((o, k))
                walk(v)
        elif isinstance(o, list):
            for i, v in enumerate(o):
                paths.append((o, i))
                walk(v)

    walk(obj)
    if not paths:
        return {rnd.choice(["x", "connectorId"]): rnd.choice(ODD)}
    parent, key = rnd.choice(paths)
    action = rnd.random()
    if action < 0.6:
        parent[key] = rnd.choice(ODD)
    elif action < 0.8:
        del parent[key]
    elif isinstance(parent, dict):
        parent[rnd.choice(["extra", "unit", "phase", "value", "reason"])] = rnd.choice(ODD)
    else:
        parent.append(rnd.choice(ODD))
    return obj


def test_fast_path_agrees_with_jsonschema() -> None:
    rnd = random.Random(1234)
    for action, sample in SAMPLES.items():
        fast = p.fast_check(action, p.CALL)
        assert fast is not None, action
        v = p.validator(action, p.CALL)
        assert v is not None
        assert fast(sample) and v.is_valid(sample), action
        for _ in range(3000):
            payload = mutate(sample, rnd)
            if rnd.random() < 0.3:
                payload = mutate(payload, rnd)
            if fast(payload):
                assert v.is_valid(payload), (action, payload)
