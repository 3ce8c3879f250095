"""The baseline central system: the bare `ocpp` library on `websockets`, what a developer would write
in an afternoon. BootNotification, Heartbeat, StatusNotification and MeterValues answered; no
database, no events.

    python -m bench.baseline --port 9100

On SIGTERM it prints one JSON line with its event-loop lag (p50/p99/max, seconds) and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
from datetime import UTC, datetime

import websockets
from ocpp.routing import on
from ocpp.v16 import ChargePoint, call_result
from ocpp.v16.enums import Action, RegistrationStatus
from websockets.typing import Subprotocol

from plagsini.loopmon import LagMonitor


class BareChargePoint(ChargePoint):
    @on(Action.boot_notification)
    async def on_boot(self, charge_point_vendor: str, charge_point_model: str, **_: object) -> object:
        return call_result.BootNotification(
            current_time=datetime.now(UTC).isoformat(), interval=300, status=RegistrationStatus.accepted
        )

    @on(Action.heartbeat)
    async def on_heartbeat(self) -> object:
        return call_result.Heartbeat(current_time=datetime.now(UTC).isoformat())

    @on(Action.status_notification)
    async def on_status(self, **_: object) -> object:
        return call_result.StatusNotification()

    @on(Action.meter_values)
    async def on_meter_values(self, **_: object) -> object:
        return call_result.MeterValues()

    @on(Action.start_transaction)
    async def on_start(self, **_: object) -> object:
        return call_result.StartTransaction(transaction_id=1, id_tag_info={"status": "Accepted"})

    @on(Action.stop_transaction)
    async def on_stop(self, **_: object) -> object:
        return call_result.StopTransaction()


async def handler(ws: websockets.ServerConnection) -> None:
    cp_id = ws.request.path.strip("/") if ws.request else "unknown"
    cp = BareChargePoint(cp_id, ws)
    try:
        await cp.start()
    except websockets.ConnectionClosed:
        pass


async def main(port: int) -> None:
    lag = LagMonitor(keep=100_000)
    lag.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with websockets.serve(
        handler, "127.0.0.1", port, subprotocols=[Subprotocol("ocpp1.6")], backlog=4096
    ):
        print(json.dumps({"ready": True, "port": port}), flush=True)
        await stop.wait()
    print(json.dumps({"loop_lag": lag.summary()}), flush=True)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=9100)
    asyncio.run(main(p.parse_args().port))
