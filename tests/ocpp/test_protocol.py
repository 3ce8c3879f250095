"""OCPP-J protocol rules: CALLERROR codes for bad frames (socket stays up, nothing stored), SecurityError
before boot, one outstanding CALL per direction, typed timeouts."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import func, select

from db.models import ChargingSession, MeterValue, OcppMessage
from domain.gateway_errors import (
    ChargerOffline,
    CommandRejected,
    CommandTimeout,
    InvalidCommand,
    UnknownCharger,
)
from ocpp_server.command_bus import get_bus

BAD_FRAMES: list[tuple[str, str, str]] = [
    # (raw frame, unique id of the answer, expected CALLERROR code)
    ("this is not json", "-1", "FormationViolation"),
    ('[2, "a1", "Heartbeat", {}', "a1", "FormationViolation"),
    ('{"not": "an array"}', "-1", "FormationViolation"),
    ("[]", "-1", "FormationViolation"),
    ('[9, "a2", "Heartbeat", {}]', "a2", "FormationViolation"),
    ("[2]", "-1", "ProtocolError"),
    ('[2, "a3", "Heartbeat"]', "a3", "ProtocolError"),
    ('[2, "a4", 42, {}]', "a4", "FormationViolation"),
    ('[2, "a5", "Heartbeat", []]', "a5", "FormationViolation"),
    ('[2, "a6", "FlyToTheMoon", {}]', "a6", "NotImplemented"),
    ('[2, "a7", "RemoteStartTransaction", {"idTag": "X"}]', "a7", "NotSupported"),
    (
        '[2, "a8", "SignedFirmwareStatusNotification", {"status": "Bogus"}]',
        "a8",
        "PropertyConstraintViolation",
    ),
    ('[2, "a9", "StartTransaction", {"connectorId": 1}]', "a9", "OccurenceConstraintViolation"),
    (
        '[2, "b1", "StartTransaction", {"connectorId": "one", "idTag": "T", "meterStart": 0, '
        '"timestamp": "2026-01-01T00:00:00Z"}]',
        "b1",
        "TypeConstraintViolation",
    ),
    (
        '[2, "b2", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Sleeping"}]',
        "b2",
        "PropertyConstraintViolation",
    ),
    ('[2, "b3", "Heartbeat", {"extra": 1}]', "b3", "FormationViolation"),
    (
        '[2, "b4", "StartTransaction", {"connectorId": 1, "idTag": "T", "meterStart": 0, '
        '"timestamp": "yesterday"}]',
        "b4",
        "TypeConstraintViolation",
    ),
    (
        '[2, "b5", "Authorize", {"idTag": "THIS-TAG-IS-LONGER-THAN-20"}]',
        "b5",
        "TypeConstraintViolation",
    ),
]


@pytest.mark.parametrize(("frame", "uid", "code"), BAD_FRAMES)
async def test_bad_frames_get_callerror_and_nothing_is_stored(
    server: Any, charger: Any, frame: str, uid: str, code: str
) -> None:
    answer = await charger.raw(frame, uid)
    assert answer[0] == 4 and answer[1] == uid and answer[2] == code, answer
    # The socket stays up and works.
    hb = await charger.call(call.Heartbeat(), suppress=False)
    assert hb.current_time
    async with server.platform.sessionmaker() as s:
        assert (await s.execute(select(func.count()).select_from(ChargingSession))).scalar() == 0
        assert (await s.execute(select(func.count()).select_from(MeterValue))).scalar() == 0
    # ... but the frame is in the message log.
    await server.platform.ocpp.message_log.flush()
    async with server.platform.sessionmaker() as s:
        logged = (
            (
                await s.execute(
                    select(OcppMessage).where(OcppMessage.direction == "out", OcppMessage.error_code == code)
                )
            )
            .scalars()
            .all()
        )
        assert logged


async def test_message_log_records_every_frame_with_latency(server: Any, charger: Any, listen: Any) -> None:
    events = await listen("ocpp.CP-1.log")
    await charger.call(call.Heartbeat(), suppress=False)
    live = await events.wait(lambda ch, e: e["action"] == "Heartbeat" and e["direction"] == "out")
    assert live["latency_ms"] is not None and live["message_type"] == 3
    async with server.platform.sessionmaker() as s:
        rows = (
            (
                await s.execute(
                    select(OcppMessage).where(OcppMessage.charger_id == "CP-1").order_by(OcppMessage.id)
                )
            )
            .scalars()
            .all()
        )
    actions = [(r.direction, r.action) for r in rows]
    assert ("in", "BootNotification") in actions and ("out", "BootNotification") in actions
    assert ("in", "Heartbeat") in actions and ("out", "Heartbeat") in actions


async def test_outbound_call_errors_are_typed(server: Any, charger: Any) -> None:
    p = server.platform
    charger.answers["Reset"] = ("error", "NotSupported")
    with pytest.raises(CommandRejected) as e:
        await get_bus(p).send_command("CP-1", "Reset", {"type": "Hard"})
    assert e.value.error_code == "NotSupported"
    with pytest.raises(InvalidCommand):
        await get_bus(p).send_command("CP-1", "Reset", {"type": "Sideways"})
    charger.answers["ClearCache"] = None  # never answers
    with pytest.raises(CommandTimeout):
        await get_bus(p).send_command("CP-1", "ClearCache", {}, timeout=0.5)
    with pytest.raises(UnknownCharger):
        await get_bus(p).send_command("NOPE", "ClearCache", {})


async def test_offline_charger_is_a_typed_error(server: Any) -> None:
    from tests.ocpp.conftest import register

    await register(server.platform, "CP-OFF")
    with pytest.raises(ChargerOffline):
        await get_bus(server.platform).send_command("CP-OFF", "ClearCache", {})


async def test_one_outstanding_call_per_direction(server: Any, charger: Any) -> None:
    charger.delay["GetLocalListVersion"] = 0.3
    first = asyncio.create_task(get_bus(server.platform).send_command("CP-1", "GetLocalListVersion", {}))
    await charger.expect("GetLocalListVersion")
    second = asyncio.create_task(get_bus(server.platform).send_command("CP-1", "ClearCache", {}))
    assert (await second)["status"] == "Accepted"
    assert (await first)["listVersion"] == 0
    # The second CALL went out only after the first was answered.
    assert charger.log == [
        "recv GetLocalListVersion",
        "answered GetLocalListVersion",
        "recv ClearCache",
        "answered ClearCache",
    ]


async def test_json_numbers_and_unicode_survive(server: Any, charger: Any) -> None:
    charger.answers["DataTransfer"] = lambda a, p: {"status": "Accepted", "data": p.get("data")}
    out = await get_bus(server.platform).send_command(
        "CP-1", "DataTransfer", {"vendorId": "X", "data": json.dumps({"k": "ü€"})}
    )
    assert json.loads(out["data"]) == {"k": "ü€"}
