"""Fuzz: thousands of malformed and random frames over one connection. Each gets the right CALLERROR
(or a valid answer), the socket and the server stay up, and memory stays flat."""

from __future__ import annotations

import gc
import json
import random
import string
from typing import Any

import psutil
import pytest
import websockets
from ocpp.v16.enums import Action
from websockets.typing import Subprotocol

from ocpp_server import protocol as p
from tests.ocpp.conftest import basic, register

CODES = p.ERROR_CODES
INBOUND = sorted(p.INBOUND_ACTIONS)
ALL = sorted(a.value for a in Action)


def rand_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return rng.randint(-(2**40), 2**40)
    if kind == 1:
        return rng.random() * 1e6
    if kind == 2:
        return "".join(rng.choice(string.printable) for _ in range(rng.randrange(40)))
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return "2026-01-01T00:00:00Z"
    if kind == 5:
        return rng.choice(["Accepted", "Available", "NoError", "Wh", "kWh", ""])
    if kind == 6:
        return [rand_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [
        "connectorId",
        "idTag",
        "status",
        "errorCode",
        "meterStart",
        "timestamp",
        "meterValue",
        "x",
        "vendorId",
    ]
    return {rng.choice(keys): rand_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def make_frame(rng: random.Random, i: int) -> tuple[str | bytes, str | None, str | None]:
    """(frame, expected unique id or None, expected error code or None when any valid answer goes)."""
    uid = f"f{i}"
    kind = rng.randrange(12)
    if kind == 0:
        raw = "".join(rng.choice(string.printable) for _ in range(rng.randrange(1, 80)))
        try:
            json.loads(raw)
        except ValueError:
            return raw, None, "FormationViolation"
        return raw, None, None
    if kind == 1:
        full = json.dumps([2, uid, "Heartbeat", {}])
        return full[: rng.randrange(1, len(full) - 1)], None, "FormationViolation"
    if kind == 2:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 50))), None, "FormationViolation"
    if kind == 3:
        return json.dumps(rand_value(rng)), None, None
    if kind == 4:
        return (
            json.dumps([2, uid, "".join(rng.choice(string.ascii_letters) for _ in range(12)), {}]),
            uid,
            "NotImplemented",
        )
    if kind == 5:
        return json.dumps([2, uid, rng.choice(sorted(set(ALL) - p.INBOUND_ACTIONS)), {}]), uid, "NotSupported"
    if kind == 6:
        return json.dumps([2, uid, rng.choice(INBOUND), rand_value(rng)]), uid, None
    if kind == 7:
        payload = rand_value(rng)
        if not isinstance(payload, dict):
            payload = {}
        return json.dumps([2, uid, rng.choice(INBOUND), payload]), uid, None
    if kind == 8:
        return json.dumps([2, uid, "Heartbeat", {}]), uid, None
    if kind == 9:
        return json.dumps([rng.choice([0, 1, 5, "2", None, 2.5]), uid, "Heartbeat", {}]), None, None
    if kind == 10:
        return json.dumps([2, uid] + [rand_value(rng) for _ in range(rng.randrange(0, 4))]), None, None
    return json.dumps([2, rand_value(rng), "Heartbeat", {}]), None, None


def check(answer: list[Any], expected_uid: str | None, expected_code: str | None, frame: Any) -> None:
    assert isinstance(answer, list) and answer[0] in (3, 4), (frame, answer)
    if expected_uid is not None:
        assert answer[1] == expected_uid, (frame, answer)
    if answer[0] == 4:
        assert answer[2] in CODES, (frame, answer)
        assert len(answer) == 5 and isinstance(answer[4], dict)
        if expected_code is not None:
            assert answer[2] == expected_code, (frame, answer)
    else:
        assert expected_code is None, (frame, answer)
        assert isinstance(answer[2], dict)


@pytest.mark.slow
async def test_fuzz_thousands_of_frames_over_one_connection(server: Any) -> None:
    key = await register(server.platform, "CP-FUZZ")
    rng = random.Random(20261124)
    proc = psutil.Process()
    async with websockets.connect(
        f"{server.ocpp_url}/CP-FUZZ",
        subprotocols=[Subprotocol("ocpp1.6")],
        additional_headers=basic("CP-FUZZ", key or ""),
    ) as ws:
        await ws.send(
            json.dumps([2, "boot", "BootNotification", {"chargePointVendor": "F", "chargePointModel": "Z"}])
        )
        assert json.loads(await ws.recv())[2]["status"] == "Accepted"
        baseline = 0
        for i in range(4000):
            frame, uid, code = make_frame(rng, i)
            await ws.send(frame)
            check(json.loads(await ws.recv()), uid, code, frame)
            if i == 999:
                await server.platform.ocpp.message_log.flush()
                gc.collect()
                baseline = proc.memory_info().rss
        # Answers to CALLs we never sent are ignored; the connection still works.
        await ws.send(json.dumps([3, "nobody-asked", {}]))
        await ws.send(json.dumps([4, "nobody-asked", "GenericError", "", {}]))
        await ws.send(json.dumps([2, "last", "Heartbeat", {}]))
        last = json.loads(await ws.recv())
        assert last[0] == 3 and last[1] == "last"
    await server.platform.ocpp.message_log.flush()
    gc.collect()
    growth = proc.memory_info().rss - baseline
    assert growth < 25 * 1024 * 1024, f"memory grew by {growth / 1e6:.1f} MB over 3000 frames"
