"""RAM footprint of the charge point under the MicroPython unix port.

    micropython -X heapsize=160K -m firmware.tools.measure_ram <config.json>

Prints `RAM <stage> <bytes>` per stage: gc.mem_alloc() right after gc.collect(), the live heap.
  start        the interpreter with nothing of the firmware imported
  import       ChargePoint, the sim HAL and config imported
  construct    one ChargePoint constructed (connectors, journal, configuration read from flash)
  boot         connected, BootNotification accepted, statuses sent
  transaction  after one transaction has started, sent meter values and stopped, its messages delivered
and at the end the firmware's modules still imported (`MODULES ...`) and `micropython.mem_info()`
(heap size, largest free block). The transaction is driven from outside (a central system sends
RemoteStartTransaction / RemoteStopTransaction); the host side is `python -m tests.firmware.ram_report`
(or `ram_platform` against the platform, either OCPP version), which runs a central system, this
script, and bisects the smallest heap the whole run fits in.
"""

import gc
import sys

import micropython


def stage(name):
    gc.collect()
    print("RAM", name, gc.mem_alloc())


stage("start")

from firmware import compat, config  # noqa: E402
from firmware.compat import asyncio  # noqa: E402
from firmware.hal.sim import SimHal  # noqa: E402
from firmware.ocpp_client import ChargePoint  # noqa: E402

stage("import")


async def until(predicate, timeout_s=60):
    deadline = compat.ticks_add(compat.ticks_ms(), int(timeout_s * 1000))
    while not predicate():
        if compat.ticks_diff(compat.ticks_ms(), deadline) > 0:
            raise SystemExit("timed out")
        await asyncio.sleep(0.05)


async def measure(path):
    cfg = config.load(path)
    hal = SimHal(cfg["connectors"], None, 1.0, cfg["store_dir"])
    hal.ev(1).plug()
    cp = ChargePoint(cfg, hal, cfg["store_dir"])
    stage("construct")
    task = asyncio.create_task(cp.run())
    await until(lambda: cp.accepted and cp.connector(1).reported is not None)
    await asyncio.sleep(0.5)
    stage("boot")
    c = cp.connector(1)
    await until(lambda: c.tx is not None)
    await until(lambda: c.tx is None and len(cp.journal) == 0)
    await asyncio.sleep(0.5)
    stage("transaction")
    # What of the firmware stays imported: the operations and 2.0.1 translations are released.
    print("MODULES", " ".join(sorted(m for m in sys.modules if m.startswith("firmware."))))
    micropython.mem_info()
    cp.stop()
    await task


asyncio.run(measure(sys.argv[1] if len(sys.argv) > 1 else "config.json"))
