"""The firmware as an OCPP 2.0.1 station names its transactions itself: a central system may send a
TxProfile for a transaction as soon as its TransactionEvent Started arrives, before answering it (a
load manager that allocates at once does). The station takes it. A small 2.0.1 central system here
answers the station and checks every frame it sends against the 2.0.1 schemas."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
import websockets
from websockets.typing import Subprotocol

from tests.ocpp201.conftest import check

from .conftest import RunningCharger, fw_config

CP = "CP201"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


ANSWERS: dict[str, Any] = {
    "BootNotification": lambda p: {"currentTime": _now(), "interval": 30, "status": "Accepted"},
    "Heartbeat": lambda p: {"currentTime": _now()},
    "StatusNotification": lambda p: {},
    "Authorize": lambda p: {"idTokenInfo": {"status": "Accepted"}},
    "TransactionEvent": lambda p: {"idTokenInfo": {"status": "Accepted"}} if "idToken" in p else {},
    "MeterValues": lambda p: {},
}


def tx_profile(transaction_id: str, amps: int) -> dict[str, Any]:
    return {
        "evseId": 1,
        "chargingProfile": {
            "id": 501,
            "stackLevel": 1,
            "chargingProfilePurpose": "TxProfile",
            "chargingProfileKind": "Relative",
            "transactionId": transaction_id,
            "chargingSchedule": [
                {
                    "id": 1,
                    "chargingRateUnit": "A",
                    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": amps}],
                }
            ],
        },
    }


@pytest.mark.asyncio
async def test_a_tx_profile_sent_before_the_started_event_is_answered_is_accepted(tmp_path: Any) -> None:
    answer: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()

    async def central_system(ws: Any) -> None:
        assert ws.subprotocol == "ocpp2.0.1"
        async for raw in ws:
            msg = json.loads(raw)
            if msg[0] != 2:
                continue
            _, uid, action, payload = msg
            check(action, "Request", payload)
            if action == "TransactionEvent" and payload["eventType"] == "Started" and not answer.done():
                profile = tx_profile(payload["transactionInfo"]["transactionId"], 10)
                check("SetChargingProfile", "Request", profile)
                await ws.send(json.dumps([2, "profile-1", "SetChargingProfile", profile]))
                # One CALL at a time from the station: its next frame answers ours.
                got = json.loads(await ws.recv())
                assert got[:2] == [3, "profile-1"], got
                check("SetChargingProfile", "Response", got[2])
                answer.set_result(got)
            result = ANSWERS[action](payload)
            check(action, "Response", result)
            await ws.send(json.dumps([3, uid, result]))

    async with websockets.serve(
        central_system, "127.0.0.1", 0, subprotocols=[Subprotocol("ocpp2.0.1")]
    ) as server:
        port = server.sockets[0].getsockname()[1]
        store = str(tmp_path / "cp")
        charger = RunningCharger(fw_config(f"ws://127.0.0.1:{port}", CP, store, protocol="ocpp2.0.1"), store)
        charger.power_on()
        try:
            await charger.booted()
            charger.hal.ev(1).plug()
            assert await charger.cp.present_id_tag("TAG-201")
            got = await asyncio.wait_for(answer, 10)
            assert got[2] == {"status": "Accepted"}, got
            # The limit is in force on the transaction's connector.
            await charger.wait(lambda: charger.cp.smart.installed != [], 5, "the TxProfile installed")
        finally:
            await charger.power_off()
