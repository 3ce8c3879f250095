"""The firmware's RAM footprint on the MicroPython unix port, re-runnable from the shell.

    python -m tests.firmware.ram_report [--heap 160] [--mpy] [--min-heap]

Starts a central system (the one the firmware tests use), runs `firmware/tools/measure_ram.py`
under `micropython -X heapsize=<heap>K`, boots the charger and drives one remote-started
transaction (RemoteStartTransaction, two MeterValues, RemoteStopTransaction). Prints the live heap
per stage (gc.mem_alloc() after gc.collect()). `--mpy` runs the firmware precompiled with mpy-cross
(as flashed to a board) instead of from source; `--min-heap` bisects the smallest heap (in KiB)
the whole run fits in, the real peak.
"""

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile

from .conftest import REPO, CentralSystem, find_micropython, find_mpy_cross, fw_config

STAGES = ("start", "import", "construct", "boot", "transaction")


def compile_firmware(dest, mpy_cross=None):
    """The firmware package compiled to .mpy under dest/firmware (what goes on the board)."""
    mpy_cross = mpy_cross or find_mpy_cross()
    src = os.path.join(REPO, "firmware")
    for d, _, files in os.walk(src):
        if "__pycache__" in d:
            continue
        for f in files:
            if not f.endswith(".py"):
                continue
            rel = os.path.relpath(os.path.join(d, f), REPO)
            out = os.path.join(dest, rel[:-3] + ".mpy")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            subprocess.run([mpy_cross, "-o", out, rel], cwd=REPO, check=True, timeout=60)
    return dest


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f)


class MeasureRun:
    """One run of `firmware/tools/measure_ram.py` under MicroPython: the live heap per stage as it
    prints them (`stages`), its output (`out`), `booted` once the boot stage is reached."""

    def __init__(self):
        self.out = []
        self.stages = {}
        self.booted = asyncio.Event()
        self.proc = None
        self._reader = None

    async def start(self, micropython, heap_kb, cfg_path, root):
        self.proc = await asyncio.create_subprocess_exec(
            micropython,
            "-X",
            f"heapsize={heap_kb}K",
            "-m",
            "firmware.tools.measure_ram",
            str(cfg_path),
            cwd=root,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        self._reader = asyncio.ensure_future(self._read())

    async def _read(self):
        assert self.proc is not None and self.proc.stdout is not None
        async for raw in self.proc.stdout:
            line = raw.decode(errors="replace").rstrip()
            self.out.append(line)
            parts = line.split()
            if len(parts) == 3 and parts[0] == "RAM":
                self.stages[parts[1]] = int(parts[2])
                if parts[1] == "boot":
                    self.booted.set()

    async def finish(self, driver, timeout):
        """Waits for the run to end (killed after `timeout` s), then stops `driver` (the task driving
        the transaction from outside); (stages, out), stages None if the run did not complete."""
        assert self.proc is not None and self._reader is not None
        try:
            await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
        finally:
            driver.cancel()
            await asyncio.gather(driver, return_exceptions=True)
            await self._reader
        if self.proc.returncode != 0 or "transaction" not in self.stages:
            return None, self.out
        return self.stages, self.out


async def measure(heap_kb, root=REPO, timeout=60):
    """Stages -> bytes for one run with a heap of heap_kb KiB; None if the run did not complete."""
    cs = CentralSystem()
    await cs.start()
    store = tempfile.mkdtemp(prefix="plagsini-ram-")
    cfg = fw_config(f"{cs.url}/ocpp", "RAM1", store)
    cfg_path = os.path.join(store, "config.json")
    write_json(cfg_path, cfg)
    run = MeasureRun()

    async def drive():
        await run.booted.wait()
        await cs.call("RAM1", "RemoteStartTransaction", {"idTag": "RAMTAG", "connectorId": 1})
        start = await cs.wait_for("StartTransaction", cp="RAM1")
        tid = start["response"]["transactionId"]
        mark = cs.mark()
        await cs.wait_for("MeterValues", where=lambda p: p.get("transactionId") == tid, since=mark)
        await cs.wait_for("MeterValues", where=lambda p: p.get("transactionId") == tid, since=cs.mark())
        await cs.call("RAM1", "RemoteStopTransaction", {"transactionId": tid})
        await cs.wait_for("StopTransaction", cp="RAM1")

    try:
        await run.start(find_micropython(), heap_kb, cfg_path, root)
        return await run.finish(asyncio.ensure_future(drive()), timeout)
    finally:
        await cs.stop()
        shutil.rmtree(store, ignore_errors=True)


async def fits(heap_kb, root, tries):
    """Does boot + one transaction complete in every one of `tries` runs with this heap?"""
    for _ in range(tries):
        if (await measure(heap_kb, root, timeout=30))[0] is None:
            return False
    return True


async def min_heap(root, lo=16, hi=512, step=4, tries=3):
    """The smallest heap (KiB, a multiple of step) in which boot + one transaction completes
    `tries` times out of `tries` (near the limit a run fails or not depending on fragmentation)."""
    if not await fits(hi, root, 1):
        return None
    while hi - lo > step:
        mid = (lo + hi) // 2 // step * step
        if await fits(mid, root, tries):
            hi = mid
        else:
            lo = mid
    return hi


def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m tests.firmware.ram_report")
    p.add_argument("--heap", type=int, default=160, help="MicroPython heap in KiB (default 160)")
    p.add_argument("--mpy", action="store_true", help="run the firmware precompiled with mpy-cross")
    p.add_argument("--min-heap", action="store_true", help="bisect the smallest heap the run fits in")
    a = p.parse_args(argv)
    tmp = None
    root = REPO
    if a.mpy:
        tmp = tempfile.mkdtemp(prefix="plagsini-mpy-")
        root = compile_firmware(tmp)
    try:
        stages, out = asyncio.run(measure(a.heap, root))
        if stages is None:
            print("\n".join(out[-30:]))
            print(f"the run did not complete with a {a.heap} KiB heap")
            return 1
        print(f"heap {a.heap} KiB, firmware from {'.mpy' if a.mpy else 'source'}")
        for s in STAGES:
            print(f"  {s:<12} {stages[s]:7d} bytes")
        print("\n".join(line for line in out if not line.startswith("RAM")))
        if a.min_heap:
            smallest = asyncio.run(min_heap(root))
            print(f"smallest heap for boot + one transaction: {smallest} KiB")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
