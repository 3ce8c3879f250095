"""Entry for the MicroPython unix port (and CPython): one simulated charger from a config file.

    micropython firmware/unix_main.py <config.json>

The simulated EV is driven through a control file `<store_dir>/control.json`
({"cmd": "plug"|"unplug"|"tag"|"start"|"stop"|"fault"|"clear"|"soc", "arg": ...}); the file is
deleted once the command is applied, so whoever writes it can wait for that.

The simulated pilot is observable from outside in `<store_dir>/pilot.json`, rewritten whole when it
changes: {"<connector>": {"duty": PWM duty %, "limit_a": the limit the firmware applies,
"relay": contactor closed}}.
"""

import sys

from firmware import compat, config
from firmware.compat import asyncio
from firmware.simulator import SimCharger


def pilot_state(sim):
    """What the simulated pilot shows per connector (see the module's docstring)."""
    out = {}
    for c in sim.cp.connectors:
        k = sim.hal.conns[c.id - 1]
        out[str(c.id)] = {"duty": k.duty, "limit_a": c.pilot.limit_a, "relay": k.contacts_closed}
    return out


async def control_loop(sim, path):
    pilot_path = compat.path_join(sim.store, "pilot.json")
    shown = None
    while True:
        if sim.cp is not None:
            state = pilot_state(sim)
            if state != shown:
                compat.write_json(pilot_path, state)
                shown = state
        cmd = compat.read_json(path, None)
        if cmd is not None and sim.cp is not None:
            try:
                res = await sim.command(cmd.get("cmd"), cmd.get("arg"), cmd.get("connector", 1))
                compat.log("control", cmd, res)
            except Exception as e:  # noqa: BLE001
                compat.log("control error", cmd, e)
            compat.remove(path)
        await asyncio.sleep(0.05)


async def amain(path):
    cfg = config.load(path)
    sim = SimCharger(cfg, cfg.get("sim", {}).get("ev"))
    if cfg.get("sim", {}).get("plugged"):
        sim.hal.ev(1).plug()
    asyncio.create_task(control_loop(sim, compat.path_join(cfg["store_dir"], "control.json")))
    compat.log("charger", cfg["charge_point_id"], "running on", sys.implementation.name)
    await sim.run()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "config.json"
    asyncio.run(amain(path))


if __name__ == "__main__":
    main()
