"""The firmware's RAM footprint on the MicroPython unix port against the running platform, for either
OCPP version, re-runnable from the shell:

    python -m tests.firmware.ram_platform [--protocol ocpp2.0.1] [--heap 200] [--mpy] [--min-heap]
        [--micropython PATH --mpy-cross PATH] [--frozen]

Starts the platform in this process (SQLite, as the tests do), registers the charger, runs
`firmware/tools/measure_ram.py` under `micropython -X heapsize=<heap>K` with the config's `protocol`,
and drives one transaction through the platform's command port as the console does
(RemoteStartTransaction: for a 2.0.1 station RequestStartTransaction; two periodic readings;
RemoteStopTransaction: RequestStopTransaction). Unlike `ram_report` (the tests' small 1.6 central
system) this is the platform a charger meets: a 2.0.1 station's first boot also brings a GetBaseReport
answered with NotifyReport. Prints the live heap per stage; `--min-heap` bisects the smallest heap.
"""

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .conftest import REPO, find_micropython
from .ram_report import STAGES, MeasureRun, compile_firmware
from .unix_port import write_config

CPID = "RAMPLAT1"
TAG = "RAMTAG01"
#: The messages that carry a transaction's periodic readings, per version.
READINGS = {"ocpp1.6": "MeterValues", "ocpp2.0.1": "TransactionEvent"}
ENDED = {"ocpp1.6": "StopTransaction", "ocpp2.0.1": "TransactionEvent"}


async def start_platform(tmp: Path):
    """The platform on a fresh SQLite database, with the charger (profile 0) and an id tag."""
    from tests.conftest import start_server

    url = f"sqlite+aiosqlite:///{tmp / 'ram.db'}"
    server = await start_server(url, tmp, heartbeat_interval=300)
    await prepare(server)
    return server


async def prepare(server):
    """The charger (security profile 0) and the id tag the central system starts with."""
    from db.models import IdTag
    from domain import chargers

    async with server.platform.sessionmaker() as s, s.begin():
        await chargers.register(s, CPID, security_profile=0)
        s.add(IdTag(id_tag=TAG, kind="rfid", status="Accepted"))


def resident(out):
    """The firmware's modules still imported after the transaction (measure_ram's MODULES line)."""
    for line in out:
        if line.startswith("MODULES"):
            return line.split()[1:]
    return None


def _payload(ev):
    """The CALL's payload of a message-log event (the frame as text, or its payload)."""
    data = json.loads(ev["payload"])
    return data[3] if isinstance(data, list) else data


async def _active_session(server):
    from sqlalchemy import select

    from db.models import Charger, ChargingSession

    async with server.platform.sessionmaker() as s:
        return await s.scalar(
            select(ChargingSession.id)
            .join(Charger, Charger.id == ChargingSession.charger_id)
            .where(Charger.charge_point_id == CPID, ChargingSession.status == "Active")
        )


async def measure(server, heap_kb, protocol, root=REPO, timeout=60, micropython=None):
    """Stages -> bytes for one run; None (and the output) if the run did not complete."""
    from domain import events

    store = tempfile.mkdtemp(prefix="plagsini-ramp-")
    cfg = write_config(
        Path(store) / "config.json",
        server.ocpp_url,
        CPID,
        store,
        protocol=protocol,
        verbose=False,
        call_timeout_s=10,
    )
    run = MeasureRun()

    async def drive(log):
        async def station_sends(action, event_type=None):
            async for ev in log:
                if ev["direction"] != "in" or ev["message_type"] != 2 or ev["action"] != action:
                    continue
                if event_type is None or _payload(ev).get("eventType") == event_type:
                    return

        await run.booted.wait()
        gw = server.platform.gateway
        answer = await gw.send_command(CPID, "RemoteStartTransaction", {"idTag": TAG, "connectorId": 1})
        assert answer["status"] == "Accepted", answer
        updated = "Updated" if protocol == "ocpp2.0.1" else None
        for _ in range(2):
            await station_sends(READINGS[protocol], updated)
        session_id = await _active_session(server)
        assert session_id is not None
        await gw.send_command(CPID, "RemoteStopTransaction", {"transactionId": session_id})
        await station_sends(ENDED[protocol], "Ended" if protocol == "ocpp2.0.1" else None)

    bus = server.platform.bus
    async with (
        bus.subscribe(events.ocpp_log(CPID)) as log,
        bus.subscribe(events.charger_status(CPID)) as presence,
    ):
        try:
            await run.start(micropython or find_micropython(), heap_kb, cfg, root)
            result = await run.finish(asyncio.ensure_future(drive(log)), timeout)
        finally:
            shutil.rmtree(store, ignore_errors=True)
        # The next run is a new boot of the same charger: the platform has seen this one go.
        if server.platform.ocpp.get(CPID) is not None:
            async with asyncio.timeout(10):
                async for ev in presence:
                    if ev.get("online") is False:
                        break
    return result


async def min_heap(server, protocol, root, lo=16, hi=512, step=4, tries=3, micropython=None):
    """The smallest heap (KiB, a multiple of step) in which boot + one transaction completes
    `tries` times out of `tries`."""

    async def fits(kb):
        for _ in range(tries):
            if (await measure(server, kb, protocol, root, 30, micropython))[0] is None:
                return False
        return True

    if not await fits(hi):
        return None
    while hi - lo > step:
        mid = (lo + hi) // 2 // step * step
        if await fits(mid):
            hi = mid
        else:
            lo = mid
    return hi


async def run(a):
    tmp = Path(tempfile.mkdtemp(prefix="plagsini-ramplat-"))
    root = REPO
    if a.mpy:
        root = compile_firmware(str(tmp / "mpy"), a.mpy_cross)
    elif a.frozen:
        root = str(tmp / "empty")  # nothing to import from: the binary's frozen firmware runs
        os.mkdir(root)
    server = await start_platform(tmp)
    try:
        stages, out = await measure(server, a.heap, a.protocol, root, micropython=a.micropython)
        if stages is None:
            print("\n".join(out[-30:]))
            print(f"the run did not complete with a {a.heap} KiB heap")
            return 1
        kind = ".mpy" if a.mpy else "the binary (frozen)" if a.frozen else "source"
        print(f"{a.protocol}, heap {a.heap} KiB, firmware from {kind}")
        for s in STAGES:
            print(f"  {s:<12} {stages[s]:7d} bytes")
        print("\n".join(line for line in out if not line.startswith(("RAM", "MODULES"))))
        if a.min_heap:
            smallest = await min_heap(server, a.protocol, root, micropython=a.micropython)
            print(f"smallest heap for boot + one transaction: {smallest} KiB")
    finally:
        await server.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m tests.firmware.ram_platform")
    p.add_argument("--protocol", default="ocpp1.6", choices=("ocpp1.6", "ocpp2.0.1"))
    p.add_argument("--heap", type=int, default=200, help="MicroPython heap in KiB (default 200)")
    p.add_argument("--mpy", action="store_true", help="run the firmware precompiled with mpy-cross")
    p.add_argument("--min-heap", action="store_true", help="bisect the smallest heap the run fits in")
    p.add_argument("--micropython", help="another MicroPython binary (e.g. a 32-bit build of the unix port)")
    p.add_argument("--mpy-cross", help="the mpy-cross matching it")
    p.add_argument(
        "--frozen", action="store_true", help="the binary has the firmware frozen in (a manifest's package)"
    )
    a = p.parse_args(argv)
    return asyncio.run(run(a))


if __name__ == "__main__":
    sys.exit(main())
