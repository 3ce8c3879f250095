"""A known fleet of real OCPP 1.6 WebSocket chargers (`tests/ocpp/conftest.py`) on a running platform,
for the tests that compare the dashboard's figures with the lists.

    async with fleet(server) as f:      # the chargers stay connected inside the block
        f.expected["online"]            # what the figures must be

The fleet: two chargers charging (one three-phase reporting Power.Active.Import per phase only, one
reporting the total), one faulted, one available, all four online; one charger registered and never
connected, one that connected and went away (both offline); one session completed and billed today.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ocpp.v16 import call

from db.models import IdTag
from domain import events, tariffs
from tests.ocpp.conftest import SimCharger, connect, register

TAG = "FLEET-TAG"
#: Per-phase power of the three-phase charger (no total sent) and the total of the other one.
PHASE_W = (7360.0, 7130.0, 7245.5)
TOTAL_W = 11000.0


def iso(t: dt.datetime | None = None) -> str:
    return (
        (t or dt.datetime.now(dt.UTC))
        .astimezone(dt.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


@dataclass
class Fleet:
    prefix: str
    chargers: dict[str, SimCharger] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)

    def cpid(self, n: int) -> str:
        return f"{self.prefix}-{n}"


async def _status(cp: SimCharger, status: str, error: str = "NoError", connector: int = 1) -> None:
    await cp.call(call.StatusNotification(connector_id=connector, error_code=error, status=status))


async def _start(cp: SimCharger, meter_start: int) -> int:
    await _status(cp, "Preparing")
    res = await cp.call(
        call.StartTransaction(connector_id=1, id_tag=TAG, meter_start=meter_start, timestamp=iso())
    )
    await _status(cp, "Charging")
    return int(res.transaction_id)


async def _meter(cp: SimCharger, tx: int, wh: int, power: list[dict[str, Any]]) -> None:
    answer = await cp.send_call(
        "MeterValues",
        {
            "connectorId": 1,
            "transactionId": tx,
            "meterValue": [
                {
                    "timestamp": iso(),
                    "sampledValue": [
                        {"value": str(wh), "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                        *power,
                    ],
                }
            ],
        },
    )
    assert answer[0] == 3, answer


@contextlib.asynccontextmanager
async def fleet(server: Any, prefix: str = "FLEET") -> AsyncIterator[Fleet]:
    p = server.platform
    f = Fleet(prefix)
    async with p.sessionmaker() as s, s.begin():
        s.add(IdTag(id_tag=TAG, kind="rfid", status="Accepted"))
        await tariffs.create_tariff(
            s,
            {"name": "Fleet", "price_per_kwh_sen": Decimal("100"), "tax_rate": Decimal("0")},
            is_default=True,
        )
    keys = {n: await register(p, f.cpid(n)) for n in range(1, 7)}
    # 6: connected, then gone; 5 never connected.
    async with p.bus.subscribe(events.charger_status(f.cpid(6))) as status6:
        async with connect(server.ocpp_url, f.cpid(6), keys[6]) as c6:
            await _status(c6, "Available")
        async with asyncio.timeout(10):
            async for event in status6:
                if isinstance(event, dict) and event.get("type") == "offline":
                    break
    async with contextlib.AsyncExitStack() as stack:
        for n in (1, 2, 3, 4):
            f.chargers[f.cpid(n)] = await stack.enter_async_context(
                connect(server.ocpp_url, f.cpid(n), keys[n])
            )
        c1, c2, c3, c4 = (f.chargers[f.cpid(n)] for n in (1, 2, 3, 4))
        # 1: three-phase, charging, reports its power per phase only.
        tx1 = await _start(c1, 1000)
        await _meter(
            c1,
            tx1,
            4000,
            [
                {"value": str(w), "measurand": "Power.Active.Import", "unit": "W", "phase": ph}
                for w, ph in zip(PHASE_W, ("L1", "L2", "L3"), strict=True)
            ],
        )
        # 2: charging, reports the total.
        tx2 = await _start(c2, 5000)
        await _meter(
            c2, tx2, 6500, [{"value": str(TOTAL_W), "measurand": "Power.Active.Import", "unit": "W"}]
        )
        # 3: faulted.
        await _status(c3, "Faulted", "GroundFailure")
        # 4: a session today, completed (and billed), then available.
        tx4 = await _start(c4, 0)
        await c4.call(
            call.StopTransaction(meter_stop=2500, timestamp=iso(), transaction_id=tx4, reason="Local")
        )
        await _status(c4, "Available")
        f.expected = {
            "chargers_total": 6,
            "chargers_online": 4,
            "chargers_offline": 2,
            "chargers_charging": 2,
            "chargers_faulted": 1,
            "sessions_active": 2,
            "power_w": sum(PHASE_W) + TOTAL_W,
            "energy_today_wh": 3000 + 1500 + 2500,
            "transactions": (tx1, tx2, tx4),
        }
        yield f
